package analysis

// addressingParticiples are participles of speaking or writing to someone:
// "speaking to", "talking with", "writing to".
var addressingParticiples = wordSet(`speaking talking writing chatting replying responding`)

// pastAddressee reads past the one spoken or written to when the phrase r
// found as a verb's subject follows "speaking to", "talking with" or the
// like: "Another source speaking to the Gazette said" has the source for
// its subject, not the Gazette. ok is false when r is no such phrase; the
// attribution is then the subject before the participle, or none.
func (at *attributor) pastAddressee(r attribution, lo int) (attribution, bool) {
	if !r.ok || r.mention.End <= r.mention.Start {
		return attribution{}, false
	}
	toks := at.tz.toks
	s := tokenAt(toks, r.mention.Start)
	if s-1 > lo && toks[s-1].in(wcDeterminer) {
		s-- // "speaking to the Gazette"
	}
	if s-2 <= lo || toks[s-1].low != "to" && toks[s-1].low != "with" || !addressingParticiples[toks[s-2].low] {
		return attribution{}, false
	}
	return at.subjectBefore(s-2, lo), true
}
