package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestPersonWordsJoin: the recogniser's mentions as the tagger gives them
// for names it cuts or mistypes ("Omar/PER Abdul-Karim al-Tamimi/LOC"),
// and the people personWordsJoin makes of them where the article types
// the surname a person's elsewhere.
func TestPersonWordsJoin(t *testing.T) {
	type m struct {
		words string
		typ   model.EntityType
	}
	cases := []struct {
		name, text string
		raw        []m    // each the first mention of its words
		want       string // the people after the pass, "|" between
	}{
		{"a given name and a surname typed a place",
			"The documentary, written by Omar Abdul-Karim al-Tamimi, follows a fisherman. Later al-Tamimi said the river was dying.",
			[]m{{"Omar", model.Person}, {"Abdul-Karim al-Tamimi", model.Place}, {"al-Tamimi", model.Person}},
			"Omar Abdul-Karim al-Tamimi|al-Tamimi"},
		{"a name typed a place whose given name and surname are a person's",
			"A stand between sisters Nimali and Chamari Wickramasuriya. Later Chamari scored while Nimali Wickramasuriya watched.",
			[]m{{"Nimali", model.Person}, {"Chamari Wickramasuriya", model.Place}, {"Chamari", model.Person}, {"Nimali Wickramasuriya", model.Person}},
			"Nimali|Chamari Wickramasuriya|Chamari|Nimali Wickramasuriya"},
		{"no person has the surname",
			"Flights left Omar Kessary Airport. Omar said the runway was closed.",
			[]m{{"Omar", model.Person}, {"Kessary Airport", model.Place}, {"Omar", model.Person}},
			"Omar|Omar"},
		{"a head word among the words",
			"Water reached the Hamdan Vell Dam. Later Vell said the gates were shut.",
			[]m{{"Hamdan", model.Person}, {"Vell Dam", model.Place}, {"Vell", model.Person}},
			"Hamdan|Vell"},
	}
	for _, c := range cases {
		tz := tokenizeText(c.text)
		var raw []rawMention
		from := 0
		for _, x := range c.raw {
			words := strings.Fields(x.words)
			for k := from; k+len(words) <= len(tz.toks); k++ {
				same := true
				for j, w := range words {
					same = same && tz.toks[k+j].text == w
				}
				if same {
					raw = append(raw, rawMention{ts: k, te: k + len(words), typ: x.typ})
					from = k + len(words)
					break
				}
			}
		}
		if len(raw) != len(c.raw) {
			t.Fatalf("%s: mentions %v not all found", c.name, c.raw)
		}
		var got []string
		for _, r := range personWordsJoin(tz, raw) {
			if r.typ == model.Person {
				got = append(got, c.text[tz.toks[r.ts].Start:tz.toks[r.te-1].End])
			}
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s: people %q, want %q", c.name, g, c.want)
		}
	}
}

// TestKunyaNoSurname: a relative of a person known by a kunya keeps the
// given name alone; a relative of a person with a family name takes it.
func TestKunyaNoSurname(t *testing.T) {
	runNameCases(t, []nameCase{
		{"kunya", []string{"The film follows an old fisherman, Abu Samir, and his daughter Layla as the marshes dry out."},
			"", []string{"Abu Samir", "Layla"}, []string{"Layla Samir"}},
		{"family name", []string{"The film follows an old fisherman, Karim Haddad, and his daughter Layla as the marshes dry out."},
			"", []string{"Karim Haddad", "Layla Haddad"}, nil},
	})
}
