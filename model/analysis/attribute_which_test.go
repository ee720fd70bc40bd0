package analysis

import "testing"

// TestWhichSpeaks: "which" with a speech verb speaks for the document or
// body before it, not for the sentence's subject, even when the sentence's
// verb is one of speech; a clause whose own subject follows "which" keeps
// that subject.
func TestWhichSpeaks(t *testing.T) {
	intro := `The harbour board met in Eastcliff on Monday to decide the future of the old quay.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"the report, which claimed", `The minister denied the report, which claimed the budget was “in freefall”.`, "in freefall", "the report"},
		{"a possessed letter", `Ann Reed read out the union's letter, which warned of “a summer of strikes”.`, "summer of strikes", "the union's letter"},
		{"which the union described", `Ann Reed welcomed the ruling, which the union described as “a victory for common sense”.`, "victory for common sense", "the union"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
