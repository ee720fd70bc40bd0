package analysis

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestUnchangedByUpper holds unchangedByUpper to strings.ToUpper(w) == w
// over every rune alone and after an ASCII capital and a capital beyond
// ASCII, over every byte alone, and over a few words.
func TestUnchangedByUpper(t *testing.T) {
	words := []string{"", "A", "a", "NEW", "New", "U.S.", "AB-c", "ÉCOLE", "École", "ÇA", "ß", "SS", "ǅ", "Ǆ", "İ", "ı",
		"K", "\xff", "AB\xff", "\xef\xbf\xbd", "A\xef\xbf", "\xef\xbfA", "\xef\xbf\xbdx", "ΣΑΣ", "ŉ", "ﬀ", "Ⅻ", "ⅻ", "1999", "—", "“",
		"FAVOR", "CRUZ,", "O'NEILL", "MÜLLER", "Müller", "ÉTÉ\xc3"}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		s := string(r)
		words = append(words, s, "A"+s, "É"+s+"B")
	}
	for b := 0; b < 256; b++ {
		words = append(words, string([]byte{byte(b)}), "É"+string([]byte{byte(b)}))
	}
	for _, w := range words {
		if got, want := unchangedByUpper(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("unchangedByUpper(%q) = %v, want %v", w, got, want)
		}
	}
}
