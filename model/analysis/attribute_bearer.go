package analysis

import "github.com/byline-reader/byline/model"

// Words written on a thing: "she held up a sign reading “…”", "a man in a
// shirt that read “…”", "banners proclaiming: “…”". A verb of saying right
// after a noun for a thing that bears words (no comma between) belongs to
// that noun, not to the sentence's subject: the sign says the words, and
// the one who holds or wears it is not quoted.

// bearerBefore reads the speech verb at k as the verb of a thing that bears
// words right before it, directly ("a sign reading") or through "that" or
// "which" ("a shirt that read"), and returns that noun phrase ("a sign",
// "a campaign hat"). The noun must have an article or a possessive.
func (at *attributor) bearerBefore(k, lo int) attribution {
	toks := at.tz.toks
	if !bearerVerbs[toks[k].low] {
		return attribution{}
	}
	n := k - 1
	if n > lo && (toks[n].low == "that" || toks[n].low == "which") {
		n--
	}
	if n < lo || n < 0 || at.qtok[n] >= 0 || !wordBearers[toks[n].low] || !isLowerWord(toks[n].text) {
		return at.bearerWithTail(k, lo)
	}
	// the phrase back to its article or possessive, over a few modifiers
	// ("a Harbour Days campaign hat"); a bare plural ("carrying signs
	// saying") is the bearers' own, as a chant is, and left to the rules
	// after
	s := -1
	for d := n - 1; d >= lo && n-d <= 4 && at.qtok[d] < 0 && toks[d].sent == toks[n].sent; d-- {
		t := &toks[d]
		if t.in(wcDeterminer|wcPossessive) && t.low != "that" {
			s = d
			break
		}
		// "Protesters outside the hall held signs reading": the verb that
		// holds up the thing ends its phrase
		if t.in(wcPreposition) || !hasLetterOrDigit(t.text) || pronouns[t.low] != "" || clauseBreaks[t.low] || beForms[t.low] || at.isCue(d) || bearingVerbs[t.low] {
			break
		}
	}
	if s < 0 {
		return attribution{}
	}
	return at.bearerPhrase(s, n, k)
}

// bearerPhrase is the thing from token s to n that bears the words its
// verb at k reads.
func (at *attributor) bearerPhrase(s, n, k int) attribution {
	toks := at.tz.toks
	span := model.Span{Start: toks[s].Start, End: toks[n].End}
	return attribution{speaker: normalizeName(at.a.Text[span.Start:span.End]), mention: span, cue: toks[k].text, ok: true}
}
