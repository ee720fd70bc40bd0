package analysis

import (
	"strings"
	"unicode/utf8"
)

// Quoted words that name a thing rather than report a speaker: a name
// given after "pseudonym" or "known as", a title or term joined by "and"
// or "or" to one before it ("starred in “Salt Roads” and “Low Tide,”"),
// and a one-word title that keeps its sentence's comma ("on Radio
// Eastcliff's “Drivetime,”"). isTitleOrName reads them.

// termBefore reports whether the quotation at qs is a name after a word
// that introduces one: a noun for another name ("under the pseudonym
// “…”", "his old nickname “…”") or "known as". Nouns for terms and
// slogans ("the phrase “…”") are left out: a term is often the words of
// the one who used it, and PolNeAR gives it to them.
func (at *attributor) termBefore(qs int) bool {
	toks := at.tz.toks
	k := qs - 1
	if k < 0 || at.qtok[k] >= 0 || toks[k].sent != toks[qs].sent || !isLowerWord(toks[k].text) {
		return false
	}
	w := toks[k].low
	return nameNouns[w] || w == "as" && knownBefore(toks, k)
}

// knownBefore reports whether "known" stands before the "as" at token k,
// right before it or before a short phrase of place or time that opens
// with a preposition ("known as “…”", "known in Brazil as “…”", "known
// locally as “…”", "known since the 1990s as “…”").
func knownBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && toks[j].sent == toks[k].sent; j-- {
		switch {
		case toks[j].low == "known":
			return j == k-1 || toks[j+1].in(wcPreposition) || j == k-2 && strings.HasSuffix(toks[j+1].low, "ly")
		case !isWordRune(firstRune(toks[j].text)):
			return false
		}
	}
	return false
}

// coordinatedName reports whether the quotation qi follows "and", "or" or
// a comma right after a quotation that names a title or a term: the two
// are one list of names ("starred in “Salt Roads” and “Low Tide,”", "a
// vote for “Y” or “N”").
func (at *attributor) coordinatedName(qi, qs int) bool {
	toks := at.tz.toks
	if qi == 0 || qs < 2 || !at.named[qi-1] {
		return false
	}
	c := toks[qs-1].low
	if c != "and" && c != "or" && c != "," {
		return false
	}
	k := qs - 2
	if k >= 0 && toks[k].text == "," && c != "," && at.qtok[k] < 0 {
		k-- // "“A”, and “B”"
	}
	return k >= 0 && at.qtok[k] == qi-1 && toks[k].sent == toks[qs].sent
}

// titleSlot reports whether prev, the word before a quotation, takes a
// title or a name after it: a preposition or a possessive ("on “…”",
// "the station's “…”").
func titleSlot(prev string) bool { return prepositions[prev] || isPossessive(prev) }

// byAuthor reports whether the quotation qi is the title of a work or a
// headline that "by" and its author's name follow: "“Salt Roads,” by Ines Vell", "“Port
// fees to rise,” by the Courier’s Tomas Brandt:". Words someone said end
// before a speech verb, never before "by" and a name; the passive of a
// speech verb ("was said by") has its verb between them.
func (at *attributor) byAuthor(qi, qs int) bool {
	toks := at.tz.toks
	q := at.a.Quotes[qi]
	text := strings.TrimSpace(q.Text)
	// a title, or a headline that keeps its sentence's comma; never a
	// participle the passive quotes ("was “rocked” by Reed") nor a noun
	// phrase whose agent follows ("the “cruelty of his words,” by Reed")
	if trimmed := strings.TrimRight(text, ","); !at.quoteTitleShaped(qi, trimmed, 15) && (trimmed == text || countFields(trimmed, 3) < 3 || !isCapitalised(trimmed)) {
		return false
	}
	e := qs
	for e < len(toks) && toks[e].Start < q.End {
		e++
	}
	if e+1 >= len(toks) || toks[e].sent != toks[qs].sent || toks[e].text != "by" {
		return false
	}
	n := &toks[e+1]
	return n.capital && at.qtok[e+1] < 0 && !n.in(wcDeterminer|wcPreposition) && pronouns[n.low] == ""
}

// glossFor reports whether the words before a quotation, prev2 and prev,
// make it the meaning of a word just given: "Latin for “…”", "Spanish for
// “…”", "shorthand for “…”". A gloss translates; no one says it.
func glossFor(prev, prev2 string) bool {
	return prev == "for" && glossWords[lower(prev2)] || prev == "literally" || prev == "as" && (prev2 == "translates" || prev2 == "translated")
}

// firstRune is the first rune of w, or utf8.RuneError for "".
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}
