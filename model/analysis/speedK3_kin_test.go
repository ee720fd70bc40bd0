package analysis

import (
	"sort"
	"strings"
	"testing"
)

// TestKinMemo holds the linker's memo of kin nouns, description
// modifiers, given names and estates' words to the look-ups it replaced,
// over every word of their lists, in capitals and not, each asked twice,
// and words of none of them.
func TestKinMemo(t *testing.T) {
	var words []string
	for _, set := range []map[string]bool{kinNouns, roleModifiers, moreRoleModifiers, jurisdictionModifiers, recog45PlaceFirsts, maleNames, femaleNames} {
		for w := range set {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	words = append(words, "new", "top", "veteran", "outgoing", "said", "the", "Reed", "brothers", "kin", "'", "“")
	var text []string
	for _, w := range words {
		text = append(text, w, strings.ToUpper(w[:1])+w[1:], w)
	}
	a := article(strings.Join(text, " ") + ".")
	tz := Default().prepare(a)
	defer tz.release()
	l := &linker{a: a, tz: tz}
	for k, tok := range tz.toks {
		if got, want := l.isKinNoun(k), kinNouns[tok.low]; got != want {
			t.Errorf("isKinNoun(%q) = %v, want %v", tok.text, got, want)
		}
		if got, want := l.isDescriptionModifier(k), descriptionModifier(tok.low); got != want {
			t.Errorf("isDescriptionModifier(%q) = %v, want %v", tok.text, got, want)
		}
		if got, want := l.isGivenNameWord(k), givenNameGender(tok.low) != "" || givenNames[tok.low]; got != want {
			t.Errorf("isGivenNameWord(%q) = %v, want %v", tok.text, got, want)
		}
		if got, want := l.isPlaceFirst(k), recog45PlaceFirsts[tok.low]; got != want {
			t.Errorf("isPlaceFirst(%q) = %v, want %v", tok.text, got, want)
		}
	}
}
