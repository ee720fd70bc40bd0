package articles

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/byline-reader/byline/model"
)

// A summary reads back as it was written, without its quotations' words,
// also into a summary used before for a larger one (as a warm start
// reuses one per worker).
func TestSummaryRoundTrip(t *testing.T) {
	enc := encodedSummaries(50)
	var reused model.Summary
	for i := len(enc) - 1; i >= 0; i-- {
		want, err := decodeSummary(enc[i])
		if err != nil {
			t.Fatal(err)
		}
		if err := decodeSummaryInto(&reused, enc[i]); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(normal(&reused), normal(want)) {
			t.Fatalf("summary %d\n got %+v\nwant %+v", i, reused, *want)
		}
		if again := encodeSummary(&reused); string(again) != string(enc[i]) {
			t.Fatalf("summary %d encodes differently after reading", i)
		}
	}
}

// normal has nil for empty lists, which a reused summary keeps as empty.
func normal(s *model.Summary) model.Summary {
	out := *s
	if len(out.Quotes) == 0 {
		out.Quotes = nil
	}
	out.Entities = append([]model.EntitySummary(nil), s.Entities...)
	for i := range out.Entities {
		if len(out.Entities[i].Aliases) == 0 {
			out.Entities[i].Aliases = nil
		}
	}
	if len(out.Entities) == 0 {
		out.Entities = nil
	}
	return out
}

// A damaged entry is an error, never a panic or a summary half read.
func TestSummaryDamaged(t *testing.T) {
	enc := encodedSummaries(3)[2]
	var s model.Summary
	for n := range len(enc) {
		if err := decodeSummaryInto(&s, enc[:n]); err == nil {
			t.Errorf("cut at %d of %d: no error", n, len(enc))
		}
	}
	if err := decodeSummaryInto(&s, append(append([]byte(nil), enc...), 0)); err == nil {
		t.Error("a byte too many: no error")
	}
	for i := range enc {
		for _, b := range []byte{0, 0x7f, 0xff} {
			bad := append([]byte(nil), enc...)
			bad[i] = b
			decodeSummaryInto(&s, bad) // must not panic; may decode as another summary
		}
	}
}

// A warm start over summaries damaged in the cache analyses those
// articles again rather than trusting them, and the library comes out
// whole.
func TestWarmStartDamagedSummaries(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.md"} {
		for k := range 4 {
			data, _ := fs.ReadFile(Bundled(), mustFirst(t, name))
			os.WriteFile(filepath.Join(dir, fmt.Sprint(k, name)), append(data, fmt.Sprint("\n", k)...), 0o600)
		}
	}
	docs, _, err := ScanPaths([]string{dir}, Options{})
	if err != nil || len(docs) != 8 {
		t.Fatalf("%d docs, %v", len(docs), err)
	}
	arts, _ := LoadAll(docs, nil, 0)
	want := model.NewLibrary(arts)
	cacheDir := t.TempDir()
	for _, run := range []string{"cold", "damaged"} {
		c, err := OpenCache(cacheDir, "test")
		if err != nil {
			t.Fatal(err)
		}
		if run == "damaged" {
			n := 0
			c.update(func(top *bolt.Bucket) error {
				sums := top.Bucket([]byte(bSum))
				var seqs [][]byte
				sums.ForEach(func(k, _ []byte) error { seqs = append(seqs, append([]byte(nil), k...)); return nil })
				for i, k := range seqs {
					if i%2 == 0 {
						n++
						sums.Put(k, []byte{summaryVersion, 0xff})
					}
				}
				return nil
			})
			if n == 0 {
				t.Fatal("no summaries to damage")
			}
		}
		ix := NewIndex(docs, c, 2)
		ix.Start()
		ix.Wait()
		lib := ix.Library()
		if p := ix.Progress(); p.Analysed != len(docs) || p.Failed != 0 {
			t.Errorf("%s: progress %+v", run, p)
		}
		wq, ws := want.Totals()
		if q, s := lib.Totals(); q != wq || s != ws || len(lib.Entities()) != len(want.Entities()) {
			t.Errorf("%s: totals %d, %d and %d entities; want %d, %d and %d", run, q, s, len(lib.Entities()), wq, ws, len(want.Entities()))
		}
		for i := range docs {
			if lib.Header(i) != want.Header(i) {
				t.Errorf("%s: header %d = %+v, want %+v", run, i, lib.Header(i), want.Header(i))
			}
		}
		ix.Stop()
		c.Close()
	}
}

// mustFirst is the name of the first bundled article whose name ends
// as suffix's extension does.
func mustFirst(t *testing.T, suffix string) string {
	t.Helper()
	entries, _ := fs.ReadDir(Bundled(), ".")
	for _, e := range entries {
		if filepath.Ext(e.Name()) == filepath.Ext(suffix) {
			return e.Name()
		}
	}
	t.Fatalf("no bundled %s", suffix)
	return ""
}

func TestAbsPath(t *testing.T) {
	for _, p := range []string{"a.txt", "./x/../b.md", "/tmp/c.txt", "/tmp//d/../e.md", "..", "."} {
		want, _ := filepath.Abs(p)
		if got, err := absPath(p); err != nil || got != want {
			t.Errorf("absPath(%q) = %q, %v; want %q", p, got, err, want)
		}
	}
}
