package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// recog46Bodies checks that each paragraph lists the body by its whole
// name, and none by a piece of it.
func recog46Bodies(t *testing.T, cases []struct{ para, body, piece string }) {
	t.Helper()
	for _, c := range cases {
		a := article(c.para)
		Analyze(a)
		if mentionCount(a, c.body, model.Organization) < 1 {
			t.Errorf("%q: no body %q (%v)", c.para, c.body, a.Entities)
		}
		for _, e := range a.Entities {
			if e.Name == c.piece {
				t.Errorf("%q: piece %q listed (%v)", c.para, c.piece, a.Entities)
			}
		}
	}
}

// TestBodyOfFieldsHeads: more heads of a body's name, "for" as "of", and
// "of" after the fields once more.
func TestBodyOfFieldsHeads(t *testing.T) {
	recog46Bodies(t, []struct{ para, body, piece string }{
		{`The Korean Confederation of Trade Unions said it would strike on Friday.`, "Korean Confederation of Trade Unions", "Korean Confederation"},
		{`The Citizens’ Observatory for Public Spending, a watchdog, said the verdict was overdue.`, "Citizens' Observatory for Public Spending", "Public Spending"},
		{`Researchers at the Vell Institute for Coastal Studies said the water had risen.`, "Vell Institute for Coastal Studies", "Coastal Studies"},
		{`The Federal Office for the Protection of Workers said it had no record of the ship.`, "Federal Office for the Protection of Workers", "Federal Office for the Protection"},
	})
}

// TestBodyAndField: a body's name ending in a head noun and the
// capitalised words before it with "and" between are one name; a place of
// one word before it, or a person's surname, is not of it.
func TestBodyAndField(t *testing.T) {
	recog46Bodies(t, []struct{ para, body, piece string }{
		{`The Ethiopian Food and Drug Authority said its laboratory had found no active ingredient.`, "Ethiopian Food and Drug Authority", "Drug Authority"},
		{`The Ghana Food and Drugs Authority said the tablets were fake.`, "Ghana Food and Drugs Authority", "Drugs Authority"},
	})
	// a surname untagged before "and" stays out: the tagger's mentions
	// given by hand, "Kroll" among none
	a := article(`Dana Kroll wrote the letter. Kroll and Water Commission officials signed it.`)
	tz := Default().prepare(a)
	at := func(w string, from int) int {
		for k := from; k < len(tz.toks); k++ {
			if tz.toks[k].text == w {
				return k
			}
		}
		t.Fatalf("no token %q", w)
		return 0
	}
	d := at("Dana", 0)
	w := at("Water", d)
	raw := bodyAndField(tz, []rawMention{{ts: d, te: d + 2, typ: model.Person}, {ts: w, te: w + 2, typ: model.Organization}})
	if raw[1].ts != w {
		t.Errorf("a surname taken into a body's name: %q", tz.toks[raw[1].ts].text)
	}
}

// TestOfficeAfterRole: an office named by its holder's role, the tagger
// finding the office alone, is one body.
func TestOfficeAfterRole(t *testing.T) {
	recog46Bodies(t, []struct{ para, body, piece string }{
		{`The agency said the Prime Minister’s Office had ordered provincial authorities to move families from the slopes.`, "Prime Minister's Office", "Office"},
		{`The President’s Office said the visit was cancelled.`, "President's Office", "Office"},
	})
}
