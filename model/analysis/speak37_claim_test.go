package analysis

import "testing"

// TestSpeak37NounBeforeRelative: a noun of speech after a determiner
// ("a claim", "the charge") that a reduced relative clause describes is no
// verb reporting that clause: the subject of the clause's own verb of
// calling says the words, not the subject of the sentence before it.
func TestSpeak37NounBeforeRelative(t *testing.T) {
	intro := `The harbour board met on Tuesday to discuss the ferry timetable.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a claim, title before the name", `The union accused the board of cutting two crossings in secret, a claim Transport Minister Ola Brandt called “a cynical smear.”`, "cynical smear", "Ola Brandt"},
		{"described as, after a verb of saying", `Dockers said the board would close the old pier, a claim Harbour Minister Ola Brandt described as “simply untrue.”`, "simply untrue", "Ola Brandt"},
		{"a claim, the name alone", `Dockers said the board had sold the old pier, a claim Ola Brandt called “a fairy tale from start to finish.”`, "fairy tale", "Ola Brandt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
