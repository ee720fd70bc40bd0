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
	toks := l.tz.toks
	// one-word mentions that are no person's, by the slot of their form
	forms := l.tz.forms
	slot := l.tz.formInts(len(l.tz.vocab))
	some := false
	for i, m := range l.ms {
		if m.te-m.ts == 1 && m.typ != model.Person && !m.title && toks[m.ts].capital && m.key == toks[m.ts].low {
			slot[forms[m.ts]] = int32(i) + 1
			some = true
		}
	}
	if !some {
		return
	}
	// the mention over each token, plus one (0: none)
	cover := l.tz.ints(len(toks))
	for i, m := range l.ms {
		for k := m.ts; k < m.te; k++ {
			cover[k] = i + 1
		}
	}
	n := len(l.ms)
	for k := 1; k < len(toks); k++ {
		j := slot[forms[k]] - 1
		// the word alone, untagged or tagged alone, after an untagged word
		if j < 0 || cover[k-1] != 0 || cover[k] != 0 && l.ms[cover[k]-1].te-l.ms[cover[k]-1].ts != 1 {
			continue
		}
		g, t := &toks[k-1], &toks[k]
		if g.sent != t.sent || !g.capital || t.low != l.ms[j].key || givenNameGender(g.low) == "" || l.a.InFurniture(t.Span) || glued(t.text) {
			continue
		}
		key := l.ms[j].key
		name := normalizeName(l.a.Text[g.Start:t.End])
		full := mention{ts: k - 1, te: k + 1, typ: model.Person, key: lower(name), name: name}
		for i := 0; i < n; i++ {
			if m := &l.ms[i]; m.key == key && m.te-m.ts == 1 {
				m.typ, m.key, m.name = model.Person, full.key, full.name
			}
		}
		if cover[k] == 0 {
			l.ms = append(l.ms, full)
		} else {
			l.ms[cover[k]-1] = full // the word's own mention grows into the pair
		}
		slot[forms[k]] = 0 // one pair a word
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
