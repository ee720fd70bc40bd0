package tagger

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestVocabTableMatchesMap adds words to a vocabTable and a map side by
// side, through growth and a reset, and asks both for words held and not:
// including the empty word, words that differ in one byte or in length,
// words of every length that differ in one byte anywhere (wordKey reads
// short and long words apart), and words that share a slot; under
// several seeds, since which words share a slot depends on them.
func TestVocabTableMatchesMap(t *testing.T) {
	defer func(seeds [3]uint64) { wordSeeds = seeds }(wordSeeds)
	for range 8 {
		wordSeeds = [3]uint64{rand.Uint64() | 1, rand.Uint64() | 1, rand.Uint64()}
		testVocabTable(t)
	}
}

func testVocabTable(t *testing.T) {
	var v vocabTable
	m := map[string]int32{}
	words := []string{"", "a", "A", "ab", "abc", "ab\x00", "é", "\xff", "Bank", "bank", "banks"}
	for i := range 4000 {
		words = append(words, fmt.Sprintf("w%d", i), fmt.Sprintf("W%d.", i*7))
	}
	// words of every length to 40 that differ in one byte anywhere
	long := []byte("internationalisation-of-the-counterparts")
	for n := 1; n <= len(long); n++ {
		for k := 0; k < n; k++ {
			w := []byte(string(long[:n]))
			w[k] ^= 0x20
			words = append(words, string(w))
		}
		words = append(words, string(long[:n]))
	}
	check := func(stage string) {
		t.Helper()
		for _, w := range append(words, "absent", "w4001", "W", "internationalisation-of-the-counterparts!") {
			got, ok := v.find(w)
			want, wok := m[w]
			if ok != wok || got != want {
				t.Fatalf("%s: find(%q) = %d, %v; the map has %d, %v", stage, w, got, ok, want, wok)
			}
			if bg, bok := v.findBytes([]byte(w)); bg != got || bok != ok {
				t.Fatalf("%s: findBytes(%q) = %d, %v; find gives %d, %v", stage, w, bg, bok, got, ok)
			}
		}
	}
	check("empty")
	for i, w := range words[:len(words)/2] {
		v.add(w, int32(i))
		m[w] = int32(i)
	}
	check("half")
	for i, w := range words[len(words)/2:] {
		v.add(w, int32(i+len(words)/2))
		m[w] = int32(i + len(words)/2)
	}
	check("all")
	if v.n != len(m) || 2*v.n > len(v.slots) {
		t.Fatalf("%d words in %d slots, want %d words in at least twice as many", v.n, len(v.slots), len(m))
	}
	v.reset()
	clear(m)
	check("reset")
	v.reset() // again, holding nothing
	check("reset twice")
	for i, w := range words[:10] {
		v.add(w, int32(100+i))
		m[w] = int32(100 + i)
	}
	check("after reset")
}
