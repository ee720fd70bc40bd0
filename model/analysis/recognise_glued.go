package analysis

import (
	"unicode"

	"github.com/byline-reader/byline/model"
)

// Words glued together. Text saved from a web page loses the breaks
// between its widgets, so a comment's buttons and the next commenter run
// into one word ("FlagShareLikeReplyAna"), a time runs into the headline
// after it ("10:01PMReed Wants …") and a photo credit into a caption
// ("Holm and BrandtJOAN ALLAN via …"). Such a word is no part of a person's
// name, though the tagger, seeing capitals, reads one through it. A
// person's own capitals inside a name are few: "McDonald", "DeLuca",
// "VanDerBeek".

// gluedNames cuts each person mention of raw at its first glued word: the
// words before it stay the name, or, where it opens the mention, the
// words after it; a mention with no name word left is dropped.
func gluedNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	drop := false
	for i := range raw {
		r := &raw[i]
		if r.typ != model.Person {
			continue
		}
		for k := r.ts; k < r.te; k++ {
			if !gluedWord(toks[k].text) {
				continue
			}
			if k > r.ts {
				r.te = k
			} else {
				r.ts = k + 1
			}
			if nameWords(toks, r.ts, r.te) == 0 {
				r.te = r.ts
				drop = true
			}
			break
		}
	}
	if !drop {
		return raw
	}
	return withoutEmpty(raw)
}

// gluedWord reports whether w is words run together: a figure with a
// capitalised word after it ("01PMReed"), three or more capitals each after a
// lower-case letter ("FlagShareLikeReply"), or three capitals after three
// lower-case letters or more ("BrandtJOAN"; all-capital news writes
// "McCAIN", whose "Mc" is shorter).
func gluedWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		// a capitalised word after the figure: "01PMReed", not "1990s", "3M"
		up := false
		for _, r := range w {
			if up && unicode.IsLower(r) {
				return true
			}
			up = unicode.IsUpper(r)
		}
		return false
	}
	if !capitalAfterFirst(w) {
		return false // no capital after the first letter ("Reed"): no hump
	}
	humps, caps, lows := 0, 0, 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			lows++
			caps = 0
		case unicode.IsUpper(r):
			if lows > 0 {
				humps++
				if lows < 3 {
					caps = -1 // "Mc" of "McCAIN"
				} else {
					caps = 0
				}
			}
			if caps >= 0 {
				caps++
				if caps >= 3 && humps > 0 {
					return true
				}
			}
			lows = 0
		default:
			caps, lows = 0, 0
		}
	}
	return humps >= 3
}
