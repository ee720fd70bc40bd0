package analysis

import "testing"

// TestQualifiedHead: a place or an organisation that only qualifies the
// head of a description is no speaker; the description speaks. A person's
// name before such a head is left to the person.
func TestQualifiedHead(t *testing.T) {
	cases := []struct {
		name, quote, speaker string
		paras                []string
	}{
		{"subject of a participle clause", "not get beaten up", "The Vellmark senator",
			[]string{"The Vellmark senator sought to calm his supporters, and took a heckler in stride, saying the man would “not get beaten up” at his rally."}},
		{"with an adjective before the place", "keep the ferry", "the outspoken Vellmark mayor",
			[]string{"The outspoken Vellmark mayor toured the quay on Monday, promising to “keep the ferry running” all winter."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.paras...)
		})
	}
}

// TestQualifyingPlace: a place or body after a preposition that only says
// where or whom the subject is of does not end the subject before its
// verb.
func TestQualifyingPlace(t *testing.T) {
	cases := []struct {
		name, quote, speaker string
		paras                []string
	}{
		{"named subject of a place, then an aside", "progressive harbour tax", "Ola Marsh",
			[]string{"Senator Ola Marsh of Vellmark, a Democrat on the finance committee, advocates a “progressive harbour tax” modeled after one developed by Tomas Brandt, a professor."}},
		{"unnamed subject takes the phrase", "like any other", "the lawyers for Vell Harbour",
			[]string{"The lawyers for Vell Harbour declined to comment on Monday, saying the ferry was “like any other.”"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.paras...)
		})
	}
}
