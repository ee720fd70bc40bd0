package analysis

import "testing"

// TestPollReporting: a share of respondents that answers in a sentence
// naming the poll is the poll's account; a share with no poll in its
// sentence keeps the words, and a poll never takes a named speaker's.
func TestPollReporting(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"in a poll, percent of a party", "In a March Vell Ledger poll, 61 percent of Harbourists said the ferry tax was “a mistake” that should end.", "a mistake", "a March Vell Ledger poll"},
		{"the poll finds, while a share says", "The Kessary poll also finds that, while 40 percent of voters say Ann Reed is “too cautious” on the quay, 22 percent say she is “far too bold.”", "far too bold", "the Kessary poll"},
		{"a count out of ten before a party", "In a Holm Courier survey released Sunday, six in 10 Republicans said the board “should wait another year.”", "should wait another year", "a Holm Courier survey"},
		{"a percentage before a party", "In a Holm Courier survey, 31% of Democrats and Democratic-leaning voters said they were “extremely worried” about the quay.", "extremely worried", "a Holm Courier survey"},
		// regressions: no poll in the sentence, or no share
		{"a share with no poll", "About four in 10 voters said they were “angry” with the board.", "angry", "four in 10 voters"},
		{"a named speaker in a poll's sentence", "Ann Reed, asked about the Ledger poll, said the numbers were “a wake-up call.”", "a wake-up call", "Ann Reed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
