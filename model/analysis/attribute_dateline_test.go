package analysis

import "testing"

// TestPlainDatelineNotSubject: a dateline without an agency ("HOLM -",
// "PORT ELLA, Dunmore —") that opens the paragraph is skipped when the
// sentence's subject is looked for, as one with an agency is.
func TestPlainDatelineNotSubject(t *testing.T) {
	cases := []struct{ para, quote, speaker string }{
		{"HOLM - Tomas Brandt rallied his supporters on Monday, saying the levy was “a fraud”.", "a fraud", "Tomas Brandt"},
		{"PORT ELLA, Dunmore — Ilse Varga took a swipe at her rival over the harbour levy, saying that “loud remarks” do more harm than good.", "loud remarks", "Ilse Varga"},
		{"VELLSTAD — Democrat Ilse Varga has called the harbour levy “a swindle” in a speech to dockers.", "a swindle", "Ilse Varga"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
