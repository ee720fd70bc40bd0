package analysis

import "testing"

// TestClosingSubject: a reporter that closes a sentence opens the clause
// after its comma; a phrase inside an aside before a word that may be a
// verb of naming ("brand") is none (coref45_closing.go).
func TestClosingSubject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an aside ending in a noun that is a cue too", []string{
			"Thousands of garment workers blocked roads outside Dunmore on Monday.",
			"“We cannot feed our children,” said Rina Akter, who sews shirts for a local brand.",
		}, "feed our children", "Rina Akter"},
		{"the reporter after the closing mark", []string{
			"Ann Reed met the harbour board on Monday.",
			"Reed said the quay was “central to the plan,” the Vell Ledger reported.",
		}, "central to the plan", "Vell Ledger"},
	})
}

// TestAccordingContrast: "according to" vouches for its own clause; quoted
// words in a clause of contrast after it are not its source's, unless the
// contrast stands inside brackets the phrase governs (coref45_closing.go).
func TestAccordingContrast(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a clause of contrast after it", []string{
			"Milk consumption fell 11% last year, according to the Vell Dairy Observatory, while processors that had borrowed when the informal “dólar blue” made loans look cheap saw repayments balloon.",
		}, "dólar blue", ""},
		{"the contrast inside brackets", []string{
			"Other cleavages, according to the Holm Poll, include ideology (Reed leads among “very liberal” voters, while Osei leads among those who are “somewhat liberal”).",
		}, "somewhat liberal", "the Holm Poll"},
	})
}
