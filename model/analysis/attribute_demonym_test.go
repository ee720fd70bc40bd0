package analysis

import "testing"

// TestDemonymSpeaker: a word of nationality, or of a player's standing or
// age, after "the" is one person, the one the passage is about where the
// article makes that plain, and never the nationality alone.
func TestDemonymSpeaker(t *testing.T) {
	cases := []struct {
		name, quote, speaker string
		paras                []string
	}{
		{"adjective, the passage's person", "big points", "Paola Ricci", []string{
			`Paola Ricci beat Sara Lindqvist in the final at Castlegate.`,
			`Ricci was gracious. “She played the big points better,” the Italian said.`}},
		{"noun, after the verb", "good enough", "Sara Lindqvist", []string{
			`Paola Ricci beat Sara Lindqvist in the final at Castlegate.`,
			`Lindqvist was upset. “I was not good enough today,” said the Swede.`}},
		{"a word of standing", "played better", "Paola Ricci", []string{
			`Paola Ricci beat Sara Lindqvist in the final at Castlegate.`,
			`Ricci was gracious. “She played better,” the top seed said.`}},
		{"a word of age after the verb", "good day", "Sam Pollard", []string{
			`Sam Pollard set up both goals for Eastcliff.`,
			`Pollard was modest. “It was a good day,” said the teenager.`}},
		{"a world ranking", "never played better", "Sara Lindqvist", []string{
			`Sara Lindqvist beat Paola Ricci at Castlegate.`,
			`Lindqvist was thrilled. “I have never played better,” the world No. 58 said.`}},
		{"named once: the phrase stays", "bad day", "the American", []string{
			`Mike Carter lost in the first round at Castlegate.`,
			`“It was a bad day,” the American said.`}},
		{"a noun the tagger did not know", "very happy", "the Frenchman", []string{
			`Pierre Dubois won the men's title at Castlegate.`,
			`“I am very happy,” the Frenchman said.`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.paras...)
		})
	}
}
