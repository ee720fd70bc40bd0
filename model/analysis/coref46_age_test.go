package analysis

import "testing"

// TestAgeContradicts: a description of an age names no one the article
// wrote with another age, whoever the passage is about; it stays as
// written (ageContradicts, coref46_age.go).
func TestAgeContradicts(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the son is 21, the 48-year-old is not him", []string{
			"CAGLIARI - Cagliari beat Verona 2-0 on Sunday to move out of the relegation places.",
			"The second goal came from the coach's son. Nicola Fadda, 21, is in his first season with the club.",
			"“On the pitch he is not my son, he is my wing-back,” the 48-year-old coach said.",
		}, "not my son", "the 48-year-old coach"},
		{"an age that fits still names", []string{
			"CAGLIARI - Cagliari beat Verona 2-0 on Sunday to move out of the relegation places.",
			"The second goal came from Nicola Fadda, 21, in his first season with the club.",
			"“I dreamed of this as a boy,” the 21-year-old said.",
		}, "dreamed of this", "Nicola Fadda"},
	})
}
