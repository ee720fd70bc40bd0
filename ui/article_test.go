package ui

import (
	"strings"
	"testing"
)

// On a pane too narrow for the margin, the speaker is named after the
// sentence that holds the quotation's closing mark, never inside it, and
// once for two quotations in a row.
func TestNarrowNamesSpeakerAfterSentence(t *testing.T) {
	text := "Headline\nAnneliese Varga spoke at noon. “It will not be easy,” she said. “But we will try.” Then she left.\n"
	a := openText(t, text, 50, 20)
	if a.article.gutterWidth() != 0 {
		t.Fatal("a 50-column pane should have no margin")
	}
	name := a.article.a.Quotes[0].Speaker
	if name == "" {
		t.Fatal("the quotation has no speaker")
	}
	body := strings.Join(strings.Fields(plain(a)), " ")
	if strings.Contains(body, "easy,” — ") {
		t.Errorf("the name breaks into the sentence:\n%s", plain(a))
	}
	// once: the second quotation, by the same speaker, needs no second name
	if n := strings.Count(body, "— "+name); n != 1 || !strings.Contains(body, "she said. — "+name+" “But") {
		t.Errorf("named %d times, want once after the first sentence:\n%s", n, plain(a))
	}
}
