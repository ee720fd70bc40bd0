package analysis

import "testing"

// TestDescribedHeldOutShapes: descriptions in shapes international news
// writes that the description step had left as written: an age given only
// in the description, a role before the name with a title and a joined
// field, a role after an age in the predicate (coref36_age.go,
// desc34_apposition.go).
func TestDescribedHeldOutShapes(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an age given only in the description", []string{
			"The harbour works at Holm have been delayed for a second year.",
			"The chair of the harbour committee, Runa Pellworth Dask, who sits on the finance board, accused officials of delay. “The report sat on a desk all summer,” the 48-year-old told reporters.",
			"Traders said the delay had cost them a season.",
		}, "sat on a desk", "Runa Pellworth Dask"},
		{"another age given to the passage subject", []string{
			"The harbour works at Holm have been delayed for a second year.",
			"Runa Dask, 61, who sits on the finance board, accused officials of delay. “The report sat on a desk all summer,” the 48-year-old told reporters.",
		}, "sat on a desk", "the 48-year-old"},
		{"a role before the name with a title and a joined field", []string{
			"Ferries to Holm stopped for a third day on Tuesday.",
			"But the Minister for Transport and Ports, Hon. Oskar Lindqvist Baye, rejected claims that the service had collapsed.",
			"“This is a short pause, not a collapse,” the minister said at a briefing.",
		}, "short pause", "Oskar Lindqvist Baye"},
		{"a role with two phrases before the name", []string{
			"The Holm council has delayed the harbour works for a second year.",
			"The Member of County Council for Holm North, Anna Brandt, accused officials of dragging their feet.",
			"Traders said the delay had cost them a season.",
			"“The report was on the desk in June,” the member said.",
		}, "on the desk", "Anna Brandt"},
		{"a role after an age in the predicate", []string{
			"Runa Beck has coached the Holm rowing club for ten years. She arrives at the shed at five.",
			"Ivo Dask, a ferryman, was doubtful. His daughter Mira was ten and had never held an oar.",
			"Mira is now 16, the club's captain and its fastest sculler. She speaks slowly.",
			"“Coach Beck never let anyone give up,” the captain said.",
		}, "never let anyone", "Mira Dask"},
	})
}
