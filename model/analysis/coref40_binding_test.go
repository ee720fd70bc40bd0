package analysis

import "testing"

// TestChainsObjectBinding: an object pronoun in the clause a name opens is
// someone else, and so is that gender's pronoun of the next sentence
// outside quotations, whatever the name's gender; a possessive her is
// none, and the binding ends after that next sentence.
func TestChainsObjectBinding(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"put to her, then a quotation", []string{
			"Mrs Annelie Steyn told the court she had signed the papers at her husband's request.",
			"Sekou Botha put it to her that her signature was on three forms.",
			"“I cannot explain that. I did not know what those documents were,” she replied.",
		}, "cannot explain that", "Annelie Steyn"},
		{"a possessive her binds no one", []string{
			"Mrs Annelie Steyn told the court she had signed the papers.",
			"Later, Ms. Thandeka Botha praised her “wonderful lawyers” in the hall.",
			"“I did not know what those documents were,” she said.",
		}, "did not know", "Thandeka Botha"},
		{"the binding ends", []string{
			"Mrs Annelie Steyn told the court she had signed the papers.",
			"Ms. Thandeka Botha thanked her at the door of the hall.",
			"The hearing then went on for an hour. “We will appeal,” she said.",
		}, "will appeal", "Thandeka Botha"},
	})
}
