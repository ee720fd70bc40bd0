package analysis

import "github.com/byline-reader/byline/model"

// branchNames makes one organisation of a body's name and the country or
// reach written after it, which the recogniser read as the country alone:
// "the charity Memory Matters UK", "Hearing Help Australia said",
// "Oxfam Canada". The words before the country are capitalised words no
// other name holds (small words inside them, "Save the Children UK"), or
// one organisation's name just before; never a headline's, whose every
// word has a capital, never one capitalised word that opens its sentence
// ("Meanwhile Canada …"), and never a place's name ("New England",
// "Houston, Texas USA").
func branchNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		if r.te-r.ts != 1 || r.title || r.typ != model.Place && r.typ != model.Organization || !toks[r.ts].capital ||
			!branchWords[toks[r.ts].low] || toks[r.ts].para < 0 || r.ts == 0 {
			continue
		}
		sent := toks[r.ts].sent
		if i > 0 && raw[i-1].te == r.ts && raw[i-1].typ == model.Organization && !raw[i-1].title && !placeWordIn(toks, raw[i-1].ts, r.ts) {
			// "Oxfam Canada": the body's name the recogniser found
			raw[i-1].te, r.ts = r.te, r.te // r is dropped below
			continue
		}
		b := r.ts
		for b > 0 && r.ts-b < 5 && toks[b-1].sent == sent && (i == 0 || raw[i-1].te < b) && branchWord(toks, b-1) {
			b--
		}
		for b < r.ts && !toks[b].capital {
			b++ // a small word opens no name
		}
		if b == r.ts || b == tz.sents[sent].start && r.ts-b == 1 || placeWordIn(toks, b, r.ts) {
			continue
		}
		r.ts, r.typ = b, model.Organization
	}
	out := raw[:0]
	for _, r := range raw {
		if r.ts < r.te {
			out = append(out, r)
		}
	}
	return out
}

// placeWordIn reports whether a word in [b, e) makes a place's name of
// the words and a country after them: a state's ("Texas USA"), a point of
// the compass or a word like it ("Northern Ireland", "New England").
func placeWordIn(toks []token, b, e int) bool {
	for k := b; k < e; k++ {
		if w := toks[k].low; usStates[w] || toks[k].in(wcCompass) || positionWords[w] || w == "new" || w == "great" {
			return true
		}
	}
	return false
}

// branchWord: a word of a body's name before its country: a capitalised
// name word that is no function word, date or title, or a small word
// between such words ("Save the Children").
func branchWord(toks []token, k int) bool {
	t := &toks[k]
	if !t.capital {
		return branchSmallWords[t.low] && k > 0 && toks[k-1].sent == t.sent
	}
	return hasLetter(t.text) && t.isNameWord() && !t.in(wcStarter|wcCalendar|wcPersonTitle)
}
