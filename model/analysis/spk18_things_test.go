package analysis

import "testing"

// TestMoreThingHeads: an unnamed bank or embassy that opens the sentence
// of an "it called" speaks through it, as a company or an agency does.
func TestMoreThingHeads(t *testing.T) {
	const before = "The sale of the state telecoms firm closed on Friday."
	runSpeakerCases(t, []speakerCase{
		{"a bank", []string{before,
			"A Riga-based bank that had been named as an adviser on the sale withdrew in May, citing what it called “regulatory reasons.”"},
			"regulatory reasons", "A Riga-based bank"},
		{"an embassy", []string{before,
			"An embassy that had backed the bidder stayed silent for a week, then issued what it called “a clarification.”"},
			"a clarification", "an embassy"},
	})
}
