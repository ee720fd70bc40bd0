package analysis

import "github.com/byline-reader/byline/model"

// innerSurname (a linking pass): a one-word person that no full name ends
// or starts with, but that is an inner word of exactly one full name of
// three words or more in the article, is that person. Spanish news calls
// "José Luis Hernández Villalobos" Hernández, his first surname, and
// "Carla Méndez de la Fuente" Méndez; oneWordPerson joins short names by
// a full name's last or first word only. A particle ("de", "bin") or an
// initial is no surname, and a word that two full names share joins
// neither.
func innerSurname(l *linker) {
	toks := l.tz.toks
	var inner map[string]int // a word as lower-cased -> the full name's mention; -1 when two share it
	for i, m := range l.ms {
		if m.typ != model.Person || m.title || m.te-m.ts < 3 || toks[m.te-1].in(wcSuffix) && suffixes[toks[m.te-1].text] {
			// a name with a suffix ("Joseph R. Holm Jr.") is left to the
			// passes that know its surname
			continue
		}
		for k := m.ts + 1; k < m.te-1; k++ {
			t := &toks[k]
			if !t.capital || t.in(wcNameParticle) || isInitial(t.text) {
				continue
			}
			if inner == nil {
				inner = map[string]int{}
			}
			if j, ok := inner[t.low]; ok && j >= 0 && l.ms[j].key != m.key {
				inner[t.low] = -1
			} else if !ok {
				inner[t.low] = i
			}
		}
	}
	if inner == nil {
		return // most articles: no name of three words
	}
	// a word that ends or opens a full name is that name's, however it
	// stands inside another (oneWordPerson's)
	for _, m := range l.ms {
		if m.typ == model.Person && m.te-m.ts >= 2 {
			for _, k := range [2]int{m.ts, m.te - 1} {
				if _, ok := inner[toks[k].low]; ok {
					inner[toks[k].low] = -1
				}
			}
		}
	}
	for i := range l.ms {
		m := &l.ms[i]
		if m.te-m.ts != 1 || m.typ != model.Person || m.key != toks[m.ts].low {
			continue // joined already, or no one-word person
		}
		if j, ok := inner[m.key]; ok && j >= 0 {
			m.key, m.name = l.ms[j].key, l.ms[j].name
		}
	}
}
