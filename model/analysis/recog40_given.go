package analysis

import (
	"slices"

	"github.com/byline-reader/byline/model"
)

// Given names of the world. The lists of given names (maleNames,
// femaleNames and the rest) hold the names of English-speaking,
// European and a few Arabic and Asian countries, so a rule that wants a
// known given name ("Kwame Mensah" before a role, the gender of "she"
// for "Ngozi") knew few names of Africa, South and South-East Asia and
// the Nordic countries. recog40MaleNames and recog40FemaleNames join
// givenNames and the gender the pronouns read (givenNameGenders). Names
// that are also common words, places or titles ("Gift", "Hope", "Jun",
// "Yaw") are left out; those that are common words in English alone open
// a name only before a surname (recog40WordNames).
var recog40MaleNames = wordSet(`kwame kofi kwaku kwabena kwesi kojo kwadwo ebo nii
tunde babatunde adebayo adewale ayodele oluwaseun olusegun olumide femi segun emeka chinedu chukwuemeka chidi
obinna ikechukwu nnamdi uche ifeanyi chibuzo tochukwu musa ibrahim abubakar aminu bello usman yakubu suleiman
sani garba danladi lawal nasiru otieno ochieng odhiambo omondi onyango kiprono kipchoge kibet wafula kamau
njoroge mwangi kariuki juma hamisi baraka makena thabo sipho themba mandla bongani sibusiso lungile sizwe
tshepo kagiso mpho tendai tatenda farai tapiwa tinashe kudakwashe nyasha tafadzwa mthunzi
desta tesfaye getachew haile abebe alemu berhanu dawit girma kebede mulugeta yohannes yemane tewodros
abdullahi abdirahman abdikarim mohamud waheed rashid asad imran faisal zahid shahid
 bilal usama naveed kamran pervez sajid arshad nawaz shehbaz shoaib
ravi anil sunil rajesh suresh ramesh mahesh ganesh rakesh mukesh dinesh vijay ajay sanjeev manoj pradeep
deepak arvind narendra vinod prakash harish girish satish venkat srinivas
murali karthik senthil selvam rajan murugan nitin sachin rohit
budi agus joko bambang slamet sutrisno suharto hendra dedi eko wahyu rizal firdaus
 minh tuan hung dung thanh hieu quang phong
jiho minho jisung seojun hyun dongwook sungmin youngsoo jaewon
einar tor knut bjorn björn leif geir trond stig olav gunnar
jarmo jukka mikko pekka matti juha timo antti heikki
davi joão joao rafael thiago tiago gustavo rodrigo leandro marcelo sebastián
rowel bongbong`)

var recog40FemaleNames = wordSet(`ama akosua adwoa abena akua yaa afua efua esi adjoa akua
ngozi chioma chiamaka adaeze nneka amaka ifeoma funmilayo folake yetunde bukola titilayo
 hadiza zainab hauwa amina halima khadija maryam hajara
wanjiru akinyi achieng atieno wambui wanjiku njeri nyambura muthoni wairimu zawadi rehema neema
lindiwe nomvula thandiwe zanele nomsa palesa lerato naledi busisiwe ntombi nandi
rudo tariro chipo vimbai fadzai
selam tigist meron hiwot mekdes almaz
farzana nasreen shabnam rubina shazia ayesha mehwish saima
sunita kavita lakshmi meena rekha pooja deepa geeta radha nirmala shanthi
siti dewi wulan suparmi ratna indah ayu putri
thuy hoa huong linh trang
jiyeon minji seoyeon soyoung eunji
kari sigrid solveig ingeborg
rowena maricel marites rosalinda`)

// recog40WordNames are given names that are common words in English,
// as Southern and West Africa give them: a word of these that opens a
// sentence before a surname the tagger found is the person's given name
// (openingGivenNames), and nowhere else does it make a name.
var recog40WordNames = wordSet(`precious blessing gift hope grace faith patience mercy comfort joy peace memory beauty
promise fortune innocent blessed lucky loveness godknows givemore trust prudence charity talent wisdom knowledge
happiness marvellous clever pride`)

func init() {
	for _, l := range []struct {
		set map[string]bool
		g   string
	}{{recog40MaleNames, "m"}, {recog40FemaleNames, "f"}} {
		for w := range l.set {
			if !givenLike(w) {
				givenNameGenders[w] = l.g
			}
			if !notGivenFirst[w] {
				givenNames[w] = true
			}
		}
	}
}

// missedGivenName (a linking pass): a person's given name the recogniser
// missed after the article gave the full name is still that person, as
// news from Thailand, Ethiopia, Indonesia or Brazil refers to people by
// the given name: "Pranee said", "Speaking to reporters, Pranee thanked
// police" after "Pranee Chaiyaporn". The word is the first of one
// person's full name (two people's, or one's surname too, leave it
// alone), written as it is there, after it, in the story, with no
// capital beside it but a title before, no word the article writes in
// lower case ("Will", "Mark"), and not a verb that opens a sentence
// before its object ("Ban the crates").
func missedGivenName(l *linker) {
	toks := l.tz.toks
	// the first full-name mention with each first word, by the slot of
	// its lower-case form (tz.forms), plus one (0: none, -1: two people),
	// and the tokens the mentions cover, in one buffer the article lends,
	// rather than a map and a slice made for every article
	forms, nv := l.tz.forms, len(l.tz.vocab)
	buf := l.tz.formInts(nv + len(toks))
	givenAt, covered := buf[:nv], buf[nv:]
	positive := 0 // the forms whose givenAt is above 0
	for i, m := range l.ms {
		for k := m.ts; k < m.te; k++ {
			covered[k] = 1
		}
		if m.typ != model.Person || m.te-m.ts < 2 || m.title || m.apart > 0 {
			continue
		}
		t := &toks[m.ts]
		if !t.capital || !t.isNameWord() || isInitial(t.text) || !wordOfLetters(t.text) {
			continue
		}
		f := forms[m.ts]
		switch j := givenAt[f]; {
		case j == 0:
			givenAt[f] = int32(i) + 1
			positive++
		case j > 0 && l.ms[j-1].key != m.key:
			givenAt[f] = -1
			positive--
		}
	}
	if positive == 0 {
		return
	}
	for _, m := range l.ms {
		if m.typ != model.Person {
			continue
		}
		if f := forms[m.te-1]; givenAt[f] > 0 && l.ms[givenAt[f]-1].key != m.key {
			givenAt[f] = -1 // another person's surname too
			positive--
		}
	}
	if positive == 0 {
		return // every given name is another person's too, or a surname
	}
	n := len(l.ms)
	// the tokens by their forms' slots first: most forms are no given
	// name, and the token itself is read only for those that are
	for k, f := range forms[:len(toks)] {
		if givenAt[f] <= 0 || covered[k] != 0 {
			continue
		}
		t := &toks[k]
		if !t.capital || t.para < 0 {
			continue
		}
		j := int(givenAt[forms[k]]) - 1
		if l.ms[j].ts > k || toks[l.ms[j].ts].text != t.text || t.in(wcWeekday|wcPronoun|wcStarter) || l.tz.usedInLowerCase(t.low) ||
			l.a.InFurniture(t.Span) {
			continue
		}
		if insideLongerName(toks, k, k+1) {
			continue
		}
		if sentenceOpening(l.tz, k) && k+1 < len(toks) && toks[k+1].sent == t.sent && (toks[k+1].in(wcDeterminer) || prepositions[toks[k+1].low]) {
			continue // a verb that opens a sentence: "Ban the crates", "Rob the bank"
		}
		l.ms = append(l.ms, mention{ts: k, te: k + 1, typ: model.Person, key: l.ms[j].key, name: l.ms[j].name})
	}
	if len(l.ms) > n {
		slices.SortStableFunc(l.ms, func(x, y mention) int { return x.ts - y.ts })
	}
}
