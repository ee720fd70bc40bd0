package analysis

import "testing"

// TestDescribedPastApposedObject: a name in apposition to an object noun
// ("painting her rival, Tomas Osei, as a danger") is an object as the
// noun is, and leaves a description after it to the passage's subject;
// one in apposition to a subject is not (coref_describe.go).
func TestDescribedPastApposedObject(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"apposition to an object", []string{
			"Ann Reed spoke in Holm on Thursday evening as the Dunmore nominee, painting her chief rival, Tomas Osei, as a danger to the harbour.",
			"“A man who sells the quay is not a man we can trust with the town,” said the nominee.",
		}, "sells the quay", "Ann Reed"},
		{"apposition to a subject", []string{
			"Ann Reed spoke in Holm on Thursday evening about the harbour, and Reed took questions.",
			"Her chief rival, Tomas Osei, answered on the radio an hour later.",
			"“A man who sells the quay is not a man we can trust with the town,” said the nominee.",
		}, "sells the quay", "the nominee"},
	})
}
