package main

import (
	"os"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/articles/biglib"
	"github.com/byline-reader/byline/ui"
)

// The benchmarks here measure a large library: benchArticles() articles
// (10,000 unless $BYLINE_BENCH_ARTICLES says otherwise) made of copies of
// the bundled articles, or of the folder in $BYLINE_BENCH_SOURCE, each copy
// made unique. For the figures of real news:
//
//	BYLINE_BENCH_SOURCE=../shared/data/polnear/train BYLINE_BENCH_ARTICLES=50000 \
//	    go test -run - -bench Index -benchtime 1x -count 5

func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("BYLINE_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 10_000
}

// largeLibrary writes the library into a temporary folder once per run
// and returns the folder and its size in bytes.
var largeLibrary = sync.OnceValues(func() (string, int64) {
	dir, err := os.MkdirTemp("", "byline-bench")
	if err != nil {
		panic(err)
	}
	largeDir = dir
	src, _ := biglib.Source()
	size, err := biglib.Write(dir, benchArticles(), src)
	if err != nil {
		panic(err)
	}
	return dir, size
})

// largeDir is the folder largeLibrary made, if it made one.
var largeDir string

// removeBenchFolders removes what the benchmarks wrote; TestMain calls it.
func removeBenchFolders() {
	if largeDir != "" {
		os.RemoveAll(largeDir)
	}
	if indexed.cache != "" {
		os.RemoveAll(indexed.cache)
	}
}

func scanLarge(b *testing.B) ([]articles.Doc, int64) {
	b.Helper()
	dir, size := largeLibrary()
	docs, _, err := articles.ScanPaths([]string{dir}, articles.Options{})
	if err != nil || len(docs) != benchArticles() {
		b.Fatalf("%d docs, %v", len(docs), err)
	}
	return docs, size
}

type benchSource struct{ *articles.Index }

func (s benchSource) Problems() []string { return nil }

// BenchmarkStartToFirstFrame is what a person waits for after typing
// byline FOLDER on a large library: the walk of the folder starting, and
// the list drawn with the files found so far (neither the walk nor the
// index is waited for; the rest of the list streams in).
func BenchmarkStartToFirstFrame(b *testing.B) {
	dir, _ := largeLibrary()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := articles.CheckPaths([]string{dir}); err != nil {
			b.Fatal(err)
		}
		ix := articles.NewIndex(nil, nil, 0)
		ix.Walk([]string{dir}, articles.Options{})
		if ix.WaitForFiles() == 0 {
			b.Fatal("no files")
		}
		ix.Start()
		m, _ := ui.NewFromSource(benchSource{ix}, nil).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
		b.StopTimer()
		ix.Stop()
		b.StartTimer()
	}
}

// indexed is a library indexed once into a warm cache, shared by the
// benchmarks of what a person does in it.
var indexed struct {
	once  sync.Once
	docs  []articles.Doc
	size  int64
	cache string
}

func warmCache(b *testing.B) {
	indexed.once.Do(func() {
		indexed.docs, indexed.size = scanLarge(b)
		indexed.cache, _ = os.MkdirTemp("", "byline-bench-cache")
		c, err := articles.OpenCache(indexed.cache, "bench")
		if err != nil {
			b.Fatal(err)
		}
		ix := articles.NewIndex(indexed.docs, c, 0)
		ix.Start()
		ix.Wait()
		c.Close()
	})
}

// BenchmarkIndex is the whole background index on all cores: cold (an
// empty cache, every article analysed and stored) and warm (every summary
// read back from the cache). It reports MB/s and the largest live heap
// seen, and the heap left once the index is complete.
func BenchmarkIndex(b *testing.B) {
	warmCache(b)
	docs, size := indexed.docs, indexed.size
	for _, warm := range []bool{false, true} {
		name := "cold"
		if warm {
			name = "warm"
		}
		b.Run(name, func(b *testing.B) {
			var peak, after uint64
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				cdir := indexed.cache
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
				if p := ix.Progress(); !p.Done() || p.Analysed != len(docs) {
					b.Fatalf("progress %+v", p)
				}
				b.StopTimer()
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				after = max(after, ms.HeapAlloc)
				runtime.KeepAlive(ix)
				c.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(after)/(1<<20), "indexed-heap-MB")
		})
	}
}

// BenchmarkOpen is opening an article of an indexed library (read back
// from the cache) and the page of the entity it mentions most: what a
// person waits for after enter.
func BenchmarkOpen(b *testing.B) {
	warmCache(b)
	c, err := articles.OpenCache(indexed.cache, "bench")
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	ix := articles.NewIndex(indexed.docs, c, 0)
	ix.Start()
	ix.Wait()
	lib := ix.Library()
	top := lib.Entities()[0].ID
	b.Run("article", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			// a different article each time: none is kept from before
			if _, err := ix.Load((i * 7919) % len(indexed.docs)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("entity", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			quotes := lib.QuotesBy(top)
			_ = lib.QuoteTexts(quotes[:min(len(quotes), 500)])
			_ = lib.ArticlesMentioning(top)
			_ = lib.MentionedWith(top, 12)
		}
	})
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
