package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestNationalityAdjectives: a nationality's adjective before a noun
// names no organisation or person, however the tagger typed it ("Israeli
// officials", "the French delegation"); a party known by its word alone
// keeps the tagger's type.
func TestNationalityAdjectives(t *testing.T) {
	for _, c := range []struct {
		text string
		word string
		want bool
	}{
		{"Israeli officials met on Monday.", "Israeli", true},
		{"The French delegation walked out.", "French", true},
		{"Several Dutch lawmakers objected.", "Dutch", true},
		{"Labour leaders met on Monday.", "Labour", false},
		{"Republican leaders met on Monday.", "Republican", false},
		{"Israeli said nothing.", "Israeli", false},
	} {
		a := article(c.text)
		tz := Default().prepare(a)
		k := 0
		for tz.toks[k].text != c.word {
			k++
		}
		if got := isDemonym(tz, k); got != c.want {
			t.Errorf("%q: isDemonym(%q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
	a := article("The Knesset vote angered Israeli officials, who said the French delegation had misled them.")
	Analyze(a)
	for _, e := range a.Entities {
		if (e.Name == "Israeli" || e.Name == "French") && e.Type != model.Other {
			t.Errorf("%q is %v, want other (%v)", e.Name, e.Type, a.Entities)
		}
	}
}
