package ui

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// mdPara is what the reader makes of one Markdown paragraph: markers to
// hide and the spans they mark. Offsets are into Article.Text, so the
// quotation and mention highlights of the same paragraph still line up.
// Rendering the paragraphs ourselves (rather than with Glamour) keeps those
// highlights; headings, lists, emphasis, code and links still read well.
type mdPara struct {
	heading bool
	rule    bool   // a thematic break: ---, ***, ___
	prefix  string // drawn before the paragraph: a bullet or a quote bar
	hidden  []model.Span
	strong  []model.Span
	emph    []model.Span
	code    []model.Span
}

// parseMarkdownPara reads the block and inline markers of paragraph p.
func parseMarkdownPara(t string, p model.Span) mdPara {
	var md mdPara
	s := t[p.Start:p.End]
	trim := strings.TrimSpace(s)
	if len(trim) >= 3 && (strings.Trim(trim, "-") == "" || strings.Trim(trim, "*") == "" || strings.Trim(trim, "_") == "") {
		md.rule = true
		return md
	}
	start := p.Start
	lead := len(s) - len(strings.TrimLeft(s, " "))
	rest := s[lead:]
	switch {
	case headingLevel(rest) > 0:
		n := headingLevel(rest)
		md.heading = true
		md.hidden = append(md.hidden, model.Span{Start: start, End: start + lead + n + 1})
		start += lead + n + 1
	case strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "* ") || strings.HasPrefix(rest, "+ "):
		md.prefix = "• "
		md.hidden = append(md.hidden, model.Span{Start: start, End: start + lead + 2})
		start += lead + 2
	case strings.HasPrefix(rest, "> ") || rest == ">":
		md.prefix = "│ "
		n := min(len(rest), 2)
		md.hidden = append(md.hidden, model.Span{Start: start, End: start + lead + n})
		start += lead + n
	}
	md.inline(t, start, p.End)
	return md
}

func headingLevel(s string) int {
	n := 0
	for n < len(s) && n < 7 && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return 0
	}
	return n
}

// inline finds code spans, links, strong and emphasis between from and to.
func (md *mdPara) inline(t string, from, to int) {
	hide := func(s, e int) { md.hidden = append(md.hidden, model.Span{Start: s, End: e}) }
	for i := from; i < to; i++ {
		c := t[i]
		switch c {
		case '`':
			j := strings.IndexByte(t[i+1:to], '`')
			if j < 0 {
				continue
			}
			end := i + 1 + j
			hide(i, i+1)
			hide(end, end+1)
			md.code = append(md.code, model.Span{Start: i + 1, End: end})
			i = end
		case '!', '[':
			open := i
			if c == '!' {
				if i+1 >= to || t[i+1] != '[' {
					continue
				}
				open = i + 1
			}
			cl := strings.IndexByte(t[open:to], ']')
			if cl < 0 || open+cl+1 >= to || t[open+cl+1] != '(' {
				continue
			}
			paren := open + cl + 1
			pe := strings.IndexByte(t[paren:to], ')')
			if pe < 0 {
				continue
			}
			hide(i, open+1)
			hide(open+cl, paren+pe+1)
			md.inline(t, open+1, open+cl) // the link text; the address stays hidden
			i = paren + pe
		case '*', '_':
			double := i+1 < to && t[i+1] == c
			n := 1
			if double {
				n = 2
			}
			if i+n >= to || t[i+n] == ' ' || (c == '_' && i > from && isWordByte(t[i-1])) {
				i += n - 1
				continue
			}
			mark := t[i : i+n]
			j := closingMark(t, i+n, to, mark)
			if j < 0 {
				i += n - 1
				continue
			}
			hide(i, i+n)
			hide(j, j+n)
			sp := model.Span{Start: i + n, End: j}
			if double {
				md.strong = append(md.strong, sp)
			} else {
				md.emph = append(md.emph, sp)
			}
			i += n - 1
		}
	}
}

// closingMark finds mark closing emphasis opened before from: preceded by
// a non-space, and for underscores not inside a word.
func closingMark(t string, from, to int, mark string) int {
	for j := from; j+len(mark) <= to; j++ {
		if t[j:j+len(mark)] != mark || t[j-1] == ' ' {
			continue
		}
		if len(mark) == 1 && j+1 < to && t[j+1] == mark[0] {
			j++ // part of a double mark
			continue
		}
		if mark[0] == '_' && j+len(mark) < to && isWordByte(t[j+len(mark)]) {
			continue
		}
		return j
	}
	return -1
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
