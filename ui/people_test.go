package ui

import (
	"strings"
	"testing"
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
	contains(t, plain(a), "Places and organisations", "Eastwick", "Place · 2 articles")
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
