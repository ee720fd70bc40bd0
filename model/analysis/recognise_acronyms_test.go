package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestDefinedAcronyms: a long name with its acronym in brackets after it
// is one name, however the tagger cut it, and the acronym is that name
// wherever it stands; the initials decide where the long name starts, and
// an acronym that leaves words of a longer name out defines nothing.
func TestDefinedAcronyms(t *testing.T) {
	cases := []struct {
		paras []string
		name  string           // an entity the article lists
		typ   model.EntityType // its type
		n     int              // its mentions
	}{
		{[]string{"Talks were led by the Organisation for Harbour Safety and Cooperation in Veldoria (OHSCV) on Monday.",
			"The OHSCV said the ports would reopen."},
			"Organisation for Harbour Safety and Cooperation in Veldoria", model.Organization, 3},
		{[]string{"Rebels of the Kessary National Liberation Front ( KNLF ) signed the accord.", "A KNLF spokesman welcomed it."},
			"Kessary National Liberation Front", model.Organization, 3},
		{[]string{"Fees rose under the Affordable Tuition Act (ATA) last year.", "The ATA is popular."},
			"Affordable Tuition Act", model.Other, 3},
	}
	for _, c := range cases {
		a := article(c.paras...)
		Analyze(a)
		if got := mentionCount(a, c.name, c.typ); got != c.n {
			t.Errorf("%q: %v %q has %d mentions, want %d (%v)", c.paras, c.typ, c.name, got, c.n, a.Entities)
		}
	}
}

// TestLongNameStart: where the initials of the words before a bracketed
// acronym start the long name, or -1.
func TestLongNameStart(t *testing.T) {
	cases := []struct {
		text, acr string
		want      string // the long name, "" for none
	}{
		{"Officials of the Vell River Authority ( VRA ) met.", "VRA", "Vell River Authority"},
		{"She joined the Asia-Pacific Marine Council ( APMC ) early.", "APMC", "Asia-Pacific Marine Council"},
		{"He led the Bank of Kessary ( BK ) for years.", "BK", "Bank of Kessary"},
		// the acronym leaves words out: "Rally for the Return of"
		{"The Rally for the Return of Exiles and Justice in Kessary ( EJK ) marched.", "EJK", ""},
		// one word is no long name, nor do other letters match
		{"He left Marrow ( M ) early.", "M", ""},
		{"Staff at the Vell Port Board ( VHA ) struck.", "VHA", ""},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		k := 0
		for k+1 < len(tz.toks) && !(tz.toks[k].text == "(" && tz.toks[k+1].text == c.acr) {
			k++
		}
		got := ""
		if s := longNameStart(tz.toks, k, c.acr); s >= 0 {
			got = a.Text[tz.toks[s].Start:tz.toks[k-1].End]
		}
		if got != c.want {
			t.Errorf("%q: long name %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAcronymInLongName: a name with an acronym among its words is no
// long form of an acronym its initials spell: "U.S." is the country, not
// the U.S. Senate.
func TestAcronymInLongName(t *testing.T) {
	a := article("The U.S. Senate voted on Tuesday.", "Officials in the U.S. welcomed it, and the U.S. economy grew.")
	Analyze(a)
	for _, e := range a.Entities {
		if e.Name == "U.S. Senate" && len(e.Mentions) != 1 {
			t.Errorf("U.S. Senate has %d mentions, want 1 (%v)", len(e.Mentions), a.Entities)
		}
	}
}
