package analysis

import (
	"slices"
	"strings"

	"github.com/byline-reader/byline/model"
)

// A given name that opens a sentence. The tagger learnt that a sentence's
// first word is written with a capital whatever it is, so it trusts the
// capital there least, and leaves out a given name it does not know
// before the surname it found: "Tor Einar Lunde has fished …" becomes
// "Einar Lunde", "Precious Moyo said …" becomes "Moyo". openingGivenNames
// puts the first word back on the person's name when it is a known given
// name (givenNames, recog40WordNames such as "Precious", or on another
// list of given names and never written in lower case in the article:
// not the "Will" of a question), a name word (no sentence starter,
// title, month, head word or acronym) that no other mention has and no
// party, nationality or faith, with the name four words at most. Words
// that open sentences are seldom given names, so an unknown word is left
// out: "Neither Ivo Reed", "Billionaire Ada Holm".
func openingGivenNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		k := r.ts - 1
		if r.typ != model.Person || r.title || r.handle || k < 0 || r.te-k > 4 || !sentenceOpening(tz, k) {
			continue
		}
		if i > 0 && raw[i-1].te > k {
			continue
		}
		t := &toks[k]
		if !t.capital || !t.isNameWord() || !wordOfLetters(t.text) || t.in(wcDescriptor) || partyOrFaith(t.low) {
			continue
		}
		if !tz.isGiven(k) && !recog40WordNames[t.low] && (!givenLike(t.low) || tz.usedInLowerCase(t.low)) {
			continue
		}
		r.ts = k
	}
	return raw
}

// sentenceOpening reports whether token k opens its sentence, follows
// only an opening quotation mark there, or follows a dash (after a
// dateline: "OSLO (Wire) — Tor Einar Lunde").
func sentenceOpening(tz *tokenized, k int) bool {
	toks := tz.toks
	if k == 0 || toks[k-1].sent != toks[k].sent {
		return true
	}
	w := toks[k-1].text
	if w == "—" || w == "–" {
		return true
	}
	if k == 1 || toks[k-2].sent != toks[k].sent {
		return w == "\"" || w == "“" || w == "‘" || w == "'"
	}
	return false
}

// hyphenGivenNames (a recogniser pass) makes a person of a
// double-barrelled given name and the name words after it: "Amir-Hossein
// Karimzadeh", "Marie-Claire Dubois", where the tagger, knowing no such
// word, found the surname alone or typed either word a body or a place.
// The word is double-barrelled (doubleBarrelled), its first part a known
// given name ("Amir", "Marie", "Jean") and no name word before it; name
// words follow it in its sentence, with no head word of a body or a place
// among them (namedAfterPeople too) and no capital after them; no
// mention runs past them or starts before the given name; the sentence
// is not written in capitals throughout.
func hyphenGivenNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	changed := false
	// the hyphenated tokens, from the text's hyphens; every token where
	// the tokens are out of the text's order
	hy, inOrder := hyphenTokens(tz)
	if inOrder && len(hy) == 0 {
		return raw
	}
	c := 0 // hy's cursor
	for _, s := range tz.sents {
		if s.para < 0 {
			continue
		}
		for k := s.start; k+1 < s.end; k++ {
			if inOrder {
				k = nextHyphenedGivenIn(toks, hy, &c, k, s.end-1)
			} else {
				k = nextHyphenedGiven(toks, k, s.end-1)
			}
			if k+1 >= s.end {
				break
			}
			if k > s.start && toks[k-1].capital && toks[k-1].isNameWord() {
				continue // not "the Muhammad Ali-Joe Frazier fight", two names
			}
			e := namePieces(tz, k+1, s.end)
			if e == k+1 || e < s.end && toks[e].capital && hasLetter(toks[e].text) || hasHeadWord(tz, k, e) || titleCased(tz, s.start, s.end) {
				continue
			}
			ok, first := true, -1
			for i := range raw {
				r := &raw[i]
				if r.te <= k || r.ts >= e {
					continue
				}
				if r.ts < k || r.te > e || r.title || r.handle {
					ok = false
					break
				}
				if first < 0 {
					first = i
				}
			}
			for y := k + 1; y < e && ok; y++ {
				ok = !toks[y].isBodyWord() && !facilityNouns[toks[y].low] && !namedAfterPeople[toks[y].low] // "Jean-Pierre Airport"
			}
			if !ok {
				continue
			}
			if first >= 0 {
				raw[first].ts, raw[first].te, raw[first].typ = k, e, model.Person
				for i := first + 1; i < len(raw) && raw[i].ts < e; i++ {
					raw[i].te = raw[i].ts // the tagger's other pieces of the name
				}
			} else {
				raw = append(raw, rawMention{ts: k, te: e, typ: model.Person})
				slices.SortStableFunc(raw, func(x, y rawMention) int { return x.ts - y.ts })
			}
			changed = true
			k = e - 1
		}
	}
	if changed {
		return withoutEmpty(raw)
	}
	return raw
}

// nextHyphenedGiven is the first token from k to end (not included) that
// is a double-barrelled given name (hyphenedGiven), or end: a loop of its
// own over the tokens, most of which are passed over by their capital
// or their lack of a hyphen.
func nextHyphenedGiven(toks []token, k, end int) int {
	for ; k < end; k++ {
		if t := &toks[k]; t.capital && hasHyphen(t.low) && hyphenedGiven(t) {
			return k
		}
	}
	return end
}

// hyphenedGiven reports whether the token is a double-barrelled given
// name: "Amir-Hossein", "Marie-Claire".
func hyphenedGiven(t *token) bool {
	if !t.capital {
		return false
	}
	h := strings.IndexByte(t.low, '-')
	return h > 0 && givenLike(t.low[:h]) && doubleBarrelled(t.text)
}

// namedAfterPeople are the kinds of places named after a person that the
// lists of head words lack: "Jean-Pierre Airport".
var namedAfterPeople = wordSet(`airport airfield terminal station bridge boulevard avenue highway stadium arena
hall prize award trophy cup lecture foundation institute`)
