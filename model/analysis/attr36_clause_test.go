package analysis

import "testing"

// TestQuotationAfterOpeningClause: a quotation in an adverbial clause or a
// phrase with a relative clause that opens the sentence belongs to that
// clause's verb; a quotation in the main clause after it is not that
// verb's, nor does it carry on its speaker.
func TestQuotationAfterOpeningClause(t *testing.T) {
	intro := `Ann Reed and Tomas Brandt met at the harbour office on Monday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"while, a verb that is no cue", `While Reed calls the plan “a triumph for the town,” Brandt fixes on the “cost” line.`, "cost", ""},
		{"the opening clause keeps its own", `While Reed calls the plan “a triumph for the town,” Brandt fixes on the “cost” line.`, "triumph", "Ann Reed"},
		{"a phrase with a relative clause", `In a recording that Reed called “unhelpful,” Brandt expressed a wish to “sink the whole quay.”`, "sink the whole quay", "Tomas Brandt"},
		{"the main clause's own cue", `While Reed calls the plan “a triumph for the town,” Brandt said it was “a waste.”`, "a waste", "Tomas Brandt"},
		{"a split quotation carries on", `“The plan,” Reed said, “is a triumph,” and she called it “overdue.”`, "overdue", "Ann Reed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
