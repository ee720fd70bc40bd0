package analysis

import "testing"

// TestCandidateBody: a person's name used as a modifier before a noun of
// a body ("the Brandt campaign", "the Varga team") is not the speaker:
// the body is, shown as the person's ("Tomas Brandt’s campaign"), as
// "his campaign" is.
func TestCandidateBody(t *testing.T) {
	intro := "Tomas Brandt and Ilse Varga are running for mayor of Holm."
	runSpeakerCases(t, []speakerCase{
		{"campaign said", []string{intro, "On Monday the Brandt campaign said the levy was “a fraud on the town.”"}, "a fraud", "Tomas Brandt’s campaign"},
		{"campaign before a quote", []string{intro, "“We will win the harbour vote,” the Varga campaign said in a statement."}, "harbour vote", "Ilse Varga’s campaign"},
		{"campaign sent", []string{intro, "Earlier in the day, the Brandt campaign sent out a letter calling the levy “a swindle.”"}, "a swindle", "Tomas Brandt’s campaign"},
	})
}
