package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestKindNouns: a name beside a noun of a place or a business is the
// place's or the body's, not a person's; a person's name beside such a
// noun stays a person's. Each case that the pass retypes is a person's
// without it, so the case tests it.
func TestKindNouns(t *testing.T) {
	checkRetyped(t, "kind-nouns", []retypeCase{
		// a noun phrase in apposition before the name
		{"Monks led the crowd to the district's oldest hill temple, Phra Thaen Dong.", "Phra Thaen Dong", model.Place},
		{"Prosecutors say the brothers' company, Malan Boukontrakteurs, overcharged the council.", "Malan Boukontrakteurs", model.Organization},
		// after the name
		{"In 2019 she opened Sholeh Zard, a small Persian bakery wedged next to a shoe repairer.", "Sholeh Zard", model.Organization},
		{"Orders rose at Vell Harrow, a research firm founded in 2011 by two former bankers.", "Vell Harrow", model.Organization},
		// right before it and right after it
		{"Prices will rise, said Tomas Echavarri, an economist at Quito consultancy Andes Cifra.", "Andes Cifra", model.Organization},
		{"His daughter runs the family's Monte Serrano ranch near the border.", "Monte Serrano", model.Place},
		// people stay people
		{"At the clinic, Hana Girmaye, 34, said the vaccines had run out.", "Hana Girmaye", model.Person},
		{"Duc runs the family's Tan Hoa shrimp farm near the coast.", "Tan Hoa", model.Place},
		// "of" after a noun of a settlement, a title between
		{"Police raided a villa in the Cairo suburb of Sheikh Rahim, where a tunnel was found.", "Rahim", model.Place},
		{"The campaign was backed by Harlan Crowe, a Texas real estate developer.", "Harlan Crowe", model.Person},
		{"Rescuers reached Ama Owusu, a farmer, in the village on Sunday.", "Ama Owusu", model.Person},
		{"The coach of the club, Ilse Varnholt, said the pitch was poor.", "Ilse Varnholt", model.Person},
	})
}

// TestKindBeside holds kindBeside to the words it reads as a kind beside a
// name and those it does not: a role noun after the kind's, a noun or a
// verb after it, a fronted phrase of place before the name.
func TestKindBeside(t *testing.T) {
	cases := []struct {
		text, name string
		kind       bool
	}{
		{"Monks led the crowd to the district's oldest hill temple, Phra Thaen Dong, at dawn.", "Phra Thaen Dong", true},
		{"Orders rose at Vell Harrow, a research firm founded in 2011.", "Vell Harrow", true},
		{"The money came from Harlan Crowe, a Texas real estate developer.", "Harlan Crowe", false},
		{"Yet there in the back was Garside, the grocery store worker.", "Garside", false},
		{"Like Rove, the Sanders camp has named its rival.", "Rove", false},
		{"You don't have to choose some Grizzly Adams mountain man.", "Grizzly Adams", false},
		{"In the village, Hana Girmaye said the vaccines had run out.", "Hana Girmaye", false},
		{"Outside the court, Mensah told reporters he would appeal.", "Mensah", false},
		{"Investors bought shares in chipmaker Kessary Wafer on Monday.", "Kessary Wafer", true},
		{"She runs the Holm family's Vell Orchard farm outside the town.", "Vell Orchard", true},
		{"He backed the Clinton camp in Iowa.", "Clinton", false},
		{"Analysts at Quito consultancy Andean Cifra Partners expect a rise.", "Cifra Partners", true},
		{"Sales fell 11%, according to the Chilean Dairy Council.", "Dairy Council", true},
		{"The shares fell after company CEO Tomas Echavarri resigned.", "Tomas Echavarri", false},
		{"The fund is run by the board Chairman Ivo Brandt.", "Ivo Brandt", false},
	}
	for _, c := range cases {
		tz := tokenizeText(c.text)
		words := strings.Fields(c.name)
		ts := -1
		for k := range tz.toks {
			if tz.toks[k].text == words[0] {
				ts = k
				break
			}
		}
		if ts < 0 {
			t.Fatalf("%q: no %q", c.text, c.name)
		}
		te := ts + len(words)
		if _, ok := kindBeside(tz, ts, te); ok != c.kind {
			t.Errorf("%q: kind beside %q %v, want %v", c.text, c.name, ok, c.kind)
		}
	}
}

// TestPrepositionPlaces: a name of two words every mention of
// which follows a preposition of place, one not "in", is a place's; a
// person's after "in" alone, or with a role after it, stays a person's.
func TestPrepositionPlaces(t *testing.T) {
	checkRetyped(t, "prep-places", []retypeCase{
		{"Wells ran dry on the farms around Dore Bafeno. A nurse who runs a clinic near Dore Bafeno, said the water was unsafe.", "Dore Bafeno", model.Place},
		{"Voters said they had lost faith in Kwabena Osei-Tutu after the vote.", "Kwabena Osei-Tutu", model.Person},
		{"Critics said the envoy leaned towards Ruslan Varsanov, leader of the breakaway council.", "Ruslan Varsanov", model.Person},
	})
}

// TestWorksOnTheLand: a name that ends in "Dam", "Reservoir" or
// "Barrage" is a place's, a person's title before it ("King") aside.
func TestWorksOnTheLand(t *testing.T) {
	a := analyse("The canal feeds the King Hamdan Dam and the Vell Reservoir below the gorge.")
	for _, e := range a.Entities {
		if e.Type == model.Person {
			t.Errorf("%q typed a person", e.Name)
		}
	}
}

// TestEstateNames: "Fazenda", "Hacienda" and the like open an estate's
// name, never a person's, the word alone too.
func TestEstateNames(t *testing.T) {
	a := analyse("A judge ordered a rancher to pay for clearing forest on his Fazenda Santa Rita ranch near the town of Novo Progresso.")
	for _, e := range a.Entities {
		if e.Type == model.Person && strings.Contains(e.Name, "Fazenda") {
			t.Errorf("%q typed a person", e.Name)
		}
	}
}

// retypeCase is a sentence, a name in it and the type it should have.
type retypeCase struct {
	text, name string
	want       model.EntityType
}

// checkRetyped checks each case's type with every linking pass, and that
// a case the named pass retypes from a person is a person's without it.
func checkRetyped(t *testing.T, pass string, cases []retypeCase) {
	t.Helper()
	without := passesWithout(pass)
	for _, c := range cases {
		got := linkedTypes(linkPasses, c.text, nil)
		if got[c.name] != c.want {
			t.Errorf("%q: %q typed %v; want %v (all: %v)", c.text, c.name, got[c.name], c.want, got)
		}
		if c.want != model.Person {
			if typ, ok := linkedTypes(without, c.text, nil)[c.name]; !ok || typ != model.Person {
				t.Errorf("%q: %q is %v without the pass: the case tests nothing", c.text, c.name, typ)
			}
		}
	}
}
