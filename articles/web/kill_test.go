package web

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline-reader/byline/articles/store"
)

// TestKillHelper is the refresh that TestKilledDuringRefresh kills; it
// does nothing unless that test starts it.
func TestKillHelper(t *testing.T) {
	dir, feed := os.Getenv("BYLINE_KILL_DIR"), os.Getenv("BYLINE_KILL_FEED")
	if dir == "" || feed == "" {
		t.Skip("run by TestKilledDuringRefresh")
	}
	s := &Service{
		Client:  NewClient(Options{Version: "test", Timeout: 5 * time.Second}),
		Library: &store.Library{Dir: filepath.Join(dir, "articles")},
		State:   &store.State{Path: filepath.Join(dir, "state.db")},
	}
	s.MaxItems = 100
	s.Refresh(context.Background(), []store.Feed{{URL: feed}})
}

// TestKilledDuringRefresh kills a refresh half way (SIGKILL, no chance to
// tidy up) and checks the library: every saved file whole, and the next
// refresh finishing the job without saving anything twice.
func TestKilledDuringRefresh(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	h := newHostile(t)
	dir := t.TempDir()
	lib := filepath.Join(dir, "articles")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillHelper$")
	cmd.Env = append(os.Environ(), "BYLINE_KILL_DIR="+dir, "BYLINE_KILL_FEED="+h.URL+"/slow-items")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		files, _ := filepath.Glob(filepath.Join(lib, "*", "*.md"))
		if len(files) >= 3 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("the refresh saved %d files in 20 s", len(files))
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	files, _ := filepath.Glob(filepath.Join(lib, "*", "*.md"))
	if len(files) >= 12 {
		t.Fatalf("the refresh finished (%d files) before it was killed", len(files))
	}
	whole := func(p string) {
		t.Helper()
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		if !strings.HasPrefix(s, "---\ntitle: Slow item") || strings.Count(s, "---\n") < 2 ||
			!strings.HasSuffix(s, "one by one past the breakwater.\n") || strings.Count(s, "said the harbour master") != 8 {
			t.Errorf("%s is not whole:\n%s", p, s)
		}
	}
	for _, p := range files {
		whole(p)
	}
	// the next refresh completes the rest, saving nothing twice
	s := testService(t)
	s.Library = &store.Library{Dir: lib}
	s.MaxItems = 100
	res := s.Refresh(context.Background(), []store.Feed{{URL: h.URL + "/slow-items"}})
	if r := res[h.URL+"/slow-items"]; r.Err != nil || r.New != 12-len(files) {
		t.Errorf("second refresh: %+v, want %d new", r, 12-len(files))
	}
	after, _ := filepath.Glob(filepath.Join(lib, "*", "*.md"))
	if len(after) != 12 {
		t.Errorf("library holds %d files, want 12", len(after))
	}
	for _, p := range after {
		whole(p)
	}
	t.Logf("killed after %d of 12 items were saved", len(files))
}
