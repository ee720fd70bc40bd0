package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// splitParagraphs splits the body into paragraphs. Every non-blank line is
// a paragraph, as in most saved news; but where blank lines separate blocks
// of several lines each (hard-wrapped text, Markdown), a block is one
// paragraph — unless its lines run far past any wrapping width, when each
// is a paragraph of its own.
func splitParagraphs(t string, body model.Span, markdown bool) []model.Paragraph {
	type ln struct{ s, e int }
	// every line once, in one array: the blocks are ranges of it
	ls := make([]ln, 0, strings.Count(t[body.Start:body.End], "\n")+1)
	for i := body.Start; i < body.End; {
		j := strings.IndexByte(t[i:body.End], '\n')
		end, next := body.End, body.End
		if j >= 0 {
			end, next = i+j, i+j+1
		}
		ls = append(ls, ln{i, end})
		i = next
	}
	// group into blocks separated by blank lines, dropping the blank ones
	type block struct{ from, to int } // a range of ls
	// a blank line ends every block but the last: never more than this
	blocks := make([]block, 0, len(ls)/2+1)
	nonBlank, cur := 0, -1
	for _, l := range ls {
		if strings.TrimSpace(t[l.s:l.e]) == "" {
			if cur >= 0 {
				blocks = append(blocks, block{cur, nonBlank})
				cur = -1
			}
			continue
		}
		if cur < 0 {
			cur = nonBlank
		}
		ls[nonBlank] = l
		nonBlank++
	}
	if cur >= 0 {
		blocks = append(blocks, block{cur, nonBlank})
	}
	multi, wrapped, long := 0, 0, 0
	for _, b := range blocks {
		if b.to-b.from > 1 {
			multi++
			// lines broken by a fixed width are short; a line that runs
			// far past any width is a paragraph of its own
			for _, l := range ls[b.from : b.to-1] {
				if utf8.RuneCountInString(t[l.s:l.e]) > 150 {
					long++
				} else {
					wrapped++
				}
			}
		}
	}
	byBlock := markdown || (len(blocks) > 1 && multi*2 > len(blocks) && long <= wrapped)
	size := nonBlank
	if byBlock && !markdown {
		size = len(blocks)
	}
	out := make([]model.Paragraph, 0, size)
	add := func(s, e int) {
		for s < e && isSpaceByte(t[s]) {
			s++
		}
		for e > s && isSpaceByte(t[e-1]) {
			e--
		}
		if e > s {
			out = append(out, model.Paragraph{Span: model.Span{Start: s, End: e}})
		}
	}
	for _, b := range blocks {
		first, last := ls[b.from], ls[b.to-1]
		if byBlock && !(markdown && isMarkdownList(t, first.s, first.e)) {
			add(first.s, last.e)
			continue
		}
		for _, l := range ls[b.from:b.to] {
			add(l.s, l.e)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func isMarkdownList(t string, s, e int) bool {
	l := strings.TrimLeft(t[s:e], " ")
	return strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "+ ")
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// spaceAt is the length of the space at t[k] before end, 0 for none: an
// ASCII space or a no-break space, which web copy often sets after a
// sentence's full stop ("bias.\u00a0On the topic").
func spaceAt(t string, k, end int) int {
	switch {
	case k >= end:
		return 0
	case isSpaceByte(t[k]):
		return 1
	case k+1 < end && t[k] == 0xc2 && t[k+1] == 0xa0:
		return 2
	}
	return 0
}

// sentenceMarks are the bytes that can end a sentence, for splitSentences.
var sentenceMarks = [...]byte{'.', '!', '?'}

// splitSentences splits a paragraph at . ! ? (and closing quotation marks
// after them) followed by a space and an upper-case letter or opening mark.
func splitSentences(t string, p model.Span) []model.Span { return appendSentences(nil, t, p) }

// splitAllSentences fills in every paragraph's Sentences, all of them in
// one array for the article rather than one or more for each paragraph.
func splitAllSentences(t string, ps []model.Paragraph) {
	all := make([]model.Span, 0, 2*len(ps))
	for i := range ps {
		n := len(all)
		all = appendSentences(all, t, ps[i].Span)
		ps[i].Sentences = all[n:] // for its length: all may move yet
	}
	k := 0
	for i := range ps {
		n := len(ps[i].Sentences)
		if n == 0 {
			ps[i].Sentences = nil
			continue
		}
		ps[i].Sentences = all[k : k+n : k+n]
		k += n
	}
}

// appendSentences is splitSentences appending to out.
func appendSentences(out []model.Span, t string, p model.Span) []model.Span {
	start := p.Start
	// next[k]: where sentenceMarks[k] is next, at or after i (p.End for
	// nowhere), or below i when not yet looked for; one byte search for
	// each mark, which most paragraphs have none of but the full stop
	next := [len(sentenceMarks)]int{-1, -1, -1}
	for i := p.Start; i < p.End; {
		// the marks are ASCII, and no byte of a longer character is: a
		// byte search finds the same marks as decoding every character
		at := p.End
		for k, c := range sentenceMarks {
			if next[k] < i {
				next[k] = p.End
				if x := strings.IndexByte(t[i:p.End], c); x >= 0 {
					next[k] = i + x
				}
			}
			at = min(at, next[k])
		}
		if i = at; i == p.End {
			break
		}
		r, size := rune(t[i]), 1
		j := i + size
		for j < p.End {
			r2, s2 := utf8.DecodeRuneInString(t[j:p.End])
			if r2 == '"' || r2 == '”' || r2 == '’' || r2 == '\'' || r2 == ')' || r2 == '.' || r2 == '!' || r2 == '?' {
				j += s2
				continue
			}
			break
		}
		if j >= p.End {
			break
		}
		if spaceAt(t, j, p.End) == 0 {
			i = j
			continue
		}
		k := j
		for n := spaceAt(t, k, p.End); n > 0; n = spaceAt(t, k, p.End) {
			k += n
		}
		nr, _ := utf8.DecodeRuneInString(t[k:p.End])
		if !(unicode.IsUpper(nr) || nr == '"' || nr == '“' || nr == '‘' || unicode.IsDigit(nr) || asciiOpeningQuote(t, k, p.End)) {
			i = j
			continue
		}
		if r == '.' && (isAbbrevBefore(t, start, i) || initialsBefore(t, start, i, k) || mariaBefore(t, start, i, k, p.End)) {
			i = j
			continue
		}
		out = append(out, model.Span{Start: start, End: j})
		start = k
		i = k
	}
	if start < p.End {
		out = append(out, model.Span{Start: start, End: p.End})
	}
	return out
}

// isAbbrevBefore reports whether the word ending at dot (exclusive) is a
// known abbreviation or a single initial ("J. K. Rowling").
func isAbbrevBefore(t string, from, dot int) bool {
	k := dot
	for k > from && t[k-1] != ' ' && t[k-1] != 0xa0 {
		k--
	}
	w := strings.Trim(t[k:dot], "(\"“‘'")
	if w == "" {
		return false
	}
	if abbreviation(w) {
		return true
	}
	// lower-casing maps each character to one, so w counts as its lower-case form does
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(t[k:dot])
		return unicode.IsUpper(r) && !(w == "X" && platformBefore(t, from, k))
	}
	return false
}

// platformBefore reports whether the word before the one at k is a
// preposition that names where something was posted: "wrote on X.",
// "via X.". X is the social network there, a name of its own whose full
// stop ends the sentence ("… on X. Reed said later …"), not a person's
// initial, which follows a given name or opens a name after a verb or "by".
func platformBefore(t string, from, k int) bool {
	e := k
	for e > from && (t[e-1] == ' ' || t[e-1] == 0xa0) {
		e--
	}
	b := e
	for b > from && t[b-1] != ' ' && t[b-1] != 0xa0 {
		b--
	}
	switch strings.ToLower(t[b:e]) {
	case "on", "via", "onto", "to", "from", "at":
		return true
	}
	return false
}

// initialsBefore reports whether the word ending at dot (exclusive) is a
// name's dotted initials, capitals each followed by a full stop, and the
// word at next a name rather than a sentence's first word: "G.K.
// Butterfield", "J.M. Berger", not "at six P.M. Nobody".
func initialsBefore(t string, from, dot, next int) bool {
	k := dot
	for k > from && t[k-1] != ' ' && t[k-1] != 0xa0 {
		k--
	}
	w := strings.TrimLeft(t[k:dot], "(\"“‘'")
	if len(w) < 3 || abbreviation(w) || w == "A.M" || w == "P.M" {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || i+1 < len(w) && w[i+1] != '.' {
			return false
		}
	}
	e := next
	for e < len(t) && t[e] != ' ' && t[e] != ',' && t[e] != '.' {
		e++
	}
	return !stopword(t[next:e])
}

// asciiOpeningQuote reports a quotation opened at k with a doubled ASCII
// mark, two apostrophes or two backquotes, as newspapers set in ASCII
// open one (the New York Times in PolNeAR-era text), or with one
// apostrophe before a capital, as those that quote in single marks do.
func asciiOpeningQuote(t string, k, end int) bool {
	return k+1 < end && ((t[k] == '\'' || t[k] == '`') && t[k+1] == t[k] || t[k] == '\'' && 'A' <= t[k+1] && t[k+1] <= 'Z')
}

// mariaBefore (names36) reports whether the word ending at dot
// (exclusive) is "Ma", the Filipino short form of Maria that opens a
// woman's given names ("Ma. Luisa Santos", "Governor Ma. Elena Cruz"),
// not a surname closing a sentence ("… said Jack Ma. Shares fell"): it
// opens the sentence or follows a word in lower case or a person's
// title, and a capitalised word that is no stop word follows it.
func mariaBefore(t string, from, dot, next, end int) bool {
	if dot-from < 2 || t[dot-2:dot] != "Ma" || dot-2 > from && t[dot-3] != ' ' && t[dot-3] != 0xa0 && t[dot-3] != '(' {
		return false
	}
	e := next
	for e < end && t[e] != ' ' && t[e] != ',' && t[e] != '.' && t[e] != 0xa0 {
		e++
	}
	if e == next || stopword(t[next:e]) {
		return false
	}
	if c, _ := utf8.DecodeRuneInString(t[next:e]); !unicode.IsUpper(c) {
		return false
	}
	b := dot - 2
	for b > from && (t[b-1] == ' ' || t[b-1] == 0xa0) {
		b--
	}
	if b == from {
		return true // "Ma. Luisa Santos said" opens the sentence
	}
	a := b
	for a > from && t[a-1] != ' ' && t[a-1] != 0xa0 {
		a--
	}
	w := t[a:b]
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(c) || personTitles[strings.ToLower(w)]
}
