package analysis

import "testing"

// TestDocumentHeads: an advertisement or a cable speaks for what it says,
// as a statement or a report does.
func TestDocumentHeads(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"one of her ads", "Ola Marsh and her backers tied Tomas Brandt to the council, with one of her ads asking, “Is Tomas Brandt independent enough to steer the ferry?”", "independent enough", "one of her ads"},
		{"the cable, on a later partial quotation", "The cable indicated 13 guards would be the “minimum” needed for “security and incident response at the quay.”", "incident response", "the cable"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
