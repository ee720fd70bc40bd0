package analysis

import "testing"

// TestAccordingSource: a person named after "according to" is the source
// of the sentence, whom a he or she of the next quotation's tag goes on
// with, over the speaker of the paragraph before, whether the phrase opens
// or closes its sentence; a document after "according to" still leaves it
// to the speaker.
func TestAccordingSource(t *testing.T) {
	clinic := []string{
		"Kem Sothea, who runs a clinic for migrant workers in Battambang, said the new rules were welcome.",
		"“They come back with nothing,” Kem Sothea said.",
	}
	runSpeakerCases(t, []speakerCase{
		{"an opening source", append(clinic,
			"According to Chea Vannak, a lawyer who has defended workers in labour courts, few employers have been fined.",
			"“We win the small cases,” he said. “The big ones never reach a judge.”"), "small cases", "Chea Vannak"},
		{"a closing source", append(clinic,
			"Few employers have been fined, according to Chea Vannak, a lawyer who has defended workers in labour courts.",
			"“We win the small cases,” he said."), "small cases", "Chea Vannak"},
		{"a document", append(clinic,
			"According to a report by the labour office, few employers have been fined.",
			"“We win the small cases,” he said."), "small cases", "Kem Sothea"},
	})
}
