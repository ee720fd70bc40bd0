package analysis

import "testing"

// TestFormerRole: one who held an office once is "the former mayor", not
// "the mayor" (coref_binding.go formerRole, coref_describe.go roleHolder).
func TestFormerRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the current mayor is not the former one", []string{
			"Ivo Marsh, the former mayor, and Tomas Osei, the current mayor, met at the port on Monday.",
			"The former mayor said little. “It was a waste of time,” the current mayor said.",
		}, "waste of time", "Tomas Osei"},
		{"the mayor is not a former mayor", []string{
			"Former Mayor Ivo Marsh toured the new quay on Monday.",
			"“The quay will need dredging within a year,” the mayor said.",
		}, "dredging", "the mayor"},
		// regressions: "the former …" still finds one told as former
		{"the former pollster", []string{
			"Former Ola Brandt pollster Dan Vey was a guest on the morning show.",
			"Vey told the host that a loss was likely.",
			"The former pollster said, “She is behind in a number of polls.”",
		}, "number of polls", "Dan Vey"},
		{"the former mayor", []string{
			"Ivo Marsh, the former mayor, and Tomas Osei, the current mayor, met at the port on Monday.",
			"“It was a waste of time,” the former mayor said.",
		}, "waste of time", "Ivo Marsh"},
	})
}
