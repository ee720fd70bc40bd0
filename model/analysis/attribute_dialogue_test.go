package analysis

import "testing"

// TestSplitHalfHasNoDialogueTag: the second half of a quotation split by
// its tag goes on with that tag's speaker; a sentence that opens with a
// name after it is no dialogue tag of its own.
func TestSplitHalfHasNoDialogueTag(t *testing.T) {
	cases := []struct {
		paras          []string
		quote, speaker string
	}{
		{[]string{"Ilse Varga marked the fair online. “Happy harvest!,” she wrote. “The best bread is baked in Holm!” Tomas Brandt baked most of the loaves."}, "best bread", "Ilse Varga"},
		{[]string{"Ilse Varga named her favourite show. “‘Harbour Lights,’” she said, “though I have not seen the last season!” Netvell streams it."}, "last season", "Ilse Varga"},
		// regression: a quotation with no tag before it keeps its dialogue tag
		{[]string{"The crowd waited. “Not again!” Tomas Brandt groaned."}, "Not again", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.paras[0], func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.paras...) })
	}
}
