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

// TestUnnamedHolder: "the official" after "a senior official …" brought
// in without a name in its paragraph or the one before shows the
// description that brought them in; a document's noun stays
// (coref45_describe.go).
func TestUnnamedHolder(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the official", []string{
			"Vell will not cut oil output this year, Oil Minister Ivo Marsh said on Sunday.",
			"A senior official at the state oil company, who asked not to be named, said buyers in Asia wanted more crude.",
			"“Demand is strong,” the official said.",
		}, "Demand is strong", "a senior official"},
		{"the witness", []string{
			"A fire destroyed a warehouse in Dunmore on Sunday.",
			"A witness who lives across the street said the flames rose within minutes.",
			"“It was like daylight at midnight,” the witness said.",
		}, "daylight", "a witness"},
		{"a document stays as written", []string{
			"A fire destroyed a warehouse in Dunmore on Sunday.",
			"A petition signed by 400 residents called for an inquiry.",
			"“The warnings were ignored for years,” the petition said.",
		}, "warnings were ignored", "the petition"},
	})
}
