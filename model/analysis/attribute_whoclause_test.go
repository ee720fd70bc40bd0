package analysis

import "testing"

// TestQuoteInWhoClauseNamedSubject: a quotation inside a "who" clause with
// a speech verb of its own is the words of the clause's antecedent, not of
// the sentence's named subject ("Ann Reed rebuked a critic who says …"); a
// singular or a phrase so defined names no one, so no speaker, as with a
// common-noun subject (TestBarePluralDefinedByWho), and a bare plural
// names the people who speak.
func TestQuoteInWhoClauseNamedSubject(t *testing.T) {
	cases := []struct{ para, quote, speaker string }{
		{"Ilse Varga rebuked a critic who says the harbour levy is “a tax on fishermen.”", "tax on fishermen", ""},
		{"Tomas Brandt mocked the dockers who claimed the new quay was “built on sand.”", "built on sand", ""},
		{"Tomas Brandt rebuked critics who say the new quay is “built on sand.”", "built on sand", "critics"},
		// a verb of characterising takes the antecedent as its object and
		// reports nothing
		{"Tomas Brandt mocked critics who say the new quay is “built on sand.”", "built on sand", "critics"},
		// a verb that reports the clause keeps the words its account
		{"Ilse Varga said the plan was opposed by a skipper who warned that the quay was “built on sand.”", "built on sand", "Ilse Varga"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
