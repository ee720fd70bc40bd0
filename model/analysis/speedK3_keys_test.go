package analysis

import (
	"strings"
	"testing"
)

// TestKeyArenaLower holds keyArena.lower to strings.ToLower, over keys of
// every shape and enough of them to fill several buffers, every key
// handed out still read as it was made.
func TestKeyArenaLower(t *testing.T) {
	words := []string{"", "a", "A", "reed", "Ana Reed", "ANA REED", "Zoë Reed", "İstanbul", "McDONALD", "o'neil-smith",
		"@Ana_Ruiz", "FOX13", strings.Repeat("Ab", 32), strings.Repeat("Ab", 33), strings.Repeat("ab", 40), "Ünal", "x\x80Y"}
	var ka keyArena
	var got, want []string
	for i := 0; i < 300; i++ {
		for _, w := range words {
			got = append(got, ka.lower(w))
			want = append(want, strings.ToLower(w))
		}
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("lower %d = %q, want %q", i, got[i], want[i])
		}
	}
}
