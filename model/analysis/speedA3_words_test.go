package analysis

import (
	"sort"
	"strings"
	"testing"
)

// TestPronounOf holds pronounOf to the map it stands for, pronouns[t.low],
// over the tokens of a text of every key of pronouns, written in lower
// case and with a capital, and words outside the map.
func TestPronounOf(t *testing.T) {
	var words []string
	for w := range pronouns {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:])
	}
	sort.Strings(words)
	words = append(words, "said", "the", "Reed", "xyzzy", "hes", "theirs.", "'s")
	a := article(strings.Join(words, " ") + ".")
	toks := Default().prepare(a).toks
	keys := 0
	for k := range toks {
		tk := &toks[k]
		if got, want := pronounOf(tk), pronouns[tk.low]; got != want {
			t.Errorf("%q: pronounOf %q, pronouns %q", tk.text, got, want)
		}
		if _, ok := pronouns[tk.low]; ok {
			keys++
		}
	}
	if keys < len(pronouns) {
		t.Errorf("%d tokens are keys of pronouns, want at least %d", keys, len(pronouns))
	}
}

// TestTitleSmallWord holds titleSmallWord to titleSmallWords of the word
// lowered by strings.ToLower, over the list's words as written, in
// capitals and with a capital, words beyond ASCII that lower to them and
// words outside the list.
func TestTitleSmallWord(t *testing.T) {
	words := []string{"", "A", "İN", "İn", "iN", "THEİ", "ſ", "Kelvin", "\u212a", "fromm", "with.", "with,", "FROM", "n", "th", "nor", "Nor", "nör", "the\xff", "\xff", "xyzzy", "anD"}
	for w := range titleSmallWords {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", "x"+w)
	}
	for _, w := range words {
		if got, want := titleSmallWord(w), titleSmallWords[strings.ToLower(w)]; got != want {
			t.Errorf("%q: titleSmallWord %v, titleSmallWords %v", w, got, want)
		}
	}
}

// TestAdverbialPrep holds adverbialPrep to adverbialPreps over the list's
// words and a few others.
func TestAdverbialPrep(t *testing.T) {
	words := []string{"", "In", "IN", "of", "to", "than", "ago", "inn", "o", "throughout.", "sincere"}
	for w := range adverbialPreps {
		words = append(words, w, strings.ToUpper(w), w+"s")
	}
	for _, w := range words {
		if got, want := adverbialPrep(w), adverbialPreps[w]; got != want {
			t.Errorf("%q: adverbialPrep %v, adverbialPreps %v", w, got, want)
		}
	}
}
