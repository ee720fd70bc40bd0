package analysis

import "github.com/byline-reader/byline/model"

// placeAfterPreposition: a word the recogniser typed a person, written
// once in the article, right after a preposition of place ("moved towards
// Matatiele", "a bridge near Qumbu", "in Tsolo"), is a place: a person
// is seldom where something happens, and a name the article gives once,
// never as a part of a person's fuller name, has nothing else to say it
// is someone's (furn30). A known given name stays a person ("in Maria").
func placeAfterPreposition(l *linker) {
	toks, ms := l.tz.toks, l.ms
	var cands []int
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Person || m.te-m.ts != 1 || m.title || m.ts == 0 || l.tz.lex(m.ts-1)&lxPlacePrep == 0 {
			continue
		}
		if t := &toks[m.ts]; !t.capital || givenGenderAt(l.tz, m.ts) != "" || m.te < len(toks) && toks[m.te].capital {
			continue
		}
		cands = append(cands, i)
	}
	if cands == nil {
		return
	}
	forms := l.tz.forms
	for _, i := range cands {
		f, once := forms[ms[i].ts], true
		for j := range ms {
			if j == i {
				continue
			}
			for k := ms[j].ts; k < ms[j].te && once; k++ {
				once = forms[k] != f
			}
			once = once && ms[j].key != ms[i].key
			if !once {
				break
			}
		}
		if once {
			ms[i].typ = model.Place
		}
	}
}

// placePrepositions put a place after them far more often than a person.
var placePrepositions = wordSet(`in near towards toward outside across throughout inside`)
