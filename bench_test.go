package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/ui"
)

// largeLibrary writes n articles into a temporary folder, made from the
// bundled ones (each copy a little different, so none shares a cache
// entry), and returns the folder and its size in bytes.
var largeLibrary = sync.OnceValues(func() (string, int64) {
	dir, err := os.MkdirTemp("", "byline-bench")
	if err != nil {
		panic(err)
	}
	var bundled [][]byte
	fs.WalkDir(articles.Bundled(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".txt" {
			b, _ := fs.ReadFile(articles.Bundled(), p)
			bundled = append(bundled, b)
		}
		return nil
	})
	var size int64
	for i := 0; i < benchArticles; i++ {
		b := bundled[i%len(bundled)]
		text := fmt.Sprintf("%s\nCopy %d.\n", b, i)
		name := filepath.Join(dir, fmt.Sprintf("d%02d", i%50), fmt.Sprintf("2026-01-%02d-copy-%05d.txt", i%28+1, i))
		os.MkdirAll(filepath.Dir(name), 0o755)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			panic(err)
		}
		size += int64(len(text))
	}
	return dir, size
})

const benchArticles = 10_000

type benchSource struct{ *articles.Index }

func (s benchSource) Problems() []string { return nil }

// BenchmarkStartToFirstFrame is what a person waits for after typing
// byline FOLDER on a library of 10,000 articles: finding the files and
// drawing the list (the index starts, but the frame does not wait for it).
func BenchmarkStartToFirstFrame(b *testing.B) {
	dir, _ := largeLibrary()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		docs, _, err := articles.ScanPaths([]string{dir})
		if err != nil || len(docs) != benchArticles {
			b.Fatalf("%d docs, %v", len(docs), err)
		}
		ix := articles.NewIndex(docs, nil, 0)
		ix.Start()
		m, _ := ui.NewFromSource(benchSource{ix}, nil).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
		b.StopTimer()
		ix.Stop()
		b.StartTimer()
	}
}

// BenchmarkIndex is the whole background index of 10,000 articles on all
// cores: cold (an empty cache, every article analysed and stored) and warm
// (every analysis read back from the cache). It reports MB/s and the
// largest live heap seen.
func BenchmarkIndex(b *testing.B) {
	dir, size := largeLibrary()
	docs, _, _ := articles.ScanPaths([]string{dir})
	warmDir := b.TempDir()
	fill, _ := articles.OpenCache(warmDir, "bench")
	articles.LoadAll(docs, fill, 0)
	fill.Close()
	for _, warm := range []bool{false, true} {
		name := "cold"
		if warm {
			name = "warm"
		}
		b.Run(name, func(b *testing.B) {
			var peak uint64
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				cdir := warmDir
				if !warm {
					cdir = b.TempDir()
				}
				c, err := articles.OpenCache(cdir, "bench")
				if err != nil {
					b.Fatal(err)
				}
				ix := articles.NewIndex(docs, c, 0)
				ix.Start()
				done := make(chan struct{})
				go func() { ix.Wait(); close(done) }()
				peak = max(peak, watchHeap(done))
				if p := ix.Progress(); !p.Done() || p.Analysed != benchArticles {
					b.Fatalf("progress %+v", p)
				}
				c.Close()
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

// watchHeap samples the live heap every 50 ms until done is closed and
// returns the largest figure.
func watchHeap(done <-chan struct{}) uint64 {
	var peak uint64
	var ms runtime.MemStats
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
		select {
		case <-done:
			return peak
		case <-tick.C:
		}
	}
}
