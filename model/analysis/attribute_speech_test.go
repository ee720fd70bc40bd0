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

// TestTitleInApposition: a title set off by a comma after a noun for a
// work names the work ("her memoir, “Salt and Iron.”") and gets no
// speaker; words that are no title after such a noun are still speech.
func TestTitleInApposition(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"The quay, Ann Reed wrote in her memoir, “Salt and Iron.” was her first love.", "Salt and Iron", ""},
		{"Tomas Brandt said in his 2019 book, “A Harbour of Our Own,” that the town owed him.", "Harbour of Our Own", ""},
		{"Reporters have combed Ann Reed's new book, “Tides: How We Saved the Quay and the Town,” for clues.", "How We Saved", ""},
		// regressions: words spoken after a noun for a work
		{"Ann Reed praised the ferry scheme in her essay, “it was the best thing we ever did,” and left.", "best thing we ever did", "Ann Reed"},
	}
	for _, c := range cases {
		t.Run(c.quote, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
