package model

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Check reports the first way in which the analysis does not fit the
// article's text: a span out of bounds or off a character boundary,
// quotations overlapping, a mention that does not name its span, an index
// out of range. Analyze never fails it; a cache entry or a file that claims
// to hold an analysis is checked with it before it is trusted.
func (a *Article) Check() error {
	n := len(a.Text)
	onBoundary := func(i int) bool { return i == n || i >= 0 && i < n && utf8.RuneStart(a.Text[i]) }
	span := func(what string, s Span) error {
		if s.Start < 0 || s.End > n || s.Start > s.End || !onBoundary(s.Start) || !onBoundary(s.End) {
			return fmt.Errorf("%s span %v out of bounds or off a character boundary (text of %d bytes)", what, s, n)
		}
		return nil
	}
	for _, p := range a.Paragraphs {
		if err := span("paragraph", p.Span); err != nil {
			return err
		}
	}
	end := 0
	for _, f := range a.Furniture {
		if err := span("furniture", f.Span); err != nil {
			return err
		}
		if f.Start < end {
			return fmt.Errorf("furniture out of order at %d", f.Start)
		}
		end = f.End
	}
	end = 0
	for _, q := range a.Quotes {
		if err := span("quotation", q.Span); err != nil {
			return err
		}
		if q.Start < end {
			return fmt.Errorf("quotations overlap at %d", q.Start)
		}
		end = q.End
		if !strings.Contains(a.Plain(q.Span), q.Text) { // Plain: the text less its markup

			return fmt.Errorf("quotation text %q is not inside its span", q.Text)
		}
		if q.HasSpeakerMention() {
			if err := span("speaker mention", q.Attributed); err != nil {
				return err
			}
		}
		if q.Paragraph < 0 || q.Paragraph > len(a.Paragraphs) {
			return fmt.Errorf("quotation in paragraph %d of %d", q.Paragraph, len(a.Paragraphs))
		}
	}
	for ei, e := range a.Entities {
		for _, m := range e.Mentions {
			if err := span("mention", m.Span); err != nil {
				return err
			}
			if a.Text[m.Start:m.End] != m.Text {
				return fmt.Errorf("mention %q does not name its span %q", m.Text, a.Text[m.Start:m.End])
			}
			if m.Entity != ei {
				return fmt.Errorf("mention %q points at entity %d, not %d", m.Text, m.Entity, ei)
			}
		}
	}
	return nil
}
