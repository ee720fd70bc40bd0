package analysis

import "testing"

// TestDemonymHolder: a demonym on second reference means the one person
// the article marked with it, not the rival named last
// (demonymHolder, coref46_demonym.go).
func TestDemonymHolder(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the word before the name", []string{
			"MONACO - Kenyan Faith Kipyegon broke the women's mile world record on Friday.",
			"Ethiopia's Gudaf Tsegay, who led for two laps, finished second in a season's best.",
			"“I knew at the bell that the record was there,” the Kenyan said.",
		}, "at the bell", "Faith Kipyegon"},
		{"a place's possessive", []string{
			"DOHA - Uganda's Joshua Cheptegei won the 10,000 metres on Friday night.",
			"Spanish runner Carlos Mayo, who had led with two laps left, faded to fifth.",
			"“The heat made it a race of patience,” the Ugandan said.",
		}, "race of patience", "Joshua Cheptegei"},
		// two marked alike: the phrase stays as written, as before
		{"two of one country", []string{
			"MONACO - Kenyan Faith Kipyegon broke the women's mile world record on Friday.",
			"Kenyan Beatrice Chebet finished second in a season's best.",
			"“I knew at the bell that the record was there,” the Kenyan said.",
		}, "at the bell", "the Kenyan"},
	})
}
