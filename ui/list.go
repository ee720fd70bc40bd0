package ui

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/model"
)

// articleItem is an article in the list. Counting is done once, when the
// list is built, never while drawing.
type articleItem struct {
	idx      int
	title    string // sanitised
	meta     string // sanitised: section · date · quotations · speakers
	filterOn string
}

func (i articleItem) FilterValue() string { return i.filterOn }

func newArticleItem(idx int, a *model.Article) articleItem {
	speech := 0
	for _, q := range a.Quotes {
		if q.Speech {
			speech++
		}
	}
	var parts []string
	for _, s := range []string{a.Section, a.Date} {
		if s = strings.TrimSpace(sanitizeLine(s)); s != "" {
			parts = append(parts, s)
		}
	}
	parts = append(parts, plural(speech, "quote", "quotes"))
	if n := len(a.Speakers()); n > 0 {
		parts = append(parts, plural(n, "speaker", "speakers"))
	}
	title := strings.TrimSpace(sanitizeLine(a.Title))
	return articleItem{idx: idx, title: title, meta: strings.Join(parts, " · "),
		filterOn: title + " " + sanitizeLine(a.Section)}
}

// articleDelegate draws an article as two lines: headline, then section,
// date and counts.
type articleDelegate struct {
	st      *Styles
	focused *bool
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
	if index == m.Index() {
		marker = d.st.StatusKey.Render("│ ")
		if d.focused == nil || *d.focused {
			title, meta = d.st.ItemSelected, d.st.ItemSelectedMeta
		} else {
			title = d.st.Strong
		}
	}
	fmt.Fprintf(w, "%s%s\n%s%s", marker, title.Render(truncate(it.title, width)), marker, meta.Render(truncate(it.meta, width)))
}

// listPane is the list of articles: bubbles' list with our delegate,
// newest first.
type listPane struct {
	keys    *keyMap
	st      *Styles
	list    list.Model
	focused *bool
}

func newListPane(lib *model.Library, st *Styles, keys *keyMap) listPane {
	order := make([]int, len(lib.Articles))
	for i := range order {
		order[i] = i
	}
	// newest first; undated articles after the dated ones, in load order
	sort.SliceStable(order, func(i, j int) bool {
		di, dj := lib.Articles[order[i]].Date, lib.Articles[order[j]].Date
		if (di == "") != (dj == "") {
			return di != ""
		}
		return di > dj
	})
	items := make([]list.Item, len(order))
	for i, ai := range order {
		items[i] = newArticleItem(ai, lib.Articles[ai])
	}
	focused := true
	l := list.New(items, articleDelegate{st: st, focused: &focused}, 0, 0)
	l.Title = "byline"
	l.SetShowHelp(false)
	l.DisableQuitKeybindings()
	l.SetStatusBarItemName("article", "articles")
	p := listPane{keys: keys, st: st, list: l, focused: &focused}
	p.restyle()
	return p
}

// restyle takes the list's colours from Styles.
func (p *listPane) restyle() {
	s := p.st.ListBase
	s.Title = s.Title.Background(nil).Padding(0).Inherit(p.st.ListTitle)
	p.list.Styles = s
}

func (p *listPane) setSize(w, h int) { p.list.SetSize(max(w, 0), max(h, 0)) }

func (p *listPane) setFocused(f bool) { *p.focused = f }

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
		short: []key.Binding{k.Down, k.Open, k.Filter, k.Help, k.Quit},
		full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Open, k.Filter}, k.globalKeys()},
	}
}
