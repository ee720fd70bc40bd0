package tagger

import (
	"math/bits"
	"math/rand/v2"
)

// A scratch finds the word type of every token of every document it tags
// by the token's text. In a Go map that look-up hashed the word, probed a
// group and compared keys through the map's generic code, some 145
// instructions a token (callgrind over PolNeAR train), the largest single
// cost of the fast path before scoring. vocabTable does the same with one
// hash of the word and a linear probe over slots that hold the word's
// bytes as the hash read them, so a hit costs the hash, one slot and two
// comparisons of integers.

// wordSeeds seed the hash of words (wordKey, mixKey). They are random so
// that no article can be written to make its words collide.
var wordSeeds = [3]uint64{rand.Uint64() | 1, rand.Uint64() | 1, rand.Uint64()}

// wordKey reads word w for its hash (mixKey) and vocabTable's slots: a word of up to 16 bytes as two
// overlapping integers (the first and last 8, 4 or 1 bytes), which with
// its length hold every byte of it, and a longer word as its first,
// middle (mixed in a) and last 8 bytes.
func wordKey[W string | []byte](w W) (a, b uint64) {
	n := len(w)
	switch {
	case n >= 8:
		a, b = le64(w), le64(w[n-8:])
		if n > 16 {
			a ^= le64(w[n/2-4:]) * wordSeeds[2]
		}
	case n >= 4:
		a, b = uint64(le32(w)), uint64(le32(w[n-4:]))
	case n > 0:
		a, b = uint64(w[0])<<16|uint64(w[n/2])<<8|uint64(w[n-1]), 0
	}
	return a, b
}

// shortWord is the length up to which wordKey holds every byte of a word.
const shortWord = 16

// mixKey hashes a word's key (wordKey) and length by one wide
// multiplication. Most words are short, and hash/maphash spent some 67
// instructions a word getting to its hash through three calls.
func mixKey(a, b uint64, n int) uint64 {
	hi, lo := bits.Mul64(a^wordSeeds[0], b^wordSeeds[1]^uint64(n))
	return hi ^ lo
}

// le64 and le32 are the first 8 or 4 bytes of s, little-endian: the
// compiler reads each as one load.
func le64[W string | []byte](s W) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32[W string | []byte](s W) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// vocabTable maps words to the numbers of their types in a scratch, as a
// map[string]int32 would, keyed by the hash of each word's key. It holds at most half as many
// words as it has slots, so most look-ups read one slot.
type vocabTable struct {
	slots []vocabSlot // a power of two of them, or none
	words []string    // the words held, by number, for those past shortWord
	n     int         // words held
}

// vocabSlot is a word's key (wordKey) and length, and its type's number;
// id 0 marks an empty slot. A word of up to shortWord bytes is equal to
// another of its key and length, so most hits compare no bytes; a longer
// one is compared with the word itself (words).
type vocabSlot struct {
	a, b uint64
	n    int32
	id   int32 // the type's number + 1
}

// find returns the number of word w and whether it is held.
func (v *vocabTable) find(w string) (int32, bool) { return findWord(v, w) }

// findBytes is find for a word in a byte slice, which it does not copy.
func (v *vocabTable) findBytes(w []byte) (int32, bool) { return findWord(v, w) }

// findWord is find and findBytes.
func findWord[W string | []byte](v *vocabTable, w W) (int32, bool) {
	if len(v.slots) == 0 {
		return 0, false
	}
	// wordKey written out (too large to be inlined): as a call it was a
	// fifth of every look-up, of which the tagger makes one a token. add
	// keys words by wordKey itself, so TestVocabTableMatchesMap finds
	// nothing if the two differ.
	n := len(w)
	var a, b uint64
	switch {
	case n >= 8:
		a, b = le64(w), le64(w[n-8:])
		if n > 16 {
			a ^= le64(w[n/2-4:]) * wordSeeds[2]
		}
	case n >= 4:
		a, b = uint64(le32(w)), uint64(le32(w[n-4:]))
	case n > 0:
		a = uint64(w[0])<<16 | uint64(w[n/2])<<8 | uint64(w[n-1])
	}
	mask := uint64(len(v.slots) - 1)
	for i := mixKey(a, b, n) & mask; ; i = (i + 1) & mask {
		s := &v.slots[i]
		if s.id == 0 {
			return 0, false
		}
		// one branch for the three comparisons
		if (s.a^a)|(s.b^b)|uint64(int(s.n)^n) == 0 && (n <= shortWord || v.words[s.id-1] == string(w)) {
			return s.id - 1, true
		}
	}
}

// add maps word w, which the table does not hold, to id.
func (v *vocabTable) add(w string, id int32) {
	if 2*(v.n+1) > len(v.slots) {
		v.grow()
	}
	a, b := wordKey(w)
	v.put(vocabSlot{a: a, b: b, n: int32(len(w)), id: id + 1})
	for int(id) >= len(v.words) {
		v.words = append(v.words, "")
	}
	v.words[id] = w
	v.n++
}

func (v *vocabTable) put(e vocabSlot) {
	mask := uint64(len(v.slots) - 1)
	i := mixKey(e.a, e.b, int(e.n)) & mask
	for v.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	v.slots[i] = e
}

// grow doubles the slots (at least 64) and puts the words back.
func (v *vocabTable) grow() {
	old := v.slots
	v.slots = make([]vocabSlot, max(64, 2*len(old)))
	for _, e := range old {
		if e.id != 0 {
			v.put(e)
		}
	}
}

// reset empties the table, keeping its slots: one that holds nothing
// has nothing to clear (the consistency pass resets its tables twice a
// document).
func (v *vocabTable) reset() {
	if v.n == 0 {
		return
	}
	clear(v.slots)
	clear(v.words)
	v.words = v.words[:0]
	v.n = 0
}
