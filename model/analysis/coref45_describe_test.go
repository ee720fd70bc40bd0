package analysis

import "testing"

// TestUnnamedHolderSince: a holder of the role brought in without a name
// after the named one is whom the description means, shown as the
// description that brought them in (coref45_describe.go).
func TestUnnamedHolderSince(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a police spokesman after the government's", []string{
			"Government spokesman Ivo Marsh rejected the opposition's accusations on Monday.",
			"“Parties are excluded by their own mistakes,” Marsh said.",
			"Young men burned tyres in parts of Dunmore before police dispersed them.",
			"A police spokesman said 23 people had been arrested. “The situation is under control,” the spokesman said late on Tuesday.",
		}, "under control", "a police spokesman"},
		{"the named one's apposition is no other", []string{
			"Ivo Marsh, a spokesman for the government, rejected the opposition's accusations on Monday.",
			"Young men burned tyres in parts of Dunmore before police dispersed them.",
			"“The situation is under control,” the spokesman said late on Tuesday.",
		}, "under control", "Ivo Marsh"},
	})
}
