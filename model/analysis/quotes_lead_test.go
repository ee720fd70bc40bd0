package analysis

import (
	"math/rand"
	"testing"
)

// TestNextMarkLead holds the eight-byte steps of nextMarkLead to a byte by
// byte search of markLead, on random strings of marks, bytes beyond ASCII
// that start a mark and that do not, letters and spaces, of every length
// up to well past a few steps, searched from every offset.
func TestNextMarkLead(t *testing.T) {
	pieces := []string{"\"", "'", "`", "“", "”", "«", "»", "’", "—", "é", "\u00a0", "a", "Z", " ", ".", "&", "#", "\x7f", "\xff", "\xe2", "\xc2"}
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 4000; n++ {
		s := ""
		for len(s) < n%40 {
			if rng.Intn(4) == 0 {
				s += pieces[rng.Intn(len(pieces))]
			} else {
				s += "abcdefgh"[:1+rng.Intn(8)]
			}
		}
		for from := 0; from <= len(s); from++ {
			rest := s[from:]
			want := 0
			for want < len(rest) && markLead[rest[want]] == 0 {
				want++
			}
			if got := nextMarkLead(rest); got != want {
				t.Fatalf("nextMarkLead(%q) = %d, byte by byte %d", rest, got, want)
			}
		}
	}
}
