package analysis

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// markKind says what a quotation mark can do where it stands.
type markKind int

const (
	markOpen markKind = iota
	markClose
	markEither    // straight " or '' whose role depends on context
	markCloseWeak // a single mark that closes or ends a plural possessive: “the islanders’ best”
	markNone      // a single mark that is an apostrophe wherever it stands
)

// mark is one double quotation mark found in a paragraph.
type mark struct {
	pos, size int
	kind      markKind
	family    int // marks pair within a family: 0 curly/straight/NYT, 1 guillemets, 2 single curly
}

// scanMarks lists the double quotation marks of a paragraph in order.
// Single marks (‘ ’ ') are left to the quotation they sit in: an
// apostrophe is far more common than a single-quoted quotation, except in
// an article that quotes in single marks (see singleStyle).
func scanMarks(t string, p model.Span) []mark {
	ms, _ := appendMarks(nil, nil, t, p)
	return ms
}

// appendMarks is scanMarks appending to ms, and appending to ss, in the
// same pass, the single marks that could open or close a quotation
// (singleKind).
func appendMarks(ms, ss []mark, t string, p model.Span) ([]mark, []mark) {
	for i := p.Start; i < p.End; {
		// Most bytes start no mark: skip them without decoding. Every
		// non-ASCII mark starts with a lead byte (never a continuation
		// byte), so each one found is where decoding rune by rune from
		// p.Start would also stand.
		rest := t[i:p.End]
		k := nextMarkLead(rest)
		if i += k; k == len(rest) {
			break
		}
		r, size := utf8.DecodeRuneInString(t[i:p.End])
		switch {
		case r == '“' && straightKind(t, p, i, size) == markClose:
			// an opening mark typed where a closing one belongs: “Frozen“ and
			ms = append(ms, mark{i, size, markClose, 0})
		case r == '“' || r == '„':
			ms = append(ms, mark{i, size, markOpen, 0})
		case r == '”' && (leadsParagraph(t, p, i) || straightKind(t, p, i, size) == markOpen):
			// a closing mark typed where an opening one belongs, leading the
			// paragraph or after a space and before a word: ”Sorry, …,”
			ms = append(ms, mark{i, size, markOpen, 0})
		case r == '”':
			ms = append(ms, mark{i, size, markClose, 0})
		case r == '«':
			ms = append(ms, mark{i, size, markOpen, 1})
		case r == '»':
			ms = append(ms, mark{i, size, markClose, 1})
		case r == '"' && i > p.Start && t[i-1] == '=' && strings.LastIndexByte(t[p.Start:i], '<') > strings.LastIndexByte(t[p.Start:i], '>'):
			// a value inside a markup tag, <tweet tweet-id="67215…"
			// author="…">, is no quotation: it and the mark that closes
			// it are skipped
			if j := strings.IndexByte(t[i+1:p.End], '"'); j >= 0 {
				size = j + 2
			}
		case r == '"':
			ms = append(ms, mark{i, size, straightKind(t, p, i, size), 0})
		case (r == '\'' || r == '`') && i+1 < p.End && t[i+1] == byte(r):
			k := markEither
			if r == '`' {
				k = markOpen
			} else {
				k = straightKind(t, p, i, 2)
			}
			ms = append(ms, mark{i, 2, k, 0})
			size = 2
		case r == '’' || r == '‘' || r == '\'':
			if k := singleKind(t, p, i, size, r); k != markNone {
				ss = append(ss, mark{i, size, k, 2})
			}
		}
		i += size
	}
	return ms, ss
}

// nextMarkLead is the index of the first byte of s that markLead holds,
// len(s) when none is. It reads eight bytes at a step, most of a
// paragraph: a step goes on past bytes none of which may be one, and
// stops at the first that may, which markLead then decides. A byte may be
// one when it is beyond ASCII (markLead's E2 and C2 are) or is '"', '\”
// or '`': '"' (22) and '\” (27) are the bytes that bits 0 and 2 set
// make 27, with only '#' (23) and '&' (26) besides, rare in text.
func nextMarkLead(s string) int {
	const ones = 0x0101010101010101
	k := 0
	for k+8 <= len(s) {
		x := le64(s, k)
		m := x&highBits | zeroBytes((x|0x05*ones)^'\''*ones) | zeroBytes(x^'`'*ones)
		if m == 0 {
			k += 8
			continue
		}
		k += bits.TrailingZeros64(m) / 8
		if markLead[s[k]] != 0 {
			return k
		}
		k++
	}
	for k < len(s) && markLead[s[k]] == 0 {
		k++
	}
	return k
}

// markLead holds the first byte of every mark scanMarks knows: the
// straight ones, and the UTF-8 lead bytes of “ ” „ (E2) and « » (C2).
// (1: may start one), bytes rather than booleans so that four can be
// tested at once.
var markLead = [256]uint8{'"': 1, '\'': 1, '`': 1, 0xE2: 1, 0xC2: 1}

// leadsParagraph reports whether only spaces and invisible format
// characters stand before byte i in the paragraph p.
func leadsParagraph(t string, p model.Span, i int) bool {
	for _, r := range t[p.Start:i] {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

// straightKind decides whether a straight mark opens or closes from the
// characters on either side: a space or bracket before and a letter after
// opens; a letter or punctuation before and a space after closes.
func straightKind(t string, p model.Span, i, size int) markKind {
	before, after := ' ', ' '
	if i > p.Start {
		before, _ = utf8.DecodeLastRuneInString(t[p.Start:i])
	}
	if i+size < p.End {
		after, _ = utf8.DecodeRuneInString(t[i+size : p.End])
	}
	openBefore := unicode.IsSpace(before) || strings.ContainsRune("([{—–-/:", before)
	closeAfter := unicode.IsSpace(after) || strings.ContainsRune(".,;:!?)]}—–-", after)
	switch {
	case openBefore && !closeAfter:
		return markOpen
	case closeAfter && !openBefore:
		return markClose
	}
	return markEither
}

// rawQuote is a quoted stretch before it is judged speech or not.
type rawQuote struct {
	model.Span
	content  model.Span // inside the outer marks
	para     int
	closed   bool
	lastPara int
}

// maxQuoteParas bounds how many paragraphs one quotation may run over, so
// that a stray mark never swallows the rest of an article.
const maxQuoteParas = 12

// scanQuotes pairs the marks of every paragraph into quotations. A
// quotation left open at the end of a paragraph continues when the next
// paragraph opens with a mark (the news convention for quotations that run
// over paragraphs); otherwise it ends with its paragraph.
func scanQuotes(t string, paras []model.Paragraph) []rawQuote {
	return scanQuotesIn(t, paras, styleAuto)
}

// The quotation marks an article quotes in, for scanQuotesIn.
const (
	styleAuto   = iota // as singleStyle finds from the marks
	styleDouble        // double marks, single ones within them
	styleSingle        // single marks, double ones within them
)

// scanQuotesIn is scanQuotes with the article's quotation marks given.
func scanQuotesIn(t string, paras []model.Paragraph, style int) []rawQuote {
	// the marks of every paragraph, double and single, in one pass; the
	// marks of paragraph pi are all[at[pi]:at[pi+1]], its single ones
	// singles[sat[pi]:sat[pi+1]]
	// sized for most articles at once, rather than grown mark by mark
	all, singles := make([]mark, 0, 64), make([]mark, 0, 32)
	at := make([]int, 2*(len(paras)+1))
	at, sat := at[:len(paras)+1], at[len(paras)+1:]
	for pi, p := range paras {
		all, singles = appendMarks(all, singles, t, p.Span)
		at[pi+1], sat[pi+1] = len(all), len(singles)
	}
	if style == styleSingle || style == styleAuto && singleStyle(all, at, singles, sat) {
		return scanSingleQuotes(t, paras, all, at, singles, sat)
	}
	var out []rawQuote
	var open *rawQuote // a quotation carried over from the previous paragraph
	// open and cur (below) are never both set: the one quotation being
	// read lives here rather than on the heap
	var reading rawQuote
	// the flags of one paragraph, their array reused by the next
	var flags []bool
	for pi, p := range paras {
		ms := all[at[pi]:at[pi+1]]
		// closerAt[k]: some mark at k or later can close, straightCloserAt[k]:
		// some straight one can (kept linear on paragraphs with thousands of
		// marks)
		flags = slices.Grow(flags[:0], 2*(len(ms)+1))[:2*(len(ms)+1)]
		closerAt, straightCloserAt := flags[:len(ms)+1], flags[len(ms)+1:]
		closerAt[len(ms)], straightCloserAt[len(ms)] = false, false
		for k := len(ms) - 1; k >= 0; k-- {
			closerAt[k] = closerAt[k+1] || ms[k].kind != markOpen
			straightCloserAt[k] = straightCloserAt[k+1] || ms[k].kind != markOpen && t[ms[k].pos] == '"'
		}
		// the next paragraph reopens a straight quotation this one leaves open
		runsOn := pi+1 < len(paras) && strings.HasPrefix(t[paras[pi+1].Start:paras[pi+1].End], `"`)
		k := 0
		if open != nil {
			if len(ms) > 0 && ms[0].pos == p.Start && ms[0].kind != markClose && pi-open.para < maxQuoteParas {
				k = 1 // the reopening mark continues the quotation
			} else {
				open.closed = false
				out = append(out, *open)
				open = nil
			}
		}
		var cur *rawQuote
		if open != nil {
			cur = open
			open = nil
		}
		for ; k < len(ms); k++ {
			m := ms[k]
			if cur == nil {
				if m.kind == markClose {
					continue // a stray closing mark
				}
				reading = rawQuote{Span: model.Span{Start: m.pos, End: 0}, content: model.Span{Start: m.pos + m.size, End: 0}, para: pi}
				cur = &reading
				continue
			}
			if m.kind == markOpen && m.family == 0 && k+2 < len(ms) && ms[k+1].kind == markClose && ms[k+1].family == 0 &&
				ms[k+2].kind != markOpen && ms[k+2].family == 0 {
				// “A “B” C.”: an opening mark inside a quotation followed by
				// two closing ones is a quotation within it
				k++
				continue
			}
			if m.kind == markOpen && m.family == 0 && t[m.pos] != '"' && t[cur.Start] == '"' && k+1 < len(ms) &&
				ms[k+1].kind == markClose && t[ms[k+1].pos] != '"' && (straightCloserAt[k+2] || runsOn && (cur.Start == p.Start || cur.para < pi)) {
				// "The law isn't about “Equal Justice” anymore.": curly marks
				// nested in straight ones, the straight quotation closing
				// after them or running on into the next paragraph
				k++
				continue
			}
			if m.kind == markOpen && m.family == 0 && t[m.pos] != '"' {
				// a curly opening mark inside a quotation: the earlier one was stray
				if m.pos-cur.Start > 0 && !closerAt[k+1] {
					continue
				}
				cur.Span.Start, cur.content.Start, cur.para = m.pos, m.pos+m.size, pi
				continue
			}
			if m.kind == markOpen && t[m.pos] == '"' {
				// a straight mark that looks like an opener while one is open:
				// treat it as the close when nothing later could close
				if closerAt[k+1] {
					cur.Span.Start, cur.content.Start, cur.para = m.pos, m.pos+m.size, pi
					continue
				}
			}
			cur.End = m.pos + m.size
			cur.content.End = m.pos
			cur.closed = true
			cur.lastPara = pi
			out = append(out, *cur)
			cur = nil
		}
		if cur != nil {
			cur.End = p.End
			cur.content.End = p.End
			cur.lastPara = pi
			open = cur
		}
	}
	if open != nil {
		out = append(out, *open)
	}
	return out
}

// findQuotes finds the article's quotations; which of them are speech is
// decided in attribute, once speakers are known.
func findQuotes(t string, paras []model.Paragraph) []model.Quote {
	return quotesFrom(t, scanQuotes(t, paras))
}

// quotesFrom keeps the quoted stretches in raw that quote something.
func quotesFrom(t string, raw []rawQuote) []model.Quote {
	out := make([]model.Quote, 0, len(raw))
	for _, r := range raw {
		if r.content.End <= r.content.Start {
			continue
		}
		text := strings.TrimSpace(t[r.content.Start:r.content.End])
		if text == "" || r.closed && r.para == r.lastPara && nicknameAt(t, r.Start, r.content.Start, r.content.End, r.End) {
			continue // nothing quoted, or a nickname inside a name: George "Jay" Keyworth
		}
		out = append(out, model.Quote{Span: r.Span, Text: t[r.content.Start:r.content.End], Paragraph: r.para})
	}
	return out
}
