package analysis

import "testing"

// TestPluralOwnerRole: a role a plural owner holds through a bare mark,
// "the Eagles' captain", is one phrase as "the club's captain" is, before
// or after its verb, and not the owner.
func TestPluralOwnerRole(t *testing.T) {
	intro := `The Holm Eagles met the Kessary Rovers at the harbour ground on Monday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"before the verb", `“We will win the cup,” the Eagles' captain said.`, "win the cup", "the Eagles' captain"},
		{"curly mark", `“We will win the cup,” the Eagles’ captain said.`, "win the cup", "the Eagles' captain"},
		{"after the verb", `“We will win the cup,” said the Eagles' captain.`, "win the cup", "the Eagles' captain"},
		{"a name's owner after the verb", `“We will win the cup,” said Holm United's captain.`, "win the cup", "Holm United's captain"},
		{"a name in apposition", `“We will win the cup,” said the Eagles' captain, Lena Marsh.`, "win the cup", "Lena Marsh"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
