package analysis

import (
	"sort"
	"strings"
)

// hyphenTokens is the tokens whose text holds a hyphen-minus, in order,
// found from the hyphens of the article's text (far fewer than its
// tokens) by the token that spans each; ok is false where the tokens do
// not follow the text's order (a headline placed after the body), and
// the caller reads every token instead. A token's text is its span of
// the text (addSentence), and a hyphen is one in its lower-case form too.
func hyphenTokens(tz *tokenized) (hy []int32, ok bool) { return byteTokens(tz, '-') }

// byteTokens is hyphenTokens for the byte c (ASCII): the tokens whose text
// holds it, in order, or ok false where the tokens are out of the text's
// order.
func byteTokens(tz *tokenized, c byte) (hy []int32, ok bool) {
	toks := tz.toks
	for i := 1; i < len(tz.sents); i++ {
		p, s := tz.sents[i-1], tz.sents[i]
		if p.end > p.start && s.end > s.start && (s.start < p.end || toks[s.start].Start < toks[p.end-1].End) {
			return nil, false
		}
	}
	text := tz.text
	for i := 0; ; {
		j := strings.IndexByte(text[i:], c)
		if j < 0 {
			return hy, true
		}
		pos := i + j
		i = pos + 1
		k := sort.Search(len(toks), func(k int) bool { return toks[k].End > pos })
		if k < len(toks) && toks[k].Start <= pos && (len(hy) == 0 || hy[len(hy)-1] != int32(k)) {
			hy = append(hy, int32(k))
		}
	}
}

// nextHyphenedGivenIn is nextHyphenedGiven over the hyphenated tokens hy
// (hyphenTokens) alone, from the cursor *c on, which it moves past the
// tokens before k: callers ask with k rising.
func nextHyphenedGivenIn(toks []token, hy []int32, c *int, k, end int) int {
	for *c < len(hy) && int(hy[*c]) < k {
		*c++
	}
	for i := *c; i < len(hy) && int(hy[i]) < end; i++ {
		if t := &toks[hy[i]]; t.capital && hyphenedGiven(t) {
			return int(hy[i])
		}
	}
	return end
}
