package analysis

import "testing"

// TestUnknownAppositive: a name the recogniser does not know, set in
// apposition after the role phrase of an inverted tag and closing it,
// speaks; words that do not close the tag leave the role.
func TestUnknownAppositive(t *testing.T) {
	intro := `The charity Memory Matters said the findings were encouraging.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"name closing the tag", `“This is another reason to get moving,” said its research director, Sian Pritchard.`, "get moving", "Sian Pritchard"},
		{"capitalised words going on", `“This is another reason to get moving,” said its research director, Sian Pritchard Foundation trustee.`, "get moving", "its research director"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
