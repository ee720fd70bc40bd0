package articles

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

func TestIndexReadsAndAnalysesInBackground(t *testing.T) {
	fsys := fstest.MapFS{"bad.txt": {Data: []byte{}}}
	for i := 0; i < 40; i++ {
		fsys[fmt.Sprintf("2026-01-%02d-a%d.txt", i%28+1, i)] = &fstest.MapFile{
			Data: []byte(fmt.Sprintf("Headline %d\n“We will,” Ann Lee said on day %d.\nWorld\n", i, i))}
	}
	docs, probs := ScanFS(fsys)
	if len(probs) > 0 || len(docs) != 41 {
		t.Fatalf("%d docs, problems %v", len(docs), probs)
	}
	ix := NewIndex(docs, nil, 2)
	// on demand, before the background work starts
	a, err := ix.Load(5)
	if err != nil || a == nil || len(a.Quotes) != 1 {
		t.Fatalf("Load: %v %v", a, err)
	}
	ix.Start()
	ix.Wait()
	p := ix.Progress()
	if !p.Done() || p.Analysed != 40 || p.Failed != 1 || p.Read != 41 {
		t.Fatalf("progress %+v", p)
	}
	if probs := ix.Problems(); len(probs) != 1 || !errors.Is(probs[0].Err, ErrEmpty) {
		t.Errorf("problems %v", probs)
	}
	lib := ix.Library()
	e, ok := lib.Entity("person:ann lee")
	if !ok || len(lib.ArticlesMentioning(e.ID)) != 40 || len(lib.QuotesBy(e.ID)) != 40 {
		t.Errorf("library: %v %v", ok, e)
	}
	if _, analysed, err := ix.Article(len(docs) - 1); docs[len(docs)-1].Path != "bad.txt" || analysed || !errors.Is(err, ErrEmpty) {
		t.Errorf("the empty file: analysed %v, err %v", analysed, err)
	}
	select {
	case <-ix.Updates():
	default:
		t.Error("no update notice after the work ended")
	}
}

// The cache gives back exactly what analysis made, and a second opener of
// a cache in use is told so rather than kept waiting.
func TestCacheRoundTrip(t *testing.T) {
	dir := t.TempDir()
	data := []byte("---\ntitle: T\n---\n“Yes,” said Ann Lee in Paris.\n")
	docs, _ := ScanFS(fstest.MapFS{"a.md": {Data: data}})
	c, err := OpenCache(dir, "v1")
	if err != nil {
		t.Fatal(err)
	}
	first, err := docs[0].Load(c)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenCache(dir, "v1"); err == nil {
		t.Error("a second open of a held cache should fail quickly")
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	c, err = OpenCache(dir, "v1")
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Parse("a.md", data)
	if !c.get(data, again) {
		t.Fatal("cache miss after close and reopen")
	}
	if fmt.Sprint(again.Quotes) != fmt.Sprint(first.Quotes) || fmt.Sprint(again.Entities) != fmt.Sprint(first.Entities) {
		t.Errorf("cached analysis differs:\n%v\n%v", again.Quotes, first.Quotes)
	}
	c.Close()
	// another analyser version sees nothing
	c2, err := OpenCache(dir, "v2")
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if fresh, _ := Parse("a.md", data); c2.get(data, fresh) {
		t.Error("an entry of another analyser version was used")
	}
}

// A cache file that is not a database is replaced, not trusted or fatal.
func TestCacheCorrupt(t *testing.T) {
	dir := t.TempDir()
	junk := []byte("this is not a bbolt file, only bytes that might look like a page header to a careless reader")
	if err := os.WriteFile(filepath.Join(dir, "analysis.db"), junk, 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := OpenCache(dir, "v1")
	if err != nil {
		t.Fatalf("corrupt cache not rebuilt: %v", err)
	}
	c.Close()
}
