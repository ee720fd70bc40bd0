package analysis

import "testing"

// TestMorePeopleHeads: a plural of people whose ending is not an agent's
// ("employees", "refugees", "citizens") heads a bare speaker phrase.
func TestMorePeopleHeads(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"The fight over what former employees have called a “fraudulent scheme” took a turn at a rally when the mayor implied the judge was biased.", "fraudulent scheme", "former employees"},
		{"Syrian refugees described the camp as “a prison without walls.”", "prison without walls", "Syrian refugees"},
		{"Older citizens called the plan “a betrayal of the harbour.”", "betrayal of the harbour", "Older citizens"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
