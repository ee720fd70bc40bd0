package analysis

import (
	"strings"
	"testing"
	"unicode"
)

// TestSwitchLists holds each switch of speedR_lists.go to the list it
// answers for: every word of the list, written as it is, in other cases,
// with a letter more or less, and words outside it.
func TestSwitchLists(t *testing.T) {
	union := func(a, b map[string]bool) map[string]bool {
		m := map[string]bool{}
		for w, in := range a {
			m[w] = in
		}
		for w, in := range b {
			m[w] = m[w] || in
		}
		return m
	}
	cases := []struct {
		name string
		f    func(string) bool
		set  map[string]bool
	}{
		{"stormWords", isStormWord, stormWords},
		{"postNominals+barRanks", isPostLetters, union(postNominals, barRanks)},
		{"courtTitleWords", isCourtTitleWord, courtTitleWords},
		{"officeLettersBefore", isOfficeLettersBefore, officeLettersBefore},
		{"kinHonorifics", isKinHonorific, kinHonorifics},
		{"muhammadForms", isMuhammadForm, muhammadForms},
		{"bodyOpeners", isBodyOpener, bodyOpeners},
		{"bodyEnders", isBodyEnder, bodyEnders},
		{"branchWords", isBranchWord, branchWords},
	}
	outside := []string{"", "a", "A", "Storm", "STORM", "storms", "MPS", "mp", "Mp", "KCs", "Ph.D", "PHD", "D", "Z", "ZZ",
		"Uncle", "md.", "Md", "m", "mohammedd", "judge", "the", "Reed", "SC.", "s", "Typhoon", "Z.Z.Z."}
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

// TestIsAllCapitalsFast holds isAllCapitals, which tells a word with a
// small ASCII letter second at once, to the rune-by-rune reading.
func TestIsAllCapitalsFast(t *testing.T) {
	runes := func(w string) bool {
		n := 0
		for _, c := range w {
			if unicode.IsLower(c) {
				return false
			}
			if unicode.IsUpper(c) {
				n++
			}
		}
		return n >= 2
	}
	for _, w := range []string{"", "A", "UK", "Reed", "REED", "ARSENAL", "McCAIN", "ÉTÉ", "Émile", "ÉMILE", "É", "ÖZ", "Öz", "1A",
		"A1B", "aB", "U.S.", "X-Men", "XY-z", "ẞX", "Ωmega", "ΩMEGA", "A\u0301B"} {
		if got, want := isAllCapitals(w), runes(w); got != want {
			t.Errorf("isAllCapitals(%q) = %v, want %v", w, got, want)
		}
	}
}
