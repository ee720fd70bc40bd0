package analysis

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
