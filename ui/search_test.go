package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/byline-reader/byline/model"
)

func TestFindAll(t *testing.T) {
	text := "São Paulo and SAO PAULO; Ōsaka, osaka. Café cafe CAFÉ."
	all := []model.Span{{Start: 0, End: len(text)}}
	cases := []struct {
		query string
		want  []string
	}{
		{"sao paulo", []string{"São Paulo", "SAO PAULO"}},
		{"osaka", []string{"Ōsaka", "osaka"}},
		{"café", []string{"Café", "cafe", "CAFÉ"}},
		{"xyz", nil},
		{"", nil},
	}
	for _, c := range cases {
		var got []string
		for _, m := range findAll(text, c.query, all) {
			got = append(got, text[m.Start:m.End])
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.query, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.query, got, c.want)
			}
		}
	}
	// only inside the spans given
	if got := findAll(text, "osaka", []model.Span{{Start: 0, End: 20}}); len(got) != 0 {
		t.Errorf("matched outside the spans: %v", got)
	}
}

// / searches the article: every match is marked, the status line counts
// them, n and N step through them, esc ends the search and a second esc
// goes back to the list.
func TestSearchInArticle(t *testing.T) {
	a := newTestApp(t, 80, 12)
	a = drive(t, a, keyDown, keyEnter)
	a = typeKeys(t, a, "/QUILL")
	if !a.article.search.prompt || !strings.Contains(plain(a), "/QUILL") {
		t.Fatalf("the prompt should show what is typed:\n%s", plain(a))
	}
	a = drive(t, a, keyEnter)
	if n := len(a.article.search.matches); n != 3 { // said Marta Quill, Quill said, Quill later
		t.Fatalf("%d matches of quill", n)
	}
	contains(t, plain(a), "match 1 of 3")
	// the current match is drawn apart from the others
	s := screen(a, colorprofile.TrueColor)
	if !strings.Contains(s, "48;2;255;159;67") || !strings.Contains(s, "48;2;242;212;121") {
		t.Error("the matches are not highlighted")
	}
	a = drive(t, a, runeKey('n'), runeKey('n'))
	contains(t, plain(a), "match 3 of 3")
	m := a.article.search.matches[2]
	if line := a.article.blocks[a.article.blockOf(m.Start)].top; line < a.article.offset-3 || line >= a.article.offset+a.article.height {
		t.Errorf("match 3 (block at line %d) is not in view (offset %d)", line, a.article.offset)
	}
	a = drive(t, a, runeKey('n'))
	contains(t, plain(a), "match 1 of 3", "wrapped")
	a = drive(t, a, runeKey('N'))
	contains(t, plain(a), "match 3 of 3", "wrapped")
	a = drive(t, a, keyEsc)
	if a.focus != pageArticle || a.article.search.active() {
		t.Fatalf("esc should end the search and stay: focus %v", a.focus)
	}
	// n is a mention jump again
	a = drive(t, a, runeKey('n'))
	contains(t, plain(a), "Put the cursor on a name first")
	a = drive(t, a, keyEsc)
	if a.focus != pageList {
		t.Errorf("a second esc should go to the list, focus %v", a.focus)
	}
}

// A search that finds nothing says so and marks nothing.
func TestSearchFindsNothing(t *testing.T) {
	a := newTestApp(t, 80, 24)
	a = drive(t, a, keyEnter)
	a = typeKeys(t, a, "/zebra")
	a = drive(t, a, keyEnter)
	if a.article.search.active() {
		t.Error("a search with no match is active")
	}
	contains(t, plain(a), "Nothing matches “zebra”")
}

// typeKeys sends each rune of s as a key press.
func typeKeys(t *testing.T, a App, s string) App {
	t.Helper()
	for _, r := range s {
		a = drive(t, a, runeKey(r))
	}
	return a
}

// The prompt edits like a line: backspace takes a letter back, ctrl+u
// clears it.
func TestSearchPromptEdits(t *testing.T) {
	a := newTestApp(t, 80, 24)
	a = drive(t, a, keyDown, keyEnter)
	a = typeKeys(t, a, "/zzz")
	a = drive(t, a, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	a = typeKeys(t, a, "quilx")
	a = drive(t, a, keyBackspace, runeKey('l'))
	contains(t, plain(a), "/quill")
	a = drive(t, a, keyEnter)
	if n := len(a.article.search.matches); n != 3 {
		t.Errorf("%d matches of quill", n)
	}
}
