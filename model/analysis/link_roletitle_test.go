package analysis

import (
	"slices"
	"testing"
)

// TestRoleWrittenAsTitle: a role written capitalised before a name as a
// title ("Chief Executive Paula Drennan", "Senior Executive Producer Tom
// Hale") is no part of the name, as a title of office is not.
func TestRoleWrittenAsTitle(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{`"We do not expect a recovery soon," said Chief Executive Paula Drennan.`, []string{"Paula Drennan"}},
		{`"The show goes on," Senior Executive Producer Tom Hale said.`, []string{"Tom Hale"}},
		{`"We are watching costs," said Halvard Lines Chief Executive Ingrid Solberg.`, []string{"Ingrid Solberg"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.want)
		}
	}
}
