package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestTitleCaseNames: in a title-case line every word is capitalised, so
// a person there is only as long as the running text names them; a name
// the running text gives only by its surname keeps its given names.
func TestTitleCaseNames(t *testing.T) {
	story := func(head string) []string {
		return []string{"Ada Holm, the mayor of Dunmore, said on Monday that the harbour would stay open.", head,
			"Tomas Brandt, who runs the ferry line, said fares would rise."}
	}
	cases := []nameCase{
		{"a related story's title after a name", story("Ada Holm Just Revealed Who She Would Pick"),
			"", []string{"Ada Holm"}, []string{"Ada Holm Just Revealed"}},
		{"a verb after a name", story("Tomas Brandt Calls"),
			"", []string{"Tomas Brandt"}, []string{"Tomas Brandt Calls"}},
		{"two names and a verb", story("Tomas Brandt Denies Ada Holm"),
			"", []string{"Tomas Brandt", "Ada Holm"}, []string{"Tomas Brandt Denies Ada Holm"}},
		{"a noun after the name", story("Praises Tomas Brandt Donor"),
			"", []string{"Tomas Brandt"}, []string{"Tomas Brandt Donor"}},
		{"given names the running text leaves out", []string{
			"The ferry carried passengers from many countries.",
			"Ahmed al Sayeedi and Reham Mosad.",
			"Al Sayeedi and Mosad were returning home to Vellmouth after a month in Dunmore."},
			"", []string{"Ahmed al Sayeedi"}, nil},
	}
	runNameCases(t, cases)
}

// TestTwoWordTitleCaseNames: a person of two words in a title-case line is
// cut to the word the running text names as a person, unless the word cut
// off is shaped as a surname and never written in lower case.
func TestTwoWordTitleCaseNames(t *testing.T) {
	cases := []struct {
		paras []string
		names []string // the tagger's people, in text order
		want  string   // the first, after the step
	}{
		{[]string{"Brandt Calls For Calm At The Harbour.", "Tomas Brandt runs the ferry line. Brandt spoke on Monday."},
			[]string{"Brandt Calls", "Tomas Brandt", "Brandt"}, "Brandt"},
		{[]string{"Holm Campaign Ends In Dunmore.", "Ada Holm spoke. Holm said the campaign was over."},
			[]string{"Holm Campaign", "Ada Holm", "Holm"}, "Holm"},
		{[]string{"Ghassan Abu-Rashid, Sahar Quaider And Reem Osei.", "Ghassan was returning home to Vellmouth."},
			[]string{"Ghassan Abu-Rashid", "Ghassan"}, "Ghassan Abu-Rashid"},
	}
	for _, c := range cases {
		a := article(c.paras...)
		tz := Default().prepare(a)
		var raw []rawMention
		from := 0
		for _, n := range c.names {
			words := strings.Fields(n)
			for k := from; k+len(words) <= len(tz.toks); k++ {
				if tz.toks[k].text == words[0] && tz.toks[k+len(words)-1].text == strings.TrimSuffix(words[len(words)-1], ",") {
					raw = append(raw, rawMention{ts: k, te: k + len(words), typ: model.Person})
					from = k + len(words)
					break
				}
			}
		}
		if len(raw) != len(c.names) {
			t.Fatalf("%q: names not found", c.paras)
		}
		got := titleCaseNames(tz, raw)
		if n := a.Text[tz.toks[got[0].ts].Start:tz.toks[got[0].te-1].End]; n != c.want {
			t.Errorf("%q: %q, want %q", c.paras[0], n, c.want)
		}
	}
}
