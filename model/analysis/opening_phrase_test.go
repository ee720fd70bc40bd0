package analysis

import "testing"

// TestOpeningPhrase: a sentence that opens with an adverbial phrase or a
// participle clause has its subject after the comma that closes it, not
// at a comma between two modifiers inside it, so a name or a body in the
// phrase does not speak for a verb coordinated with the main one.
func TestOpeningPhrase(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"comma between modifiers", `In a long, in-prison interview with journalist Tomas Brandt last year, Ilse Varga said she welcomed it and added, “I will plead guilty.”`, "plead guilty", "Ilse Varga"},
		{"participle opens the sentence", `Appearing before cheering supporters on Monday at VBC headquarters, Ana Kyi said it was too early and warned, “We must wait.”`, "must wait", "Ana Kyi"},
		{"region typed as a body after a place", "The New Dunmore primary is next week.\nSpeaking at a town hall event in Marrow, New Dunmore, Ilse Varga went after Tomas Osei, calling him “a total stiff.”", "total stiff", "Ilse Varga"},
		{"plural subject after the phrase", `After the vote in Marrow, officials said they would appeal and added, “We will win.”`, "will win", "officials"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
