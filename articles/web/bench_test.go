package web

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseFeed10000 reads a feed of 10,000 items (about 2.4 MB).
func BenchmarkParseFeed10000(b *testing.B) {
	feed := bigFeed(10000)
	b.SetBytes(int64(len(feed)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFeed(feed, "http://127.0.0.1/feed"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadable makes the test page, furniture and all, readable.
func BenchmarkReadable(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "article.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Readable(page, "http://127.0.0.1/article.html"); err != nil {
			b.Fatal(err)
		}
	}
}
