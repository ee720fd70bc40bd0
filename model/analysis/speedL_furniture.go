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
		if containsAround(tail, s, 0) {
			return true
		}
	}
	return false
}

// containsAround is strings.Contains(s, sub), found through sub's byte at
// k, one that lines seldom hold ('b' of " by ", 'v' of " via "): only where
// that byte stands is sub compared, so a line full of spaces is not
// stopped at each of them (TestContainsAround).
func containsAround(s, sub string, k int) bool {
	c := sub[k]
	for i := k; i < len(s); {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return false
		}
		i += j
		if strings.HasPrefix(s[i-k:], sub) {
			return true
		}
		i++
	}
	return false
}
