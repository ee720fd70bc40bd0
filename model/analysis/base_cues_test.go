package analysis

import "testing"

// TestBaseSpeechCues: a speech verb in its base form, after a modal or as
// the present tense of a plural subject, is a cue like its other forms.
func TestBaseSpeechCues(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"after a modal, in the second of two clauses", "The Vell Gazette will brand you a liar and Harbour Radio will accuse you of engaging in a “freak out.”", "freak out", "Harbour Radio"},
		{"present tense of a plural subject", "All the crews have to do is stick to their oars and repeat, ten times, “Row together.”", "Row together", "the crews"},
		{"after an aside", "The two councillors, however, argue that “there is precedent for a toll,” citing a case in Marrow.", "precedent for a toll", "the two councillors"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
