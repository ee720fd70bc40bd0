package analysis

import "testing"

// TestNamedHolder: a possessive phrase as the speaker is the person the
// article named in apposition to the same words before; another
// person's relative, or no apposition, leaves the phrase.
func TestNamedHolder(t *testing.T) {
	cases := []struct {
		name, quote, speaker string
		paras                []string
	}{
		{"name after the phrase", "park is the only place", "Daniel Delgado", []string{
			`Rosa Delgado, who fought for Millbrook's parks, died on Friday. Her son, Daniel Delgado, said the cause was pneumonia.`,
			`Mrs. Delgado came to Millbrook in 1962.`,
			`“She always said a park is the only place where we are equal,” her son said.`}},
		{"name before the phrase", "made mistakes", "Tom Black", []string{
			`Mark Dunn was sentenced on Monday. Tom Black, his lawyer, said Dunn would appeal.`,
			`“He made mistakes, but he is not a criminal,” his lawyer said.`}},
		{"a span of years between", "filled our home", "Eileen Pike", []string{
			`Walter Pike, a bandleader, died on Saturday. He is survived by his wife of 62 years, Eileen Pike, and two daughters.`,
			`“Walter filled our home with music,” his wife said.`}},
		{"no apposition", "kind woman", "her son", []string{
			`Rosa Delgado died on Friday in Millbrook.`,
			`“She was a kind woman,” her son said.`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.paras...)
		})
	}
}
