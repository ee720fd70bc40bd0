package analysis

import "testing"

// TestAccordingToBarePhrase: "according to" gives its source even when it
// is a bare phrase with no determiner, which is none of the speaker
// phrases a subject can be; a name or a determined phrase reads as before.
func TestAccordingToBarePhrase(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"officials with knowledge", "“You have been very critical of me,” Ilse Varga told Tomas Brandt, according to officials with knowledge of the meeting.", "very critical of me", "officials with knowledge of the meeting"},
		{"audio provided to an outlet", "“We are still winning every day,” Ms. Varga said during the closed session, according to audio provided to the Holm Courier.", "still winning", "audio provided to the Holm Courier"},
		{"excerpts released by a body", "“Nothing prepares you for the harbour,” the former mayor will say, according to excerpts of her speech released by the board.", "Nothing prepares you", "excerpts of her speech released by the board"},
		// regressions: a name, and a phrase with its determiner
		{"a name", "“The tide is turning,” Ilse Varga said, according to Tomas Brandt.", "tide is turning", "Tomas Brandt"},
		{"a determined phrase", "The ferry is “a floating scandal,” according to a report by the harbour board.", "a floating scandal", "a report by the harbour board"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestAccordingToPronoun: "According to him," names the one the pronoun
// stands for, as "he said" does, not the word "him".
func TestAccordingToPronoun(t *testing.T) {
	paras := []string{
		"Tomas Brandt, the party's publicity secretary, described the levy as “ill-timed”.",
		"According to him, the council had “not consulted anybody” before the vote.",
		"Ilse Varga, the council leader, defended the plan on Tuesday. According to her, the levy was “long overdue”.",
	}
	wantSpeaker(t, "not consulted anybody", "Tomas Brandt", paras...)
	wantSpeaker(t, "long overdue", "Ilse Varga", paras...)
}
