package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReaderInTmux drives the built binary in a real terminal (tmux): open
// an article, tab to a name, follow it to the entity page, come back, quit.
// It is skipped where tmux is not installed.
func TestReaderInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a terminal")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "byline")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	socket := filepath.Join(dir, "tmux.sock")
	tmux := func(args ...string) string {
		out, err := exec.Command("tmux", append([]string{"-S", socket}, args...)...).CombinedOutput()
		if err != nil && args[0] != "kill-server" {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	t.Cleanup(func() { tmux("kill-server") })

	fixture, _ := filepath.Abs("ui/testdata/articles")
	script := fmt.Sprintf("%s %s; echo EXITED:$?; sleep 10", bin, fixture)
	cmd := exec.Command("tmux", "-S", socket, "new-session", "-d", "-x", "100", "-y", "30", "sh", "-c", script)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	screen := func() string { return tmux("capture-pane", "-p") }
	waitFor := func(step string, want ...string) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			s := screen()
			ok := true
			for _, w := range want {
				ok = ok && strings.Contains(s, w)
			}
			if ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: screen lacks %q:\n%s", step, want, s)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	keys := func(k ...string) { tmux(append([]string{"send-keys", "-t", "0"}, k...)...) }

	waitFor("start", "byline", "Eastwick pier reopens", "Ferry fares to rise")
	keys("Enter")
	waitFor("open article", "Who said what", "Marta Quill · 2 quotations")
	keys("Tab") // the first link: Eastwick, in the headline
	keys("Enter")
	waitFor("entity page", "Place", "Mentioned in 2 articles", "Often mentioned with")
	keys("BSpace")
	waitFor("back", "Who said what", "A long winter")
	if strings.Contains(screen(), "Mentioned in 2 articles") {
		t.Fatal("backspace left the entity page on screen")
	}
	keys("q")
	waitFor("quit", "EXITED:0")
}
