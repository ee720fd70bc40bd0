package analysis

import (
	"slices"
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

// TestParticleSurnameTyped: a surname with a capitalised particle is the
// one person of the article whose full name ends in it, however the
// recogniser typed it.
func TestParticleSurnameTyped(t *testing.T) {
	text := "Hendrik De Smet grows wheat near Ghent. Later De Smet told the council the soil had cracked."
	for _, pass := range []string{"", "particle-surname"} {
		a := article(text)
		p := Default()
		tz := p.prepare(a)
		find := func(w string, from int) int {
			for k := from; k < len(tz.toks); k++ {
				if tz.toks[k].text == w {
					return k
				}
			}
			return -1
		}
		full := find("Hendrik", 0)
		short := find("De", full+2)
		raw := []rawMention{{ts: full, te: full + 3, typ: model.Person}, {ts: short, te: short + 2, typ: model.Organization}}
		got := map[string]model.EntityType{}
		passes := passesWithout(pass)
		if pass != "" {
			// tailOfFullName (recog46) joins a body's name that ends a
			// full name too: without both, the case shows what they do
			passes = slices.DeleteFunc(passes, func(p linkPass) bool { return p.name == "tail-of-full-name" })
		}
		for _, e := range linkWith(a, tz, raw, passes) {
			got[e.Name] = e.Type
		}
		_, body := got["De Smet"]
		if pass == "" && body {
			t.Errorf("%q: a body %q apart from Hendrik De Smet: %v", text, "De Smet", got)
		}
		if pass != "" && !body {
			t.Errorf("without the pass no body %q: the case tests nothing (%v)", "De Smet", got)
		}
	}
}
