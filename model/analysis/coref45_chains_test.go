package analysis

import "testing"

// TestFarRoleHolder: a description whose holder the chains no longer hold
// in reach names the article's one holder of the role, and the pronoun
// after it goes on with them; a late holder of the office is none
// (coref45_chains.go).
func TestFarRoleHolder(t *testing.T) {
	lead := []string{
		"Gov. Ann Reed, 58, who is seeking a third term, accused her rival of buying votes in four towns.",
		"Her rival, Tomas Osei, dismissed the claim as a desperate move.",
		"Election officials said both complaints would be heard.",
	}
	late := []string{
		"Reed's father, the late Gov. Ivo Reed, led the province for three terms.",
	}
	tail := []string{
		"Voters at the market seemed unmoved.",
		"Ola Brandt, 29, a call-centre worker, said her vote would depend on the road.",
		"“I'm voting for whoever fixes it,” she said.",
		"Polls show the two candidates within three points of each other.",
		"Prices at the market rose again this week.",
		"After the news conference, the governor said she would not withdraw her complaint.",
		"“I have served this province for six years,” she said.",
	}
	join := func(parts ...[]string) []string {
		var out []string
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	runSpeakerCases(t, []speakerCase{
		{"the one governor, far back", join(lead, tail), "served this province", "Ann Reed"},
		{"a late governor is none", join(lead, late, tail), "served this province", "Ann Reed"},
	})
}
