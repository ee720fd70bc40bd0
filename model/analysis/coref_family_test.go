package analysis

import "testing"

// TestFamilyGender: in a family, the title and given name of a person's
// full name give the gender, whatever pronouns follow the bare surname
// that both share.
func TestFamilyGender(t *testing.T) {
	cases := []speakerCase{
		{"a wife's bare surname followed by her husband's pronouns", []string{
			"Tobin Marsh and Ana Marsh run the ferry line in Dunmore.",
			"Marsh sailed to Kessary on Friday, and he met the harbour board.",
			"Marsh flew to Vell on Sunday, where he met the mayor.",
			"Marsh drove to Holm later, where he signed the deal.",
			"Marsh rode to Tarn on Tuesday, and he spoke to the pilots.",
			"Ana Marsh opened the new terminal on Monday. “It is a good day for the town,” she said.",
		}, "good day", "Ana Marsh"},
	}
	runSpeakerCases(t, cases)
}
