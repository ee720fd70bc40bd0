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
