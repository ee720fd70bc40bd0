package analysis

import (
	"slices"
	"strings"

	"github.com/byline-reader/byline/model"
)

// Two people who share one surname. News names a couple or two siblings
// with their given names joined by "and" before the surname they share:
// "Ana and Tomas Reed", "Bill and Hillary Clinton". The recogniser reads
// the second given name and the surname as one name and the first given
// name as a one-word name (or as nothing), so only the second person has
// the surname, and "Mr. Reed" later finds only her.

// sharedSurname gives the first given name of such a pair the surname
// after the second, as a person of its own ("Ana Reed", its mention the
// given name alone, the surname's token in apart), and makes the second
// given name and the surname one person where the tagger cut them apart
// ("Tomas" a body and "Reed" a person). The first word must be a known
// given name (givenNames, or on any list of given names and, if it is
// also a common word or a place, "Bill" or "Virginia", with a known given
// name second), in capitals, with no capitalised word right before it
// (the surname of a name before: "Ivo Simon and Ana Reed"). The second
// must be a name word, and it and the one or two name words after it end
// in a person's mention (or are one mention of any type, after a first
// given name the tagger typed a person), with no capital after them
// ("Bill and Melinda Reed Foundation" is a body's). A firm or a country
// of two names ("Marks and Spencer", "Trinidad and Tobago") has no known
// given name first or no surname after the second. A first word the
// tagger typed a place ("Ada Holm of Virginia and John Reed") or that
// closes a list after a name and a comma ("Brandy, Monica and Lauryn
// Hill", three singers) is no part of such a pair. A pair is left as it
// was where the article names another person with the first given name
// and another surname, or with it as surname: the word alone may then be
// theirs ("Jim and Ana Reed" after "Jim Holm", "Dean and Ana Reed"
// after "Ivo Dean").
func sharedSurname(l *linker) {
	toks, ms := l.tz.toks, l.ms
	var found []int // mentions (indexes into ms) that end such a pair, the person after "and"
	for i, m := range ms {
		if m.title || m.ts < 2 {
			continue
		}
		a := m.ts - 1 // "and" before the mention, or before the given name the tagger left out
		if toks[a].low != "and" && m.ts >= 3 && toks[m.ts-2].low == "and" {
			a = m.ts - 2
		}
		if toks[a].low != "and" || a < 1 {
			continue
		}
		g1, g2 := a-1, a+1
		e := m.te
		if e-g2 < 2 || e-g2 > 3 || !sharedPairWords(l.tz, g1, e) {
			continue
		}
		if m.typ != model.Person && (m.ts != g2 || i == 0 || ms[i-1].ts != g1 || ms[i-1].te != a || ms[i-1].typ != model.Person) {
			// the tagger typed "Ghazala Reed" a body: a person still, after
			// a given name it typed a person
			continue
		}
		found = append(found, i)
	}
	if found == nil {
		return
	}
	for _, i := range found {
		m := ms[i]
		a := m.ts - 1
		if toks[a].low != "and" {
			a--
		}
		g1, g2, e := a-1, a+1, m.te
		first := -1 // the mention of the first given name, if any
		for j := i - 1; j >= 0 && ms[j].te > g1-1; j-- {
			if ms[j].ts >= g2 {
				continue // a part of the second name
			}
			if ms[j].ts == g1 && ms[j].te == g1+1 && !ms[j].title && ms[j].typ != model.Place {
				first = j
			} else if ms[j].te > g1 {
				// the given name is part of a longer name, or a place
				// ("Holm of Virginia and John Reed")
				first = -2
			}
		}
		if first == -2 || otherWithGiven(l, toks[g1].low, toks[e-1].low) {
			continue
		}
		// the second person: its given name and surname one mention
		ms[i].ts, ms[i].typ = g2, model.Person
		ms[i].name = normalizeName(l.a.Text[toks[g2].Start:toks[e-1].End])
		ms[i].key = strings.ToLower(ms[i].name)
		for j := i - 1; j >= 0 && ms[j].ts >= g2; j-- {
			ms[j].ts = -1 // a part of it the tagger typed apart
		}
		name := normalizeName(toks[g1].text + " " + toks[e-1].text)
		f := mention{ts: g1, te: g1 + 1, typ: model.Person, key: strings.ToLower(name), name: name, apart: int32(e - 1)}
		if first >= 0 {
			ms[first] = f
		} else {
			ms = append(ms, f)
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if m.ts >= 0 {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(x, y mention) int { return x.ts - y.ts })
	l.ms = out
}

// sharedPairWords reports whether the tokens from g1 to e are a known
// given name, "and", a name word, and one or two name words, in one
// sentence, set off from capitals on both sides.
func sharedPairWords(tz *tokenized, g1, e int) bool {
	toks := tz.toks
	g, h := toks[g1].low, toks[g1+2].low
	if !toks[g1].capital || toks[g1].sent != toks[e-1].sent || !givenNames[g] && !(givenLike(g) && (!notGivenFirst[g] || givenLike(h))) {
		return false
	}
	if g1 > 0 && toks[g1-1].sent == toks[g1].sent && toks[g1-1].capital && hasLetter(toks[g1-1].text) && !toks[g1-1].in(wcStarter) {
		return false
	}
	if e < len(toks) && toks[e].sent == toks[g1].sent && toks[e].capital && hasLetter(toks[e].text) {
		return false
	}
	if g1 > 1 && toks[g1-1].text == "," && toks[g1-2].sent == toks[g1].sent && toks[g1-2].capital && hasLetter(toks[g1-2].text) {
		return false // the last two of a list of names: "Brandy, Monica and Lauryn Hill"
	}
	for k := g1 + 2; k < e; k++ {
		if !toks[k].capital || !toks[k].isNameWord() || bodyWords(toks[k].low) || isAcronym(toks[k].text) || isInitial(toks[k].text) {
			return false
		}
	}
	return !hasHeadWord(tz, g1+2, e)
}

// givenLike: w is on one of the lists of given names, those kept out of
// givenNames for being common words too ("bill", "mark") among them.
func givenLike(w string) bool {
	if givenLikeReady {
		return givenLikeForms[w] // one look-up where a word of none asked four
	}
	return givenLikeOf(w)
}

// givenLikeOf is givenLike by its four lists, which givenLikeForms joins.
func givenLikeOf(w string) bool {
	return givenNames[w] || givenNameGender(w) != "" || corefMaleNames[w] || corefFemaleNames[w]
}

// otherWithGiven reports whether the article names a person of two words
// or more who opens with the given name g and ends in another surname
// than s, or whose surname is g: "Dean and Hillary Reed" after
// "Ivo Dean" are two people of other names.
func otherWithGiven(l *linker, g, s string) bool {
	for _, m := range l.ms {
		if m.typ != model.Person || m.te-m.ts < 2 {
			continue
		}
		if last := l.tz.toks[m.te-1].low; last == g || l.tz.toks[m.ts].low == g && last != s {
			return true
		}
	}
	return false
}
