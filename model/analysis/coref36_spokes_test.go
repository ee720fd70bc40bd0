package analysis

import "testing"

// TestPostAndSpokespersonShapes: "the post" is the account's that posted
// it, not the subject of a sentence whose subordinate clause posted; "the
// spokesperson" goes back to "a spokesperson for" a body, a person in
// reach or not (desc34_post.go, coref36_spokes.go).
func TestPostAndSpokespersonShapes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"posting as an account", []string{
			"Holm Ferries has dropped its winter fares after customers posted photos of fares of more than $200.",
			"The backlash began when a user posting as @harbour_kat shared a photo of a $210 fare. “Holm Ferries wants $210 to take me home,” the post read.",
		}, "take me home", "@harbour_kat"},
		{"posted in a subordinate clause", []string{
			"Holm Ferries has dropped its winter fares after customers posted photos of fares of more than $200.",
			"“Holm Ferries wants $210 to take me home,” the post read.",
		}, "take me home", "the post"},
		{"shared on a network", []string{
			"Holm Ferries has dropped its winter fares after a week of complaints.",
			"Anna Brandt, a nurse from Holm, shared a photo of her ticket on Instagram on Sunday. “A night shift and then $210 to get home,” the post read.",
		}, "night shift", "Anna Brandt"},
		{"shared on a day", []string{
			"Holm Ferries has dropped its winter fares after a week of complaints.",
			"Anna Brandt, a nurse from Holm, shared a photo of her ticket on Sunday. “A night shift and then $210 to get home,” the post read.",
		}, "night shift", "the post"},
		{"the spokesperson of a body named before", []string{
			"Holm Ferries chief executive Anton Varga posted a short apology on Monday.",
			"A spokesperson for the Holm Drivers Union, which represents about 3,000 drivers, said crews saw only a fraction of the fares. “Crews worked through the storm,” the spokesperson said.",
		}, "through the storm", "Holm Drivers Union’s spokesperson"},
		{"another spokesperson between", []string{
			"Holm Ferries chief executive Anton Varga posted a short apology on Monday.",
			"A spokesperson for the Holm Drivers Union said crews saw only a fraction of the fares. Anton Varga's spokesman disagreed.",
			"“Crews worked through the storm,” the spokesperson said.",
		}, "through the storm", "the spokesperson"},
	})
}
