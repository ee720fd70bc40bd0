package ui

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// testLibrary is the two small articles in testdata/articles.
func testLibrary(t testing.TB) *model.Library {
	t.Helper()
	arts, probs := articles.LoadFS(os.DirFS("testdata/articles"))
	if len(probs) > 0 || len(arts) != 2 {
		t.Fatalf("fixture: %d articles, problems %v", len(arts), probs)
	}
	return model.NewLibrary(arts)
}

// newTestApp is the reader on the fixture library at a size.
func newTestApp(t testing.TB, w, h int) App {
	t.Helper()
	a := New(testLibrary(t), nil)
	return drive(t, a, tea.WindowSizeMsg{Width: w, Height: h})
}

// Keys as the terminal sends them.
var (
	keyEnter     = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyTab       = tea.KeyPressMsg{Code: tea.KeyTab}
	keyShiftTab  = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	keyBackspace = tea.KeyPressMsg{Code: tea.KeyBackspace}
	keyEsc       = tea.KeyPressMsg{Code: tea.KeyEscape}
	keyDown      = tea.KeyPressMsg{Code: tea.KeyDown}
)

func runeKey(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

// drive sends messages to the app as the Bubble Tea runtime would,
// running the commands they return (those that answer at once) and feeding
// their messages back. A quit is recorded in quitApp.
func drive(t testing.TB, a App, msgs ...tea.Msg) App {
	t.Helper()
	// each message settles, with everything it causes, before the next,
	// as when a person types
	for _, in := range msgs {
		queue := []tea.Msg{in}
		for steps := 0; len(queue) > 0; steps++ {
			if steps > 1000 {
				t.Fatal("messages never settle")
			}
			msg := queue[0]
			queue = queue[1:]
			if _, ok := msg.(tea.QuitMsg); ok {
				quitApps[a.lib] = true
				continue
			}
			m, cmd := a.Update(msg)
			a = m.(App)
			queue = append(queue, runCmd(cmd)...)
		}
	}
	return a
}

var quitApps = map[*model.Library]bool{}

// runCmd runs a command and returns its messages; commands that wait (a
// cursor blink, a tick) are dropped.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		switch msg := msg.(type) {
		case nil:
			return nil
		case tea.BatchMsg:
			var out []tea.Msg
			for _, c := range msg {
				out = append(out, runCmd(c)...)
			}
			return out
		default:
			return []tea.Msg{msg}
		}
	case <-time.After(100 * time.Millisecond):
		return nil
	}
}

// screen is what the app draws, with the colour profile pinned so that
// golden files do not depend on the terminal running the tests.
func screen(a App, p colorprofile.Profile) string {
	var b bytes.Buffer
	w := colorprofile.NewWriter(&b, nil)
	w.Profile = p
	_, _ = w.WriteString(a.View().Content)
	return b.String()
}

// plain is the screen as text.
func plain(a App) string { return ansi.Strip(a.View().Content) }

// golden compares got with testdata/<test>/<name>.golden, or rewrites it
// with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", t.Name(), name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -update to create it)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file; diff it, and run with -update if the change is right\n--- got ---\n%s",
			path, ansi.Strip(got))
	}
}

// tabTo presses tab until the cursor's link is a mention of the entity
// whose name is given.
func tabTo(t testing.TB, a App, name string) App {
	t.Helper()
	for i := 0; i < 100; i++ {
		a = drive(t, a, keyTab)
		if l := a.article.cursor; l >= 0 && a.article.links[l].kind == linkMention {
			if e, ok := a.lib.Entity(a.article.links[l].entity); ok && e.Name == name {
				return a
			}
		}
	}
	t.Fatalf("no mention of %s to tab to", name)
	return a
}

func contains(t testing.TB, screen string, parts ...string) {
	t.Helper()
	for _, p := range parts {
		if !strings.Contains(screen, p) {
			t.Errorf("screen lacks %q:\n%s", p, screen)
		}
	}
}
