package analysis

import "testing"

// TestAdornedName: a name after an article and words of mood or manner
// closes an inverted tag and speaks as the person; a name that only
// qualifies a noun after it does not.
func TestAdornedName(t *testing.T) {
	intro := `Joe Pratt and Amy Stark met Lee Chan and Karen Holt at the Eastcliff bridge on Monday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a mood word", `“Forty years I have waited,” said a beaming Pratt.`, "Forty years", "Joe Pratt"},
		{"an adverb and a mood word", `“We lost the vote,” said a visibly shaken Stark.`, "lost the vote", "Amy Stark"},
		{"full name and a relative clause", `“It will never pay for itself,” said an angry Lee Chan, who voted against it.`, "never pay", "Lee Chan"},
		{"the", `“We are thrilled,” said the delighted Holt.`, "are thrilled", "Karen Holt"},
		{"a name qualifying a role", `“He is right,” said a senior Holt adviser.`, "is right", "a senior Holt adviser"},
		{"a name qualifying a person noun", `“It is wonderful,” said a Holt supporter.`, "is wonderful", "a Holt supporter"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
