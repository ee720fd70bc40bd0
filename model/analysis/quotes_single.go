package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Much of the British, Irish, Australian and South African press quotes
// in single marks: ‘We waited twenty years,’ said Mairi Dunlop. There the
// closing mark is the apostrophe's own character, so a single mark is
// only taken for a quotation mark where it stands as one: an opening mark
// after a space or bracket and before a word that is no elision (‘90s,
// rock ‘n’ roll, ’em), a closing one after a word or punctuation and
// before a space, punctuation or the paragraph's end, never inside a word
// (It’s, O’Brien). A closing mark after an s and before a word may end a
// plural possessive instead ("the islanders’ best hope"): such a weak one
// closes only where no plain one does before the next opening mark or
// the paragraph's end.

// singleKind says what the single mark r (‘ ’ or ') at byte i of the
// paragraph p can do: open, close, close weakly, or nothing (markNone).
func singleKind(t string, p model.Span, i, size int, r rune) markKind {
	// most of them are apostrophes inside a word: It’s, don't
	if i > p.Start && i+size < p.End && isASCIILetter(t[i-1]) && isASCIILetter(t[i+size]) {
		return markNone
	}
	before, after := ' ', ' '
	if i > p.Start {
		before, _ = utf8.DecodeLastRuneInString(t[p.Start:i])
	}
	if i+size < p.End {
		after, _ = utf8.DecodeRuneInString(t[i+size : p.End])
	}
	closesAfter := unicode.IsSpace(after) || i+size == p.End || strings.ContainsRune(".,;:!?)]}—–-…”\"’'‘", after)
	spaceBefore := unicode.IsSpace(before) || unicode.Is(unicode.Cf, before)
	if spaceBefore || strings.ContainsRune("([{—–-/:“\"", before) || i == p.Start {
		switch {
		case spaceBefore && closesAfter && closerBefore(t, p.Start, i, r != '‘' && (i+size == p.End || unicode.IsSpace(after))):
			// a closing mark after a space, typed so or after a quotation
			// within the quotation: ‘… "Oh, this is important," ’ he said
			return markClose
		case elidedAfter(t, i+size, p.End):
			return markNone
		case r != '\'' && i+size < p.End && (r == '‘' || leadsParagraph(t, p, i)):
			// never an apostrophe (but for the elisions a word processor
			// turns the wrong way), whatever follows: ‘[The state] will …’,
			// ’ … they are so unlike him,’
			return markOpen
		case unicode.IsLetter(after) || unicode.IsDigit(after) || strings.ContainsRune("“\"‘'[$£€#@.…", after):
			// a ’ here is a closing mark typed where an opening one belongs
			return markOpen
		}
		return markNone
	}
	if !(unicode.IsLetter(before) || unicode.IsDigit(before) || strings.ContainsRune(".,!?;:…—–)]”\"%’'", before)) {
		return markNone
	}
	if !closesAfter {
		switch {
		case r == '‘' && (unicode.IsLetter(after) || unicode.IsDigit(after)):
			return markOpen // said,‘Look
		case strings.ContainsRune(",!?", before) && unicode.IsLetter(after) || before == '.' && unicode.IsUpper(after):
			// a closing mark with the space after it left out: “…,’Clinton
			// said”; no apostrophe follows a comma
			return markClose
		}
		return markNone
	}
	if r == '‘' {
		return markClose // an opening mark typed where a closing one belongs: ‘abhorrent‘
	}
	if before == 'n' && i-1 > p.Start {
		// rock ‘n’ roll, rock 'n' roll
		if b := t[i-2]; b == ' ' || b == '\'' || b == 0x98 && i-4 >= p.Start && t[i-4:i-1] == "‘" {
			return markNone
		}
	}
	if (before == 's' || before == 'S') && unicode.IsSpace(after) && !closesBeforeWord(t, i+size, p.End) {
		return markCloseWeak
	}
	return markClose
}

// opensSentence reports whether the quotation opening at byte i opens its
// paragraph or follows a colon.
func opensSentence(t string, start, i int) bool {
	for i > start && (t[i-1] == ' ' || t[i-1] == '\t') {
		i--
	}
	return i == start || t[i-1] == ':' || leadsParagraph(t, model.Span{Start: start, End: i}, i)
}

// closerBefore reports whether the spaces before byte i follow a closing
// mark, or, where punct, the punctuation that ends a quotation (“doing
// this, ’ he said”).
func closerBefore(t string, start, i int, punct bool) bool {
	for i > start && t[i-1] == ' ' {
		i--
	}
	r, _ := utf8.DecodeLastRuneInString(t[start:i])
	return i > start && (strings.ContainsRune("’'”\"", r) || punct && strings.ContainsRune(",.?!", r))
}

func isASCIILetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// elidedAfter reports whether the word at byte i is one a single mark
// elides the start of rather than quotes: ‘90s, '08, ’em, ‘til, ‘n’.
func elidedAfter(t string, i, end int) bool {
	j := i
	for j < end && j-i < 6 && ('0' <= t[j] && t[j] <= '9' || isASCIILetter(t[j])) {
		j++
	}
	w := t[i:j]
	if len(w) >= 2 && '0' <= w[0] && w[0] <= '9' && '0' <= w[1] && w[1] <= '9' {
		// two digits of a year, alone or with an s: ‘90s, '08; not a
		// number that opens a quotation: ‘15%’, ‘90 to 95 per cent’
		return len(w) == 3 && w[2] == 's' || len(w) == 2 && !numberGoesOn(t, j, end)
	}
	lw := strings.ToLower(w)
	return singleMarkElisions[lw] || splitEndings[lw] && (j == end || t[j] == ' ')
}

// numberGoesOn reports whether the number that ends at byte i goes on as
// a quantity rather than a year: “%”, “ per cent”, “ to 95”, “-point”.
func numberGoesOn(t string, i, end int) bool {
	rest := t[i:min(end, i+9)]
	return strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, " per") ||
		strings.HasPrefix(rest, " to ") || strings.HasPrefix(rest, " of ") || strings.HasPrefix(rest, " million")
}

// closesBeforeWord reports whether the word after the spaces at byte i is
// one that follows a closing quotation mark but never a plural possessive
// (“called them ‘cheap tricks’ and left”).
func closesBeforeWord(t string, i, end int) bool {
	for i < end && t[i] == ' ' {
		i++
	}
	if r, _ := utf8.DecodeRuneInString(t[i:end]); i == end || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true // a possessive goes on with a word: “‘tell it like it is’ -- the slogan”
	}
	j := i
	for j < end && j-i < 9 && isASCIILetter(t[j]) {
		j++
	}
	if j == i || j < end && isASCIILetter(t[j]) {
		return false
	}
	return afterQuoteWords[strings.ToLower(t[i:j])]
}

// singleStyle reports whether an article quotes in single marks: more of
// its quotations open with a single mark outside double ones (an even
// number of double marks before it in its paragraph) than with a double
// mark outside single ones (not between a single opening mark and the
// closing one after it). A double-mark article's single marks are
// quotations within quotations and titles, and a single-mark article's
// double marks the same.
func singleStyle(doubles []mark, at []int, singles []mark, sat []int) bool {
	if len(singles) == 0 {
		return false
	}
	opens, outside := 0, 0
	for pi := 0; pi+1 < len(sat); pi++ {
		ss, ds := singles[sat[pi]:sat[pi+1]], doubles[at[pi]:at[pi+1]]
		lastClose := -1 // where the paragraph's last closing single mark stands
		for k := len(ss) - 1; k >= 0; k-- {
			if ss[k].kind == markClose {
				lastClose = ss[k].pos
				break
			}
		}
		inSingle := false
		d := 0
		for _, m := range ss {
			for ; d < len(ds) && ds[d].pos < m.pos; d++ {
				if !inSingle {
					outside++
				}
			}
			switch {
			case m.kind == markOpen && !inSingle && d%2 == 0:
				opens++
				inSingle = lastClose > m.pos
			case m.kind == markClose:
				inSingle = false
			}
		}
		if !inSingle {
			outside += len(ds) - d
		}
	}
	return 2*opens > outside
}

// scanSingleQuotes is scanQuotes for an article that quotes in single
// marks. A double mark opens a quotation only outside a single-quoted one
// (a quotation within it otherwise), and a single mark closes only a
// single-quoted one. A quotation left open at a paragraph's end runs on
// when the next paragraph opens with a mark of its kind; otherwise a weak
// closing mark in it closes it, or it ends with its paragraph.
func scanSingleQuotes(t string, paras []model.Paragraph, doubles []mark, at []int, singles []mark, sat []int) []rawQuote {
	var out []rawQuote
	var cur rawQuote
	reading, curSingle := false, false
	weak := mark{pos: -1} // the last weak closing mark since cur opened
	opensPara := func(pi int) bool {
		if pi >= len(paras) {
			return false
		}
		if curSingle {
			return sat[pi+1] > sat[pi] && singles[sat[pi]].pos == paras[pi].Start && singles[sat[pi]].kind == markOpen
		}
		return at[pi+1] > at[pi] && doubles[at[pi]].pos == paras[pi].Start && doubles[at[pi]].kind != markClose
	}
	closeAt := func(m mark, pi int) {
		cur.End, cur.content.End = m.pos+m.size, m.pos
		cur.closed, cur.lastPara = true, pi
		out = append(out, cur)
		reading = false
	}
	for pi, p := range paras {
		ds, ss := doubles[at[pi]:at[pi+1]], singles[sat[pi]:sat[pi+1]]
		a, b := 0, 0
		if reading {
			if pi-cur.para < maxQuoteParas && opensPara(pi) {
				// the reopening mark continues the quotation
				if curSingle {
					b = 1
				} else {
					a = 1
				}
			} else {
				cur.closed = false
				out = append(out, cur)
				reading = false
			}
		}
		// the single marks after the one being read that close (weak ones
		// aside) and that open, and how deep in quotations within the
		// quotation it stands
		closesLeft, opensLeft, depth := 0, 0, 0
		for _, m := range ss[b:] {
			switch m.kind {
			case markClose:
				closesLeft++
			case markOpen:
				opensLeft++
			}
		}
		for a < len(ds) || b < len(ss) {
			var m mark
			if b < len(ss) && (a == len(ds) || ss[b].pos < ds[a].pos) {
				m = ss[b]
				b++
				switch m.kind {
				case markClose:
					closesLeft--
				case markOpen:
					opensLeft--
				}
			} else {
				m = ds[a]
				a++
			}
			single := m.family == 2
			if !reading {
				if m.kind == markClose || m.kind == markCloseWeak {
					continue // a stray closing mark or an apostrophe
				}
				cur = rawQuote{Span: model.Span{Start: m.pos}, content: model.Span{Start: m.pos + m.size}, para: pi}
				reading, curSingle, weak = true, single, mark{pos: -1}
				continue
			}
			if single != curSingle {
				continue // a quotation within the quotation
			}
			switch {
			case m.kind == markCloseWeak:
				if depth == 0 {
					weak = m
				}
			case single && m.kind == markOpen:
				switch {
				case closesLeft > opensLeft+1:
					// enough marks close later to close this one and the
					// quotation it stands in: ‘Then he says, ‘No,’ and
					// leaves.’
					depth++
				case weak.pos >= 0:
					// the weak mark closed the quotation after all
					closeAt(weak, pi)
					cur = rawQuote{Span: model.Span{Start: m.pos}, content: model.Span{Start: m.pos + m.size}, para: pi}
					reading, weak = true, mark{pos: -1}
				case closesLeft > 0:
					// a mark closes later: the earlier opening one was stray
					cur.Span.Start, cur.content.Start, cur.para = m.pos, m.pos+m.size, pi
				}
			case m.kind == markOpen:
				// a double opening mark inside a double-quoted stretch
			case single && depth > 0:
				depth--
			default:
				closeAt(m, pi)
			}
		}
		if reading {
			if curSingle && weak.pos >= 0 && (!opensPara(pi+1) || cur.para == pi && !opensSentence(t, p.Start, cur.Start)) {
				// a quotation that runs on opens a sentence of its own; one
				// within a sentence (“his ‘D-minus’ rating”) ends in its
				// paragraph
				closeAt(weak, pi)
				continue
			}
			cur.End, cur.content.End, cur.lastPara = p.End, p.End, pi
		}
	}
	if reading {
		out = append(out, cur)
	}
	return out
}

// titleQuotes finds the quotations of the article's headline in the marks
// its body quotes in, which the headline alone is too short to tell: an
// American headline puts a quotation in single marks (“Trump ‘The
// Dealmaker’ …”) that its article puts in double ones.
func titleQuotes(a *model.Article) []model.Quote {
	style := styleDouble
	for _, q := range a.Quotes {
		if c := a.Text[q.Start]; c == '\'' && (q.End-q.Start < 2 || a.Text[q.Start+1] != '\'') || strings.HasPrefix(a.Text[q.Start:], "‘") {
			style = styleSingle
			break
		}
	}
	title := []model.Paragraph{{Span: a.TitleAt}}
	return quotesFrom(a.Text, scanQuotesIn(a.Text, title, style))
}

// doubleMarkTokens gives the single marks that open and close the
// article's quotations the text of double ones, " for ' and “ ” for ‘ ’,
// so that the stages after (the tagger first) read a quotation in single
// marks as one in double marks.
func doubleMarkTokens(tz *tokenized, quotes []model.Quote, text string) {
	for _, q := range quotes {
		if c := text[q.Start]; c != '\'' && !strings.HasPrefix(text[q.Start:], "‘") && !strings.HasPrefix(text[q.Start:], "’") || c == '\'' && q.End-q.Start > 1 && text[q.Start+1] == '\'' {
			continue
		}
		if k := tokenAt(tz.toks, q.Start); k >= 0 && tz.toks[k].Start == q.Start && isSingleMark(tz.toks[k].text) {
			tz.toks[k].text = doubleMark(tz.toks[k].text, "“")
			tz.toks[k].low = tz.toks[k].text
		}
		if k := tokenAt(tz.toks, q.End-1); k >= 0 && tz.toks[k].End == q.End && isSingleMark(tz.toks[k].text) {
			tz.toks[k].text = doubleMark(tz.toks[k].text, "”")
			tz.toks[k].low = tz.toks[k].text
		}
	}
}

func isSingleMark(w string) bool { return w == "'" || w == "‘" || w == "’" }

// doubleMark is the double mark for the single one w: a straight one for
// a straight one, curly the curly one given.
func doubleMark(w, curly string) string {
	if w == "'" {
		return `"`
	}
	return curly
}
