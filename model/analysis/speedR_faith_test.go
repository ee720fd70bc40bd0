package analysis

import (
	"strings"
	"testing"
)

// TestMayBeFaithOrDeity: every word of faithOrDeity passes, so that
// majorityType asks the map of every key that may be in it.
func TestMayBeFaithOrDeity(t *testing.T) {
	for w, in := range faithOrDeity {
		if in && !mayBeFaithOrDeity(w) {
			t.Errorf("%q of faithOrDeity is passed over", w)
		}
	}
	for _, w := range []string{"", "a", "ana reed", "the united nations security council", strings.Repeat("x", 40)} {
		if faithOrDeity[w] && !mayBeFaithOrDeity(w) {
			t.Errorf("%q is passed over", w)
		}
	}
}
