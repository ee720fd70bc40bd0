package analysis

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Where a quotation stands: its sentence, its paragraph, its neighbours
// and what lies between them.

// startsSentence reports whether a quotation opens its sentence, as the
// second half of a split quotation does.
func (at *attributor) startsSentence(q model.Quote) bool {
	k := at.tokAt(q.Start)
	return k == 0 || k > 0 && (at.tz.toks[k-1].sent != at.tz.toks[k].sent || isSentenceEnd(at.tz.toks[k-1].text))
}

// opensSentenceAfterOpener reports whether a quotation follows nothing
// in its sentence but an opening word and its comma: "Now, “…”", "Still,
// “…”", which opens the sentence as much as the quotation alone would.
func (at *attributor) opensSentenceAfterOpener(q model.Quote) bool {
	toks := at.tz.toks
	k := at.tokAt(q.Start)
	if k < 2 || toks[k-1].text != "," || !at.word(k-2).in(awSentenceOpener) {
		return false
	}
	return k == 2 || toks[k-3].sent != toks[k-2].sent || isSentenceEnd(toks[k-3].text)
}

// opensSentenceAfterPhrase reports whether a quotation follows nothing in
// its sentence but an adverbial phrase and its comma: "In the south, by
// contrast, “…”", "Unless the board gives way, “…”". The phrase holds no
// speech verb, no person and no possessor, who might own the words ("In
// Reed's view, “…”"), and opens with a word that opens such phrases but
// not a comparison ("As Reed put it", "Like Reed").
func (at *attributor) opensSentenceAfterPhrase(q model.Quote) bool {
	toks := at.tz.toks
	k := at.tokAt(q.Start)
	if k < 3 || toks[k-1].text != "," {
		return false
	}
	s := at.sentenceFrom(k)
	if k-s > 14 || s > 0 && toks[s-1].sent == toks[s].sent {
		return false
	}
	if f := toks[s].low; !openingWords[f] && !sentenceOpeners[f] && !phraseOpeners[f] || comparisonOpeners[f] {
		return false
	}
	words := 0
	for j := s; j < k; j++ {
		if at.qtok[j] >= 0 || at.isCue(j) || at.word(j).in(awReportCue) || isPossessive(toks[j].text) ||
			at.ment[j] >= 0 && at.a.Entities[at.ment[j]].Type == model.Person {
			return false
		}
		if hasLetterOrDigit(toks[j].text) {
			words++
		}
	}
	return words >= 2
}

// onlyAttributionBetween reports whether the text between two quotations
// holds nothing but an attribution (the span attr) and at most maxWords
// other words (the verb, "on Monday") and punctuation.
func (at *attributor) onlyAttributionBetween(from, to int, attr model.Span, maxWords int) bool {
	if to < from {
		return false
	}
	toks := at.tz.toks
	words := 0
	hasAttr := false
	for k := at.tokAt(from); k >= 0 && k < len(toks) && toks[k].Start < to; k++ {
		if toks[k].End <= from || !hasLetterOrDigit(toks[k].text) {
			continue
		}
		if attr.End > attr.Start && attr.Contains(toks[k].Span) {
			hasAttr = true
			continue
		}
		words++
	}
	if attr.End > attr.Start && !hasAttr {
		// the neighbour was attributed from elsewhere: only punctuation may stand between
		return words == 0
	}
	return words <= maxWords
}

// splitByTag reports whether the quotation qi continues, in lower case, the
// sentence of the quotation before it after a tag between commas that holds
// the attribution attr and a long apposition: “The trouble,” said X, a
// harbour engineer who has worked on the quay since 1990, “is that …”
func (at *attributor) splitByTag(qi int, attr model.Span) bool {
	if qi == 0 || attr.End <= attr.Start {
		return false
	}
	toks := at.tz.toks
	prev, q := at.a.Quotes[qi-1], at.a.Quotes[qi]
	if spokenEnd(prev.Text) != ',' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(q.Text)); !unicode.IsLower(r) {
		return false
	}
	if attr.Start < prev.End || attr.End > q.Start {
		return false
	}
	qs := at.tokAt(q.Start)
	pe := at.tokAt(prev.End - 1)
	if qs <= 0 || pe < 0 || toks[qs-1].text != "," {
		return false
	}
	words := 0
	for k := pe + 1; k < qs; k++ {
		if toks[k].sent != toks[qs].sent || at.qtok[k] >= 0 || isSentenceEnd(toks[k].text) {
			return false
		}
		if hasLetterOrDigit(toks[k].text) {
			words++
		}
	}
	return words <= 30
}

// sameParagraph reports whether the quotation b starts in the paragraph
// where the earlier quotation a ends: a quotation that runs over paragraphs
// neighbours the next one in its last paragraph.
func (at *attributor) sameParagraph(a, b model.Quote) bool {
	return lastParagraph(a, at.a) == b.Paragraph
}

// lastParagraph is the paragraph a quotation ends in.
func lastParagraph(q model.Quote, a *model.Article) int {
	for i := q.Paragraph; i < len(a.Paragraphs); i++ {
		if a.Paragraphs[i].End >= q.End {
			return i
		}
	}
	return q.Paragraph
}

func (at *attributor) opensParagraph(q model.Quote) bool {
	if q.Paragraph < 0 || q.Paragraph >= len(at.a.Paragraphs) {
		return false
	}
	p := at.a.Paragraphs[q.Paragraph]
	return strings.TrimSpace(at.a.Text[p.Start:q.Start]) == ""
}

// tokenAt is the index of the token that starts at or covers byte offset off.
func tokenAt(toks []token, off int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	if i >= len(toks) {
		return -1
	}
	return i
}

// wholeParagraph reports whether a quotation is all of its paragraph, but
// for punctuation.
func (at *attributor) wholeParagraph(q model.Quote) bool {
	if q.Paragraph < 0 || q.Paragraph >= len(at.a.Paragraphs) || lastParagraph(q, at.a) != q.Paragraph {
		return false
	}
	p := at.a.Paragraphs[q.Paragraph]
	if q.Start < p.Start || q.End > p.End {
		return false
	}
	for _, r := range at.a.Text[p.Start:q.Start] + at.a.Text[q.End:p.End] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// joinedQuotes reports whether quotation qi and the next one are joined in
// one sentence by no more than a conjunction, a preposition or an article:
// “duped” by “a con”, “false” or “pants on fire”.
func (at *attributor) joinedQuotes(qi int) bool {
	toks := at.tz.toks
	a, b := at.a.Quotes[qi], at.a.Quotes[qi+1]
	k := at.tokAt(a.End-1) + 1
	e := at.tokAt(b.Start)
	if k <= 0 || e < k || e-k > 3 || toks[k-1].sent != toks[e].sent {
		return false
	}
	for ; k < e; k++ {
		w := toks[k].low
		if w != "and" && w != "or" && w != "by" && w != "," && !determiners[w] || w == "that" {
			return false
		}
	}
	return true
}

// wordsBetween counts the words between two byte offsets, at most a few
// dozen (bounded).
func (at *attributor) wordsBetween(from, to int) int {
	toks := at.tz.toks
	n := 0
	for k := at.tokAt(from); k >= 0 && k < len(toks) && toks[k].Start < to && n <= 50; k++ {
		if toks[k].Start >= from && hasLetterOrDigit(toks[k].text) {
			n++
		}
	}
	return n
}

// sentEnd is the token after the sentence that continues at token k,
// looking no further than limit.
func sentEnd(toks []token, k, limit int) int {
	e := k
	for e < limit && e < len(toks) && toks[e].sent == toks[max(k-1, 0)].sent {
		e++
	}
	return e
}

// closingToken finds the token text among toks[from:k], no more than limit
// tokens on, and returns its index; -1 when it is not there.
func closingToken(toks []token, from, k, limit int, text string) int {
	for c := from; c < k && c-from < limit; c++ {
		if toks[c].text == text {
			return c
		}
	}
	return -1
}

// maxLeading is how far before a quotation its attribution is looked for.
const maxLeading = 80
