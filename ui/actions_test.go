package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
)

// clipboardOf runs a command and returns what it writes to the clipboard
// (the text of Bubble Tea's OSC 52 message), or "".
func clipboardOf(cmd tea.Cmd) string {
	for _, m := range runCmd(cmd) {
		if strings.HasSuffix(fmt.Sprintf("%T", m), "setClipboardMsg") {
			return fmt.Sprint(m)
		}
	}
	return ""
}

// y copies the quotation under the cursor with who said it and where.
func TestCopyQuotation(t *testing.T) {
	a := newTestApp(t, 80, 24)
	a = drive(t, a, keyDown, keyEnter)
	_, cmd := a.Update(runeKey('y'))
	if clipboardOf(cmd) != "" {
		t.Error("copied with no quotation under the cursor")
	}
	for a.article.cursor < 0 || a.article.links[a.article.cursor].kind != linkQuote {
		a = drive(t, a, keyTab)
	}
	m, cmd := a.Update(runeKey('y'))
	want := "“We held prices for three winters. We cannot hold them for a fourth,” — Marta Quill, Ferry fares to rise in March, Harbour Board says, 2026-02-10"
	if got := clipboardOf(cmd); got != want {
		t.Errorf("clipboard %q\nwant      %q", got, want)
	}
	a = drive(t, m.(App), runCmd(cmd)...)
	contains(t, plain(a), "Copied the quotation by Marta Quill")
	// a cursor scrolled out of sight copies nothing
	a = drive(t, a, runeKey('G'))
	if _, ok := a.article.cursorQuote(); ok && !a.article.visible(a.article.cursor) {
		t.Error("a quotation off screen counts as under the cursor")
	}
}

// o opens the front matter's url, only a web address, without waiting.
func TestOpenURL(t *testing.T) {
	var opened []string
	defer func(f func(string) error) { openInBrowser = f }(openInBrowser)
	openInBrowser = func(u string) error { opened = append(opened, u); return nil }

	a := newTestApp(t, 80, 24)
	a = drive(t, a, keyDown, keyEnter, runeKey('o')) // the fares story has no url
	contains(t, plain(a), "gives no address")
	art := &model.Article{Path: "x.md", Title: "X", URL: "https://example.org/x", Text: "X"}
	p := newArticlePane(nil, 0, art, a.st, a.keys)
	for _, m := range runCmd(p.openURL()) {
		if s, ok := m.(statusMsg); !ok || !strings.Contains(s.Text, "Opened https://example.org/x") {
			t.Errorf("status %v", m)
		}
	}
	art.URL = "file:///etc/passwd"
	for _, m := range runCmd(p.openURL()) {
		if s, ok := m.(statusMsg); !ok || !strings.Contains(s.Text, "Not a web address") {
			t.Errorf("status %v", m)
		}
	}
	if len(opened) != 1 || opened[0] != "https://example.org/x" {
		t.Errorf("opened %q", opened)
	}
}

// reloadSource reads its files again on request.
type reloadSource struct {
	staticSource
	reloads int
}

func (s *reloadSource) Reload(i int) (*model.Article, error) {
	s.reloads++
	arts, _, err := articles.LoadPaths([]string{s.Path(i)})
	if err != nil || len(arts) == 0 {
		return nil, fmt.Errorf("reload: %v", err)
	}
	return arts[0], nil
}

// e edits the file in $EDITOR and shows it again afterwards; without an
// editor, or for an article that is no file, it says so.
func TestEditAndReload(t *testing.T) {
	path := filepath.Join(t.TempDir(), "2026-01-01-notes.txt")
	if err := os.WriteFile(path, []byte("Notes\nFirst words.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, _, err := articles.LoadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	src := &reloadSource{staticSource: staticSource{model.NewLibrary(arts)}}
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", "")
	a := NewFromSource(src, nil)
	a = drive(t, a, tea.WindowSizeMsg{Width: 80, Height: 20}, keyEnter, runeKey('e'))
	contains(t, plain(a), "Set $EDITOR")

	t.Setenv("EDITOR", "true")
	if _, cmd := a.Update(runeKey('e')); cmd == nil {
		t.Fatal("e with an editor: no command")
	}
	// the editor has run and changed the file
	if err := os.WriteFile(path, []byte("Notes\nFirst words.\nSecond words.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a = drive(t, a, editedMsg{Article: 0})
	if src.reloads != 1 || !strings.Contains(plain(a), "Second words.") {
		t.Errorf("%d reloads; screen:\n%s", src.reloads, plain(a))
	}

	b := newTestApp(t, 80, 24)
	b = drive(t, b, keyEnter, runeKey('e'))
	contains(t, plain(b), "not a file on disk")
}

// The help names e only for an article that is a file an editor can open.
func TestHelpNamesEditForFilesOnly(t *testing.T) {
	b := newTestApp(t, 100, 40) // the fixtures are read through an fs.FS: no files here
	b = drive(t, b, keyEnter, runeKey('?'))
	if strings.Contains(plain(b), "edit file") {
		t.Errorf("e offered for an article that is no file:\n%s", plain(b))
	}
	path := filepath.Join(t.TempDir(), "2026-01-01-notes.txt")
	if err := os.WriteFile(path, []byte("Notes\nFirst words.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, _, err := articles.LoadPaths([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	a := NewFromSource(&reloadSource{staticSource: staticSource{model.NewLibrary(arts)}}, nil)
	a = drive(t, a, tea.WindowSizeMsg{Width: 100, Height: 40}, keyEnter, runeKey('?'))
	contains(t, plain(a), "e edit file")
}
