package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// ppl18People is the names of an article's people, analysed whole.
func ppl18People(paras ...string) []string {
	a := article(paras...)
	Default().prepare(a)
	var out []string
	for _, e := range a.Entities {
		if e.Type == model.Person {
			out = append(out, e.Name)
		}
	}
	return out
}

// ppl18Case is an article, the people it must list and the names its
// people list must not hold.
type ppl18Case struct {
	paras     []string
	want, not []string
}

func ppl18Check(t *testing.T, cases []ppl18Case) {
	t.Helper()
	for _, c := range cases {
		got := ppl18People(c.paras...)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: people %q, want %q among them", c.paras[0], got, w)
			}
		}
		for _, n := range c.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: people %q, want no %q", c.paras[0], got, n)
			}
		}
	}
}

// TestPpl18HyphenGivenBeforeSurname: a double-barrelled given name the
// tagger left out goes back on the surname that stands alone for the
// person elsewhere; a rank before a full name does not.
func TestPpl18HyphenGivenBeforeSurname(t *testing.T) {
	ppl18Check(t, []ppl18Case{
		{[]string{"OULU - Veino-Kaisa Hakkarainen took the regional poetry award on Tuesday.", "Hakkarainen, 47, teaches music in Lahti."},
			[]string{"Veino-Kaisa Hakkarainen"}, []string{"Hakkarainen"}},
		{[]string{"The jury chose Maija-Riitta Vesterinen for the prize.", "Vesterinen said she had not expected it."},
			[]string{"Maija-Riitta Vesterinen"}, []string{"Vesterinen"}},
		{[]string{"Troops under Major-General Ivo Sandrel crossed the river.", "Sandrel said the bridge held."},
			[]string{"Ivo Sandrel"}, []string{"Major-General Ivo Sandrel"}},
	})
}

// TestPpl18GivenDoubleBarrelled: the words that may be a double-barrelled
// given name, a first part in "o" among them, and the prefixes that may
// not.
func TestPpl18GivenDoubleBarrelled(t *testing.T) {
	for w, want := range map[string]bool{"Veino-Kaisa": true, "Marja-Leena": true, "Mario-Luca": true, "Anglo-Irish": false,
		"Anti-Donald": false, "Pro-Brandt": false, "U-Turn": false, "Veino-": false, "Veino-KAISA": false} {
		tok := token{text: w, low: strings.ToLower(w), capital: true}
		if got := givenDoubleBarrelled(&tok); got != want {
			t.Errorf("givenDoubleBarrelled(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPpl18DatelineAfterCredit: the dateline in capitals opens the
// paragraph after a credit line, and is a place there as anywhere.
func TestPpl18DatelineAfterCredit(t *testing.T) {
	ppl18Check(t, []ppl18Case{
		{[]string{"By Ana Reed", "KAMPONG VELL - Police said on Sunday they freed 40 workers from a compound."},
			nil, []string{"KAMPONG", "VELL", "KAMPONG VELL"}},
	})
}

// TestPpl18GivenNameAlone: a name of three words typed a place or a body,
// whose first word alone is said of a person later (a given name, as
// Ethiopians are called), is that person's full name.
func TestPpl18GivenNameAlone(t *testing.T) {
	ppl18Check(t, []ppl18Case{
		{[]string{"Speaking for the refugee agency in Gondar, Yonas Kebede Alemu, told reporters the camps were full. " +
			"Yonas, who grew up in Dessie, said food would last a week.", "\"We need trucks,\" Yonas said."},
			[]string{"Yonas Kebede Alemu"}, []string{"Yonas"}},
	})
}

// TestPpl18DigraphInitials: an initial of two letters before a surname
// ("Ch.", "Ts.") is part of the person's name, which the surname alone
// joins later; "Ch." before a number is no initial.
func TestPpl18DigraphInitials(t *testing.T) {
	ppl18Check(t, []ppl18Case{
		{[]string{"Ch. Batsaikhan, the new energy minister, told reporters the grid would hold.", "\"There will be no cuts,\" Batsaikhan said."},
			[]string{"Ch. Batsaikhan"}, []string{"Batsaikhan"}},
		{[]string{"The speaker, Ts. Batbayar, called the vote. Batbayar said it was late."},
			[]string{"Ts. Batbayar"}, []string{"Batbayar"}},
	})
}

// TestPpl18BodyInChargeOf: a body's name runs on over "in charge of" and
// "responsible for" to its fields, one name whose words are no body of
// their own.
func TestPpl18BodyInChargeOf(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Officials at the Ministry in charge of Water Resources announced new limits on Monday.", "Ministry in charge of Water Resources"},
		{"The Office responsible for Coastal Defence said the wall would hold.", "Office responsible for Coastal Defence"},
	} {
		a := article(c.text)
		Default().prepare(a)
		var got []string
		for _, e := range a.Entities {
			got = append(got, e.Name)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: entities %q, want %q", c.text, got, c.want)
		}
	}
}

// TestPpl18HeadNounFirst: a name the tagger took for a person's that
// opens with a body's head noun is a body's.
func TestPpl18HeadNounFirst(t *testing.T) {
	ppl18Check(t, []ppl18Case{
		{[]string{"Dr Ivo Brandt, who teaches law at Queen's University Kessary and once sat on the bench, wrote the report."},
			[]string{"Ivo Brandt"}, []string{"University Kessary"}},
		{[]string{"Dr Ivo Brandt, who teaches law at King's College Vellmar and once sat on the bench, wrote the report."},
			[]string{"Ivo Brandt"}, []string{"College Vellmar"}},
	})
}

// TestPpl18PlaceBeforeGeoNoun: one word before a noun for a landform or a
// region in lower case is a place's, unless the word says something
// elsewhere or is a person's surname.
func TestPpl18PlaceBeforeGeoNoun(t *testing.T) {
	ppl18Check(t, []ppl18Case{
		{[]string{"Drilling in the offshore Lugenda basin will start next year, Ana Brandt told shareholders."},
			[]string{"Ana Brandt"}, []string{"Lugenda"}},
		{[]string{"The offshore Lugenda basin projects were delayed.", "Lugenda said the wells were dry."},
			[]string{"Lugenda"}, nil},
	})
}

// TestPpl18PlacesOfKind: the names listed after "the provinces of" and
// the like are places, every one of them.
func TestPpl18PlacesOfKind(t *testing.T) {
	ppl18Check(t, []ppl18Case{
		{[]string{"Ana Brandt said the provinces of Tete Norte and Lugenda were owed money."},
			[]string{"Ana Brandt"}, []string{"Lugenda"}},
	})
}

// TestPpl18ParticleBetweenNames: a given name and a surname of two words
// with a particle between, both typed a body's, set off by commas after a
// role, are one person's name.
func TestPpl18ParticleBetweenNames(t *testing.T) {
	ppl18Check(t, []ppl18Case{
		{[]string{"The assembly's new president, Esmeralda da Conceição Maposse, opened the sitting on Monday with a short speech."},
			[]string{"Esmeralda da Conceição Maposse"}, nil},
	})
}

// TestPpl18FirmAfterKindNoun: a name right after a noun for a kind of
// firm is a firm's; a person's role of that kind before a given name
// leaves a person.
func TestPpl18FirmAfterKindNoun(t *testing.T) {
	ppl18Check(t, []ppl18Case{
		{[]string{"Publisher Halla Kirjat announced a second printing on Friday."},
			nil, []string{"Halla Kirjat", "Publisher Halla Kirjat"}},
		{[]string{"Talks between Batsukh Orgil and state miner Gobi Tavan Ord stalled in March."},
			nil, []string{"Gobi Tavan Ord"}},
		{[]string{"The newspaper's publisher Arthur Brandt said the paper would survive."},
			[]string{"Arthur Brandt"}, nil},
		// a firm named after its founder leaves the founder a person
		{[]string{"Swiss parts maker Vogtlin will cut 240 jobs.", "The firm was founded in 1902 by Emil Vogtlin, a watchmaker from Bern."},
			[]string{"Emil Vogtlin"}, nil},
	})
}

// TestPpl18TeamAfterPluralNoun: a name right after a plural noun for a
// side in a contest is a team's; a person named after such a noun with a
// given name stays a person.
func TestPpl18TeamAfterPluralNoun(t *testing.T) {
	ppl18Check(t, []ppl18Case{
		{[]string{"On Sunday the defending champions Dunav Ruse, beaten 2-0 at home, slipped to third in the table."},
			nil, []string{"Dunav Ruse"}},
		{[]string{"The party's leaders Ana Brandt and Ivo Reed met on Monday."},
			[]string{"Ana Brandt"}, nil},
		{[]string{"The doubles were won by champions Tavo Marsk and Oli Brandt.", "Marsk said the final was hard."},
			[]string{"Tavo Marsk"}, nil},
	})
}
