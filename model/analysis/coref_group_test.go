package analysis

import "testing"

// TestTheyGroup: "they" is the group the sentence before it is about, a
// plural subject or the speaker of its quotation, before any
// organisation named nearer it.
func TestTheyGroup(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"plural subject", "While Mayor Ann Reed has condemned the plan of the Vell Party, the groups who wrote to her on Monday say they are worried. They argue that the plan is “a gift to landlords.”",
			"a gift to landlords", "the groups"},
		{"group that speaks the quotation before", "The plan is “a gift to landlords” backed by the Vell Party, the groups say. They argue that Reed should “stand firm.”",
			"stand firm", "the groups"},
		{"plural title of a pair", "Professors Ilse Varga and Tomas Osei suggest the gap has less to do with the Harbour Council. In the north, they write, “the rent decides.”",
			"the rent decides", "Ilse Varga and Tomas Osei"},
		{"nearest plural of people", "The Vell Times ran a cover on it. But his campaign protested that Ward aides were being “unfair” because they knew Osei “already had a permit.”",
			"already had a permit", "Ward aides"},
		{"a verb with an agent's ending is no group", "Under the Harbour Council, the system that exists now is old. They said: “We are proud of it.”",
			"We are proud of it", "Harbour Council"},
		{"a person's campaign in its own sentence", "It is the latest of her speeches on farming. Anna Cole's campaign is seeking to contrast her plan with what they call Tom Hale's “selfish budget.”",
			"selfish budget", "Anna Cole's campaign"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestItOwnedBody: "it" is the body a person's possessive opens the
// sentence with ("Cole's campaign"), as it is a body named by a common
// noun; a person's own words ("Cole's comments") are no body.
func TestItOwnedBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the sentence before", []string{"Anna Cole's campaign is defending her posts about Tom Hale. It is denouncing what it calls “the biggest smear in history.”"},
			"biggest smear", "Anna Cole's campaign"},
		{"its own sentence", []string{"Anna Cole's campaign is seeking to contrast her plan with what it calls Tom Hale's “selfish budget.”"},
			"selfish budget", "Anna Cole's campaign"},
	})
}
