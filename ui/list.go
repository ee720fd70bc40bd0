package ui

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"path/filepath"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
)

// articleItem is an article in the list. It is made for every article,
// so it keeps only what the list needs, as it came: what is drawn is
// cleaned and composed when drawn, for the few rows on screen. Counting is
// done once, when the item is made, never while drawing.
type articleItem struct {
	idx                         int
	title                       string
	section, date, source, note string // note: why it is not yet analysed, or cannot be
	quotes, speakers            int
	analysed                    bool
	// names gives the speakers and every name mentioned, one a line,
	// from the library view that held the analysis when the item was
	// made: asked for when the list is filtered, never kept, as they would
	// be half the list's memory in a large library
	names  *model.Library
	unread bool
	// fileName is set while the title is the file's name, the file not
	// yet read: it is cut on one line, having no spaces to wrap at
	fileName bool
}

// FilterValue is what the filter looks in: headline, section, source and
// date, then a NUL, then the names.
func (i articleItem) FilterValue() string {
	names, _ := i.names.Names(i.idx)
	return i.title + " " + i.section + " " + i.source + " " + i.date + "\x00" + names
}

// meta is the line under the headline, in w cells: section, date, source
// with the unread articles of that source (feedUnread, when any), counts.
// The counts are what the list is scanned for, so when the line is too
// long the rest gives way first (metaParts.fit), and no count is cut.
func (i articleItem) meta(feedUnread map[string]int, w int) string {
	m := metaParts{
		section: strings.TrimSpace(sanitizeLine(i.section)),
		date:    strings.TrimSpace(sanitizeLine(i.date)),
		source:  strings.TrimSpace(sanitizeLine(i.source)),
	}
	if n := feedUnread[m.source]; n > 0 && m.source != "" {
		m.unread = fmt.Sprintf(" (%d unread)", n)
	}
	switch {
	case i.analysed:
		m.counts = append(m.counts, quoteCount(i.quotes))
		if i.speakers > 0 {
			m.counts = append(m.counts, plural(i.speakers, "speaker", "speakers"))
		}
	case i.note != "":
		m.counts = append(m.counts, i.note)
	}
	return m.fit(w)
}

// metaParts is an item's meta line in pieces, cleaned, for fit to join.
type metaParts struct {
	section, date, source string
	unread                string   // " (n unread)" after the source, "" without one
	counts                []string // quotations and speakers, or a note
}

// minPart is the least of a section or source name that is shown cut
// short: less says nothing, and the part is left out instead.
const minPart = 8

// fit joins the parts with " · " in w cells. What does not fit gives way
// in this order: the source name is cut short, then left out (with its
// unread count); then the date; then the section is cut short, then left
// out; then the counts, the last first, each whole or not at all.
func (m metaParts) fit(w int) string {
	const sep = " · "
	join := func(parts ...string) string {
		var out []string
		for _, p := range parts {
			if p != "" {
				out = append(out, p)
			}
		}
		return strings.Join(out, sep)
	}
	// cut is part cut short to leave the rest room in w cells, or "" when
	// that leaves less than minPart of it
	cut := func(part, suffix, rest string) string {
		room := w - ansi.StringWidth(rest) - ansi.StringWidth(suffix)
		if rest != "" {
			room -= ansi.StringWidth(sep)
		}
		if room < min(minPart, ansi.StringWidth(part)) {
			return ""
		}
		return truncate(part, room) + suffix
	}
	counts := m.counts
	for {
		tail := join(counts...)
		for _, line := range []string{
			join(m.section, m.date, m.source+m.unread, tail),
			join(m.section, m.date, cut(m.source, m.unread, join(m.section, m.date, tail)), tail),
			join(m.section, m.date, tail),
			join(m.section, tail),
			join(cut(m.section, "", tail), tail),
			tail,
		} {
			if line != "" && ansi.StringWidth(line) <= w || line == tail && len(counts) == 0 {
				return line
			}
		}
		counts = counts[:len(counts)-1]
	}
}

// quoteCount is how many quotations an article has, said briefly; none
// is said as the people index and the help say it.
func quoteCount(n int) string {
	if n == 0 {
		return noQuotations
	}
	return plural(n, "quote", "quotes")
}

// itemState is how much the list knew of an article when it made its item.
type itemState uint8

const (
	knownPath itemState = iota
	knownHeader
	knownAnalysis
	knownError
)

// newArticleItem makes the item of article idx from what is known of it.
func newArticleItem(idx int, path string, a model.Header, analysed bool, err error, lib *model.Library) (articleItem, itemState) {
	if a == (model.Header{}) || err != nil {
		base := path[strings.LastIndexAny(path, `/\`)+1:]
		// the name's date puts the list in date order before any file is read
		date, source := articles.FromName(base)
		it := articleItem{idx: idx, title: strings.TrimSuffix(base, filepath.Ext(base)), date: date, source: source, fileName: true}
		if err != nil {
			it.note = "cannot be read: " + err.Error()
			return it, knownError
		}
		it.note = "reading…"
		return it, knownPath
	}
	it := articleItem{idx: idx, title: strings.TrimSpace(a.Title), section: a.Section, date: a.Date, source: a.Source}
	if !analysed {
		return it, knownHeader
	}
	it.analysed, it.quotes, it.speakers = true, a.Quotes, a.Speakers
	// the names come from the library, which may not hold the analysis yet:
	// until it does, the item is made again at the next refresh
	if !lib.Holds(idx) {
		return it, knownHeader
	}
	it.names = lib
	return it, knownAnalysis
}

// filterArticles is the list's filter: articles whose headline, section,
// source, date, speakers or names hold the words as typed come first, in
// list order; then those whose headline, section, source or date match
// them loosely (the letters in order), best first. Loose matching leaves
// the names out: among hundreds of names almost any letters are in order.
//
// Both sides are compared composed: a file may write "João" as a + tilde
// and the keyboard types ã, or the other way.
func filterArticles(term string, targets []string) []list.Rank {
	t := strings.ToLower(composed(strings.TrimSpace(term)))
	var ranks []list.Rank
	var rest []int
	for i, s := range targets {
		if strings.Contains(strings.ToLower(composed(s)), t) {
			ranks = append(ranks, list.Rank{Index: i})
		} else {
			rest = append(rest, i)
		}
	}
	heads := make([]string, len(rest))
	for j, i := range rest {
		heads[j], _, _ = strings.Cut(composed(targets[i]), "\x00")
	}
	for _, r := range list.DefaultFilter(t, heads) {
		ranks = append(ranks, list.Rank{Index: rest[r.Index], MatchedIndexes: r.MatchedIndexes})
	}
	return ranks
}

// articleDelegate draws an article as two lines: headline, then section,
// date and counts.
type articleDelegate struct {
	st      *Styles
	focused bool           // the list has the keyboard: the chosen row in the accent colour
	unread  map[string]int // unread articles per source, the list pane's
}

// Height is the tallest row's: the list pages by it.
func (d articleDelegate) Height() int                         { return 3 }
func (d articleDelegate) Spacing() int                        { return 1 }
func (d articleDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render draws the headline on up to two lines, so that it reads whole in
// the common case (a file's name, standing for it, on one), and the
// section, date, source and counts under it.
func (d articleDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	it, ok := item.(*articleItem)
	if !ok {
		return
	}
	width := max(1, m.Width()-2)
	marker, title, meta := "  ", d.st.ItemTitle, d.st.ItemMeta
	if it.unread {
		title = d.st.ItemUnread
	}
	if index == m.Index() {
		marker = d.st.StatusKey.Render("│ ")
		if d.focused {
			title, meta = d.st.ItemSelected, d.st.ItemSelectedMeta
		} else {
			title = d.st.Strong
		}
	}
	lines := []string{truncate(sanitizeLine(it.title), width)}
	if !it.fileName {
		lines = headlineLines(sanitizeLine(it.title), width)
	}
	for _, l := range lines {
		fmt.Fprintf(w, "%s%s\n", marker, title.Render(l))
	}
	// a row with a one-line headline is a line shorter, with no blank
	// line under it: the list counts a page by the taller row (Height),
	// so a page of short rows ends in blank lines rather than showing
	// each row's unused line, and paging stays as it was
	fmt.Fprintf(w, "%s%s", marker, meta.Render(it.meta(d.unread, width)))
}

// headlineLines wraps a headline on one or two lines of w cells, the
// second cut short with an ellipsis when even two are not enough.
func headlineLines(title string, w int) []string {
	if ansi.StringWidth(title) <= w {
		return []string{title}
	}
	cut := ansi.Truncate(title, w, "")
	// back to the last space, unless the cut falls on one: a word that
	// ends at the edge stays on the first line
	if title[len(cut)] != ' ' {
		if i := strings.LastIndexByte(cut, ' '); i > 0 {
			cut = cut[:i]
		}
	}
	return []string{cut, truncate(strings.TrimSpace(title[len(cut):]), w)}
}

// listPane is the list of articles: bubbles' list with our delegate,
// newest first. Items are remade only for the articles the source has
// news of, so a large library costs nothing per keypress.
type listPane struct {
	keys    *keyMap
	st      *Styles
	list    list.Model
	focused bool

	src    Source
	items  []articleItem // by article index
	state  []itemState
	order  []int // article indices in list order
	sorted bool  // ordered by the dates read from the files, not from their names
	// unreadBy counts the unread articles per source (the feed that
	// brought them), for the rows, and unread in all, for the title: kept
	// up as items change, never counted when drawn. The delegate holds the
	// map, which is made once.
	unreadBy map[string]int
	unread   int
	// waiting are the articles analysed whose names the library's
	// snapshot did not yet hold when their items were made: they are
	// looked at again at each refresh, with those the source says changed
	// (Changes)
	waiting []int
	// filterSeq numbers the filterings asked of the list (filterDoneMsg):
	// only the results of the last are taken
	filterSeq int
	// settled is set once the cursor is moved (a key, the wheel, an
	// article opened elsewhere) or the list is first whole and in date
	// order: until then the cursor stays on the newest article while the
	// list fills in; after, on the article it was on
	settled bool
}

func newListPane(src Source, st *Styles, keys *keyMap) listPane {
	n := src.Len()
	p := listPane{keys: keys, st: st, focused: true, src: src,
		items: make([]articleItem, n), state: make([]itemState, n), unreadBy: map[string]int{}}
	if c, ok := src.(Changes); ok {
		c.Changed() // every item is made now: news from before is in it
	}
	lib := src.Library()
	for i := 0; i < n; i++ {
		a, analysed, err := src.Article(i)
		p.items[i], p.state[i] = newArticleItem(i, src.Path(i), a, analysed, err, lib)
		p.items[i].unread = p.isUnread(i)
		p.count(i, 1)
		p.wait(i, analysed)
	}
	p.sortItems()
	p.settled = p.sorted && p.whole()
	// the items go in last, after page numbers replace the dots: a dot per
	// page is a long string to build on every change in a large library
	l := list.New(nil, articleDelegate{st: st, focused: true, unread: p.unreadBy}, 0, 0)
	l.Paginator.Type = paginator.Arabic
	l.Title = "byline"
	l.SetShowHelp(false)
	l.KeyMap = keys.listKeys()
	l.Filter = filterArticles
	l.SetStatusBarItemName("article", "articles")
	l.SetItems(p.ordered())
	p.list = l
	p.setStyles(st)
	p.setTitle()
	return p
}

// grow makes items for the articles the source has gained since the list
// was made (saved by a refresh): they go at the end until their dates are
// read, and then the list is put in date order again.
func (p *listPane) grow() tea.Cmd {
	n := p.src.Len()
	if n <= len(p.items) {
		return nil
	}
	lib := p.src.Library()
	selected := p.selected()
	for i := len(p.items); i < n; i++ {
		a, analysed, err := p.src.Article(i)
		it, st := newArticleItem(i, p.src.Path(i), a, analysed, err, lib)
		it.unread = p.isUnread(i)
		p.items = append(p.items, it)
		p.state = append(p.state, st)
		p.order = append(p.order, i)
		p.count(i, 1)
		p.wait(i, analysed)
	}
	// the items moved in memory: the list is given the new pointers
	p.sorted = false
	cmd := p.setItems()
	p.reselect(selected)
	p.setTitle()
	return cmd
}

// count adds (d = 1) or takes away (d = -1) article i in the unread
// counts, if it is unread and in the list.
func (p *listPane) count(i, d int) {
	if it := &p.items[i]; it.unread && p.state[i] != knownError {
		k := strings.TrimSpace(sanitizeLine(it.source))
		if p.unreadBy[k] += d; p.unreadBy[k] <= 0 {
			delete(p.unreadBy, k)
		}
		p.unread += d
	}
}

// setTitle shows how many articles are unread in the list's title.
func (p *listPane) setTitle() {
	p.list.Title = "byline"
	if p.unread > 0 {
		p.list.Title += " · " + fmt.Sprint(p.unread) + " unread"
	}
}

// sortItems puts the newest first; undated articles after the dated ones,
// in load order.
func (p *listPane) sortItems() {
	// dates are ranked once, then the articles sorted by rank and index
	// packed in one number: several times quicker, on 100,000 articles,
	// than comparing their dates as strings at every step
	rank := map[string]uint64{}
	for i := range p.items {
		rank[p.items[i].date] = 0
	}
	dates := make([]string, 0, len(rank))
	for d := range rank {
		dates = append(dates, d)
	}
	// newest first, the undated ("") last
	slices.SortFunc(dates, func(a, b string) int {
		switch {
		case a == "":
			return 1
		case b == "":
			return -1
		}
		return strings.Compare(b, a)
	})
	for r, d := range dates {
		rank[d] = uint64(r)
	}
	keys := make([]uint64, len(p.items))
	for i := range p.items {
		keys[i] = rank[p.items[i].date]<<32 | uint64(i)
	}
	slices.Sort(keys)
	p.order = make([]int, len(keys))
	for k, key := range keys {
		p.order[k] = int(key & (1<<32 - 1))
	}
	p.sorted = p.src.Progress().Read >= len(p.items)
}

// ordered is the items in list order. Files that could not be read are
// not articles: the status line and the help name them instead.
func (p *listPane) ordered() []list.Item {
	out := make([]list.Item, 0, len(p.order))
	for _, ai := range p.order {
		if p.state[ai] != knownError {
			out = append(out, &p.items[ai]) // a pointer goes into the interface without a copy
		}
	}
	return out
}

// refresh remakes the items the source knows more of (those it says
// changed, when it can say, else every one not yet complete), and puts the
// list in date order once every headline has been read, keeping the
// selection.
func (p *listPane) refresh() tea.Cmd {
	changed, gone := false, false
	lib := p.src.Library()
	remake := func(i int) {
		if i < 0 || i >= len(p.items) || p.state[i] == knownAnalysis || p.state[i] == knownError {
			return
		}
		a, analysed, err := p.src.Article(i)
		it, st := newArticleItem(i, p.src.Path(i), a, analysed, err, lib)
		it.unread = p.items[i].unread
		if st != p.state[i] {
			// a source read from the file replaces the one from its name
			p.count(i, -1)
			p.items[i], p.state[i] = it, st
			p.count(i, 1)
			changed, gone = true, gone || st == knownError
		}
		p.wait(i, analysed)
	}
	if c, ok := p.src.(Changes); ok {
		waiting := p.waiting
		p.waiting = nil
		for _, i := range waiting {
			remake(i)
		}
		for _, i := range c.Changed() {
			remake(i)
		}
	} else {
		p.waiting = nil
		for i := range p.items {
			remake(i)
		}
	}
	if !p.sorted && p.src.Progress().Read >= len(p.items) {
		selected := -1
		if it, ok := p.list.SelectedItem().(*articleItem); ok {
			selected = it.idx
		}
		p.sortItems()
		cmd := p.setItems()
		p.reselect(selected)
		p.settled = p.settled || p.sorted && p.whole()
		if changed {
			p.setTitle()
		}
		return cmd
	}
	if !changed {
		return nil
	}
	p.setTitle()
	if !gone && p.list.FilterState() == list.Unfiltered {
		// the list holds pointers to the items, which were changed in
		// place: a new slice of them, made for every article, would only
		// say the same
		return nil
	}
	selected := p.selected()
	cmd := p.setItems()
	if it, ok := p.list.SelectedItem().(*articleItem); ok && selected >= 0 && it.idx != selected {
		p.selectArticle(selected) // an unreadable file left the list above the selection
	}
	return cmd
}

// wait notes that article i, analysed, is to be looked at again at the
// next refresh, its names not yet in the library's snapshot.
func (p *listPane) wait(i int, analysed bool) {
	if analysed && p.state[i] != knownAnalysis && p.state[i] != knownError {
		p.waiting = append(p.waiting, i)
	}
}

// selected is the index of the highlighted article, -1 for none.
func (p *listPane) selected() int {
	if it, ok := p.list.SelectedItem().(*articleItem); ok {
		return it.idx
	}
	return -1
}

// isUnread says whether article i is to be drawn as unread: only a source
// that keeps read marks has unread articles.
func (p *listPane) isUnread(i int) bool {
	m, ok := p.src.(ReadMarks)
	return ok && m.Unread(i)
}

// markRead marks article i read in the source and draws it so (the list
// holds pointers to the items, so changing the item is enough).
func (p *listPane) markRead(i int) {
	m, ok := p.src.(ReadMarks)
	if !ok || i < 0 || i >= len(p.items) || !p.items[i].unread {
		return
	}
	m.MarkRead(i)
	p.count(i, -1)
	p.items[i].unread = false
	p.setTitle()
}

// setStyles draws the list with new styles.
func (p *listPane) setStyles(st *Styles) {
	p.st = st
	s := st.ListBase
	s.Title = st.ListTitle
	p.list.Styles = s
	p.list.SetDelegate(articleDelegate{st: p.st, focused: p.focused, unread: p.unreadBy})
}

func (p *listPane) setSize(w, h int) { p.list.SetSize(max(w, 0), max(h, 0)) }

// setFocused says whether the list has the keyboard, which changes how its
// chosen row is drawn.
func (p *listPane) setFocused(f bool) {
	if f != p.focused {
		p.focused = f
		p.list.SetDelegate(articleDelegate{st: p.st, focused: f, unread: p.unreadBy})
	}
}

// filtering reports whether the filter prompt has the keyboard.
func (p listPane) filtering() bool { return p.list.FilterState() == list.Filtering }

func (p listPane) Update(msg tea.Msg) (listPane, tea.Cmd) {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.MouseWheelMsg:
		p.settled = true
	}
	if m, ok := msg.(tea.KeyPressMsg); ok && !p.filtering() && key.Matches(m, p.keys.Open) {
		if it, ok := p.list.SelectedItem().(*articleItem); ok {
			return p, send(openArticleMsg{Article: it.idx, Quote: -1})
		}
		return p, nil
	}
	if m, ok := msg.(tea.KeyPressMsg); ok && !p.filtering() && key.Matches(m, p.keys.HalfDown, p.keys.HalfUp) {
		moveCursor(&p.list, max(1, p.list.Paginator.PerPage/2), key.Matches(m, p.keys.HalfDown))
		return p, nil
	}
	if m, ok := msg.(tea.MouseWheelMsg); ok {
		if b := m.Mouse().Button; b == tea.MouseWheelUp || b == tea.MouseWheelDown {
			moveCursor(&p.list, 1, b == tea.MouseWheelDown)
		}
		return p, nil
	}
	if m, ok := msg.(filterDoneMsg); ok {
		if m.seq == p.filterSeq {
			p.list, _ = p.list.Update(m.matches)
			recountPages(&p.list)
		}
		return p, nil
	}
	// a filter cleared or cancelled leaves the cursor on the article it
	// was on, not on whatever article the whole list has at its row
	chosen, filtered := p.selected(), p.list.FilterState() != list.Unfiltered
	term := p.list.FilterInput.Value()
	var cmd tea.Cmd
	p.list, cmd = p.list.Update(msg)
	if _, ok := msg.(list.FilterMatchesMsg); ok {
		recountPages(&p.list)
	}
	if p.list.FilterInput.Value() != term {
		// results still to come for the words as they were are stale
		cmd = p.tagFilter(cmd)
	}
	if filtered && p.list.FilterState() == list.Unfiltered && chosen >= 0 {
		p.selectArticle(chosen)
	}
	return p, cmd
}

// filterDoneMsg is a filter's results for the list of articles or the
// people index (to), with the number of the filtering that asked for
// them. Bubbles' list filters in a command of its own at each letter
// typed and each change of its items; those run at once and their results
// may come back in any order, so that the results for "f" could stand
// under "ferry".
type filterDoneMsg struct {
	to      page
	seq     int
	matches list.FilterMatchesMsg
}

// tagFilter numbers a filtering of the list of articles: the results cmd
// brings, if any, are taken only if no other filtering is asked for
// before they come.
func (p *listPane) tagFilter(cmd tea.Cmd) tea.Cmd {
	p.filterSeq++
	return tagFilterResults(cmd, pageList, p.filterSeq)
}

// setItems gives the list its items in list order; a filter applied to
// it filters them again (a numbered filtering).
func (p *listPane) setItems() tea.Cmd {
	if cmd := p.list.SetItems(p.ordered()); cmd != nil {
		return p.tagFilter(cmd)
	}
	return nil
}

// tagFilterResults is cmd with the filter results it brings, alone or in
// a batch, sent to page to as the filtering numbered seq.
func tagFilterResults(cmd tea.Cmd, to page, seq int) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case list.FilterMatchesMsg:
			return filterDoneMsg{to: to, seq: seq, matches: msg}
		case tea.BatchMsg:
			out := make(tea.BatchMsg, len(msg))
			for i, c := range msg {
				out[i] = tagFilterResults(c, to, seq)
			}
			return out
		default:
			return msg
		}
	}
}

// recountPages counts a list's pages again for the items it shows now.
// Bubbles' list takes in a filter's results without doing so (it counts
// at the next key), so the page count under a filter that found nothing
// still said "1/5"; setting the size it has counts them.
func recountPages(l *list.Model) { l.SetSize(l.Width(), l.Height()) }

// moveCursor moves a list's cursor n rows down, or up.
func moveCursor(l *list.Model, n int, down bool) {
	for range n {
		if down {
			l.CursorDown()
		} else {
			l.CursorUp()
		}
	}
}

// whole reports whether the list has every file of its source, none
// being still to find (an empty list is not yet whole: it has not begun).
func (p *listPane) whole() bool {
	// the walk seen over first: the count after it is the last
	return !p.src.Progress().Scanning && len(p.items) >= p.src.Len() && len(p.items) > 0
}

// reselect puts the cursor back on the article selected before the list
// changed; on the newest while no one has moved it.
func (p *listPane) reselect(selected int) {
	switch {
	case !p.settled:
		p.list.Select(0)
	case selected >= 0:
		p.selectArticle(selected)
	}
}

// choose moves the cursor to an article opened from elsewhere.
func (p *listPane) choose(idx int) {
	p.settled = true
	p.selectArticle(idx)
}

// selectArticle moves the list's cursor to an article, when it is shown.
func (p *listPane) selectArticle(idx int) {
	for i, it := range p.list.VisibleItems() {
		if ai, ok := it.(*articleItem); ok && ai.idx == idx {
			p.list.Select(i)
			return
		}
	}
}

func (p listPane) View() string { return p.list.View() }

// help lists the keys of the list, from the same bindings the list
// itself answers to.
func (p listPane) help() paneHelp {
	k := *p.keys
	if p.filtering() {
		lk := p.list.KeyMap
		return paneHelp{short: []key.Binding{lk.AcceptWhileFiltering, lk.CancelWhileFiltering}}
	}
	k.Open.SetHelp("enter", "read")
	k.Up.SetHelp("↑/k", "previous")
	k.Down.SetHelp("↓/j", "next")
	clear := p.list.KeyMap.ClearFilter
	clear.SetEnabled(p.list.IsFiltered())
	list := k.List
	list.SetEnabled(false) // esc here clears a filter, if any
	return paneHelp{
		short: []key.Binding{k.Down, k.Open, k.Filter, clear, k.Refresh, k.People, k.Help, k.Quit},
		full: [][]key.Binding{k.scrollKeys(), {k.Open, k.Filter, clear, k.Refresh},
			{k.People, k.Back, k.Forward, list, k.Help, k.Quit}},
	}
}
