package analysis

import "strings"

// creditLabelStems are the first three bytes of every credit label
// (creditLabels): a tail that holds none of them holds no label, and
// creditLabelAtEnd asks it of none of the thirteen labels
// (TestCreditLabelStems).
var creditLabelStems = []string{"Pho", "Pic", "Ima", "Cre"}

// mayHoldCreditLabel reports whether tail holds one of creditLabelStems;
// it is false only where no credit label is in tail.
func mayHoldCreditLabel(tail string) bool {
	for _, s := range creditLabelStems {
		if strings.Contains(tail, s) {
			return true
		}
	}
	return false
}
