package analysis

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestKeyArenaLowerEveryByte holds keyArena.lower, which lowers eight
// bytes at a step, to strings.ToLower with every byte at every place of
// a step and keys of every length up to 64 and past it.
func TestKeyArenaLowerEveryByte(t *testing.T) {
	var ka keyArena
	for c := 0; c < 256; c++ {
		for n := 1; n <= 66; n++ {
			for at := 0; at < min(n, 9); at++ {
				b := []byte(strings.Repeat("Mz", n)[:n])
				b[at] = byte(c)
				b[n-1-at] = byte(c)
				s := string(b)
				if got, want := ka.lower(s), strings.ToLower(s); got != want {
					t.Fatalf("lower(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

// TestSpeedK5Lex holds the lists made for the lexicon to the look-ups
// they stand for: descModifierForms to descriptionModifier, and
// postNominalForms to postNominals and barRanks as written, over their
// words, their words in capitals and a few words outside them.
func TestSpeedK5Lex(t *testing.T) {
	words := []string{"said", "the", "reed", "old", "mp", "Mp", "qc", "phd", "Ph.D", "newer", "tops", ""}
	for _, set := range []map[string]bool{roleModifiers, moreRoleModifiers, jurisdictionModifiers, postNominals, barRanks,
		descModifierForms, postNominalForms} {
		for w := range set {
			words = append(words, w, strings.ToLower(w), strings.ToUpper(w))
		}
	}
	words = append(words, descModifierWords...)
	for _, w := range words {
		if got, want := descModifierForms[w], descriptionModifier(w); got != want {
			t.Errorf("descModifierForms[%q] = %v, want %v", w, got, want)
		}
		if (postNominals[w] || barRanks[w]) && !postNominalForms[strings.ToLower(w)] {
			t.Errorf("postNominalForms lacks %q, a post-nominal", strings.ToLower(w))
		}
		if postNominalForms[w] && !postNominals[w] && !barRanks[w] && w != strings.ToLower(w) {
			t.Errorf("postNominalForms holds %q, written with a capital", w)
		}
	}
	for w := range postNominalForms {
		if !slices.ContainsFunc(append(slices.Collect(maps.Keys(postNominals)), slices.Collect(maps.Keys(barRanks))...),
			func(p string) bool { return strings.ToLower(p) == w }) {
			t.Errorf("postNominalForms holds %q, lowered from no post-nominal", w)
		}
	}
}

// TestProbeSlot holds probeSlot to the forms of the tokens: the slot of
// "of" and "for" is tz.forms at exactly the tokens of either form, and -1
// where the article writes neither.
func TestProbeSlot(t *testing.T) {
	for _, text := range []string{"The Ministry of Justice and Office for Budget Responsibility said OF course FOR sure.", "No such words here."} {
		a := article(text)
		tz := Default().prepare(a)
		for _, p := range []probeForm{ofForm, forForm} {
			s := probeSlot(tz, p)
			n := 0
			for k, tok := range tz.toks {
				if (tok.low == p.w) != (tz.forms[k] == s) {
					t.Errorf("%q: token %q, form's slot %d, probeSlot(%q) = %d", text, tok.text, tz.forms[k], p.w, s)
				}
				if tok.low == p.w {
					n++
				}
			}
			if (n == 0) != (s < 0) {
				t.Errorf("%q: probeSlot(%q) = %d with %d tokens of it", text, p.w, s, n)
			}
		}
		tz.release()
	}
}
