package analysis

import "testing"

// TestNameQualifiesUnnamedHead: a name that only qualifies the head of an
// unnamed subject before an aside ("An Elvish official, speaking …,
// said") leaves the phrase its speaker.
func TestNameQualifiesUnnamedHead(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"body before the head", `A VBC official, speaking on the condition of anonymity to discuss the schedule, said Wednesday that Osei “will meet with any candidate.”`, "any candidate", "A VBC official"},
		{"person before the head", `A Varga adviser, who spoke on the condition of anonymity, said of the senator, “She takes the threat very seriously.”`, "threat very seriously", "A Varga adviser"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}
