package analysis

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestCandidatesOf holds candidatesOf to all the openings, over random
// lines and lines opening beyond ASCII, and the general punctuation that
// foldsToASCII passes over to the folds of its runes.
func TestCandidatesOf(t *testing.T) {
	lines := append(randomLines(5000), "“Sign up", "— Sign up", "\u212aelvin", "\u212a\u0250\u0250 rest", "ſign up for it", "É", "…", "\u2000x",
		"\xe2\x80", "\xe2", "’Text by")
	for _, line := range lines {
		if line == "" {
			continue
		}
		if got, want := hasPrefixFold(line, furnitureOpenings.candidatesOf(line)), hasPrefixFold(line, furnitureOpenings.all); got != want {
			t.Fatalf("%q: candidatesOf %v, all %v", line, got, want)
		}
	}
	for r := rune(0x2000); r <= 0x203f; r++ {
		want := false
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				want = true
			}
		}
		if f := unicode.SimpleFold(r); f != r {
			t.Errorf("%U folds to %U", r, f)
		}
		if got := foldsToASCII(string(r) + "x"); got != want || !punctuationOpens(string(r)) {
			t.Errorf("foldsToASCII(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestAppendFieldsBytes holds appendFields, which reads a line byte by
// byte, to strings.Fields, over random lines and lines of spaces beyond
// ASCII and bytes that are no UTF-8.
func TestAppendFieldsBytes(t *testing.T) {
	lines := append(randomLines(5000), "", " ", "a", " a ", "a\u00a0b\u2003c\u3000", "\xe2\x80 x\xff y", "x\u0085y", "\t\nz\v\f\r", "“Ana” — Reed…")
	for _, line := range lines {
		got, want := appendFields(nil, line), strings.Fields(line)
		if !slices.Equal(got, want) {
			t.Fatalf("appendFields(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestCreditLineLow holds the lowered line furnitureLine hands
// creditLineLow, its own lowered line cut of full stops and spaces at the
// end, to the one isCreditLine lowered from the line cut first.
func TestCreditLineLow(t *testing.T) {
	lines := append(randomLines(5000), "Photo: AP.", "AP Photo / Ana Reed. . ", "x\xff. ", "\xe2\x80. ", "ÉCRIT PAR ANA. ", "\u212a. .", "İ.")
	for _, line := range lines {
		if got, want := strings.TrimRight(lowerLine(line), ". "), strings.ToLower(strings.TrimRight(line, ". ")); got != want {
			t.Fatalf("%q: lowered then cut %q, cut then lowered %q", line, got, want)
		}
	}
}
