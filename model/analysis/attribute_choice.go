package analysis

import "github.com/byline-reader/byline/model"

// The choice between two tags in one sentence.

// namedOverUnnamed chooses between the trailing tag r of a quotation that
// stands inside its sentence and the sentence's leading tag. Where the
// trailing tag's words name no one who could speak (a phrase headed by a
// preposition or by a noun that is neither a person nor a source: "Reed
// said he “…” without reporters asking him", "call Osei “…,” a nod to his
// rival acknowledging …") and the words before the quotation give it a
// named speaker, the named one speaks. A trailing tag headed by a source
// or a role ("the senator says", "the source recalled") keeps it.
func (at *attributor) namedOverUnnamed(w around, r attribution) attribution {
	if r.id != "" || at.speakingHead(r.mention) {
		return r
	}
	lo := at.sentenceFrom(w.qs)
	if at.opensSentence(lo, w.qs) {
		return r
	}
	if l := at.leading(w.qs, lo); l.ok && l.id != "" {
		return l
	}
	return r
}

// speakingHead reports whether the phrase m is headed by a noun that can
// speak: its last word before a preposition is a source, a role or a
// person ("the senator", "one of the prosecutors for …"). A phrase that
// opens with a preposition has no such head.
func (at *attributor) speakingHead(m model.Span) bool {
	toks := at.tz.toks
	s, e := at.tokAt(m.Start), at.tokAt(m.End-1)
	if s < 0 || e < 0 {
		return true
	}
	if phrasePrepositions[toks[s].low] {
		return false
	}
	head := -1
	for k := s; k <= e && !toks[k].in(wcPreposition); k++ {
		head = k
	}
	if head < 0 {
		return false
	}
	if toks[head].capital {
		return true // a name the recogniser did not know: "Right Wing Watch first reported"
	}
	w := toks[head].low
	return w == "one" || unnamedHeads[w] || roleNouns[w] || personNouns[w] || pronouns[w] != ""
}
