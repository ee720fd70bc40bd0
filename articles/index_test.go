package articles

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/byline-reader/byline/model"
)

func TestIndexReadsAndAnalysesInBackground(t *testing.T) {
	fsys := fstest.MapFS{"bad.txt": {Data: []byte{}}}
	for i := 0; i < 40; i++ {
		fsys[fmt.Sprintf("2026-01-%02d-a%d.txt", i%28+1, i)] = &fstest.MapFile{
			Data: []byte(fmt.Sprintf("Headline %d\n“We will,” Ann Lee said on day %d.\nWorld\n", i, i))}
	}
	docs, probs := ScanFS(fsys, Options{})
	if len(probs) > 0 || len(docs) != 41 {
		t.Fatalf("%d docs, problems %v", len(docs), probs)
	}
	ix := NewIndex(docs, nil, 2)
	// on demand, before the background work starts
	a, err := ix.Load(5)
	if err != nil || a == nil || len(a.Quotes) != 1 {
		t.Fatalf("Load: %v %v", a, err)
	}
	if h, analysed, err := ix.Article(5); !analysed || err != nil || h.Quotes != 1 || h.Speakers != 1 || h.Title != a.Title {
		t.Errorf("Article(5) after Load: %+v %v %v", h, analysed, err)
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
	docs, _ := ScanFS(fstest.MapFS{"a.md": {Data: data}}, Options{})
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
	if !c.get(cacheKey(data, again.Format), again) {
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
	if fresh, _ := Parse("a.md", data); c2.get(cacheKey(data, fresh.Format), fresh) {
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

// Entries not used for 30 days are dropped when the cache is opened; an
// entry used meanwhile stays.
func TestCacheExpires(t *testing.T) {
	dir := t.TempDir()
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("Old news\n“No,” said Ann Lee.\n")},
		"b.txt": {Data: []byte("Kept news\n“Yes,” said Bo Park.\n")},
	}
	docs, _ := ScanFS(fsys, Options{})
	day0 := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	open := func(days int) *Cache {
		t.Helper()
		c, err := openCacheOn(dir, "v1", day0.AddDate(0, 0, days))
		if err != nil {
			t.Fatal(err)
		}
		c.bg.Wait() // the expiry is done
		return c
	}
	cached := func(c *Cache, d Doc) bool {
		data, _, _ := d.read(d.MaxFileSize())
		a, _ := Parse(d.Path, data)
		return c.get(cacheKey(data, a.Format), a)
	}
	c := open(0)
	LoadAll(docs, c, 1)
	c.Close()
	c = open(20)
	if !cached(c, docs[0]) || !cached(c, docs[1]) {
		t.Fatal("entries gone after 20 days")
	}
	c.Close()
	c = open(45) // b was used on day 20 (by the check above), a too
	if !cached(c, docs[1]) {
		t.Fatal("an entry used 25 days ago was dropped")
	}
	c.Close()
	c = open(60) // a was last used on day 20, b on day 45
	defer c.Close()
	if cached(c, docs[0]) {
		t.Error("an entry unused for 40 days was kept")
	}
	if !cached(c, docs[1]) {
		t.Error("an entry used 15 days ago was dropped")
	}
	info, err := ReadCacheInfo(t.TempDir())
	if err != nil || info.Entries != 0 || info.Size != 0 {
		t.Errorf("no cache yet: %+v %v", info, err)
	}
}

// A warm start finds each file's summary by its size and time, reads no
// file, and still sees a file that changed.
func TestIndexWarmStartReadsNoFile(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 5; i++ {
		text := fmt.Sprintf("Headline %d\n“We will,” Ann Lee said on day %d.\nWorld\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cdir := t.TempDir()
	index := func() (*Index, []Doc) {
		docs, _, err := ScanPaths([]string{dir}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		c, err := OpenCache(cdir, "v1")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		ix := NewIndex(docs, c, 1)
		ix.Start()
		ix.Wait()
		return ix, docs
	}
	first, _ := index()
	first.cache.Close()
	// a file rewritten with as many bytes and its old time is taken to be
	// as it was: its summary comes from the cache, so it was not read
	same := filepath.Join(dir, "a1.txt")
	st, _ := os.Stat(same)
	os.WriteFile(same, []byte("Rewritten!\n“We will,” Ann Lee said on day 1.\nWorld\n"), 0o644)
	os.Chtimes(same, st.ModTime(), st.ModTime())
	// a file changed in size and time is read again
	changed := filepath.Join(dir, "a0.txt")
	os.WriteFile(changed, []byte("Changed headline\n“No,” Ann Lee said on day 9 to Mark Twain.\nWorld\n"), 0o644)
	os.Chtimes(changed, time.Now().Add(time.Hour), time.Now().Add(time.Hour))
	second, _ := index()
	if p := second.Progress(); p.Analysed != 5 || p.Failed != 0 {
		t.Fatalf("warm start: %+v, problems %v", p, second.Problems())
	}
	if h, _, _ := second.Article(0); h.Title != "Changed headline" {
		t.Errorf("changed file: %q", h.Title)
	}
	if h, _, _ := second.Article(1); h.Title != "Headline 1" {
		t.Errorf("a file of the same size and time was read again: %q", h.Title)
	}
	if _, ok := second.Library().Entity("person:mark twain"); !ok {
		t.Error("the changed file's analysis is not in the library")
	}
}

// Files saved while the reader is open join a started index: read,
// analysed and in the library like the first ones, each path once.
func TestIndexAddsFilesLater(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := 0; i < 6; i++ {
		fsys[fmt.Sprintf("2026-02-0%d-a%d.txt", i+1, i)] = &fstest.MapFile{
			Data: []byte(fmt.Sprintf("Headline %d\n“We will,” Ann Lee said on day %d.\nWorld\n", i, i))}
	}
	fsys["2026-03-01-b.txt"] = &fstest.MapFile{Data: []byte("Later news\n“Not yet,” Mary Cole said on Monday.\n")}
	all, _ := ScanFS(fsys, Options{})
	if len(all) != 7 {
		t.Fatalf("%d docs", len(all))
	}
	ix := NewIndex(all[:4], nil, 2)
	if n := ix.Add(all[4:]); n != 0 {
		t.Errorf("Add before Start took %d files", n)
	}
	ix.Start()
	defer ix.Stop()
	// the first pass may still run: what is added waits for it
	if n := ix.Add(append([]Doc{all[0], all[4]}, all[4:]...)); n != 3 {
		t.Fatalf("Add took %d files, want the 3 new ones once", n)
	}
	if ix.Len() != 7 || ix.Library().Len() != 7 || ix.Progress().Total != 7 {
		t.Errorf("after Add: %d files, library room %d, progress %+v", ix.Len(), ix.Library().Len(), ix.Progress())
	}
	ix.Wait()
	if p := ix.Progress(); !p.Done() || p.Read != 7 || p.Analysed != 7 || p.Failed != 0 {
		t.Fatalf("progress %+v", p)
	}
	for i := 0; i < 7; i++ {
		if h, analysed, err := ix.Article(i); !analysed || err != nil || h.Quotes != 1 {
			t.Errorf("article %d (%s): %+v %v %v", i, ix.Path(i), h, analysed, err)
		}
	}
	lib := ix.Library()
	if lib.Added() != 7 {
		t.Errorf("library holds %d analyses, want 7", lib.Added())
	}
	if e, ok := lib.Entity("person:mary cole"); !ok || len(lib.QuotesBy(e.ID)) != 1 {
		t.Errorf("the added article's speaker: %v %v", ok, e)
	}
	if n := ix.Add(all[4:]); n != 0 {
		t.Errorf("adding the same files again took %d", n)
	}
}

// A folder walked while the index runs gives the files ScanPaths lists,
// in its order (a folder's files after a file whose name runs on past the
// folder's), and the index is done only once the walk is over.
func TestIndexWalksWhileItWorks(t *testing.T) {
	dir := t.TempDir()
	names := []string{"a.txt", "a-b.txt", "a/x.txt", "a/y/z.md", "a0.txt", "B.md", "b/2026-01-02-c.txt", "b/skip.png"}
	for i := 0; i < 300; i++ {
		names = append(names, fmt.Sprintf("many/%03d/n%d.txt", i%7, i))
	}
	for i, n := range names {
		p := filepath.Join(dir, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("Headline %d\n“We will,” Ann Lee said.\n", i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, probs, err := ScanPaths([]string{dir}, Options{})
	if err != nil || len(probs) > 0 || len(want) != len(names)-1 {
		t.Fatalf("ScanPaths: %d docs, %v, %v", len(want), probs, err)
	}
	var sorted []string
	for _, d := range want {
		sorted = append(sorted, d.Path)
	}
	if !sortedStrings(sorted) {
		t.Errorf("ScanPaths is not in name order: %q", sorted)
	}

	ix := NewIndex(nil, nil, 2)
	ix.Walk([]string{dir}, Options{})
	if ix.WaitForFiles() == 0 {
		t.Fatal("the walk found nothing")
	}
	ix.Start()
	defer ix.Stop()
	ix.Wait()
	p := ix.Progress()
	if !p.Done() || p.Scanning || p.Total != len(want) || p.Analysed != len(want) {
		t.Fatalf("progress %+v, want %d analysed", p, len(want))
	}
	for i, d := range want {
		if got := ix.Path(i); got != d.Path {
			t.Fatalf("file %d is %s, want %s", i, got, d.Path)
		}
	}
	if e, ok := ix.Library().Entity("person:ann lee"); !ok || len(ix.Library().QuotesBy(e.ID)) != len(want) {
		t.Errorf("library: %v %+v", ok, e)
	}

	// an empty folder: the wait ends with the walk
	empty := NewIndex(nil, nil, 1)
	empty.Walk([]string{t.TempDir()}, Options{})
	if n := empty.WaitForFiles(); n != 0 {
		t.Errorf("an empty folder gave %d files", n)
	}
	empty.Stop()
}

func sortedStrings(s []string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] > s[i] {
			return false
		}
	}
	return true
}

// A first index into an empty cache analyses every file without looking
// it up; two files with the same text are both analysed, stored once, and
// both found by a warm start after.
func TestColdIndexOfSameTexts(t *testing.T) {
	dir := t.TempDir()
	texts := []string{"Headline\n“We will,” Ann Lee said.\nWorld\n", "Headline\n“We will,” Ann Lee said.\nWorld\n",
		"Other\n“No,” Mark Twain said.\nWorld\n"}
	for i, text := range texts {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cdir := t.TempDir()
	for _, run := range []string{"cold", "warm"} {
		docs, _, err := ScanPaths([]string{dir}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		c, err := OpenCache(cdir, "v1")
		if err != nil {
			t.Fatal(err)
		}
		if c.emptyAtOpen() != (run == "cold") {
			t.Errorf("%s: emptyAtOpen %v", run, c.emptyAtOpen())
		}
		ix := NewIndex(docs, c, 2)
		ix.Start()
		ix.Wait()
		if p := ix.Progress(); p.Analysed != 3 || p.Failed != 0 {
			t.Fatalf("%s: %+v, problems %v", run, p, ix.Problems())
		}
		e, ok := ix.Library().Entity("person:ann lee")
		if !ok || len(ix.Library().ArticlesMentioning(e.ID)) != 2 {
			t.Errorf("%s: Ann Lee in %v", run, ix.Library().ArticlesMentioning(e.ID))
		}
		// an article opened reads its analysis back
		if a, err := ix.Load(1); err != nil || len(a.Quotes) != 1 || a.Quotes[0].Speaker != "Ann Lee" {
			t.Errorf("%s: opened %+v, %v", run, a, err)
		}
		ix.Stop()
		c.Close()
		info, _ := ReadCacheInfo(cdir)
		if info.Entries != 2 {
			t.Errorf("%s: %d entries, want 2 (the same text stored once)", run, info.Entries)
		}
	}
}

// Headlines read into the same buffer one after another keep their own
// words: what the list keeps of a file is a copy.
func TestHeadlinesKeepTheirWords(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		text := fmt.Sprintf("Headline number %d, a little longer each time%s\nBody %d.\nSection%c\n", i, strings.Repeat("!", i), i, 'A'+i%26)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, _, err := ScanPaths([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var heads []model.Header
	for _, d := range docs {
		h, err := d.headline()
		if err != nil {
			t.Fatal(err)
		}
		heads = append(heads, h)
	}
	for i, h := range heads {
		want := fmt.Sprintf("Headline number %d, a little longer each time%s", i, strings.Repeat("!", i))
		if h.Title != want || h.Section != fmt.Sprintf("Section%c", 'A'+i%26) {
			t.Errorf("file %d: %q, %q", i, h.Title, h.Section)
		}
	}
}

// WaitForWalk returns once the walk has found every file, and at once
// when there is no walk.
func TestWaitForWalk(t *testing.T) {
	dir := t.TempDir()
	for i := range 300 {
		sub := filepath.Join(dir, fmt.Sprint(i%7))
		os.MkdirAll(sub, 0o755)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%d.txt", i)), []byte("Headline\nBody.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ix := NewIndex(nil, nil, 1)
	defer ix.Stop()
	ix.Walk([]string{dir}, Options{})
	if n := ix.WaitForWalk(); n != 300 {
		t.Errorf("after the walk: %d files, want 300", n)
	}
	if n := NewIndex(make([]Doc, 5), nil, 1).WaitForWalk(); n != 5 {
		t.Errorf("no walk: %d files", n)
	}
}
