package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestBodyOfFields: a body's name of a head noun, "of" and the fields it
// covers is one body, whatever pieces the tagger made of it; a person
// after "and" or a comma stays apart.
func TestBodyOfFields(t *testing.T) {
	cases := []struct {
		text  string
		body  string   // the body named whole
		apart []string // entities besides it
	}{
		{"The Ministry of Mines, Energy and Water said on Monday that the licences were valid.",
			"Ministry of Mines, Energy and Water", nil},
		{"“The drought is the worst in memory,” the Kessa Department of Fisheries and Coastal Affairs said in a statement.",
			"Kessa Department of Fisheries and Coastal Affairs", nil},
		{"The Council of the Andean Community said ministers had met in Lima.",
			"Council of the Andean Community", []string{"Lima"}},
		{"The plan was backed by the Department of Justice, Maria Lopez said.",
			"Department of Justice", []string{"Maria Lopez"}},
	}
	for _, c := range cases {
		a := analyse(c.text)
		got := map[string]model.EntityType{}
		for _, e := range a.Entities {
			got[e.Name] = e.Type
		}
		if got[c.body] != model.Organization {
			t.Errorf("%q: no body %q; got %v", c.text, c.body, got)
		}
		for _, n := range c.apart {
			if _, ok := got[n]; !ok {
				t.Errorf("%q: no %q; got %v", c.text, n, got)
			}
		}
		for n := range got {
			if n != c.body && strings.Contains(c.body, n) {
				t.Errorf("%q: a piece %q of %q; got %v", c.text, n, c.body, got)
			}
		}
	}
}

// TestFieldsClosed: a place the tagger read after a body's name it read
// whole is no field of the body's ("the Council of Europe and Russia"),
// where fields it read apart are ("the Ministry of Culture, Sport and
// Heritage").
func TestFieldsClosed(t *testing.T) {
	cases := []struct {
		text string
		raw  [][3]int // token ranges and types of the tagger's mentions
		want string   // the body's name
	}{
		{"The Council of Europe and Russia traded accusations.", [][3]int{{1, 4, int(model.Organization)}, {5, 6, int(model.Place)}},
			"Council of Europe"},
		{"The Ministry of Culture, Sport and Heritage said so.", [][3]int{{1, 4, int(model.Organization)}, {5, 6, int(model.Organization)}},
			"Ministry of Culture, Sport and Heritage"},
	}
	for _, c := range cases {
		tz := tokenizeText(c.text)
		var raw []rawMention
		for _, r := range c.raw {
			raw = append(raw, rawMention{ts: r[0], te: r[1], typ: model.EntityType(r[2])})
		}
		e := fieldsAfter(tz, raw, 1, 3)
		if got := c.text[tz.toks[1].Start:tz.toks[e-1].End]; got != c.want {
			t.Errorf("%q: body %q, want %q", c.text, got, c.want)
		}
	}
}

// TestOfficeOfRole: an office named by its holder's role and a possessive
// is a body, where a person's possessive stays a person's.
func TestOfficeOfRole(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an office", []string{"Bolivia's Ombudsman's Office, known as the Defensoria, said four people were hurt."},
			"", nil, []string{"Ombudsman"}},
		{"a person's office", []string{"Senator Ana Ruiz spoke on Monday. Ruiz's Office said she would vote no."},
			"", []string{"Ana Ruiz"}, nil},
	})
	found := false
	for _, e := range analyse("Bolivia's Ombudsman's Office, known as the Defensoria, said four people were hurt.").Entities {
		found = found || e.Name == "Ombudsman's Office" && e.Type == model.Organization
	}
	if !found {
		t.Error("no body \"Ombudsman's Office\"")
	}
}
