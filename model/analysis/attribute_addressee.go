package analysis

import "strings"

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
	s := at.tokAt(r.mention.Start)
	if s-1 > lo && toks[s-1].in(wcDeterminer) {
		s-- // "speaking to the Gazette"
	}
	if s-2 <= lo {
		return attribution{}, false
	}
	if (toks[s-1].low == "to" || toks[s-1].low == "with") && addressingParticiples[toks[s-2].low] {
		return at.subjectBefore(s-2, lo), true
	}
	// "Farmers marching through the capital chanted": the place a
	// participle moves or stands in is no subject either; the subject is
	// the noun the participle describes
	if wherePreps[toks[s-1].low] && at.describingParticiple(s-2, lo) {
		return at.subjectBefore(s-2, lo), true
	}
	return attribution{}, false
}

// wherePreps open the place of a participle: "marching through",
// "gathered outside", "standing in".
var wherePreps = wordSet(`through across along outside inside in at near around past into onto toward towards behind beside`)

// describingParticiple tells a participle at p that describes the noun
// before it ("farmers marching", "residents gathered"): a lower-case word
// in "-ing" or "-ed" after a word that can end a noun phrase.
func (at *attributor) describingParticiple(p, lo int) bool {
	toks := at.tz.toks
	if p-1 < lo || !isLowerWord(toks[p].text) || !strings.HasSuffix(toks[p].low, "ing") && !strings.HasSuffix(toks[p].low, "ed") || at.qtok[p] >= 0 {
		return false
	}
	b := toks[p-1]
	return hasLetter(b.text) && !b.in(wcDeterminer) && !prepositions[b.low] && !beForms[b.low] && !clauseBreaks[b.low] &&
		!coordinators[b.low] && !subjectSkips[b.low] && !haveForms[b.low] && at.qtok[p-1] < 0
}
