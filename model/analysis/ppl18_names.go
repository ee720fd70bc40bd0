package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// repairNameParts (a recogniser pass) runs this file's three steps over each
// mention in one loop: particleBetweenNames, digraphInitials and
// hyphenGivenBeforeSurname.
func repairNameParts(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	drop := false
	for i := range raw {
		// each step's cheapest test first, here, for the many mentions
		// none of them takes
		r := &raw[i]
		if r.te <= r.ts || r.title || r.handle {
			continue
		}
		if i > 0 && r.ts == raw[i-1].te+1 && particleBetweenNames(tz, raw, i) {
			drop = true
		}
		if r.ts < 1 || r.typ != model.Person || r.te-r.ts != 1 {
			continue
		}
		if r.ts >= 2 && len(toks[r.ts-2].text) == 2 {
			digraphInitials(tz, raw, i)
		}
		if toks[r.ts-1].capital && hyphenGivenBeforeSurname(tz, raw, i) {
			drop = true
		}
	}
	if drop {
		return withoutEmpty(raw)
	}
	return raw
}

// hyphenGivenBeforeSurname (a step of repairNameParts) puts a double-barrelled
// given name back on the person's name right after it, where the article
// shows that name's last word to be a surname: "Veino-Kaisa Hakkarainen won
// …" and later "Hakkarainen said". The tagger, knowing neither part of the
// given name, leaves it out or types it a body or a place apart, so the
// person is known by the surname alone. hyphenGivenNames takes such a
// word only when its first part is a known given name ("Marie-Claire");
// here the evidence is the article's own: the surname stands alone for a
// person elsewhere, as a surname does. The name is that one word (a rank
// before a full name, "Major-General Ivo Reed", is no given name), the
// hyphenated word no title or role. The word is double-barrelled
// (givenDoubleBarrelled: "Veino-Kaisa", not "Anglo-French" or "U-Turn"),
// untagged or a mention of one word of its own, with no capitalised name
// word before it (not "the Muhammad Ali-Joe Frazier fight"), in the
// person's sentence with nothing between.
func hyphenGivenBeforeSurname(tz *tokenized, raw []rawMention, i int) (drop bool) {
	toks := tz.toks
	r := &raw[i]
	k := r.ts - 1
	if r.typ != model.Person || k < 0 || r.te-r.ts != 1 || toks[k].sent != toks[r.ts].sent {
		return false
	}
	t := &toks[k]
	if !t.capital || strings.IndexByte(t.low, '-') < 0 || t.in(wcPersonTitle) || tz.lex(k)&lxPersonRole != 0 || !givenDoubleBarrelled(t) {
		return false
	}
	if k > 0 && toks[k-1].sent == t.sent && toks[k-1].capital && toks[k-1].isNameWord() {
		return false
	}
	var p *rawMention // the word's own mention, if it has one
	if i > 0 && raw[i-1].te > k {
		p = &raw[i-1]
		if p.ts != k || p.te != k+1 || p.title || p.handle {
			return false
		}
	}
	if !surnameAlone(tz, raw, i) {
		return false
	}
	r.ts = k
	if p != nil {
		p.te = p.ts
		return true
	}
	return false
}

// surnameAlone reports whether the last word of raw[i] stands alone for a
// person in another mention of the article: a one-word mention the tagger
// typed a person.
func surnameAlone(tz *tokenized, raw []rawMention, i int) bool {
	toks := tz.toks
	f := tz.forms[raw[i].te-1]
	for j := range raw {
		o := &raw[j]
		if j != i && o.typ == model.Person && o.te-o.ts == 1 && tz.forms[o.ts] == f && toks[o.ts].capital {
			return true
		}
	}
	return false
}

// givenDoubleBarrelled is doubleBarrelled for a given name, whose first
// part may end in "o" ("Veino-Kaisa", "Mario-Luca"), so long as that part
// is no prefix of peoples ("Anglo-", "Sino-", "Afro-").
func givenDoubleBarrelled(t *token) bool {
	h := 0
	for h < len(t.low) && t.low[h] != '-' {
		h++
	}
	if h < len(t.low) && capitalPrefixes[t.low[:h]] {
		return false
	}
	if h <= 6 && h > 0 && t.low[h-1] == 'o' {
		// doubleBarrelled's test of the prefix, passed by the first
		// part with its last letter for another lower-case one
		return doubleBarrelled(t.text[:h-1] + "a" + t.text[h:])
	}
	return doubleBarrelled(t.text)
}

// capitalPrefixes are the first parts of compounds of peoples or
// places that end in "o" ("Anglo-Irish", "Sino-Soviet", "Afro-Cuban"),
// and prefixes written with a capital before a name ("Anti-Donald Trump
// groups", "Pro-Ruiz", "Ex-Minister").
var capitalPrefixes = wordSet(`anglo franco sino afro indo greco austro italo judeo russo euro hispano luso germano
turco nippo ibero polono celto gallo dano scoto mexico latino anti pro ex neo post pre non pan mid pseudo quasi`)

// givenAlone reports whether the first word of mention m, which stands
// alone for a person elsewhere, is that person's given name there, as
// Ethiopians and Eritreans go by theirs ("Yonas Kebede Alemu" …
// "Yonas said"): the name is three name words of letters (given name,
// father's, grandfather's), none after the first written in lower case in
// the article or standing alone for a name of its own ("Volgograd" of
// "Rotor Volgograd"), and its first word ends and opens no other name of
// two words or more (then it is another person's surname, or a firm's or
// a family's word: "Trump" of "Donald Trump"). surnameMakesPerson asks it
// of a name typed a body or a place with no head word.
func (l *linker) givenAlone(m *mention) bool {
	toks, f := l.tz.toks, l.tz.forms[m.ts]
	if m.te-m.ts != 3 {
		return false
	}
	for k := m.ts; k < m.te; k++ {
		if t := &toks[k]; !t.capital || !t.isNameWord() || !wordOfLetters(t.text) || k > m.ts && l.tz.usedInLowerCase(t.low) {
			return false
		}
	}
	for i := range l.ms {
		o := &l.ms[i]
		if o.title || o.key == m.key {
			continue
		}
		if o.te-o.ts >= 2 && (l.tz.forms[o.te-1] == f || l.tz.forms[o.ts] == f) {
			return false
		}
		if o.te-o.ts == 1 && (o.ts < m.ts || o.ts >= m.te) {
			for k := m.ts + 1; k < m.te; k++ {
				if l.tz.forms[k] == l.tz.forms[o.ts] {
					return false // "Volgograd" of "Rotor Volgograd" alone: a name of its own
				}
			}
		}
	}
	return true
}

// digraphInitials (a step of repairNameParts) puts on a person's name the initial
// of two letters before it, a consonant written with two letters in Latin
// script: Mongolian news names people by the initial of the father's
// name, and Russian and Central Asian names are initialled so too
// ("Ch. Enkhbold", "Ts. Batbayar", "Yu. Levada"). The tagger leaves the
// initial out, and the sentence splitter, which knows initials of one
// letter only, ends a sentence at its full stop, so the name is read
// alone; the person's margin shows the surname cut from the initial.
// The initial is a capital and a lower-case letter of digraphInitials, a
// full stop after it, and the name of one word right after, which the
// tagger typed a person's; the initial opens its sentence or follows a
// comma or an opening mark, as a name's first word does.
func digraphInitials(tz *tokenized, raw []rawMention, i int) {
	toks := tz.toks
	r := &raw[i]
	k := r.ts - 2
	if k < 0 || len(toks[k].text) != 2 || r.typ != model.Person || r.te-r.ts != 1 || toks[k+1].text != "." ||
		!toks[k].capital || !digraphInitial[toks[k].text] || i > 0 && raw[i-1].te > k {
		return
	}
	if k > 0 && toks[k-1].sent == toks[k].sent && toks[k-1].text != "," && !isOpeningMark(toks[k-1].text) {
		return
	}
	r.ts = k
}

// digraphInitial are the initials of two letters, each a consonant of
// Mongolian, Russian or Uzbek written with two letters: "Ch.", "Ts.",
// "Yu.".
var digraphInitial = map[string]bool{"Ch": true, "Sh": true, "Zh": true, "Kh": true, "Ts": true, "Dz": true,
	"Gh": true, "Yu": true, "Ya": true, "Ye": true, "Yo": true}

// isOpeningMark reports whether w is an opening quotation mark or bracket.
func isOpeningMark(w string) bool {
	return w == "“" || w == "\"" || w == "‘" || w == "(" || w == "—" || w == "–"
}

// headBefore is the token of a body's head noun before "of" or "for"
// at k+1 (bodyOfFields): k itself, or the head before "in charge" or
// "responsible", which news from many countries writes in a ministry's
// name ("the Ministry in charge of Water Resources", "the Office
// responsible for Housing"). Where neither stands there, k.
func headBefore(toks []token, k int) int {
	switch toks[k].low {
	case "charge":
		if k >= 2 && toks[k-1].low == "in" && toks[k-2].capital && toks[k-2].sent == toks[k].sent {
			return k - 2
		}
	case "responsible":
		if k >= 1 && toks[k-1].capital && toks[k-1].sent == toks[k].sent {
			return k - 1
		}
	}
	return k
}

// placeBeforeGeoNoun (of kindsByNeighbours): one capitalised word the recogniser
// took for a person's is a place's where the article writes it before a
// noun for a landform, a water or a region in lower case ("the offshore
// Lugenda basin", "Tete Norte province", "across the Vell delta"): a person's
// name stands so before no such noun. theWordPlace takes the word right
// after "the"; here any word before it may stand between ("offshore").
// The word stays a person's where any mention of it ends a name of two
// words or more (a surname: "the Reed valley farm" of Ada Reed's family)
// or says something ("Lugenda said").

// regionNoun reports whether w is a noun of a region a place's name
// stands before in lower case: "Tete Norte province", "Vellmar district". A
// switch after the length, asked of the word after most one-word names.
func regionNoun(w string) bool {
	if len(w) < 5 || len(w) > 12 {
		return false
	}
	switch w {
	case "province", "provinces", "district", "districts", "region", "governorate", "prefecture", "municipality", "oblast":
		return true
	}
	return false
}

// placesOfKind (of kindsByNeighbours): the names listed after a plural noun for
// a kind of place and "of" are places ("the provinces of Cabo Verde and
// Lugenda", "the districts of Vellmar, Osk and Dunmore", "the towns
// of Orsk and Vell"): the first name right after "of", and each after it
// with only a comma, "and" or ", and" between. A name the recogniser took
// for a person's is retyped, every mention of it, unless a mention of it
// says something ("Lugenda said") or it ends a person's name of two words
// or more.

// placeKindPlurals are plural nouns for kinds of places that "of" and
// their names follow.
var placeKindPlurals = wordSet(`provinces districts regions towns cities villages islands countries municipalities
counties governorates prefectures states oblasts cantons communes`)

// particleBetweenNames (a step of repairNameParts) makes one person's name of two
// mentions with a name particle in lower case between them, where the
// tagger, knowing neither part, typed both a body's or a place's: ",
// Esmeralda da Conceição Maposse," is one person, not "Esmeralda" and a
// body "Conceição Maposse". The first is one capitalised name word, the
// second two, no head word of a body or a place in either, the particle
// alone between them; and the name is set off by commas on both sides,
// an apposition as a person's name is written after a role ("The assembly's
// new president, …, opened"), or one of the mentions is already a
// person's (particleJoinsName takes the person after the particle).
func particleBetweenNames(tz *tokenized, raw []rawMention, i int) (drop bool) {
	toks := tz.toks
	p, r := &raw[i-1], &raw[i]
	k := p.te
	if r.ts != k+1 || p.te-p.ts != 1 || r.te-r.ts != 2 || p.title || p.handle {
		return false
	}
	if t := &toks[k]; t.capital || !t.in(wcNameParticle) || t.sent != toks[p.ts].sent || t.sent != toks[r.te-1].sent {
		return false
	}
	if !toks[p.ts].capital || !toks[p.ts].isNameWord() || hasHeadWord(tz, p.ts, r.te) {
		return false
	}
	apposed := p.ts > 0 && toks[p.ts-1].text == "," && r.te < len(toks) && toks[r.te].text == ","
	if !apposed && p.typ != model.Person && r.typ != model.Person {
		return false
	}
	r.ts, r.typ, p.te = p.ts, model.Person, p.ts
	return true
}

// firmAfterKindNoun (of kindsByNeighbours): a name the recogniser took for a
// person's is a firm's where a noun for a kind of firm stands right
// before it, as news writes a firm's description before its name with no
// article: "state miner Vell Ostrova Gold", "Publisher Halla Kirja said"
// (the noun, capitalised where it opens the sentence, is no part of the
// name, and goes). A person's role can be such a noun ("publisher Ada
// Holm"), so a name that opens with a given name stays a person's, and a
// one-word name that ends another person's name (a surname) too.

// firmKindBefore reports whether w is a noun for a kind of firm that news
// writes before a firm's name: isFirmKindNoun's and a few more.
func firmKindBefore(w string) bool {
	return isFirmKindNoun(w) && w != "group" && w != "app" && w != "site" && w != "blog" || moreFirmKinds(w)
}

// moreFirmKinds reports whether w is a noun for a kind of firm that
// isFirmKindNoun lacks, by a switch after the length.
func moreFirmKinds(w string) bool {
	if len(w) < 5 || len(w) > 11 {
		return false
	}
	switch w {
	case "miner", "carmaker", "publisher", "broadcaster", "steelmaker", "shipbuilder", "refiner", "telecoms", "utility",
		"supermarket", "bookseller":
		return true
	}
	return false
}

// teamAfterPluralNoun (of kindsByNeighbours): a name the recogniser took for a
// person's is a team's or a group's where a plural noun in lower case for
// a side in a contest stands right before it: "Defending champions Vell
// Rovers, who drew at home", "holders Orsk Athletic", "strugglers
// Kessary City". One person is never "champions"; a list of people after
// such a noun ("champions Ivo Marsh and Ola Brandt") keeps the people, as
// does a name that opens with a given name or ends another person's
// name. Nouns said of people as much ("hosts", "leaders", "finalists")
// are left out.

// contestSideNoun reports whether w is a plural noun for a side in a
// contest that news writes before the side's name.
func contestSideNoun(w string) bool {
	if len(w) < 5 || len(w) > 11 || w[len(w)-1] != 's' {
		return false
	}
	switch w {
	case "champions", "holders", "titleholders", "underdogs", "favourites", "favorites", "strugglers":
		return true
	}
	return false
}

// kindsByNeighbours (a linking pass) retypes the names the recogniser took for
// people's by the words right around them, in one loop over the
// mentions: placeBeforeGeoNoun, placesOfKind (places), firmAfterKindNoun
// and teamAfterPluralNoun (bodies), the comments above each. A name that
// ends a person's name of two words or more (a surname) stays a
// person's; a place's name stays one where a mention of it says
// something ("Lugenda said") or is of two words or more (a one-word
// mention joined to a person's full name).
func kindsByNeighbours(l *linker) {
	const (
		toPlace = 1 << iota
		toBody
		says
		surname
		long // a mention of the key has two words or more: a person's full name ("Trump" joined to Donald Trump)
	)
	toks, forms := l.tz.toks, l.tz.forms
	of := probeSlot(l.tz, ofForm)
	var kinds map[string]uint8
	mark := func(key string, b uint8) {
		if kinds == nil {
			kinds = map[string]uint8{}
		}
		kinds[key] |= b
	}
	for i := range l.ms {
		m := &l.ms[i]
		k := m.ts - 1 // the word before the name
		if k > 0 && forms[k] == of && !m.title && !toks[k-1].capital && placeKindPlurals[toks[k-1].low] && toks[k-1].sent == toks[m.ts].sent {
			// placesOfKind: "the provinces of A, B and C"
			for j := i; j < len(l.ms) && (j == i || listGap(toks, l.ms[j-1].te, l.ms[j].ts)); j++ {
				if o := &l.ms[j]; o.typ == model.Person && o.te-o.ts == 1 && !o.title {
					mark(o.key, toPlace)
				}
			}
		}
		// most names are no person's, or have no word of this file's lists
		// next to them or as their first: one bit of the lexicon each says so
		if m.typ != model.Person || m.title || (k < 0 || l.tz.lex(k)&lxNeighbourKinds == 0) && l.tz.lex(m.ts)&lxNeighbourKinds == 0 &&
			(m.te >= len(toks) || l.tz.lex(m.te)&lxNeighbourKinds == 0) {
			continue
		}
		if e := m.te; m.te-m.ts == 1 && e < len(toks) && !toks[e].capital && (toks[e].in(wcGeoHead) || regionNoun(toks[e].low)) &&
			toks[e].sent == toks[m.ts].sent {
			mark(m.key, toPlace) // placeBeforeGeoNoun: "the offshore Lugenda basin"
		}
		if m.te-m.ts >= 3 && toks[m.ts].capital && firmKindBefore(toks[m.ts].low) {
			k = m.ts // "Publisher Halla Kirjat", the noun inside
		}
		if k < 0 || toks[k].sent != toks[m.ts].sent {
			continue
		}
		w := toks[k].low
		firm := firmKindBefore(w) && (!toks[k].capital || k == 0 || toks[k-1].sent != toks[k].sent)
		if !firm && (toks[k].capital || !contestSideNoun(w)) {
			continue
		}
		n := max(k+1, m.ts)
		if givenAt(l.tz, n) || l.tz.isGiven(n) || givenLike(toks[n].low) {
			continue // "publisher Arthur Brandt"
		}
		if strings.Count(m.key, " ") >= m.te-m.ts {
			// the name was joined to a person's fuller one: a firm named
			// after its founder ("parts maker Vogel to cut jobs" … "founded
			// by Emil Vogel") leaves the founder a person
			continue
		}
		if !firm && m.te < len(toks) && (toks[m.te].low == "and" || toks[m.te].text == "&") {
			continue // a list of people after the plural: "champions Ivo Marsh and Ola Brandt"
		}
		if n > m.ts {
			m.ts = n
			m.name = normalizeName(l.a.Text[toks[m.ts].Start:toks[m.te-1].End])
			m.key = strings.ToLower(m.name)
		}
		mark(m.key, toBody) // firmAfterKindNoun, teamAfterPluralNoun
	}
	if kinds == nil {
		return // most articles
	}
	for _, m := range l.ms {
		if b, ok := kinds[m.key]; ok && b&toPlace != 0 {
			if m.te-m.ts >= 2 {
				kinds[m.key] = b | long
			} else if m.te < len(toks) && toks[m.te].sent == toks[m.ts].sent && speechCues[toks[m.te].low] {
				kinds[m.key] = b | says
			}
		}
		if m.typ == model.Person && m.te-m.ts >= 2 {
			if b, ok := kinds[l.lastWord(m)]; ok {
				kinds[l.lastWord(m)] = b | surname
			}
		}
	}
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person {
			continue
		}
		switch b := kinds[m.key]; {
		case b&surname != 0:
		case b&toPlace != 0 && b&(says|long) == 0 && m.te-m.ts == 1:
			m.typ = model.Place
		case b&toBody != 0:
			m.typ = model.Organization
		}
	}
}

// neighbourKindWords are the words of this file's lists that kindsByNeighbours asks of
// the words around a name, in one bit of the lexicon (lxNeighbourKinds), so that a
// name with none of them beside it is passed over at one look-up each.
var neighbourKindWords = func() map[string]bool {
	m := wordSet(`province provinces district districts region governorate prefecture municipality oblast
miner carmaker publisher broadcaster steelmaker shipbuilder refiner telecoms utility supermarket bookseller
bank firm company retailer carrier airline automaker maker insurer lender chain brand giant conglomerate outlet
network studio champions holders titleholders underdogs favourites favorites strugglers`)
	for w := range geoHeads {
		m[w] = true
	}
	return m
}()

var lxNeighbourKinds = newLexBit(&neighbourKindWords)
