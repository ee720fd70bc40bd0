package analysis

import "testing"

// TestHeadBeforeTitle: a speaker phrase after an inverted tag that ends in
// a title in quotation marks speaks as its head before the preposition.
func TestHeadBeforeTitle(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"authors of a titled report", `“If we want young sailors to back us, we have to meet them,” wrote the authors of the “Harbour Renewal Plan,” giving the ferry as an example.`, "young sailors", "the authors"},
		{"author of a titled book", `“The quay was never safe,” said the author of “Marrow Tides,” a memoir.`, "never safe", "the author"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
