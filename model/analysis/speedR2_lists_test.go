package analysis

import (
	"strings"
	"testing"
)

// TestSwitchLists2 holds each switch of speedR2_lists.go to the lists it
// answers for: every word of them, in other cases, with a letter more or
// less, and words outside them.
func TestSwitchLists2(t *testing.T) {
	firm := map[string]bool{}
	for w := range bodyKindNouns {
		firm[w] = true
	}
	for w := range firmKindNouns {
		firm[w] = true
	}
	cases := []struct {
		name string
		f    func(string) bool
		set  map[string]bool
	}{
		{"bodyKindNouns+firmKindNouns", isFirmKindNoun, firm},
		{"groupNouns", isGroupNoun, groupNouns},
		{"militaryRanks", isMilitaryRank, militaryRanks},
	}
	outside := []string{"", "a", "ap", "apps", "Bank", "banks", "the", "Reed", "group's", "POLICE", "conglomerates",
		"organizationss", "demonstrator", "x", "newspaper", "publisher", "label"}
	for _, c := range cases {
		var words []string
		for w := range c.set {
			words = append(words, w, strings.ToUpper(w), strings.ToLower(w), w+"s", w+".", w[:len(w)-1], "x"+w)
		}
		for _, w := range append(words, outside...) {
			if got, want := c.f(w), c.set[w]; got != want {
				t.Errorf("%s: %q gives %v, the list %v", c.name, w, got, want)
			}
		}
	}
}
