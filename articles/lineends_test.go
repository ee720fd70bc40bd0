package articles

import (
	"reflect"
	"strings"
	"testing"
)

// A file's lines end alike whether they end in LF, CRLF or CR alone (old
// Mac files): the same headline, section, body, paragraphs, quotations and
// entities at the same offsets. CR-only files were read as one line, the
// headline swallowing the whole body.
func TestLineEndsReadAlike(t *testing.T) {
	cases := []struct{ name, text string }{
		{"plain.txt", "Harbour strike ends\n“We are going back,” said Marta Quill.\nThe port reopens on Monday.\nBusiness\n"},
		{"blocks.txt", "Harbour strike ends\n\nThe union voted on Sunday.\n“It was long,” said Marta Quill.\n\nThe port reopens.\n"},
		{"heading.md", "# Harbour strike ends\n\nThe strike *ended*, said **Marta Quill**.\n\n- one\n- two\n"},
		{"front.md", "---\ntitle: Harbour strike ends\nsection: Business\n---\n“We are back,” said Marta Quill.\n"},
	}
	for _, c := range cases {
		lf := analysed(t, c.name, c.text)
		for _, end := range []string{"\r\n", "\r"} {
			t.Run(c.name+" "+map[string]string{"\r\n": "CRLF", "\r": "CR"}[end], func(t *testing.T) {
				text := strings.ReplaceAll(c.text, "\n", end)
				a := analysed(t, c.name, text)
				if a.Title != lf.Title || a.Section != lf.Section {
					t.Errorf("title %q section %q, want %q and %q", a.Title, a.Section, lf.Title, lf.Section)
				}
				if end == "\r" {
					// one byte for one: every offset is the LF file's
					if a.TitleAt != lf.TitleAt || a.Body != lf.Body {
						t.Errorf("title at %v body %v, want %v and %v", a.TitleAt, a.Body, lf.TitleAt, lf.Body)
					}
					if !reflect.DeepEqual(a.Paragraphs, lf.Paragraphs) {
						t.Errorf("paragraphs %v, want %v", a.Paragraphs, lf.Paragraphs)
					}
					if !reflect.DeepEqual(a.Quotes, lf.Quotes) || !reflect.DeepEqual(a.Entities, lf.Entities) {
						t.Errorf("quotes %+v\nentities %+v\nwant %+v\nand %+v", a.Quotes, a.Entities, lf.Quotes, lf.Entities)
					}
				} else if len(a.Paragraphs) != len(lf.Paragraphs) || len(a.Quotes) != len(lf.Quotes) {
					t.Errorf("%d paragraphs %d quotes, want %d and %d", len(a.Paragraphs), len(a.Quotes), len(lf.Paragraphs), len(lf.Quotes))
				}
			})
		}
	}
}

// crLineBreaks leaves CRLF alone and shares text with no lone CR.
func TestCRLineBreaks(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"a\nb", "a\nb"},
		{"a\r\nb\r\n", "a\r\nb\r\n"},
		{"a\rb\r", "a\nb\n"},
		{"a\r\nb\rc", "a\r\nb\nc"},
		{"a\r\r\nb", "a\n\r\nb"},
		{"\r", "\n"},
	}
	for _, c := range cases {
		if got := crLineBreaks(c.in); got != c.want {
			t.Errorf("crLineBreaks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
