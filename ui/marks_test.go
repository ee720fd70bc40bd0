package ui

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// markedSource is the fixture library with read marks kept in memory.
type markedSource struct {
	staticSource
	read   map[int]bool
	marked []int
	pos    map[int]int
}

func (s *markedSource) Position(i int) int { return s.pos[i] }
func (s *markedSource) SetPosition(i, off int) {
	if s.pos == nil {
		s.pos = map[int]int{}
	}
	s.pos[i] = off
}

func (s *markedSource) Unread(i int) bool { return !s.read[i] }
func (s *markedSource) MarkRead(i int) {
	s.read[i] = true
	s.marked = append(s.marked, i)
}

// boldTitle says whether the screen draws a title in bold: the ANSI
// sequence for bold directly before the title's first word.
func boldTitle(screen, title string) bool {
	// titles are cut to the list's width: the start is enough to find
	i := strings.Index(screen, title[:min(len(title), 16)])
	if i < 0 {
		return false
	}
	before := screen[max(0, i-24):i]
	return strings.Contains(before, "\x1b[1m") || strings.Contains(before, "\x1b[1;")
}

func TestUnreadBoldAndMarkedOnOpen(t *testing.T) {
	src := &markedSource{staticSource: staticSource{testLibrary(t)}, read: map[int]bool{}}
	a := NewFromSource(src, nil)
	a = drive(t, a, tea.WindowSizeMsg{Width: 120, Height: 30})
	s := screen(a, colorprofile.ANSI)
	// the selected item is drawn in the selection style; the other one
	// shows whether unread is bold
	other := a.list.items[a.list.order[1]]
	if !boldTitle(s, other.title) {
		t.Fatalf("unread article %q is not bold:\n%q", other.title, s)
	}
	a = drive(t, a, keyEnter)
	first := a.list.order[0]
	if len(src.marked) != 1 || src.marked[0] != first {
		t.Fatalf("opening marked %v, want [%d]", src.marked, first)
	}
	if a.list.items[first].unread {
		t.Error("the opened article is still drawn unread")
	}
	a = drive(t, a, keyEsc, keyDown)
	s = screen(a, colorprofile.ANSI)
	opened := a.list.items[first].title
	if boldTitle(s, opened) {
		t.Errorf("read article %q still bold:\n%q", opened, s)
	}
	// a source without read marks has no unread articles
	plainApp := drive(t, New(testLibrary(t), nil), tea.WindowSizeMsg{Width: 120, Height: 30})
	for _, it := range plainApp.list.items {
		if it.unread {
			t.Errorf("%q unread in a source without read marks", it.title)
		}
	}
}

func TestRefreshKey(t *testing.T) {
	// without a refresher r does nothing and the help does not offer it
	a := newTestApp(t, 120, 30)
	if strings.Contains(plain(a), "refresh") {
		t.Error("help offers a refresh the reader cannot do")
	}
	drive(t, a, runeKey('r')) // must do nothing, and not panic
	started := 0
	b := New(testLibrary(t), nil).WithRefresh(func() tea.Cmd {
		started++
		return func() tea.Msg { return Notice("refreshing 3 feeds…") }
	})
	b = drive(t, b, tea.WindowSizeMsg{Width: 120, Height: 30})
	if !strings.Contains(plain(b), "r refresh feeds") {
		t.Errorf("help does not offer r:\n%s", plain(b))
	}
	b = drive(t, b, runeKey('r'))
	if started != 1 || !strings.Contains(plain(b), "refreshing 3 feeds…") {
		t.Errorf("r started %d refreshes; screen:\n%s", started, plain(b))
	}
	b = drive(t, b, Notice("\x1b[2Jfeed \u202eevil failed"))
	if s := plain(b); strings.Contains(s, "\x1b[2J") || strings.Contains(s, "\u202e") {
		t.Errorf("a notice reached the terminal raw:\n%q", s)
	}
	// in the filter prompt r is a letter
	b = drive(t, b, runeKey('/'), runeKey('r'))
	if started != 1 || !b.list.filtering() {
		t.Error("r in the filter started a refresh")
	}
}

func TestReopensWhereLeft(t *testing.T) {
	src := &markedSource{staticSource: staticSource{testLibrary(t)}, read: map[int]bool{}}
	a := drive(t, NewFromSource(src, nil), tea.WindowSizeMsg{Width: 120, Height: 20})
	first := a.list.order[0]
	pgdown := tea.KeyPressMsg{Code: tea.KeyPgDown}
	a = drive(t, a, keyEnter, pgdown, pgdown)
	top := a.article.topOffset()
	if top <= 0 {
		t.Fatalf("after two pages down the top is at byte %d", top)
	}
	// another article, then back to the first from the list
	a = drive(t, a, keyEsc, keyDown, keyEnter)
	if src.pos[first] != top {
		t.Fatalf("left the first article at %d, recorded %v", top, src.pos)
	}
	a = drive(t, a, keyEsc, runeKey('g'), keyEnter)
	if a.article.idx != first || a.article.topOffset() != top {
		t.Errorf("reopened article %d at byte %d, want %d at %d", a.article.idx, a.article.topOffset(), first, top)
	}
	// at another width the same text is at the top
	// (a lower window: at 90 columns the article is short enough that 20 lines reach its end)
	a = drive(t, a, tea.WindowSizeMsg{Width: 90, Height: 12}, runeKey('q'))
	if src.pos[first] != top {
		t.Errorf("after a resize and q the position is %d, want %d", src.pos[first], top)
	}
}

func TestTheme(t *testing.T) {
	light := drive(t, New(testLibrary(t), nil).WithTheme("light"), tea.WindowSizeMsg{Width: 80, Height: 20})
	dark := drive(t, New(testLibrary(t), nil), tea.WindowSizeMsg{Width: 80, Height: 20})
	if screen(light, colorprofile.TrueColor) == screen(dark, colorprofile.TrueColor) {
		t.Fatal("the light theme draws as the dark one")
	}
	// a dark terminal does not undo a theme chosen in the settings
	before := screen(light, colorprofile.TrueColor)
	light = drive(t, light, tea.BackgroundColorMsg{Color: color.Black})
	if screen(light, colorprofile.TrueColor) != before {
		t.Error("the terminal's background overrode the theme")
	}
	if New(testLibrary(t), nil).WithTheme("auto").theme != "" {
		t.Error("auto fixed a theme")
	}
}
