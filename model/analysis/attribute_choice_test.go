package analysis

import "testing"

// TestNamedOverUnnamed: a trailing "tag" whose words name no one who could
// speak leaves a quotation inside its sentence to the named speaker of the
// leading tag; a trailing source or role keeps it.
func TestNamedOverUnnamed(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"preposition phrase", []string{
			"Senator Ines Carvalho spoke in Lisbon on Friday.",
			"Frustrated, Carvalho said she “cannot cross the square” without reporters asking her about the port.",
		}, "cannot cross the square", "Ines Carvalho"},
		{"noun that cannot speak", []string{
			"Mayor Tomas Brandvold spoke at the fair on Sunday.",
			"Brandvold told the crowd the plan was “very flexible,” a nod to the governor acknowledging that he had changed course.",
		}, "very flexible", "Tomas Brandvold"},
		{"a role keeps its tag", []string{
			"Senator Ines Carvalho spoke in Lisbon on Friday.",
			"Carvalho said the port was “closed for good,” the source recalled.",
		}, "closed for good", "the source"},
	})
}
