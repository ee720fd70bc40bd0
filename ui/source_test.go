package ui

import (
	"io/fs"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/model"
)

// slowSource knows its articles' paths at first, their headlines once
// read, and their analyses once analysed, as an index does.
type slowSource struct {
	full     *model.Library // what there will be
	read     bool
	analysed []bool
	lib      *model.Library
	updates  chan struct{}
	loads    int
}

func newSlowSource(t *testing.T) *slowSource {
	full := testLibrary(t)
	return &slowSource{full: full, analysed: make([]bool, len(full.Articles)),
		lib: model.NewLibrary(make([]*model.Article, len(full.Articles))), updates: make(chan struct{}, 1)}
}

func (s *slowSource) Len() int          { return len(s.full.Articles) }
func (s *slowSource) Path(i int) string { return s.full.Articles[i].Path }
func (s *slowSource) Article(i int) (model.Header, bool, error) {
	switch {
	case s.analysed[i]:
		return s.full.Header(i), true, nil
	case s.read:
		return model.HeaderOf(s.full.Articles[i], false), false, nil
	}
	return model.Header{}, false, nil
}
func (s *slowSource) Load(i int) (*model.Article, error) {
	s.loads++
	s.analysed[i] = true
	return s.full.Articles[i], nil
}
func (s *slowSource) Library() *model.Library { return s.lib }
func (s *slowSource) Progress() model.Progress {
	p := model.Progress{Total: s.Len()}
	if s.read {
		p.Read = p.Total
	}
	for _, a := range s.analysed {
		if a {
			p.Analysed++
		}
	}
	return p
}
func (s *slowSource) Problems() []string       { return nil }
func (s *slowSource) Updates() <-chan struct{} { return s.updates }

func TestReaderFillsInFromSource(t *testing.T) {
	src := newSlowSource(t)
	a := NewFromSource(src, nil)
	a = drive(t, a, tea.WindowSizeMsg{Width: 100, Height: 30})
	contains(t, plain(a), "2026-02-10-ferry-fares", "reading…", "indexing 0%")

	// headlines read: the list shows them, newest first
	src.read = true
	a = drive(t, a, sourceMsg{})
	contains(t, plain(a), "Eastwick pier reopens", "Ferry fares to rise")

	// opening an article not yet analysed analyses it on demand (the
	// preview may have asked first; the open reads the analysis back)
	a = drive(t, a, keyEnter)
	if src.loads < 1 || a.focus != pageArticle || a.article.a == nil {
		t.Fatalf("loads %d, focus %v", src.loads, a.focus)
	}
	contains(t, plain(a), "Who said what", "Marta Quill")

	// an entity page says the index is still being built, until it is
	for i := 0; i < 20 && a.article.cursorEntity() != "person:marta quill"; i++ {
		a = drive(t, a, keyTab)
	}
	a = drive(t, a, keyEnter)
	contains(t, plain(a), "Still indexing")
	src.analysed[0], src.analysed[1] = true, true
	src.lib = src.full
	a = drive(t, a, sourceMsg{})
	if a.progress.Done() != true {
		t.Fatalf("progress %+v", a.progress)
	}
	a = drive(t, a, keyBackspace, runeKey(']'))
	if s := plain(a); !strings.Contains(s, "Quotations (5)") || strings.Contains(s, "Still indexing") {
		t.Errorf("entity page after indexing:\n%s", s)
	}
}

// goneSource is a slowSource whose files have gone since they were listed.
type goneSource struct{ *slowSource }

func (s goneSource) Load(i int) (*model.Article, error) {
	return nil, &fs.PathError{Op: "open", Path: s.Path(i), Err: fs.ErrNotExist}
}

// A file that has gone is named once in the status line, with why it
// cannot be read: the system's error names it too.
func TestUnreadableNamedOnce(t *testing.T) {
	src := goneSource{newSlowSource(t)}
	src.read = true
	a := NewFromSource(src, nil)
	a = drive(t, a, tea.WindowSizeMsg{Width: 200, Height: 20}, keyEnter)
	lines := strings.Split(plain(a), "\n")
	status := lines[len(lines)-1]
	path := src.Path(a.list.selected())
	if !strings.Contains(status, "Cannot read "+path+": file does not exist") || strings.Count(status, path) != 1 {
		t.Errorf("status line %q", strings.TrimSpace(status))
	}
}
