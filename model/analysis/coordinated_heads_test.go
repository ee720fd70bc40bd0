package analysis

import "testing"

// TestCoordinatedHeads: a description that joins two roles with "and"
// is one subject, before an aside or in a phrase "with X chanting".
func TestCoordinatedHeads(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"two roles before an aside", `The veteran delegate and farm activist, who backs Tomas Osei, warned of a “ferocious” fight ahead that could last weeks.`, "ferocious", "the veteran delegate and farm activist"},
		{"two groups after with", `Marrow was on the minds of the crowd, with many marchers and spectators chanting “We are Marrow” on the quay.`, "We are Marrow", "many marchers and spectators"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
