package analysis

import "testing"

// TestTradeBody: a noun of trade ("the miner", "the brewer") names the one
// company in reach whose name tells that trade, and stays as written
// where no name does: a miner may be a worker (tradeBodyNames, words.go).
func TestTradeBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the miner", []string{
			"Kestrel Mining will cut 300 jobs at its northern pits, blaming a slump in copper prices.",
			"The cuts will fall mostly on contract staff. “We have to match our costs to the market,” the miner said in a statement.",
		}, "match our costs", "Kestrel Mining"},
		{"a worker", []string{
			"Dunmore Ceramics will close its kiln at Holm next year.",
			"A miner who has dug clay for the works for twenty years said the news came as no surprise. “We all knew it was coming,” the miner said.",
		}, "all knew", "the miner"},
	})
}
