package analysis

import "testing"

// TestAcrossTerms: the second half of a split quotation takes the first
// half's speaker across one or two quoted terms of the tag's sentence.
func TestAcrossTerms(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"two ratings", `“The scale of the cut surprised us,” said Ravi Menon, an analyst at Holbrook Securities, who cut the stock to “neutral” from “buy.” “Management had been telling investors that Europe was stable.”`, "Management had been", "Ravi Menon"},
		{"one term", `“We were not ready,” said Ravi Menon before a “No-Levy” barbecue. “Nobody was.”`, "Nobody was", "Ravi Menon"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
