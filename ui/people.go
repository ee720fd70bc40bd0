package ui

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/model"
)

// entityKind is the tab of the people index: people, or everything else.
type entityKind int

const (
	kindPeople entityKind = iota
	kindOthers
)

func (k entityKind) String() string { return [...]string{"people", "places and organisations"}[k] }

// entityItem is a row of the people index.
type entityItem struct {
	id, name string
	typ      model.EntityType
	quotes   int
	articles int
	aliases  string // the other names it goes by, for the filter
}

func (e *entityItem) FilterValue() string { return e.name + " " + e.aliases }

// entityDelegate draws an entity on one line: the name, then what the
// library holds of it, in columns as wide as the largest counts of the tab.
type entityDelegate struct {
	st   *Styles
	cols countColumns
}

// countColumns are the widths of the columns of counts in a tab of the
// people index, so that the counts of every row stand under each other.
type countColumns struct{ quotes, articles, kind int }

// minName is the least of a name the people index shows beside the
// counts; on a window too narrow for that the name is shown alone.
const minName = 16

func (d entityDelegate) Height() int                         { return 1 }
func (d entityDelegate) Spacing() int                        { return 0 }
func (d entityDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// countWord is n and its noun, the number right-aligned in w cells and
// the singular padded to the plural's width.
func countWord(n, w int, one, many string) string {
	num, noun := fmt.Sprint(n), many
	if n == 0 && many == "quotations" {
		num = "no" // noQuotations
	}
	if n == 1 {
		noun = one + strings.Repeat(" ", len(many)-len(one))
	}
	return strings.Repeat(" ", max(0, w-len(num))) + num + " " + noun
}

// counts is what the index says of e: quotations and articles for a
// person, the kind and articles for the rest.
func (c countColumns) counts(e *entityItem) string {
	arts := countWord(e.articles, c.articles, "article", "articles")
	if e.typ == model.Person {
		return countWord(e.quotes, c.quotes, "quotation", "quotations") + " · " + arts
	}
	k := typeName(e.typ)
	return k + strings.Repeat(" ", max(0, c.kind-len(k))) + " · " + arts
}

// columnsFor measures the counts of a tab's rows.
func columnsFor(items []list.Item) countColumns {
	c := countColumns{quotes: 1, articles: 1}
	for _, it := range items {
		e := it.(*entityItem)
		if e.quotes == 0 {
			c.quotes = max(c.quotes, 2) // "no"
		}
		c.quotes = max(c.quotes, len(fmt.Sprint(e.quotes)))
		c.articles = max(c.articles, len(fmt.Sprint(e.articles)))
		c.kind = max(c.kind, len(typeName(e.typ)))
	}
	return c
}

func (d entityDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	e, ok := item.(*entityItem)
	if !ok {
		return
	}
	// the singular's padding at the end keeps the columns before it
	counts := d.cols.counts(e)
	width := max(1, m.Width()-2)
	marker, name := "  ", d.st.ItemTitle
	if index == m.Index() {
		marker, name = d.st.StatusKey.Render("│ "), d.st.ItemSelected
	}
	full := sanitizeLine(e.name)
	nameW := width - ansi.StringWidth(counts) - 2
	if nameW < min(ansi.StringWidth(full), minName) {
		// too narrow for the name and the counts: the name comes first
		fmt.Fprint(w, marker+name.Render(truncate(full, width)))
		return
	}
	n := truncate(full, nameW)
	gap := max(1, width-ansi.StringWidth(n)-ansi.StringWidth(counts))
	fmt.Fprint(w, marker+name.Render(n)+strings.Repeat(" ", gap)+d.st.ItemMeta.Render(counts))
}

// peoplePage is the index of everyone the library quotes or mentions,
// most quoted first, with a second tab for places and organisations.
type peoplePage struct {
	keys  *keyMap
	st    *Styles
	kind  entityKind
	items [2][]list.Item
	list  list.Model
	// indexing is set while the library is still being analysed, so
	// that the title says the counts may grow
	indexing bool
	// filterSeq numbers the filterings typed (filterDoneMsg): only the
	// results of the last are taken
	filterSeq int
}

// newPeoplePage indexes the library's entities, with the quotations and
// articles the library counts for each.
func newPeoplePage(lib *model.Library, kind entityKind, indexing bool, st *Styles, keys *keyMap) peoplePage {
	p := peoplePage{keys: keys, st: st, kind: kind, indexing: indexing}
	var rows [2][]*entityItem
	for _, e := range lib.Entities() {
		it := &entityItem{id: e.ID, name: e.Name, typ: e.Type, quotes: e.Quotes, articles: len(e.Mentions)}
		if len(e.Aliases) > 1 {
			it.aliases = strings.Join(e.Aliases[1:], " ")
		}
		k := kindOthers
		if e.Type == model.Person {
			k = kindPeople
		}
		rows[k] = append(rows[k], it)
	}
	for k := range rows {
		sort.SliceStable(rows[k], func(i, j int) bool {
			a, b := rows[k][i], rows[k][j]
			// people most quoted first; places and organisations, whose
			// rows show no quotations, most mentioned first
			if k == int(kindPeople) && a.quotes != b.quotes {
				return a.quotes > b.quotes
			}
			if a.articles != b.articles {
				return a.articles > b.articles
			}
			if a.quotes != b.quotes {
				return a.quotes > b.quotes
			}
			return a.name < b.name
		})
		for _, it := range rows[k] {
			p.items[k] = append(p.items[k], it)
		}
	}
	l := list.New(nil, entityDelegate{st: st}, 0, 0)
	l.Paginator.Type = paginator.Arabic
	l.SetShowHelp(false)
	l.KeyMap = keys.listKeys()
	l.Filter = filterArticles
	l.Styles = st.ListBase
	l.Styles.Title = st.ListTitle
	p.list = l
	p.setKind(kind)
	return p
}

// setKind shows the people, or the places and organisations.
func (p *peoplePage) setKind(k entityKind) {
	p.kind = k
	p.list.ResetFilter()
	p.list.SetItems(p.items[k])
	p.list.SetDelegate(entityDelegate{st: p.st, cols: columnsFor(p.items[k])})
	p.list.Select(0)
	if k == kindPeople {
		p.list.Title = "People"
		p.list.SetStatusBarItemName("person", "people")
	} else {
		p.list.Title = "Places and organisations"
		p.list.SetStatusBarItemName("entry", "entries")
	}
	if p.indexing {
		p.list.Title += " (so far: still indexing)"
	}
}

func (p *peoplePage) setSize(w, h int) { p.list.SetSize(max(w, 0), max(h, 0)) }

// sized is a copy of the index at a new size (nil for an index never
// opened); the one it was copied from is left as it was.
func (p *peoplePage) sized(w, h int) *peoplePage {
	if p == nil || (p.list.Width() == max(w, 0) && p.list.Height() == max(h, 0)) {
		return p
	}
	np := *p
	np.setSize(w, h)
	return &np
}

// setStyles draws the index with new styles.
func (p *peoplePage) setStyles(st *Styles) {
	p.st = st
	p.list.Styles = st.ListBase
	p.list.Styles.Title = st.ListTitle
	p.list.SetDelegate(entityDelegate{st: st, cols: columnsFor(p.items[p.kind])})
}

// capturesKey reports whether the index must have a key before the root
// sees it: every key while a filter is typed, and esc while one is on.
func (p *peoplePage) capturesKey(msg tea.KeyPressMsg) bool {
	return p.list.FilterState() == list.Filtering || (p.list.IsFiltered() && key.Matches(msg, p.list.KeyMap.ClearFilter))
}

func (p peoplePage) Update(msg tea.Msg) (peoplePage, tea.Cmd) {
	if m, ok := msg.(tea.KeyPressMsg); ok && p.list.FilterState() != list.Filtering {
		switch {
		case key.Matches(m, p.keys.Open):
			if e, ok := p.list.SelectedItem().(*entityItem); ok {
				return p, send(openEntityMsg{ID: e.id})
			}
			return p, nil
		case key.Matches(m, p.keys.Kind):
			p.setKind(1 - p.kind)
			return p, nil
		case key.Matches(m, p.keys.HalfDown, p.keys.HalfUp):
			moveCursor(&p.list, max(1, p.list.Paginator.PerPage/2), key.Matches(m, p.keys.HalfDown))
			return p, nil
		}
	}
	if m, ok := msg.(tea.MouseWheelMsg); ok {
		moveCursor(&p.list, max(1, abs(wheelLines(m))), wheelLines(m) >= 0)
		return p, nil
	}
	if m, ok := msg.(filterDoneMsg); ok {
		if m.seq == p.filterSeq {
			p.list, _ = p.list.Update(m.matches)
			recountPages(&p.list)
		}
		return p, nil
	}
	// a filter cleared or cancelled leaves the cursor on the entry it was
	// on, as in the list of articles
	chosen, filtered := p.list.SelectedItem(), p.list.FilterState() != list.Unfiltered
	term := p.list.FilterInput.Value()
	var cmd tea.Cmd
	p.list, cmd = p.list.Update(msg)
	if _, ok := msg.(list.FilterMatchesMsg); ok {
		recountPages(&p.list)
	}
	if p.list.FilterInput.Value() != term {
		p.filterSeq++
		cmd = tagFilterResults(cmd, pagePeople, p.filterSeq)
	}
	if filtered && p.list.FilterState() == list.Unfiltered && chosen != nil {
		for i, it := range p.list.VisibleItems() {
			if it == chosen {
				p.list.Select(i)
				break
			}
		}
	}
	return p, cmd
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func (p peoplePage) View() string { return p.list.View() }

func (p peoplePage) help() paneHelp {
	k := *p.keys
	if p.list.FilterState() == list.Filtering {
		lk := p.list.KeyMap
		return paneHelp{short: []key.Binding{lk.AcceptWhileFiltering, lk.CancelWhileFiltering}}
	}
	k.Open.SetHelp("enter", "open")
	if p.kind == kindPeople {
		k.Kind.SetHelp("tab", "places and organisations")
	} else {
		k.Kind.SetHelp("tab", "people")
	}
	clear := p.list.KeyMap.ClearFilter
	clear.SetEnabled(p.list.IsFiltered())
	people := k.People
	people.SetEnabled(false)
	return paneHelp{
		short: []key.Binding{k.Down, k.Open, k.Kind, k.Filter, clear, k.Back, k.Help, k.Quit},
		full: [][]key.Binding{k.scrollKeys(), {k.Open, k.Kind, k.Filter, clear},
			{people, k.Back, k.Forward, k.List, k.Help, k.Quit}},
	}
}
