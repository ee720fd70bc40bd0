package tagger

import (
	"math/rand"
	"strings"
	"testing"
)

// TestWordFilter holds wordFilter to the maps it stands before in the
// consistency pass: every string added, and every string starting with
// the first word of one, may be in it (no false "no", which would change
// tags), and most strings never added are turned away (else it saves
// nothing).
func TestWordFilter(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := "abcdefghijklmnopqrstuvwxyz '.-é"
	word := func() string {
		var b strings.Builder
		for n := rng.Intn(8); n >= 0; n-- {
			b.WriteByte(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	for round := 0; round < 200; round++ {
		var f wordFilter
		added := map[string]bool{} // as starts is keyed: by first word
		for n := rng.Intn(60); n >= 0; n-- {
			w := word()
			f.add(firstWord(w))
			added[firstWord(w)] = true
		}
		rejected, absent := 0, 0
		for n := 0; n < 500; n++ {
			w := word()
			if rng.Intn(4) == 0 {
				// a known first word and more words after it
				for k := range added {
					w = k + " " + w
					break
				}
			}
			switch {
			case added[firstWord(w)] && !f.mayHave(w):
				t.Fatalf("round %d: %q starts with %q, added, but mayHave is false", round, w, firstWord(w))
			case !added[firstWord(w)]:
				absent++
				if !f.mayHave(w) {
					rejected++
				}
			}
		}
		if len(added) <= 30 && rejected < absent/2 {
			t.Errorf("round %d: %d strings added, %d of %d others turned away", round, len(added), rejected, absent)
		}
	}
	for _, w := range []string{"", " ", " new", "n", "new", "new york", "ne"} {
		var f wordFilter
		f.add(firstWord(w))
		if !f.mayHave(w) {
			t.Errorf("%q: not found after adding its first word %q", w, firstWord(w))
		}
	}
}

// TestDocSpans holds docSpans, the names of a document found at once, to
// spansOf of each sentence, on random tags (empty sentences among them),
// found twice into the same buffers.
func TestDocSpans(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	var d docSpans
	for round := 0; round < 100; round++ {
		tags := make([][]int, 1+rng.Intn(12))
		for i := range tags {
			tags[i] = make([]int, rng.Intn(15))
			for k := range tags[i] {
				if rng.Intn(2) == 0 {
					tags[i][k] = rng.Intn(len(Tags))
				}
			}
		}
		d.find(tags)
		for i, tg := range tags {
			got, want := d.of(i), spansOf(tg)
			if len(got) != len(want) {
				t.Fatalf("round %d, sentence %d %v: of gives %v, spansOf %v", round, i, tg, got, want)
			}
			for k := range want {
				if got[k] != want[k] {
					t.Fatalf("round %d, sentence %d %v: of gives %v, spansOf %v", round, i, tg, got, want)
				}
			}
		}
	}
}

// TestNameVotes holds voteOf and nameAt, which keep a name of one word
// with no space in starts rather than in votes, to one map from every
// joined name to its votes: the same name always gets the same votes,
// different names different ones, and nameAt finds the longest name voted
// for, as a look-up of every length would. The words include ones with a
// space ("new york" as one token) and ones that are others' first words.
func TestNameVotes(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	vocab := []string{"new", "york", "new york", "new jersey", "york city", "a", "ab", "abc", "ab c", "é", "é x", "sri", "lanka"}
	pick := func(n int) []string {
		words := make([]string, n)
		for i := range words {
			words[i] = vocab[rng.Intn(len(vocab))]
		}
		return words
	}
	var c consistencyScratch
	for round := 0; round < 300; round++ {
		c.reset()
		want := map[string]int32{}
		maxLen := 1
		for n := rng.Intn(20); n >= 0; n-- {
			words := pick(1 + rng.Intn(4))
			maxLen = max(maxLen, len(words))
			key := strings.Join(words, " ")
			at := c.voteOf(words)
			if int(at) >= len(c.vs) || c.vs[at].key != key {
				t.Fatalf("round %d: voteOf(%q) = %d, not the votes of %q", round, words, at, key)
			}
			if old, ok := want[key]; ok && old != at {
				t.Fatalf("round %d: voteOf(%q) = %d, %d before", round, words, at, old)
			}
			want[key] = at
		}
		if len(want) != len(c.vs) {
			t.Fatalf("round %d: %d names, %d votes", round, len(want), len(c.vs))
		}
		for n := 0; n < 100; n++ {
			words := pick(1 + rng.Intn(maxLen))
			wantLen, wantAt := 0, int32(0)
			for l := len(words); l >= 1; l-- {
				if at, ok := want[strings.Join(words[:l], " ")]; ok {
					wantLen, wantAt = l, at
					break
				}
			}
			if l, at := c.nameAt(words); l != wantLen || l > 0 && at != wantAt {
				t.Fatalf("round %d: nameAt(%q) = %d, %d; want %d, %d", round, words, l, at, wantLen, wantAt)
			}
		}
	}
}
