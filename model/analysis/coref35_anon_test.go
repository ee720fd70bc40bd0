package analysis

import "testing"

// TestUnnamedSpeakerFromAPlace: a place, a body or a nationality among
// the words of an indefinite description names no one, so "One Holm
// delegate", "An Ostrian official" still bring in a person the article
// does not name (coref34_anon.go), and "“…,” he said" after them is not
// the man named before.
func TestUnnamedSpeakerFromAPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a place before the noun", []string{
			"“We will win every county,” said Governor Tomas Ellison at the rally.",
			"Not everyone in the hall agreed. One Dunmore delegate said he had tried to hand out spare passes to friends in Dunmore. He could not find a single taker, he said. “Not one of them wanted to come,” he said.",
		}, "Not one of them", "one Dunmore delegate"},
		{"a company before the noun", []string{
			"“The plant is safe,” said Tomas Ellison, the county health officer.",
			"A Kestrel Mining engineer said he had warned his managers for a year. He was ignored, he said. “Nobody read the reports,” he said.",
		}, "Nobody read", "a Kestrel Mining engineer"},
		// a person's name among the words still leaves the chains as they were
		{"a person's aide", []string{
			"“The plant is safe,” said Tomas Ellison, the county health officer.",
			"An Ellison aide said the reports had been read. “He read every one,” he said.",
		}, "He read every", "Tomas Ellison"},
	})
}
