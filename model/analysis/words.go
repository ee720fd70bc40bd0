package analysis

import "strings"

// Every word list of the analysis, each with what it is for. The lists are
// lower-case unless they say otherwise; a word stands in one list per use.

// Speech and attribution (attribute.go).

// speechCues are the verbs and phrases that introduce speech, in the forms
// news uses them.
var speechCues = wordSet(`said says say saying told tells tell added adds adding wrote writes write writing
asked asks asking warned warns warning insisted insists explained explains noted notes stated states declared declares
announced announces argued argues claimed claims continued continues replied replies responded responds recalled recalls
acknowledged acknowledges admitted admits conceded concedes complained complains cautioned cautions suggested suggests
observed observes remarked remarks tweeted tweets posted posts emphasized emphasizes emphasised emphasises stressed stresses
predicted predicts promised promises vowed vows pledged pledges urged urges recounted recounts quipped quips joked jokes
boasted boasts countered counters concluded concludes confirmed confirms denied denies maintained maintains mused muses
reiterated reiterates repeated repeats shouted shouts whispered whispers yelled yells testified testifies wondered wonders
agreed agrees described describes reported reports lamented laments texted emailed messaged thundered cried exclaimed
exclaims answered answers demanded demands charged charges alleged alleges contended contends asserted asserts
affirmed affirms objected objects protested protests proclaimed proclaims interjected chided scoffed scoffs
retorted retorts snapped sighed reflected reflects called calls labeled labelled dubbed
telling reads read branded brands accused accuses likened likens lauded lauds praised praises
criticized criticizes criticised criticises slammed slams blasted blasts condemned condemns denounced denounces
mocked mocks hailed hails touted touts defended defends dismissed dismisses decried decries questioned questions
pointed points highlighted cited cites characterized characterised termed terms
found compared compares exhorted exhorts commented comments
referenced references call describe label brand dub term deem deemed deems chanted chant chants
blamed blames assured assures gushed gushes raved raves`)

// reportCues introduce reported speech before a partial quotation but do
// not, alone, make words after a quotation an attribution.
var reportCues = wordSet(`believes believed thinks thought hopes hoped feels felt knows knew sees saw called calls
described describes labeled labelled dubbed`)

// gerundCues introduce speech in a participle clause whose subject is the
// sentence's subject.
var gerundCues = wordSet(`saying adding telling claiming calling describing arguing insisting warning noting
announcing declaring asking writing tweeting explaining accusing suggesting promising vowing urging predicting
complaining stating charging contending asserting referring labeling labelling dubbing branding`)

// nounCues are nouns of speech that take a possessive speaker:
// "Reed’s claim that there were “thousands”".
var nounCues = wordSet(`claim claims statement statements remarks remark comment comments words assertion
assertions promise pledge warning tweet tweets speech description insistence argument contention message
testimony answer response reply vow`)

// nounableCues are cue words that are also common nouns.
var nounableCues = wordSet(`call calls term terms claim claims charge charges states reference references report reports
note notes comment comments remark remarks question questions statement statements word words answer answers reply replies
tweet tweets post posts promise promises pledge pledges vow vows warning warnings`)

// auxiliaries and adverbs that may stand between a subject and its verb.
var subjectSkips = wordSet(`has have had will would could should may might must did does do also later earlier then
previously once again further recently repeatedly often still just already quickly simply flatly
publicly privately separately subsequently additionally finally initially first not never now
reportedly allegedly apparently shortly afterward afterwards yesterday today tonight`)

// determiners open a noun phrase; a subject scan reads past them.
var determiners = wordSet(`a an the one another two three four several some many most few other others this that these those
his her their its our my your each every both any`)

// numberWords are determiners that can end a phrase: "one of the two".
var numberWords = wordSet(`one two three four five six seven eight nine ten`)

// beForms are the forms of "be": "is saying" is a cue, "was" no subject.
var beForms = wordSet(`is are was were be been being am 's ’s`)

// clauseBreaks end a subject phrase when scanning left from a verb.
var clauseBreaks = wordSet(`that and but or while as because when after before since if though although whereas
where which who whom whose what whether than so yet nor until unless once`)

// coordinators join a second verb to the first: "X welcomed Y and said".
var coordinators = wordSet(`and but or yet`)

// subordinators open a clause with a subject of its own.
var subordinators = wordSet(`after before because when while since although though whereas if unless until once`)

// prepositions that end no subject and start no name.
var prepositions = wordSet(`of to from for in on at with by about against over under into between among`)

// adverbialPreps open a phrase of time or place that may stand between a
// subject and its verb.
var adverbialPreps = wordSet(`in at on during over after since before within throughout`)

// openingWords start an adverbial phrase that may open a sentence before
// its subject.
var openingWords = wordSet(`in at on after before during following despite with without for from since while when
as although though because if amid unlike like once upon speaking asked under over by throughout`)

// sentenceOpeners may open a sentence before its subject: "But X said".
var sentenceOpeners = wordSet(`but and so yet still however meanwhile instead indeed now then later earlier again even
also thus moreover nonetheless nevertheless separately similarly likewise`)

// roleLinks join a role to the body it serves: "a spokeswoman for X".
var roleLinks = wordSet(`for of at from with`)

// approx words stand before a number at the start of a phrase.
var approx = wordSet(`only about nearly almost roughly just some over under fewer more less`)

// lyNouns end in -ly but are no manner adverbs.
var lyNouns = wordSet(`assembly family weekly monthly quarterly daily supply anomaly monopoly rally ally homily`)

// loneSubjects are quantifiers that can be a sentence's subject alone.
var loneSubjects = wordSet(`another several most many some others`)

// pronouns a speaker can be named by, with the gender they refer to:
// m, f, p (plural), n (a thing), 1 (the writer), "" (nobody in particular).
var pronouns = map[string]string{
	"he": "m", "she": "f", "they": "p", "it": "n", "i": "1", "we": "1", "you": "",
}

// genderedPronouns are the pronouns whose gender votes for the person
// last named before them (genders, coref.go), which tests a token's kind
// bit for them rather than its form for each of them.
var genderedPronouns = wordSet(`he him his himself she her hers herself`)

// unnamedHeads are nouns that name a speaker without naming a person:
// "officials said", "police said".
var unnamedHeads = wordSet(`source sources official officials spokesman spokeswoman spokesperson spokespeople
aide aides adviser advisers advisor advisors analyst analysts expert experts critic critics resident residents
police witness witnesses observer observers diplomat diplomats lawmaker lawmakers legislator legislators
investigators prosecutors prosecutor researchers researcher economist economists statement report
people person someone organizers organisers protesters protestors officers officer authorities ministry
government administration campaign committee department agency office leader leaders member members
representative representatives executive executives negotiators negotiator insider insiders staff staffer
staffers supporters supporter opponents voters voter worker workers parents teachers doctors nurses
scientists activists activist lawyer lawyers attorney attorneys candidate candidates manager managers owner
owners chief minister president director chairman chairwoman secretary governor mayor senator judge
colleague colleagues friend friends neighbour neighbor neighbours neighbors family relatives man woman
student students fans fan players player coach team union company firm group groups spokesmen
strategist strategists widow widower mother father son daughter wife husband sister brother host anchor
reporter reporters journalist journalists writer author editor columnist professor scholar chair spokeswomen
commission council board court panel poll survey study letter memo article newspaper paper website ad
demonstrators demonstrator marchers crowd crowds audience respondents commentators pundits readers viewers
percent majority congressman congresswoman attendee attendees user users businessman businesswoman
nominee delegate delegates contender senators governors mayors judges`)

// Quoted titles (attribute.go, names.go).

// titleSmallWords stay lower-case inside a title: "The Lord of the Rings".
var titleSmallWords = wordSet(`a an the of and in on at to for from with by or nor but`)

// titleNouns are works and things whose names are quoted: "the novel “…”".
var titleNouns = wordSet(`novel novels book books film films movie movies album albums song songs documentary
documentaries poem poems painting paintings opera operas memoir memoirs debut sequel essay essays exhibition
sitcom`)

// namingWords introduce a name, not words spoken: "the so-called “…”",
// "a film titled “…”".
var namingWords = wordSet(`so-called titled entitled headlined subtitled nicknamed codenamed code-named`)

// Names and their kinds (names.go, link.go).

// personTitles are words of rank or role that precede a name but are not part
// of it ("US Vice President Ola Brandt" is Ola Brandt).
var personTitles = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "miss": true, "dr": true, "dr.": true,
	"prof": true, "prof.": true, "professor": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"president": true, "vice": true, "prime": true, "minister": true, "secretary": true, "chancellor": true,
	"senator": true, "sen.": true, "sen": true, "rep.": true, "representative": true, "congressman": true, "congresswoman": true,
	"governor": true, "gov.": true, "mayor": true, "judge": true, "justice": true, "king": true, "queen": true,
	"prince": true, "princess": true, "pope": true, "general": true, "gen.": true, "colonel": true, "col.": true,
	"captain": true, "capt.": true, "lieutenant": true, "lt.": true, "sergeant": true, "sgt.": true, "admiral": true,
	"commander": true, "chief": true, "director": true, "ambassador": true, "envoy": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "sheikh": true, "ayatollah": true, "rabbi": true, "father": true,
	"reverend": true, "rev.": true, "bishop": true, "cardinal": true, "archbishop": true, "coach": true,
	"councillor": true, "councilman": true, "councilwoman": true, "alderman": true, "speaker": true, "leader": true,
	"foreign": true, "defence": true, "defense": true, "finance": true, "interior": true, "health": true,
	"deputy": true, "acting": true, "former": true, "chairman": true, "chairwoman": true, "ceo": true, "premier": true,
	"mp": true, "attorney": true, "superintendent": true, "inspector": true, "detective": true, "officer": true,
	"del.": true, "state": true, "trade": true, "justice.": true, "economy": true, "labour": true, "labor": true, "education": true,
	// honorifics of age and standing (names38): a community or church
	// elder, the Swahili "Mzee"; a surname Elder follows its given name
	// ("Larry Elder") and is never stripped as a title
	"elder": true, "mzee": true,
	// ranks and forms of address of Spanish, Portuguese and French copy,
	// which wire stories keep untranslated ("Coronel Joaquim dos Santos")
	"coronel": true, "comandante": true, "capitán": true, "capitão": true, "teniente": true, "sargento": true,
	"doutor": true, "doutora": true, "licenciado": true, "licenciada": true, "ingeniero": true, "ingeniera": true,
	"monsieur": true, "madame": true,
}

// personRoles are lower-case nouns for people that stand right before a
// name: "the substitute Tobias Wren", "the novelist Marit Holloway".
var personRoles = wordSet(`winger striker substitute keeper goalkeeper captain defender midfielder forward coach
manager player singer actor actress director author writer novelist poet painter artist composer critic
scientist professor economist analyst lawyer minister president senator mayor governor chairman chairwoman
spokesman spokeswoman founder priest bishop doctor nurse teacher student pilot officer detective judge
journalist reporter editor columnist photographer historian researcher biologist chemist physicist engineer
architect businessman businesswoman entrepreneur investor banker diplomat ambassador envoy activist campaigner
candidate lawmaker legislator comedian rapper guitarist drummer dancer filmmaker producer presenter host
chef farmer fisherman soldier general colonel sergeant boxer cyclist runner swimmer golfer skier jockey
wife husband son daughter mother father brother sister widow`)

// personNouns are the head nouns of phrases that describe a person.
var personNouns = func() map[string]bool {
	m := wordSet(`man woman boy girl child teenager operator worker resident owner official character heroine hero
narrator protagonist fan veteran survivor victim lead star`)
	for w := range personRoles {
		m[w] = true
	}
	return m
}()

// roleNouns end a title written before a name, so that the name after them
// is the person the phrase is about: "press secretary Ola Brandt",
// "campaign manager Tomas Osei", "resident Ellen Park", "Sen. Priya
// Shah".
var roleNouns = func() map[string]bool {
	m := wordSet(`secretary manager strategist pollster spokesman spokeswoman spokesperson adviser advisor aide
director chairman chairwoman chair leader whip executive founder co-founder host co-host anchor co-anchor moderator
editor reporter correspondent columnist writer speechwriter consultant economist analyst resident constituent
delegate candidate nominee official agent officer alderman councilman councilwoman chief president treasurer
secretary-treasurer commissioner professor scientist researcher attorney lawyer ally supporter critic organizer
member lawmaker legislator governor mayor senator congressman congresswoman representative ambassador general
captain coach pastor minister sheriff deputy superintendent principal`)
	for w := range personTitles {
		if strings.HasSuffix(w, ".") || len(w) > 3 {
			m[w] = true
		}
	}
	return m
}()

// rankInName are words of rank that also open the names of institutions
// and leagues: "Premier League", "Foreign Ministry", "State Department".
var rankInName = wordSet(`premier foreign finance interior defence defense health justice state trade economy labour
labor education general`)

// relativeWords open a relative clause after a name: "X, who …".
var relativeWords = wordSet(`who whom whose which that where when`)

// collectiveNouns run on through a possessive into one name:
// "Luhansk People’s Republic", "the Women’s Hospital" (capitalised as written).
var collectiveNouns = map[string]bool{"People": true, "Peoples": true, "Women": true, "Men": true, "Children": true,
	"Workers": true, "Farmers": true, "Veterans": true, "Citizens": true, "Teachers": true, "Nurses": true,
	"Doctors": true, "Employers": true, "Writers": true, "Artists": true, "Soldiers": true, "Students": true}

// orgHeads end the names of organisations.
var orgHeads = union(moreOrgHeads, localBodyHeads, wordSet(`party alliance council federation union bank lines university ministry club athletic
rovers company group association institute commission committee agency authority corporation corp inc ltd
airlines airways foundation trust league society assembly parliament congress department bureau
coalition movement front confederation syndicate cooperative consortium institution academy college
school hospital brigade regiment battalion`))

// people29: more heads of organisations' names, with orgHeads: the words
// that end the names of bodies, forces and markets, which the tagger takes
// for surnames ("Liberation Organisation", "Equity Services", "Stock
// Exchange", "Republican Army").
var moreOrgHeads = wordSet(`organisation organization organisations organizations services exchange army navy
corps fund radio research`)

// people34: heads of the names of local governments, with orgHeads: "the
// Vell Local Municipality", "Kelby Borough".
var localBodyHeads = wordSet(`municipality borough`)

// people34: branchWords end a body's name with the country or the reach
// of its branch ("Memory Matters UK", "Oxfam Canada"), and
// branchSmallWords may stand inside such a name ("Save the Children UK")
// (branchNames).
var branchWords = wordSet(`uk usa australia canada ireland india scotland wales england europe asia international worldwide`)
var branchSmallWords = wordSet(`the of for`)

// people34: partyForms are the forms of parties' words that open no person's name
// ("his wife Democratic nominee Ada Holm").
var partyForms = wordSet(`democratic democrats dem dems republicans gop tories labour`)

// people34: notCallings end in "-ist" and name no person.
var notCallings = wordSet(`checklist playlist blacklist shortlist longlist wishlist watchlist waitlist whitelist setlist
tracklist assist insist persist resist consist desist subsist`)

// people29: orgHeads that end no person's name, whatever the first word:
// "Sarah Lawrence College", "Ada Holm Foundation" (headType).
var bodyOnlyHeads = wordSet(`university college institute foundation academy hospital ministry committee commission
association federation corporation organisation organization school society`)

// otherHeads end the names of plans, laws, prizes and events: "Harbour
// Renewal Plan", "Anselm Prize".
var otherHeads = wordSet(`plan act treaty accord accords agreement prize award awards strategy programme initiative
doctrine declaration olympics games cup championship championships`)

// publisherHeads end names of businesses that could pass for surnames, so
// they only undo a person reading: "Marrow House", "Lindqvist Books".
var publisherHeads = wordSet(`house press books media records studios publishing publishers pictures films`)

// stateHeads end the name of a state: "Republic", "Kingdom", "Emirates".
var stateHeads = wordSet(`republic republics kingdom emirates federation union commonwealth state states`)

// geoHeads end the name of a landform or water: "Black Sea", "Rocky Mountains".
var geoHeads = wordSet(`sea seas ocean river lake lakes mountains mountain gulf bay strait straits valley desert island
islands peninsula coast canal channel basin plateau hills falls delta sound archipelago glacier cape`)

// streetHeads end the names of places made by people.
var streetHeads = wordSet(`bridge street road avenue lane quay square harbour harbor estuary boulevard station`)

// naturalFirsts open the names of landforms and waters: "River Vell",
// "Mount Kenya"; placeFirsts open names of towns, which clubs borrow.
var naturalFirsts = wordSet(`mount mt. lake river cape isle upper lower`)

// placeFirsts open names of towns, which clubs borrow: "Port Anselm".
var placeFirsts = wordSet(`port fort`)

// positionWords qualify a place without being its name: "lower Vell".
var positionWords = wordSet(`lower upper middle northern southern eastern western central inner outer`)

// compassWords open a region's name that is not a person's: "North Korea".
var compassWords = wordSet(`north south east west northern southern eastern western`)

// placeAliases joins the common short forms of countries to one name.
var placeAliases = map[string]string{
	"us": "United States", "u.s.": "United States", "u.s": "United States", "usa": "United States",
	"u.s.a.": "United States", "america": "United States", "united states of america": "United States",
	"the united states": "United States", "united states": "United States",
	"uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
	"united kingdom": "United Kingdom", "uae": "United Arab Emirates", "drc": "Democratic Republic of the Congo",
	"russian federation": "Russia", "holland": "Netherlands", "the netherlands": "Netherlands",
}

// faithWords name religions' followers and adjectives: not people, places
// or organisations ("Muslim militants", "Christians").
var faithWords = wordSet(`moslem moslems muslim muslims christian christians catholic catholics protestant
protestants hindu hindus sikh sikhs buddhist buddhists jewish jew jews islamic shi'ite shi'ites shiite shiites
sunni sunnis orthodox evangelical evangelicals lutheran lutherans anglican anglicans mormon mormons`)

// sentenceStarters are function words that open sentences capitalised and are
// no names.
var sentenceStarters = wordSet(`the a an this that these those it its he she they we i you his her their our my your
there here in on at after before when while as if but and or so yet for with without by from to of about since
during under over between among despite although though because however meanwhile still also then now today
yesterday tomorrow last next some many most more few several all both each every no not one two three
what who whom whose which where why how whatever shortly earlier later according`)

// weekdays are capitalised but never a surname.
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// calendarWords are capitalised but never names.
var calendarWords = union(weekdays, wordSet(`january february march april may june july august september october
november december`))

// Gender of given names (coref.go).

// maleNames and femaleNames are common given names, for the gender of a
// name the text gives no pronoun for.
var maleNames = wordSet(`john james robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah
jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy
joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
philip louis mitch mike bill bernie barack ted marco rand chuck vladimir volodymyr emmanuel boris olaf
xi narendra recep jair rishi keir tony gordon nicolas sergei dmitry alexei mohammed muhammad ahmed
ali hassan omar abdul ivan igor viktor hans klaus jurgen pedro carlos luis miguel jorge francisco antonio manuel
giuseppe giorgio matteo pierre francois jacques michel yuri oleg andriy petro moon shinzo fumio jd
rex hunter elon jeff tim sundar satya warren lindsey mitt newt dick al jimmy lyndon dwight harry
franklin herbert calvin woodrow theodore grover ulysses abraham ben jim tom bob dan ken steve pete beto kamala`)
var femaleNames = wordSet(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon
laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina
joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
brittany charlotte marie kayla alexis lori hillary kamala nikki ivanka melania jill
ursula giorgia marine jacinda liz kristi tulsi ilhan alexandria rashida ayanna
maxine dianne kirsten tammy marsha marjorie elise condoleezza madeleine golda indira benazir
yulia olena oksana natalia svetlana olga irina tatiana anastasia ekaterina fatima aisha layla leila mariam
sophie claire isabelle chloe camille ines lucia elena sofia carmen ana rosa ingrid astrid greta annalena`)

// Segmentation (segment.go, tokens.go).

// abbreviations that end with a full stop but rarely end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "st": true,
	"jr": true, "sr": true, "no": true, "vs": true, "etc": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "jan": true, "feb": true, "aug": true, "sept": true,
	"sep": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "u.n": true,
	"mt": true, "ft": true, "rev": true, "hon": true, "pres": true, "sec": true, "adm": true, "maj": true,
	"del": true, "atty": true, "supt": true, "cmdr": true, "sens": true, "reps": true, "govs": true,
}

// union is every word of the sets.
func union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// wordSet makes a set of the words in s, separated by white space.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Person names mended after tagging (recognise_names.go).

// titleSeeds are titles of a person that the name words after them
// belong to: "Rep. Jo Allan", "Governor Ann Reed", "Judge Ivo Brandt".
var titleSeeds = wordSet(`mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sir dame lord lady president secretary
chancellor senator sen. sen rep. representative congressman congresswoman governor gov. mayor judge justice king queen
prince princess pope gen. colonel col. captain capt. lieutenant lt. sergeant sgt. admiral commander director
ambassador envoy spokesman spokeswoman spokesperson sheikh ayatollah rabbi father reverend rev. bishop cardinal
archbishop coach councillor councilman councilwoman alderman speaker leader chairman chairwoman ceo premier mp
attorney superintendent inspector detective officer del. minister`)

// honorifics make a person of the name after them, whatever the tagger
// made of it: "Mr. Holm", "Dr. Ward".
var honorifics = wordSet(`mr mrs ms dr`)

// titleModifiers go with the title after them, not the name of the body
// before it: "Senate Majority Leader", "House Ranking Member".
var titleModifiers = wordSet(`majority minority ranking assistant associate executive managing senior`)

// bareTitles are titles that alone never name anyone: a mention that is
// nothing but titles ("Representative", "State Senator", "Ms.") is dropped.
var bareTitles = wordSet(`mr mr. mrs mrs. ms ms. dr dr. prof. professor rep. representative sen. senator gov.
governor congressman congresswoman alderman councilman councilwoman mayor secretary minister lt. sgt. capt. col.
gen. rev. del. spokesman spokeswoman spokesperson president chairman chairwoman`)

// suffixes close a person's name, as written: "Tomas Osei Jr.".
var suffixes = map[string]bool{"Jr.": true, "Jr": true, "Sr.": true, "Sr": true, "II": true, "III": true, "IV": true}

// nameParticles stand lower-case inside a person's name before a
// capitalised word: "Charles de Gaulle", "Ruud van Nistelrooy", "al-Assad".
var nameParticles = wordSet(`van von de der den da di du del della dos das la le al el bin ibn abu ter`)

// notPersonWords are capitalised words that end a person's name reading:
// "the Reed Administration", "the Shah campaign" written in capitals.
var notPersonWords = wordSet(`administration administrations campaign presidency era camp team tower center centre
hotel house county city`)

// Text that is not the story (furniture.go). Openings and phrases are
// lower-case; labels are as written (and matched in capitals too).

// lineLabels open lines that point away from the story, with the kind of
// line they open: "READ MORE: …", "WATCH: …".
var lineLabels = withUpper([]struct{ label, upper, kind string }{
	{"Read more", "", "related"}, {"Read More", "", "related"}, {"Read also", "", "related"}, {"Also read", "", "related"},
	{"Also Read", "", "related"}, {"Related", "", "related"}, {"MORE", "", "related"}, {"See also", "", "related"},
	{"Recommended", "", "related"}, {"Related Coverage", "", "related"}, {"Related coverage", "", "related"},
	{"Full coverage", "", "related"}, {"Trending", "", "related"}, {"Top stories", "", "related"}, {"Most read", "", "related"},
	{"Watch", "", "video"}, {"Video", "", "video"}, {"Listen", "", "video"}, {"Photos", "", "video"}, {"Gallery", "", "video"},
	{"Play Video", "", "video"}, {"Now playing", "", "video"}, {"Advertisement", "", "promo"},
})

// withUpper fills in each label in capitals.
func withUpper(ls []struct{ label, upper, kind string }) []struct{ label, upper, kind string } {
	for i := range ls {
		ls[i].upper = strings.ToUpper(ls[i].label)
	}
	return ls
}

// promoOpenings open lines that sell something: newsletters, apps,
// subscriptions.
var promoOpenings = []string{"sign up for ", "sign up to ", "subscribe to our", "subscribe now", "click here to ",
	"story continues below", "continue reading", "download our", "download the app", "support independent",
	"get our newsletter", "get the latest"}

// creditOpenings open a photo credit line.
var creditOpenings = []string{"photo:", "photo by ", "photos:", "photograph:", "photograph by ", "photography by ",
	"image:", "image by ", "images:", "picture:", "credit:", "photo credit", "image credit", "illustration:",
	"illustration by ", "file photo", "ap photo/", "(ap photo", "reuters/", "afp/", "epa/", "getty images/"}

// creditAgencies are picture agencies a credit line ends with ("Name/AP",
// "Name via Getty Images").
var creditAgencies = []string{"getty images", "getty", "ap", "ap photo", "afp", "reuters", "epa", "epa-efe",
	"bloomberg", "shutterstock", "alamy", "pa", "pa images", "pa wire", "xinhua", "the associated press",
	"associated press", "the canadian press", "canadian press", "aap", "dpa", "anadolu agency", "sipa", "nurphoto",
	"zuma press", "zuma wire", "corbis", "afp via getty images", "istock", "imago"}

// outletWords end or open the outlet's name after a byline's name:
// "Ana Ruiz, The Associated Press", "Jo Allan | Reuters".
var outletWords = wordSet(`press reuters ap afp news times post journal cnn bbc cbc bloomberg agency wire herald
tribune guardian telegraph independent globe star gazette dispatch chronicle examiner inquirer observer mail
politico axios npr abc nbc cbs`)

// contributorOpenings open lines that credit the reporting.
var contributorOpenings = []string{"with files from", "with reporting by", "with reporting from", "additional reporting",
	"reporting by", "editing by", "writing by", "compiled by", "reported by", "produced by", "contributing:",
	"contributors:", "contributing reporters", "contributing writer"}

// bylineOpenings open a byline that is not "By Name": "Posted by …".
var bylineOpenings = []string{"posted by ", "written by ", "published by ", "story by ", "words by ", "text by "}

// contributorPhrases close lines that credit the reporting.
var contributorPhrases = []string{"contributed to this report", "contributed to this story",
	"contributed to this article", "contributed reporting", "contributed additional reporting",
	"contributed research", "contributed to the report"}

// notePhrases mark a note about the writer or the story near its end.
var notePhrases = []string{"can be reached at", "is the author of", "this article was originally",
	"this story was originally", "this article originally appeared", "this story originally appeared",
	"this article first appeared", "this story first appeared", "this story was first published",
	"this article was first published", "a version of this story", "a version of this article",
	"this story has been updated", "this article has been updated", "the views expressed"}

// socialWords show a "Follow …" line is about the writer's accounts.
var socialWords = []string{"twitter", "facebook", "instagram", "threads", "bluesky", "mastodon", "@"}

// writerNouns after "Name is a" make a line a note about the writer.
var writerNouns = wordSet(`reporter writer correspondent columnist editor journalist contributor`)

// Words that are capitalised but no person's name (link_names.go, link.go).

// monthAbbreviations are months as news abbreviates them: "Jan. 5".
var monthAbbreviations = wordSet(`jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.`)

// apStates are the states of the United States as news abbreviates them
// (AP style, here without the full stop), in lower case: the "Fla." of
// "Tampa, Fla.".
var apStates = wordSet(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c`)

// usStates are apStates, the short names AP writes in full and the postal
// codes: the "Fla." of "R-Fla.", the "Ohio" of "R-Ohio", the "NY" of "D-NY".
var usStates = union(apStates, wordSet(`alaska hawaii idaho iowa maine ohio texas utah al ak az ar ca co ct de fl hi
id il in ia ks ky me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc`))

// Speaker phrase and quotation scope (attribute_scope.go).

// pronounObjects are the object forms of the personal pronouns, with the
// gender they refer to, as in "with him saying".
var pronounObjects = map[string]string{"him": "m", "her": "f", "them": "p"}

// moreSpeechCues are speech verbs news uses less often; they join
// speechCues when the package loads, kept apart so that the list above
// stays as it was.
var moreSpeechCues = wordSet(`implored implores pleaded begged griped grumbled grumbles muttered mutters murmured
marveled marvelled opined opines speculated bragged groused surmised ranted chimed`)

// phrasalCues are verbs that introduce speech with a particle after them,
// "shot back", "chimed in", "points out": the verb, and the particle it
// needs.
var phrasalCues = map[string]string{
	"shot": "back", "shoots": "back", "fired": "back", "fires": "back", "hit": "back", "hits": "back",
	"chimed": "in", "chimes": "in", "weighed": "in", "weighs": "in",
	"pointed": "out", "points": "out", "spoke": "out", "speaks": "out", "lashed": "out", "lashes": "out",
}

// notSpeakers end phrases of time, number and manner, which never speak:
// "last month", "40 percent", "in a whisper", "the time".
var notSpeakers = wordSet(`time moment day days week weeks month months year years decade decades century hour hours
minute minutes night nights morning mornings evening afternoon weekend whisper whispers voice tone way manner`)

func init() {
	for w := range moreSpeechCues {
		speechCues[w] = true
	}
}

// Coreference (coref.go, coref_names.go).

// possessives are the possessive determiners, which open a role before a
// name as "the" does: "his wife Mary Penrose".
var possessives = wordSet(`his her their its my our your`)

// clauseOpener tells the words that open a clause a pronoun's antecedent
// ranks lower in: 's' for the subordinators above, 'r' for the relative
// pronouns (", who had left,"), 0 for any other word. It is a switch, not
// a set, because it is asked of every word of every article.
func clauseOpener(w string) byte {
	switch w {
	case "after", "before", "because", "when", "while", "since", "although", "though", "whereas", "if", "unless", "until", "once":
		return 's'
	case "who", "whom", "whose", "which":
		return 'r'
	}
	return 0
}

// qualifierNouns stand between a name and the title of the person a phrase
// is about: "Shah campaign chairman Tomas Osei".
var qualifierNouns = wordSet(`campaign party team staff press committee state house senate white`)

// moreMaleNames and moreFemaleNames are given names common outside the
// English-speaking world, so that a pronoun's gender can rule a person out
// in news from anywhere.
var moreMaleNames = wordSet(`tomas tomás ahmed ahmad mohammed muhammad mohamed ali omar hassan hussein karim tariq
	juan carlos josé jose luis pedro miguel pablo diego javier alejandro andrés fernando ivan sergei sergey vladimir
	dmitri dmitry igor alexei andrei lars sven nils jens pieter hans klaus jürgen jurgen wolfgang pierre françois
	francois jacques luca marco giovanni giuseppe matteo raj rahul arjun vikram amit sanjay wei hiroshi kenji takeshi`)

var moreFemaleNames = wordSet(`marta priya ana sofía sofia olga natalia irina svetlana tatiana ingrid astrid fatima
	aisha leila layla yasmin mei yuki ananya isabel carmen lucía lucia elena giulia chiara francesca marie claire
	sophie camille ilse greta heidi agnieszka katarzyna magdalena`)

// roleHead is the role a word gives a person when it heads a title or a
// description ("Sen." and "senator" are both "senator"), or "" for a word
// that names no role: "former", "Mr.", "state".
func roleHead(w string) string { return roleWords[w] }

// roleWords maps every word that heads a title or a description to its
// role, in one table because it is asked of the words after every "the".
var roleWords = func() map[string]string {
	m := map[string]string{}
	for _, set := range []map[string]bool{personRoles, roleNouns, personTitles} {
		for w := range set {
			if !roleModifiers[w] && !strings.HasSuffix(w, ".") {
				m[w] = w
			}
		}
	}
	for w, r := range roleAbbreviations {
		m[w] = r
	}
	return m
}()

// roleAbbreviations are the abbreviated titles with the role they stand for.
var roleAbbreviations = map[string]string{
	"sen.": "senator", "sen": "senator", "gov.": "governor", "rep.": "representative", "gen.": "general",
	"col.": "colonel", "capt.": "captain", "lt.": "lieutenant", "sgt.": "sergeant", "prof.": "professor",
	"prof": "professor", "rev.": "reverend", "del.": "delegate", "congressman": "representative",
	"congresswoman": "representative",
}

// roleModifiers are title words that name no role of their own: "former
// President", "Mr.", "Foreign Minister", "chief executive".
var roleModifiers = wordSet(`mr mrs ms miss dr sir dame lord lady vice prime foreign defence defense finance interior
	health deputy acting former state trade economy labour labor education chief member official resident`)

// descriptionModifier: a lower-case word that may stand between "the" and
// the role noun of a description ("the former president", "the top
// aide"), not a verb or a function word.
func descriptionModifier(w string) bool {
	return roleModifiers[w] || moreRoleModifiers[w] || jurisdictionModifiers[w] || w == "new" || w == "top" || w == "longtime" || w == "veteran" || w == "incumbent" ||
		w == "presidential" || w == "republican" || w == "democratic" || w == "junior" || w == "senior" || w == "outgoing"
}

// Partial quotations as verb complements (attribute_speech.go).

// notVerbsInIng are words ending in -ing that are no verb, before which a
// quotation is no complement.
var notVerbsInIng = wordSet(`during nothing something anything everything morning evening thing king ring string spring wing building meaning according including regarding concerning`)

// Owners of unnamed sources (coref_heads.go).

// ownWordHeads are an owner's own words: "her statement" is her speaking.
var ownWordHeads = wordSet(`statement statements remarks tweet tweets letter speech post posts message email emails memo
op-ed column book memoir blog website testimony`)

// ownerBodyHeads are the people or body that speak for an owner: "his
// spokesman", "her campaign".
var ownerBodyHeads = wordSet(`campaign office spokesman spokeswoman spokesperson aide aides adviser advisers advisor
advisors lawyer lawyers attorney attorneys team staff camp allies supporters administration government ministry
press secretary`)

// orgDescriptionKinds tell, for a description "the <noun>", the words in an
// organisation's name that make it one of that kind: "the agency" is the
// latest "… Agency", "… Bureau" or "… Administration".
var orgDescriptionKinds = map[string]map[string]bool{
	"company":    wordSet(`inc inc. corp corp. corporation company co co. llc ltd plc group holdings`),
	"firm":       wordSet(`inc inc. corp corp. corporation company co co. llc ltd plc group holdings partners associates`),
	"agency":     wordSet(`agency bureau administration service`),
	"ministry":   wordSet(`ministry`),
	"department": wordSet(`department`),
	"committee":  wordSet(`committee`),
	"commission": wordSet(`commission`),
	"party":      wordSet(`party`),
	"foundation": wordSet(`foundation`),
	"institute":  wordSet(`institute`),
	"council":    wordSet(`council`),
	"union":      wordSet(`union`),
	"bank":       wordSet(`bank`),
	"university": wordSet(`university college`),
	"newspaper":  wordSet(`times post journal herald tribune gazette news chronicle telegraph guardian globe`),
	"paper":      wordSet(`times post journal herald tribune gazette chronicle telegraph guardian globe`),
}

// officeTitles are titles of office before a name, each with one spelling,
// so that "President Reed" can tell the Reed the article calls president
// from a brother who is a governor (coref_names.go).
var officeTitles = map[string]string{
	"president": "president", "pres.": "president", "senator": "senator", "sen.": "senator", "sen": "senator",
	"governor": "governor", "gov.": "governor", "gov": "governor", "representative": "representative", "rep.": "representative",
	"congressman": "representative", "congresswoman": "representative", "mayor": "mayor", "secretary": "secretary",
	"judge": "judge", "justice": "justice", "general": "general", "gen.": "general", "ambassador": "ambassador",
	"chancellor": "chancellor", "premier": "premier", "pope": "pope", "king": "king", "queen": "queen",
}

// documentNouns are documents that speak for whoever issued them: "the
// statement said" is the words of who released it (coref_heads.go).
var documentNouns = wordSet(`statement letter memo email release ad advert video tweet post`)

// workNouns are more kinds of work whose names are quoted, read like
// titleNouns: "the comedy series “…”", "his podcast “…”". Nouns that
// are also verbs ("show", "play") or heads of policy ("program") are
// left out: "polls show “…”", "the program “is gaining traction”".
var workNouns = wordSet(`series podcast podcasts musical newsletter sitcoms telenovela`)

// quantityNouns count the people a subject names: "Hundreds of
// demonstrators chanted" is the demonstrators speaking.
var quantityNouns = wordSet(`hundreds thousands dozens scores millions tens`)

// saintWords open a saint's name, which names places and clubs, not
// people: "St Louis", "St. Oriel", "Saint-Denis".
var saintWords = wordSet(`st st. ste ste. saint sainte`)

// eventHeads end the names of sporting events, which name no organisation
// or place: "Hong Kong Open", "PGA Tour", "World Series".
var eventHeads = wordSet(`open tour series prix masters classic trophy marathon final finals`)

// competitionHeads end the names of competitions that the recogniser
// types as such in sports news ("National League"); elsewhere they are
// bodies ("Arab League").
var competitionHeads = wordSet(`league division conference`)

// groundHeads end the names of grounds and parks, which are places, and
// the surnames of some people, who have a given name before them: "Riverside
// Park" is a place, "Ellen Park" a person.
var groundHeads = wordSet(`park gardens stadium arena`)

// companySuffixes end a company's legal name, and say it is one whatever
// its first word: "Banc One Corp.", "Marrow & Co" (a full stop after them
// is dropped before the look-up).
var companySuffixes = wordSet(`corp inc ltd plc llc co gmbh ag bancorp bancshares`)

// companyHeads end the names of businesses by their trade: "Dow
// Chemical", "Vell Pharmaceuticals".
var companyHeads = union(tradeHeads, wordSet(`pharmaceuticals pharmaceutical communications chemical chemicals industries holdings motors
electric electronics energy technologies telecom telecommunications petroleum steel insurance enterprises
securities investments airlines foods brewery breweries`))

// furn30: more trades that end a firm's name, with companyHeads: "Brekke
// Homes", "Ostrand Electricity", "Lumo Connect", "Harbour Logistics". And
// "News" ends an outlet's name, never a person's or a work's, though it
// ends a town's ("Newport News"): only a person or a work becomes the
// outlet (headType).
var tradeHeads = wordSet(`homes housing builders electricity utilities connect networks logistics solutions
developers mining minerals pharma`)

// furn30: the words that open the name of a body in Irish and Spanish
// news ("Bord Calla", "Comhairle Contae", "Partido Verde"), and the last
// words of a party's or council's name in Indian news ("Lok Janata Morcha",
// "Zila Parishad"): a name that has one is a body's, never a person's
// (headType).
var bodyOpeners = wordSet(`bord comhairle údarás oifig partido ministerio consejo instituto fundación`)
var bodyEnders = wordSet(`morcha sabha parishad samiti sangh sangathan manch`)

// newspaperHeads end the names of newspapers, which a recogniser takes
// for people's: "Kessary Post", "Dunmore Herald".
var newspaperHeads = wordSet(`post times herald tribune journal gazette telegraph chronicle`)

// orgAcronyms are the short names of bodies that news names without
// spelling them out, which a recogniser types by their form alone ("U.N."
// looks like "U.S."). Only acronyms that are no common word or place.
var orgAcronyms = wordSet(`un u.n. nato opec imf eu e.u. wto osce unicef unesco unhcr fifa uefa iaaf ioc nasa fbi cia
interpol asean apec oecd icrc plo`)

// marketIndices are the names of stock market indices, which financial
// news gives every day and which are neither bodies nor people.
var marketIndices = map[string]bool{"dow": true, "dow jones": true, "nikkei": true, "ftse": true, "nasdaq": true,
	"hang seng": true, "dax": true, "cac": true, "sensex": true, "kospi": true, "topix": true, "s&p": true}

// mediaNouns, written in lower case right after or before a name, show it
// to be a newspaper's, an agency's or a broadcaster's: "the Vellan news
// agency", "the daily Kurier Dunmorski".
var mediaNouns = wordSet(`newspaper newspapers daily weekly agency magazine tabloid broadcaster radio television
newsletter website`)

// characterisingVerbs take the subject's own words as their object or
// complement even when no speech verb stands by: "X is labeling the plan
// “…”", "Y blasted the deal as “…”", "Z touted her “…”". Base forms are left
// out: "the attack", "a pledge" are nouns as often as verbs.
var characterisingVerbs = wordSet(`calls called calling describes described describing labels labeled labelled
labeling labelling dubs dubbed dubbing brands branded branding terms termed terming deems deemed deeming accuses accused
accusing dismisses dismissed dismissing decries decried decrying denounces denounced denouncing blasts blasted blasting
praises praised praising touts touted touting urges urged urging mocks mocked mocking ridicules ridiculed ridiculing
slams slammed slamming criticizes criticized criticizing criticises criticised criticising attacks attacked attacking
laments lamented lamenting boasts boasted boasting brags bragged bragging invokes invoked invoking echoes echoed
echoing repeats repeated repeating voices voiced voicing pledges pledged pledging promises promised promising vows vowed
vowing warns warned warning hails hailed hailing credits credited crediting blames blamed blaming condemns condemned
condemning scolds scolded scolding derides derided deriding rejects rejected rejecting faults faulted faulting defends
defended defending offers offered offering welcomes welcomed welcoming thanks thanked thanking cites cited citing
quotes quoted quoting champions championed championing embraces embraced embracing lambastes lambasted lambasting
assails assailed assailing ripped ripping chides chided chiding castigates castigated castigating pitches pitched
pitching frames framed framing casts casting portrays portrayed portraying characterizes characterized characterizing
characterises characterised characterising predicts predicted predicting insists insisted insisting argues argued
arguing claims claimed claiming asserts asserted asserting acknowledges acknowledged acknowledging admits admitted
admitting concedes conceded conceding refers referred referring tweets tweeted tweeting`)

// broadcastKinds say what kind of show a title names: "the TV show “…”".
var broadcastKinds = wordSet(`tv television radio talk game reality news cooking comedy`)

// bodyNameHeads end the names of bodies that often open with a person's
// name or a common word: "the Anselm Reed Center for Water Studies", "the
// Harbor Majority PAC".
var bodyNameHeads = wordSet(`center centre centers studies pac pacs caucus network project fund`)

// descriptorWords say which party, faith or country a person belongs to
// and stand right before the person's name without being part of it:
// "Democrat Ada Holm", "Catholic bishop", "Mexican President". Before a
// name the tagger may run them into it and type the whole a body; the
// name after them is a person's all the same. "Green", "Christian" and
// other words that are also given names or surnames are left out.
var descriptorWords = wordSet(`democrat republican gop labour tory conservative liberal socialist libertarian
catholic evangelical muslim jewish protestant mormon
american british english scottish welsh irish canadian mexican cuban brazilian argentine argentinian chilean
colombian venezuelan peruvian french german dutch belgian swiss austrian italian spanish portuguese greek
swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian serbian croatian
bosnian albanian ukrainian russian belarusian georgian armenian turkish kurdish iranian iraqi syrian lebanese
jordanian israeli palestinian egyptian libyan tunisian algerian moroccan saudi yemeni qatari emirati afghan
pakistani indian bangladeshi nepali chinese taiwanese japanese korean vietnamese thai filipino
indonesian malaysian singaporean australian nigerian kenyan ethiopian somali sudanese ghanaian ugandan
tanzanian rwandan congolese zimbabwean african
kazakh uzbek kyrgyz tajik turkmen azerbaijani azeri mongolian omani kuwaiti bahraini burmese cambodian laotian
malawian zambian mozambican namibian angolan senegalese malian ivorian cameroonian haitian ecuadorian bolivian
paraguayan uruguayan guatemalan honduran salvadoran nicaraguan panamanian jamaican fijian samoan tongan estonian
latvian lithuanian slovenian slovene moldovan macedonian montenegrin cypriot maltese`)

// timeNouns and timeDeterminers make the time phrases that may stand
// between a subject and its verb: "X last week said", "X this month told".
var timeNouns = wordSet(`week weekend month year night morning afternoon evening spring summer fall autumn winter`)
var timeDeterminers = wordSet(`last this next that`)

// moreRoleNouns are common nouns for people that also end a title before
// a name, so that "party boss Ola Brandt" or "donor Tomas Osei" is about
// the person and not the word before the noun ("Republican").
var moreRoleNouns = wordSet(`boss head owner co-owner activist campaigner donor voter operative organiser
demographer historian commentator pundit blogger host star comedian actor actress singer journalist`)

func init() {
	for w := range moreRoleNouns {
		roleNouns[w] = true
	}
}

// Descriptions by party (coref_chains.go).

// partyPersonWords name a person by party after "the": "the Utah
// Republican". "GOP" names the party itself.
var partyPersonWords = wordSet(`republican democrat conservative labour tory liberal socialist`)

// partyHeadVerbs may follow such a description as its verb: "the Utah
// Republican has", "the Dunmore Democrat wants".
var partyHeadVerbs = wordSet(`has had have will would could can should may might did does told
wants seems believes thinks asks argues insists`)

// Going on to speak (attribute_subject.go, subjectBefore).

// goingOnVerbs are the forms of "go" in "went on to say": the verb after
// "on to" belongs to the subject of "go".
var goingOnVerbs = wordSet(`go goes went going gone`)

// A quotation after an opening phrase (attribute_place.go,
// opensSentenceAfterPhrase).

// phraseOpeners open an adverbial phrase before a quotation besides the
// openingWords: "Unless the board gives way, “…”".
var phraseOpeners = wordSet(`unless until whether`)

// comparisonOpeners open a phrase that compares or credits someone else:
// "As Reed put it, “…”", "Like Reed, “…”".
var comparisonOpeners = wordSet(`as like unlike`)

// In someone's words (attribute_subject.go, inWordsOf).

// viewNouns follow a possessor in a phrase that credits words to it: "in
// Reed's view", "in her words", closed by a comma or a full stop.
var viewNouns = wordSet(`words view views opinion telling reckoning`)

// personOnlyTitles are titles a person bears and a body's name never opens
// with, so a name after one is a person's whatever the tagger read
// (recognise_names.go, titledNames): "Archbishop Aris Shirvanian".
var personOnlyTitles = wordSet(`archbishop bishop cardinal rabbi imam pastor reverend rev. rev father sister
sheikh ayatollah professor prof. judge`)

// midSentenceCues set off an inverted tag between commas inside the
// sentence they report: "The point, says X, is that …" (leading in
// attribute_tags.go).
var midSentenceCues = wordSet(`says said adds added writes wrote notes noted argues argued`)

// introAdverbs stand between a pronoun and the speech verb it is the
// subject of ("he also said", "she has since called"): speaksNext in
// attribute_mention.go reads past them.
var introAdverbs = wordSet(`also then again later since once still even never often just first has have had would will
did does was is could might himself herself keeps kept continues continued`)

// phraseCues introduce a quoted word or phrase without being speech verbs
// the sieve attributes by ("she often speaks of “…”", "he referred to
// them as “…”"): introducingMention (attribute_mention.go) lets them tell
// which mention of a speaker already found introduces the quotation.
var phraseCues = wordSet(`speaks spoke speaking talks talked talking refers referred referring`)

// givenMonths are months that are also given names: "April Mellody", "May
// Reed" (recognise_names.go, personNames, when not dateBefore).
var givenMonths = wordSet(`april may june august`)

// dateLeaders before a month make it a date, not a given name: "in April
// Reed sailed", "by May Osei had left" (recognise_names.go, dateBefore).
var dateLeaders = wordSet(`in on since by until till of last next early late mid from through between before after during
this each every that which whose throughout`)

// Partial quotations in a verb's complement (attribute_complement.go).

// complementVerbs govern a complement that a short quotation may stand in,
// besides the speech cues and characterising verbs: "referred to the
// “…”", "talked of “…”".
var complementVerbs = wordSet(`refer refers referred referring talk talks talked talking speak speaks spoke
speaking call describe label brand term deem accuse dismiss decry denounce blast praise tout mock ridicule slam
criticize criticise attack lament cast frame portray characterize characterise credit blame condemn hail deride
defend identify identifies identified identifying`)

// complementPreps open the complement of such a verb: "dismissed it as",
// "accused him of", "credited her for", "referred to".
var complementPreps = wordSet(`as of for to about`)

// Choice between two tags (attribute_choice.go): words that open a phrase
// that is no speaker, so a trailing tag starting with one ("without
// reporters asking him") leaves the quotation to its leading tag.
var phrasePrepositions = wordSet(`without despite except like unlike via through amid beyond toward towards
upon within across along around behind beside besides near`)

// Possessed persons (attribute_phrase.go, possessedPerson): the relatives
// and associates a story names through the person it is about ("Varga's
// cousin, Ellen", "Varga's business partner Ben Osei"); the name after
// them speaks.
var associateNouns = wordSet(`partner partners friend friends colleague cousin nephew niece uncle aunt grandson
granddaughter grandmother grandfather stepson stepdaughter stepmother stepfather fiance fiancé fiancee fiancée
girlfriend boyfriend ex-wife ex-husband roommate classmate neighbor neighbour bodyguard assistant biographer
lawyer attorney publicist agent manager spokesman spokeswoman spokesperson aide adviser advisor deputy
chief-of-staff successor predecessor rival opponent challenger`)

// Document agents (coref_heads.go, documentAgent): works that speak for
// the author or publisher the text names after them ("a study by Y", "an
// editorial in Y"), besides documentNouns.
var authoredNouns = wordSet(`report reports study studies poll polls survey surveys editorial editorials article
articles analysis paper column op-ed essay book review audit investigation`)

// Relatives in passing (coref_names.go, relativeInPassing): the kin a
// story names through its subject, "her brother, Tomas Reed".
var kinNouns = wordSet(`husband brother son father uncle nephew grandson grandfather stepson stepfather boyfriend
widower fiance fiancé ex-husband brother-in-law son-in-law father-in-law wife sister daughter mother aunt niece
granddaughter grandmother stepdaughter stepmother girlfriend widow fiancee fiancée ex-wife sister-in-law
daughter-in-law mother-in-law cousin partner spouse child sibling parent grandchild`)

// Hyphenated titles: offices written as one hyphenated word, "UN
// Secretary-General Ana Reyes", "Attorney-General Tomas Brandt", are
// titles before a name and roles, as their parts are.
var hyphenTitles = wordSet(`secretary-general director-general attorney-general governor-general auditor-general
solicitor-general inspector-general surgeon-general postmaster-general commander-in-chief editor-in-chief
president-elect vice-president vice-chairman vice-chair vice-premier deputy-director prime-minister`)

func init() {
	for w := range hyphenTitles {
		personTitles[w], roleNouns[w] = true, true
	}
}

// setOffAdverbs (setoff_adverb.go) may stand between commas after a
// subject besides the sentence openers and the words subjectBefore skips:
// "The two lawmakers, too, argue".
var setOffAdverbs = wordSet(`too though`)

// notPeoplePlurals end as plural nouns of people do but name things
// (peoplePlural in people_plural.go).
var notPeoplePlurals = wordSet(`numbers papers orders matters letters documents comments statements events centers centres waters powers
towers borders corners factors sectors errors mirrors chambers headquarters quarters shares
answers offers covers filters layers markers monitors motors posters printers rumors rumours barriers
computers containers disasters elements governments moments payments percents segments settlements agreements
amendments arguments assessments departments developments environments investments judgments measurements
movements parliaments requirements treatments instruments components improvements restaurants grants plants
variants implants deficits pants accounts amounts counts points hundreds thousands millions billions meters
metres liters litres dollars`)

// Implied claims (speakers18): verbs that credit a claim or a phrase to
// someone without saying it was said aloud ("X implied the judge was
// “hostile”", "X vented that it would be “ugly”", "X coined the term
// “…”") are speech cues.
var impliedCues = wordSet(`implied implies assumed assumes hinted hints vented vents coined coins`)

func init() {
	for w := range impliedCues {
		speechCues[w] = true
	}
}

// morePeopleHeads (speakers18): plural nouns of people whose endings
// peoplePlural does not read as agents' ("former employees have called it
// a “…”") are heads of a speaker phrase.
var morePeopleHeads = wordSet(`employees retirees appointees nominees detainees trainees refugees citizens veterans clerks`)

func init() {
	for w := range morePeopleHeads {
		unnamedHeads[w] = true
	}
}

// compoundHeads (names19, recognise_compounds.go): the last part of a
// hyphenated adjective made from a name or a noun ("Reed-led", "Holm-style",
// "Dunmore-based", "Labour-controlled"), which is no part of any name.
var compoundHeads = wordSet(`led backed based style type era area controlled held run born sponsored heavy rich
winning turned like friendly funded owned allied aligned appointed leaning minded centric focused linked affiliated
inspired themed made wide dominated oriented approved endorsed supported bound occupied`)

// moreTitleSeeds (names19): titles of state legislators and party whips,
// and plural or clipped forms news writes before names ("Assemblywoman
// Ada Holm", "Whip Ivo Brandt", "Reps. Ada Holm and Ivo Brandt"): the title
// stays out of the name.
var moreTitleSeeds = wordSet(`assemblyman assemblywoman assemblymember whip reps. sens.`)

func init() {
	for w := range moreTitleSeeds {
		titleSeeds[w] = true
		personTitles[w] = true
	}
}

// Base forms of speech verbs (speakers19): after a modal, and as the
// present tense of a plural subject, a verb of speaking stands in its base
// form ("NBC News will accuse you of a “…”", "the two lawmakers argue that
// “…”", "all they have to do is repeat “…”"). Forms that are as often
// nouns ("state", "report", "retort", "promise") or other verbs ("add",
// "ask", "agree", "declare war", "respond to") are left out.
var baseSpeechCues = wordSet(`accuse argue claim warn insist explain announce admit predict urge deny reply
concede acknowledge complain caution observe remark emphasize emphasise boast conclude confirm maintain reiterate
repeat shout whisper yell testify lament exclaim contend assert affirm proclaim slam blast condemn
denounce mock hail tout defend dismiss decry cite characterize characterise`)

func init() {
	for w := range baseSpeechCues {
		speechCues[w] = true
	}
}

// Documents that speak (speakers19): an advertisement, a letter, a memo,
// an editorial or a cable says what it says ("The ad claims “…”", "The
// cable indicated … would be the “minimum”"), as a statement or a report
// does: heads of a speaker phrase.
var documentHeads = wordSet(`ad ads advertisement commercial letter memo memorandum editorial cable`)

func init() {
	for w := range documentHeads {
		unnamedHeads[w] = true
	}
}

// Plural subjects of "they" (speakers20, coref_heads.go pluralSubject):
// plurals of people that unnamedHeads and the agent endings do not know,
// which can be the group a later "they" speaks for.
var groupNouns = wordSet(`democrats republicans conservatives liberals progressives professors authors critics
members delegates senators governors candidates americans citizens residents families parents police
unions coalitions organizations organisations advocates allies backers donors protesters demonstrators`)

// Words with the endings of plural agents that are no group of people
// (speakers20, groupHead): verbs ("the system that exists") and "others",
// which stands for things as often as for people.
var notGroupHeads = wordSet(`exists insists persists resists consists assists others orders borders members' numbers`)

// Singular heads of a document or a body that "it" stands for when it
// speaks (speakers20, thingSubject in coref_heads.go), with documentNouns
// and documentHeads: "The group seeks … what it calls “…”", "the
// newspaper admitted … “…,” it added".
var thingNouns = wordSet(`group company firm newspaper paper magazine website site page account report study survey
poll lawsuit suit complaint affidavit filing document message note sign banner campaign committee panel council board
agency ministry department government administration union organization organisation network station channel
party coalition bill law constitution book editorial column petition resolution platform`)

// Words that speak after a colon (speakers22, attribute_phrase.go
// colonDescription): nouns of text, speech or media that may be the
// subject of a clause introducing a quotation with a colon ("The headline
// reads: “…”", "A footnote in the report makes that clear: “…”", "the ad
// ends with a voice-over saying: “…”"). Read only there, after a
// determiner or an owner, where a verb such as "sign" or "post" cannot be.
var colonTextHeads = wordSet(`headline headlines subhead footnote footnotes caption captions banner banners sign signs
placard placards poster posters slogan tweet tweets post posts posting message messages note notes letter letters
statement statements report reports transcript ad ads advertisement commercial spot narrator announcer
voiceover voice-over video clip email e-mail memo memorandum release document documents filing website page
editorial column op-ed article story book passage excerpt chyron graphic screen screens text inscription plaque flyer
leaflet pamphlet brochure mailer script proclamation announcement notice bulletin petition resolution platform
manifesto survey poll study ruling opinion order complaint lawsuit indictment warning entry blog`)

// More documents that speak (speakers22): a tweet, a lawsuit, a filing or
// a document says what it says wherever it stands ("the document states",
// "An early tweet quoted the president as saying “…”", "A federal lawsuit
// alleged that police used … as a “…”"): heads of a speaker phrase, as
// documentHeads are.
var moreDocumentHeads = wordSet(`document documents tweet tweets lawsuit lawsuits filing filings indictment petition`)

func init() {
	for w := range moreDocumentHeads {
		unnamedHeads[w] = true
	}
}

// Nouns of a poll whose answers it reports (speakers24, attribute_poll.go
// pollReporting): "In a Ledger poll, 75 percent of voters said “…”".
var pollNouns = wordSet(`poll polls survey surveys study studies`)

// Verbs whose passive subject is the one spoken to (speakers24,
// attribute_tags.go passiveHearing): "X was asked, “…”", "staff were told
// “…”". Not "quoted": "X was quoted as saying" is X's.
var hearingVerbs = wordSet(`asked told pressed questioned warned urged instructed ordered`)

// Participles of calling or characterising that, in the passive, give the
// words after them to the agent after "by" (speakers24, attribute_agent.go
// passiveAgent): "has been called “…” by X", "known by X as a “…”".
var calledVerbs = wordSet(`called labeled labelled dubbed branded termed described characterized characterised
known seen viewed regarded derided hailed denounced decried`)

// chainWords are the words and marks that buildChains (coref_chains.go)
// reads outside a mention: the personal pronouns of a gender, the "the"
// of a description, the marks that end a clause's opening, and the
// relative pronouns clauseOpener calls 'r'. It passes over every other
// word by its bit (wkChainWord) rather than reading each.
var chainWords = wordSet(`he him his himself she her hers herself the , ; : who whom whose which`)

// Given names that make a person of a name the tagger typed a body or a
// place (names20, recognise_given.go givenNamePeople): "Alicia Powe
// wrote", "a resident named Caroline". givenNames is these with the
// gender lists above; a given name that is as often a place's, a body's
// or a common word's first word ("Virginia", "Jordan", "Marine",
// "Christian", "Al") is left out by notGivenFirst.
var moreGivenNames = wordSet(`aaron abby adrian adrienne agnes aidan aileen alana alberto alec alexa alexandra
alicia alison allison alma alyssa amelia anderson andre andrew andy angel angelica angelina angie anita anne
anneliese annette annie antoinette april arlene audrey autumn ava barry becky belinda bernard bernadette beth bethany
betsy beverley bianca bonnie brad bradley brenda brett bridget britney brooke bryce byron caitlin callie cameron
camila candace cara carla carlton carly carmen caroline carrie casey cassandra cathy cecilia cecile celeste chad
chandra charlene charles charlie chelsea cheryl chloe chris christie christopher christy claire clara clarence
claudia clay clayton clifford clint clinton cody colby colin colleen connie conor constance corey cory courtney
craig cristina crystal curtis cynthia daisy dale dallas damian dana darlene darrell darren daryl dave dawn dean
deanna debbie delia della derek desiree devin devon dexter diego dolores dominic don donna doreen dorothy doug
duane dustin dwayne earl ed eddie edgar edith edna edwin eileen elaine eleanor elena eli elisa elise ella ellen
eloise elsa elsie emilia emmett enrique erica erik erin ernest esther ethel eva evan faith felicia felix fiona
floyd frances francine freddie fred frederick gail garrett gavin gayle gene genevieve geoffrey gerard gilbert
gina ginger glen glenn greg gretchen gwen gwendolyn hailey haley harold harriet harvey heath heidi herman holly
howard hugh hugo ian ida ingrid irene iris isaac isabel isaiah jackie jacob jaime jake jamal jamie jan jane janelle
janet janine jared jasmine jay jeanette jeanne jenna jenny jeremiah jerome jessie jillian jo joann joanna joanne
jocelyn jodi joel johanna johnny jon jonah josephine josh joy juanita judd jules julia julian juliana julio june
justine kara karen kari karina karl kate katelyn katie katrina kay kayla keisha kelsey kendra kenny kent kerry
kim kirk kristen kristin kristina kurt kyle lacey lana lance latoya leah lee leigh lena leo leon leonard leroy
leslie lester lillian lily lindsay lindsey lisa lloyd logan lois lonnie loretta lorraine louise lucas lucille
lucy luke lydia lynn mabel mackenzie maggie malcolm mandy marc marcia marcus margaret margo mariah marian marianne
marilyn mario marion marjorie marla marlene marsha marshall martin marvin maureen maurice max maxine meghan
melanie melinda melody melvin meredith mia micah michele mildred milton miranda misty molly monica monique morgan
myra nadia naomi natasha nathaniel neal neil nellie nina noel nora norma norman olga oliver opal oscar owen paige
pamela pat patsy patty paula pauline pearl peggy penny percy phil phyllis priscilla rachael ramon randall randolph
rebekah regina reginald renee rhonda ricardo rick ricky riley rita roberta robin robyn rochelle rodney roland
ronnie rosa rosalind rosemary ross roxanne ruben rudy russ sabrina sadie sally salvador sam sammy sandy shane
shannon sharon shawn sheila shelby shelley sheri sherry sidney silvia simon sonia sonya stacey stacy stan stanley
stella stuart sue susanne suzanne sydney sylvia tamara tammy tania tanya tara ted teresa terrence thelma tiffany
tina toby todd tommy toni tonya tracey traci tracy travis trevor troy valerie vanessa vera vernon veronica vicki
vickie victor vince viola vivian wade wanda wendy wesley whitney wilma yolanda yvette yvonne zoe`)

var notGivenFirst = wordSet(`virginia jordan georgia victoria madison charlotte austin alexandria warren douglas
marine christian al moon xi jd rex hunter rand grace mason lincoln jackson houston florence carolina chelsea israel
sydney dallas april june may august faith joy dawn autumn pearl opal ginger ruby iris lily daisy rose heath clay
chase page bill mark frank will gene angel kent ross sally don pat jan kim lee ed dean carmen clinton sandy chad
oscar`)

// givenNames are the given names givenNamePeople knows.
var givenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{maleNames, femaleNames, moreMaleNames, moreFemaleNames, moreGivenNames} {
		for w, in := range set {
			if in && !notGivenFirst[w] {
				m[w] = true
			}
		}
	}
	return m
}()

// Words of the departments that a title of an office names after "of"
// (names20, recognise_titled.go officeName): "Secretary of State",
// "Minister of Foreign Affairs", "Secretary of Health and Human Services".
var departmentWords = wordSet(`state defense defence treasury labor labour commerce energy agriculture education
transportation transport interior justice health homeland security veterans affairs foreign home housing urban
development human services war navy army finance trade industry culture environment`)

// Military ranks before a name (names21, recognise_ranks.go rankNames):
// "General Dempsey", "Admiral Brandt". Abbreviated ranks ("Gen.", "Adm.")
// are titleSeeds already.
var militaryRanks = wordSet(`general admiral colonel lieutenant sergeant corporal commodore brigadier marshal`)

// rankBodies follow a rank's word in the names of companies, offices and
// events, which rankNames leaves alone: "General Mills", "General
// Services Administration", "General Election".
var rankBodies = wordSet(`mills dynamics atomics election elections services counsel staff store stores partners
practitioner surgeon purpose strike debate court accounting secretary manager directorate motors electric foods
instruments insurance contractor contractors hospital assembly synod conference convention`)

// Abbreviated ranks (names21): "Adm. Ada Holm", "Maj. Ivo Brandt", "Brig.
// Gen. Tomas Reed" are titles, and the name after them a person's, as
// "Gen." and "Col." are (titleSeeds).
var rankAbbreviations = wordSet(`adm. maj. brig. cmdr. cpl. pvt. spc.`)

func init() {
	for w := range rankAbbreviations {
		titleSeeds[w] = true
		personTitles[w] = true
	}
}

// Lines that credit a translator or a co-author (names22, furniture.go
// creditsInBrackets): "Translated by Ana Ruiz.", "Co-authored by Ivo
// Brandt." Their names are no people of the story.
var creditOpeningsMore = []string{"translated by", "translation by", "co-authored by", "co-written by"}

// Labels alone on a line that a list of related stories' titles follows,
// besides the related labels of lineLabels (names22, furniture.go
// labelAlone): "More on this story:", "You may also like:".
var listLabels = []string{"more on this story", "more on this", "you may also like", "you might also like",
	"more stories", "more from", "related stories", "related articles", "related links", "related content"}

// Heads of the names of buildings, gatherings and armed bodies that the
// recogniser takes for a person's surname (names22, types.go headType):
// "Trump Tower", "Republican National Convention", "Syrian Democratic
// Forces", "Marion Avenue Baptist Church". Not "hall": too many people
// are called so ("Tamron Hall").
var bodyHeadsMore = wordSet(`church cathedral chapel mosque temple synagogue tower convention forum forces show`)

// notPersonHeads are groupNouns and bodyHeadsMore in one set, which
// headType asks of the last word of every person's name of two words or
// more.
var notPersonHeads = union(groupNouns, bodyHeadsMore)

// The states of the United States by name, lower-cased (names22,
// link_common.go commonWordPerson): one the tagger took for a person
// ("Michigan is also at the high court") is a place. Not Washington, a
// surname too.
var usStateNames = wordSet(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
virginia wisconsin wyoming`)

// The domains that end a website's address (names22, link_common.go
// webAddress): "RootsAction.org" is a body's website, never a person.
var webDomains = wordSet(`com org net gov edu info io news`)

// Nouns for businesses and groups that, in lower case after a word of
// what kind, come right before the body's name (names22, types.go
// mediaNames): "investment bank Goldman Sachs", "the law firm Mayer
// Brown", "the fact-checking site Politifact", "computer maker Dell". Not
// "publisher" or "label", which name people and their words too.
var bodyKindNouns = wordSet(`bank firm company site blog startup retailer carrier airline automaker maker insurer
lender chain brand group giant conglomerate outlet network studio`)

// A god's names and the oaths made of them (names22, types.go majorityType):
// "God", "Allah", "Thank God" are no people of a news story, and the
// people list leaves them out as it does a faith.
var deityNames = map[string]bool{"god": true, "gods": true, "allah": true, "almighty": true, "thank god": true,
	"my god": true, "oh god": true, "god almighty": true, "dear god": true}

// faithOrDeity is faithWords and deityNames in one set, which majorityType
// asks of every key.
var faithOrDeity = union(faithWords, deityNames)

// Short names ahead of the full names (link_ahead.go): a surname before
// one of these words names a family, not the one relative whose full name
// the story gives ("the Varga family", "the Reed brothers").
var familyNouns = wordSet(`family families clan dynasty brothers sisters household siblings`)

// An opinion piece's author bio (furniture.go, isAuthorNote): the nouns of
// what its writer does, read only on the article's last line after "Name
// is": "… is a professor of law at …", "… is the governor of …".
var bioNouns = wordSet(`professor lecturer historian economist scholar fellow president director founder
co-founder cofounder chairman chairwoman chair ceo executive governor senator mayor author co-author analyst
attorney lawyer strategist consultant researcher editor`)

// Party words run into a name (link.go, descriptorNotName): descriptorWords
// that are also given names, which open a name all the same ("Tory
// Mazzola"); the other given names are in givenNameGenders.
var descriptorsAlsoGiven = wordSet(`tory`)

// A firm's context (link_firms.go, firmContext): the work words before
// "at" besides roleNouns ("a job at", "worked at").
var firmWorkWords = wordSet(`job jobs worked works working career internship stint tenure employee employees
banker bankers partner partners trader traders`)

// A firm's context (link_firms.go, inFirmPlace): the nouns of a firm's
// staff and holdings after its name ("Holm Brandt executives"), none of
// them a verb too (not "shares", "stock") nor a politician's ("aides",
// "supporters", "campaign", "headquarters"); all of seven letters or more
// ending in "s" or "y", which inFirmPlace tests before it asks the map.
var firmStaffNouns = wordSet(`executives employees shareholders stockholders bankers subsidiary subsidiaries`)

// Person descriptions as speakers (coref_describe.go).

// describedPersonNouns head a description of one person besides the roles
// and titles of roleHead: a trade, a standing or a place in a race ("the
// businessman", "the tycoon", "the front-runner").
var describedPersonNouns = wordSet(`businessman businesswoman tycoon mogul billionaire magnate developer investor
entrepreneur banker neurosurgeon surgeon physician front-runner frontrunner hopeful contender challenger incumbent
nominee candidate republican democrat independent socialist centrist conservative liberal progressive populist
actor actress singer rapper star comedian author novelist commentator broadcaster pundit radioman lawmaker
congressman congresswoman prosecutor judge justice billionaire heir heiress veteran`)

// genericPersonNouns describe someone the article need not have named at
// all ("the man", "a woman"): no step links them to a person.
var genericPersonNouns = wordSet(`man woman boy girl child person guy people someone individual`)

// agentNouns describe someone who speaks for, or belongs to, another
// person ("the spokesman", "the wife"): such a description is that person
// only where the article gave them the role, never the passage's subject.
var agentNouns = wordSet(`spokesman spokeswoman spokesperson aide adviser advisor official officials source staffer
lawyer attorney representative officer member resident voter supporter critic analyst expert witness friend
neighbor neighbour colleague ally assistant agent deputy secretary strategist pollster consultant manager
wife husband son daughter mother father brother sister widow widower relative cousin uncle aunt nephew niece
partner girlfriend boyfriend fiance fiancee organizer organiser delegate employee worker student teacher
narrator moderator host anchor reporter correspondent editor columnist writer interviewer`)

// distinguishingModifiers tell one holder of a role from another: "the
// former president" is not the president, "the vice president" neither.
var distinguishingModifiers = wordSet(`former ex vice deputy prime first lieutenant assistant acting minority majority
attorney outgoing interim`)

// feminineNouns and masculineNouns are the person nouns that tell a
// gender, besides those in "-woman" and "-man".
var feminineNouns = wordSet(`actress heiress queen princess mother wife daughter sister widow aunt niece girlfriend
fiancee lady duchess empress`)
var masculineNouns = wordSet(`king prince father husband son brother widower uncle nephew boyfriend fiance duke
emperor`)

// anyOffice are the titles that any office holder may be given ("the
// Russian leader" is President Putin): no other office conflicts with them
// (coref_describe.go).
var anyOffice = wordSet(`leader chief head commander`)

// Quotations in single marks (quotes_single.go, elidedAfter): the words a
// single mark before them elides the start of rather than opens a
// quotation on: ’em, ‘til, rock ‘n’ roll.
var singleMarkElisions = wordSet(`em til tis twas cause cos coz bout n nuff neath ere round`)

// Quotations in single marks (quotes_single.go, elidedAfter): the endings
// that text split into tokens sets apart, a space after them ("Pakistan
// 's captain", "I 'm sure").
var splitEndings = wordSet(`s re ll ve d m t`)

// Quotations in single marks (quotes_single.go, closesBeforeWord): words
// that follow a closing quotation mark but never a plural possessive, so
// that “called them ‘cheap tricks’ and left” closes after “tricks”.
var afterQuoteWords = wordSet(`and or but nor as in on at to for from with by of that which who whom whose
he she they it we i you said says say told tells added adds when while because if than is was are were has
have had after before about into over since until during amid despite though although so then`)

// British and Australian "says" (single26): "reckons" introduces speech
// there as "says" does ("‘It’ll be packed,’ reckons Tom Reid").
var reckonCues = wordSet(`reckon reckons reckoned`)

func init() {
	for w := range reckonCues {
		speechCues[w] = true
	}
}

// Honorifics of many countries (world26, recognise_honorifics.go): words of
// address and standing that news in Nigeria, India, Malaysia, Singapore,
// the UK and the Gulf writes before a name, often without a full stop
// ("Alhaji Musa Dankwa", "Shri Anil Rao", "Smt Kavya Menon", "Engr Tunde
// Ade", "Cllr Ann Hale", "Madam Goh Li Na"). They are titles: they stay out
// of the name and make a person of it.
var worldHonorifics = union(spanishHonorifics, wordSet(`alhaji alhaja hajiya hajia mallam shri shrimati smt smt. datuk dato datin tun encik
madam engr engr. engineer hon. barrister cllr cllr. maulana`))

// furn30: the honorifics of Spanish news before a name ("Doña Rosalía
// Fuentes", "Señora Ana Ruiz"), with worldHonorifics; not "Don", a given
// name as well.
var spanishHonorifics = wordSet(`doña señora señor`)

// honorificPairs are honorifics of two words whose second word alone is
// no title ("Sri Lanka", "Tan" a surname): Malaysia's "Tan Sri", "Puan
// Sri", "Datuk Seri", "Dato' Sri", "Toh Puan" and a chief minister's
// "Menteri Besar", first word to the second words it takes.
var honorificPairs = map[string]string{"tan": "sri", "puan": "sri", "datuk": "seri sri", "dato": "seri sri",
	"datin": "seri sri", "toh": "puan", "menteri": "besar"}

func init() {
	for w := range worldHonorifics {
		titleSeeds[w] = true
		personTitles[w] = true
		bareTitles[w] = true
	}
}

// Roles of ordinary people that news writes before a name with no article
// (world26, recognise_names.go roleOpensSentence and splitRoles): "hawker
// Lim Ah Kow", "Villager Siti Aminah said", "commuter Faith Chebet".
var streetRoles = wordSet(`villager hawker vendor trader shopkeeper commuter pensioner retiree motorist herder
labourer laborer`)

func init() {
	for w := range streetRoles {
		personRoles[w] = true
	}
}

// Particles of patronymic names (world26): Malay and Arabic "daughter
// of", which stand inside a woman's name as "bin" does inside a man's
// ("Siti Aminah binti Yusof"), are name particles (nameParticles).
var moreNameParticles = wordSet(`binti bint`)

func init() {
	for w := range moreNameParticles {
		nameParticles[w] = true
	}
}

// bodyDescriptionNouns head a definite description of one organisation
// that the "body description" step resolves ("the company", "the ferry
// company", "the group"; coref_bodies.go). "campaign", "administration"
// and "government" are someone's and stay as written.
var bodyDescriptionNouns = union(bodyKindNouns, wordSet(`organization organisation agency ministry department union
party committee commission council board court newspaper paper foundation institute university station channel magazine
association coalition league website regulator watchdog authority club charity broadcaster federation`))

// businessBodyNouns describe a company by its trade: "the airline" may be
// "Holm Air Ltd", whose name tells a company.
var businessBodyNouns = wordSet(`firm startup retailer carrier airline automaker maker insurer lender chain brand giant
conglomerate studio broadcaster`)

// broadBodyNouns describe an organisation of any kind: "the group" may be
// the "Vell Harbour Union" as "the company" may not be the "Vell Ministry".
var broadBodyNouns = wordSet(`group organization organisation outlet`)

// governmentNameWords tell a body of government in its name: "the
// agency" may be the "Vell Harbour Department" but not a rowing club,
// whose name tells no kind the descriptions know.
var governmentNameWords = wordSet(`agency bureau administration service department ministry commission office`)

// utteranceHeads (attribute_utterance.go) are nouns of what one person
// says, beside ownWordHeads: "Colling's verdict: “…”" is Colling speaking.
var utteranceHeads = wordSet(`verdict response answer reply retort assessment reaction advice explanation conclusion
prediction warning plea comment comments words quip summary diagnosis`)

// demonymNouns (attribute_demonym.go) are nouns of nationality for one
// person that no suffix tells: "the Swede said", "said the Frenchman".
var demonymNouns = wordSet(`swede dane finn pole scot swiss briton brit frenchman frenchwoman englishman englishwoman
dutchman dutchwoman irishman irishwoman welshman welshwoman scotsman scotswoman kiwi aussie greek czech thai turk
serb croat slovak kazakh uzbek spaniard filipino filipina argentine`)

// storyPersonNouns (attribute_demonym.go) describe the person a sport,
// local or feature story is about, on second reference, as demonyms do:
// "the teenager said", "the skipper told reporters". Nouns of someone
// else's (a relative, a manager, a driver in a crash) are left out.
var storyPersonNouns = wordSet(`teenager youngster seed champion titleholder skipper debutant newcomer rookie playmaker
all-rounder batsman batter bowler sprinter favourite favorite underdog pensioner retiree schoolboy schoolgirl
holder runner-up finalist medallist medalist olympian`)

// teamNouns (attribute_team.go) are the people who work with a named
// person and speak with them: "Osei and colleagues wrote".
var teamNouns = wordSet(`colleagues co-authors coauthors collaborators team co-workers coworkers researchers`)

// showNouns name a broadcast or a programme before its quoted title ("the
// TV show “…”"): quoted titles that close a stop inside their marks
// (quotedTitles, people28).
var showNouns = wordSet(`show shows program programs programme programmes broadcast segment`)

// bodyShortHeads end two-word names of bodies and places whose first word
// alone names them too ("Fox News" is "Fox", "Loudoun County" "Loudoun"),
// beside orgHeads, geoHeads and the heads of firms and papers
// (bodyWordNotPerson, people28).
var bodyShortHeads = wordSet(`news network networks channel county parish borough township`)

// personSpeechVerbs follow a speaker who is a person far more often than a
// body (bodyWordNotPerson, people28).
var personSpeechVerbs = wordSet(`said says told tells added asked recalled`)

// bodyRoles are roles held in a body that news writes capitalised between
// the body's name and the person's ("DNC Chair Debbie Wasserman
// Schultz"): bodyThenPerson, people28.
var bodyRoles = wordSet(`chair chairman chairwoman chairperson president director editor correspondent reporter
anchor host co-host columnist spokesman spokeswoman spokesperson analyst pollster strategist adviser advisor
founder co-founder ceo commentator contributor producer treasurer`)

// postNominals are the letters written after a person's name for an
// office, a rank at the bar or an honour ("Tom Hale KC", "Jo Reid MP",
// "Ann Kerr OBE"): no part of the name. Matched as written, so "Mp" or
// "kc" in running text is no post-nominal (trimmedMentions).
var postNominals = wordSet(`KC QC MP MPs MSP MS MLA MEP TD OBE MBE CBE KBE DBE GBE CH FRS PhD Ph.D.`)

// Pronoun binding (coref_binding.go; coref29's block).

// subjectArticles open a clause whose subject is a common noun when a
// lower-case noun follows: "The movie mentions …", "A mayor who …".
var subjectArticles = wordSet(`the a an this these those another each every`)

// leadingConjunctions may open a sentence before its subject: "But the
// report found …".
var leadingConjunctions = wordSet(`but and yet so still`)

// moreTimeNouns, with timeNouns, make a sentence's opening phrase a time
// rather than its subject: "The day before, Reed …".
var moreTimeNouns = wordSet(`day days weeks months years nights mornings hour hours minutes decade decades moment time`)

// contractedAfter follow the "’s" of "has" or "is" after a name, never
// an owner's: "Reed’s been saying", "Reed’s not running".
var contractedAfter = wordSet(`been not never also always still already just got gotten going become done made said told`)

// officeNouns head descriptions of an office of government as a speaker,
// "the budget office", "the statistics bureau", with bodyDescriptionNouns
// (coref_bodies.go).
var officeNouns = wordSet(`office bureau`)

// formerWords make a role one held once: "the former mayor", "ex"
// (coref_binding.go formerRole).
var formerWords = wordSet(`former ex onetime erstwhile`)

// moreRoleModifiers may stand before a role noun in a description, with
// descriptionModifier's words: "the current mayor", "the presumptive
// nominee" (coref29's block).
var moreRoleModifiers = wordSet(`current sitting presumptive likely eventual onetime erstwhile ex`)

// jurisdictionModifiers (coref30's block) tell the court or level of
// government of a role, "a federal judge", "a county prosecutor"; read only
// by descriptionModifier, for the coreference steps.
var jurisdictionModifiers = wordSet(`federal district appeals appellate circuit county municipal regional provincial`)

// Given names for the pronoun chains' genders only (coref.go genders), in
// coref29's block: common given names the lists above lack, which the
// recogniser and the linker do not read, so that a "she" is not taken for
// "Philippe Reines" nor a "he" for "Debbie Lane". Names as often given to
// either sex ("Chris", "Lee", "Jordan", "Jamie", "Dale") are in neither.
var corefMaleNames = wordSet(`adrian alberto alec alfred allan alvin amir andre andy angus anton antonin archie ari arne arnold arturo ashok
	barney barry bashar beau bernard bert brad bradley brendan brent bret brett buddy byron caleb cecil cedric
	chad charlie chester clarence claude clay clayton clifford clint clyde cody colin conor corey cornel cornell
	craig curtis cyrus damian damon danny dante darius darrell darren dave dean derek desmond devin dinesh dominic
	don doug drew duane duncan dustin dwayne earl eddie edgar edmund eduardo edwin eli elliot enrique erik ernest
	evan ezra felipe felix fidel floyd francis fred freddie freddy frederick gareth garrett gavin gene
	geoff geoffrey gerard gilbert glen glenn gonzalo graham greg gus guy hamid hank harvey hector herman howard
	hugh hugo ian isaac jake jamal jared jay jeb jeffery jerome joel joey johan johnny jon jonah josh julian
	julius karl khalid khizr kirk kurt lamar lance laurence leo leon leonard leroy lester lewis lloyd lorenzo lou
	lucas luke malcolm marc marcel marcus mario marshall martin marvin matt maurice max melvin merrick mick
	mickey mikhail miles mitchell mohammad murray nate nathaniel neal ned neil nelson nick nigel norman oliver
	orrin oscar otto owen percy phil philippe phillip rafael rahm ramon randall raul ray reggie reince rich rick
	ricky rob robby roberto rod rodney roland roman ron ross ruben rudolph rudy rupert russ salvatore sam saul
	sergio seth shane shawn sheldon sidney simon spencer stan stanley stefan stuart tad terrence toby todd tommy
	travis trent trey troy tyrone vernon victor wade wesley wilbur willard wilson xavier yusuf zach zeke`)

var corefFemaleNames = wordSet(`ada adele ariana arianna adriana agnes aileen alana alexandra alicia alison allison alma amelia angelina anita anne annette
	antonia april arlene audrey ava beatrice becky belinda bernadette beth bethany betsy bianca bonnie bridget
	brigid brooke camila candace carla carly caroline cassandra cathy cecile cecilia celia charlene chelsea cindy
	clara claudia colleen connie constance crystal daisy daphne darla dawn debbie delia dolores edith
	eileen elaine eleanor elisabeth eliza ella ellen eloise erica erin esther ethel eugenia eva faith felicia
	fiona florence gabriela gabrielle gail geneva georgia geraldine gina gladys glenda gretchen gwen gwendolyn
	harriet hazel helena holly huma ida ilene irene iris ivana jane jeanne jeannie jenna jenny joanna
	joanne jocelyn josephine joy julia june kathy katie katrina kay kellyanne kristen kristin laurie leah lena
	lila lillian lois loretta lorraine louise lucille lucy lydia mabel madeline maggie marcia margo marian
	marla maureen megyn melanie melinda michele mildred miranda miriam molly monica nadia naomi neera nellie
	nina nora norah norma paige pam patty paula pauline peggy penelope penny phyllis priscilla regina renee rhonda
	rita roberta robyn rosalind rose rosemary roxanne ruby sabrina sally serena sheila shelley sheryl sonia
	stella sue susannah suzanne sylvia tamara tanya tina tonya trisha valerie vanessa vera veronica vicki
	violet wanda wendy whitney wilma yolanda yvonne zoe`)

// Quoted names (attribute_term.go, quiet30's block).

// nameNouns introduce another name for someone or something, not words
// spoken: "under the pseudonym “…”", "his old nickname “…”".
var nameNouns = wordSet(`nickname pseudonym moniker alias`)

// Words written on things (attribute_bearer.go, quiet30's block).

// wordBearers are things that bear written words: "a sign reading “…”".
var wordBearers = wordSet(`sign signs banner banners placard placards shirt shirts t-shirt t-shirts tee hat hats cap caps
poster posters billboard billboards sticker stickers button buttons badge badges mug mugs plaque plaques`)

// bearerVerbs say what a thing that bears words reads: "a sign that read".
var bearerVerbs = wordSet(`read reads reading say says said saying proclaim proclaims proclaimed proclaiming declare declares
declared declaring`)

// glossWords say that a quotation after "for" gives a word's meaning:
// "Latin for “…”", "short for “…”" (attribute_term.go).
var glossWords = wordSet(`latin greek french spanish german italian portuguese russian arabic hebrew yiddish mandarin
cantonese chinese japanese korean hindi urdu persian farsi turkish swahili dutch polish swedish norwegian danish finnish
gaelic welsh short shorthand slang`)

// Pronoun chains (coref34): the words that open a person's description
// written before the name, "the soprano Ivy Lund", "her brother Jon".
var descriptionOpeners = wordSet(`the a an his her their its`)

// Pronoun chains (coref34): the words that open an indefinite description
// of a person, who is new to the story: "A woman who …", "One mother".
var indefiniteOpeners = wordSet(`a an one another`)

// desc34: roles of sport, courts and parliaments that head a description
// of one person ("the witness", "the prosecutor", "the skipper", "the
// sprinter", "the Glenardoch East member"), with the role each stands for: "skipper" is the captain,
// "MP" the member (for a constituency). roleHead reads them beside the
// titles and role nouns above; their holder is given the role where the
// article names them ("opener Ravi Menon", "Ann Reed, the member for
// Holm,"), and "witness" and "member", agentNouns, are never the passage's
// subject by default.
var moreRoleWords = map[string]string{
	"witness": "witness", "opener": "opener", "skipper": "captain", "batter": "batter", "batsman": "batter",
	"bowler": "bowler", "member": "member", "mp": "member", "sprinter": "sprinter", "athlete": "athlete",
	"cricketer": "cricketer", "footballer": "footballer", "rower": "rower", "wrestler": "wrestler",
	"prosecutor": "prosecutor", "defendant": "defendant", "barrister": "barrister", "solicitor": "solicitor",
	"coroner": "coroner", "magistrate": "magistrate",
}

// desc34: predicateVerbs give the person before them the role after
// them: "Reyes is the captain", "Mensah was appointed energy minister",
// "she has been mayor since 2019", "he serves as chairman"
// (predicateRole). "has" and "had" alone are not among them: "Reed has a
// lawyer" makes no one a lawyer.
var predicateVerbs = wordSet(`is was are were been be will become became becomes named appointed elected made
serves served serving as also still currently`)

// desc34: spokesNouns are the people who speak for a body, whose words
// are the body's (bodySpokesperson).
var spokesNouns = wordSet(`spokesperson spokesman spokeswoman`)

// desc34: postNouns are what an account posts on a social network, whose
// words are its owner's (postAuthor): "the post said", "the tweet read".
var postNouns = wordSet(`post tweet message`)

// desc34: testimonyBodies hear a witness ("told the court"), and
// testimonyNouns are the evidence one gives ("Ramesh, giving evidence,")
// (testimonyRole).
var testimonyBodies = wordSet(`court jury inquiry inquest tribunal hearing magistrate judge commission`)
var testimonyNouns = wordSet(`evidence testimony`)

// desc34: courtOfficerWords are those who address a court without being
// its witnesses (courtOfficer).
var courtOfficerWords = wordSet(`lawyer lawyers attorney prosecutor prosecutors prosecuting counsel barrister solicitor
judge magistrate defence defense coroner`)

// desc34: neutralRoles give the word for either sex of a role written
// for one (roleMatches).
var neutralRoles = map[string]string{"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair",
	"chairwoman": "chair", "councilman": "councillor", "councilwoman": "councillor"}

// desc34: negations deny the role after them: "Reyes is no longer
// captain", "is not a minister" (apposedModifier).
var negations = wordSet(`not no never nor longer`)

// coref35: tradeBodyNames give, for a noun of trade, the words by which
// a company's name tells that trade: "the miner" is "Kestrel Mining",
// "the carmaker" "Dunmore Motors" (bodyOfKind). The nouns new to the
// body descriptions (miner, brewer, …) may name a worker of the trade,
// so they mean a company only whose name tells it.
var tradeBodyNames = map[string]map[string]bool{
	"miner":       wordSet(`mining mines minerals resources metals`),
	"brewer":      wordSet(`brewing brewery breweries brewers`),
	"drugmaker":   wordSet(`pharma pharmaceutical pharmaceuticals therapeutics`),
	"carmaker":    wordSet(`motors motor automotive cars`),
	"automaker":   wordSet(`motors motor automotive cars`),
	"steelmaker":  wordSet(`steel steelworks`),
	"chipmaker":   wordSet(`semiconductor semiconductors chips`),
	"shipper":     wordSet(`shipping lines freight`),
	"airline":     wordSet(`airlines airline airways air`),
	"insurer":     wordSet(`insurance assurance`),
	"lender":      wordSet(`bank bancorp credit finance lending`),
	"broadcaster": wordSet(`broadcasting radio television tv`),
	"retailer":    wordSet(`stores retail`),
}

// coref35: selfNamingOpeners open a phrase by which a person gives the
// name they go by, right after a speaker phrase: "a commuter who gave her
// name as", "a man known as", "a woman calling herself"
// (selfNamedSpeaker).
var selfNamingOpeners = wordSet(`who known identified calling giving`)

func init() {
	for w, r := range moreRoleWords {
		roleWords[w] = r
	}
}

// The speaker phrase as a reader reads it (attr34: attribute_fronted.go,
// attribute_reduced.go, attribute_spokesperson.go).

// placePhraseOpeners open a phrase of place that may open a sentence
// before its subject, as openingWords do and added to them: "Outside the
// court, residents sang …".
var placePhraseOpeners = wordSet(`outside inside near behind beyond beside alongside across among amongst toward towards`)

// init adds placePhraseOpeners to openingWords before any word class is
// built from it (buildWordClasses runs on first use).
func init() {
	for w := range placePhraseOpeners {
		openingWords[w] = true
	}
}

// predeterminers stand before an article inside one phrase: "all the
// members", "half the staff".
var predeterminers = wordSet(`all both half such what quite rather twice`)

// modalWords stand before a verb in its base form: "would refund"
// (verbObject).
var modalWords = wordSet(`will would can could shall should may might must`)

// haveForms stand before a participle: "had refunded".
var haveForms = wordSet(`has have had having`)

// clauseVerbs take a clause with no "that" after them, so the phrase after
// them may be a subject: "would say the mayor claimed".
var clauseVerbs = wordSet(`say tell think believe hope know feel expect suppose guess ensure insist suggest show prove
doubt fear mean find see hear assume imagine argue claim admit deny confirm note recall learn understand agree
realise realize reckon warn predict remember forget notice`)

// spokesRoles are people who speak for a body (spokesBody): "a
// spokesperson for Harlow Water", "lawyers for the bank", "leaders of the
// union" (a single leader or executive is a person of their own).
var spokesRoles = wordSet(`spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople representative
representatives official officials aide aides lawyer lawyers attorney attorneys leaders executives`)

// timeSpanWords are nouns of time besides timeNouns, for a phrase of time
// that opens a sentence (timePhrase): "two days later the council said".
var timeSpanWords = wordSet(`day days weeks months years hours minutes decades weekends nights mornings evenings`)

// phraseArticles open a noun phrase and never stand alone; after a noun
// with nothing to join them they open a phrase of their own
// (frontedPhraseEnd): "a post on its website the company said", "a move
// the union called".
var phraseArticles = wordSet(`a an the his her its their our my your`)

// bearingVerbs hold up, carry or wear a thing that bears words, and end the
// phrase of that thing (bearerBefore): "the crowd held signs reading".
var bearingVerbs = wordSet(`hold holds held holding carry carries carried carrying wear wears wore wearing wave waves
waved waving raise raises raised raising hoist hoists hoisted hoisting brandish brandished display displayed bear bore
have has had`)

// names34: names as other countries write them.

// names34Honorifics join worldHonorifics: Māori news's words of standing
// and address before an elder's or a teacher's name ("Kaumātua Hemi
// Walker", "Whaea Mere Tipene", "Matua Rawiri"), the "Auntie" and
// "Uncle" of respect that West African, Caribbean and Pacific news writes
// before an older person's full name, Australia's and New Zealand's
// councillor ("Cr Ann Hale"), a priest's "Fr." and "Msgr.", the Filipino
// lawyer's "Atty.", the advocate's "Advocate" and "Adv." of South Africa
// and Scotland ("Lord Advocate Ann Hale"), and Ghana's elders' and
// chiefs' "Obaapanyin", "Opanyin" and "Togbe". Before a name they are titles;
// honorificNames takes them out of it.
var names34Honorifics = wordSet(`kaumātua kaumatua whaea matua berhormat auntie aunty uncle cr cr. fr fr. msgr msgr. atty
atty. obaapanyin opanyin togbe advocate adv.`)

// kinHonorifics are the words of names34Honorifics that are kin words as
// well: a title only before a full name ("Auntie Efua Quartey"), not
// before one word ("Uncle Sam", "Auntie Beeb").
var kinHonorifics = wordSet(`auntie aunty uncle`)

func init() {
	for w := range names34Honorifics {
		worldHonorifics[w] = true
		titleSeeds[w] = true
		personTitles[w] = true
		bareTitles[w] = true
	}
	// Malaysia's and Brunei's "Yang Berhormat" (a member of parliament)
	// and "Yang Amat Berhormat", a pair whose first word alone is no title
	honorificPairs["yang"] = "berhormat amat"
}

// stormWords open the name of a storm ("Cyclone Ita", "Typhoon Haima",
// "Storm Ciarán", "Hurricane Ida"): the name after one is a storm's, no
// person's nor body's (names34_storms.go).
var stormWords = wordSet(`cyclone typhoon hurricane storm`)

// familyAddressWords are what a family calls its own, written with a
// capital as a name ("Dad said", "told Mum"): alone they name no one the
// reader can list (names34_family.go).
var familyAddressWords = wordSet(`dad daddy mum mummy mom mommy mam mama mamma papa pop grandad granddad grandpa grandma
granny gran nana nanna nan oma opa nanny`)

// roleTails end words for a person's trade written as one word
// ("steelworker", "shipbuilder", "firefighter", "landowner"), with the
// roles of personRoles (names34_recognise.go, compoundRole).
var roleTails = wordSet(`worker maker builder fighter grower owner driver seller dealer trader`)

// courtTitleWords open a compound title before a name ("District Judge",
// "Circuit Judge", "Crown Prosecutor"): typed alone as a place or a body
// right before the title, the word is the title's (names34_recognise.go).
var courtTitleWords = wordSet(`district circuit county crown family youth sheriff deputy senior chief principal high`)

// names34Roles: "Counsel Ana Ruiz KC" and "Sheriff Principal Ana Ruiz":
// counsel is a role before a name, and Scotland's "Principal" (and a
// school's) a title.
func init() {
	roleNouns["counsel"] = true
	personTitles["principal"] = true
}

// muhammadForms are the short forms of Muhammad that open Malaysian,
// Bangladeshi and Pakistani names ("Mohd Faizal Abdullah", "Md Shahrul
// Nizam"), written with a full stop or none: always a name's first word
// (names34_recognise.go).
var muhammadForms = wordSet(`md mohd muhd mhd mohd mohammad muhammad mohamad mohamed mohammed muhamad`)

// officeLettersBefore are the letters of an office that British, Irish
// and Canadian news writes before a surname as a title ("MSP Drummond
// said", "MLA Ahmed"), as written; "MS" is an initial as often ("MS
// Dhoni").
var officeLettersBefore = wordSet(`MP MSP MLA MEP MPP MHA TD`)

// More honorifics (names34): "Haji" and "Hajah" of one who has made the
// pilgrimage, before a Malay or Bruneian name, and Brunei's "Paduka
// Seri".
func init() {
	for _, w := range []string{"haji", "hajah", "hajjah"} {
		worldHonorifics[w] = true
		titleSeeds[w] = true
		personTitles[w] = true
		bareTitles[w] = true
	}
	honorificPairs["paduka"] = "seri"
}

// Māori "Te" (names34) opens given names and surnames with a capital
// ("Te Aroha Ngata", "Aroha Te Whare", "Te Whare said"), as "Van" does a
// Dutch surname: a name particle. Fiji's chiefly "Ratu" before a man's
// name is an honorific.
func init() {
	nameParticles["te"] = true
	nameParticles["wa"] = true // "son of" in Kikuyu and Congolese names: "Kengo wa Dondo"
	worldHonorifics["ratu"] = true
	titleSeeds["ratu"] = true
	personTitles["ratu"] = true
	bareTitles["ratu"] = true
}

// compoundBodyFirsts open the names of movements, parties and armed
// groups written as Arabic compounds ("Hizb-ul-Mujahideen", "Jamaat-ud-
// Dawa", "Harkat-ul-Ansar"), which compoundNames leaves alone.
var compoundBodyFirsts = wordSet(`hizb harkat jamaat jamiat jamiat-e lashkar jaish tehreek tehrik ansar majlis markaz
idara anjuman jamia dar darul`)

// moreOccupations (names34) are trades news writes before a name with no
// article, capitalised at a sentence's start ("Paramedic Sione Tuilagi
// treated three people", "Midwife Aroha Kingi said"): roles of people
// (personRoles). Trades that are common surnames (Carpenter, Baker,
// Mason, Porter) are left out.
var moreOccupations = wordSet(`paramedic midwife electrician plumber mechanic welder janitor caregiver carer cleaner
lifeguard nanny tutor surgeon dentist pharmacist veterinarian accountant bricklayer fishmonger firefighter driver`)

func init() {
	for w := range moreOccupations {
		personRoles[w] = true
	}
}

// scope35: nouns of speech an owner's words complete (possessed-speech,
// scope35_possessed_speech.go), beside nounCues: "Reed's call for “…”",
// "her slogan, “…”".
var ownedSpeechNouns = wordSet(`call calls comment comments remark remarks suggestion suggestions promise promises pledge
pledges vow vows slogan catchphrase phrase words claim claims warning warnings description line refrain mantra motto quip
boast plea demand assurance threat accusation declaration admission insistence assertion`)

// complementWords join a noun of speech to the words that complete it
// (possessed-speech): "her claim that “…”", "his pledge to “…”".
var complementWords = wordSet(`that to for of about`)

// invertingVerbs come before their subject after a fronted phrase of
// place ("Among those affected was Ada Holm", "Outside the hall were
// two nurses"); coref_chains.go reads the name after one as the subject.
var invertingVerbs = wordSet(`was were is are`)

// coref36: recordNouns are more works a name may stand in apposition to,
// besides titleNouns and workNouns ("her second record, Silver Harbour,"):
// the name is the work's, no person (workApposed).
var recordNouns = wordSet(`record records single singles track tracks ep mixtape`)

// names36: firmGroupWords end a firm's name after its own words, as a
// legal suffix does ("Orsk Metals Group", "Vell Holdings"): firmShortName.
var firmGroupWords = wordSet(`group holdings limited bhd berhad pty`)

// names36: firmKindNouns join bodyKindNouns where a word of what kind
// comes before the noun and the firm's name after it ("rival app Hopcab",
// "the dating app Swoon"): mediaNames in types.go.
var firmKindNouns = wordSet(`app`)

// names36: Malaysia's "Datin Paduka", "Dato' Paduka" and "Datuk Paduka"
// are honorific pairs as "Datuk Seri" is.
func init() {
	for _, w := range []string{"datin", "dato", "datuk"} {
		honorificPairs[w] += " paduka"
	}
}

// names36: lawDeterminers before "Bill" or "Act" alone make it a law's
// word, not a person's name ("the Bill passed", "This Bill changes"):
// lawName.
var lawDeterminers = wordSet(`the this that a`)

// names36: tribeFirsts open the name of a Māori iwi or hapū, "descendants
// of" ("Ngāti Rehu", "Ngāi Tahu"), with and without the macron: tribeNames.
var tribeFirsts = wordSet(`ngāti ngati ngāi ngai`)

// names36: forecasterNouns before "polled by" or "surveyed by" make the
// name after it a firm's ("analysts polled by Vell Data"): polledBy.
var forecasterNouns = wordSet(`analysts economists forecasters strategists traders experts`)

// names36: facilityNouns are works named after the place they stand in
// ("the Obrasu thermal plant", "the Kessa gold mine"): facilityName.
var facilityNouns = wordSet(`plant mine dam refinery smelter reactor oilfield gasfield quarry`)

// recog37: roles of people news writes before a name with no article,
// from sport and shops ("referee Ivo Brandt", "centre Ola Kestrel",
// "customer Ada Holm, 74,"): roles of people (personRoles).
var recog37Roles = wordSet(`customer shopper referee umpire centre flanker batsman batter bowler passenger miner`)

func init() {
	for w := range recog37Roles {
		personRoles[w] = true
	}
}

// recog37: ranks abbreviated with no full stop, as British and Irish news
// writes them ("Sgt Ana Holm", "Insp Ivo Brandt", then "Sgt Holm"): titles
// like their forms with a stop.
var recog37Ranks = map[string]string{"sgt": "sergeant", "capt": "captain", "lt": "lieutenant", "insp": "inspector",
	"supt": "superintendent", "cpl": "corporal"}

func init() {
	for w, role := range recog37Ranks {
		titleSeeds[w], bareTitles[w], personTitles[w], roleAbbreviations[w] = true, true, true, role
	}
}

// recog37: honorifics of Nigerian and South African news, titles before a
// name as names34Honorifics are: the Yoruba chieftaincy titles "Otunba"
// and "Oloye" ("Otunba Ade Holm"), and the Zulu and Xhosa "Gogo"
// (grandmother) and "Mkhulu" (grandfather) of respect for an elder, kin
// words that are titles only before a full name (kinHonorifics).
var recog37Honorifics = wordSet(`otunba oloye gogo mkhulu`)

func init() {
	for w := range recog37Honorifics {
		worldHonorifics[w], titleSeeds[w], personTitles[w], bareTitles[w] = true, true, true, true
	}
	kinHonorifics["gogo"], kinHonorifics["mkhulu"] = true, true
}
