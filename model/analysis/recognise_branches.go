package analysis

import "github.com/byline-reader/byline/model"

// branchNames makes one organisation of a body's name and the country or
// reach written after it, which the recogniser read as the country alone:
// "the charity Memory Matters UK", "Hearing Help Australia said",
// "Oxfam Canada". The words before the country are capitalised words
// (small words inside them, "Save the Children UK"), names of bodies the
// recogniser found among them, or a word it took for a place, but not
// right before the country ("London UK"); never a headline's, whose every
// word has a capital, never one capitalised word that opens its sentence
// ("Meanwhile Canada …"), and never a place's name ("New England",
// "Houston, Texas USA").
func branchNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		last := &toks[r.te-1]
		if r.title || r.typ != model.Place && r.typ != model.Organization || !last.capital || !isBranchWord(last.low) ||
			last.para < 0 || r.ts == 0 || placeWordIn(toks, r.ts, r.te-1) {
			continue
		}
		sent := toks[r.ts].sent
		b, p := r.ts, i-1 // p: the raw mention before, which the name may take in
		body := false     // b opens a body's name the recogniser found
		for b > 0 && toks[b-1].sent == sent {
			if p >= 0 && raw[p].te == b {
				// a name the recogniser found: a body's ("Oxfam Canada",
				// "Harbour Trust Canada"), or a word it took for a place
				// inside the name ("Save the Children UK"), never a place
				// right before the country ("London UK") or a person
				q := raw[p]
				if q.typ == model.Person || q.title || r.te-q.ts > 6 || q.typ != model.Organization && q.te == r.ts || placeWordIn(toks, q.ts, q.te) {
					break
				}
				b, p, body = q.ts, p-1, q.typ == model.Organization
				continue
			}
			if r.te-b >= 6 || !branchWord(toks, b-1) {
				break
			}
			b, body = b-1, false
		}
		for b < r.ts && !toks[b].capital {
			b++ // a small word opens no name
		}
		if b == r.ts || b == tz.sents[sent].start && r.te-b == 2 && !body || placeWordIn(toks, b, r.ts) {
			continue
		}
		for q := p + 1; q < i; q++ {
			raw[q].te = raw[q].ts // taken in: dropped below
		}
		r.ts, r.typ = b, model.Organization
	}
	return withoutEmpty(raw)
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
