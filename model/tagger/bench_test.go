package tagger

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/byline-reader/byline/model/internal/cputime"
)

// newsDocs reads the PolNeAR training articles when the development data
// sits in a directory above the checkout, split into sentences and words
// roughly as the analysis does (marks at a word's edges stand alone). It
// returns nil when the data is not there.
func newsDocs(tb testing.TB) [][][]string {
	dir := filepath.Join("shared", "data", "polnear", "train")
	for i := 0; i < 6; i++ {
		dir = filepath.Join("..", dir)
		if _, err := os.Stat(dir); err == nil {
			break
		}
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var docs [][][]string
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		var doc [][]string
		for _, line := range strings.Split(string(data), "\n") {
			var sent []string
			for _, f := range strings.Fields(line) {
				sent = appendWord(sent, f)
				if n := len(sent); n > 0 && (sent[n-1] == "." || sent[n-1] == "?" || sent[n-1] == "!") {
					doc = append(doc, sent)
					sent = nil
				}
			}
			if len(sent) > 0 {
				doc = append(doc, sent)
			}
		}
		docs = append(docs, doc)
	}
	return docs
}

// appendWord appends field f as words: the punctuation at its start and
// end split off.
func appendWord(sent []string, f string) []string {
	mark := func(r rune) bool { return unicode.IsPunct(r) && r != '-' }
	core := strings.TrimLeftFunc(f, mark)
	for _, r := range f[:len(f)-len(core)] {
		sent = append(sent, string(r))
	}
	trimmed := strings.TrimRightFunc(core, mark)
	if trimmed != "" {
		sent = append(sent, trimmed)
	}
	for _, r := range core[len(trimmed):] {
		sent = append(sent, string(r))
	}
	return sent
}

// BenchmarkTagNews reports tokens per second (and per second of CPU time) of the recogniser alone over
// real news (PolNeAR train), whose vocabulary and weight rows are far
// larger than the CPU's nearest caches, unlike BenchmarkTagDocument's one
// sentence repeated.
func BenchmarkTagNews(b *testing.B) {
	docs := newsDocs(b)
	if len(docs) == 0 {
		b.Skip("no PolNeAR data beside the checkout")
	}
	tg := Default()
	n := 0
	for _, d := range docs {
		tg.TagDocument(d)
		for _, s := range d {
			n += len(s)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Start()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			tg.TagDocument(d)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	cpu.Report(b, float64(n)*float64(b.N), "tokens")
}

// TestFastMatchesReferenceOnNews compares the fast path with the
// reference over real news, when it is beside the checkout: its words,
// shapes and pairs are far more varied than fastDocs'.
func TestFastMatchesReferenceOnNews(t *testing.T) {
	docs := newsDocs(t)
	if len(docs) == 0 {
		t.Skip("no PolNeAR data beside the checkout")
	}
	if testing.Short() {
		docs = docs[:100]
	}
	tg := Default()
	for i, d := range docs {
		got, want := tg.TagDocument(d), tg.tagReference(d)
		for si := range want {
			for wi := range want[si] {
				if got[si][wi] != want[si][wi] {
					t.Fatalf("document %d, sentence %d, word %d %q: %s, reference %s", i, si, wi, d[si][wi], got[si][wi], want[si][wi])
				}
			}
		}
	}
}
