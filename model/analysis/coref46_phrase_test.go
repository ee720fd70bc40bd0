package analysis

import "testing"

// TestPlacePhraseSubject: an unnamed speaker with a phrase of where they
// work between the noun and the verb is the subject of a partial
// quotation's sentence (placePhraseEnd, coref46_phrase.go).
func TestPlacePhraseSubject(t *testing.T) {
	open := "KATHMANDU - Nepal's aviation authority grounded two domestic airlines on Friday after a series of incidents."
	runSpeakerCases(t, []speakerCase{
		{"a phrase of place before the verb", []string{open,
			"A senior pilot at one of the grounded airlines said the decision was “long overdue”.",
		}, "long overdue", "a senior pilot"},
		{"a phrase of place and a relative clause", []string{open,
			"A senior pilot at the airline, who spoke on condition of anonymity, said the decision was “long overdue”.",
		}, "long overdue", "a senior pilot at the airline"},
	})
}
