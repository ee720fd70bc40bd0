package analysis

import "testing"

// TestStatementSpeaker: "the statement said" is the words of the subject
// of the speech verb the statement was said in (coref45_document.go).
func TestStatementSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the statement opens the sentence", []string{
			"A court in Holm jailed four men on Sunday for smuggling statues.",
			"In a statement issued after the verdict, the Vell Public Prosecution said the network had used forged certificates.",
			"“The defendants treated the heritage of all as merchandise,” the statement said.",
		}, "heritage of all", "Vell Public Prosecution"},
		{"said in a statement", []string{
			"A blockade kept the Kessa mine shut for a 19th day.",
			"Kessa Mining Ltd said on Tuesday in a statement that it had met most of its commitments.",
			"“The company reiterates its willingness to talk,” the statement said.",
		}, "willingness to talk", "Kessa Mining Ltd"},
		{"the company said in it", []string{
			"Lacteos Brava Ltd, a family dairy firm, asked a court for protection from its creditors on Monday.",
			"In a statement, the company said it had hired advisers. “The family remains committed to the town,” the statement said.",
		}, "remains committed", "Lacteos Brava Ltd"},
		// a statement no one is said to have said words in stays
		{"a statement read out by no one named", []string{
			"A court in Holm jailed four men on Sunday for smuggling statues.",
			"In a statement read out on the steps, four words stood out.",
			"“The defendants treated the heritage of all as merchandise,” the statement said.",
		}, "heritage of all", "the statement"},
	})
}
