package store

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/articles"
)

// FuzzFrontMatter writes strangers' titles and authors into front matter
// and reads the file back: the values come back as one clean line each
// and the body stays the body.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{"Plain", "Quote \"x\" and 'y'", "key: value", "---", "\x1b]0;x\x07", "a\nb\r\nc", "- list", "#", "\u202e", "\xff"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, title, author string) {
		e := &Entry{Title: title, Author: author, URL: "https://example.org/a", Body: "Body text, said Marta Quill."}
		a, err := articles.Parse("x.md", Render(e))
		if err != nil {
			t.Fatal(err)
		}
		want := oneLine(title)
		if want != "" && a.Title != want && a.Title != yamlString(title)[1:len(yamlString(title))-1] {
			t.Errorf("title %q read back as %q", title, a.Title)
		}
		if strings.ContainsAny(a.Title, "\n\r\x1b") || strings.ContainsAny(a.Author, "\n\r\x1b") {
			t.Errorf("title %q or author %q is not one safe line", a.Title, a.Author)
		}
		if body := a.Text[a.Body.Start:a.Body.End]; !strings.Contains(body, "Body text, said Marta Quill.") || strings.Contains(body, "url:") {
			t.Errorf("body %q", body)
		}
		if s := mustReadBack(t, e); s.URL != e.URL || (want != "" && s.Title != want) {
			t.Errorf("front matter read back as %+v", s)
		}
	})
}

func mustReadBack(t *testing.T, e *Entry) *Saved {
	t.Helper()
	lib := &Library{Dir: t.TempDir()}
	p, err := lib.Save(e)
	if err != nil {
		t.Fatal(err)
	}
	s, err := readSaved(p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
