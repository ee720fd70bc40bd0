package analysis

import (
	"unicode"

	"github.com/byline-reader/byline/model"
)

// personContext (a linking pass): a name of two or three name words that
// the recogniser took for a body or a place is a person's where one of
// its mentions stands where only a person does and none stands where a
// body or a place does. The tagger learnt given names from American and
// European news, so it types names from elsewhere ("Tshepo Mokoena",
// "Ina Kirsch") by their look, often as a body. A person's places: before
// a speech verb ("Tshepo Mokoena said"), before ", who" or an age
// (", 42,"), after a lower-case word of a person's role ("ward councillor
// Tshepo Mokoena"), and before "of the" after "according to" ("according
// to Tshepo Mokoena of the farmers' union": a body is not "of" another).
// A body's or a place's places: after "the", a determiner or a preposition
// of where or whose ("a spokesman for Holm Brandt", "in Vell Harbour"; not
// "by" or "to", after which people stand as often). A name with a head
// noun, a party or country word, or a word that is no name word ("Palmer
// and Sherman", "335th Twitter") is left alone.
func personContext(l *linker) {
	people := l.keysWhere(func(m *mention) bool { return m.typ != model.Person && l.personPlace(m) })
	if people == nil {
		return // most articles: no mention is asked of the empty map
	}
	toks := l.tz.toks
	for i := range l.ms {
		m := &l.ms[i]
		if !people[m.key] || m.ts == 0 {
			continue
		}
		if b := &toks[m.ts-1]; b.sent == toks[m.ts].sent && (b.in(wcDeterminer) || bodyPrepositions[b.low]) {
			people[m.key] = false
		}
	}
	for i := range l.ms {
		if m := &l.ms[i]; m.typ != model.Person && people[m.key] {
			m.typ = model.Person
		}
	}
}

// personPlace reports whether mention m, not a person's, is a name of
// two or three name words that stands in one of a person's places
// (personContext).
func (l *linker) personPlace(m *mention) bool {
	toks := l.tz.toks
	if n := m.te - m.ts; n < 2 || n > 3 || m.te >= len(toks) {
		return false
	}
	// the places first, a token or two each; the words of the name only
	// for a name in one
	a := &toks[m.te]
	if a.sent != toks[m.te-1].sent {
		return false
	}
	place := false
	if m.ts > 0 {
		// "ward councillor Tshepo Mokoena": a role or a title of one, not
		// a word of rank alone ("former New York Gov.")
		b := &toks[m.ts-1]
		place = b.sent == a.sent && !b.capital && personRoleWord(b)
	}
	if !place && m.te+2 < len(toks) && toks[m.te+1].sent == a.sent {
		n := &toks[m.te+1]
		switch {
		case a.text == "," && n.low == "who":
			place = true
		case a.text == "," && isAge(n.text) && toks[m.te+2].text == ",":
			place = true
		case a.low == "of" && n.low == "the" && m.ts >= 2 && toks[m.ts-1].low == "to" && toks[m.ts-2].low == "according":
			place = true
		}
	}
	if !place {
		return false
	}
	for k := m.ts; k < m.te; k++ {
		t := &toks[k]
		if !t.isNameWord() || !wordOfLetters(t.text) || t.in(wcDescriptor|wcCompass) || t.is(wkCompanyHead|wkPublisherHead|wkNewspaperHead) ||
			l.tz.usedInLowerCase(t.low) {
			// "Fox News", "Federal Reserve": a word the article writes in
			// lower case too is a common word, and a name made of one a body's
			return false
		}
	}
	return !hasHeadWord(l.tz, m.ts, m.te)
}

// isAge: a number of one to three figures, as a person's age is written.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// wordOfLetters: a word of letters, with hyphens and apostrophes inside
// it ("Dlamini-Zulu", "O'Brien") but no full stop or figure ("U.S.").
func wordOfLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return w != ""
}

// bodyPrepositions stand before the names of bodies and places more than
// before people's: "a director at", "a spokesman for", "in", "the head of".
var bodyPrepositions = map[string]bool{"at": true, "for": true, "in": true, "of": true, "on": true, "near": true}
