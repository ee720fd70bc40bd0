package store

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline-reader/byline/articles"
)

func TestYAMLStringReadsBack(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Plain title", "Plain title"},
		{`He said "no"`, `He said "no"`},
		{"It's a 'quote' and a \"quote\"", "It's a 'quote' and a \"quote\""},
		{"Back\\slash", "Back\\slash"},
		{"Line one\nline two\r\nthree", "Line one line two three"},
		{"Escape \x1b[31mred\x1b[0m and \x07bell", "Escape [31mred[0m and bell"},
		{"Bidi \u202eevil\u202c and \u2066isolate\u2069", "Bidi evil and isolate"},
		{"- starts like a list", "- starts like a list"},
		{"key: value", "key: value"},
		{"# not a comment", "# not a comment"},
		{"yes", "yes"},
		{"2026", "2026"},
		{"---", "---"},
		{"C1 \u009b control", "C1 control"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
	}
	for _, c := range cases {
		got := yamlString(c.in)
		if strings.ContainsAny(got, "\n\r\x1b") {
			t.Errorf("yamlString(%q) = %q: not one safe line", c.in, got)
		}
		if back := unquote(got); back != c.want {
			t.Errorf("yamlString(%q) = %q reads back as %q, want %q", c.in, got, back, c.want)
		}
	}
}

func TestSlug(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"Café on the quay wins £500 award!", "cafe-on-the-quay-wins-500-award"},
		{"  --Hello, World--  ", "hello-world"},
		{"Ærø ﬁnal", "r-final"},
		{"北京", fmt.Sprintf("%x", sha256.Sum256([]byte("k")))[:12]},
		{strings.Repeat("word ", 40), strings.TrimRight(strings.Repeat("word-", 12), "-")},
	} {
		if got := slug(c.title, "k"); got != c.want {
			t.Errorf("slug(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestSaveAndReload(t *testing.T) {
	dir := t.TempDir()
	lib := &Library{Dir: dir}
	e := &Entry{
		Title: "Harbour \"deal\" struck\n\x1b]0;pwned\x07", URL: "https://news.example.org/a/1", GUID: "g-1",
		Source: "The Courier", Author: "Ines Talbot", Date: time.Date(2026, 3, 4, 23, 0, 0, 0, time.UTC),
		Feed: "https://news.example.org/feed", Body: "\"We agreed,\" said Marta Quill.\n",
	}
	p, err := lib.Save(e)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "news.example.org", "2026-03-04-harbour-deal-struck-0-pwned.md"); p != want {
		t.Errorf("saved as %s, want %s", p, want)
	}
	e.Body = "An updated body, said Marta Quill.\n"
	e.Title = "Harbour deal struck (updated)"
	p2, err := lib.Save(e)
	if err != nil || p2 != p {
		t.Fatalf("saving again went to %s (%v), want %s", p2, err, p)
	}
	// a fresh library finds it by GUID from the file alone
	lib2 := &Library{Dir: dir}
	s, err := lib2.Find("g-1", "")
	if err != nil || s == nil || s.Path != p || s.URL != e.URL || s.Feed != e.Feed {
		t.Fatalf("found %+v (%v)", s, err)
	}
	if s2, _ := lib2.Find("", e.URL); s2 == nil || s2.Path != p {
		t.Errorf("not found by address")
	}
	data, _ := os.ReadFile(p)
	a, err := articles.Parse(p, data)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Harbour deal struck (updated)" || a.Date != "2026-03-04" || a.URL != e.URL || a.Author != "Ines Talbot" {
		t.Errorf("loader read %q %q %q %q", a.Title, a.Date, a.URL, a.Author)
	}
	if !strings.Contains(a.Text[a.Body.Start:a.Body.End], "An updated body") {
		t.Errorf("body %q", a.Text[a.Body.Start:a.Body.End])
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Errorf("folder holds %d files, want 1 (no temporary files left)", len(entries))
	}
	// another article with the same title and date gets its own file
	p3, _ := lib.Save(&Entry{Title: e.Title, URL: "https://news.example.org/a/2", Date: e.Date})
	if p3 == p {
		t.Error("a second article overwrote the first")
	}
}

func TestStaleTempFilesRemoved(t *testing.T) {
	dir := t.TempDir()
	site := filepath.Join(dir, "x")
	os.MkdirAll(site, 0o755)
	old := filepath.Join(site, ".tmp-123")
	fresh := filepath.Join(site, ".tmp-456")
	os.WriteFile(old, []byte("---\ntitle: half"), 0o644)
	os.WriteFile(fresh, []byte("---\ntitle: half"), 0o644)
	past := time.Now().Add(-time.Hour)
	os.Chtimes(old, past, past)
	all, err := (&Library{Dir: dir}).Scan()
	if err != nil || len(all) != 0 {
		t.Fatalf("scan: %v %v", all, err)
	}
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Error("an hour-old temporary file was kept")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Error("a temporary file that may still be being written was removed")
	}
}

func TestConfigUnknownKeys(t *testing.T) {
	p := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(p, []byte("theme = \"dark\"\ncolour = \"red\"\n[refresh]\nmax_items = 5\nevery = \"1h\"\n[[feed]]\nurl = \"https://a.example/feed\"\n"), 0o644)
	c, warn, err := LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	if c.Theme != "dark" || c.ItemLimit() != 5 || len(c.Feeds) != 1 || !c.RefreshOnStart() {
		t.Errorf("config %+v", c)
	}
	if len(warn) != 2 || !strings.Contains(warn[0], `unknown setting "colour"`) || !strings.Contains(warn[1], `"refresh.every"`) {
		t.Errorf("warnings %q", warn)
	}
	if err := SaveConfig(p, c); err != nil {
		t.Fatal(err)
	}
	c2, _, err := LoadConfig(p)
	if err != nil || len(c2.Feeds) != 1 || c2.Feeds[0].URL != "https://a.example/feed" || c2.ItemLimit() != 5 {
		t.Errorf("round trip: %+v %v", c2, err)
	}
	if _, _, err := LoadConfig(filepath.Join(t.TempDir(), "none.toml")); err != nil {
		t.Errorf("missing file: %v", err)
	}
	os.WriteFile(p, []byte("theme = \n"), 0o644)
	if _, _, err := LoadConfig(p); err == nil || !strings.Contains(err.Error(), "config.toml") {
		t.Errorf("broken file: %v", err)
	}
}

func TestOPML(t *testing.T) {
	in := `<?xml version="1.0"?>
<opml version="1.0"><head><title>newsboat</title></head><body>
<outline text="News"><outline type="rss" text="Courier" xmlUrl="https://courier.example/feed" htmlUrl="https://courier.example/"/></outline>
<outline type="rss" text="Voice &amp; Echo" title="Voice" xmlUrl="https://voice.example/atom.xml"/>
<outline text="just a folder"/>
</body></opml>`
	feeds, err := ReadOPML(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(feeds) != 2 || feeds[0].URL != "https://courier.example/feed" || feeds[0].Title != "Courier" || feeds[1].Title != "Voice" {
		t.Fatalf("feeds %+v", feeds)
	}
	var b bytes.Buffer
	if err := WriteOPML(&b, feeds, time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, w := range []string{`<opml version="2.0">`, `xmlUrl="https://courier.example/feed"`, `type="rss"`, "<dateCreated>Wed, 04 Mar 2026 00:00:00 +0000</dateCreated>"} {
		if !strings.Contains(out, w) {
			t.Errorf("OPML lacks %s:\n%s", w, out)
		}
	}
	back, err := ReadOPML(&b)
	if err != nil || len(back) != 2 || back[1] != feeds[1] {
		t.Errorf("round trip: %+v %v", back, err)
	}
	if _, err := ReadOPML(strings.NewReader("<html><body>nope")); err == nil {
		t.Error("an HTML page read as OPML")
	}
}

func TestState(t *testing.T) {
	s := &State{Path: filepath.Join(t.TempDir(), "s", "state.db")}
	if r, err := s.Read(); err != nil || len(r) != 0 {
		t.Fatalf("empty state: %v %v", r, err)
	}
	if err := s.MarkRead("a", "b"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetPosition("a", 420); err != nil {
		t.Fatal(err)
	}
	if err := s.SetFeeds(map[string]FeedState{"f": {ETag: `"x"`, Error: "boom"}}); err != nil {
		t.Fatal(err)
	}
	r, _ := s.Read()
	pos, _ := s.Position("a")
	if all, err := s.Positions(); err != nil || len(all) != 1 || all["a"] != 420 {
		t.Errorf("positions %v (%v)", all, err)
	}
	fs, _ := s.Feeds()
	if !r["a"] || !r["b"] || r["c"] || pos != 420 || fs["f"].ETag != `"x"` || fs["f"].Error != "boom" {
		t.Errorf("read %v pos %d feeds %+v", r, pos, fs)
	}
	s.ForgetFeed("f")
	if fs, _ := s.Feeds(); len(fs) != 0 {
		t.Errorf("forgotten feed kept: %+v", fs)
	}
}
