package ui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/list"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/model"
)

// p opens the people index from anywhere: everyone quoted or mentioned,
// most quoted first, with counts; / filters it, enter opens a page, tab
// switches to places and organisations, backspace comes back.
func TestPeopleIndex(t *testing.T) {
	a := newTestApp(t, 100, 30)
	a = drive(t, a, keyEnter, runeKey('p'))
	if a.focus != pagePeople {
		t.Fatalf("p: focus %v", a.focus)
	}
	s := plain(a)
	contains(t, s, "People", "Marta Quill", "5 quotations · 2 articles", "Tom Brady-Fenn", "2 quotations · 1 article")
	if strings.Index(s, "Marta Quill") > strings.Index(s, "Tom Brady-Fenn") {
		t.Error("the most quoted should come first")
	}
	a = typeKeys(t, a, "/brady")
	a = drive(t, a, keyEnter)
	// the name that holds the letters as typed first, loose matches after
	if items := a.people.list.VisibleItems(); len(items) == 0 || items[0].(*entityItem).name != "Tom Brady-Fenn" {
		t.Fatalf("filter brady: %d rows", len(items))
	}
	a = drive(t, a, keyEnter)
	if a.focus != pageEntity || a.entity.id != "person:tom brady-fenn" {
		t.Fatalf("enter: focus %v entity %q", a.focus, a.entity.id)
	}
	a = drive(t, a, keyBackspace)
	if a.focus != pagePeople {
		t.Fatalf("backspace: focus %v", a.focus)
	}
	a = drive(t, a, keyEsc) // clears the filter
	if a.focus != pagePeople || a.people.list.IsFiltered() {
		t.Fatalf("esc should clear the filter first: focus %v", a.focus)
	}
	a = drive(t, a, keyTab)
	contains(t, plain(a), "Places and organisations", "Eastwick", "Place        · 2 articles", "Organisation · 2 articles")
	if strings.Contains(plain(a), "Marta Quill") {
		t.Error("people on the places tab")
	}
	a = drive(t, a, keyEsc)
	if a.focus != pageList {
		t.Errorf("esc: focus %v, want the list", a.focus)
	}
	// and from the list too
	a = drive(t, a, runeKey('p'))
	if a.focus != pagePeople {
		t.Errorf("p from the list: focus %v", a.focus)
	}
	a = drive(t, a, runeKey('?'))
	contains(t, plain(a), "people")
}

// The counts of the people index stand in columns whatever their number
// of digits; a window too narrow for a name and its counts shows the
// name; places and organisations come most mentioned first, the number
// their rows show.
func TestPeopleIndexColumns(t *testing.T) {
	rows := []list.Item{
		&entityItem{name: "Donald Trump", typ: model.Person, quotes: 689, articles: 508},
		&entityItem{name: "Ben Carson", typ: model.Person, quotes: 79, articles: 59},
		&entityItem{name: "Elin Dahlberg", typ: model.Person, quotes: 1, articles: 1},
		&entityItem{name: "Ann Reed", typ: model.Person, quotes: 0, articles: 3},
	}
	st := NewStyles(true)
	render := func(items []list.Item, width int) []string {
		d := entityDelegate{st: st, cols: columnsFor(items)}
		l := list.New(items, d, width, 20)
		var out []string
		for i, it := range items {
			var b strings.Builder
			d.Render(&b, l, i, it)
			out = append(out, ansi.Strip(b.String()))
		}
		return out
	}
	lines := render(rows, 70)
	dot := -1
	for i, l := range lines {
		at := ansi.StringWidth(l[:strings.Index(l, " · ")])
		if dot == -1 {
			dot = at
		}
		if at != dot {
			t.Errorf("row %d: counts out of column:\n%s", i, strings.Join(lines, "\n"))
			break
		}
	}
	contains(t, strings.Join(lines, "\n"), "689 quotations · 508 articles", " 79 quotations ·  59 articles",
		"  1 quotation  ·   1 article", " no quotations ·   3 articles")
	for i, l := range render(rows, 30) {
		if name := rows[i].(*entityItem).name; !strings.Contains(l, name) {
			t.Errorf("at 30 columns the name %q should show whole: %q", name, l)
		}
	}

	a := newTestApp(t, 100, 30)
	a = drive(t, a, runeKey('p'), keyTab)
	items := a.people.list.VisibleItems()
	for i := 1; i < len(items); i++ {
		if prev, e := items[i-1].(*entityItem), items[i].(*entityItem); e.articles > prev.articles {
			t.Errorf("%s (%d articles) after %s (%d)", e.name, e.articles, prev.name, prev.articles)
		}
	}
}

// An empty tab of the people index says so in line with the rest of the
// page, not at the window's edge.
func TestPeopleIndexEmpty(t *testing.T) {
	a := openText(t, "a quiet day\nnothing happened here at all.\n", 80, 16)
	a = drive(t, a, runeKey('p'))
	for _, want := range []string{"  No people.", "  No entries."} {
		found := false
		for _, l := range strings.Split(plain(a), "\n") {
			if strings.HasPrefix(l, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no line opens with %q:\n%s", want, plain(a))
		}
		a = drive(t, a, keyTab)
	}
}
