package analysis

import "testing"

// TestProgrammeToldIsNoSpeech: a title-case quotation right after "told"
// names the programme spoken to ("X told “Harbour Morning,”"), so it is no
// speech and gets no speaker; words told are still speech.
func TestProgrammeToldIsNoSpeech(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"“The ferry will run,” Ilse Varga told “Harbour Morning,” the radio show.", "Harbour Morning", ""},
		{"“We have to rebuild the quay,” the mayor of Holm tells “Vell Today.”", "Vell Today", ""},
		// regressions: the words spoken, and the quotation before the tag
		{"“The ferry will run,” Ilse Varga told “Harbour Morning,” the radio show.", "ferry will run", "Ilse Varga"},
		{"Ilse Varga told the council: “The ferry will run.”", "ferry will run", "Ilse Varga"},
	}
	for _, c := range cases {
		t.Run(c.quote, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
