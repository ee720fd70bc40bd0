package analysis

import "strings"

// A phrase of place, time or manner that opens a sentence with no comma
// after it ("In a post on its website the company said …") is no part of
// the subject: the subject is the phrase that follows it. The scan for a
// subject phrase (commonPhraseEndingAt) reads left from the verb over
// both; an article right after the object of the preposition, with no
// word to join the two, marks where the subject begins.

// afterPrepositionObject reports whether the article at k follows the
// object of a preposition that stands in toks[s:k]: the word before k is a
// noun-like word in lower case (not an article, preposition, possessive,
// conjunction, quantity or verb in -ed or -ing), and a preposition stands
// between s and it ("a post on its website | the company") or opens the
// sentence right before s ("Near | the harbour wall | the fishermen").
func (at *attributor) afterPrepositionObject(s, k int) bool {
	toks := at.tz.toks
	b := toks[k-1]
	if !isLowerWord(b.text) || !hasLetter(b.low) || b.in(wcDeterminer|wcPreposition|wcPossessive) || clauseBreaks[b.low] ||
		quantityNouns[b.low] || approx[b.low] || predeterminers[b.low] || strings.HasSuffix(b.low, "ed") || strings.HasSuffix(b.low, "ing") {
		return false
	}
	for p := s; p < k-1; p++ {
		if toks[p].in(wcPreposition) && isLowerWord(toks[p].text) {
			return true
		}
	}
	// "Near the harbour wall the fishermen told": the preposition that
	// opens the sentence, right before the phrase
	return s > 0 && toks[s-1].sent == toks[s].sent && toks[s-1].in(wcOpening|wcPreposition) &&
		(s == 1 || toks[s-2].sent != toks[s].sent)
}
