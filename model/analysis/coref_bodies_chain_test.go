package analysis

import "testing"

// TestDescribedBodyChain: a description cut from the body's name ("the
// budget office" of "the Dunmore Budget Office") names it, and so does the
// same description written again and again long after the name, unless
// another body of its kind was named since (coref_bodies.go).
func TestDescribedBodyChain(t *testing.T) {
	longGap := []string{"The Dunmore Budget Office published its outlook on Tuesday."}
	for _, s := range []string{"ferries", "bridges", "schools", "clinics", "roads", "ports", "parks", "libraries", "pensions", "trams"} {
		longGap = append(longGap, "The budget office said spending on "+s+" would grow, and the budget office expects more of it.")
	}
	rivalGap := append([]string{}, longGap[:3]...)
	rivalGap = append(rivalGap, "The Dunmore Office of Tolls warned of a larger gap.")
	rivalGap = append(rivalGap, longGap[3:]...)
	runSpeakerCases(t, []speakerCase{
		{"modifiers from the name", []string{
			"The Dunmore Budget Office published its outlook on Tuesday.",
			"“Debt will rise,” the budget office said.",
		}, "Debt will rise", "Dunmore Budget Office"},
		{"the same words again and again", append(longGap,
			"Over the long term, according to the budget office, debt “will double in a decade.”"),
			"double in a decade", "Dunmore Budget Office"},
		// regressions: another office named since (the noun without "the")
		// leaves the description as written
		{"another body of the kind since", append(rivalGap,
			"Over the long term, according to the budget office, debt “will double in a decade.”"),
			"double in a decade", "the budget office"},
	})
}
