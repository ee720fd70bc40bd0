package analysis

import "testing"

// TestObjectVerbIsNoInvertedTag: a verb that takes an object after a
// quotation goes on the subject's series of verbs, and the object is no
// speaker; a verb of saying after it is still a tag.
func TestObjectVerbIsNoInvertedTag(t *testing.T) {
	intro := `Ann Reed, the mayor of Holm, spoke about Tomas Brandt, the harbour master, on Monday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a series of verbs", `Reed summed up Brandt as “hopeless at sea,” denounced his record at the harbour and said he should resign.`, "hopeless at sea", "Ann Reed"},
		{"an object of a thing", `The mayor called the plan “reckless and costly,” criticised its budget and left the meeting.`, "reckless and costly", "Ann Reed"},
		{"a tag of saying stays", `The plan is “reckless and costly,” said her spokesman.`, "reckless and costly", "Ann Reed’s spokesman"},
		{"an inverted warning stays", `“The quay will not last the winter,” warned Brandt.`, "quay will not last", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
