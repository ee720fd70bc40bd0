package articles

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/byline-reader/byline/model"
)

func TestParse(t *testing.T) {
	cases := []struct {
		name, file, text                      string
		title, section, date, source, bodyHas string
		format                                string
	}{
		{name: "plain with section", file: "2025-05-19-talks.txt",
			text:  "Talks begin\nFirst paragraph.\nSecond paragraph.\nWorld\n",
			title: "Talks begin", section: "World", date: "2025-05-19", bodyHas: "Second paragraph.", format: "text"},
		{name: "plain without section", file: "a.txt",
			text:  "Talks begin\n\nFirst paragraph.\n\nIt ended with a sentence.\n",
			title: "Talks begin", bodyHas: "It ended with a sentence.", format: "text"},
		{name: "CRLF", file: "b.txt",
			text:  "Talks begin\r\nFirst paragraph.\r\nSecond paragraph.\r\nPolitics\r\n",
			title: "Talks begin", section: "Politics", bodyHas: "First paragraph.", format: "text"},
		{name: "markdown front matter", file: "c.md",
			text:  "---\ntitle: \"Harbour strike ends\"\nsection: Business\ndate: 2026-03-04\nsource: The Calder Courier\n---\nThe strike *ended*.\n",
			title: "Harbour strike ends", section: "Business", date: "2026-03-04", source: "The Calder Courier", bodyHas: "The strike *ended*.", format: "markdown"},
		{name: "markdown heading title", file: "d.md",
			text:  "# Harbour strike ends\n\nThe strike ended.\n",
			title: "Harbour strike ends", bodyHas: "The strike ended.", format: "markdown"},
		{name: "source and date in the name", file: "news/nyt_2016-09-19_trump-said.txt",
			text:  "Trump said\nA paragraph.\n",
			title: "Trump said", date: "2016-09-19", source: "nyt", bodyHas: "A paragraph.", format: "text"},
		{name: "compact date inside the name", file: "scan-20240131-report.txt",
			text:  "Report\nA paragraph.\n",
			title: "Report", date: "2024-01-31", bodyHas: "A paragraph.", format: "text"},
		{name: "the text's own date and source win", file: "ap_2020-01-02_x.md",
			text:  "---\ndate: 2021-05-06\nsource: Wire\n---\n# X\n\nBody.\n",
			title: "X", date: "2021-05-06", source: "Wire", bodyHas: "Body.", format: "markdown"},
		{name: "an underscore without a date names no source", file: "draft_notes.txt",
			text:  "Notes\nBody.\n",
			title: "Notes", bodyHas: "Body.", format: "text"},
		{name: "a long number is not a date", file: "id-120240131999.txt",
			text:  "Id\nBody.\n",
			title: "Id", bodyHas: "Body.", format: "text"},
		{name: "no month 13", file: "2024-13-01-x.txt",
			text:  "Odd\nBody.\n",
			title: "Odd", bodyHas: "Body.", format: "text"},
		// errors
		{name: "broken front matter is body", file: "e.md",
			text:  "---\ntitle: never closed\n\nThe strike ended.\n",
			title: "e", bodyHas: "The strike ended.", format: "markdown"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse(c.file, []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != c.title || a.Section != c.section || a.Date != c.date || a.Source != c.source || a.Format != c.format {
				t.Errorf("got title %q section %q date %q source %q format %q", a.Title, a.Section, a.Date, a.Source, a.Format)
			}
			if body := a.Text[a.Body.Start:a.Body.End]; !strings.Contains(body, c.bodyHas) {
				t.Errorf("body %q lacks %q", body, c.bodyHas)
			}
			if c.section != "" && strings.Contains(a.Text[a.Body.Start:a.Body.End], c.section+"\n") {
				t.Errorf("section line %q left in the body", c.section)
			}
			if a.TitleAt.End > a.TitleAt.Start && a.Text[a.TitleAt.Start:a.TitleAt.End] != a.Title {
				t.Errorf("title span %q, title %q", a.Text[a.TitleAt.Start:a.TitleAt.End], a.Title)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"only space", []byte(" \n\t\n"), ErrEmpty},
		{"NUL bytes", []byte("PNG\x00\x00\x01\x02"), ErrBinary},
		{"control bytes", []byte("\x01\x02\x03\x04\x05\x06\x07\x08 hello"), ErrBinary},
	}
	for _, c := range cases {
		if _, err := Parse("x.txt", c.data); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b.txt":        {Data: []byte("Second\nBody.\n")},
		"a/one.md":     {Data: []byte("---\ntitle: One\n---\nBody.\n")},
		"empty.txt":    {Data: nil},
		"image.txt":    {Data: []byte("\x00\x01")},
		"notes.pdf":    {Data: []byte("%PDF")},
		"c/d/deep.txt": {Data: []byte("Deep\nBody.\n")},
	}
	arts, probs := LoadFS(fsys)
	var titles []string
	for _, a := range arts {
		titles = append(titles, a.Title)
	}
	if got := strings.Join(titles, ","); got != "One,Second,Deep" {
		t.Errorf("loaded %s, want One,Second,Deep (name order, .pdf ignored)", got)
	}
	if len(probs) != 2 {
		t.Fatalf("problems %v, want the empty and the binary file", probs)
	}
	for _, p := range probs {
		if p.Path != "empty.txt" && p.Path != "image.txt" {
			t.Errorf("unexpected problem %v", p)
		}
	}
}

func TestLoadPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("x/a.txt", "Alpha\nBody.\n")
	write("x/b.txt", "")
	write("y.md", "# Why\n\nBody.\n")
	if err := os.Symlink(filepath.Join(dir, "x"), filepath.Join(dir, "x", "loop")); err != nil {
		t.Fatal(err)
	}
	arts, probs, err := LoadPaths([]string{filepath.Join(dir, "y.md"), filepath.Join(dir, "x")})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].Title != "Why" || arts[1].Title != "Alpha" {
		t.Errorf("loaded %d articles in the wrong order or with wrong titles", len(arts))
	}
	if len(probs) != 2 || !errors.Is(probs[0].Err, ErrLinkedFolder) || !errors.Is(probs[1].Err, ErrEmpty) {
		t.Errorf("problems %v, want the linked folder and the empty file", probs)
	}
	if _, _, err := LoadPaths([]string{filepath.Join(dir, "missing")}); !errors.Is(err, ErrNotExist) {
		t.Errorf("missing path: got %v, want ErrNotExist", err)
	}
}

func TestBundled(t *testing.T) {
	arts, probs := LoadFS(Bundled())
	if len(probs) > 0 {
		t.Errorf("bundled corpus has problems: %v", probs)
	}
	if len(arts) == 0 {
		t.Fatal("no bundled articles")
	}
	for _, a := range arts {
		if a.Title == "" || a.Date == "" {
			t.Errorf("%s: missing title or date", a.Path)
		}
	}
}

// A file over the size limit loads its first part, cut on a character
// boundary, and says how large it was.
func TestLoadTruncates(t *testing.T) {
	docs, _ := ScanFS(fstest.MapFS{"big.txt": {Data: []byte("Headline ééé and more text")}}, Options{MaxFileSize: 12})
	arts, probs := LoadAll(docs, nil, 1)
	if len(probs) > 0 || len(arts) != 1 {
		t.Fatalf("%d articles, problems %v", len(arts), probs)
	}
	a := arts[0]
	if a.Truncated != 29 || a.Encoding != "utf-8" || a.Text != "Headline é" {
		t.Errorf("truncated %d, encoding %s, text %q", a.Truncated, a.Encoding, a.Text)
	}
}

// Files are read whole up to the limit whatever size they say they have:
// at the limit, around it, empty, and files that grew or shrank after
// they were looked at.
func TestReadUpToLimit(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 511, 512, 513, 4096, 70000} {
		data := bytes.Repeat([]byte("abcdefg\n"), size/8+1)[:size]
		p := filepath.Join(dir, fmt.Sprintf("f%d.txt", size))
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int64{1, int64(size) - 1, int64(size), int64(size) + 1, DefaultMaxFileSize} {
			if limit < 1 {
				continue
			}
			got, full, err := fileDoc(p, Options{MaxFileSize: limit}).read(limit)
			want, wantFull := data, int64(0)
			if int64(size) > limit {
				want, wantFull = data[:limit], int64(size)
			}
			if err != nil || !bytes.Equal(got, want) || full != wantFull {
				t.Errorf("size %d, limit %d: read %d bytes (full size %d, %v), want %d (%d)",
					size, limit, len(got), full, err, len(want), wantFull)
			}
		}
	}
	data := bytes.Repeat([]byte("x"), 3000)
	for _, said := range []int64{0, 100, 2999, 3000, 3001, 1 << 20} {
		got, err := readAll(bytes.NewReader(data), sizeInfo(said), 1<<30, nil)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("a file that says it has %d bytes: read %d (%v), want 3000", said, len(got), err)
		}
	}
}

// sizeInfo is a regular file's information that gives only its size.
type sizeInfo int64

func (s sizeInfo) Name() string       { return "f" }
func (s sizeInfo) Size() int64        { return int64(s) }
func (s sizeInfo) Mode() fs.FileMode  { return 0o600 }
func (s sizeInfo) ModTime() time.Time { return time.Time{} }
func (s sizeInfo) IsDir() bool        { return false }
func (s sizeInfo) Sys() any           { return nil }

// countingReader counts the reads asked of it.
type countingReader struct {
	r     io.Reader
	reads int
}

func (c *countingReader) Read(p []byte) (int, error) { c.reads++; return c.r.Read(p) }

// A file that ends where it said it would is read in one go, without a
// second read to be told of its end; one that said less or more is still
// read whole.
func TestReadAllStopsAtTheSizeSaid(t *testing.T) {
	data := bytes.Repeat([]byte("y"), 5000)
	for _, c := range []struct {
		said  int64
		reads int
	}{{5000, 1}, {4999, 2}, {5001, 2}, {0, 0}} {
		cr := &countingReader{r: bytes.NewReader(data)}
		got, err := readAll(cr, sizeInfo(c.said), 1<<30, nil)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("said %d: read %d bytes (%v)", c.said, len(got), err)
		}
		if c.reads > 0 && cr.reads != c.reads {
			t.Errorf("said %d: %d reads, want %d", c.said, cr.reads, c.reads)
		}
	}
}

// Control bytes are counted alike wherever they fall among eight-byte
// words: every byte value, at every place, in texts of every length.
func TestControlCount(t *testing.T) {
	slow := func(data []byte) int {
		n := 0
		for _, b := range data {
			if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x1b {
				n++
			}
		}
		return n
	}
	for size := range 20 {
		for at := range size {
			for b := range 256 {
				data := bytes.Repeat([]byte("a"), size)
				data[at] = byte(b)
				if got, want := controlCount(data), slow(data); got != want {
					t.Fatalf("byte %#x at %d of %d: %d, want %d", b, at, size, got, want)
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(7))
	for range 2000 {
		data := make([]byte, rng.Intn(100))
		for i := range data {
			data[i] = byte(rng.Intn(256))
		}
		if got, want := controlCount(data), slow(data); got != want {
			t.Fatalf("%q: %d, want %d", data, got, want)
		}
	}
}

// parseTextListed is parseText as it was, over a list of the lines.
func parseTextListed(a *model.Article) {
	t := a.Text
	ls := lines(t, 0, len(t))
	first := -1
	for i, l := range ls {
		if !blank(t, l) {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	h := trimLine(t, trimBOM(t, ls[first]))
	a.Title = t[h.start:h.end]
	a.TitleAt = model.Span{Start: h.start, End: h.end}
	last := -1
	for i := len(ls) - 1; i > first; i-- {
		if !blank(t, ls[i]) {
			last = i
			break
		}
	}
	bodyEnd := len(t)
	if last > first+1 && isSectionLine(t[ls[last].start:ls[last].end]) {
		a.Section = strings.TrimSpace(t[ls[last].start:ls[last].end])
		bodyEnd = ls[last].start
	}
	bodyStart := len(t)
	if first+1 < len(ls) {
		bodyStart = ls[first+1].start
	}
	if bodyStart > bodyEnd {
		bodyStart = bodyEnd
	}
	a.Body = model.Span{Start: bodyStart, End: bodyEnd}
}

// The plain format's headline, body and section come out as they did when
// the lines were listed first, for texts made of every kind of line.
func TestParseTextWithoutLines(t *testing.T) {
	pieces := []string{"", "\n", "\r\n", " \n", "\t\r\n", "Headline", "\uFEFFTitle", "World", "Two Words",
		"A sentence, with a comma.", "\u00a0\n", "lower", "Über Section", "x"}
	rng := rand.New(rand.NewSource(11))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(8) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			if rng.Intn(2) == 0 {
				b.WriteString("\n")
			}
		}
		got, want := &model.Article{Text: b.String()}, &model.Article{Text: b.String()}
		parseText(got)
		parseTextListed(want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n got %+v\nwant %+v", b.String(), *got, *want)
		}
	}
}
