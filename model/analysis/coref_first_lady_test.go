package analysis

import "testing"

// TestDescribedFirstLady: "the first lady" and "the former first lady"
// describe one woman, as the passage's subject may be, though "lady" alone
// describes no one in particular (coref_describe.go).
func TestDescribedFirstLady(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the passage's subject", []string{
			"Ann Reed has a clearer path to the nomination than ever. But Reed is marching toward the autumn with a cautious campaign.",
			"The former first lady calls it her “duty of care”; rivals call it fear.",
		}, "duty of care", "Ann Reed"},
		{"a man is no first lady", []string{
			"Tomas Osei has a clearer path to the nomination than ever. But Osei is marching toward the autumn with a cautious campaign.",
			"The former first lady calls it his “duty of care”; rivals call it fear.",
		}, "duty of care", "the former first lady"},
	})
}
