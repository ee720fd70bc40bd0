package analysis

import "testing"

// TestHonourTitle: the style of a judge after an inverted tag is part of
// the title, and the judge speaks under her name.
func TestHonourTitle(t *testing.T) {
	intro := `The trial of Carl Moss ended at Wexham Crown Court on Friday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"her honour", `“This was a calculated attack,” said Her Honour Judge Rachel Ames.`, "calculated attack", "Rachel Ames"},
		{"his honor", `“The sentence must deter others,” said His Honor Judge Tom Bell.`, "deter others", "Tom Bell"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
