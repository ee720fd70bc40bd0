package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestRankNames: a military rank and a name the tagger ran into one
// body's name give the person, the rank left out; bodies whose names open
// with the rank's word keep their type.
func TestRankNames(t *testing.T) {
	cases := []nameCase{
		{"the surname known", []string{"Ivo Petravell resigned in Dunmore last year.", "The case was closed after what happened to General Petravell, who resigned."},
			"", []string{"Ivo Petravell"}, []string{"General Petravell"}},
		{"a given name", []string{"“After consulting with General Ivo Dempvale, we have decided,” the memo reads."},
			"", []string{"Ivo Dempvale"}, []string{"General Ivo Dempvale"}},
		{"a band", []string{"I suggest you have a look at General Fiascoe, Two Door Club and Wallis Byrd."},
			"", nil, []string{"Fiascoe"}},
		{"a company", []string{"Shares of General Mills fell in Dunmore on Monday after the report."},
			"", nil, []string{"Mills"}},
		{"an office", []string{"The General Services Administration leased the building in Dunmore."},
			"", nil, []string{"Services Administration"}},
	}
	runNameCases(t, cases)
}

// TestRankNamesKeepsBodies: rankNames leaves a body alone whose words
// after the rank name a company or an office, or run on into a capital,
// even where a person of the article bears the word as a surname.
func TestRankNamesKeepsBodies(t *testing.T) {
	tz := tokenizeText("Tomas Mills joined the board of General Mills. General Counsel Ada Holm spoke. General Ivo Dynamics Corp. grew.")
	raw := []rawMention{{ts: 0, te: 2, typ: model.Person}}
	for k, tk := range tz.toks {
		if tk.text == "General" {
			raw = append(raw, rawMention{ts: k, te: k + 2, typ: model.Organization})
		}
	}
	if len(raw) != 4 {
		t.Fatalf("%d mentions of General, want 3", len(raw)-1)
	}
	for _, r := range rankNames(tz, raw)[1:] {
		if r.typ != model.Organization || tz.toks[r.ts].text != "General" {
			t.Errorf("%q became %v from %q", tz.toks[r.ts+1].text, r.typ, tz.toks[r.ts].text)
		}
	}
}

// TestRankAbbreviations: an abbreviated rank stays out of the person's
// name after it.
func TestRankAbbreviations(t *testing.T) {
	runNameCases(t, []nameCase{
		{"an admiral", []string{"Officials briefed them, including NSA Director Adm. Mikael Rodgerson and the cyber command's chief."},
			"", []string{"Mikael Rodgerson"}, []string{"Adm. Mikael Rodgerson"}},
		{"a major", []string{"Officials briefed them, including NSA Director Maj. Tomas Reedley and the cyber command's chief."},
			"", []string{"Tomas Reedley"}, []string{"Maj. Tomas Reedley", "Maj."}},
	})
}
