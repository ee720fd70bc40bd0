package analysis

import "testing"

// TestImpliedCues: a verb that credits a claim without saying it was said
// aloud introduces the quotation as a speech verb does.
func TestImpliedCues(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"Ilse Varga implied the harbour judge was “hostile” to the crews.", "hostile", "Ilse Varga"},
		{"Ilse Varga vented to her brother that the vote would be “a long fight.”", "long fight", "Ilse Varga"},
		{"Tomas Brandt, a port clerk, coined the term “quay rot” in 1990.", "quay rot", "Tomas Brandt"},
		{"Ilse Varga hinted that the old quay would be “closed for good.”", "closed for good", "Ilse Varga"},
		{"Ilse Varga assumed the crews were “on our side” all along.", "on our side", "Ilse Varga"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) {
			a := article(c.para)
			Analyze(a)
			q, ok := findQuote(a, c.quote)
			if !ok {
				t.Fatalf("no quotation %q in %q", c.quote, quoteTexts(a))
			}
			// the verb's own rule: a fallback to the sentence's first name
			// is right here only by luck
			if q.Speaker != c.speaker || q.Rule != "tag-before" {
				t.Errorf("speaker %q by %q, want %q by tag-before", q.Speaker, q.Rule, c.speaker)
			}
		})
	}
}
