package analysis

import (
	"slices"

	"github.com/byline-reader/byline/model"
)

// A name the recogniser typed a person's that the sentence itself calls a
// place or a body: a noun of a kind of place or of business set right
// beside it says what it names, as a role noun says a person ("the
// district's oldest hill temple, Phra Thaen Dong", "Sholeh Zard, a small
// Persian bakery", "Quito consultancy Andes Cifra", "the family's
// Monte Serrano ranch"). The tagger, meeting a name of words it never saw,
// reads most of them as a person's; the noun is the evidence the sentence
// gives.

// recog45PlaceKinds are nouns of places: a name beside one is a place's.
var recog45PlaceKinds = wordSet(`temple mosque shrine pagoda monastery church cathedral chapel synagogue
dam reservoir bridge farm ranch estate plantation orchard vineyard village town city suburb district
province region county municipality neighbourhood neighborhood township commune hamlet settlement
valley river lake mountain island park reserve forest stadium arena market hotel resort airport port
camp prison museum palace castle fort mall beach oasis wetland mine oilfield quarry`)

// recog45BodyKinds are nouns of bodies and businesses: a name beside one is
// a body's.
var recog45BodyKinds = wordSet(`company firm consultancy bank agency club outlet newspaper broadcaster
restaurant bakery shop store cafe café brewery winery startup start-up lender insurer carrier airline
retailer chain carmaker automaker drugmaker chipmaker conglomerate cooperative co-operative charity
ngo organisation organization association union militia daily weekly
tabloid magazine`)

// kindNouns (a linking pass) types a name the recogniser took for a
// person's a place's or a body's when a noun of a place or of a business
// stands right beside one of its mentions (kindBeside), unless the name
// opens with a known given name or any mention of it is a person's by
// the words around it: a title before it, a speech verb or "who" after
// it, or an age or a role set off by commas (personBeside); nor when it
// ends another person's fuller name.
func kindNouns(l *linker) {
	toks := l.tz.toks
	var kinds map[string]model.EntityType
	var seen []int // the mentions with a kind beside them
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person || m.title || !toks[m.ts].capital || !toks[m.te-1].capital || l.isGivenNameWord(m.ts) {
			continue
		}
		if typ, ok := kindBesideFirst(l.tz, m.ts, m.te, l.isPlaceFirst(m.ts)); ok {
			if kinds == nil {
				kinds = map[string]model.EntityType{}
			}
			kinds[m.key] = typ
			seen = append(seen, i)
		}
	}
	if kinds == nil {
		return // most articles
	}
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person {
			continue
		}
		if _, ok := kinds[m.key]; ok {
			if !slices.Contains(seen, i) && personBeside(l.tz, m.ts, m.te) {
				delete(kinds, m.key)
			}
			continue
		}
		forgetSurnameOf(l, m, kinds)
	}
	for i := range l.ms {
		m := &l.ms[i]
		if typ, ok := kinds[m.key]; ok && m.typ == model.Person {
			m.typ = typ
		}
	}
}

// kindOf gives the type a noun of a kind says a name beside it is.
func kindOf(tz *tokenized, k int) (model.EntityType, bool) {
	x := tz.lex(k)
	if x&(lxPlaceKind|lxBodyKind) == 0 {
		return 0, false // most words: the lists' words are all in lower case
	}
	if t := &tz.toks[k]; t.capital || !isLowerWord(t.text) {
		return 0, false
	}
	if x&lxPlaceKind != 0 {
		return model.Place, true
	}
	return model.Organization, true
}

// kindBeside reports the kind a noun beside the name [ts, te) gives it:
//   - in apposition before it, "the brothers' company, Malan Bou",
//     the noun phrase opened by a determiner or a possessive, and the
//     name ending its clause or its phrase (not "In the village, Ana
//     Ruiz said");
//   - in apposition after it, "Sholeh Zard, a small Persian bakery", the
//     first noun of the phrase a kind's and not a role's;
//   - right before it, "consultancy Andes Cifra", or with a capitalised
//     word of the name's own between, no title nor acronym ("Quito
//     consultancy Andean Cifra Partners");
//   - "the" and a party's or a country's word before it: "according to
//     the Chilean Dairy Council" (a person is not "the Chilean Ana Ruiz");
//   - right after a name of two words or more, or after one or two words
//     in lower case, a determiner or a possessive before the name: "the
//     family's Monte Serrano ranch", "the family's Tan Hoa shrimp farm";
//   - and a name that opens with a word of an estate ("Fazenda").
func kindBeside(tz *tokenized, ts, te int) (model.EntityType, bool) {
	return kindBesideFirst(tz, ts, te, tz.lex(ts)&lxPlaceFirst != 0)
}

// kindBesideFirst is kindBeside, told whether the name's first word is
// one of recog45PlaceFirsts (kindNouns reads it from the linker's memo).
func kindBesideFirst(tz *tokenized, ts, te int, placeFirst bool) (model.EntityType, bool) {
	toks := tz.toks
	sent := toks[ts].sent
	inSent := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].sent == sent }
	if placeFirst {
		return model.Place, true // "Fazenda Santa Luzia", the word alone too
	}
	if inSent(ts-1) && toks[ts-1].text == "," && inSent(ts-2) {
		if typ, ok := kindOf(tz, ts-2); ok && nounPhraseBefore(tz, ts-2) && nameEndsPhrase(tz, te) {
			return typ, true
		}
	}
	if inSent(te+1) && toks[te].text == "," {
		switch toks[te+1].low {
		case "a", "an", "the":
			if typ, ok := appositiveKind(tz, te+2); ok {
				return typ, true
			}
		}
	}
	if b := ts - 1; inSent(b - 1) {
		if toks[b].in(wcPersonTitle|wcTitleSeed) && toks[b].capital {
			b-- // "the suburb of Sheikh Rahim": the title is the place's
		}
		if inSent(b-1) && toks[b].low == "of" && tz.lex(b-1)&lxSettlement != 0 && !toks[b-1].capital {
			return model.Place, true
		}
	}
	if b := ts - 1; inSent(b-1) && toks[b].capital && !isAcronym(toks[b].text) && !toks[b].in(wcPersonTitle|wcTitleSeed|wcRoleNoun) {
		if typ, ok := kindOf(tz, b-1); ok && !(inSent(b-2) && toks[b-2].low == "of") {
			return typ, true // "Lima consultancy Andean Risk Partners": a word of the name's own before it
		}
		if toks[b].in(wcDescriptor) && toks[b-1].low == "the" {
			return model.Organization, true // "the Argentine Dairy Board": no person is "the Argentine Ana Ruiz"
		}
	}
	if inSent(ts - 1) {
		if typ, ok := kindOf(tz, ts-1); ok && !(inSent(ts-2) && toks[ts-2].low == "of") {
			return typ, true
		}
	}
	if inSent(te) && te-ts > 1 && inSent(ts-1) && (toks[ts-1].in(wcDeterminer|wcPossessive) || isPossessive(toks[ts-1].text)) {
		for k := te; k < te+3 && inSent(k) && isLowerWord(toks[k].text); k++ {
			if typ, ok := kindOf(tz, k); ok && kindEnds(tz, k) {
				return typ, true // "the family's Tan Hoa shrimp farm"
			}
		}
	}
	return 0, false
}

// appositiveKind reports the kind of the phrase of an apposition whose
// words open at token k, after its article: a noun of a kind that ends the
// phrase (kindEnds), with no role noun before it ("a wealth research
// firm", "a small Persian bakery wedged between …", not "a Texas real
// estate developer" nor "a county commissioner").
func appositiveKind(tz *tokenized, k int) (model.EntityType, bool) {
	toks := tz.toks
	for j := k; j < len(toks) && j < k+5 && toks[j].sent == toks[k].sent; j++ {
		t := &toks[j]
		if !hasLetter(t.text) || t.in(wcRoleNoun) || personNouns[t.low] || relativeWords[t.low] || prepositions[t.low] {
			return 0, false
		}
		if typ, ok := kindOf(tz, j); ok && kindEnds(tz, j) {
			return typ, true
		}
	}
	return 0, false
}

// kindEnds reports whether the noun of a kind at token k ends its noun
// phrase: a mark, a preposition, a relative word or a participle after it,
// or the sentence's end ("the Kessa Vale ranch until", "a firm founded
// in"), not a noun or a verb ("a mountain man", "the camp has").
func kindEnds(tz *tokenized, k int) bool {
	toks := tz.toks
	if k+1 >= len(toks) || toks[k+1].sent != toks[k].sent {
		return true
	}
	t := &toks[k+1]
	return !hasLetter(t.text) || prepositions[t.low] || recog45After[t.low] || relativeWords[t.low] || isLowerWord(t.text) && len(t.low) > 4 && t.low[len(t.low)-2:] == "ed"
}

// recog45Settlements are nouns of places people live in, which "of" joins
// to the place's name: "the village of Kessa", "the suburb of Sheikh
// Rahim". A person's name after "of" and a noun of what someone owns ("the
// farm of …") or runs stays a person's.
var recog45Settlements = wordSet(`village town city suburb district province region county municipality
neighbourhood neighborhood township commune hamlet settlement island islands state governorate prefecture`)

// recog45After are words after a noun that end its phrase, with the
// prepositions.
var recog45After = wordSet(`until since during after before near outside and or but`)

// nounPhraseBefore reports whether the noun at k closes a noun phrase
// opened by a determiner or a possessive one to four words before it ("the
// city's famous monkey temple"), and not one a preposition opening the
// sentence puts first ("In the village, Ana Ruiz said"), where the name
// after the comma is the clause's subject.
func nounPhraseBefore(tz *tokenized, k int) bool {
	toks := tz.toks
	start := tz.sents[toks[k].sent].start
	for b := k - 1; b >= start && b >= k-4; b-- {
		t := &toks[b]
		if t.in(wcDeterminer|wcPossessive) || isPossessive(t.text) {
			for p := start; p < b; p++ {
				if toks[p].text == "," {
					return true
				}
			}
			return !toks[start].in(wcPreposition)
		}
		if !isLowerWord(t.text) && !t.capital {
			return false
		}
	}
	return false
}

// nameEndsPhrase reports whether the name ending before token te closes
// its phrase or clause: a mark, a bracket, or the sentence's end, and not
// an age set off by commas.
func nameEndsPhrase(tz *tokenized, te int) bool {
	toks := tz.toks
	if te >= len(toks) || toks[te].sent != toks[te-1].sent {
		return true
	}
	switch toks[te].text {
	case ".", ";", ":", "(", ")", "\"", "”", "’":
		return true
	case ",":
		return !(te+1 < len(toks) && (isAllDigits(toks[te+1].text) || toks[te+1].low == "who")) && !appositivePerson(tz, te)
	}
	return false
}

// personBeside reports words around the name [ts, te) that only a person
// has: a person's title before it, a speech verb or "who" after it, an
// age or a role set off by a comma after it. A speech verb after a comma
// is not one: the comma closes a phrase the name ends ("who farms near
// Dore Bafeno, said").
func personBeside(tz *tokenized, ts, te int) bool {
	toks := tz.toks
	if ts > 0 && toks[ts-1].in(wcPersonTitle) {
		return true
	}
	if te >= len(toks) || toks[te].sent != toks[ts].sent {
		return false
	}
	if t := &toks[te]; isLowerWord(t.text) && (speechCues[t.low] || t.low == "who") {
		return true
	}
	return toks[te].text == "," && te+1 < len(toks) && (isAllDigits(toks[te+1].text) || toks[te+1].low == "who") ||
		appositivePerson(tz, te)
}

// recog45StreetHeads end names of works built on the land, as streetHeads
// do: "the King Hamdan Dam", "the Vell Reservoir", "the Kessary
// Barrage". None is a surname.
var recog45StreetHeads = wordSet(`dam dams reservoir barrage weir aqueduct pipeline`)

// recog45PlaceFirsts open names of estates and farms in Portuguese and
// Spanish, as "Port" opens a town's: "Fazenda Santa Luzia", "Hacienda
// San Miguel", "Finca La Esperanza". None opens a person's name.
var recog45PlaceFirsts = wordSet(`fazenda hacienda estancia finca quinta`)

func init() {
	for w := range recog45StreetHeads {
		streetHeads[w] = true
	}
	for w := range recog45PlaceFirsts {
		placeFirsts[w] = true
	}
}

// recog45PlacePrepositions put a place after them far more often than a
// person; not "towards", which puts a person after it as often ("biased
// towards Ana Ruiz").
var recog45PlacePrepositions = wordSet(`in near around outside across throughout inside`)

// prepositionPlaces (a linking pass): a name of two words or
// more the recogniser typed a person's, every mention of which stands
// right after a preposition of place, one at least other than "in" ("farms
// around Dore Bafeno", "a clinic near Dore Bafeno"), is a
// place's: a person is seldom where something happens, and "in" alone
// puts people after it too ("faith in Ana Ruiz"). placeAfterPreposition
// does the same for a name of one word written once. A known given name
// first, a possessive after a mention, or a surname of another person
// keeps it a person's.
func prepositionPlaces(l *linker) {
	toks, ms := l.tz.toks, l.ms
	var cand map[string]bool // key -> no mention against it, and one after a preposition other than "in"
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Person || m.title || m.te-m.ts < 2 || m.ts == 0 || !toks[m.ts].capital {
			continue
		}
		if l.tz.lex(m.ts-1)&lxPlacePrep45 != 0 {
			p := toks[m.ts-1].low
			if cand == nil {
				cand = map[string]bool{}
			}
			if p != "in" {
				cand[m.key] = true
			} else if _, ok := cand[m.key]; !ok {
				cand[m.key] = false
			}
		}
	}
	if cand == nil {
		return // most articles
	}
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Person {
			continue
		}
		if _, ok := cand[m.key]; ok {
			p := ""
			if m.ts > 0 {
				p = toks[m.ts-1].low
			}
			if !recog45PlacePrepositions[p] || !toks[m.ts].capital || givenOrNamedAt(l.tz, m.ts) ||
				m.te < len(toks) && isPossessive(toks[m.te].text) || personBeside(l.tz, m.ts, m.te) ||
				m.te+1 < len(toks) && toks[m.te].text == "," && toks[m.te+1].in(wcRoleNoun) {
				delete(cand, m.key)
			}
			continue
		}
		forgetSurnameOf(l, m, cand)
	}
	for i := range ms {
		if m := &ms[i]; m.typ == model.Person && cand[m.key] {
			m.typ = model.Place
		}
	}
}

// forgetSurnameOf drops from keys every name whose last word ends m, a
// person's name of two words or more: "Ruiz" is Ana Ruiz's, not a
// candidate of its own.
func forgetSurnameOf[V any](l *linker, m *mention, keys map[string]V) {
	if m.te-m.ts < 2 {
		return
	}
	for k := range keys {
		if l.lastWord(*m) == lastKeyWord(k) {
			delete(keys, k)
		}
	}
}
