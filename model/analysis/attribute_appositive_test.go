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

// TestTitledApposition: the name in apposition after a role phrase speaks
// past a title before it.
func TestTitledApposition(t *testing.T) {
	intro := `A study led by Dr. Amara Osei of Kessington Hospital was published on Wednesday.`
	wantSpeaker(t, "how little it took", "Amara Osei", intro,
		`“What surprised us was how little it took,” according to the study's lead author, Dr. Amara Osei.`)
}
