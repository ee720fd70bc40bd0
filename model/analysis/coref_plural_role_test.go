package analysis

import "testing"

// TestPluralRole: a plural role before two names joined by "and" ("radio
// hosts Ivo Marsh and Ola Brandt") gives each the role, so "the host"
// names the one of them mentioned latest (coref_chains.go rolesAround).
func TestPluralRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the second host, mentioned latest", []string{
			"Priya Shah spoke on Monday with radio hosts Ivo Marsh and Ola Brandt about the harbour.",
			"Shah and her husband once sailed with Brandt, something Brandt likes to recall.",
			"“She knows the sea better than any of us,” the host said.",
		}, "knows the sea", "Ola Brandt"},
		{"the first host", []string{
			"Priya Shah spoke on Monday with radio hosts Ivo Marsh and Ola Brandt about the harbour.",
			"Shah once sailed with Marsh, something Marsh likes to recall.",
			"“She knows the sea better than any of us,” the host said.",
		}, "knows the sea", "Ivo Marsh"},
	})
}
