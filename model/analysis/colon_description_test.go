package analysis

import "testing"

// TestColonDescription: a clause that introduces a quotation with a colon
// and names no one but a description or a document gives that phrase as
// the speaker, with the document that owns it.
func TestColonDescription(t *testing.T) {
	cases := []struct {
		name, quote, speaker, rule string
		paras                      []string
	}{
		{"a headline reads", "Nobody in Vell", "the gloomy, half-finished headline", "colon-description",
			[]string{"The gloomy, half-finished headline reads: “Nobody in Vell will pay for the new harbour wall this year.”"}},
		{"a footnote in the report", "These figures leave out", "the report's footnote", "colon-description",
			[]string{"A footnote in the report makes that plain: “These figures leave out the two northern wards of Kessary.”"}},
		{"from the report", "Samples drawn online", "the report", "colon-description",
			[]string{"Not every panel is alike. From the report: “Samples drawn online differ widely from one another in Vell.”"}},
		{"a voice-over saying", "Higher tolls", "a voice-over", "colon-description",
			[]string{"The 30 second spot closes with a voice-over saying: “Higher tolls. Fewer ferries. Wrong for Kessary.”"}},
		{"after an opening phrase", "Kessary, we are", "the city's own website", "colon-description",
			[]string{"Hours after the flood, the city’s own website greeted the mayor on Chirper: “Kessary, we are already here and we are staying.”"}},
		{"a source after a dash", "Turnout in the north", "Pollwatch", "colon-description",
			[]string{"Turnout forecasts missed again - Pollwatch: “Turnout in the north was far lower than any model expected.”"}},
		{"on a paragraph of its own", "Nobody in Vell", "the front-page headline", "paragraph-colon-description",
			[]string{"The front-page headline makes it plain:", "“Nobody in Vell will pay for the new harbour wall this year.”"}},
		{"a name still comes first", "Nobody in Vell", "Ilse Varga", "colon-intro",
			[]string{"Ilse Varga pinned the headline to the wall: “Nobody in Vell will pay for the new harbour wall this year.”"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantSpeakerBy(t, c.quote, c.speaker, c.rule, c.paras...) })
	}
}
