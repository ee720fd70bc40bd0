package web

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzReadable feeds pages and feeds from strangers to the readers: none
// may panic, and what comes out holds no control character.
func FuzzReadable(f *testing.F) {
	for _, name := range []string{"article.html", "rss2.xml", "atom.xml", "feed.json", "rss1.rdf"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(escapesPage())
	f.Add(badUTF8Page())
	f.Add([]byte(`<p><a href="javascript:x">a</a><img alt="b"><b><i>c</b></i>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		switch Sniff(body, "") {
		case Feed:
			fd, err := ParseFeed(body, "http://127.0.0.1/feed")
			if err != nil {
				return
			}
			for _, it := range fd.Items {
				if md, err := HTMLToMarkdown(it.Content, it.Link); err == nil {
					clean(t, md)
				}
				clean(t, it.Title)
			}
		default:
			if a, err := Readable(body, "http://127.0.0.1/page"); err == nil {
				clean(t, a.Markdown)
				clean(t, a.Title)
			}
		}
	})
}

func clean(t *testing.T, s string) {
	t.Helper()
	if strings.ContainsFunc(s, func(r rune) bool {
		return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
	}) {
		t.Errorf("control character in %q", s)
	}
}
