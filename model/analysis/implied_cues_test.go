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
		// the verb's own rule: a fallback to the sentence's first name
		// is right here only by luck
		t.Run(c.para, func(t *testing.T) { wantSpeakerBy(t, c.quote, c.speaker, "tag-before", c.para) })
	}
}
