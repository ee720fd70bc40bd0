package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// linkedTypes is the type of each entity of the article of text linked
// with the given passes, from the recogniser's mentions or, when raw is
// given, from those of the words named there (each a word range of its
// own, typed).
func linkedTypes(passes []linkPass, text string, raw func(tz *tokenized) []rawMention) map[string]model.EntityType {
	a := article(text)
	p := Default()
	tz := p.prepare(a)
	r := p.recognise(tz)
	if raw != nil {
		r = raw(tz)
	}
	got := map[string]model.EntityType{}
	for _, e := range linkWith(a, tz, r, passes) {
		got[e.Name] = e.Type
	}
	return got
}

// absent stands for no entity of the name.
const absent = model.EntityType(-1)

// passesWithout is every linking pass but the one named.
func passesWithout(name string) []linkPass {
	without := make([]linkPass, 0, len(linkPasses))
	for _, p := range linkPasses {
		if p.name != name {
			without = append(without, p)
		}
	}
	return without
}

// TestTeamBeforeRole: a name before a place in a team and a person's name
// is the team's; a person's name with a given name before a staff role
// stays a person's.
func TestTeamBeforeRole(t *testing.T) {
	cases := []struct {
		text, name string
		want       model.EntityType
	}{
		{"Karela striker Kofi Mensah scored twice as his side won 3-0.", "Karela", model.Organization},
		// a team's fixtures in a match report
		{"Vellport won 3-0 on Sunday. Tamsin Gold host Kessary Cities at the weekend.", "Kessary Cities", model.Organization},
		{"Vellport drew 1-1 with Holmby. Leaders Tamsin FC host Kessary Cities next week, while Holmby travel to Dunmore Athletic.", "Holmby", model.Organization},
		{"Ruiz won the vote by 52-48. She will host Ana Holm at the summit, and Holm will visit Dunmore.", "Ana Holm", model.Person},
		{"Clinton spokesman Brian Fallon said the campaign would respond. Hillary Clinton spoke later.", "Hillary Clinton", model.Person},
	}
	for _, c := range cases {
		got := linkedTypes(linkPasses, c.text, nil)
		if got[c.name] != c.want {
			t.Errorf("%q: %q typed %v; want %v (all: %v)", c.text, c.name, got[c.name], c.want, got)
		}
		if c.want != model.Person {
			if typ, ok := linkedTypes(passesWithout("team-roles"), c.text, nil)[c.name]; !ok || typ != model.Person {
				t.Errorf("%q: %q is %v without the pass: the case tests nothing", c.text, c.name, typ)
			}
		}
	}
}

// TestTeamShortNames: a word the recogniser took for a person that names a
// team of the article with its nickname is the team: "Kuromatsu" of the
// Kuromatsu Falcons; not a given name, nor the surname of a person of the
// article, nor a party's plural.
func TestTeamShortNames(t *testing.T) {
	// the recogniser's mentions as the tagger gives them for a team it
	// never saw: the team a body, its first word alone a person
	mentions := func(words ...string) func(tz *tokenized) []rawMention {
		return func(tz *tokenized) []rawMention {
			var raw []rawMention
			for _, w := range words {
				n, typ := 1, model.Person
				if w[0] == '+' {
					w, n, typ = w[1:], 2, model.Organization
				}
				for k := range tz.toks {
					if tz.toks[k].text == w && (typ == model.Organization || k+1 >= len(tz.toks) || !tz.toks[k+1].capital) {
						raw = append(raw, rawMention{ts: k, te: k + n, typ: typ})
						break
					}
				}
			}
			return raw
		}
	}
	cases := []struct {
		text   string
		raw    []string
		name   string
		want   model.EntityType
		misses bool // the pass retypes it
	}{
		{"A late single gave the Kuromatsu Falcons a 5-4 win. Kuromatsu then travel to Sendai.", []string{"+Kuromatsu", "Kuromatsu"},
			"Kuromatsu", absent, true},
		{"A late single gave the Kuromatsu Falcons a 5-4 win. Kuromatsu then travel to Sendai.", []string{"+Kuromatsu", "Kuromatsu"},
			"Kuromatsu Falcons", model.Organization, false},
		{"The Maria Falcons won 5-4. Maria then travel to Sendai.", []string{"+Maria", "Maria"}, "Maria", model.Person, false},
		{"Senate Democrats blocked the bill. Senate leaders met on Monday.", []string{"+Senate", "Senate"}, "Senate", model.Person, false},
	}
	for _, c := range cases {
		got := linkedTypes(linkPasses, c.text, mentions(c.raw...))
		if typ, ok := got[c.name]; c.want == absent && ok || c.want != absent && (!ok || typ != c.want) {
			t.Errorf("%q: %q typed %v; want %v (all: %v)", c.text, c.name, typ, c.want, got)
		}
		if c.misses {
			if typ, ok := linkedTypes(passesWithout("team-roles"), c.text, mentions(c.raw...))[c.name]; !ok || typ != model.Person {
				t.Errorf("%q: %q is %v without the pass: the case tests nothing", c.text, c.name, typ)
			}
		}
	}
}

// TestClubLettersSC: "SC" ends a club's name in an article that names a
// club by its letters, and is counsel's rank after a lawyer's name in one
// that names none.
func TestClubLettersSC(t *testing.T) {
	cases := []nameCase{
		{"a club among clubs", []string{"Kessa SC, top of the table, drew 1-1 with Vellport FC on Sunday."},
			"", nil, []string{"Kessa"}},
		{"counsel", []string{"Themba Vell SC told the court that the contract had lapsed."}, "", []string{"Themba Vell"}, nil},
	}
	runNameCases(t, cases)
	a := analyse(cases[0].paras...)
	found := false
	for _, e := range a.Entities {
		found = found || e.Name == "Kessa SC" && e.Type == model.Organization
	}
	if !found {
		t.Errorf("no body %q: %v", "Kessa SC", a.Entities)
	}
}

// TestClubLettersFullStop: club letters with the sentence's full stop
// the tagger took in end a club's name, not a person's.
func TestClubLettersFullStop(t *testing.T) {
	runNameCases(t, []nameCase{
		{"at the sentence's end", []string{"Vellport travel to Holmby on Saturday, while Kessary host Tamsin FC."},
			"", nil, []string{"FC", "FC."}},
	})
	found := false
	for _, e := range analyse("Vellport travel to Holmby on Saturday, while Kessary host Tamsin FC.").Entities {
		found = found || e.Name == "Tamsin FC" && e.Type == model.Organization
	}
	if !found {
		t.Error("no body \"Tamsin FC\"")
	}
}
