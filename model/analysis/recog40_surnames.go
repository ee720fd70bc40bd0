package analysis

import "github.com/byline-reader/byline/model"

// Two surnames. Spanish and Portuguese names end in two surnames, the
// father's and the mother's ("María Fernanda Restrepo Arango", "Juan
// Camilo Ospina Valencia"), and news refers to the person by the first of
// them alone: "Restrepo said". The tagger, seeing the word alone, reads a
// body or a place as often as a person, and oneWordPerson, knowing a
// full name's first and last words only, left it apart. firstSurnameAt
// gives oneWordPerson the word before the last of a full name of three
// words or more, where no full name ends or begins with the word.

// firstSurnameAt is the token of the first of two surnames ending the
// person mention m (the word before its last, a generational suffix left
// out), or -1: a name of three words or more, all capitalised name words
// and none an initial, a party's, a nation's or a faith's, with no
// particle or hyphen among its last two words.
func firstSurnameAt(tz *tokenized, m mention) int {
	if m.te-m.ts < 3 || m.apart > 0 || m.title {
		return -1
	}
	toks := tz.toks
	last := m.te - 1
	for last > m.ts && toks[last].in(wcSuffix) && suffixes[toks[last].text] {
		last--
	}
	p := last - 1
	if p <= m.ts {
		return -1
	}
	for _, k := range [2]int{p, last} {
		t := &toks[k]
		if !t.capital || !t.isNameWord() || isInitial(t.text) || hasHyphen(t.text) || t.in(wcNameParticle) {
			return -1
		}
	}
	if toks[p-1].in(wcNameParticle) {
		return -1 // "dos Santos"
	}
	for k := m.ts; k <= last; k++ {
		// every word a name's, none a party's, a nation's or a faith's:
		// not "S. African Afrikaners", a group the recogniser took for a
		// person
		if t := &toks[k]; !t.capital || !t.isNameWord() || isInitial(t.text) || t.in(wcDescriptor) || partyOrFaith(t.low) {
			return -1
		}
	}
	return p
}

// initialOfGivenName (a linking pass): a person written as the initial of
// the given name and the surname, as scorers' lines and lists write
// players ("M Fonoti", "K. Morishita"), is the one person of the article
// whose full name has that surname and a given name that opens with the
// letter: Malakai Fonoti, not his brother Pita Fonoti.
func initialOfGivenName(l *linker) {
	ms, toks := l.ms, l.tz.toks
	for i := range ms {
		m := &ms[i]
		if m.te-m.ts != 2 || m.title || m.apart > 0 {
			continue // any type: the tagger reads "M Fonoti" as a body too
		}
		ini := toks[m.ts].text
		if !isInitial(ini) && !(len(ini) == 1 && ini[0] >= 'A' && ini[0] <= 'Z') {
			continue
		}
		to := -1
		for j := range ms {
			o := &ms[j]
			if o.typ != model.Person || j == i || o.te-o.ts < 2 || o.key == m.key || o.apart > 0 || to >= 0 && ms[to].key == o.key {
				continue
			}
			g := toks[o.ts].text
			if toks[l.surnameAt(o)].low != toks[m.te-1].low || isInitial(g) || len(g) < 2 || g[0] != ini[0] {
				continue
			}
			if to >= 0 {
				to = -2 // two people: leave it
				break
			}
			to = j
		}
		if to >= 0 {
			m.key, m.name, m.typ = ms[to].key, ms[to].name, model.Person
		}
	}
}
