package analysis

import "testing"

// TestTitleOfAddressKin: "Mr. Kettle" and "Mrs. Kettle" go to the full
// name whose gender the text tells where the given names tell none: by
// the kin noun that introduces one ("his wife, Ilsabet Kettle") or the
// one after the other ("Zorvan Kettle and his wife"), for every mention of
// that name, or by the title that chose it over a name of the other
// gender before ("Mrs. Kettle" was Ilsabet, so "Mr. Kettle" is Zorvan)
// (coref_names.go).
func TestTitleOfAddressKin(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Mr. to the husband", []string{
			"Zorvan Kettle and his wife, Ilsabet Kettle, run the Holm bakery.",
			"Ilsabet Kettle bakes the bread; she has done so for years.",
			"“We never close,” Mr. Kettle said.",
		}, "never close", "Zorvan Kettle"},
		{"Mrs. to the wife", []string{
			"The mayor called Ilsabet Kettle. Her husband, Zorvan Kettle, was free and would soon be home, the mayor told her. It was a short call. “I could hear the joy in his voice,” Mrs. Kettle wrote on her page.",
		}, "joy in his voice", "Ilsabet Kettle"},
		{"Mr. after Mrs. chose the wife", []string{
			"The mayor called Ilsabet Kettle. Her husband, Zorvan Kettle, was free and would soon be home, the mayor told her. It was a short call. “I could hear the joy in his voice,” Mrs. Kettle wrote on her page.",
			"Mr. Kettle landed in Holm on Tuesday. “I want to sleep for a week,” Mr. Kettle said.",
		}, "sleep for a week", "Zorvan Kettle"},
	})
}
