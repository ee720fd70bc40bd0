package analysis

import "testing"

// TestOuterReporterPastTitles: "X claimed that <body> <title> Y had called
// it “…”" is X's account; the titles and the body before Y do not hide the
// "that" that opens the reported clause.
func TestOuterReporterPastTitles(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"Ilse Varga admitted she had misspoken when she claimed that Harbour Board Chair Tomas Brandt had described as “truthful” all of her statements.", "truthful", "Ilse Varga"},
		{"Ilse Varga said that Mayor Tomas Brandt had called the plan “a harbour for everyone.”", "harbour for everyone", "Ilse Varga"},
		// regression: no reported clause, the name's own verb speaks
		{"On Monday, Harbour Board Chair Tomas Brandt described the plan as “a harbour for everyone.”", "harbour for everyone", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
