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
		{"named once, the sentence before's subject", "bad day", "Mike Carter", []string{
			`Mike Carter lost in the first round at Castlegate.`,
			`“It was a bad day,” the American said.`}},
		{"a noun the tagger did not know", "very happy", "Pierre Dubois", []string{
			`Pierre Dubois won the men's title at Castlegate.`,
			`“I am very happy,” the Frenchman said.`}},
		{"a noun after a subject named once", "second to every ball", "Sven Brouwer", []string{
			`Dunmore beat Harrow 5-1, and Dunmore's coach was delighted.`,
			`Harrow manager Sven Brouwer cut a dejected figure. “We were second to every ball,” the Dane said.`}},
		{"nothing decides: the phrase stays", "bad day", "the American", []string{
			`Mike Carter beat Tom Reyes in the first round at Castlegate.`,
			`“It was a bad day,” the American said.`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.paras...)
		})
	}
}
