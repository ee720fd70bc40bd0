package analysis

import "sync"

// notPersonFilter is a set of bits, one for each first two letters and
// length of a word of ASCII that classOfWord may put in a list of
// notPersonNameWords (notPersonSlot), made from wordClasses: a word whose
// bit is clear is in none, which nameShape then knows without lowering
// the word and hashing it into the map, as most words of people's names.
var (
	notPersonFilter     [1 << 15 / 64]uint64
	notPersonFilterOnce sync.Once
)

// notPersonSlot is the bit of notPersonFilter for the lower-case ASCII
// bytes c0 and c1 (0 for a word of one byte) opening a word of n bytes.
func notPersonSlot(c0, c1 byte, n int) uint {
	return uint(c0&31)<<10 | uint(c1&31)<<5 | uint(n&31)
}

func buildNotPersonFilter() {
	wordClassesOnce.Do(buildWordClasses)
	for w, c := range wordClasses {
		if c&notPersonNameWords == 0 || w == "" {
			continue
		}
		var c1 byte
		if len(w) > 1 {
			c1 = w[1]
		}
		s := notPersonSlot(w[0], c1, len(w))
		notPersonFilter[s>>6] |= 1 << (s & 63)
	}
}

// mayBeNotPersonWord is false where classOfWord(w)&notPersonNameWords is
// sure to be 0: w is ASCII of up to 32 bytes (as lowerOnStack lowers) and
// no word of those lists lower-cased opens with its first two bytes
// lowered and has its length.
func mayBeNotPersonWord(w string) bool {
	if len(w) == 0 || len(w) > 32 {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	c0, c1 := asciiLowerByte(w[0]), byte(0)
	if len(w) > 1 {
		c1 = asciiLowerByte(w[1])
	}
	s := notPersonSlot(c0, c1, len(w))
	return notPersonFilter[s>>6]&(1<<(s&63)) != 0
}

func asciiLowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
