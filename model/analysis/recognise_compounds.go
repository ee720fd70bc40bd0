package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Hyphenated adjectives. News packs a description into one hyphenated
// word before a name ("die-hard Reed", "Labour-controlled Council",
// "Dunmore-based Holm") or makes an adjective of a name ("a Reed-led
// council", "Holm-style tactics"), and the tagger, seeing capitals, takes
// the word into the name. Such a word is one that opens in lower case with
// a hyphen in it (a particle aside: "al-Assad"), or whose last part is a
// word that makes adjectives (compoundHeads). Opening a mention it is cut
// off; inside or closing a person's it makes the whole an adjective, no
// person; inside another's, what follows it is the name
// ("Reed-run Harbour Board" is the Harbour Board).

// compoundModifiers trims or drops the mentions of raw that such words
// open or cut.
func compoundModifiers(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	drop := false
	// a word compoundModifier takes holds a hyphen: a mention whose span
	// of the text holds none (most) need not have its words asked
	hyphens := newByteCursor(tz.text, '-')
	for i := range raw {
		r := &raw[i]
		if r.te <= r.ts || !hyphens.within(toks[r.ts].Start, toks[r.te-1].End) {
			continue
		}
		for k := r.ts; k < r.te; k++ {
			if !compoundModifier(&toks[k]) {
				continue
			}
			switch {
			case k == r.ts:
				r.ts = k + 1
			case r.typ == model.Person:
				r.te = r.ts
			default:
				r.ts = k + 1
			}
			if nameWords(toks, r.ts, r.te) == 0 {
				r.te = r.ts
				drop = true
				break
			}
		}
	}
	if !drop {
		return raw
	}
	return withoutEmpty(raw)
}

// compoundModifier reports whether t is a hyphenated adjective: lower case
// before its first hyphen (not a particle: "al-Assad", "bin-Talal"), or a
// last part that makes adjectives ("Reed-led").
func compoundModifier(t *token) bool {
	h := strings.IndexByte(t.text, '-')
	if h <= 0 || h == len(t.text)-1 {
		return false
	}
	if !t.capital && !nameParticles[t.low[:h]] {
		return true
	}
	last := t.low[strings.LastIndexByte(t.low, '-')+1:]
	return compoundHeads[last]
}
