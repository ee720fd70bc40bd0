package analysis

import "testing"

// TestAddresseeIsNoSubject: the one spoken or written to after "speaking
// to", "talking with", and the place after "marching through" or "gathered
// outside", is not the subject of the verb after it.
func TestAddresseeIsNoSubject(t *testing.T) {
	intro := `The harbour board met in Eastcliff on Monday to decide the future of the old quay.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"speaking to a paper", `Another council source speaking to the Gazette said, “The plan is dead and buried now.”`, "dead and buried", "another council source"},
		{"writing to a person", `One board member writing to Ann Reed on Monday said the plan was “dead in the water.”`, "dead in the water", "one board member"},
		{"an aside keeps its name", `Ann Reed, speaking to the Gazette, said the plan was “dead in the water.”`, "dead in the water", "Ann Reed"},
		{"marching through a place", `Protesters marching through the old town chanted “Save our quay!” until midnight.`, "Save our quay", "Protesters"},
		{"gathered outside a place", `Residents gathered outside the town hall shouted “Not one more berth!” as the board arrived.`, "Not one more berth", "Residents"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
