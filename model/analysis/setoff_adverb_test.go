package analysis

import "testing"

// TestSetOffAdverb: a sentence adverb between commas after the subject
// leaves that subject to the verb after it.
func TestSetOffAdverb(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		// the whole subject, its head kept (headBeforePhrase)
		{"however", `Critics of the new toll, however, say it would turn the harbour office into an “umpire.” Ferries would gain.`, "umpire", "Critics of the new toll"},
		{"meanwhile, after a name", `Marrow's harbour master spoke first. Ilse Varga, meanwhile, warned that the plan was “a disgrace.”`, "a disgrace", "Ilse Varga"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
