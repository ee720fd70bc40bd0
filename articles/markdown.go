package articles

import (
	"html"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/byline-reader/byline/model"
)

// mdParser reads CommonMark with GitHub's tables, strikethrough, task lists
// and bare links: the dialect Glamour draws, and what saved web pages are
// written in. A goldmark parser may be shared: every Parse has its own
// context.
var mdParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()
})

// mdBody is what the Markdown structure says about a body: where its prose
// is not (markup), and the opening heading.
type mdBody struct {
	markup []model.Markup
	// title is the text of the level-one heading the body opens with, as
	// a reader sees it, titleAt is where its words stand and end is where
	// the heading ends (its underline, for a setext heading); all zero
	// when the body does not open with one.
	title   string
	titleAt model.Span
	end     int
}

// readMarkdown parses t[from:] and finds its markup: everything that is not
// the text of a paragraph, heading, list item, table cell, link or image
// description. So emphasis markers, link brackets and addresses, reference
// definitions, heading and list markers, block-quote bars, raw HTML and code
// (a quotation in code is not speech) are markup; so are the backslashes of
// escapes. Entities (&amp;, &#8220;) are markup that stands for their
// character, so the analysis reads "&" and a curly quotation mark.
// Offsets are into t.
func readMarkdown(t string, from int) mdBody {
	if tangled(t[from:]) {
		return plainHeading(t, from) // read as it is written
	}
	doc := mdParser().Parse(text.NewReader([]byte(t[from:])))
	var prose []model.Span // the text of the document, in order
	var md mdBody
	var code []model.Span // the text of the title's code spans
	if h, ok := doc.FirstChild().(*ast.Heading); ok && h.Level == 1 {
		md.titleAt, md.end = headingAt(t, from, h)
		code = codeText(t, from, h)
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock, *ast.RawHTML, *ast.AutoLink:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			s := model.Span{Start: from + n.Segment.Start, End: from + n.Segment.Stop}
			if s.Start < s.End && s.End <= len(t) {
				prose = append(prose, s)
			}
		}
		return ast.WalkContinue, nil
	})
	// goldmark lists text in reading order; sorting guards against an
	// extension that does not
	sort.SliceStable(prose, func(i, j int) bool { return prose[i].Start < prose[j].Start })
	at := from
	for _, p := range prose {
		if p.Start < at {
			continue // overlapping: keep the first
		}
		md.markup = appendSyntax(md.markup, t, at, p.Start)
		md.markup = appendInText(md.markup, t, p)
		at = p.End
	}
	md.markup = appendSyntax(md.markup, t, at, len(t))
	if md.titleAt.End > md.titleAt.Start {
		a := model.Article{Text: t, Markup: keepText(md.markup, code)}
		md.title = strings.Join(strings.Fields(a.Plain(md.titleAt)), " ")
	}
	if md.title == "" {
		md.titleAt, md.end = model.Span{}, 0
	}
	return md
}

// Limits past which a body is too tangled to parse: goldmark takes time
// that grows with the square of the delimiters in a paragraph ("*a_" 30,000
// times: a minute), of the cells in a table row and of the depth of nested
// lists and block quotes, and makes a node of every delimiter (a megabyte
// of "[" is half a gigabyte of them). No article comes near them.
const (
	maxDelimiters = 200    // * _ [ ] < ` in a block between blank lines
	maxInAll      = 50_000 // the same in the whole body
	maxCells      = 100    // | in a line
	maxNesting    = 100    // bytes of indentation and list and quote markers opening a line
)

// tangled reports whether body passes one of those limits.
func tangled(body string) bool {
	delims, all := 0, 0
	for len(body) > 0 {
		l := body
		if i := strings.IndexByte(body, '\n'); i >= 0 {
			l, body = body[:i], body[i+1:]
		} else {
			body = ""
		}
		if strings.TrimSpace(l) == "" {
			delims = 0
			continue
		}
		n := strings.Count(l, "*") + strings.Count(l, "_") + strings.Count(l, "[") + strings.Count(l, "]") +
			strings.Count(l, "<") + strings.Count(l, "`")
		delims += n
		all += n
		lead := len(l) - len(strings.TrimLeft(l, " \t>-+*0123456789.)"))
		if delims > maxDelimiters || all > maxInAll || strings.Count(l, "|") > maxCells || lead > maxNesting {
			return true
		}
	}
	return false
}

// plainHeading is the body's headline when it is not parsed: a first line
// that opens with "# ".
func plainHeading(t string, from int) mdBody {
	for _, l := range lines(t, from, len(t)) {
		if blank(t, l) {
			continue
		}
		if !strings.HasPrefix(t[l.start:l.end], "# ") {
			break
		}
		h := trimLine(t, line{l.start + 2, l.end})
		if h.end > h.start {
			return mdBody{title: t[h.start:h.end], titleAt: model.Span{Start: h.start, End: h.end}, end: l.end}
		}
		break
	}
	return mdBody{}
}

// headingAt is where heading h's words stand in t (from its first text to
// its last) and where the heading ends: at the end of its line, or of its
// underline for a setext heading.
func headingAt(t string, from int, h *ast.Heading) (model.Span, int) {
	start, end := -1, -1
	_ = ast.Walk(h, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if tx, ok := n.(*ast.Text); ok && entering && tx.Segment.Stop > tx.Segment.Start {
			if start < 0 {
				start = tx.Segment.Start
			}
			end = max(end, tx.Segment.Stop)
		}
		return ast.WalkContinue, nil
	})
	if start < 0 || from+end > len(t) {
		return model.Span{}, 0
	}
	words := model.Span{Start: from + start, End: from + end}
	lineEnd := func(i int) int {
		if j := strings.IndexByte(t[i:], '\n'); j >= 0 {
			return i + j
		}
		return len(t)
	}
	stop := lineEnd(words.End)
	lineStart := strings.LastIndexByte(t[:words.Start], '\n') + 1
	if atx := strings.HasPrefix(strings.TrimLeft(t[lineStart:words.Start], " \uFEFF"), "#"); !atx && stop < len(t) {
		next := lineEnd(stop + 1)
		if u := strings.TrimSpace(t[stop+1 : next]); u != "" && strings.Trim(u, "=") == "" {
			stop = next
		}
	}
	if stop > words.End && t[stop-1] == '\r' {
		stop--
	}
	return words, stop
}

// codeText is where the text of heading h's code spans stands in t. Code
// is markup to the analysis (it is not speech), but a headline keeps its
// words: "# Parsing `yaml` safely" lists as "Parsing yaml safely".
func codeText(t string, from int, h *ast.Heading) []model.Span {
	var out []model.Span
	_ = ast.Walk(h, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if _, ok := n.(*ast.CodeSpan); !ok {
			return ast.WalkContinue, nil
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if tx, ok := c.(*ast.Text); ok && tx.Segment.Start < tx.Segment.Stop && from+tx.Segment.Stop <= len(t) {
				out = append(out, model.Span{Start: from + tx.Segment.Start, End: from + tx.Segment.Stop})
			}
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// keepText is markup less the stretches keep, which are read as they are
// written: pure syntax around them is cut in two, so that a code span's
// backticks stay out and its text stays in. keep is in order.
func keepText(markup []model.Markup, keep []model.Span) []model.Markup {
	if len(keep) == 0 {
		return markup
	}
	out := make([]model.Markup, 0, len(markup)+len(keep))
	for _, m := range markup {
		for _, k := range keep {
			if m.With != "" || k.End <= m.Start || k.Start >= m.End {
				continue
			}
			if k.Start > m.Start {
				out = append(out, model.Markup{Span: model.Span{Start: m.Start, End: k.Start}})
			}
			m.Start = min(k.End, m.End)
		}
		if m.Start < m.End {
			out = append(out, m)
		}
	}
	return out
}

// appendSyntax records t[from:to], which is not prose, as markup, less the
// white space at its ends: spaces and line breaks read as they are.
func appendSyntax(m []model.Markup, t string, from, to int) []model.Markup {
	for from < to && isSpace(t[from]) {
		from++
	}
	for to > from && isSpace(t[to-1]) {
		to--
	}
	if from < to {
		m = append(m, model.Markup{Span: model.Span{Start: from, End: to}})
	}
	return m
}

// appendInText records the markup inside a stretch of text: the backslash
// of an escape, and entities, which stand for their character (one that is
// a control character stands for nothing).
func appendInText(m []model.Markup, t string, p model.Span) []model.Markup {
	for i := p.Start; i < p.End; i++ {
		switch t[i] {
		case '\\':
			if i+1 < p.End && isASCIIPunct(t[i+1]) {
				m = append(m, model.Markup{Span: model.Span{Start: i, End: i + 1}})
				i++ // an escaped backslash escapes nothing after it
			}
		case '&':
			n := entityLen(t[i:p.End])
			if n == 0 {
				continue
			}
			raw := t[i : i+n]
			with := html.UnescapeString(raw)
			if with == raw || len(with) > n || !utf8.ValidString(with) || strings.IndexFunc(with, unicode.IsControl) >= 0 {
				with = ""
			}
			if with == raw { // not an entity after all: prose
				continue
			}
			m = append(m, model.Markup{Span: model.Span{Start: i, End: i + n}, With: with})
			i += n - 1
		}
	}
	return m
}

// entityLen is the length of the entity reference s opens with (&name;,
// &#123; or &#x1F;), or 0.
func entityLen(s string) int {
	semi := strings.IndexByte(s, ';')
	if semi < 2 || semi > 33 {
		return 0
	}
	body := s[1:semi]
	digits := func(d string, ok func(byte) bool, most int) bool {
		if d == "" || len(d) > most {
			return false
		}
		for i := 0; i < len(d); i++ {
			if !ok(d[i]) {
				return false
			}
		}
		return true
	}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	isHex := func(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
	isAlnum := func(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
	switch {
	case body[0] == '#' && len(body) > 1 && (body[1] == 'x' || body[1] == 'X'):
		if !digits(body[2:], isHex, 6) {
			return 0
		}
	case body[0] == '#':
		if !digits(body[1:], isDigit, 7) {
			return 0
		}
	default:
		if !digits(body, isAlnum, 32) {
			return 0
		}
	}
	return semi + 1
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}
