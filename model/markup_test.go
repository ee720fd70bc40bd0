package model

import "testing"

func TestMarkup(t *testing.T) {
	//          0         1         2         3
	//          0123456789012345678901234567890123456
	text := "**Ana** &amp; [Li](u)\n> said &#8220;x"
	a := &Article{Text: text, Markup: []Markup{
		{Span: Span{0, 2}}, {Span: Span{5, 7}}, // ** **
		{Span: Span{8, 13}, With: "&"},             // &amp;
		{Span: Span{14, 15}}, {Span: Span{17, 23}}, // [ ](u)\n> : the line break kept
		{Span: Span{29, 36}, With: "“"}, // &#8220;
	}}
	if got, want := a.Prose(), "  Ana   &      Li    \n  said “    x"; got != want {
		t.Errorf("Prose %q, want %q", got, want)
	}
	cases := []struct {
		s     Span
		plain string
		widen Span
	}{
		{Span{0, 7}, "Ana", Span{0, 7}},
		{Span{2, 5}, "Ana", Span{2, 5}},
		{Span{0, len(text)}, "Ana & Li said “x", Span{0, len(text)}},
		{Span{10, 16}, " L", Span{8, 16}}, // cut entity: left out, and widened to it
		{Span{31, 37}, "x", Span{29, 37}}, // the same at the start
		{Span{5, 5}, "", Span{5, 5}},      // empty
		{Span{-1, 3}, "", Span{-1, 3}},    // out of range
	}
	for _, c := range cases {
		if got := a.Plain(c.s); got != c.plain {
			t.Errorf("Plain(%v) = %q, want %q", c.s, got, c.plain)
		}
		if got := a.Widen(c.s); got != c.widen {
			t.Errorf("Widen(%v) = %v, want %v", c.s, got, c.widen)
		}
	}
	bad := &Article{Text: text, Markup: []Markup{{Span: Span{5, 7}}, {Span: Span{0, 2}}, {Span: Span{30, 99}}, {Span: Span{8, 9}, With: "&&"}}}
	if got, want := bad.Prose(), "**Ana  "+text[7:]; got != want {
		t.Errorf("markup out of order, out of range or longer than it stands for is not ignored: %q", got)
	}
	if plain := (&Article{Text: text}); plain.Prose() != text || plain.Plain(Span{0, 7}) != "**Ana**" {
		t.Errorf("without markup the text is its own prose")
	}
}
