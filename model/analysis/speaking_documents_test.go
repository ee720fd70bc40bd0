package analysis

import "testing"

// TestMoreDocumentHeads: a document, a tweet or a lawsuit speaks for what
// it says, wherever it stands, as an ad or a letter does.
func TestMoreDocumentHeads(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"the document states", "Ola Marsh handed over a page she said set out the harbour board’s rules. “Night shifts paid double,” the document states, after “one full year on the quay.”", "Night shifts paid double", "the document"},
		{"a lawsuit alleging", "A federal lawsuit was filed in Vell in 2019 alleging that the board treated the ferry crews as a “standing threat to the quay.”", "standing threat", "a federal lawsuit"},
		{"a tweet quoting", "An early tweet quoted the mayor as saying “We will rebuild the quay before the winter storms!”", "rebuild the quay", "an early tweet"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
