package analysis

import "github.com/byline-reader/byline/model"

// Names in a list. A line-up or a roll call names its people one word
// each, commas between them: "Given, Breen, Staunton, Irwin, McAteer,
// Harte". The tagger, seeing each surname with little around it, types
// most of them people and the odd one a place or a body; the list says
// they are all of a kind.

// listPeople types as a person every one-word name of a list that is
// typed otherwise, with all its mentions, where three of the list's names
// or more are people, and more of them than of any other type, once every
// name has its article-wide type (after majority-type), a surname of a
// person's full name in the article counting as a person ("Quinn" after
// "Niall Quinn"): four names or more, one after another,
// with a comma, "and" or "&" (or a comma and "and") and nothing else
// between them, in one sentence. A word with a body's or a place's head,
// or an acronym keeps its type.
func listPeople(l *linker) {
	toks, ms := l.tz.toks, l.ms
	var toPerson, surnames map[string]bool
	for i := 0; i < len(ms); {
		j := i + 1
		for j < len(ms) && listGap(toks, ms[j-1].te, ms[j].ts) {
			j++
		}
		if j-i >= 4 {
			if surnames == nil {
				surnames = personSurnames(l)
			}
			var n [4]int // names of each type, a person's surname a person
			for _, m := range ms[i:j] {
				if m.te-m.ts == 1 && surnames[m.key] {
					n[model.Person]++
				} else {
					n[m.typ]++
				}
			}
			people := n[model.Person]
			if people >= 3 && people > n[model.Place] && people > n[model.Organization] && people > n[model.Other] {
				for _, m := range ms[i:j] {
					if m.typ != model.Person && !m.title && m.te-m.ts == 1 && toks[m.ts].isNameWord() &&
						!bodyWords(toks[m.ts].low) && !isAcronym(toks[m.ts].text) {
						if toPerson == nil {
							toPerson = map[string]bool{}
						}
						toPerson[m.key] = true
					}
				}
			}
		}
		i = j
	}
	if toPerson == nil {
		return // most articles: no mention is asked of the nil map
	}
	for i := range ms {
		if m := &ms[i]; toPerson[m.key] {
			m.typ = model.Person
		}
	}
}

// listGap reports whether the tokens [e, s) between two names of one
// sentence are a list's separator: ",", "and", "&" or ", and".
func listGap(toks []token, e, s int) bool {
	if s <= e || s-e > 2 || toks[s].sent != toks[e-1].sent {
		return false
	}
	if s-e == 2 {
		return toks[e].text == "," && toks[e+1].low == "and"
	}
	w := toks[e].text
	return w == "," || w == "and" || w == "&"
}

// personSurnames is the last words of the article's people's names of
// two words or more, lower-cased.
func personSurnames(l *linker) map[string]bool {
	out := map[string]bool{}
	for _, m := range l.ms {
		if m.typ == model.Person && m.te-m.ts >= 2 {
			out[l.lastWord(m)] = true
		}
	}
	return out
}
