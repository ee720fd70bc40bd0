package ui

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"path/filepath"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
)

// articleItem is an article in the list. Counting is done once, when the
// item is made, never while drawing.
type articleItem struct {
	idx      int
	title    string // sanitised
	meta     string // sanitised: section · date · quotations · speakers
	date     string
	filterOn string
	unread   bool
}

func (i articleItem) FilterValue() string { return i.filterOn }

// itemState is how much the list knew of an article when it made its item.
type itemState uint8

const (
	knownPath itemState = iota
	knownHeader
	knownAnalysis
	knownError
)

// newArticleItem makes the item of article idx from what is known of it.
func newArticleItem(idx int, path string, a *model.Article, analysed bool, err error) (articleItem, itemState) {
	if a == nil {
		base := path[strings.LastIndexAny(path, `/\`)+1:]
		title := strings.TrimSuffix(base, filepath.Ext(base))
		date, _ := articles.FromName(base)
		it := articleItem{idx: idx, title: sanitizeLine(title), date: date, filterOn: sanitizeLine(title)}
		if err != nil {
			it.meta = "cannot be read: " + sanitizeLine(err.Error())
			return it, knownError
		}
		it.meta = "reading…"
		return it, knownPath
	}
	var parts []string
	for _, s := range []string{a.Section, a.Date} {
		if s = strings.TrimSpace(sanitizeLine(s)); s != "" {
			parts = append(parts, s)
		}
	}
	state := knownHeader
	if analysed {
		state = knownAnalysis
		speech := 0
		for _, q := range a.Quotes {
			if q.Speech {
				speech++
			}
		}
		parts = append(parts, plural(speech, "quote", "quotes"))
		if n := len(a.Speakers()); n > 0 {
			parts = append(parts, plural(n, "speaker", "speakers"))
		}
	}
	title := strings.TrimSpace(sanitizeLine(a.Title))
	return articleItem{idx: idx, title: title, meta: strings.Join(parts, " · "), date: a.Date,
		filterOn: title + " " + sanitizeLine(a.Section)}, state
}

// articleDelegate draws an article as two lines: headline, then section,
// date and counts.
type articleDelegate struct {
	st      Styles
	focused bool // the list has the keyboard: the chosen row in the accent colour
}

func (d articleDelegate) Height() int                         { return 2 }
func (d articleDelegate) Spacing() int                        { return 1 }
func (d articleDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d articleDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	it, ok := item.(articleItem)
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
	fmt.Fprintf(w, "%s%s\n%s%s", marker, title.Render(truncate(it.title, width)), marker, meta.Render(truncate(it.meta, width)))
}

// listPane is the list of articles: bubbles' list with our delegate,
// newest first. Items are remade only for the articles the source has
// news of, so a large library costs nothing per keypress.
type listPane struct {
	keys    *keyMap
	st      Styles
	list    list.Model
	focused bool

	src    Source
	items  []articleItem // by article index
	state  []itemState
	order  []int // article indices in list order
	sorted bool  // ordered by the dates read from the files, not from their names
}

func newListPane(src Source, st Styles, keys *keyMap) listPane {
	n := src.Len()
	p := listPane{keys: keys, st: st, focused: true, src: src,
		items: make([]articleItem, n), state: make([]itemState, n)}
	for i := 0; i < n; i++ {
		a, analysed, err := src.Article(i)
		p.items[i], p.state[i] = newArticleItem(i, src.Path(i), a, analysed, err)
		p.items[i].unread = p.unread(i)
	}
	p.sortItems()
	// the items go in last, after page numbers replace the dots: a dot per
	// page is a long string to build on every change in a large library
	l := list.New(nil, articleDelegate{st: st, focused: true}, 0, 0)
	l.Paginator.Type = paginator.Arabic
	l.Title = "byline"
	l.SetShowHelp(false)
	l.DisableQuitKeybindings()
	l.SetStatusBarItemName("article", "articles")
	l.SetItems(p.ordered())
	p.list = l
	p.setStyles(st)
	return p
}

// sortItems puts the newest first; undated articles after the dated ones,
// in load order.
func (p *listPane) sortItems() {
	p.order = make([]int, len(p.items))
	for i := range p.order {
		p.order[i] = i
	}
	sort.SliceStable(p.order, func(i, j int) bool {
		di, dj := p.items[p.order[i]].date, p.items[p.order[j]].date
		if (di == "") != (dj == "") {
			return di != ""
		}
		return di > dj
	})
	p.sorted = p.src.Progress().Read >= len(p.items)
}

func (p *listPane) ordered() []list.Item {
	out := make([]list.Item, len(p.order))
	for i, ai := range p.order {
		out[i] = p.items[ai]
	}
	return out
}

// refresh remakes the items the source knows more of, and puts the list in
// date order once every headline has been read, keeping the selection.
func (p *listPane) refresh() tea.Cmd {
	changed := false
	for i := range p.items {
		if p.state[i] == knownAnalysis || p.state[i] == knownError {
			continue
		}
		a, analysed, err := p.src.Article(i)
		it, st := newArticleItem(i, p.src.Path(i), a, analysed, err)
		it.unread = p.items[i].unread
		if st != p.state[i] {
			p.items[i], p.state[i] = it, st
			changed = true
		}
	}
	if !p.sorted && p.src.Progress().Read >= len(p.items) {
		selected := -1
		if it, ok := p.list.SelectedItem().(articleItem); ok {
			selected = it.idx
		}
		p.sortItems()
		cmd := p.list.SetItems(p.ordered())
		if selected >= 0 {
			p.selectArticle(selected)
		}
		return cmd
	}
	if !changed {
		return nil
	}
	return p.list.SetItems(p.ordered())
}

// unread says whether article i is to be drawn as unread: only a source
// that keeps read marks has unread articles.
func (p *listPane) unread(i int) bool {
	m, ok := p.src.(ReadMarks)
	return ok && m.Unread(i)
}

// markRead marks article i read in the source and draws it so.
func (p *listPane) markRead(i int) tea.Cmd {
	m, ok := p.src.(ReadMarks)
	if !ok || i < 0 || i >= len(p.items) || !p.items[i].unread {
		return nil
	}
	m.MarkRead(i)
	p.items[i].unread = false
	for pos, ai := range p.order {
		if ai == i {
			return p.list.SetItem(pos, p.items[i])
		}
	}
	return nil
}

// setStyles draws the list with new styles.
func (p *listPane) setStyles(st Styles) {
	p.st = st
	s := st.ListBase
	s.Title = st.ListTitle
	p.list.Styles = s
	p.list.SetDelegate(articleDelegate{st: p.st, focused: p.focused})
}

func (p *listPane) setSize(w, h int) { p.list.SetSize(max(w, 0), max(h, 0)) }

// setFocused says whether the list has the keyboard, which changes how its
// chosen row is drawn.
func (p *listPane) setFocused(f bool) {
	if f != p.focused {
		p.focused = f
		p.list.SetDelegate(articleDelegate{st: p.st, focused: f})
	}
}

// filtering reports whether the filter prompt has the keyboard.
func (p listPane) filtering() bool { return p.list.FilterState() == list.Filtering }

func (p listPane) Update(msg tea.Msg) (listPane, tea.Cmd) {
	if m, ok := msg.(tea.KeyPressMsg); ok && !p.filtering() && key.Matches(m, p.keys.Open) {
		if it, ok := p.list.SelectedItem().(articleItem); ok {
			return p, send(openArticleMsg{Article: it.idx, Quote: -1})
		}
		return p, nil
	}
	if m, ok := msg.(tea.MouseWheelMsg); ok {
		switch m.Mouse().Button {
		case tea.MouseWheelUp:
			p.list.CursorUp()
		case tea.MouseWheelDown:
			p.list.CursorDown()
		}
		return p, nil
	}
	var cmd tea.Cmd
	p.list, cmd = p.list.Update(msg)
	return p, cmd
}

// selectArticle moves the list's cursor to an article, when it is shown.
func (p *listPane) selectArticle(idx int) {
	for i, it := range p.list.VisibleItems() {
		if ai, ok := it.(articleItem); ok && ai.idx == idx {
			p.list.Select(i)
			return
		}
	}
}

func (p listPane) View() string { return p.list.View() }

func (p listPane) help() paneHelp {
	k := *p.keys
	if p.filtering() {
		return paneHelp{short: []key.Binding{
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply filter")),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		}}
	}
	k.Open.SetHelp("enter", "read")
	k.Up.SetHelp("↑/k", "previous")
	k.Down.SetHelp("↓/j", "next")
	return paneHelp{
		short: []key.Binding{k.Down, k.Open, k.Filter, k.Refresh, k.Help, k.Quit},
		full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Open, k.Filter, k.Refresh}, k.globalKeys()},
	}
}
