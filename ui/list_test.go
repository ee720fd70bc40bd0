package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/model/analysis"
)

// The filter finds articles by what they say as well as by their
// headlines: plain substrings first, in list order, then loose matches of
// the headline.
func TestFilterArticles(t *testing.T) {
	targets := []string{
		"harbour strike ends business 2026-03-04\x00marta quill\nport anselm\n",
		"okafor wins the vote politics\x00\n",
		"ferry fares rise local\x00tom brady-fenn\nchidi okafor\n",
		"hbr stks local\x00\n",
		"são paulo metro strike ends business\x00joa\u0303o gonc\u0327alves\n김수진\n",
	}
	cases := []struct {
		term string
		want []int
	}{
		{"okafor", []int{1, 2}},      // a headline and a name, in list order
		{"Brady", []int{2}},          // case does not matter
		{"2026-03", []int{0}},        // the date
		{"port anselm", []int{0}},    // a place named in the text
		{"hbrstk", []int{3, 0}},      // loose: the letters in order, best first
		{"zzz", nil},                 // nothing
		{"quill okafor", []int(nil)}, // names are not matched loosely
		{"ferry", []int{2}},          // headline
		{"local", []int{2, 3}},       // section
		// letters composed or not match either way: the file wrote these
		// names decomposed, the keyboard types them composed
		{"João", []int{4}},
		{"GONÇALVES", []int{4}},
		{"sa\u0303o paulo", []int{4}},
		{"김수진", []int{4}},
	}
	for _, c := range cases {
		var got []int
		for _, r := range filterArticles(c.term, targets) {
			got = append(got, r.Index)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.term, got, c.want)
		}
	}
}

// Filtering by a speaker's name finds the article that quotes them, though
// the name is in neither headline.
func TestFilterBySpeaker(t *testing.T) {
	a := newTestApp(t, 80, 24)
	a = drive(t, a, runeKey('/'))
	for _, r := range "brady-fenn" {
		a = drive(t, a, runeKey(r))
	}
	a = drive(t, a, keyEnter)
	items := a.list.list.VisibleItems()
	if len(items) != 1 || !strings.Contains(items[0].(*articleItem).title, "Ferry fares") {
		t.Fatalf("filter brady-fenn: %d articles", len(items))
	}
	contains(t, plain(a), "Ferry fares", "esc clear filter")
}

// The main pane previews the highlighted article as the highlight moves,
// and always shows what is highlighted or open.
func TestPreviewFollowsHighlight(t *testing.T) {
	a := newTestApp(t, 120, 30)
	right := func(a App) string {
		var out []string
		for _, l := range strings.Split(plain(a), "\n") {
			if _, r, ok := strings.Cut(l, "│"); ok {
				out = append(out, r)
			}
		}
		return strings.Join(out, "\n")
	}
	if a.focus != pageList || !strings.Contains(right(a), "The pier at Eastwick reopened") {
		t.Fatalf("first frame: the pier story should be previewed:\n%s", plain(a))
	}
	a = drive(t, a, keyDown)
	if a.focus != pageList || !strings.Contains(right(a), "Commuters in Eastwick") {
		t.Fatalf("down: the fares story should be previewed:\n%s", plain(a))
	}
	// open the pier story, go to an entity page, come back to the list:
	// the entity page stays until the highlight moves
	a = drive(t, a, runeKey('k'), keyEnter)
	a = tabTo(t, a, "Marta Quill")
	a = drive(t, a, keyEnter, keyEsc)
	if a.focus != pageList || a.main != pageEntity {
		t.Fatalf("esc from an entity page: focus %v main %v", a.focus, a.main)
	}
	a = drive(t, a, runeKey('j'))
	if a.main != pageArticle || !strings.Contains(right(a), "Commuters in Eastwick") {
		t.Fatalf("moving after the entity page should preview:\n%s", plain(a))
	}
}

// An article not yet analysed is previewed by its headline at once, and
// analysed only once the highlight rests on it.
func TestPreviewWaitsForAnalysis(t *testing.T) {
	src := newHeaderSource(t, 3)
	a := NewFromSource(src, nil)
	m, _ := a.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	m, cmd := m.Update(keyDown)
	a = m.(App)
	if !a.article.partial || a.article.idx != a.list.selected() || !strings.Contains(plain(a), "Analysing…") {
		t.Fatalf("the preview should be the headline and a note:\n%s", plain(a))
	}
	if cmd == nil {
		t.Fatal("no command to make the preview ready")
	}
	// a due message for an older preview is dropped; the current one builds it
	if c := a.previewDue(previewDueMsg{seq: a.previewSeq - 1}); c != nil {
		t.Error("a stale preview was made")
	}
	msgs := runCmd(a.previewDue(previewDueMsg{seq: a.previewSeq}))
	if len(msgs) != 1 {
		t.Fatalf("%d messages", len(msgs))
	}
	a = drive(t, a, msgs[0])
	if a.article.partial || a.article.idx != a.list.selected() {
		t.Errorf("the preview was not shown: partial %v", a.article.partial)
	}
}

// ctrl+d and ctrl+u move half a page in the list.
func TestListHalfPages(t *testing.T) {
	a := NewFromSource(newHeaderSource(t, 50), nil)
	a = drive(t, a, tea.WindowSizeMsg{Width: 80, Height: 40})
	a = drive(t, a, tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl})
	per := a.list.list.Paginator.PerPage
	if got := a.list.list.Index(); got != per/2 {
		t.Errorf("ctrl+d: index %d, want %d", got, per/2)
	}
	a = drive(t, a, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	if got := a.list.list.Index(); got != 0 {
		t.Errorf("ctrl+u: index %d", got)
	}
}

// failingSource is a library whose second file could not be read.
type failingSource struct{ staticSource }

func (s failingSource) Article(i int) (model.Header, bool, error) {
	if i == 1 {
		return model.Header{}, false, errors.New("not a text file")
	}
	return s.staticSource.Article(i)
}
func (s failingSource) Progress() model.Progress {
	n := s.Len()
	return model.Progress{Read: n, Analysed: n - 1, Failed: 1, Total: n}
}
func (s failingSource) Problems() []string { return []string{s.Path(1) + ": not a text file"} }

// A file that could not be read is named as skipped, not listed or counted
// as an article.
func TestSkippedFilesAreNotArticles(t *testing.T) {
	lib := testLibrary(t)
	a := NewFromSource(failingSource{staticSource{lib}}, nil)
	a = drive(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	if n := len(a.list.list.Items()); n != 1 {
		t.Errorf("%d articles listed, want 1", n)
	}
	contains(t, plain(a), "1 article", "1 file skipped")
	if strings.Contains(plain(a), "2 articles") {
		t.Error("the skipped file is counted")
	}
	if !strings.HasPrefix(librarySummary(lib, failingSource{staticSource{lib}}.Progress()), "1 article,") {
		t.Errorf("summary %q", librarySummary(lib, failingSource{staticSource{lib}}.Progress()))
	}
}

// A preview is not a reading: it marks nothing read and keeps no reading
// position, and the article it replaces keeps its own.
func TestPreviewKeepsNoPosition(t *testing.T) {
	src := &markedSource{staticSource: staticSource{testLibrary(t)}, read: map[int]bool{}}
	a := drive(t, NewFromSource(src, nil), tea.WindowSizeMsg{Width: 120, Height: 14})
	first, second := a.list.order[0], a.list.order[1]
	if len(src.marked) != 0 || len(src.pos) != 0 {
		t.Fatalf("the first preview marked %v, kept %v", src.marked, src.pos)
	}
	a = drive(t, a, keyEnter, tea.KeyPressMsg{Code: tea.KeyPgDown})
	top := a.article.topOffset()
	a = drive(t, a, keyEsc, keyDown) // the second article is previewed
	if a.article.idx != second || !a.article.preview {
		t.Fatalf("not a preview of the second article: %d %v", a.article.idx, a.article.preview)
	}
	if src.pos[first] != top || top == 0 {
		t.Errorf("the first article's place %d was not kept (want %d)", src.pos[first], top)
	}
	if _, ok := src.pos[second]; ok || src.read[second] {
		t.Errorf("the preview kept a position %v or marked it read", src.pos)
	}
	a = drive(t, a, runeKey('q'))
	if _, ok := src.pos[second]; ok {
		t.Errorf("quitting on a preview kept a position for it: %v", src.pos)
	}
}

// The page count under a filtered list is the filter's, as soon as its
// results come (bubbles' list counts the pages again only at the next
// key, so a filter that found nothing went on showing "1/2": with one
// letter typed, its results are the last message).
func TestFilterPagesCountResults(t *testing.T) {
	// one article a page, so the two make two pages
	a := newTestApp(t, 60, 9)
	if !strings.Contains(plain(a), "1/2") {
		t.Fatalf("fixture: two pages expected:\n%s", plain(a))
	}
	a = typeKeys(t, a, "/z")
	s := plain(a)
	contains(t, s, "1 article")
	if strings.Contains(s, "1/2") {
		t.Errorf("one article found, yet two pages:\n%s", s)
	}
	// and in the people index
	b := newTestApp(t, 60, 8)
	b = drive(t, b, runeKey('p'))
	if !strings.Contains(plain(b), "1/") {
		t.Fatalf("fixture: the people index should take pages:\n%s", plain(b))
	}
	b = typeKeys(t, b, "/z")
	if s := plain(b); !strings.Contains(s, "Nothing matched") || strings.Contains(s, "1/") {
		t.Errorf("nothing matched, yet pages:\n%s", s)
	}
}

// A headline wraps after the last word that fits, one that ends right at
// the edge too.
func TestHeadlineLines(t *testing.T) {
	cases := []struct {
		title string
		w     int
		want  []string
	}{
		{"Harbour strike ends", 30, []string{"Harbour strike ends"}},
		{"Harbour strike ends", 14, []string{"Harbour strike", "ends"}},
		{"Harbour strike ends", 15, []string{"Harbour strike", "ends"}},
		{"Harbour strike ends", 12, []string{"Harbour", "strike ends"}},
		{"Harbour strike ends after nine days", 14, []string{"Harbour strike", "ends after ni…"}},
		{"Supercalifragilistic", 8, []string{"Supercal", "ifragil…"}},
	}
	for _, c := range cases {
		if got := headlineLines(c.title, c.w); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("headlineLines(%q, %d) = %q, want %q", c.title, c.w, got, c.want)
		}
	}
}

// Clearing a filter leaves the cursor on the article, or the person, it
// was on, not on whatever the whole list has at its row.
func TestClearedFilterKeepsTheCursor(t *testing.T) {
	a := newTestApp(t, 80, 24)
	a = typeKeys(t, a, "/ferry")
	a = drive(t, a, keyEnter)
	want := a.list.selected()
	if want < 0 || !strings.Contains(a.src.Path(want), "ferry") {
		t.Fatalf("fixture: the filter should find the ferry story, got %d", want)
	}
	a = drive(t, a, keyEsc)
	if a.list.list.IsFiltered() || a.list.selected() != want {
		t.Errorf("esc: filtered %v, cursor on %d, want %d", a.list.list.IsFiltered(), a.list.selected(), want)
	}
	// esc while the filter is typed, too
	a = typeKeys(t, a, "/ferry")
	a = drive(t, a, keyEsc)
	if a.list.selected() != want {
		t.Errorf("esc while typing: cursor on %d, want %d", a.list.selected(), want)
	}

	b := newTestApp(t, 100, 30)
	b = drive(t, b, runeKey('p'))
	b = typeKeys(t, b, "/brady")
	b = drive(t, b, keyEnter, keyEsc)
	if e, ok := b.people.list.SelectedItem().(*entityItem); b.people.list.IsFiltered() || !ok || e.name != "Tom Brady-Fenn" {
		t.Errorf("people index after esc: filtered %v, cursor on %v", b.people.list.IsFiltered(), b.people.list.SelectedItem())
	}
}

// A tab in a headline is one space wherever the headline is drawn: it was
// four in the list (and on the speaker's page) and one in the article.
func TestTabsInHeadlineAreOneSpace(t *testing.T) {
	a := openText(t, "Tabs\tin\tthe headline\n“It works,” said Ada Holm in Calder.\n", 120, 24)
	const want = "Tabs in the headline"
	lines := strings.Split(plain(a), "\n")
	left, right := 0, 0
	for _, l := range lines {
		// the last bar divides the panes; the list's cursor is one too
		list, article := l, ""
		if i := strings.LastIndex(l, "│"); i >= 0 {
			list, article = l[:i], l[i:]
		}
		left += strings.Count(list, want)
		right += strings.Count(article, want)
	}
	if left != 1 || right != 1 {
		t.Errorf("%q in the list %d times, in the article %d, want once each:\n%s", want, left, right, plain(a))
	}
	a = drive(t, tabTo(t, a, "Ada Holm"), keyEnter)
	if s := plain(a); strings.Count(s, want) < 1 || strings.Contains(s, "Tabs  ") {
		t.Errorf("the speaker's page lacks %q:\n%s", want, s)
	}
}

// None is said one way wherever quotations are counted: the list said
// "0 quotes" where the people index and the welcome said "no quotations";
// and the welcome said "0 named speakers".
func TestNoQuotationsSaidOneWay(t *testing.T) {
	art, err := articles.Parse("2026-01-01-quiet.txt", []byte("Quiet harbour\nThe ferry from Calder left on time, as Ada Holm expected.\n"))
	if err != nil {
		t.Fatal(err)
	}
	analysis.Analyze(art)
	a := drive(t, New(model.NewLibrary([]*model.Article{art}), nil), tea.WindowSizeMsg{Width: 120, Height: 30})
	for name, s := range map[string]string{
		"list":         plain(a),
		"people index": plain(drive(t, a, runeKey('p'))),
		"welcome":      librarySummary(a.lib, a.progress),
	} {
		if !strings.Contains(s, "no quotations") || strings.Contains(s, "0 quot") {
			t.Errorf("the %s does not say \"no quotations\":\n%s", name, s)
		}
	}
	// and no speakers as none: the welcome said "0 named speakers"
	if s := librarySummary(a.lib, a.progress); !strings.Contains(s, "no named speakers") || strings.Contains(s, "0 named") {
		t.Errorf("the welcome does not say \"no named speakers\": %s", s)
	}
}

// The meta line keeps its counts whole when it is too long: the source's
// name gives way first (cut short, then left out with its unread count),
// then the date, then the section, then the counts, the last first, each
// whole or not at all. "14…" cut the counts off at 120 columns.
func TestMetaGivesWayToCounts(t *testing.T) {
	m := metaParts{section: "Politics", date: "2026-11-12", source: "The Anselm Ledger",
		counts: []string{"14 quotes", "6 speakers"}}
	unread := m
	unread.unread = " (2 unread)"
	note := metaParts{date: "2026-01-01", source: "kessary-post", counts: []string{"reading…"}}
	cases := []struct {
		m    metaParts
		w    int
		want string
	}{
		{m, 80, "Politics · 2026-11-12 · The Anselm Ledger · 14 quotes · 6 speakers"},
		{m, 66, "Politics · 2026-11-12 · The Anselm Ledger · 14 quotes · 6 speakers"},
		{m, 65, "Politics · 2026-11-12 · The Anselm Ledg… · 14 quotes · 6 speakers"},
		{m, 57, "Politics · 2026-11-12 · The Ans… · 14 quotes · 6 speakers"},
		{m, 56, "Politics · 2026-11-12 · 14 quotes · 6 speakers"}, // less than 8 of the name says nothing
		{m, 46, "Politics · 2026-11-12 · 14 quotes · 6 speakers"},
		{m, 45, "Politics · 14 quotes · 6 speakers"},
		{m, 33, "Politics · 14 quotes · 6 speakers"},
		{m, 32, "14 quotes · 6 speakers"}, // a section of 8 cells is whole or left out
		{m, 29, "14 quotes · 6 speakers"},
		{m, 22, "14 quotes · 6 speakers"},
		{m, 21, "Politics · 14 quotes"}, // the speakers go: what else fits comes back
		{m, 19, "14 quotes"},
		{m, 9, "14 quotes"},
		{m, 8, "Politics"}, // never "14 quo…"
		{m, 7, ""},
		{m, 0, ""},
		{unread, 79, "Politics · 2026-11-12 · The Anselm Ledger (2 unread) · 14 quotes · 6 speakers"},
		{unread, 70, "Politics · 2026-11-12 · The Ansel… (2 unread) · 14 quotes · 6 speakers"},
		{unread, 60, "Politics · 2026-11-12 · 14 quotes · 6 speakers"},
		{note, 40, "2026-01-01 · kessary-post · reading…"},
		{note, 35, "2026-01-01 · kessary-po… · reading…"},
		{note, 30, "2026-01-01 · reading…"},
		{note, 12, "reading…"},
		{metaParts{section: "Politics", date: "2026-11-12", source: "The Anselm Ledger"}, 32, "Politics · 2026-11-12 · The Ans…"},
		{metaParts{section: "Politics", date: "2026-11-12", source: "The Anselm Ledger"}, 21, "Politics · 2026-11-12"},
		{metaParts{section: "Politics", date: "2026-11-12", source: "The Anselm Ledger"}, 20, "Politics"},
		{metaParts{}, 20, ""},
	}
	for _, c := range cases {
		if got := c.m.fit(c.w); got != c.want {
			t.Errorf("%+v in %d: %q, want %q", c.m, c.w, got, c.want)
		}
	}
}

// In the list as drawn, on the bundled articles at every width from 16 to
// 240 columns, each count under a headline is whole or absent, both are
// there whenever they fit on their own, and no line is wider than the list.
func TestListMetaKeepsCountsWhole(t *testing.T) {
	arts, probs := articles.LoadFS(articles.Bundled())
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	for _, art := range arts {
		analysis.Analyze(art)
	}
	a := New(model.NewLibrary(arts), nil)
	cut := false
	for w := 16; w <= 240; w += 3 {
		a = drive(t, a, tea.WindowSizeMsg{Width: w, Height: 40})
		l := a.list.list
		d := articleDelegate{st: a.st, focused: true, unread: a.list.unreadBy}
		for i, item := range l.Items() {
			it := item.(*articleItem)
			var b strings.Builder
			d.Render(&b, l, i, it)
			lines := strings.Split(ansi.Strip(b.String()), "\n")
			meta := strings.TrimPrefix(strings.TrimPrefix(metaRow(lines), "│ "), "  ")
			for _, line := range lines {
				if ansi.StringWidth(line) > l.Width() {
					t.Errorf("width %d: %q is wider than the list (%d)", w, line, l.Width())
				}
			}
			counts := []string{quoteCount(it.quotes)}
			if it.speakers > 0 {
				counts = append(counts, plural(it.speakers, "speaker", "speakers"))
			}
			parts := strings.Split(meta, " · ")
			for _, p := range parts {
				if p != "" && p[0] >= '0' && p[0] <= '9' && !slices.Contains(counts, p) && p != it.date {
					t.Errorf("width %d: %q has a cut count %q", w, meta, p)
				}
			}
			whole := strings.Join(counts, " · ")
			if ansi.StringWidth(whole) <= l.Width()-2 && !strings.HasSuffix(meta, whole) {
				t.Errorf("width %d (list %d): %q lacks %q", w, l.Width(), meta, whole)
			}
			cut = cut || strings.Contains(meta, "…")
		}
	}
	if !cut {
		t.Error("fixture: no line was cut short at any width")
	}
}

// A file not yet read is listed by its name on one line, cut with an
// ellipsis: it was wrapped like a headline, and having no spaces was split
// mid-word ("2026-01-01-the-aztec-capital-t" over "enochtitlan…").
func TestListCutsTheFileName(t *testing.T) {
	const name = "2026-01-01-the-aztec-capital-tenochtitlan-and-the-rise-and-fall-of-the-mexica"
	src := unreadSource{newHeaderSource(t, 1)}
	src.heads[0].Path = "library/" + name + ".txt"
	a := NewFromSource(src, nil)
	for _, w := range []int{30, 60, 80, 120, 200} {
		a = drive(t, a, tea.WindowSizeMsg{Width: w, Height: 24})
		l := a.list.list
		var b strings.Builder
		articleDelegate{st: a.st}.Render(&b, l, 0, l.Items()[0])
		lines := strings.Split(ansi.Strip(b.String()), "\n")
		title := strings.TrimPrefix(lines[0], "│ ")
		if len(lines) != 2 || !strings.Contains(lines[1], "reading…") {
			t.Errorf("width %d: not the name on one line, then the note:\n%s", w, strings.Join(lines, "\n"))
		}
		if title != name && (!strings.HasSuffix(title, "…") || !strings.HasPrefix(name, strings.TrimSuffix(title, "…"))) {
			t.Errorf("width %d: the name reads %q", w, title)
		}
	}
}

// unreadSource is a library none of whose files has been read yet.
type unreadSource struct{ headerSource }

func (s unreadSource) Article(int) (model.Header, bool, error) { return model.Header{}, false, nil }
func (s unreadSource) Progress() model.Progress                { return model.Progress{Total: s.Len()} }

// metaRow is the meta line of an item drawn by the delegate: its last
// line with text.
func metaRow(lines []string) string {
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			return lines[i]
		}
	}
	return ""
}

// A filter typed fast shows what the whole word finds, whatever order its
// results come back in: bubbles' list filters in a command for each
// letter, and those run at once, so the results for "f" could come after
// those for "ferry" and stay (a tmux session sending "port" showed all 15
// bundled articles under it, the word finding 14).
func TestFilterResultsInAnyOrder(t *testing.T) {
	for _, accept := range []bool{false, true} {
		a := drive(t, newTestApp(t, 80, 24), runeKey('/'))
		var cmds []tea.Cmd
		for _, r := range "ferry" {
			m, cmd := a.Update(runeKey(r))
			a, cmds = m.(App), append(cmds, cmd)
		}
		if accept {
			m, cmd := a.Update(keyEnter)
			a, cmds = m.(App), append(cmds, cmd)
		}
		// the last letter's results first, the first letter's last
		for i := len(cmds) - 1; i >= 0; i-- {
			a = drive(t, a, runCmd(cmds[i])...)
		}
		items := a.list.list.VisibleItems()
		if len(items) != 1 || !strings.Contains(items[0].(*articleItem).title, "Ferry fares") {
			t.Errorf("accept %v: %d articles under \"ferry\":\n%s", accept, len(items), plain(a))
		}
	}
}

// The people index takes a fast-typed filter's results in any order too.
func TestPeopleFilterResultsInAnyOrder(t *testing.T) {
	a := drive(t, newTestApp(t, 100, 30), runeKey('p'), runeKey('/'))
	var cmds []tea.Cmd
	for _, r := range "tom" {
		m, cmd := a.Update(runeKey(r))
		a, cmds = m.(App), append(cmds, cmd)
	}
	for i := len(cmds) - 1; i >= 0; i-- {
		a = drive(t, a, runCmd(cmds[i])...)
	}
	items := a.people.list.VisibleItems()
	if len(items) != 1 || items[0].(*entityItem).name != "Tom Brady-Fenn" {
		t.Errorf("%d people under \"tom\":\n%s", len(items), plain(a))
	}
}

// A row whose headline takes one line is a line shorter, with no blank
// line under it before the next row's gap; the list still pages by the
// taller row, so with rows of both heights every page holds as many
// articles as the count of pages says, and the chosen row is on screen
// whichever key brought it there.
func TestRowsOfTwoHeights(t *testing.T) {
	const n = 23
	src := newHeaderSource(t, n)
	for i, h := range src.heads {
		if i%3 == 0 {
			h.Title = fmt.Sprintf("Short %d", i)
		} else {
			h.Title = fmt.Sprintf("A headline long enough to take two lines of the list at every width tried here, number %d", i)
		}
	}
	for _, sz := range [][2]int{{120, 40}, {80, 24}, {60, 17}, {40, 15}} {
		a := NewFromSource(src, nil)
		a = drive(t, a, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		per := a.list.list.Paginator.PerPage
		pages := (n + per - 1) / per
		check := func(how string) {
			t.Helper()
			s := plain(a)
			lines := strings.Split(s, "\n")
			if len(lines) != sz[1] {
				t.Fatalf("%dx%d %s: %d lines", sz[0], sz[1], how, len(lines))
			}
			chosen, first, last := -1, -1, -1
			for i, l := range lines[:len(lines)-1] {
				l = ansi.Truncate(l, a.list.list.Width(), "")
				if strings.HasPrefix(l, "│ ") && chosen < 0 {
					chosen = i
				}
				if strings.Contains(l, "Short") || strings.Contains(l, "A headline") {
					if first < 0 {
						first = i
					}
					last = i
				}
			}
			if chosen < 0 {
				t.Errorf("%dx%d %s: the chosen row is off screen:\n%s", sz[0], sz[1], how, s)
				return
			}
			// between the first headline and the last meta line, gaps of one line
			for i := first; i < min(last+2, len(lines)-1); i++ {
				blank := func(j int) bool { return strings.TrimSpace(ansi.Truncate(lines[j], a.list.list.Width(), "")) == "" }
				if blank(i) && blank(i+1) && i+1 <= last {
					t.Errorf("%dx%d %s: two blank lines between rows at line %d:\n%s", sz[0], sz[1], how, i, s)
					return
				}
			}
			page := a.list.list.Index()/per + 1
			if want := fmt.Sprintf("%d/%d", page, pages); !strings.Contains(s, want) {
				t.Errorf("%dx%d %s: no page count %s:\n%s", sz[0], sz[1], how, want, s)
			}
		}
		check("at first")
		for i := 1; i < n; i++ {
			a = drive(t, a, keyDown)
			check(fmt.Sprintf("after %d down", i))
		}
		for i := 0; i < pages; i++ {
			a = drive(t, a, runeKey('b'))
			check(fmt.Sprintf("after %d page up", i+1))
		}
		for i := 0; i < pages; i++ {
			a = drive(t, a, tea.KeyPressMsg{Code: tea.KeyPgDown})
			check(fmt.Sprintf("after %d page down", i+1))
		}
	}
}
