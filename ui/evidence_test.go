package ui

import (
	"image/color"
	"os"
	"reflect"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
)

// whyApp is the reader on testdata/why, one article whose quotations are
// attributed in different ways: none at all, a speaker named in a long
// sentence above (so that its words can be out of view), a description,
// a pronoun, and the speaker of the paragraph before.
func whyApp(t testing.TB, w, h int) App {
	t.Helper()
	arts, probs := articles.LoadFS(os.DirFS("testdata/why"))
	if len(probs) > 0 || len(arts) != 1 {
		t.Fatalf("fixture: %d articles, problems %v", len(arts), probs)
	}
	a := New(model.NewLibrary(arts), nil)
	return drive(t, a, tea.WindowSizeMsg{Width: w, Height: h}, keyEnter)
}

// tabToQuote presses tab until the cursor is on quotation qi.
func tabToQuote(t testing.TB, a App, qi int) App {
	t.Helper()
	for i := 0; i < 100; i++ {
		a = drive(t, a, keyTab)
		if l := a.article.cursor; l >= 0 && a.article.links[l].kind == linkQuote && a.article.links[l].quote == qi {
			return a
		}
	}
	t.Fatalf("no quotation %d to tab to", qi)
	return a
}

// The quotations of testdata/why, by index.
const (
	whyNoSpeaker = iota // “Back to work, …” with nothing to say whose
	whyReed             // Ann Reed, named a long sentence above
	whyPassenger        // “…,” one passenger said.
	whyPronoun          // “…,” he said.
	whyContinues        // the paragraph after, his too
)

// The evidence at the foot of the pane says, in the words of the text,
// who said each quotation and how byline got to the name.
func TestEvidenceLine(t *testing.T) {
	cases := []struct {
		quote int
		want  []string
	}{
		{whyNoSpeaker, []string{"why ▌ No speaker: nothing in the text says who said this."}},
		{whyReed, []string{"why ▌ “Ann Reed, who … said”, with a colon ending the paragraph", "▌ before · w to the words"}},
		{whyPassenger, []string{"why ▌ “one passenger said”, after the quotation"}},
		{whyPronoun, []string{"why ▌ “he said” → Tomas Osei (named in the sentence before), after", "▌ the quotation · w to the words"}},
		{whyContinues, []string{"why ▌ “he said” → Tomas Osei (named in the sentence before), the", "▌ speaker of the paragraph before"}},
	}
	for _, c := range cases {
		a := tabToQuote(t, whyApp(t, 140, 40), c.quote)
		contains(t, plain(a), c.want...)
	}
	// on a name, no evidence: it is about quotations
	a := tabTo(t, whyApp(t, 140, 40), "Tomas Osei")
	if strings.Contains(plain(a), "why ▌") {
		t.Errorf("evidence shown for a name:\n%s", plain(a))
	}
	if a.article.height != a.article.paneHeight {
		t.Errorf("the text has %d of the pane's %d rows with no evidence shown", a.article.height, a.article.paneHeight)
	}
}

// The evidence takes rows from the text, never covers it: the quotation
// under the cursor opens above the evidence at every size, and the pane
// keeps its height.
func TestEvidenceNeverHidesTheQuotation(t *testing.T) {
	for _, sz := range [][2]int{{40, 15}, {80, 24}, {120, 40}, {30, 6}, {56, 12}, {100, 11}} {
		for _, qi := range []int{whyNoSpeaker, whyReed, whyPronoun, whyContinues} {
			a := tabToQuote(t, whyApp(t, sz[0], sz[1]), qi)
			p := a.article
			ev := len(p.why.lines)
			if sz[1]-1 >= minEvidencePane && ev == 0 {
				t.Errorf("%dx%d, quotation %d: no evidence", sz[0], sz[1], qi)
			}
			if p.height+ev != p.paneHeight {
				t.Errorf("%dx%d: text %d + evidence %d rows != pane %d", sz[0], sz[1], p.height, ev, p.paneHeight)
			}
			if line := p.linkLine(p.cursor); line < p.offset || line >= p.offset+p.height {
				t.Errorf("%dx%d, quotation %d: its line %d is not among the text's rows %d-%d",
					sz[0], sz[1], qi, line, p.offset, p.offset+p.height-1)
			}
			checkFits(t, "evidence", a.View().Content, sz[0], sz[1])
		}
	}
}

// w goes to the words that name the speaker, marked in the text, and w or
// backspace comes back to the quotation, where the reader was; backspace
// then goes back through the reader's pages as before.
func TestWhyKeyGoesToTheWordsAndBack(t *testing.T) {
	a := tabToQuote(t, whyApp(t, 40, 15), whyReed)
	before, cursor := a.article.offset, a.article.cursor
	if strings.Contains(plain(a), "who has led the ferry") {
		t.Fatalf("the fixture should put the words out of view at 40x15:\n%s", plain(a))
	}
	for _, back := range []tea.KeyPressMsg{runeKey('w'), keyBackspace} {
		a := drive(t, a, runeKey('w'))
		if a.article.offset >= before {
			t.Fatalf("w did not scroll up to the words: offset %d, was %d", a.article.offset, before)
		}
		contains(t, plain(a), "who has led the ferry", "w back to the quotation")
		if a.article.cursor != cursor {
			t.Errorf("w moved the cursor from %d to %d", cursor, a.article.cursor)
		}
		a = drive(t, a, back)
		if a.article.offset != before || a.article.cursor != cursor || a.focus != pageArticle {
			t.Errorf("%s: offset %d cursor %d page %v, want %d %d article", back, a.article.offset, a.article.cursor, a.focus, before, cursor)
		}
		contains(t, plain(a), "Ann Reed, who … said", "w who says so")
		// backspace is the reader's back again: to the list
		a = drive(t, a, keyBackspace)
		if a.focus != pageList {
			t.Errorf("after coming back, backspace stayed on %v", a.focus)
		}
	}
}

// Where w has nothing to go to, the status line says why.
func TestWhyKeyExplainsWhenItCannot(t *testing.T) {
	cases := []struct {
		name string
		at   func(App) App
		want string
	}{
		{"no cursor", func(a App) App { return a }, "Move to a quotation with tab, then press w"},
		{"on a name", func(a App) App { return tabTo(t, a, "Tomas Osei") }, "Move to a quotation with tab, then press w"},
		{"no speaker", func(a App) App { return tabToQuote(t, a, whyNoSpeaker) }, "No words in the text name this quotation's speaker."},
		{"on screen", func(a App) App { return tabToQuote(t, a, whyPronoun) }, "The words that name the speaker are marked on screen."},
	}
	for _, c := range cases {
		a := c.at(whyApp(t, 80, 40))
		offset := a.article.offset
		a = drive(t, a, runeKey('w'))
		contains(t, plain(a), c.want)
		if a.article.offset != offset || a.article.why.jumped() {
			t.Errorf("%s: w moved the view", c.name)
		}
	}
}

// w belongs to the evidence alone: no other binding of the key map, in
// any pane, answers it.
func TestWhyKeyClashesWithNone(t *testing.T) {
	km := defaultKeys()
	v := reflect.ValueOf(km)
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		b, ok := v.Field(i).Interface().(key.Binding)
		if !ok || name == "Why" {
			continue
		}
		for _, k := range b.Keys() {
			for _, w := range km.Why.Keys() {
				if k == w {
					t.Errorf("%s also answers %q", name, k)
				}
			}
		}
	}
	lk := km.listKeys()
	lv := reflect.ValueOf(lk)
	for i := 0; i < lv.NumField(); i++ {
		if b, ok := lv.Field(i).Interface().(key.Binding); ok {
			for _, k := range b.Keys() {
				if k == "w" {
					t.Errorf("the list's %s answers w", lv.Type().Field(i).Name)
				}
			}
		}
	}
	// and the help names it where it works
	a := tabToQuote(t, whyApp(t, 100, 40), whyReed)
	a = drive(t, a, runeKey('?'))
	contains(t, plain(a), "w         who says so")
}

// Goldens of the evidence at the three sizes the reader is made for, and
// of w having gone to the words, drawn with 16 colours on a dark and a
// light background.
func TestEvidenceViews(t *testing.T) {
	cases := []struct {
		name  string
		w, h  int
		quote int
		msgs  []tea.Msg
	}{
		{"reed-40x15", 40, 15, whyReed, nil},
		{"reed-words-40x15", 40, 15, whyReed, []tea.Msg{runeKey('w')}},
		{"pronoun-80x24", 80, 24, whyPronoun, nil},
		{"reed-on-screen-80x24", 80, 24, whyReed, []tea.Msg{runeKey('w')}},
		{"continues-120x40", 120, 40, whyContinues, nil},
		{"no-speaker-120x40", 120, 40, whyNoSpeaker, nil},
		{"pronoun-light-80x24", 80, 24, whyPronoun, []tea.Msg{tea.BackgroundColorMsg{Color: color.White}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := tabToQuote(t, whyApp(t, c.w, c.h), c.quote)
			a = drive(t, a, c.msgs...)
			golden(t, "view", screen(a, colorprofile.ANSI))
		})
	}
}

// At every size the evidence and w draw within the window, and a resize
// after w leaves the view where it can be read.
func TestEvidenceSizeSweep(t *testing.T) {
	for w := 1; w <= 130; w += 7 {
		for _, h := range []int{1, 2, 3, 4, 5, 6, 7, 9, 12, 15, 24, 40} {
			a := tabToQuote(t, whyApp(t, w, h), whyReed)
			checkFits(t, "evidence", a.View().Content, w, h)
			a = drive(t, a, runeKey('w'))
			checkFits(t, "w", a.View().Content, w, h)
			a = drive(t, a, tea.WindowSizeMsg{Width: w + 7, Height: h + 2})
			checkFits(t, "w, resized", a.View().Content, w+7, h+2)
			if a.article.why.jumped() {
				t.Errorf("%dx%d: w still goes back after a resize wrapped the lines anew", w, h)
			}
			a = drive(t, a, runeKey('w'), runeKey('w'))
			checkFits(t, "w w", a.View().Content, w+7, h+2)
		}
	}
}

// Without colour (NO_COLOR) the speaker's words are still marked, in
// reverse video, and the evidence still reads.
func TestEvidenceWithoutColour(t *testing.T) {
	a := tabToQuote(t, whyApp(t, 100, 40), whyPronoun)
	s := screen(a, colorprofile.Ascii)
	if strings.Contains(s, "38;5;") || strings.Contains(s, "38;2;") {
		t.Error("colour codes in the Ascii profile")
	}
	if !strings.Contains(s, "\x1b[7mhe") {
		t.Errorf("the words “he” are not in reverse video:\n%q", s)
	}
	contains(t, ansi.Strip(s), "why ▌ “he said” → Tomas Osei (named in the", "▌ sentence before), after the quotation")
}

// A name under the cursor, or a speaker's words, is reversed whole: the
// space inside it too (lipgloss draws the spaces of underlined text
// apart, without reverse video).
func TestMarkedNameIsReversedWhole(t *testing.T) {
	a := tabTo(t, whyApp(t, 100, 40), "Tomas Osei")
	s := screen(a, colorprofile.Ascii)
	if !strings.Contains(s, "Tomas\u00a0Osei") {
		t.Errorf("the name under the cursor is drawn in pieces:\n%q", s)
	}
}
