package analysis

import (
	"slices"
	"strings"
	"testing"
)

// TestAppendFields holds appendFields to strings.Fields: white space of
// every kind, runs and ends of it, text beyond ASCII and bytes outside
// UTF-8, and an array too short for the words.
func TestAppendFields(t *testing.T) {
	lines := []string{"", " ", "a", " a ", "Ana M. Ruiz.", "By Ana Ruiz\tand\nIna Kirsch", "\v\f\ra\r\n",
		"Photo:\u00a0Ana Ruiz/AP", "a\u0085b", "a\u2003b\u3000c", "Nguyễn Văn An", "a\xffb \xff", "\xc2 \xa0", "a\u200bb",
		"—  REUTERS/Ana Ruiz ", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"}
	for r := rune(0); r < 0x3100; r++ {
		lines = append(lines, "x"+string(r)+"y")
	}
	for _, l := range lines {
		want := strings.Fields(l)
		var buf [4]string
		if got := appendFields(buf[:0], l); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", l, got, want)
		}
		if got := appendFields([]string{"before"}, l); !slices.Equal(got[1:], want) || got[0] != "before" {
			t.Errorf("appendFields(before, %q) = %q", l, got)
		}
	}
}

// TestHasCreditMark holds hasCreditMark to strings.ContainsAny(t,
// "/|,@·•") over every rune alone and between words, every byte, and
// broken sequences of the two marks beyond ASCII.
func TestHasCreditMark(t *testing.T) {
	lines := []string{"", "Ana Ruiz", "Ana Ruiz/AP", "a · b", "• item", "\xc2", "\xb7", "\xc2\xc2\xb7", "\xe2\x80", "\xe2\x80\xa2",
		"\xe2\xe2\x80\xa2", "\xe2\x80\xe2\x80\xa2x", "\xf0\xc2\xb7", "\xe0\xc2\xb7", "x\xff·", "Photo: A. Ruiz | Reuters"}
	for r := rune(0); r < 0x3000; r++ {
		lines = append(lines, string(r), "Ana "+string(r)+" Ruiz")
	}
	for b := 0; b < 256; b++ {
		lines = append(lines, string([]byte{byte(b)}), string([]byte{byte(b), 0xc2, 0xb7}), string([]byte{byte(b), 0xe2, 0x80, 0xa2}))
	}
	for _, l := range lines {
		if got, want := hasCreditMark(l), strings.ContainsAny(l, "/|,@·•"); got != want {
			t.Errorf("hasCreditMark(%q) = %v, want %v", l, got, want)
		}
	}
}
