package analysis

import (
	"strings"
	"testing"
)

// TestBracketEndsPhrase: a bracket closes a speaker phrase, so a speech
// verb that opens a bracketed aside finds no subject outside it, and a
// phrase read across a bracket is no speaker.
func TestBracketEndsPhrase(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		// the verb opens the brackets: before, "his crews (" spoke
		{"Ilse Varga met Ola Brandt at the quay. Brandt’s rule for his crews (repeated to me over the years) was, “Never trust a calm sea.”", "calm sea", ""},
		{"Ilse Varga met Ola Brandt at the quay. The rule of the old crews [repeated to me once] was, “Never trust a calm sea.”", "calm sea", ""},
		// regressions: brackets after a subject are stepped over
		{"Sen. Priya Shah (D-Vell) said the quay was “a wreck.”", "a wreck", "Priya Shah"},
		{"The harbour master (a sailor for forty years) said the quay was “a wreck.”", "a wreck", "the harbour master"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) {
			q := analysedQuote(t, c.quote, c.para)
			if q.Speaker != c.speaker {
				t.Errorf("speaker %q by %q, want %q", q.Speaker, q.Rule, c.speaker)
			}
			if strings.ContainsAny(q.Speaker, "()[]") {
				t.Errorf("speaker %q holds a bracket", q.Speaker)
			}
		})
	}
}

// TestBrokenPhrase: a speaker phrase keeps its head and never ends in
// punctuation or an article, whichever rule reads it. Before, "family"
// and "rally" were cut as adverbs in -ly, a participle after an adverb
// ended the phrase before its noun, and a phrase ran on to a semicolon.
func TestBrokenPhrase(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"Ola Brandt was in the office with other clerks when a member of the family suggested they print “Harbour Day” shirts.", "Harbour Day", "a member of the family"},
		{"Led by Ilse Varga, the rally denounced the plan for “a total shutdown of the quay.”", "total shutdown", "the rally"},
		{"According to the recently released harbour playbook, clerks were told, “You sell feelings, not tickets.”", "sell feelings", "the recently released harbour playbook"},
		{"Ola Brandt had a bad week, in which he was booed during a harbour debate; was denounced by the port union; and declared that rust ''works.''", "works", ""},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
