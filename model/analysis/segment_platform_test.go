package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestPlatformX: "X." after a preposition of where something was posted
// is the social network, and its full stop ends the sentence; a capital
// X elsewhere, and every other single capital, stays a person's initial.
func TestPlatformX(t *testing.T) {
	cases := []struct {
		text string
		want int // sentences
	}{
		{"Ann Reed criticised the board on X. Reed said the fares were too high.", 2},
		{"The clip spread via X. Tomas Brandt, the chair, said nothing.", 2},
		{"She moved her posts from X. Bluesky has her now.", 2},
		{"The film was made by Malcolm X. Lee and his crew.", 1},
		{"The report on J. Smith was published.", 1},
		{"Reed met Ana X. Ruiz on Monday.", 1},
		{"A letter came from J. K. Rowling yesterday.", 1},
	}
	for _, c := range cases {
		p := model.Span{End: len(c.text)}
		if got := len(splitSentences(c.text, p)); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.want)
		}
	}
	// end to end: the name after "on X." is the speaker, and no "X. Reed"
	a := analyse("Ann Reed criticised the ferry board in a post on X. Reed said later that the fares were “a scandal.”")
	q, ok := findQuote(a, "scandal")
	if !ok || q.Speaker != "Ann Reed" {
		t.Errorf("speaker %q (found %v), want Ann Reed", q.Speaker, ok)
	}
	for _, e := range a.Entities {
		if e.Name == "X. Reed" {
			t.Errorf("entity %q", e.Name)
		}
	}
}
