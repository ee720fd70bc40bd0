package analysis

import (
	"strings"
	"testing"
)

// TestPossessorGate holds possessorInName, which asks nothing more of a
// word with no possessive after it, to the tests it made in full before.
func TestPossessorGate(t *testing.T) {
	full := func(tz *tokenized, k int) bool {
		if k < 0 || k+2 >= len(tz.toks) || !tz.toks[k].capital || !tz.toks[k+2].capital || tz.toks[k+2].sent != tz.toks[k].sent {
			return false
		}
		w, p := tz.toks[k].text, tz.toks[k+1].text
		if personStartsAt(tz.toks, k+2) {
			return false
		}
		if (collectiveNouns[w] || len(w) > 4 && strings.HasSuffix(w, "men")) && isPossessive(p) {
			return true
		}
		return (p == "'" || p == "’") && len(w) > 3 && strings.HasSuffix(w, "s") && tz.toks[k+1].Start == tz.toks[k].End
	}
	texts := append([]string{
		"Title\nThe People's Coast Party and the Dockworkers’ Federation met Fishermen's Union and Workers' Ada Holm.",
		"Title\nPeople 's Party, Seamen’s Guild, Boss' Club, Ana's Reed, Dockworkers' Ada Holm, Bus' Stop.",
	}, skipTexts...)
	hits := 0
	for _, text := range texts {
		tz := tokenizeText(text)
		for k := -1; k <= len(tz.toks); k++ {
			got, want := possessorInName(tz, k), full(tz, k)
			if got != want {
				t.Errorf("%q at %d: %v, want %v", text, k, got, want)
			}
			if want {
				hits++
			}
		}
	}
	if hits < 3 {
		t.Errorf("only %d possessors in names among the texts", hits)
	}
}
