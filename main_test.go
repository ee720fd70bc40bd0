package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunFlags(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Alpha\n“We will see,” Ilse Varga said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "a.json"), []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name       string
		args       []string
		code       int
		stdoutHas  string
		stderrHas  string
		stderrLine bool // stderr must be exactly one line
	}{
		{"help", []string{"--help"}, 0, "  --json\n", "", false},
		{"help, short", []string{"-h"}, 0, "  --max-size SIZE\n", "", false},
		{"version", []string{"--version"}, 0, "byline ", "", false},
		{"theme", []string{"--theme", "sepia"}, 2, "", "choose dark, light or auto", true},
		{"missing path", []string{"--json", filepath.Join(dir, "nope")}, 2, "", "no such file or folder", true},
		{"bad flag", []string{"--frobnicate"}, 2, "", "not defined: --frobnicate\nRun byline --help", false},
		{"json folder with a bad file", []string{"--json", dir}, 0, `"speaker": "Ilse Varga"`, "empty.txt", true},
		{"max size", []string{"--json", "--max-size", "20", filepath.Join(dir, "a.txt")}, 0, `"truncated": 42`, "read only the first 20 bytes of 42 bytes", true},
		{"bad max size", []string{"--max-size", "lots"}, 2, "", "not a size", false},
		{"no articles", []string{other}, 1, "", "no articles to show (byline reads .txt, .md and .markdown files)", true},
		{"cache info", []string{"--cache-info"}, 0, "analysis.db\nsize: ", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(c.args, &out, &errb)
			if code != c.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, c.code, errb.String())
			}
			if !strings.Contains(out.String(), c.stdoutHas) {
				t.Errorf("stdout lacks %q:\n%s", c.stdoutHas, out.String())
			}
			if !strings.Contains(errb.String(), c.stderrHas) {
				t.Errorf("stderr lacks %q: %q", c.stderrHas, errb.String())
			}
			if c.stderrLine && strings.Count(strings.TrimSuffix(errb.String(), "\n"), "\n") != 0 {
				t.Errorf("stderr is not one line: %q", errb.String())
			}
		})
	}
}

// --help prints the usage once, to stdout, and nothing to stderr.
func TestHelpOnce(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"--help"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if n := strings.Count(out.String(), "Usage:"); n != 1 || errb.Len() != 0 {
		t.Errorf("usage printed %d times, stderr %q", n, errb.String())
	}
	if strings.Contains(out.String(), "\n  -json") {
		t.Errorf("flags spelled with one dash:\n%s", out.String())
	}
}

func TestJSONBundled(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"--json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var docs []struct {
		Path   string `json:"path"`
		Title  string `json:"title"`
		Quotes []struct {
			Text  string `json:"text"`
			Start int    `json:"start"`
			End   int    `json:"end"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(out.Bytes(), &docs); err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatal("no articles")
	}
	seed := false
	for _, d := range docs {
		if strings.Contains(d.Path, "russia-ukraine-truce-talks") {
			seed = true
			if len(d.Quotes) != 9 {
				t.Errorf("seed: %d quotations, want 9", len(d.Quotes))
			}
		}
	}
	if !seed {
		t.Error("the seed article is not in the bundled corpus")
	}
}

func TestJSONLatin1Offsets(t *testing.T) {
	raw := []byte("Price \xa3 rise\n\x93Too much,\x94 said Ann Lee of the \xa3 fund.\n")
	path := filepath.Join(t.TempDir(), "latin.txt")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"--json", path}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var docs []struct {
		Title    string `json:"title"`
		Encoding string `json:"encoding"`
		Quotes   []struct {
			Start, End int
		} `json:"quotes"`
	}
	if err := json.Unmarshal(out.Bytes(), &docs); err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Encoding != "windows-1252" || d.Title != "Price £ rise" {
		t.Errorf("encoding %q title %q", d.Encoding, d.Title)
	}
	if len(d.Quotes) != 1 || string(raw[d.Quotes[0].Start:d.Quotes[0].End]) != "\x93Too much,\x94" {
		t.Errorf("quote offsets do not point into the file on disk: %+v", d.Quotes)
	}
}

// The executable is hashed once: later starts read the hash kept beside
// its path, size and time, and a different executable gets its own.
func TestAnalyserVersionIsKept(t *testing.T) {
	dir := t.TempDir()
	v := analyserVersion(dir)
	if len(v) != 24 {
		t.Fatalf("version %q", v)
	}
	memo := filepath.Join(dir, "versions")
	b, err := os.ReadFile(memo)
	if err != nil || !bytes.Contains(b, []byte(v)) {
		t.Fatalf("no kept version: %q %v", b, err)
	}
	// what is kept is what is used: a kept hash stands for the executable
	fake := strings.Repeat("0", 24)
	if err := os.WriteFile(memo, bytes.Replace(b, []byte(v), []byte(fake), 1), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := analyserVersion(dir); got != fake {
		t.Errorf("version %q, want the kept %q", got, fake)
	}
	// another executable's line does not stand for this one
	if err := os.WriteFile(memo, []byte("/elsewhere/byline\x001\x002\t"+fake+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := analyserVersion(dir); got != v {
		t.Errorf("version %q, want %q hashed again", got, v)
	}
}

// The memory limit is memoryLimit up to limitArticles articles and grows
// with the library past them, within the 500 MB at 100,000.
func TestMemoryLimitFor(t *testing.T) {
	for _, c := range []struct {
		n      int
		lo, hi int64
	}{{0, 240 << 20, 240 << 20}, {50_000, 240 << 20, 240 << 20}, {50_001, 240<<20 + 1, 241 << 20},
		{100_000, 300 << 20, 400 << 20}} {
		if got := memoryLimitFor(c.n); got < c.lo || got > c.hi {
			t.Errorf("%d articles: limit %d MB, want %d-%d", c.n, got>>20, c.lo>>20, c.hi>>20)
		}
	}
}
