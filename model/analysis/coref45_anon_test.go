package analysis

import "testing"

// TestPartitivePerson: "One of the freed teachers" brings in one person,
// whom the pronoun after goes back to, shown as that description
// (coref45_anon.go).
func TestPartitivePerson(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"one of the freed teachers", []string{
			"Fighters in the north have freed six teachers kidnapped last week, the regional governor said.",
			"“The teachers are safe and are receiving care,” Governor Tomas Brandt told state radio.",
			"One of the freed teachers, who asked not to be named for fear of reprisals, said they had been held in a forest camp.",
			"“They beat us every day,” he said.",
		}, "beat us", "one of the freed teachers"},
	})
}
