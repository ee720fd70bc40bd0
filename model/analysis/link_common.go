package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// commonWordPerson: a person known by one word that is no one's given name
// or surname in the article, which the article also writes in lower case,
// is a common word the tagger took for a name ("Reform" in "Democrats for
// Education Reform", "Supporters" in a headline, "Morale has suffered"
// after "morale" elsewhere), and no person; a state's name is a place's
// ("Michigan is also at the high court"). It runs after the one-word
// person has joined its full name, so a surname that is a common word
// ("Will" after George Will, "Price" after Tom Price) stays the person's.
func commonWordPerson(l *linker) {
	toks, ms := l.tz.toks, l.ms
	// a one-word person that joined no full name and is no given name is
	// rare: most articles have none, and need nothing more
	lone := func(m *mention) bool {
		return m.typ == model.Person && m.te-m.ts == 1 && m.key == toks[m.ts].low && givenNameGender(m.key) == ""
	}
	some := false
	for i := range ms {
		if lone(&ms[i]) {
			some = true
			break
		}
	}
	if !some {
		return
	}
	// the words of the article's multi-word person names: a one-word
	// person with one of them is some person's short name, joined or not
	forms := l.tz.forms
	inName := l.tz.formInts(len(l.tz.vocab))
	for i := range ms {
		if m := &ms[i]; m.typ == model.Person && m.te-m.ts >= 2 {
			for k := m.ts; k < m.te; k++ {
				inName[forms[k]] = 1
			}
		}
	}
	drop := false
	for i := range ms {
		m := &ms[i]
		if !lone(m) || inName[forms[m.ts]] != 0 {
			continue
		}
		if usStateNames[m.key] {
			m.typ = model.Place
		} else if l.tz.usedInLowerCase(m.key) {
			m.te = m.ts // dropped below
			drop = true
		}
	}
	if !drop {
		return
	}
	out := ms[:0]
	for i := range ms {
		if ms[i].te > ms[i].ts {
			out = append(out, ms[i])
		}
	}
	l.ms = out
}

// webAddress reports whether the lower-case word w is a website's address:
// a name, a dot and a domain ("rootsaction.org", "mic.com."), which no
// person is called.
func webAddress(w string) bool {
	w = strings.TrimSuffix(w, ".")
	d := strings.LastIndexByte(w, '.')
	return d > 0 && webDomains[w[d+1:]] && hasLetter(w[:d])
}
