package analysis

import (
	"strings"
	"testing"
)

// TestCreditLabelStems holds mayHoldCreditLabel to the credit labels: every
// label opens with a stem, so a tail without a stem holds no label.
func TestCreditLabelStems(t *testing.T) {
	for _, l := range creditLabels {
		ok := false
		for _, s := range creditLabelStems {
			ok = ok || strings.HasPrefix(l, s)
		}
		if !ok {
			t.Errorf("credit label %q opens with none of creditLabelStems", l)
		}
		for _, tail := range []string{l, "on the quay. " + l + "Ana Ruiz", "(" + l + "Ana Ruiz/AP)"} {
			if !mayHoldCreditLabel(tail) {
				t.Errorf("mayHoldCreditLabel(%q) = false", tail)
			}
		}
	}
	for _, tail := range []string{"", "written by Ana Ruiz", "Note: none", "photo: Ana", "PHOTO: ANA", "Pix by Ana"} {
		has := false
		for _, l := range creditLabels {
			has = has || strings.Contains(tail, l)
		}
		if has != mayHoldCreditLabel(tail) && has {
			t.Errorf("mayHoldCreditLabel(%q) = false, but it holds a label", tail)
		}
		if mayHoldCreditLabel(tail) {
			t.Errorf("mayHoldCreditLabel(%q) = true", tail)
		}
	}
}

// TestContainsAround holds containsAround to strings.Contains over the
// patterns it is asked with and short lines of their bytes and others.
func TestContainsAround(t *testing.T) {
	pats := []struct {
		sub string
		k   int
	}{{" by ", 1}, {" via ", 2}, {"ontribut", 5}, {"Pho", 0}, {"Pic", 0}, {"Ima", 0}, {"Cre", 0}}
	alphabet := []string{" ", "b", "y", "v", "i", "a", "o", "n", "t", "r", "u", "P", "h", "C", "é", "x"}
	var lines []string
	var grow func(s string, n int)
	grow = func(s string, n int) {
		lines = append(lines, s)
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			grow(s+a, n-1)
		}
	}
	grow("", 4)
	for _, p := range pats {
		lines = append(lines, p.sub, "x"+p.sub, p.sub+"x", p.sub[:len(p.sub)-1], p.sub[1:], "Written by Ana Ruiz via AP. Contributors: Ivo. Photo: Ana, Pictures, Image, Credit",
			strings.Repeat("b", 70)+p.sub, p.sub+strings.Repeat(" ", 90))
	}
	for _, p := range pats {
		for _, s := range lines {
			if got, want := containsAround(s, p.sub, p.k), strings.Contains(s, p.sub); got != want {
				t.Fatalf("containsAround(%q, %q, %d) = %v, want %v", s, p.sub, p.k, got, want)
			}
		}
	}
}
