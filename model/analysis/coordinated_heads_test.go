package analysis

import "testing"

// TestCoordinatedHeads: a description that joins two roles with "and"
// is one subject, before an aside or in a phrase "with X chanting".
func TestCoordinatedHeads(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"two roles before an aside", `The veteran delegate and farm activist, who backs Tomas Osei, warned of a “ferocious” fight ahead that could last weeks.`, "ferocious", "the veteran delegate and farm activist"},
		// a standing in a race, a trade, before "and" and a role
		{"front-runner and role", `The Labour front-runner and former harbour master said the town “clearly” needed a new sea wall.`, "clearly", "The Labour front-runner and former harbour master"},
		{"surgeon and role", `The retired surgeon and former mayor said the clinic was “in good hands” this winter.`, "good hands", "the retired surgeon and former mayor"},
		{"two groups after with", `Marrow was on the minds of the crowd, with many marchers and spectators chanting “We are Marrow” on the quay.`, "We are Marrow", "many marchers and spectators"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestTwoRolesOfOnePerson: a description that gives one person two roles
// under one determiner ("the former finance minister and current party
// leader") means the person the first role means, and a role's "of"
// phrase may stand before the "and".
func TestTwoRolesOfOnePerson(t *testing.T) {
	intro := `Marta Quispe spoke out on Tuesday about the drought. Quispe argued that the lost harvest should be declared “a national emergency.”`
	runSpeakerCases(t, []speakerCase{
		{"two roles", []string{intro, `On a morning radio show, the former finance minister and current party leader said she wanted to speak “directly to farmers” this week.`}, "directly to farmers", "Marta Quispe"},
		{"a role of a place, then another", []string{intro, `On a morning radio show, the former secretary of state and current opposition leader said she wanted to speak “directly to farmers” this week.`}, "directly to farmers", "Marta Quispe"},
	})
}
