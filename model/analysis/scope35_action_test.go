package analysis

import "testing"

// TestActionBefore: a quotation after a sentence in which one person acts,
// in a paragraph with no speech verb, is that person's.
func TestActionBefore(t *testing.T) {
	intro := `Ann Reed, the mayor of Holm, met Tomas Brandt, a fisherman, at the harbour on Monday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a name", `Brandt laughs. “We have heard that before.”`, "heard that before", "Tomas Brandt"},
		{"a pronoun and its own head", `He shakes his head. “Nobody asked us about the quay.”`, "Nobody asked us", "Tomas Brandt"},
		{"past tense", `Reed paused at the door. “The harbour will stay open.”`, "harbour will stay", "Ann Reed"},
		{"someone else in the sentence", `Brandt looks at Reed. “Nobody asked us about the quay.”`, "Nobody asked us", ""},
		{"another pronoun", `He hands her the keys. “Nobody asked us about the quay.”`, "Nobody asked us", ""},
		{"a speech verb in the paragraph", `Brandt laughs. “We have heard that before,” a neighbour said.`, "heard that before", "a neighbour"},
		{"a scare quote", `Brandt laughs. “Progress.”`, "Progress", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
