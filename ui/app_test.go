package ui

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/model/analysis"
)

// The list is newest first: the pier story of March before the fares of
// February.
func TestListOpensSelectedArticle(t *testing.T) {
	a := newTestApp(t, 80, 24)
	contains(t, plain(a), "Eastwick pier reopens", "Ferry fares to rise")
	if got := strings.Index(plain(a), "Eastwick pier"); got > strings.Index(plain(a), "Ferry fares") {
		t.Error("the newest article should come first")
	}
	a = drive(t, a, keyDown, keyEnter)
	if a.focus != pageArticle || a.article.a.Title != "Ferry fares to rise in March, Harbour Board says" {
		t.Fatalf("focus %v, article %q", a.focus, a.article.a.Title)
	}
	contains(t, plain(a), "Who said what", "Marta Quill · 3 quotations", "a spokeswoman for the transport ministry")
	a = drive(t, a, keyEsc)
	if a.focus != pageList {
		t.Errorf("esc: focus %v, want the list", a.focus)
	}
}

func TestTabEnterBackForward(t *testing.T) {
	a := newTestApp(t, 80, 24)
	a = drive(t, a, keyDown, keyEnter)
	a = tabTo(t, a, "Eastwick")
	cursor := a.article.cursor
	a = drive(t, a, keyEnter)
	if a.focus != pageEntity || a.entity.id != "place:eastwick" {
		t.Fatalf("enter on a mention: focus %v, entity %q", a.focus, a.entity.id)
	}
	contains(t, plain(a), "Eastwick", "Place", "Mentioned in 2 articles")

	a = drive(t, a, keyBackspace)
	if a.focus != pageArticle || a.article.cursor != cursor {
		t.Fatalf("backspace: focus %v cursor %d, want the article with cursor %d", a.focus, a.article.cursor, cursor)
	}
	a = drive(t, a, runeKey(']'))
	if a.focus != pageEntity || a.entity.id != "place:eastwick" {
		t.Fatalf("forward: focus %v entity %q", a.focus, a.entity.id)
	}
	// back twice reaches the list, a third time has nowhere to go
	a = drive(t, a, keyBackspace, keyBackspace)
	if a.focus != pageList {
		t.Fatalf("focus %v, want the list", a.focus)
	}
	a = drive(t, a, keyBackspace)
	contains(t, plain(a), "Nothing to go back to.")
}

// Choosing an article on an entity page opens it with the cursor on the
// entity's first mention; choosing a quotation opens it on the quotation.
func TestEntityPageOpensArticleAtMention(t *testing.T) {
	a := newTestApp(t, 100, 30)
	a = drive(t, a, keyEnter) // the pier story
	a = tabTo(t, a, "Marta Quill")
	a = drive(t, a, keyEnter)
	if a.entity.id != "person:marta quill" {
		t.Fatalf("entity %q", a.entity.id)
	}
	contains(t, plain(a), "Quotations (5)", "Often mentioned with")
	// the first row is the article with most mentions: the fares story
	a = drive(t, a, keyEnter)
	l := a.article.links[a.article.cursor]
	if a.article.a.Title != "Ferry fares to rise in March, Harbour Board says" || l.kind != linkMention || l.entity != "person:marta quill" {
		t.Fatalf("opened %q with cursor on %+v", a.article.a.Title, l)
	}
	if first := a.article.a.Text[l.span.Start:l.span.End]; first != "Marta Quill" {
		t.Errorf("cursor on %q, want the first mention", first)
	}

	a = drive(t, a, keyBackspace)
	for a.entity.rows[a.entity.cursor].kind != rowQuote {
		a = drive(t, a, runeKey('j'))
	}
	a = drive(t, a, keyEnter)
	l = a.article.links[a.article.cursor]
	if l.kind != linkQuote {
		t.Fatalf("cursor on %+v, want a quotation", l)
	}
}

func TestEnterOnQuotationOpensSpeaker(t *testing.T) {
	a := newTestApp(t, 80, 24)
	a = drive(t, a, keyDown, keyEnter)
	for i := 0; i < 50; i++ {
		a = drive(t, a, keyTab)
		if l := a.article.links[a.article.cursor]; l.kind == linkQuote && l.entity == "person:tom brady-fenn" {
			break
		}
	}
	a = drive(t, a, keyEnter)
	if a.entity.id != "person:tom brady-fenn" {
		t.Fatalf("entity %q, want the quotation's speaker", a.entity.id)
	}
	// an unnamed source has no page: the status line says so
	a = drive(t, a, keyBackspace)
	for i := 0; i < 50; i++ {
		a = drive(t, a, keyTab)
		if l := a.article.links[a.article.cursor]; l.kind == linkQuote && l.entity == "" {
			break
		}
	}
	a = drive(t, a, keyEnter)
	if a.focus != pageArticle {
		t.Fatalf("focus %v", a.focus)
	}
	contains(t, plain(a), "who is not named")
}

func TestNextAndPreviousMention(t *testing.T) {
	a := newTestApp(t, 80, 24)
	a = drive(t, a, keyDown, keyEnter)
	a = tabTo(t, a, "Marta Quill")
	first := a.article.cursor
	a = drive(t, a, runeKey('n'))
	second := a.article.cursor
	if second <= first || a.article.links[second].entity != "person:marta quill" {
		t.Fatalf("n: cursor %d → %d (%+v)", first, second, a.article.links[second])
	}
	a = drive(t, a, runeKey('N'))
	if a.article.cursor != first {
		t.Errorf("N: cursor %d, want %d", a.article.cursor, first)
	}
	// from the first mention, N wraps to the last
	a = drive(t, a, runeKey('N'))
	if a.article.cursor <= second {
		t.Errorf("N from the first: cursor %d, want the last mention", a.article.cursor)
	}
	contains(t, plain(a), "wrapped")
}

// The cursor's link is always on screen, however far tab goes.
func TestTabScrollsCursorIntoView(t *testing.T) {
	a := newTestApp(t, 60, 10)
	a = drive(t, a, keyDown, keyEnter)
	for i := 0; i < len(a.article.links); i++ {
		a = drive(t, a, keyTab)
		if !a.article.visible(a.article.cursor) {
			t.Fatalf("link %d at line %d is off screen (offset %d, height %d)", a.article.cursor,
				a.article.linkLine(a.article.cursor), a.article.offset, a.article.height)
		}
	}
	a = drive(t, a, keyShiftTab)
	if a.article.cursor != len(a.article.links)-2 {
		t.Errorf("shift+tab: cursor %d", a.article.cursor)
	}
}

func TestScrollKeys(t *testing.T) {
	a := newTestApp(t, 50, 8)
	a = drive(t, a, keyDown, keyEnter)
	a = drive(t, a, runeKey('j'), runeKey('j'))
	if a.article.offset != 2 {
		t.Errorf("j j: offset %d", a.article.offset)
	}
	a = drive(t, a, runeKey('G'))
	if a.article.offset != len(a.article.lines)-a.article.height {
		t.Errorf("G: offset %d of %d lines", a.article.offset, len(a.article.lines))
	}
	a = drive(t, a, runeKey('g'))
	if a.article.offset != 0 {
		t.Errorf("g: offset %d", a.article.offset)
	}
	a = drive(t, a, tea.KeyPressMsg{Code: tea.KeyPgDown})
	if a.article.offset == 0 {
		t.Error("pgdown did not scroll")
	}
	a = drive(t, a, tea.MouseWheelMsg{Button: tea.MouseWheelUp, X: 10, Y: 3})
	a = drive(t, a, tea.MouseWheelMsg{Button: tea.MouseWheelUp, X: 10, Y: 3})
	if a.article.offset != 0 {
		t.Errorf("wheel up: offset %d", a.article.offset)
	}
}

// While the filter prompt has the keyboard, q is a letter, not quit.
func TestFilterTakesLetters(t *testing.T) {
	a := newTestApp(t, 80, 24)
	a = drive(t, a, runeKey('/'))
	for _, r := range "quill" {
		a = drive(t, a, runeKey(r))
	}
	if quitApps[a.lib] {
		t.Fatal("q quit while filtering")
	}
	a = drive(t, a, runeKey('p'), runeKey('i'), runeKey('e'), runeKey('r'))
	_ = a
	b := newTestApp(t, 80, 24)
	b = drive(t, b, runeKey('/'), runeKey('p'), runeKey('i'), runeKey('e'), runeKey('r'), keyEnter)
	if n := len(b.list.list.VisibleItems()); n != 1 {
		t.Errorf("filter 'pier': %d articles", n)
	}
	b = drive(t, b, keyEnter)
	if b.article.a == nil || !strings.Contains(b.article.a.Title, "pier") {
		t.Error("enter after filtering should open the article found")
	}
}

func TestQuitAndHelp(t *testing.T) {
	a := newTestApp(t, 80, 24)
	a = drive(t, a, runeKey('?'))
	contains(t, plain(a), "Keys", "filter", "quit")
	a = drive(t, a, runeKey('x'))
	if a.showHelp {
		t.Error("any key should close the help")
	}
	_, cmd := a.Update(runeKey('q'))
	if cmd == nil {
		t.Fatal("q: no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q should quit")
	}
	_, cmd = a.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if cmd == nil {
		t.Fatal("ctrl+c: no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("ctrl+c should quit")
	}
}

// Every size from 1x1 up draws without panicking and without a line wider
// or a screen taller than the window, on every page.
func TestSizeSweep(t *testing.T) {
	lib := testLibrary(t)
	pages := map[string][]tea.Msg{
		"list":    nil,
		"article": {keyEnter, keyTab, keyTab, keyTab},
		"entity":  {keyEnter, keyTab, keyTab, keyTab, keyEnter},
		"help":    {runeKey('?')},
	}
	sizes := [][2]int{}
	for w := 1; w <= 12; w++ {
		for h := 1; h <= 8; h++ {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for w := 13; w <= 200; w += 7 {
		for _, h := range []int{1, 2, 3, 5, 9, 17, 33, 60} {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for name, msgs := range pages {
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			a := New(lib, []string{"bad.bin: not a text file"})
			a = drive(t, a, tea.WindowSizeMsg{Width: w, Height: h})
			a = drive(t, a, msgs...)
			// and a resize after opening
			a = drive(t, a, tea.WindowSizeMsg{Width: w, Height: h})
			checkFits(t, fmt.Sprintf("%s %dx%d", name, w, h), a.View().Content, w, h)
		}
	}
}

func checkFits(t *testing.T, what, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines", what, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%s: line %d is %d cells wide: %q", what, i, lw, ansi.Strip(l))
			return
		}
	}
}

// Goldens of each page at fixed sizes, drawn with 16 colours.
func TestGoldenViews(t *testing.T) {
	cases := []struct {
		name string
		w, h int
		msgs []tea.Msg
	}{
		{"list-80x24", 80, 24, nil},
		{"list-and-welcome-120x30", 120, 30, nil},
		{"article-80x24", 80, 24, []tea.Msg{keyDown, keyEnter}},
		{"article-cursor-120x40", 120, 40, []tea.Msg{keyDown, keyEnter, keyTab, keyTab, keyTab, keyTab, keyTab}},
		{"article-narrow-50x30", 50, 30, []tea.Msg{keyEnter}},
		{"entity-100x30", 100, 30, []tea.Msg{keyDown, keyEnter, keyTab, keyTab, keyTab, keyEnter}},
		{"help-80x24", 80, 24, []tea.Msg{keyEnter, runeKey('?')}},
		{"people-100x30", 100, 30, []tea.Msg{runeKey('p')}},
		{"search-100x30", 100, 30, []tea.Msg{keyDown, keyEnter, runeKey('/'), runeKey('f'), runeKey('a'), runeKey('r'), runeKey('e'), keyEnter, runeKey('n')}},
		{"article-light-100x30", 100, 30, []tea.Msg{tea.BackgroundColorMsg{Color: color.White}, keyDown, keyEnter, keyTab, keyTab}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := newTestApp(t, c.w, c.h)
			a = drive(t, a, c.msgs...)
			golden(t, "view", screen(a, colorprofile.ANSI))
		})
	}
}

// With NO_COLOR (the Ascii profile) the reader still shows who said what:
// names in the gutter, bars beside quotations, and no colour codes at all.
func TestNoColorStillShowsSpeakers(t *testing.T) {
	a := newTestApp(t, 100, 30)
	a = drive(t, a, keyDown, keyEnter)
	s := screen(a, colorprofile.Ascii)
	if strings.Contains(s, "\x1b[3") && strings.Contains(s, "8;") {
		t.Error("colour codes in the Ascii profile")
	}
	contains(t, ansi.Strip(s), "Marta Quill ▌", "Brady-Fenn ▌")
}

// A very long article opens by wrapping only what is on screen; the end is
// reached with G, and a resize keeps the reader's place.
func TestLongArticleLaysOutLazily(t *testing.T) {
	var b strings.Builder
	b.WriteString("A long file\n")
	for i := 0; i < 20000; i++ {
		fmt.Fprintf(&b, "Paragraph %d. “Quoted words, number %d,” said Ann Lee.\n", i, i)
	}
	a := openText(t, b.String(), 80, 24)
	if a.article.laidOut() || a.article.laid > 100 {
		t.Fatalf("opening wrapped %d of %d blocks", a.article.laid, len(a.article.blocks))
	}
	a = drive(t, a, runeKey('G'))
	if !a.article.laidOut() || !strings.Contains(plain(a), "Paragraph 19999.") {
		t.Fatal("G should show the last paragraph")
	}
	a = drive(t, a, keyShiftTab)
	if !a.article.visible(a.article.cursor) {
		t.Error("shift+tab at the end should pick a link on screen")
	}
	a = drive(t, a, runeKey('g'))
	for i := 0; i < 300; i++ {
		a = drive(t, a, runeKey('j'))
	}
	top := strings.SplitN(plain(a), "\n", 2)[0]
	a = drive(t, a, tea.WindowSizeMsg{Width: 70, Height: 24})
	if a.article.laidOut() {
		t.Error("a resize should not wrap the whole article again")
	}
	if got := strings.SplitN(plain(a), "\n", 2)[0]; !strings.Contains(got, strings.Fields(top)[1]) {
		t.Errorf("resize lost the place: top line %q, was %q", got, top)
	}
}

// openText is the reader on one article made of text, opened.
func openText(t *testing.T, text string, w, h int) App {
	t.Helper()
	art, err := articles.Parse("2026-01-01-long.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	analysis.Analyze(art)
	a := New(model.NewLibrary([]*model.Article{art}), nil)
	return drive(t, a, tea.WindowSizeMsg{Width: w, Height: h}, keyEnter)
}

// A file that is one enormous paragraph is laid out in pieces cut between
// sentences, and no name or quotation is lost at a cut.
func TestLongParagraphInPieces(t *testing.T) {
	text := "One line\n" + strings.Repeat("“We will,” said Ann Lee in Paris. ", 2000) + "\n"
	a := openText(t, text, 80, 24)
	texts := 0
	for _, b := range a.article.blocks {
		if b.kind == blockText {
			texts++
			if b.span.Len() > 2*maxBlock {
				t.Errorf("a block of %d bytes", b.span.Len())
			}
		}
	}
	if texts < 10 {
		t.Errorf("%d text blocks for a paragraph of %d bytes", texts, len(text))
	}
	quotes, mentions := 0, 0
	for _, l := range a.article.links {
		switch l.kind {
		case linkQuote:
			quotes++
		case linkMention:
			mentions++
		}
	}
	if quotes != 2000 || mentions != 4000 {
		t.Errorf("%d quotation links and %d name links, want 2000 and 4000", quotes, mentions)
	}
}

// A split quotation whose two parts open on one line names its speaker
// once in the margin.
func TestSplitQuotationNamedOnce(t *testing.T) {
	a := openText(t, "Headline\n“Yes,” Ann Lee said. “No.”\n", 80, 20)
	for _, l := range strings.Split(plain(a), "\n") {
		if strings.Contains(l, "“Yes,”") {
			margin, _, _ := strings.Cut(l, "▌")
			if strings.TrimSpace(margin) != "Ann Lee" {
				t.Errorf("margin %q, want the name once", margin)
			}
			return
		}
	}
	t.Fatal("no line with the quotation")
}

// A row cut short on an entity page ends in one ellipsis, not two.
func TestEntityRowCutOnce(t *testing.T) {
	a := newTestApp(t, 44, 30)
	a = drive(t, a, keyDown, keyEnter)
	a = tabTo(t, a, "Marta Quill")
	a = drive(t, a, keyEnter)
	s := plain(a)
	if !strings.Contains(s, "…") {
		t.Fatalf("nothing was cut at this width:\n%s", s)
	}
	if strings.Contains(s, "… …") || strings.Contains(s, "……") {
		t.Errorf("a doubled ellipsis:\n%s", s)
	}
}

// Scrolling never leaves the cursor off screen: it moves to a link in
// view, or to none, and enter follows only a link the reader can see.
func TestCursorStaysOnScreen(t *testing.T) {
	a := newTestApp(t, 60, 10)
	a = drive(t, a, keyDown, keyEnter, keyTab)
	first := a.article.cursor
	for _, k := range []tea.Msg{runeKey(' '), runeKey(' '), tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}, runeKey('G'), runeKey('b'), runeKey('g')} {
		a = drive(t, a, k)
		if c := a.article.cursor; c >= 0 && !a.article.visible(c) {
			t.Fatalf("after %v the cursor's link %d is off screen", k, c)
		}
	}
	if a.article.cursor == first && a.article.offset != 0 {
		t.Error("the cursor never moved")
	}
	// a view with no link in it: the cursor goes, and enter says so
	b := openText(t, "Headline\n“Yes,” said Ann Lee.\n"+strings.Repeat("Plain words and more plain words.\n", 40), 60, 6)
	b = drive(t, b, keyTab)
	if b.article.cursor < 0 {
		t.Fatal("no link to tab to")
	}
	b = drive(t, b, runeKey('G'))
	if b.article.cursor != -1 {
		t.Errorf("cursor %d after G into plain text", b.article.cursor)
	}
	b = drive(t, b, keyEnter)
	if b.focus != pageArticle {
		t.Errorf("enter followed a link off screen: focus %v", b.focus)
	}
	contains(t, plain(b), "Move to a quotation or a name")
}

// Text that is not the story (a related-link line, a photo credit) is
// drawn faint, and the story beside it is not.
func TestFurnitureDrawnFaint(t *testing.T) {
	text := "Harbour plan approved\n“We start in May,” said Ilse Varga, the harbour master.\nREAD MORE: Ferry fares to rise in March\nThe council voted on Tuesday.\n"
	a := openText(t, text, 100, 24)
	if len(a.article.a.Furniture) == 0 {
		t.Fatal("the READ MORE line was not found to be furniture")
	}
	faint, story := 0, 0
	for _, b := range a.article.blocks {
		for _, m := range b.marks {
			if m.kind == markFurniture {
				faint++
				if got := text[m.Start:m.End]; !strings.HasPrefix(got, "READ MORE") {
					t.Errorf("faint %q", got)
				}
			}
		}
		if b.kind == blockText && strings.HasPrefix(text[b.span.Start:b.span.End], "The council") {
			story++
		}
	}
	if faint == 0 || story == 0 {
		t.Fatalf("faint marks %d, story blocks %d", faint, story)
	}
	sty := newStyler(a.st)
	if sty.style(look{faint: true}).Render("x") == sty.style(look{}).Render("x") {
		t.Error("faint text is drawn as the story is")
	}
}

// The help's sentences wrap on a narrow terminal instead of being cut at
// its edge.
func TestHelpWrapsItsNotes(t *testing.T) {
	a := newTestApp(t, 44, 60)
	a = drive(t, a, runeKey('?'))
	var words []string
	for _, l := range strings.Split(plain(a), "\n") {
		words = append(words, strings.Fields(l)...)
	}
	joined := strings.Join(words, " ")
	contains(t, joined, "each speaker is named beside them.", "people in bold, organisations in italics.",
		"Press any key to close this help.")
}

// A status message longer than the window ends in an ellipsis rather
// than stopping mid-word at the edge.
func TestLongStatusEndsInEllipsis(t *testing.T) {
	a := newTestApp(t, 30, 10)
	a = drive(t, a, statusMsg{"These are byline's bundled articles. Subscribe to a feed with: byline add URL"})
	lines := strings.Split(plain(a), "\n")
	last := strings.TrimRight(lines[len(lines)-1], " ")
	if !strings.HasSuffix(last, "…") || ansi.StringWidth(last) > 30 {
		t.Errorf("status line %q", last)
	}
}

// An entity page cuts a long headline or quotation at the end of a
// word, before its ellipsis, at every width.
func TestEntityRowCutAtWord(t *testing.T) {
	words := map[string]bool{}
	for _, name := range []string{"2026-02-10-ferry-fares.txt", "2026-03-02-eastwick-pier.md"} {
		b, err := os.ReadFile(filepath.Join("testdata", "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(b)) {
			words[strings.Trim(w, "“”\"',.:;")] = true
		}
	}
	cuts := 0
	for width := 30; width <= 70; width++ {
		a := newTestApp(t, width, 60)
		a = drive(t, a, keyDown, keyEnter)
		a = tabTo(t, a, "Marta Quill")
		a = drive(t, a, keyEnter)
		lines := strings.Split(plain(a), "\n")
		for _, l := range lines[:len(lines)-1] { // the status line is not the page
			before, _, ok := strings.Cut(l, "…")
			if !ok || strings.HasPrefix(strings.TrimSpace(l), "2026-") {
				continue // a row's date and headline under it are cut anywhere
			}
			cuts++
			f := strings.Fields(before)
			if last := strings.Trim(f[len(f)-1], "“”\"',.:;"); !words[last] {
				t.Errorf("at %d columns cut inside a word: %q", width, strings.TrimSpace(l))
			}
		}
	}
	if cuts == 0 {
		t.Fatal("nothing was cut")
	}
}

// The entity page's help names tab and shift+tab, which move through its
// rows as they do through an article's links.
func TestEntityHelpNamesTab(t *testing.T) {
	a := newTestApp(t, 100, 40)
	a = drive(t, a, runeKey('p'), keyEnter)
	if a.focus != pageEntity {
		t.Fatalf("focus %v", a.focus)
	}
	before := a.entity.cursor
	a = drive(t, a, keyTab)
	if a.entity.cursor == before {
		t.Fatal("tab should move to the next row")
	}
	a = drive(t, a, runeKey('?'))
	contains(t, plain(a), "shift+tab previous item", "tab       next item")
}

// However small the window, the help says how to close it: its last line
// when it fits, else the status line (and the heading, if there is room),
// with how to scroll it.
func TestHelpSaysHowToClose(t *testing.T) {
	for _, size := range [][2]int{{80, 40}, {60, 20}, {50, 16}, {30, 10}, {100, 8}} {
		a := newTestApp(t, size[0], size[1])
		a = drive(t, a, keyDown, keyEnter, keyTab, runeKey('?'))
		s := plain(a)
		if !strings.Contains(s, "Press any key to close this help.") && !strings.Contains(s, "esc closes") {
			t.Errorf("%dx%d: the help does not say how to close it:\n%s", size[0], size[1], s)
		}
	}
}

// The wheel moves nothing hidden under the help.
func TestWheelUnderHelpMovesNothing(t *testing.T) {
	a := newTestApp(t, 60, 10)
	a = drive(t, a, keyDown, keyEnter, runeKey('?'))
	before := a.article.offset
	a = drive(t, a, tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: 30, Y: 5})
	if a.article.offset != before || !a.showHelp {
		t.Errorf("under the help the article scrolled from %d to %d (help shown %v)", before, a.article.offset, a.showHelp)
	}
}

// A line the window cuts (the list's filter count, on a narrow one) ends
// in an ellipsis, so that it reads as cut.
func TestCutLinesEndInEllipsis(t *testing.T) {
	a := newTestApp(t, 24, 10)
	a = typeKeys(t, a, "/pier")
	a = drive(t, a, keyEnter)
	for _, l := range strings.Split(plain(a), "\n") {
		if strings.Contains(l, "“pier”") {
			if !strings.HasSuffix(strings.TrimRight(l, " "), "…") {
				t.Errorf("the filter count is cut without an ellipsis: %q", l)
			}
			return
		}
	}
	t.Errorf("no filter count:\n%s", plain(a))
}

// A help taller than the window scrolls on the reader's scrolling keys,
// and says so, so that every key it names can be read at any size; any
// other key still closes it. At 30x10 the last keys were cut off.
func TestHelpScrollsToEveryKey(t *testing.T) {
	opens := map[string][]tea.Msg{
		"list":    nil,
		"article": {keyDown, keyEnter, keyTab},
		"entity":  {keyDown, keyEnter, keyTab, keyTab, keyTab, keyEnter},
		"people":  {runeKey('p')},
	}
	for name, msgs := range opens {
		for _, size := range [][2]int{{30, 10}, {60, 12}, {24, 6}, {100, 8}} {
			a := drive(t, newTestApp(t, size[0], size[1]), msgs...)
			var want []string
			for _, g := range a.focusedHelp().FullHelp() {
				for _, b := range g {
					if b.Enabled() {
						want = append(want, b.Help().Desc)
					}
				}
			}
			a = drive(t, a, runeKey('?'))
			seen := plain(a)
			if !strings.Contains(seen, "j/k scroll · esc closes") {
				t.Errorf("%s at %dx%d: the help does not say it scrolls:\n%s", name, size[0], size[1], seen)
			}
			for last := ""; a.showHelp && plain(a) != last; {
				last = plain(a)
				a = drive(t, a, runeKey('j'))
				seen += plain(a)
			}
			if !a.showHelp {
				t.Errorf("%s at %dx%d: j closed the help", name, size[0], size[1])
			}
			// a description wrapped on a narrow window reads on across lines
			seen = strings.Join(strings.Fields(seen), " ")
			for _, d := range want {
				if !strings.Contains(seen, d) {
					t.Errorf("%s at %dx%d: %q is never shown", name, size[0], size[1], d)
				}
			}
			top := plain(drive(t, a, runeKey('g')))
			if bottom := plain(drive(t, a, runeKey('G'))); top == bottom {
				t.Errorf("%s at %dx%d: g and G show the same", name, size[0], size[1])
			}
			if wheeled := drive(t, a, runeKey('g'), tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: 5, Y: 5}); plain(wheeled) == top || !wheeled.showHelp {
				t.Errorf("%s at %dx%d: the wheel does not scroll the help", name, size[0], size[1])
			}
			if a = drive(t, a, runeKey('x')); a.showHelp {
				t.Errorf("%s at %dx%d: x did not close the help", name, size[0], size[1])
			}
		}
	}
	// a help that fits closes on any key, j too
	if a := drive(t, newTestApp(t, 100, 40), runeKey('?'), runeKey('j')); a.showHelp {
		t.Error("j did not close a help that fits")
	}
}

// An ellipsis stands against the last word it follows: a cut that falls
// after a space, or an entity row cut at the end of a word, read
// "Harbour …" and "Halvard Lines …".
func TestNoSpaceBeforeEllipsis(t *testing.T) {
	cases := []struct {
		in   string
		w    int
		want string
	}{
		{"Halvard Lines collapse", 15, "Halvard Lines…"},
		{"Halvard Lines collapse", 14, "Halvard Lines…"},
		{"Halvard Lines collapse", 16, "Halvard Lines c…"},
		{"Halvard  Lines", 10, "Halvard…"},
		{"a\u00a0b c", 3, "a…"},
		{"北京 欢迎你", 6, "北京…"},
		{"北京 欢迎你", 5, "北京…"},
	}
	for _, c := range cases {
		if got := truncate(c.in, c.w); got != c.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
		styled := "\x1b[1m" + c.in + "\x1b[m"
		if got := ansi.Strip(cutLine(styled, c.w)); got != c.want {
			t.Errorf("cutLine(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
	}
	// every page the fixtures make, at every width from 24 to 100
	pages := map[string][]tea.Msg{
		"list":    nil,
		"article": {keyDown, keyEnter},
		"entity":  {keyDown, keyEnter, keyTab, keyTab, keyTab, keyEnter},
		"people":  {runeKey('p')},
	}
	for name, msgs := range pages {
		for w := 24; w <= 100; w++ {
			a := drive(t, newTestApp(t, w, 30), msgs...)
			// the status line's "? help …" is the help's sign of more
			// keys, after a key, not a cut
			s := plain(a)
			if strings.Contains(s[:strings.LastIndexByte(s, '\n')], " …") {
				t.Errorf("%s at %d columns: a space before an ellipsis:\n%s", name, w, plain(a))
			}
		}
	}
}
