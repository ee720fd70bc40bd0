package analysis

import "github.com/byline-reader/byline/model"

// apposedPerson (a linking pass): a name of one to three name words that
// the recogniser typed a body or something else is a person's where the
// article sets it off by commas against a person's role or age, the
// places a body's name does not stand in:
//   - after a role in lower case: "The village head, Darmawan, said …",
//     "Her coach, Ina Kirsch, said …";
//   - before a role: "Darmawan, a fisherman, said …", "Darmawan, the
//     village head, …";
//   - before an age: "Darmawan, 54, said …";
//   - before ", who": "Darmawan, who farms the slope, …".
//
// personContext does the same for names of two or three words without
// the role before; a one-word name, which that pass leaves alone, is
// taken only in a place of these and only where the word is a name word
// the article never writes in lower case and no mention of it stands
// after a determiner or a preposition of where or whose ("the Darmawan
// plant", "in Darmawan"). A name the recogniser typed a place is left
// alone: "Paris, the capital," and "Kent, 40 miles away," are places.
func apposedPerson(l *linker) {
	people := l.keysWhere(func(m *mention) bool {
		return m.typ != model.Person && m.typ != model.Place && m.te-m.ts <= 3 && l.apposedPlace(m) && l.personWords(m) &&
			!capitalsOnly(l.tz.toks[m.ts].text)
	})
	if people == nil {
		return // most articles
	}
	l.retypePeople(people)
}

// apposedPlace reports whether mention m is set off by commas against a
// person's role or age, or before ", who" (apposedPerson).
func (l *linker) apposedPlace(m *mention) bool {
	toks := l.tz.toks
	if m.te+1 >= len(toks) || toks[m.te].text != "," || toks[m.te].sent != toks[m.te-1].sent {
		return false
	}
	sent := toks[m.ts].sent
	if m.ts > 0 && toks[m.ts-1].sent == sent {
		// a word of a longer name ("Planned Parenthood, who", "African
		// Americans, who") or a preposition's object ("among Latinos, who")
		if b := &toks[m.ts-1]; b.in(wcPreposition) || b.capital && m.ts >= 2 && toks[m.ts-2].sent == sent {
			return false
		}
	}
	// "The village head, Darmawan, said": a role in lower case before the
	// comma, closing a short phrase the sentence opens with or a verb's
	if m.ts >= 2 && toks[m.ts-1].text == "," && toks[m.ts-2].sent == sent {
		// and no body's description after the name ("the new owner, Vell
		// Capital, a private fund, …")
		if r := &toks[m.ts-2]; !r.capital && (personRoleWord(r) || relationalNouns[r.low] && ownedByPerson(toks, m.ts-2)) {
			n := &toks[m.te+1]
			return n.low != "a" && n.low != "an" && n.low != "the" || roleAppositive(toks, m.te+2)
		}
	}
	n := &toks[m.te+1]
	if n.sent != sent {
		return false
	}
	switch {
	case n.low == "who":
		return true
	case isAge(n.text):
		return m.te+2 < len(toks) && toks[m.te+2].text == ","
	case n.low == "a" || n.low == "an" || n.low == "the":
		return roleAppositive(toks, m.te+2)
	}
	return false
}
