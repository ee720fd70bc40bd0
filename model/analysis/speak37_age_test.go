package analysis

import "testing"

// TestSpeak37AgeAfterSubject: an age set off after the name that opens the
// sentence before a description ("Mutai, 35, was calm") leaves the name the
// subject the description step weighs, as it is without the age.
func TestSpeak37AgeAfterSubject(t *testing.T) {
	intro := `In the men's race, Otieno outsprinted Daniel Kiplagat Mutai in the last 300 metres on the track.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"age between commas", `Mutai, 35, was calm in defeat. “The young man was stronger today,” the veteran said.`, "stronger today", "Daniel Kiplagat Mutai"},
		{"age in brackets", `Mutai (35) was calm in defeat. “The young man was stronger today,” the veteran said.`, "stronger today", "Daniel Kiplagat Mutai"},
		{"two people with ages name no one", `Mutai, 35, and Otieno, 22, shook hands. “The young man was stronger today,” the veteran said.`, "stronger today", "the veteran"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
	for _, c := range []struct {
		text string
		want int
	}{
		{"Reed, 61, was blunt", 4},
		{"Reed (61) was blunt", 4},
		{"Reed, who was blunt", 1},
		{"Reed, 61", 1},
	} {
		toks := tokenizeText(c.text).toks
		if got := ageApposedEnd(toks, 1, len(toks)); got != c.want {
			t.Errorf("ageApposedEnd(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
