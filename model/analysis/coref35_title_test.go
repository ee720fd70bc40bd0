package analysis

import "testing"

// TestTitleIntroduced: a name the article first writes as the whole of a
// quotation shaped like a title is the title of a work, and no she goes
// back to it (coref35_title.go).
func TestTitleIntroduced(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a song named like a person", []string{
			"Ilse Varga spent two winters in a cabin writing the songs on her new album, which comes out on Friday.",
			"The record is her fourth. The first single, “Mary Ellen Hart”, is named after a neighbour who kept bees. Mary Ellen Hart opens with a fiddle and closes with a choir.",
			"“I wanted it to sound like a kitchen full of people,” she said.",
		}, "kitchen full", "Ilse Varga"},
	})
}
