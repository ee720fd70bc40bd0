package analysis

import "testing"

// TestDescribedOtherwise: a person the article set off with another noun
// of a person ("a rescue worker", "her deputy") is not the office holder
// "the governor" means, though the passage is about them
// (describedOtherwise, coref46_apposed.go).
func TestDescribedOtherwise(t *testing.T) {
	para := func(between string) []string {
		return []string{
			"CEBU - Floods killed at least 40 people in the central Philippines on Wednesday.",
			"Governor Luzviminda Aranas said entire villages had been flooded. “We have never seen water rise so fast,” she told a radio station.",
			between,
			"“The mountains have been stripped of trees,” the governor said.",
		}
	}
	runSpeakerCases(t, []speakerCase{
		{"a worker in apposition", para("Ramil Tabanao, a rescue worker, said teams were still searching."), "stripped of trees", "Luzviminda Aranas"},
		{"her deputy before the name", para("Her deputy, Ramil Tabanao, said teams were still searching."), "stripped of trees", "Luzviminda Aranas"},
		{"her deputy after the name", para("Ramil Tabanao, her deputy, said teams were still searching."), "stripped of trees", "Luzviminda Aranas"},
		// nothing tells who the man is: the description stays as written
		{"no description", para("Ramil Tabanao said teams were still searching."), "stripped of trees", "the governor"},
	})
}
