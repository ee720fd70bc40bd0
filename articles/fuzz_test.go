package articles

import (
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// FuzzLoad reads any bytes as a text or Markdown file, through the same
// loader as real folders, and checks that every offset it reports is in
// bounds and on a character boundary.
func FuzzLoad(f *testing.F) {
	f.Add(false, []byte("Headline\r\n“Quote,” she said.\r\nWorld\r\n"))
	f.Add(true, []byte("---\ntitle: \"A \\\"b\\\"\"\ndate: 2026-01-02\n---\n# H\n\n“Q,” said Ann Lee."))
	f.Add(true, []byte("---\ntitle: [broken\n"))
	f.Add(false, []byte("Caf\xe9 \xa3100 \x93quoted\x94 said Bob"))
	f.Add(false, []byte("\xef\xbb\xbf\x1b]52;c;aGk=\x07Title\n\x00"))
	f.Add(true, []byte("+++\ntitle = \"\"\"\nA \\\n b\"\"\"\n+++\n> **Ann** [x](y \"t\") &#8220;Q,&#8221; \\*\n\n1. `c`\n\n[r]: u\n<b>h</b>\n```\n\"q\"\n```"))
	f.Add(true, []byte("---\ntitle: >-\n  A\n  b\n---\nH\n=\n\n| a | \"b\" |\n|---|---|\n| ~~c~~ | [d][] |\n\n[d]: e"))
	f.Add(false, []byte("\xff\xfeH\x00i\x00\n\x00=\xd8\x00\xde"))
	f.Fuzz(func(t *testing.T, markdown bool, data []byte) {
		name := "2026-01-02-x.txt"
		if markdown {
			name = "2026-01-02-x.md"
		}
		arts, probs := LoadFS(fstest.MapFS{name: {Data: data}})
		if len(arts)+len(probs) != 1 {
			t.Fatalf("%d articles and %d problems for one file", len(arts), len(probs))
		}
		for _, a := range arts {
			checkArticle(t, a)
		}
	})
}

func checkArticle(t *testing.T, a *model.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Fatal("text is not valid UTF-8")
	}
	for what, s := range map[string]model.Span{"title": a.TitleAt, "body": a.Body} {
		if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
			t.Fatalf("%s span %v out of bounds", what, s)
		}
	}
	end := 0
	for _, m := range a.Markup {
		if m.Start < end || m.End > len(a.Text) || m.Start >= m.End || len(m.With) > m.Len() ||
			!utf8.RuneStart(a.Text[m.Start]) || m.End < len(a.Text) && !utf8.RuneStart(a.Text[m.End]) {
			t.Fatalf("markup %+v out of order, out of bounds or off a character boundary", m)
		}
		end = m.End
	}
	if p := a.Prose(); len(p) != len(a.Text) || !utf8.ValidString(p) {
		t.Fatalf("prose of %d bytes for a text of %d, valid UTF-8: %v", len(p), len(a.Text), utf8.ValidString(p))
	}
	if err := a.Check(); err != nil {
		t.Fatal(err)
	}
}
