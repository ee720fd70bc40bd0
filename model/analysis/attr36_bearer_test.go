package analysis

import "testing"

// TestBearerWithDescription: a thing that bears words, described by a
// participle or a preposition before its verb, is the subject; the object
// of the preposition in its description never is.
func TestBearerWithDescription(t *testing.T) {
	intro := `Hundreds of fishermen marched through Eastcliff on Saturday against the new quay fees.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a participle", `A banner hung across the harbour gates read “Fees Sink Boats” in red paint.`, "Fees Sink Boats", "A banner"},
		{"a preposition", `A placard on the window of the chandlery read “Closed by the fees”.`, "Closed by the fees", "A placard"},
		{"a place phrase", `The poster outside the harbour office said “Vote Brook” in gold letters.`, "Vote Brook", "The poster"},
		{"a thing a preposition governs is no subject", `The skipper with the placard told the crowd, “We will not pay.”`, "We will not pay", "the skipper with the placard"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
