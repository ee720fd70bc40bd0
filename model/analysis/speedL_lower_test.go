package analysis

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLowerLine holds lowerLine to strings.ToLower over every character of
// the basic plane and beyond, invalid bytes, and lines of several scripts.
func TestLowerLine(t *testing.T) {
	var cases []string
	for r := rune(0); r < 0x11000; r++ {
		cases = append(cases, string(r), "Ab"+string(r)+"Cd", string(r)+"X")
	}
	cases = append(cases, "", "ABC def", "Zażółć GĘŚLĄ JAŹŃ", "“Reporting by Ana Ruiz”",
		"北京 Reuters 报道", "\xff\xfeAB\xc3", "K İ Å ẞ Σ", "Ⅻ ⓐ Ａ", "\xe2\x80", "é\xed\xa0\x80Z", "\U0001F600 A")
	for _, c := range cases {
		if got, want := lowerLine(c), strings.ToLower(c); got != want {
			t.Fatalf("lowerLine(%q) = %q, want %q", c, got, want)
		}
	}
	// every byte pair and a few triples, valid or not
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			s := string([]byte{byte(a), byte(b), 'Q'})
			if got, want := lowerLine(s), strings.ToLower(s); got != want {
				t.Fatalf("lowerLine(%q) = %q, want %q", s, got, want)
			}
		}
	}
	if !utf8.ValidString(lowerLine("a\xffB")) {
		t.Fatal("lowerLine must write an invalid byte as U+FFFD")
	}
}
