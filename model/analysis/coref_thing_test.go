package analysis

import "testing"

// TestItDocument: "it" is the document or body the sentence before it
// opens with, or the one that spoke the quotation before it, before any
// organisation or place named nearer it.
func TestItDocument(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"document that opens the sentence before: its issuer", "The memo from the Vell Harbour Authority reached the Marrow Town Council on Monday. At the bottom it reads, “Keep the quay open.”",
			"Keep the quay open", "Vell Harbour Authority"},
		{"document with a possessive before it", "The hearing tested the panel. Tuesday's memo from the panel seemed aimed at the critics. “Most of the witnesses were new,” it stated.",
			"witnesses were new", "Tuesday's memo"},
		{"document that spoke the quotation before", "The Reed campaign sent an email about Marrow and Dunmore. “We can win,” the email read. It stated that the race was “wide open.”",
			"wide open", "the email"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
