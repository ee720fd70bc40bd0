package analysis

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// TestSingleQuotedTitlesMatchesReference checks singleQuotedTitles, which
// skips the bytes that start no single mark, against the rune-by-rune scan
// it replaced: on quotations with titles and apostrophes, on invalid UTF-8
// and marks cut short, and on random strings of words, marks and pieces
// of marks, over spans that start and end inside them.
func TestSingleQuotedTitlesMatchesReference(t *testing.T) {
	texts := []string{
		"After ‘Salt Harbour’ I wanted more, and 'The Glass Orchard' too.",
		"Demirel’s party, the Workers’ Party, said ‘no’ to ‘Blue Corridor Plan’.",
		"\xe2\x80 cut ‘Open \xe2\x80\x98 Sea Days’ \xe2 'x y' (‘A B’) “‘C D’”",
	}
	pieces := []string{"a", "Bc", " ", "'", "‘", "’", "“", "\"", "(", "—", "é", "\xe2", "\x80", "\x98", "\x99", "\xff", "7", ".", "Salt Harbour"}
	rng := rand.New(rand.NewSource(15))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.Intn(20); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, text := range texts {
		for start := 0; start <= len(text) && start < 3; start++ {
			for end := len(text); end >= start && end > len(text)-3; end-- {
				c := model.Span{Start: start, End: end}
				if got, want := singleQuotedTitles(text, c), singleQuotedTitlesReference(text, c); !slices.Equal(got, want) {
					t.Fatalf("%q %v:\n got %v\nwant %v", text, c, got, want)
				} else {
					found += len(want)
				}
			}
		}
	}
	if found < 10 {
		t.Errorf("%d titles found in all the texts: the test says little", found)
	}
}

// singleQuotedTitlesReference is singleQuotedTitles as it was before it
// skipped bytes: every rune decoded.
func singleQuotedTitlesReference(t string, c model.Span) []model.Span {
	var out []model.Span
	open := -1
	for i := c.Start; i < c.End; {
		r, size := utf8.DecodeRuneInString(t[i:c.End])
		if r == '‘' || r == '\'' {
			before, after := ' ', ' '
			if i > c.Start {
				before, _ = utf8.DecodeLastRuneInString(t[c.Start:i])
			}
			if i+size < c.End {
				after, _ = utf8.DecodeRuneInString(t[i+size : c.End])
			}
			if open < 0 && (unicode.IsSpace(before) || strings.ContainsRune("(“\"—–", before)) && unicode.IsLetter(after) {
				open = i + size
			} else if open >= 0 && r == '\'' && (unicode.IsLetter(before) || unicode.IsDigit(before)) && !unicode.IsLetter(after) {
				if isQuotedTitle(t[open:i]) {
					out = append(out, model.Span{Start: open, End: i})
				}
				open = -1
			}
		} else if r == '’' && open >= 0 {
			before, _ := utf8.DecodeLastRuneInString(t[c.Start:i])
			after := ' '
			if i+size < c.End {
				after, _ = utf8.DecodeRuneInString(t[i+size : c.End])
			}
			if (unicode.IsLetter(before) || unicode.IsDigit(before)) && !unicode.IsLetter(after) {
				if isQuotedTitle(t[open:i]) {
					out = append(out, model.Span{Start: open, End: i})
				}
				open = -1
			}
		}
		i += size
	}
	return out
}

// TestQuotedTitleWords holds isQuotedTitle, which hands looksLikeTitle only
// quotations of two to six words, to what it did before (looksLikeTitle of
// every quotation of two words or more), and the eight-byte steps of
// singleQuotedTitles to the reference on longer random quotations.
func TestQuotedTitleWords(t *testing.T) {
	pieces := []string{"Salt", "Harbour", "the", "of", " ", " ", "\t", "\u00a0", "\u2003", "'", "‘", "’", "a", "B.", ",", "é", "\xe2", "Glass Orchard"}
	rng := rand.New(rand.NewSource(20))
	titles := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		want := countFields(text, 2) >= 2 && looksLikeTitle(text)
		if got := isQuotedTitle(text); got != want {
			t.Fatalf("isQuotedTitle(%q) = %v, want %v", text, got, want)
		}
		if want {
			titles++
		}
		c := model.Span{Start: 0, End: len(text)}
		if got, want := singleQuotedTitles(text, c), singleQuotedTitlesReference(text, c); !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", text, got, want)
		}
	}
	if titles < 20 {
		t.Errorf("%d titles among the texts: the test says little", titles)
	}
}
