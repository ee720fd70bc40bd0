package analysis

import "testing"

// TestParticipleOfCoordinatedClause: a participle clause after ", and" or
// a comma and a subordinator, and a clause with a subject of its own,
// speaks for that subject, not for the sentence's first; a verb phrase
// sharing the first subject keeps it.
func TestParticipleOfCoordinatedClause(t *testing.T) {
	intro := `The harbour board met in Eastcliff on Monday to decide the future of the old quay.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"and within weeks the group", `Ann Reed led the first protest, and within weeks the opposition group had sent letters calling the plan a “twenty million pound mistake.”`, "pound mistake", "the opposition group"},
		{"but the mayor", `Ann Reed backed the plan, but the mayor wrote to the board on Friday, calling it “a folly from start to finish.”`, "folly", "the mayor"},
		{"as X echoed, after an empty subject", `It was a bruising evening for the mayor, as Ann Reed echoed the criticism, saying the plan “has been a failure from the very first day” and sat down.`, "failure from the very first day", "Ann Reed"},
		{"shared subject", `Ann Reed led the first protest, and then sent letters calling the plan a “twenty million pound mistake.”`, "pound mistake", "Ann Reed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
