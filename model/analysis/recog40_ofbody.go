package analysis

import "github.com/byline-reader/byline/model"

// A surname the tagger ran into the body after it: "Prof Callum MacLeod of
// the University of Aberdeen" is tagged "Callum" (a person) and "MacLeod
// of the University of Aberdeen" (a place), so the person has no surname
// and the body a name it does not bear. surnameBeforeOf (a recogniser
// pass) gives the name words before "of" back to the person right before
// them, and keeps what follows "of" (and "the") as the body or place: one
// or two capitalised name words, no head word among them, right after a
// person's mention, and a head word of a body or a place after "of".
func surnameBeforeOf(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := 0; i+1 < len(raw); i++ {
		r, n := &raw[i], &raw[i+1]
		if r.typ != model.Person || n.typ == model.Person || r.title || n.title || n.ts != r.te || n.te-n.ts < 4 {
			continue
		}
		p := n.ts + 1
		for p < n.te && p-n.ts <= 2 && toks[p].low != "of" {
			p++
		}
		if p >= n.te-1 || toks[p].low != "of" {
			continue
		}
		ok := true
		for k := n.ts; k < p && ok; k++ {
			t := &toks[k]
			ok = t.capital && t.isNameWord() && !bodyWords(t.low) && !t.in(wcDescriptor)
		}
		b := p + 1
		if toks[b].low == "the" {
			b++
		}
		if !ok || b >= n.te || !hasHeadWord(tz, b, n.te) {
			continue
		}
		r.te, n.ts = p, b
		if hasOrgHead(tz, b, n.te) {
			n.typ = model.Organization
		}
	}
	return raw
}

// hasOrgHead reports whether a word of a body's head ("University",
// "Party") is among the tokens [ts, te).
func hasOrgHead(tz *tokenized, ts, te int) bool {
	for k := ts; k < te; k++ {
		if tz.toks[k].in(wcOrgHead) {
			return true
		}
	}
	return false
}
