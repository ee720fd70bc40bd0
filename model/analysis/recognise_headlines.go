package analysis

import (
	"unicode"

	"github.com/byline-reader/byline/model"
)

// Names in title-case lines. A headline, a section head or the title of a
// related story capitalises every word, so the tagger runs a person's
// name on into the words after it ("Ada Holm Defends Herself Against
// Critics", "Praises Ada Holm Donor"). Capitals there say nothing about
// where a name ends; the article's running text does. A person in a
// title-case line is cut to the longest run of its words that the running
// text names as a person (or a given name and a surname the running text
// gives someone); a run of more than three words with no such part is no
// person at all. A name of two words is cut so too ("Reed Calls", "Holm
// Campaign"), but not of a word shaped as a surname is, with a hyphen, an
// apostrophe or a capital inside it, that the running text never writes in
// lower case ("Ghassan Abu-Laban" where the story says "Ghassan"). A short
// name is left as the tagger found it where the running text never gives
// it, or gives only its last word ("Ahmed al Ashry", then "Ashry"): most
// headlines name people as their stories do.

// titleCaseNames trims the person mentions of raw (in text order) that lie
// in title-case sentences to the names the running text confirms.
func titleCaseNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	// raw is in text order: one sentence's answer serves its mentions
	last, lastTC := int32(-1), false
	inTitleCase := func(r rawMention) bool {
		if s := toks[r.ts].sent; s != last {
			sr := tz.sents[s]
			last, lastTC = s, sr.para < 0 || titleCased(tz, sr.start, sr.end)
		}
		return lastTC
	}
	// a name of two words is cut only of its second word, and only where
	// its first is no given name ("Reed Calls"; not "Ada Holm"), in a line
	// as short as a headline is; a lower-case word right after the name
	// ("Ada Holm said") rules the line out before its words are counted
	candidate := func(r rawMention) bool {
		if r.typ != model.Person || r.te-r.ts < 2 {
			return false
		}
		if r.te-r.ts == 2 {
			if r.te < len(toks) && toks[r.te].sent == toks[r.ts].sent && !toks[r.te].capital && hasLetter(toks[r.te].text) {
				return false
			}
			if sr := tz.sents[toks[r.ts].sent]; sr.end-sr.start > 40 || !toks[r.ts+1].capital || !inTitleCase(r) {
				return false
			}
			return !tz.isGendered(r.ts) &&
				(!nameShaped(toks[r.ts+1].text) || tz.usedInLowerCase(toks[r.ts+1].low))
		}
		return inTitleCase(r)
	}
	// most articles have no person of two words or more in a title-case
	// line: nothing to learn about the running text for them
	found := false
	for i := range raw {
		// candidate's first test, inlined: most mentions are no person's
		// name of two words or more, and a call of the closure for each cost
		// more than the test
		if r := &raw[i]; r.typ == model.Person && r.te-r.ts >= 2 && candidate(*r) {
			found = true
			break
		}
	}
	if !found {
		return raw
	}
	// confirmed reports whether the running text names toks[a:b] as a
	// person, or gives the surname of a given name and surname; the
	// mentions are compared word by word, as few articles get here
	confirmed := func(a, b int) bool {
		given := b-a == 2 && tz.isGendered(a)
		for _, r := range raw {
			if r.typ != model.Person {
				continue
			}
			same := r.te-r.ts == b-a
			for k := 0; same && k < b-a; k++ {
				same = toks[r.ts+k].low == toks[a+k].low
			}
			if !same && !(given && r.te-r.ts >= 2 && toks[r.te-1].low == toks[a+1].low) {
				continue
			}
			if !inTitleCase(r) {
				return true
			}
		}
		return false
	}
	drop := false
	for i := range raw {
		r := &raw[i]
		if !candidate(*r) {
			continue
		}
		ba, bb := -1, -1
		for a := r.ts; a < r.te; a++ {
			for b := r.te; b > a && b-a > bb-ba; b-- {
				if confirmed(a, b) {
					ba, bb = a, b
					break
				}
			}
		}
		long := nameWords(toks, r.ts, r.te) > 3
		if o := r.ts + r.te - 1 - ba; r.te-r.ts == 2 && ba >= 0 && bb-ba == 1 && nameShaped(toks[o].text) && !tz.usedInLowerCase(toks[o].low) {
			continue // "Ghassan Abu-Laban" where the story says "Ghassan"
		}
		switch {
		case ba >= 0 && (bb-ba >= 2 || ba == r.ts && !tz.isGendered(ba) || long):
			// given names before the confirmed part stay on it ("Ahmed"
			// of "Ahmed al Ashry", where the story says "Al Ashry")
			for ba > r.ts && (tz.isGendered(ba-1) || toks[ba-1].in(wcNameParticle)) {
				ba--
			}
			r.ts, r.te = ba, bb
		case ba >= 0:
			// a surname the running text gives alone, after words that may
			// well be the given names it leaves out: "Ahmed al Ashry"
		case long:
			r.typ = model.Other
			r.te = r.ts // no mention: dropped below
			drop = true
		}
	}
	if !drop {
		return raw
	}
	return withoutEmpty(raw)
}

// withoutEmpty keeps, in place, the mentions of raw that a pass left with
// words in them (one it cut to nothing has te == ts).
func withoutEmpty(raw []rawMention) []rawMention {
	// read up to the first empty mention, which most calls find none
	// of, and copy only the mentions after it over the gaps
	for i := range raw {
		if raw[i].te <= raw[i].ts {
			out := raw[:i]
			for _, r := range raw[i+1:] {
				if r.te > r.ts {
					out = append(out, r)
				}
			}
			return out
		}
	}
	return raw
}

// nameWords counts the words of toks[a:b] with a letter in them.
func nameWords(toks []token, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if hasLetter(toks[k].text) {
			n++
		}
	}
	return n
}

// nameShaped reports whether w has the shape of a surname rather than of a
// word: a hyphen, an apostrophe or a capital after its first letter
// ("Abu-Laban", "O'Neill", "McCain").
func nameShaped(w string) bool {
	for i, r := range w {
		if r == '-' || r == '\'' || r == '’' || i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
