package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/articles"
)

// growingSource is an index of the fixture articles that starts with the
// first and is given the second later, as a refresh saves it, with read
// marks in memory.
type growingSource struct {
	*articles.Index
	all  map[string]articles.Doc
	read map[int]bool
}

func (s growingSource) Problems() []string { return nil }
func (s growingSource) Unread(i int) bool  { return !s.read[i] }
func (s growingSource) MarkRead(i int)     { s.read[i] = true }

func (s growingSource) Add(paths []string) int {
	var docs []articles.Doc
	for _, p := range paths {
		docs = append(docs, s.all[p])
	}
	return s.Index.Add(docs)
}

func TestSavedArticlesJoinTheOpenList(t *testing.T) {
	docs, probs := articles.ScanFS(os.DirFS("testdata/articles"), articles.Options{})
	if len(probs) > 0 || len(docs) != 2 {
		t.Fatalf("fixture: %d docs, problems %v", len(docs), probs)
	}
	const later = "Eastwick pier reopens after storm repairs"
	first, second := docs[0], docs[1]
	if !strings.Contains(second.Path, "eastwick-pier") {
		first, second = second, first
	}
	ix := articles.NewIndex([]articles.Doc{first}, nil, 1)
	ix.Start()
	defer ix.Stop()
	ix.Wait()
	src := growingSource{Index: ix, all: map[string]articles.Doc{first.Path: first, second.Path: second}, read: map[int]bool{}}
	a := drive(t, NewFromSource(src, nil), tea.WindowSizeMsg{Width: 200, Height: 30}, sourceMsg{})
	if s := plain(a); strings.Contains(s, "Eastwick pier") || !strings.Contains(s, "byline · 1 unread") {
		t.Fatalf("before the refresh:\n%s", s)
	}

	// the refresh saves the pier story (and names the ferry one again,
	// which the list already has)
	a = drive(t, a, ArticlesSaved([]string{second.Path, first.Path}))
	if len(a.list.items) != 2 {
		t.Fatalf("after the save: %d items", len(a.list.items))
	}
	ix.Wait()
	a = drive(t, a, sourceMsg{})
	s := plain(a)
	if !strings.Contains(s, later) || !strings.Contains(s, "byline · 2 unread") {
		t.Fatalf("the saved article is not in the list, unread:\n%s", s)
	}
	// the rows count unread articles per feed, after the feed's name (cut
	// short here, for the counts to fit)
	if !strings.Contains(s, "The Eastwick G… (1 unread) · 2 quotes · 1 speaker") {
		t.Errorf("no unread count for the pier story's feed:\n%s", s)
	}
	if a.list.items[1].title != later || !a.list.items[1].unread {
		t.Errorf("item 1: %+v", a.list.items[1])
	}
	if a.progress != ix.Progress() || !a.progress.Done() {
		t.Errorf("progress %+v, index %+v", a.progress, ix.Progress())
	}

	// newest first: the saved article heads the list, above the selection,
	// which stays where it was; opening it marks it read
	if a.list.selected() != 0 || a.list.order[0] != 1 {
		t.Fatalf("selected %d, order %v", a.list.selected(), a.list.order)
	}
	a = drive(t, a, tea.KeyPressMsg{Code: tea.KeyUp}, keyEnter)
	if !src.read[1] || a.list.items[1].unread {
		t.Fatalf("opening the saved article did not mark it read: %v", src.read)
	}
	a = drive(t, a, keyEsc)
	if s := plain(a); !strings.Contains(s, "byline · 1 unread") || strings.Contains(s, "unread)") {
		t.Errorf("after reading it:\n%s", s)
	}
	if got := a.list.unreadBy; len(got) != 1 || got[""] != 1 || a.list.unread != 1 {
		t.Errorf("unread counts %v, %d in all, want the ferry story's (no source) alone", got, a.list.unread)
	}

	// a source that cannot grow ignores saved files
	b := drive(t, New(testLibrary(t), nil), tea.WindowSizeMsg{Width: 80, Height: 24}, ArticlesSaved([]string{"x.md"}))
	if len(b.list.items) != 2 {
		t.Errorf("a static source took a saved file: %d items", len(b.list.items))
	}
}

// The reader opens while its folder is still being walked: the list
// grows as files are found, ends whole and newest first, with the cursor
// on the newest article, and every article's counts come in.
func TestListFillsInWhileTheFolderIsWalked(t *testing.T) {
	dir := t.TempDir()
	const n = 300
	for i := 0; i < n; i++ {
		// the newest article is the last file found
		name := fmt.Sprintf("%03d-2025-%02d-%02d.txt", i, 1+i%12, 1+i%28)
		if i == n-1 {
			name = fmt.Sprintf("%03d-2026-06-01.txt", i)
		}
		text := fmt.Sprintf("Story %d\n“We will,” Ann Lee said.\n", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// the reader is drawn before the walk begins: every file joins later
	ix := articles.NewIndex(nil, nil, 2)
	ix.Start()
	defer ix.Stop()
	a := drive(t, NewFromSource(benchlessSource{ix}, nil), tea.WindowSizeMsg{Width: 120, Height: 30})
	ix.Walk([]string{dir}, articles.Options{})
	ix.Wait()
	a = drive(t, a, sourceMsg{})
	if len(a.list.items) != n || len(a.list.list.Items()) != n {
		t.Fatalf("%d items, %d listed, want %d", len(a.list.items), len(a.list.list.Items()), n)
	}
	if it := a.list.items[a.list.selected()]; it.title != fmt.Sprintf("Story %d", n-1) {
		t.Errorf("the cursor is on %q, not the newest", it.title)
	}
	for k := 1; k < n; k++ {
		if a.list.items[a.list.order[k-1]].date < a.list.items[a.list.order[k]].date {
			t.Fatalf("not newest first at %d", k)
		}
	}
	for i, it := range a.list.items {
		if !it.analysed || it.quotes != 1 {
			t.Fatalf("item %d: %+v", i, it)
		}
	}
	if s := plain(a); !strings.Contains(s, "Story 299") || strings.Contains(s, "indexing") {
		t.Errorf("the list:\n%s", s)
	}
}

// benchlessSource is an index with no problems of its own to report.
type benchlessSource struct{ *articles.Index }

func (s benchlessSource) Problems() []string { return nil }
