package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestRecog37HyphenSurnames: a name the tagger stopped before a
// double-barrelled surname runs on over it; a capitalised role that opens
// the sentence leaves the name, which is a person's. A prefix of peoples,
// a word in capitals or a run of capitals after stays out.
func TestRecog37HyphenSurnames(t *testing.T) {
	cases := []struct {
		text, tagged string // tagged: the words the tagger's mention covers, a body's
		want         string
		typ          model.EntityType
	}{
		{"Driver Tomas Okafor-Brel said the route was cut.", "Driver Tomas", "Tomas Okafor-Brel", model.Person},
		{"Then Tomas Okafor-Brel said the route was cut.", "Tomas", "Tomas Okafor-Brel", model.Organization},
		{"The vote went to Tomas Okafor-Brel-Ames on Monday.", "Tomas", "Tomas Okafor-Brel-Ames", model.Organization},
		{"Ministers met Vell Anglo-French officials on Monday.", "Vell", "Vell", model.Organization},
		{"The vote went to Tomas Okafor- on Monday.", "Tomas", "Tomas", model.Organization},
		{"The vote went to Tomas Okafor-BREL on Monday.", "Tomas", "Tomas", model.Organization},
		{"The vote went to Tomas Okafor-Brel Holdings on Monday.", "Tomas", "Tomas", model.Organization},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		words := strings.Fields(c.tagged)
		var raw []rawMention
		for k := 0; k+len(words) <= len(tz.toks); k++ {
			ok := true
			for j, w := range words {
				ok = ok && tz.toks[k+j].text == w
			}
			if ok {
				raw = append(raw, rawMention{ts: k, te: k + len(words), typ: model.Organization})
			}
		}
		raw = hyphenSurnames(tz, raw)
		var got []string
		for k := raw[0].ts; k < raw[0].te; k++ {
			got = append(got, tz.toks[k].text)
		}
		if g := strings.Join(got, " "); g != c.want || raw[0].typ != c.typ {
			t.Errorf("%q: %v %q, want %v %q", c.text, raw[0].typ, g, c.typ, c.want)
		}
	}
}

// TestRecog37Roles: roles from sport and shops written before a name with
// no article make the name after a person's.
func TestRecog37Roles(t *testing.T) {
	cases := []struct {
		paras  []string
		people []string
	}{
		{[]string{"Long-time customer Reo Vaskel, 81, has come every week since 1990.", "Ilse Marrow runs the shop."}, []string{"Ilse Marrow", "Reo Vaskel"}},
		{[]string{"The penalty was given by referee Reo Vaskel.", "Ilse Marrow coaches the side."}, []string{"Ilse Marrow", "Reo Vaskel"}},
		{[]string{"The try came after a high tackle on centre Orrin Vaskel.", "Ilse Marrow coaches the side."}, []string{"Ilse Marrow", "Orrin Vaskel"}},
	}
	for _, c := range cases {
		got := linkedPeople(c.paras...)
		slices.Sort(got)
		if !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}

// TestRecog37Ranks: a rank abbreviated with no full stop is a title, so
// that "Sgt Marrow", which the tagger may take whole, is the sergeant
// named in full before with a rank of her force ("Harbour Sergeant").
func TestRecog37Ranks(t *testing.T) {
	for _, rank := range []string{"Sgt", "Insp", "Supt", "Capt", "Lt", "Cpl"} {
		a := article("Harbour Sergeant Ilse Marrow told the court the van was stolen.", "\"He ran,\" "+rank+" Marrow said.")
		tz := Default().prepare(a)
		var raw []rawMention
		for k := range tz.toks {
			switch tz.toks[k].text {
			case "Harbour":
				raw = append(raw, rawMention{ts: k, te: k + 4, typ: model.Person})
			case rank:
				raw = append(raw, rawMention{ts: k, te: k + 2, typ: model.Person})
			}
		}
		var names []string
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			names = append(names, e.Name)
		}
		if !slices.Equal(names, []string{"Ilse Marrow"}) {
			t.Errorf("%s Marrow: entities %q, want one, Ilse Marrow", rank, names)
		}
	}
}

// TestRecog37Honorifics: Yoruba chieftaincy titles and the Zulu elder's
// "Gogo" stay out of the name after them.
func TestRecog37Honorifics(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Otunba Kolade Ferrin, the party chairman, asked for calm on Monday."}, []string{"Kolade Ferrin"}},
		{[]string{"Gogo Nomsa Vellakazi, 81, has waited for a house since 1998."}, []string{"Nomsa Vellakazi"}},
	})
}
