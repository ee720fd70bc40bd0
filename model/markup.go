package model

import (
	"sort"
	"strings"
)

// Markup is a stretch of an article's Text that is syntax rather than
// prose: a Markdown marker, a link's address, a code block, the backslash
// of an escape, an entity such as &amp;. The analysis reads it as With
// followed by spaces, its line breaks kept (see Prose), so the text it
// reads has the length of Text and every offset it finds is an offset into
// Text as it is: highlights need no map back.
type Markup struct {
	Span
	// With is what the stretch stands for when it is not pure syntax
	// ("&" for &amp;); never longer than the stretch. "" for pure syntax.
	With string
}

// Prose is the article's text as the analysis reads it: Text with every
// stretch of Markup replaced by what it stands for and padded with spaces,
// line breaks kept. It is Text itself when there is no markup. Markup must
// be sorted, not overlapping and on character boundaries, as the parser
// makes it; a stretch that is not is left as it is.
func (a *Article) Prose() string {
	if len(a.Markup) == 0 {
		return a.Text
	}
	b := []byte(a.Text)
	end := 0
	for _, m := range a.Markup {
		if m.Start < end || m.End > len(b) || m.Start >= m.End || len(m.With) > m.Len() {
			continue
		}
		end = m.End
		n := copy(b[m.Start:m.End], m.With)
		for i := m.Start + n; i < m.End; i++ {
			if b[i] != '\n' && b[i] != '\r' {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

// Plain is the text of span s as a reader sees it: the markup inside it
// left out, or replaced by what it stands for ("**Marta**" is "Marta").
func (a *Article) Plain(s Span) string {
	if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
		return ""
	}
	var b strings.Builder
	at := s.Start
	first := sort.Search(len(a.Markup), func(i int) bool { return a.Markup[i].End > s.Start })
	for _, m := range a.Markup[first:] {
		if m.End <= at || m.Start >= m.End || len(m.With) > m.Len() { // out of order: as Prose, ignored
			continue
		}
		if m.Start >= s.End {
			break
		}
		if m.Start > at {
			b.WriteString(a.Text[at:m.Start])
		}
		if m.Start >= s.Start && m.End <= s.End {
			b.WriteString(m.With)
		}
		// a stretch cut by the span's edge is left out whole: part of
		// an escape or an entity stands for nothing
		at = max(at, min(m.End, s.End))
	}
	if at < s.End {
		b.WriteString(a.Text[at:s.End])
	}
	return b.String()
}

// Widen is s with an end that falls inside a stretch of markup moved out
// to that stretch's edge: a quotation that opens with &#8220; starts at
// its "&", not in the middle of the entity.
func (a *Article) Widen(s Span) Span {
	inside := func(off int) (Markup, bool) {
		i := sort.Search(len(a.Markup), func(i int) bool { return a.Markup[i].End > off })
		if i < len(a.Markup) && a.Markup[i].Start < off {
			return a.Markup[i], true
		}
		return Markup{}, false
	}
	if m, ok := inside(s.Start); ok {
		s.Start = m.Start
	}
	if m, ok := inside(s.End); ok {
		s.End = m.End
	}
	return s
}
