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

// terminal is the built binary running in a real terminal (tmux).
type terminal struct {
	t      *testing.T
	socket string
}

// startInTmux builds byline and runs it in a detached tmux session of the
// given size, with a clipboard that programs may set (OSC 52). It skips
// the test where tmux is not installed.
func startInTmux(t *testing.T, w, h int, args ...string) *terminal {
	t.Helper()
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
	term := &terminal{t: t, socket: filepath.Join(dir, "tmux.sock")}
	t.Cleanup(func() { term.run("kill-server") })
	script := fmt.Sprintf("%s %s; echo EXITED:$?; sleep 10", bin, strings.Join(args, " "))
	cmd := exec.Command("tmux", "-S", term.socket, "-f", "/dev/null", "new-session", "-d",
		"-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "sh", "-c", script)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "BYLINE_CACHE="+filepath.Join(dir, "cache"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	term.run("set-option", "-g", "set-clipboard", "on")
	return term
}

func (term *terminal) run(args ...string) string {
	out, err := exec.Command("tmux", append([]string{"-S", term.socket}, args...)...).CombinedOutput()
	if err != nil && args[0] != "kill-server" && args[0] != "show-buffer" {
		term.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (term *terminal) screen() string { return term.run("capture-pane", "-p") }

func (term *terminal) keys(k ...string) { term.run(append([]string{"send-keys", "-t", "0"}, k...)...) }

// waitFor waits until the screen shows every one of want.
func (term *terminal) waitFor(step string, want ...string) {
	term.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := term.screen()
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(s, w)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("%s: screen lacks %q:\n%s", step, want, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// press sends keys and returns the screen once the program has answered
// them: it waits for the screen to change and then to hold still for a
// moment, so a loop that presses a key until something shows is not
// outrun by a slow machine (a fixed sleep was). A key that changes
// nothing returns after the wait's limit.
func (term *terminal) press(k ...string) string {
	term.t.Helper()
	before := term.screen()
	term.keys(k...)
	deadline := time.Now().Add(3 * time.Second)
	s := term.screen()
	for s == before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		s = term.screen()
	}
	for time.Now().Before(deadline) {
		time.Sleep(60 * time.Millisecond)
		next := term.screen()
		if next == s {
			break
		}
		s = next
	}
	return s
}

// TestReaderInTmux drives the built binary in a real terminal: open an
// article, tab to a name, follow it to the entity page, come back, quit.
func TestReaderInTmux(t *testing.T) {
	fixture, _ := filepath.Abs("ui/testdata/articles")
	term := startInTmux(t, 100, 30, fixture)
	term.waitFor("start", "byline", "Eastwick pier reopens", "Ferry fares to rise")
	term.keys("Enter")
	term.waitFor("open article", "Who said what", "Marta Quill · 2 quotations")
	term.keys("Tab") // the first link: Eastwick, in the headline
	term.keys("Enter")
	term.waitFor("entity page", "Place", "Mentioned in 2 articles", "Often mentioned with")
	term.keys("BSpace")
	term.waitFor("back", "Who said what", "A long winter")
	if strings.Contains(term.screen(), "Mentioned in 2 articles") {
		t.Fatal("backspace left the entity page on screen")
	}
	term.keys("q")
	term.waitFor("quit", "EXITED:0")
}

// TestReadingInTmux drives the reading features in a real terminal: the
// preview, a filter by a speaker's name, a search with n, copying a
// quotation (the OSC 52 sequence reaches tmux's clipboard), the people
// index and an entity page opened from it.
func TestReadingInTmux(t *testing.T) {
	fixture, _ := filepath.Abs("ui/testdata/articles")
	term := startInTmux(t, 120, 36, "--theme", "dark", fixture)
	// the highlighted article is previewed beside the list, and follows it
	term.waitFor("preview", "Eastwick pier reopens", "The pier at Eastwick reopened")
	term.keys("j")
	term.waitFor("preview follows", "Commuters in Eastwick were less")

	// Tom Brady-Fenn is named in no headline: the filter finds him in the text
	term.keys("k", "/")
	term.keys("-l", "brady-fenn")
	term.keys("Enter")
	term.waitFor("filter by speaker", "“brady-fenn”", "1 article", "Commuters in Eastwick")
	if strings.Contains(term.screen(), "Eastwick pier reopens") {
		t.Fatalf("the filter kept an article that does not quote Brady-Fenn:\n%s", term.screen())
	}
	term.keys("Enter")
	// the preview already shows the article: wait for the article's own keys
	term.waitFor("open", "Tom Brady-Fenn · 2 quotations", "tab next quote or name")

	term.keys("/")
	term.keys("-l", "quill")
	term.keys("Enter")
	term.waitFor("search", "match 1 of 3")
	term.keys("n")
	term.waitFor("next match", "match 2 of 3")
	term.keys("Escape")

	// tab to the first quotation and copy it
	copied := false
	for i := 0; i < 15 && !copied; i++ {
		copied = strings.Contains(term.press("Tab", "y"), "Copied the quotation by")
	}
	if !copied {
		t.Fatalf("no quotation copied:\n%s", term.screen())
	}
	want := "“We held prices for three winters. We cannot hold them for a fourth,” — Marta Quill, Ferry fares to rise in March, Harbour Board says, 2026-02-10"
	deadline := time.Now().Add(5 * time.Second)
	for got := ""; got != want; got = term.run("show-buffer") {
		if time.Now().After(deadline) {
			t.Fatalf("tmux's clipboard holds %q, want %q", got, want)
		}
		time.Sleep(50 * time.Millisecond)
	}

	// the people index, from anywhere, and an entity page from it
	term.keys("p")
	term.waitFor("people", "People", "Marta Quill", "5 quotations · 2 articles")
	term.keys("Enter")
	term.waitFor("entity from the index", "Person", "Quotations (5)", "Mentioned in 2 articles")
	term.keys("q")
	term.waitFor("quit", "EXITED:0")
}
