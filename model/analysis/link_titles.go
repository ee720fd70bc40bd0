package analysis

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Quoted titles of works: “Salt Harbour” is one name, a work, whatever
// its words, and the names inside it are none of their own.

// withoutTitles drops the mentions that reach into a quoted title and
// reports which titles had one: a word of “The Glass Orchard” is no name of
// its own. It keeps the mentions in raw's own array, which the caller
// gives up.
func withoutTitles(raw []rawMention, titles [][2]int) ([]rawMention, []bool) {
	had := make([]bool, len(titles))
	if len(titles) == 0 {
		return raw, had
	}
	out := raw[:0]
	ti := 0
	for _, r := range raw {
		for ti < len(titles) && titles[ti][1] <= r.ts {
			ti++
		}
		drop := false
		for k := ti; k < len(titles) && titles[k][0] < r.te; k++ {
			if titles[k][1] > r.ts {
				had[k], drop = true, true
			}
		}
		if !drop {
			out = append(out, r)
		}
	}
	return out, had
}

// withTitles adds the titles that had a mention in them, and every other
// quotation of the same words, as names of works, in text order: the title
// is worth listing whole.
func withTitles(a *model.Article, tz *tokenized, raw []rawMention, titles [][2]int, hit []bool) []rawMention {
	text := func(t [2]int) string {
		return strings.ToLower(normalizeName(a.Text[tz.toks[t[0]].Start:tz.toks[t[1]-1].End]))
	}
	named := map[string]bool{}
	for k, t := range titles {
		if hit[k] || workContext(tz, t[0], t[1]) {
			named[text(t)] = true
		}
	}
	if len(named) == 0 {
		return raw
	}
	out := make([]rawMention, 0, len(raw)+len(titles))
	i := 0
	for _, t := range titles {
		if !named[text(t)] {
			continue
		}
		for i < len(raw) && raw[i].ts < t[0] {
			out = append(out, raw[i])
			i++
		}
		out = append(out, rawMention{ts: t[0], te: t[1], typ: model.Other, title: true})
	}
	return append(out, raw[i:]...)
}

// quotedTitles finds the token ranges of quoted titles of two words or
// more: “Salt Harbour”, "The Glass Orchard", in the headline as in the
// body, and a title in single marks inside a quotation (“After ‘Salt
// Harbour’ I wanted …”). A title names a work: the words in it are not
// names of their own.
func quotedTitles(a *model.Article, tz *tokenized) [][2]int {
	var spans []model.Span
	var punct []int // spans of titles that closed a stop or comma inside their marks
	// the headline's quotations, then the body's: read from the two
	// slices in turn rather than copied into one for every article
	var heads []model.Quote
	if a.TitleAt.End > a.TitleAt.Start && a.TitleAt.End <= len(a.Text) {
		heads = titleQuotes(a)
	}
	for _, qs := range [2][]model.Quote{heads, a.Quotes} {
		for _, q := range qs {
			at := strings.Index(a.Text[q.Start:q.End], q.Text)
			if at < 0 {
				continue
			}
			c := model.Span{Start: q.Start + at, End: q.Start + at + len(q.Text)}
			if isQuotedTitle(q.Text) {
				spans = append(spans, c)
				continue
			}
			if n := len(q.Text); n > 1 && n <= maxStopTitle && (q.Text[n-1] == '.' || q.Text[n-1] == ',') && isQuotedTitle(q.Text[:n-1]) {
				// "the TV show “Harbour Lights.”": American style closes
				// the sentence's full stop or comma inside the marks, so
				// the title is the words before it, but only where the
				// words around call it a work: a name alone with its stop
				// is as often a chant or a one-word answer (“Ada Brandt.”)
				punct = append(punct, len(spans))
				spans = append(spans, model.Span{Start: c.Start, End: c.End - 1})
				continue
			}
			spans = append(spans, singleQuotedTitles(a.Text, c)...)
		}
	}
	var out [][2]int
	for i, sp := range spans {
		ts := sort.Search(len(tz.toks), func(i int) bool { return tz.toks[i].Start >= sp.Start })
		te := ts
		for te < len(tz.toks) && tz.toks[te].End <= sp.End {
			te++
		}
		for te > ts && !hasLetterOrDigit(tz.toks[te-1].text) {
			te--
		}
		if len(punct) > 0 && punct[0] == i {
			punct = punct[1:]
			if te-ts < 2 || !workContext(tz, ts, te) && !showContext(tz, ts) {
				continue
			}
		}
		if te-ts >= 2 && tz.toks[ts].sent == tz.toks[te-1].sent {
			out = append(out, [2]int{ts, te})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// workContext reports whether the quoted title at [ts, te) is said to be a
// work: after a possessive or a noun for a work (“Marrin’s “…””, "the novel
// “…”", "her debut, “…”"), or before an apposition with one ("“…”, a documentary about …").
func workContext(tz *tokenized, ts, te int) bool {
	sent := tz.toks[ts].sent
	if ts >= 2 && tz.toks[ts-2].sent == sent {
		w := tz.toks[ts-2].text
		if w == "," && ts >= 3 && tz.toks[ts-3].sent == sent {
			w = tz.toks[ts-3].text // "her best-known book, “…”"
			if !titleNouns[w] {
				return false
			}
		}
		if isPossessive(w) || titleNouns[w] || namingWords[w] || sloganNouns[w] {
			return true
		}
	}
	c := te + 1 // past the closing mark
	if c+2 < len(tz.toks) && tz.toks[c].text == "," && tz.toks[c+2].sent == sent {
		switch tz.toks[c+1].text {
		case "a", "an", "the", "his", "her", "their":
			for j := c + 2; j < len(tz.toks) && j < c+5 && tz.toks[j].sent == sent; j++ {
				if titleNouns[tz.toks[j].text] {
					return true
				}
			}
		}
	}
	return false
}

func isQuotedTitle(text string) bool {
	// looksLikeTitle takes no more than six words: a longer quotation,
	// as most are, is not handed to it to be counted again
	n := countFields(text, 6)
	return n >= 2 && n <= 6 && looksLikeTitle(text)
}

// singleQuotedTitles finds titles in single marks inside the span c: an
// opening ‘ or ' after a space, a closing ’ or ' after a letter and before
// no letter, so that apostrophes (“Demirel’s”, “the Workers’ Party”) are
// never taken for marks.
func singleQuotedTitles(t string, c model.Span) []model.Span {
	var out []model.Span
	open := -1
	for i := c.Start; i < c.End; {
		// only ' and ‘ ’ (E2 80 98, E2 80 99) matter: other bytes are
		// skipped without decoding, eight at a step while none of them
		// is either. Both bytes are ASCII or a lead byte, never inside a
		// character, so decoding from c.Start would stand on each of them
		// too.
		for i+8 <= c.End {
			if x := load64(t[i : i+8]); zeroBytes(x^'\''*ones)|zeroBytes(x^0xE2*ones) != 0 {
				break
			}
			i += 8
		}
		if i >= c.End {
			break
		}
		if b := t[i]; b != '\'' && b != 0xE2 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:c.End])
		if r == '‘' || r == '\'' {
			before, after := ' ', ' '
			if i > c.Start {
				before, _ = utf8.DecodeLastRuneInString(t[c.Start:i])
			}
			if i+size < c.End {
				after, _ = utf8.DecodeRuneInString(t[i+size : c.End])
			}
			if open < 0 && (unicode.IsSpace(before) || strings.ContainsRune("(“\"—–", before)) && unicode.IsLetter(after) {
				open = i + size
			} else if open >= 0 && r == '\'' && (unicode.IsLetter(before) || unicode.IsDigit(before)) && !unicode.IsLetter(after) {
				if isQuotedTitle(t[open:i]) {
					out = append(out, model.Span{Start: open, End: i})
				}
				open = -1
			}
		} else if r == '’' && open >= 0 {
			before, _ := utf8.DecodeLastRuneInString(t[c.Start:i])
			after := ' '
			if i+size < c.End {
				after, _ = utf8.DecodeRuneInString(t[i+size : c.End])
			}
			if (unicode.IsLetter(before) || unicode.IsDigit(before)) && !unicode.IsLetter(after) {
				if isQuotedTitle(t[open:i]) {
					out = append(out, model.Span{Start: open, End: i})
				}
				open = -1
			}
		}
		i += size
	}
	return out
}

// maxStopTitle is the most bytes of a quoted title with its stop that
// quotedTitles reads: six words of a title fit, and most quotations, which
// end in a stop too, are longer and not read word by word.
const maxStopTitle = 72

// showContext reports whether the quoted title opening at ts (its mark
// at ts-1) follows a noun for a broadcast or a series ("the TV show
// “…”", "a new series, “…”"), which titleNouns leaves to attribution's
// own reading.
func showContext(tz *tokenized, ts int) bool {
	for k := ts - 2; k >= 0 && k >= ts-3 && tz.toks[k].sent == tz.toks[ts].sent; k-- {
		if w := tz.toks[k].low; showNouns[w] || workNouns[w] {
			return true
		}
		if tz.toks[k].text != "," {
			break
		}
	}
	return false
}
