package analysis_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model/analysis"
	"github.com/byline-reader/byline/model/internal/cputime"
)

// benchFiles reads the PolNeAR training articles when the development data
// sits beside the checkout or a worktree of it (shared/data in a directory
// above), else the bundled corpus.
func benchFiles(b *testing.B) (names []string, texts [][]byte) {
	dir := filepath.Join("shared", "data", "polnear", "train")
	for i := 0; i < 5; i++ {
		dir = filepath.Join("..", dir)
		if _, err := os.Stat(dir); err == nil {
			break
		}
	}
	if ents, err := os.ReadDir(dir); err == nil {
		for _, e := range ents {
			if strings.HasSuffix(e.Name(), ".txt") {
				data, err := os.ReadFile(filepath.Join(dir, e.Name()))
				if err != nil {
					b.Fatal(err)
				}
				names = append(names, e.Name())
				texts = append(texts, data)
			}
		}
	}
	if len(names) == 0 {
		fsys := articles.Bundled()
		_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				data, _ := fs.ReadFile(fsys, p)
				names = append(names, p)
				texts = append(texts, data)
			}
			return nil
		})
	}
	return names, texts
}

// BenchmarkAnalyze measures the whole analysis (segmentation, entities,
// quotations, speakers) in MB/s and tokens/s, and in tokens per second of
// CPU time (cpu-tokens/s), which other work on the machine moves less.
func BenchmarkAnalyze(b *testing.B) {
	names, texts := benchFiles(b)
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	tokens := 0
	for i, t := range texts {
		a, err := articles.Parse(names[i], t)
		if err != nil {
			continue
		}
		analysis.Analyze(a)
		tokens += analysis.CountTokens(a)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Start()
	for i := 0; i < b.N; i++ {
		for j, t := range texts {
			a, err := articles.Parse(names[j], t)
			if err != nil {
				continue
			}
			analysis.Analyze(a)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	cpu.Report(b, float64(tokens)*float64(b.N), "tokens")
}
