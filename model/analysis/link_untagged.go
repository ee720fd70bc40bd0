package analysis

import "github.com/byline-reader/byline/model"

// untaggedFullName: a word the recogniser typed a body or a place at every
// mention is a person's surname when the article writes it after a known
// given name somewhere that the recogniser left untagged: "Ted Cruz’s
// associates insist …" and then "Cruz" as an organisation thirty times is
// Ted Cruz. The untagged pair is the sign: where the recogniser did see
// the full name ("Gerald Ford"), its reading of the word alone ("Ford",
// the company) stands. The pair becomes the person's mention, and the
// word alone joins it.
func untaggedFullName(l *linker) {
	toks, ms := l.tz.toks, l.ms
	// the mentions are in text order here, right after the type vote: the
	// word before a mention is in the mention before it, or in none
	for i := range ms {
		m := &ms[i]
		if m.te-m.ts != 1 || m.typ == model.Person || m.title || m.ts == 0 {
			continue
		}
		g, t := &toks[m.ts-1], &toks[m.ts]
		if !g.capital || !t.capital || g.sent != t.sent || m.key != t.low || i > 0 && ms[i-1].te >= m.ts {
			continue
		}
		if !g.isNameWord() || !givenAt(l.tz, m.ts-1) || glued(t.text) || l.a.InFurniture(t.Span) {
			continue
		}
		key := m.key
		name := normalizeName(l.a.Text[g.Start:t.End])
		full := mention{ts: m.ts - 1, te: m.te, typ: model.Person, key: lower(name), name: name}
		for j := range ms {
			if o := &ms[j]; o.key == key && o.te-o.ts == 1 {
				o.typ, o.key, o.name = model.Person, full.key, full.name
			}
		}
		*m = full // the word's own mention grows into the pair
	}
}

// glued reports whether w has more capitals than a surname has: words a
// saved page ran together ("FoleyFlagShareLikeReply"), where "McCain" and
// "DiPietro" have two.
func glued(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			n++
		}
	}
	return n > 2
}
