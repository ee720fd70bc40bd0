package analysis

import "testing"

// TestHeardWitnessGoesOn: one the court heard from is whom the passage
// goes on with, as its subject would be, before a witness of the
// paragraphs before whose gender the article told (coref_chains.go,
// calledWitness).
func TestHeardWitnessGoesOn(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a witness heard from, then her statement", []string{
			"Runa Pellworth, 44, was giving evidence at Holm Crown Court in the trial of Ivo Marsh, who denies fraud.",
			"Ms Pellworth accepted that she had been warned but said it was because she had refused to sign.",
			"“I was sacked for being careful,” she said.",
			"Earlier, the jury heard from Mira Dask, 81, of Upper Holm, who said she was visited twice by the firm's agents.",
			"“The young man said the boat was safe,” she said in a statement read to the court.",
		}, "boat was safe", "Mira Dask"},
	})
}
