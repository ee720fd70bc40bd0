package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestRecog37SaintSurnames: a person's name word the tagger took alone,
// then "St." and a name it took for a place, is one person's name; the
// "St." name alone elsewhere is hers too. A comma between, or a place
// of more words, stays apart.
func TestRecog37SaintSurnames(t *testing.T) {
	cases := []struct {
		text string
		raw  [][2]string // the tagger's mentions: words, type ("p" person, "l" place)
		want []string    // the mentions after, words and type
	}{
		{"The stand was made by Orla St. Kevern. St. Kevern, who is 22, said it was easy.",
			[][2]string{{"Orla", "p"}, {"St. Kevern", "l"}, {"St. Kevern", "l"}},
			[]string{"Orla St. Kevern/p", "St. Kevern/p"}},
		{"She met Orla, St. Kevern and Vell on the tour.",
			[][2]string{{"Orla", "p"}, {"St. Kevern", "l"}},
			[]string{"Orla/p", "St. Kevern/l"}},
		{"He flew Orla St. Kevern Harbour class.",
			[][2]string{{"Orla", "p"}, {"St. Kevern", "l"}},
			[]string{"Orla/p", "St. Kevern/l"}},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		var raw []rawMention
		from := 0
		for _, m := range c.raw {
			words := strings.Fields(m[0])
			for k := from; k+len(words) <= len(tz.toks); k++ {
				ok := true
				for j, w := range words {
					ok = ok && tz.toks[k+j].text == w
				}
				if ok {
					typ := model.Person
					if m[1] == "l" {
						typ = model.Place
					}
					raw = append(raw, rawMention{ts: k, te: k + len(words), typ: typ})
					from = k + len(words)
					break
				}
			}
		}
		var got []string
		for _, r := range saintSurnames(tz, raw) {
			var w []string
			for k := r.ts; k < r.te; k++ {
				w = append(w, tz.toks[k].text)
			}
			typ := "p"
			if r.typ == model.Place {
				typ = "l"
			}
			got = append(got, strings.Join(w, " ")+"/"+typ)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// A "St." surname the tagger read whole in the full name is the person's
// where it cuts the surname alone in two ("St." a place, "Vincent" a
// person).
func TestSaintSurnameAfterAWholeName(t *testing.T) {
	para := `The Rev. Marcus St. Vincent, pastor of the chapel, said the town needed calm. "Anger answers nothing," St. Vincent said.`
	a := article(para)
	Analyze(a)
	if got := mentionCount(a, "Marcus St. Vincent", model.Person); got != 2 {
		t.Errorf("%q: Marcus St. Vincent has %d mentions, want 2 (%v)", para, got, a.Entities)
	}
}
