package analysis

import "testing"

// TestQuoteInOpeningClause: a quotation at the end of an opening adverbial
// clause with a speech verb of its own is that verb's, not the main
// clause's after it; a clause without one keeps the tag after it.
func TestQuoteInOpeningClause(t *testing.T) {
	intro := `The harbour board met in Eastcliff on Monday to decide the future of the old quay.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"after X said", `After Ann Reed said the quay would do better as a “car park for the ferry,” Tomas Brandt said he would resign.`, "car park", "Ann Reed"},
		{"even as X claimed", `But even as Ola Varga claimed that “nobody has read the survey,” a board member told reporters it was read twice.`, "nobody has read", "Ola Varga"},
		{"when X called, British comma", `When Ann Reed called the plan ‘reckless’, Tomas Brandt walked out of the hall.`, "reckless", "Ann Reed"},
		{"when X shouted, comma before", `When a fisherman in the crowd shouted, “Sell it,” Ann Reed joked that she might.`, "Sell it", "a fisherman in the crowd"},
		{"when asked, tag after", `When asked, “We will wait and see,” Ann Reed said.`, "wait and see", "Ann Reed"},
		// no speech verb in the clause: the tag after it answers
		{"because, tag after", `Because “the tide waits for no one,” Ann Reed said, the board voted at once.`, "tide waits", "Ann Reed"},
		// a comma inside the clause: the quotation opens the main clause
		{"comma before the quotation", `When the vote came, “we had already lost,” Tomas Brandt said.`, "already lost", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
