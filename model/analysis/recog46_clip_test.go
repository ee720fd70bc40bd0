package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestClippedGivenName: a given name cut short, written alone, is the one
// person whose given name opens with it.
func TestClippedGivenName(t *testing.T) {
	cases := []struct {
		paras  []string
		person string
	}{
		{[]string{"Nigerian striker Chukwuemeka Obi scored twice as Torrazza won the derby on Sunday.",
			"Marco Rossi was more modest. “I just put the ball in the box and Chukwu did the hard part,” he said."}, "Chukwuemeka Obi"},
	}
	for _, c := range cases {
		a := article(c.paras...)
		Analyze(a)
		if got := mentionCount(a, c.person, model.Person); got != 2 {
			t.Errorf("%q: person %q has %d mentions, want 2 (%v)", c.paras, c.person, got, a.Entities)
		}
	}
}
