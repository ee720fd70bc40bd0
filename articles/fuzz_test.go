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
	if err := a.Check(); err != nil {
		t.Fatal(err)
	}
}
