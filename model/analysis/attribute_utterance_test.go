package analysis

import "testing"

// TestNamedOwnWords: a person's own words or verdict, the owner written as
// a name, are that person speaking.
func TestNamedOwnWords(t *testing.T) {
	intro := `Steve Colling and Graham Tully shook hands before the match at Brook Lane.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"verdict", `Colling's verdict: “A fair result.”`, "fair result", "Steve Colling"},
		{"modified assessment", `Tully's blunt assessment: “We were poor.”`, "were poor", "Graham Tully"},
		{"response was", `Tully’s response was: “We go again on Tuesday.”`, "go again", "Graham Tully"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}

// TestOwnerBeforeColon: a clause before a colon that is only a pronoun
// owner's verdict gives the quotation to the owner.
func TestOwnerBeforeColon(t *testing.T) {
	intro := `Steve Colling and Graham Tully shook hands before the match at Brook Lane.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"verdict", `Tully left early. His verdict: “We were robbed today.”`, "were robbed", "Graham Tully"},
		{"verdict was simple", `Tully left early. His verdict was simple: “We were robbed today.”`, "were robbed", "Graham Tully"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
