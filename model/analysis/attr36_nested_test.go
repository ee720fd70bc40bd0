package analysis

import "testing"

// TestNestedQuotationEnd: a quotation that ends with a quotation of its
// own ends where the inner one does, and the tag after it reads as after
// any other quotation.
func TestNestedQuotationEnd(t *testing.T) {
	intro := `Tomas Brandt, a ferryman, remembers the first winter on the quay.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a verb that is no cue, inner comma", `“I told her, ‘Ann, the boat has never left the harbour,’” he remembers. “And she told me, ‘Neither have I.’”`, "never left the harbour", "Tomas Brandt"},
		{"the second half of a split", `“I told her, ‘Ann, the boat has never left the harbour,’” he remembers. “And she told me, ‘Neither have I.’”`, "Neither have I", "Tomas Brandt"},
		{"inner question", `“Then she asked, ‘Who is going to row?’” Brandt remembers.`, "Who is going to row", "Tomas Brandt"},
		{"straight inner marks", `“I said, 'Ann, the quay is falling down,'” he remembers.`, "quay is falling", "Tomas Brandt"},
		{"a possessive mark ends no sentence", `“We stood on the quay with the fishermen’” he remembers.`, "stood on the quay", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
	for _, c := range []struct {
		text string
		want rune
	}{
		{"I said, ‘Stop,’", ','},
		{"She asked, 'Why?' ", '?'},
		{"the players’", 's'},
	} {
		if got := spokenEnd(c.text); got != c.want {
			t.Errorf("spokenEnd(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
