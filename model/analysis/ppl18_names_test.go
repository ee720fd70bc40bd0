package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// namePeople is the names of an article's people, analysed whole.
func namePeople(paras ...string) []string {
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

// namePartsCase is an article, the people it must list and the names its
// people list must not hold.
type namePartsCase struct {
	paras     []string
	want, not []string
}

func nameCheck(t *testing.T, cases []namePartsCase) {
	t.Helper()
	for _, c := range cases {
		got := namePeople(c.paras...)
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

// TestHyphenGivenBeforeSurname: a double-barrelled given name the
// tagger left out goes back on the surname that stands alone for the
// person elsewhere; a rank before a full name does not.
func TestHyphenGivenBeforeSurname(t *testing.T) {
	nameCheck(t, []namePartsCase{
		{[]string{"OULU - Veino-Kaisa Hakkarainen took the regional poetry award on Tuesday.", "Hakkarainen, 47, teaches music in Lahti."},
			[]string{"Veino-Kaisa Hakkarainen"}, []string{"Hakkarainen"}},
		{[]string{"The jury chose Maija-Riitta Vesterinen for the prize.", "Vesterinen said she had not expected it."},
			[]string{"Maija-Riitta Vesterinen"}, []string{"Vesterinen"}},
		{[]string{"Troops under Major-General Ivo Sandrel crossed the river.", "Sandrel said the bridge held."},
			[]string{"Ivo Sandrel"}, []string{"Major-General Ivo Sandrel"}},
	})
}

// TestGivenDoubleBarrelled: the words that may be a double-barrelled
// given name, a first part in "o" among them, and the prefixes that may
// not.
func TestGivenDoubleBarrelled(t *testing.T) {
	for w, want := range map[string]bool{"Veino-Kaisa": true, "Marja-Leena": true, "Mario-Luca": true, "Anglo-Irish": false,
		"Anti-Donald": false, "Pro-Brandt": false, "U-Turn": false, "Veino-": false, "Veino-KAISA": false} {
		tok := token{text: w, low: strings.ToLower(w), capital: true}
		if got := givenDoubleBarrelled(&tok); got != want {
			t.Errorf("givenDoubleBarrelled(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestDatelineAfterCredit: the dateline in capitals opens the
// paragraph after a credit line, and is a place there as anywhere.
func TestDatelineAfterCredit(t *testing.T) {
	nameCheck(t, []namePartsCase{
		{[]string{"By Ana Reed", "KAMPONG VELL - Police said on Sunday they freed 40 workers from a compound."},
			nil, []string{"KAMPONG", "VELL", "KAMPONG VELL"}},
	})
}

// TestGivenNameAlone: a name of three words typed a place or a body,
// whose first word alone is said of a person later (a given name, as
// Ethiopians are called), is that person's full name.
func TestGivenNameAlone(t *testing.T) {
	nameCheck(t, []namePartsCase{
		{[]string{"Speaking for the refugee agency in Gondar, Yonas Kebede Alemu, told reporters the camps were full. " +
			"Yonas, who grew up in Dessie, said food would last a week.", "\"We need trucks,\" Yonas said."},
			[]string{"Yonas Kebede Alemu"}, []string{"Yonas"}},
	})
}

// TestDigraphInitials: an initial of two letters before a surname
// ("Ch.", "Ts.") is part of the person's name, which the surname alone
// joins later; "Ch." before a number is no initial.
func TestDigraphInitials(t *testing.T) {
	nameCheck(t, []namePartsCase{
		{[]string{"Ch. Batsaikhan, the new energy minister, told reporters the grid would hold.", "\"There will be no cuts,\" Batsaikhan said."},
			[]string{"Ch. Batsaikhan"}, []string{"Batsaikhan"}},
		{[]string{"The speaker, Ts. Batbayar, called the vote. Batbayar said it was late."},
			[]string{"Ts. Batbayar"}, []string{"Batbayar"}},
	})
}

// TestBodyInChargeOf: a body's name runs on over "in charge of" and
// "responsible for" to its fields, one name whose words are no body of
// their own.
func TestBodyInChargeOf(t *testing.T) {
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

// TestHeadNounFirst: a name the tagger took for a person's that
// opens with a body's head noun is a body's.
func TestHeadNounFirst(t *testing.T) {
	nameCheck(t, []namePartsCase{
		{[]string{"Dr Ivo Brandt, who teaches law at Queen's University Kessary and once sat on the bench, wrote the report."},
			[]string{"Ivo Brandt"}, []string{"University Kessary"}},
		{[]string{"Dr Ivo Brandt, who teaches law at King's College Vellmar and once sat on the bench, wrote the report."},
			[]string{"Ivo Brandt"}, []string{"College Vellmar"}},
	})
}

// TestPlaceBeforeGeoNoun: one word before a noun for a landform or a
// region in lower case is a place's, unless the word says something
// elsewhere or is a person's surname.
func TestPlaceBeforeGeoNoun(t *testing.T) {
	nameCheck(t, []namePartsCase{
		{[]string{"Drilling in the offshore Lugenda basin will start next year, Ana Brandt told shareholders."},
			[]string{"Ana Brandt"}, []string{"Lugenda"}},
		{[]string{"The offshore Lugenda basin projects were delayed.", "Lugenda said the wells were dry."},
			[]string{"Lugenda"}, nil},
	})
}

// TestPlacesOfKind: the names listed after "the provinces of" and
// the like are places, every one of them.
func TestPlacesOfKind(t *testing.T) {
	nameCheck(t, []namePartsCase{
		{[]string{"Ana Brandt said the provinces of Tete Norte and Lugenda were owed money."},
			[]string{"Ana Brandt"}, []string{"Lugenda"}},
	})
}

// TestParticleBetweenNames: a given name and a surname of two words
// with a particle between, both typed a body's, set off by commas after a
// role, are one person's name.
func TestParticleBetweenNames(t *testing.T) {
	nameCheck(t, []namePartsCase{
		{[]string{"The assembly's new president, Esmeralda da Conceição Maposse, opened the sitting on Monday with a short speech."},
			[]string{"Esmeralda da Conceição Maposse"}, nil},
	})
}

// TestFirmAfterKindNoun: a name right after a noun for a kind of
// firm is a firm's; a person's role of that kind before a given name
// leaves a person.
func TestFirmAfterKindNoun(t *testing.T) {
	nameCheck(t, []namePartsCase{
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

// TestTeamAfterPluralNoun: a name right after a plural noun for a
// side in a contest is a team's; a person named after such a noun with a
// given name stays a person.
func TestTeamAfterPluralNoun(t *testing.T) {
	nameCheck(t, []namePartsCase{
		{[]string{"On Sunday the defending champions Dunav Ruse, beaten 2-0 at home, slipped to third in the table."},
			nil, []string{"Dunav Ruse"}},
		{[]string{"The party's leaders Ana Brandt and Ivo Reed met on Monday."},
			[]string{"Ana Brandt"}, nil},
		{[]string{"The doubles were won by champions Tavo Marsk and Oli Brandt.", "Marsk said the final was hard."},
			[]string{"Tavo Marsk"}, nil},
	})
}
