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
			ok = t.capital && t.isNameWord() && !t.isBodyWord() && !t.in(wcDescriptor)
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

// bodyForPerson (a recogniser pass) gives back to a body the words after
// its head and "for" or "of" that the tagger took for a person: "the
// Centre for Democracy Studies" tagged "Democracy Studies" a person. The
// head word is capitalised right before "for" or "of", the head of a
// body named for what it studies or serves (subjectBodyHeads: "Centre",
// "Institute", "Ministry"; not "Party", which a candidate's name may
// follow), and the body runs from it, or from the mention that ends at
// it, to the person's end.
func bodyForPerson(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	merged := false
	for i := range raw {
		r := &raw[i]
		if r.typ != model.Person || r.title || r.handle || r.ts < 2 || r.te-r.ts > 3 {
			continue
		}
		of, h := &toks[r.ts-1], &toks[r.ts-2]
		if of.low != "for" && of.low != "of" || of.text != of.low || !h.capital || !subjectBodyHeads[h.low] || h.sent != toks[r.ts].sent {
			continue
		}
		ts := r.ts - 2
		if i > 0 && raw[i-1].te == ts+1 && !raw[i-1].title {
			ts = raw[i-1].ts // the body the tagger found up to its head
			raw[i-1].te, merged = raw[i-1].ts, true
		}
		r.ts, r.typ = ts, model.Organization
	}
	if merged {
		return withoutEmpty(raw)
	}
	return raw
}

// subjectBodyHeads head bodies named for what they study, serve or
// oversee, after "for" or "of": "Centre for Democracy Studies",
// "Institute of Bioeconomy Research".
var subjectBodyHeads = wordSet(`centre center institute institution ministry department council commission
foundation society association agency office bureau school college university academy fund trust coalition
alliance league network union observatory laboratory programme program`)
