package analysis

import "testing"

// TestLongUnnamedBeforeAside: an unnamed subject of seven to nine words
// before an aside still speaks, the head and where the person works,
// over the speaker of the paragraph before.
func TestLongUnnamedBeforeAside(t *testing.T) {
	const analyst = "Idris Mabote, an analyst at a risk consultancy, said investors were watching closely. “The law is the first real test,” he said."
	runSpeakerCases(t, []speakerCase{
		{"an official at a ministry", []string{analyst,
			"A senior official at the trade ministry, speaking on condition of anonymity because he was not authorised to brief reporters, said the two sides had swapped “at least four drafts” since May."},
			"four drafts", "a senior official at the trade ministry"},
		{"a spokesman for a department", []string{analyst,
			"A spokesman for the regional health department, who asked not to be named because he was not cleared to speak, said the clinic had “no licence at all”."},
			"no licence", "a spokesman for the regional health department"},
	})
}
