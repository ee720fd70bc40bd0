package analysis

import (
	"slices"
	"testing"
)

// TestPostNominalsAreNoName: the letters after a full name for an office,
// the bar or an honour ("Tom Hale KC", "Jo Reid MP") are not the name, and
// the bare surname then joins it.
func TestPostNominalsAreNoName(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{`Barrister Tom Hale KC said the case was weak. "It is weak," Hale said.`, []string{"Tom Hale"}},
		{`Farmers met Jo Reid MP on Friday in the village hall. Reid said little.`, []string{"Jo Reid"}},
		{`The prize went to Ann Kerr OBE after a long career at the harbour.`, []string{"Ann Kerr"}},
	}
	for _, c := range cases {
		if got := linkedPeople(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.want)
		}
	}
}
