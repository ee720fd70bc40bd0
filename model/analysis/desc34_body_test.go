package analysis

import "testing"

// TestSoleBody: "the company" as a speaker names the one organisation the
// article named within reach, though a sentence about something else
// stands between, and stays as written where two are named, where the
// noun's modifier is not in the name, or where the noun was used of
// another body (desc34_body.go).
func TestSoleBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the one company", []string{
			"Kestrel Mining said on Monday it would close its oldest pit at Holm.",
			"The pit has been worked since 1921.",
			"“This was a hard decision, taken after a long review,” the company said in a statement.",
		}, "hard decision", "Kestrel Mining"},
		{"a modifier in the name", []string{
			"Kestrel Mining said on Monday it would close its oldest pit at Holm.",
			"The pit has been worked since 1921.",
			"“This was a hard decision,” the mining company said.",
		}, "hard decision", "Kestrel Mining"},
		// left as written
		{"two companies", []string{
			"Kestrel Mining said on Monday it would sell its pit at Holm to Dunmore Ceramics.",
			"The pit has been worked since 1921.",
			"“This was a hard decision,” the company said.",
		}, "hard decision", "the company"},
		{"a modifier not in the name", []string{
			"Kestrel Mining said on Monday it would close its oldest pit at Holm.",
			"The pit has been worked since 1921.",
			"“This was a hard decision,” the shipping company said.",
		}, "hard decision", "the shipping company"},
		{"another company between", []string{
			"Kestrel Mining said on Monday it would close its oldest pit at Holm.",
			"A rival company from the mainland may buy the site.",
			"“This was a hard decision,” the company said.",
		}, "hard decision", "the company"},
	})
}
