package articles

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// A byline killed while it writes the cache leaves one that opens, and
// whatever it holds is what an analysis without the cache gives: an
// entry is used only if it was wholly written.
func TestCacheSurvivesKill(t *testing.T) {
	if dir := os.Getenv("BYLINE_KILL_CHILD"); dir != "" {
		// the child: index the library into the cache until killed
		docs, _, err := ScanPaths([]string{filepath.Join(dir, "lib")}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		c, err := OpenCache(filepath.Join(dir, "cache"), "kill")
		if err != nil {
			t.Fatal(err)
		}
		// half the library first, committed (the writer flushes every
		// 250 ms), then the whole of it, killed while that is written
		half := NewIndex(docs[:len(docs)/2], c, 0)
		half.Start()
		half.Wait()
		time.Sleep(time.Second)
		fmt.Println("ready")
		ix := NewIndex(docs, c, 0)
		ix.Start()
		ix.Wait()
		time.Sleep(time.Minute) // never closed: only the kill ends it
		return
	}
	if testing.Short() {
		t.Skip("runs a child process")
	}
	dir := t.TempDir()
	writeCopies(t, filepath.Join(dir, "lib"), 40)
	cmd := exec.Command(os.Args[0], "-test.run=^TestCacheSurvivesKill$")
	cmd.Env = append(os.Environ(), "BYLINE_KILL_CHILD="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan bool)
	go func() {
		lines := bufio.NewScanner(out)
		for lines.Scan() {
			if lines.Text() == "ready" {
				ready <- true
			}
		}
		close(ready)
	}()
	if !<-ready {
		t.Fatal("the child stopped before it was ready")
	}
	time.Sleep(300 * time.Millisecond) // in the middle of the second half
	cmd.Process.Kill()
	cmd.Wait()

	docs, _, err := ScanPaths([]string{filepath.Join(dir, "lib")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := OpenCache(filepath.Join(dir, "cache"), "kill")
	if err != nil {
		t.Fatalf("the cache left by a kill does not open: %v", err)
	}
	defer c.Close()
	hits := 0
	for _, d := range docs {
		fresh, err := d.Load(nil)
		if err != nil {
			t.Fatal(err)
		}
		cached, _ := Parse(d.Path, mustRead(t, d.Path))
		if c.get(cacheKey(mustRead(t, d.Path), cached.Format), cached) {
			hits++
			if fmt.Sprint(cached.Quotes, cached.Entities, cached.Paragraphs) != fmt.Sprint(fresh.Quotes, fresh.Entities, fresh.Paragraphs) {
				t.Fatalf("%s: the cache after a kill holds a wrong analysis", d.Path)
			}
		}
	}
	t.Logf("%d of %d analyses kept after the kill", hits, len(docs))
	if hits == 0 {
		t.Error("nothing re-used after the kill")
	}
	// and an index on it completes: what was lost is analysed again
	ix := NewIndex(docs, c, 0)
	ix.Start()
	ix.Wait()
	if p := ix.Progress(); p.Analysed != len(docs) {
		t.Errorf("after the kill, %d of %d analysed", p.Analysed, len(docs))
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// writeCopies writes n copies of the bundled articles into dir, each
// made unique by a line at its end (biglib would import this package).
func writeCopies(t *testing.T, dir string, n int) {
	t.Helper()
	names, err := fs.Glob(Bundled(), "*")
	if err != nil {
		t.Fatal(err)
	}
	for k := 0; k < n; k++ {
		sub := filepath.Join(dir, fmt.Sprint(k))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			data, err := fs.ReadFile(Bundled(), name)
			if err != nil || !IsArticle(name) {
				continue
			}
			data = append(data, fmt.Sprintf("\nCopy %d.\n", k)...)
			if err := os.WriteFile(filepath.Join(sub, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
