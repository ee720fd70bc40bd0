package analysis

import "testing"

// TestTagPastRelative: a cue right after "who" is the verb of a relative
// clause when a speech verb of the sentence closes the clause; the subject
// with its clause speaks through that verb.
func TestTagPastRelative(t *testing.T) {
	intro := `Police were called to Grange Street in Eastcliff on Monday night.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"asked, then told", `“I heard three shots,” a witness who asked not to be named told the Gazette.`, "three shots", "a witness"},
		{"asked, then said", `“The road was blocked,” a driver who asked not to be identified said.`, "road was blocked", "a driver"},
		{"the clause's own tag", `“We will wait,” said Ann Reed, who asked the board to delay the vote.`, "will wait", "Ann Reed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
