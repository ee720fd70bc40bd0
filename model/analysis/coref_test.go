package analysis

import (
	"strings"
	"testing"
)

// speakerOf analyses the paragraphs and returns the speaker of the
// quotation that contains quote.
func speakerOf(t *testing.T, paras []string, quote string) string {
	t.Helper()
	a := article(paras...)
	Analyze(a)
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, quote) {
			return q.Speaker
		}
	}
	t.Fatalf("no quotation %q in %q", quote, paras)
	return ""
}

// speakerCase is a table row of the coreference tests: the speaker the
// quotation containing quote must be given in an article of paras.
type speakerCase struct {
	name           string
	paras          []string
	quote, speaker string
}

// runSpeakerCases checks each case in a subtest of its own name.
func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := speakerOf(t, c.paras, c.quote); got != c.speaker {
				t.Errorf("speaker %q, want %q", got, c.speaker)
			}
		})
	}
}

// TestShortNames: a bare surname names the person the article is talking
// about, with the title's gender, not whichever namesake was written last;
// and when nothing tells, the nearest full name before it.
func TestShortNames(t *testing.T) {
	cases := []speakerCase{
		{"relative in passing", []string{
			"Actor Tobin Marsh backs the harbour plan.",
			"Marsh, the younger brother of the painter Ada Marsh, joined the campaign in May.",
			"“The quay is falling apart,” Marsh said.",
		}, "quay", "Tobin Marsh"},
		{"a relative described in passing", []string{
			"Senator Ada Marsh toured the harbour on Monday.",
			"She has sent her lawyer husband, Tobin Marsh, to the hearings in Dunmore.",
			"“The quay is falling apart,” Marsh said.",
		}, "quay", "Ada Marsh"},
		{"relatives in a list", []string{
			"Lena Brandt left the race on Sunday. “The voters have spoken,” Ms. Brandt said.",
			"The party of Otto Brandt and Karl Brandt is no more.",
			"“We will be back,” Ms. Brandt said later.",
		}, "back", "Lena Brandt"},
		{"title agrees", []string{
			"Peter Penrose and his wife Mary Penrose opened the shop in 1990.",
			"“We never closed a day,” Mr. Penrose said.",
		}, "never closed", "Peter Penrose"},
		// regressions: a namesake introduced as a subject does take the surname
		{"the subject introduced last", []string{
			"Dora Penrose opened the shop in 1990.",
			"Her son Peter Penrose runs it now. “We never closed a day,” Penrose said.",
		}, "never closed", "Peter Penrose"},
		{"a spouse joined to the subject", []string{
			"Ada Marsh doubts the harbour plan.",
			"Marsh and her husband, former Mayor Tobin Marsh, attended the gala in Dunmore.",
			"“The quay is falling apart,” Marsh said.",
		}, "quay", "Ada Marsh"},
		{"a spouse joined to the subject, no title", []string{
			"Ada Marsh doubts the harbour plan.",
			"Marsh and her husband, Tobin Marsh, attended the gala in Dunmore.",
			"“The quay is falling apart,” Marsh said.",
		}, "quay", "Ada Marsh"},
		{"a first name keeps to its own", []string{
			"Betsy Vance met voters in Kessary with her husband Tom Vance.",
			"“This is our tenth campaign,” Tom told a neighbour.",
			"“We live in Holm,” Vance said.",
		}, "live in Holm", "Betsy Vance"},
	}
	runSpeakerCases(t, cases)
}

// TestFamilyNameFirst: where news writes the family name first (Chinese,
// Korean, Vietnamese, Hungarian names), "Mr. X" names the first word of the
// full name, and the margin shows the whole name of that person.
func TestFamilyNameFirst(t *testing.T) {
	cases := []speakerCase{
		{"Chinese", []string{
			"Finance Minister Xu Mingde defended the harbour levy in Dunmore on Monday.",
			"“The reform will go on,” Mr. Xu said.",
		}, "reform will go on", "Xu Mingde"},
		{"Korean, with a hyphenated given name", []string{
			"Kang Dae-jun, a lawmaker from Vellmouth, voted against the bill.",
			"“It is a bad law,” Mr. Kang told reporters.",
		}, "bad law", "Kang Dae-jun"},
		{"Vietnamese, by the given name", []string{
			"Nguyen Van Thanh, the mayor of Dunmore, opened the bridge.",
			"“It took ten years,” Mr. Thanh said.",
		}, "ten years", "Nguyen Van Thanh"},
	}
	runSpeakerCases(t, cases)
}

// TestSurnamePronoun: with no title, the pronoun that goes on with a bare
// surname tells which of a couple it is, where the couple's given names
// differ in gender; a pronoun that fits none of them is about someone
// else, as is one of the gender of a pronoun before the name in its
// sentence ("he told Ricker about his plan") and the object of the
// name's own clause ("Ricker told her").
func TestSurnamePronoun(t *testing.T) {
	cases := []speakerCase{
		{"he, after his wife was the subject", []string{
			"Senator Tom Ricker and his wife, Ilse Ricker, arrived at the rally in Dunmore.",
			"Ilse Ricker waved to the crowd.",
			"“We will win this state,” Ricker said, before he left the stage.",
		}, "win this state", "Tom Ricker"},
		{"she, after her husband was the subject", []string{
			"Governor Ilse Ricker and her husband, Tom Ricker, arrived at the rally in Dunmore.",
			"Tom Ricker waved to the crowd.",
			"“We will win this state,” Ricker said, and she thanked the crowd.",
		}, "win this state", "Ilse Ricker"},
		{"a pronoun about someone else", []string{
			"Ilse Ricker, the mayor of Dunmore, spoke at the rally.",
			"“The bridge will open in May,” Ricker said, adding that he had lied about it.",
		}, "bridge will open", "Ilse Ricker"},
		{"a pronoun that goes on with one before the name", []string{
			"Governor Ilse Ricker and her husband, Tom Ricker, spoke in Dunmore.",
			"Ilse Ricker waved to the crowd.",
			"Osei said he told Ricker about his plan for the quay. “It is a good plan,” Ricker said.",
		}, "good plan", "Ilse Ricker"},
		{"an object pronoun of the name's own clause", []string{
			"Governor Ana Ricker and her husband, Tomas Ricker, spoke in Dunmore.",
			"Tomas Ricker waved to the crowd.",
			"“We will build the quay,” Ricker told her.",
		}, "build the quay", "Tomas Ricker"},
	}
	runSpeakerCases(t, cases)
}

// TestPronounChains: a pronoun refers to the most salient person of its
// gender: a quotation's speaker and a sentence's subject above an object,
// a name in a prepositional phrase or one that only owns another noun.
func TestPronounChains(t *testing.T) {
	cases := []speakerCase{
		{"subject over object", []string{
			"Priya Shah met Governor Ann Reed on Monday. “The quay will be rebuilt,” she said.",
		}, "quay", "Priya Shah"},
		{"the speaker goes on", []string{
			"Officials expect Lee Novak to appeal, Tomas Diaz said.",
			"“The ruling is final,” he said.",
		}, "ruling", "Tomas Diaz"},
		{"a possessor is no subject", []string{
			"Tomas Diaz's campaign manager, Peter Holm, spoke on Monday.",
			"“We have the votes,” he said.",
		}, "votes", "Peter Holm"},
		{"a subject over a possessor nearer the pronoun", []string{
			"Ivan Petrov, chairman of the harbour committee, did not question Lars Holm's report, but he did call for a review.",
			"“We need answers before the winter,” he said.",
		}, "answers", "Ivan Petrov"},
		{"the reporter of the previous sentence", []string{
			"Senator Ivan Petrov said on Sunday that the mayor had crossed a line.",
			"Like the remarks about Lars Holm, Petrov said, the jabs at the fishermen were wrong. “This has gone too far,” he said.",
		}, "too far", "Ivan Petrov"},
		{"a conditional clause", []string{
			"Peter Holm praised the plan at length.",
			"John Brandt, the mayor, said the port would suffer if Holm won. “That is not an issue,” he said.",
		}, "not an issue", "John Brandt"},
		{"a name in reported content", []string{
			"Peter Holm, 49, a retired ferry pilot, said Tomas Brandt should answer for the harbour. He attended the rally in Dunmore.",
			"“The quay is falling apart,” he said.",
		}, "quay", "Peter Holm"},
		{"a name before a trailing tag", []string{
			"Tomas Brandt won over the crowds with promises to rebuild the quay, Peter Holm said.",
			"“He was very convincing,” he said.",
		}, "convincing", "Peter Holm"},
		{"an inverted tag inside the sentence", []string{
			"And Tomas Brandt, said Peter Holm, who worked for him in Dunmore, never forgets.",
			"“There is no going back,” he said.",
		}, "going back", "Peter Holm"},
		{"a relative clause ends in the main clause", []string{
			"Peter Holm, who flew ferries between Dunmore and the islands for the port authority for nearly thirty years, said Tomas Brandt should answer for the harbour.",
			"“The quay is falling apart,” he said.",
		}, "quay", "Peter Holm"},
		{"the subject of a clause after that", []string{
			"Peter Holm turned on the Dunmore Courier, pointing out that the paper's Tomas Brandt had reported in June that the campaign was failing.",
			"“Apparently not,” he said.",
		}, "Apparently", "Peter Holm"},
	}
	runSpeakerCases(t, cases)
}

// TestDescriptions: "the senator" names the person the article gave that
// role, when that person is the one it is talking about; otherwise it
// stays the description.
func TestDescriptions(t *testing.T) {
	cases := []speakerCase{
		{"a title before the name", []string{
			"Sen. Ivan Petrov opened the hearing on Monday.",
			"“We need answers before the winter,” the senator said.",
		}, "answers", "Ivan Petrov"},
		{"an apposition", []string{
			"Mia Lund, the actress, and Ola Brandt, the director, arrived in Kessary on Friday.",
			"“It was a long night,” the actress said.",
		}, "long night", "Mia Lund"},
		// the description stays when nobody has the role, or when a person
		// whose role is untold is the one in view
		{"nobody has the role", []string{
			"Ivan Petrov opened the hearing on Monday.",
			"“We need answers before the winter,” the mayor said.",
		}, "answers", "the mayor"},
		{"an untold role in view", []string{
			"Sen. Ivan Petrov spoke first.",
			"Later, Lars Holm toured the harbour. “We need answers before the winter,” the senator said.",
		}, "answers", "the senator"},
		// a party word is a description of the person, never a name
		{"the place and party", []string{
			"Harbour Committee Chairman Ann Reed on Tuesday asked for an audit of the port.",
			"The Dunmore Republican wants to know whether “the levy was ever collected.”",
		}, "ever collected", "Ann Reed"},
		{"a party word after a role", []string{
			"Rep. Ann Reed, the Dunmore Republican who chairs the committee, spoke first.",
			"“We need answers before the winter,” the Dunmore Republican said.",
		}, "answers", "Ann Reed"},
		{"a party's body", []string{
			"Rep. Ann Reed, the Dunmore Republican who chairs the committee, spoke first.",
			"“We need answers before the winter,” the Dunmore Republican Party said.",
		}, "answers", "Dunmore Republican Party"},
	}
	runSpeakerCases(t, cases)
}

// TestUnnamedSources: a phrase that names no one links to the entity the
// article makes plain, and stays the phrase when nothing decides.
func TestUnnamedSources(t *testing.T) {
	cases := []speakerCase{
		// owner: the owner's own words are the owner; the owner's people are shown as the owner's
		{"her statement", []string{"Senator Ann Reed toured the harbour on Monday.", "“The visit was long overdue,” her statement said."}, "overdue", "Ann Reed"},
		{"her campaign", []string{"Senator Ann Reed toured the harbour on Monday.", "Her campaign said the visit was “long overdue and welcome”."}, "welcome", "Ann Reed’s campaign"},
		{"his spokesman", []string{"Tomas Brandt toured the harbour on Monday.", "“The visit was long overdue,” his spokesman said."}, "overdue", "Tomas Brandt’s spokesman"},
		{"a name of its own", []string{"Tomas Brandt toured the harbour on Monday.", "“The visit was long overdue,” his aide Ola Berg said."}, "overdue", "Ola Berg"},
		{"an owner nobody can tell", []string{"The harbour reopened on Monday.", "“The visit was long overdue,” his spokesman said."}, "overdue", "his spokesman"},
		// organisation description: the latest organisation of that kind
		{"the company", []string{"Harbour Freight Inc. cut 300 jobs on Monday.", "“The cuts were painful but necessary,” the company said."}, "painful", "Harbour Freight Inc."},
		{"the agency", []string{"The Vessel Safety Agency and the Kessary Rowing Club closed the harbour on Monday.", "“The moorings are unsafe,” the agency said."}, "moorings", "Vessel Safety Agency"},
		{"the ministry", []string{"The Ministry of Transport closed the harbour on Monday.", "“The moorings are unsafe,” the ministry said in a statement."}, "moorings", "Ministry of Transport"},
		{"no organisation of that kind", []string{"The Kessary Rowing Club closed the harbour on Monday.", "“The moorings are unsafe,” the agency said."}, "moorings", "the agency"},
		// document: whoever issued the statement the article mentioned last
		{"the statement", []string{"Ann Reed released a statement on Monday after the vote.", "“The harbour will stay open,” the statement said."}, "stay open", "Ann Reed"},
		{"a statement from", []string{"Tomas Brandt said a statement from the Harbour Council was due.", "“The harbour will stay open,” the statement said."}, "stay open", "Harbour Council"},
		{"a statement someone spoke of", []string{"Tomas Brandt said a statement was due.", "“The harbour will stay open,” the statement said."}, "stay open", "the statement"},
		{"according to a document", []string{"The harbour is “a national disgrace,” according to a report by the Coast Institute."}, "disgrace", "Coast Institute"}, // the report speaks for its author (documentAgent)
		// they: a coordinated pair that is the subject of the sentence before
		{"they after a pair", []string{"Priya Shah and Tomas Osei studied the harbour towns.", "“Religion is no bar to belonging,” they write."}, "belonging", "Priya Shah and Tomas Osei"},
		{"they in the next sentence", []string{"Priya Shah and Tomas Osei studied the harbour towns. In Europe, they write, “religion is a bar to belonging.”"}, "bar to", "Priya Shah and Tomas Osei"},
		{"a pair that is an object", []string{"The council thanked Priya Shah and Tomas Osei on Monday.", "“Religion is no bar to belonging,” they write."}, "belonging", ""},
	}
	runSpeakerCases(t, cases)
}

// TestTitleAgreement: a surname after a title of office joins the person
// the article gives that office, not a relative who shares the surname.
func TestTitleAgreement(t *testing.T) {
	both := []string{"President Thomas W. Reed signed the harbour act in 2003.", "Dunmore Gov. Nils Reed, his brother, opposed it."}
	cases := []struct {
		name, last, quote, speaker string
	}{
		{"the president", "“It was the right call,” President Reed said later.", "right call", "Thomas W. Reed"},
		{"the governor", "“It was the wrong call,” Gov. Reed said later.", "wrong call", "Nils Reed"},
		{"a spelling of the office", "“It was the wrong call,” Governor Reed said later.", "wrong call", "Nils Reed"},
		// no title: the discourse decides, as before
		{"no title", "“It was the wrong call,” Reed said later.", "wrong call", "Nils Reed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := speakerOf(t, append(append([]string{}, both...), c.last), c.quote); got != c.speaker {
				t.Errorf("speaker %q, want %q", got, c.speaker)
			}
		})
	}
}

// TestBoundSubject: a pronoun refers to the one person its own sentence has
// named as a subject before it, however salient the speaker of the
// sentence before.
func TestBoundSubject(t *testing.T) {
	cases := []speakerCase{
		{"possessive after a subordinate subject", []string{
			"“We will win the harbour vote,” Ivo Brandt told reporters in Kessary.",
			"As the debate went on and Tomas Reed stood by his remark that “the port is lost,” Brandt pressed on.",
		}, "port is lost", "Tomas Reed"},
		{"possessive after a main subject", []string{
			"“The levy stays,” Ivo Brandt told reporters in Kessary.",
			"Tomas Reed in his reply called the levy “a tax on fishermen.”",
		}, "tax on fishermen", "Tomas Reed"},
		{"a pronoun between resolved elsewhere", []string{
			"“Turnout is everything,” said Dale Ferris, a pollster for the harbour party.",
			"Senator Tomas Reed of Holm, who campaigned alongside Mrs. Brandt in his home town, said she must focus on what he called “a restless mood.”",
		}, "restless mood", "Tomas Reed"},
	}
	runSpeakerCases(t, cases)
}

// TestAppositionName: a role phrase beside a person's name, between dashes
// or after it with a comma, is that person.
func TestAppositionName(t *testing.T) {
	cases := []speakerCase{
		{"between dashes", []string{
			"Voters in Holm went to the polls on Saturday.",
			"Ann Reed — a teacher from Holm — says the mayor's backing was “a big deal.”",
		}, "big deal", "Ann Reed"},
		{"the end of what the dashes hold", []string{
			"The harbour board met on Monday.",
			"Helen Marsh — named by the party as Brandt’s likely successor — told reporters that “the port is ours.”",
		}, "port is ours", "Helen Marsh"},
		{"a name the phrase introduces", []string{
			"Crowds gathered at the quay on Monday.",
			"“We want the ferry back,” said a fisherman named Tomas Reed, who has worked the harbour for years.",
		}, "ferry back", "Tomas Reed"},
		{"a verb after a definite phrase names no one", []string{
			"The harbour board met on Tuesday.",
			"The board's chair called Ann Reed’s plan “a costly folly.”",
		}, "costly folly", "the board's chair"},
		{"a name after the phrase", []string{
			"Tomas Brandt left the harbour board in 1990.",
			"“It was his first break with his father,” said his oldest friend at Holm College, Nils Osei, who later joined the board himself.",
		}, "first break", "Nils Osei"},
	}
	runSpeakerCases(t, cases)
}

// TestSubjectPair: two people joined by "and" at the start of a clause
// both speak; the same pair as an object does not.
func TestSubjectPair(t *testing.T) {
	cases := []speakerCase{
		{"a pair as the subject", []string{
			"The harbour talks ended on Monday.",
			"Ann Reed and Tomas Osei issued a statement describing the talks as “a step toward peace.”",
		}, "step toward peace", "Ann Reed and Tomas Osei"},
		{"a pair as the object", []string{
			"The harbour talks ended on Monday.",
			"Ida Brandt thanked Ann Reed and Tomas Osei, calling them “old friends of the port.”",
		}, "old friends", "Ida Brandt"},
	}
	runSpeakerCases(t, cases)
}

// TestNameWords checks the allocation-free walk over a name's words that
// personEvidence makes: the words strings.Fields would give, each
// classed as its lower-case form is.
func TestNameWords(t *testing.T) {
	wordClassesOnce.Do(buildWordClasses)
	for _, name := range []string{"", "Ann Shah", "  Marrow\tBay ", "Western\u00a0Europe", "José  Ruiz Athletic",
		"SOUTHAMPTONSHIRECOUNTYHARBOURBOARDWALK Street", "Ärzte Ohne Grenzen"} {
		var got []string
		for w, rest := nextField(name); w != ""; w, rest = nextField(rest) {
			got = append(got, w)
			if c, want := classOfWord(w), wordClasses[strings.ToLower(w)]; c != want {
				t.Errorf("classOfWord(%q) = %b, want %b", w, c, want)
			}
		}
		if want := strings.Fields(name); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("words of %q = %q, want %q", name, got, want)
		}
	}
	if classOfWord("Bay")&notPersonNameWords == 0 || classOfWord("Shah")&notPersonNameWords != 0 {
		t.Errorf("Bay should be a place word and Shah none")
	}
}

// TestClauseOpenerClass checks that the subordinators' word-class bit,
// which buildChains tests instead of calling clauseOpener on every word,
// marks exactly the words clauseOpener calls 's', and that the openers'
// bit marks the opening words.
func TestClauseOpenerClass(t *testing.T) {
	wordClassesOnce.Do(buildWordClasses)
	words := []string{"who", "whom", "whose", "which", "that", "the", "said", "in", "during", "as", "so"}
	for w := range subordinators {
		words = append(words, w)
	}
	for _, w := range words {
		c := wordClasses[w]
		if got, want := c&wcSubordinator != 0, clauseOpener(w) == 's'; got != want || subordinators[w] != want {
			t.Errorf("%q: subordinator bit %v, clauseOpener 's' %v, in subordinators %v", w, got, want, subordinators[w])
		}
		if got := c&wcOpening != 0; got != openingWords[w] {
			t.Errorf("%q: opening bit %v, in openingWords %v", w, got, openingWords[w])
		}
	}
}

// TestCorefWordClasses checks that each word-class bit coreference and
// attribution test in place of a map marks exactly the words of its list.
func TestCorefWordClasses(t *testing.T) {
	wordClassesOnce.Do(buildWordClasses)
	leadingCues := map[string]bool{}
	for _, set := range []map[string]bool{nounCues, reportCues, gerundCues, characterisingVerbs} {
		for w, in := range set {
			leadingCues[w] = leadingCues[w] || in
		}
	}
	for _, l := range []struct {
		name string
		set  map[string]bool
		c    wordClass
	}{
		{"subordinators", subordinators, wcSubordinator}, {"openingWords", openingWords, wcOpening},
		{"determiners", determiners, wcDeterminer}, {"possessives", possessives, wcPossessive},
		{"prepositions", prepositions, wcPreposition},
		{"speechCues", speechCues, wcSpeechCue}, {"subjectSkips", subjectSkips, wcSubjectSkip},
		{"the cues leading asks", leadingCues, wcLeadingCue},
		{"personTitles", personTitles, wcPersonTitle}, {"roleNouns", roleNouns, wcRoleNoun},
		{"weekdays", weekdays, wcWeekday}, {"titleSmallWords", titleSmallWords, wcTitleSmall},
		{"descriptorWords", descriptorWords, wcDescriptor}, {"calendarWords", calendarWords, wcCalendar},
	} {
		for w, in := range l.set {
			if in && wordClasses[w]&l.c == 0 {
				t.Errorf("%q is in %s but lacks its bit", w, l.name)
			}
		}
		for w, c := range wordClasses {
			if c&l.c != 0 && !l.set[w] {
				t.Errorf("%q has the bit of %s but is not in it", w, l.name)
			}
		}
	}
}

// TestDocumentAgent: a report, study or editorial speaks for the author or
// publisher named after it; a place after "in" is no author.
func TestDocumentAgent(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an editorial in a paper", []string{"The harbour plan passed on Monday.",
			"“The council has shown no spine,” reads a Wednesday editorial in the Dunmore Gazette."}, "no spine", "Dunmore Gazette"},
		{"a study by its author", []string{"The harbour plan passed on Monday.",
			"“Trade fell by a third,” concluded a 2013 study by economist Ines Carvalho."}, "Trade fell", "Ines Carvalho"},
		{"a poll in a place", []string{"The harbour plan passed on Monday.",
			"“Voters are tired,” concluded a new poll in Vellmouth."}, "Voters are tired", "a new poll"},
	})
}

// TestRelativeInPassing: a relative named through the subject ("her
// brother, Tomas Carvalho") does not take the surname they share over, and
// the kin noun gives the relative a gender.
func TestRelativeInPassing(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a brother in apposition", []string{"Maria Carvalho met her brother, John Carvalho, in May.",
			"“We are done,” Carvalho said."}, "We are done", "Maria Carvalho"},
		{"a husband in a relative clause", []string{"Maria Carvalho, whose husband John Carvalho ran the port, left in May.",
			"“We are done,” Carvalho said."}, "We are done", "Maria Carvalho"},
		{"the subject's full name still wins later", []string{"Maria Carvalho met her brother, John Carvalho, in May.",
			"John Carvalho then took the floor.", "“We are done,” Carvalho said."}, "We are done", "John Carvalho"},
	})
}

// TestRoleBeforeComma: a description a name stands in apposition to ("The
// mayor, Piet Marsh,") gives that person the role, so "the mayor" later
// names them.
func TestRoleBeforeComma(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a determiner", []string{"The mayor, Peter Marsh, spoke after Maria Carvalho.", "“We are done,” the mayor said."}, "We are done", "Peter Marsh"},
		{"a possessive", []string{"The company's chief executive, John Brandvold, resigned on Monday.", "“It was time,” the executive said."}, "It was time", "John Brandvold"},
	})
}
