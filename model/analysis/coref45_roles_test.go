package analysis

import "testing"

// TestLateRoles: the roles the lists gain at init (the positions of rugby,
// the roles of the street) and the positions of team sport describe a
// person as "the striker" does, and so does a position told by its number
// (coref45_roles.go).
func TestLateRoles(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a rugby position from the late lists", []string{
			"Vell beat Holm 31-20 in Dunmore on Saturday.",
			"Tavita Lomu, 24, scored twice in the second half.",
			"Tavita Lomu laughed off the teasing. “He got his first, I got mine better,” the fly-half said.",
		}, "got mine better", "Tavita Lomu"},
		{"a position of team sport", []string{
			"Vell beat Holm 31-20 in Dunmore on Saturday.",
			"Tavita Lomu, 24, scored twice in the second half.",
			"Tavita Lomu laughed off the teasing. “He got his first, I got mine better,” the centre-back said.",
		}, "got mine better", "Tavita Lomu"},
		{"a position of baseball, given before the name", []string{
			"The Tigers beat the Giants 4-3 on Saturday.",
			"American slugger Tyler Brandt drove a slider from Tigers reliever Kenji Mori over the fence in the eighth.",
			"Mori, who struck out the side in the ninth, was credited with the win.",
			"“I owe Okabe dinner,” the reliever said with a grin.",
		}, "owe Okabe", "Kenji Mori"},
		{"a position of cricket, given before the name", []string{
			"Left-arm spinner Ravi Pirasan took four wickets as Vell beat Holm by 47 runs on Sunday.",
			"“I was nervous in my first spell,” said Pirasan, 23, who grew up in Dunmore.",
			"He said his father had watched the match on a neighbour's television.",
			"“He will have called everyone in the street by now,” the spinner said.",
		}, "everyone in the street", "Ravi Pirasan"},
		{"a position told by its number", []string{
			"Vell beat Holm 31-20 in Dunmore on Saturday.",
			"Tavita Lomu, 24, scored twice in the second half.",
			"Tavita Lomu laughed off the teasing. “He got his first, I got mine better,” the No 8 said.",
		}, "got mine better", "Tavita Lomu"},
		{"a role of the street", []string{
			"Prices rose again at the market in Dunmore on Monday.",
			"Kofi Mensah, who sells yams, has seen his takings halve.",
			"Kofi Mensah shook his head. “Nobody buys at these prices,” the hawker said.",
		}, "Nobody buys", "Kofi Mensah"},
		// a number with no "No" is no position; a body's word stays
		{"a number alone is no position", []string{
			"Vell beat Holm 31-20 in Dunmore on Saturday.",
			"Tavita Lomu, 24, scored twice in the second half.",
			"Tavita Lomu laughed off the teasing. “He got his first, I got mine better,” the 8 said.",
		}, "got mine better", "the 8"},
		{"the centre is a body", []string{
			"Flood waters rose again in Dunmore on Monday.",
			"Tavita Lomu, 24, lost his shop in the second flood.",
			"Tavita Lomu shook his head. “Nobody warned us,” the centre said.",
		}, "Nobody warned", "the centre"},
	})
}
