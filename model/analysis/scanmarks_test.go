package analysis

import (
	"math/rand"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// TestScanMarksMatchesReference checks scanMarks, which skips the bytes no
// mark starts with, against the rune-by-rune scan it replaced: on texts
// written to be awkward (invalid UTF-8, marks cut short, runs of apostrophes), on
// random strings of mark bytes and pieces of marks, and on spans that start
// or end inside a mark.
func TestScanMarksMatchesReference(t *testing.T) {
	texts := []string{
		"He said \"yes,\" and 'no' then ''maybe'' and ``NYT'' style.",
		"“Curly” „low” «guillemets» ‘single’ — dash … ellipsis",
		"\xe2\x80 cut \xe2 \xc2 \xe2\x80\x9c ok \xc2\xab\xc2 \xff'''' ```",
		"'''", "''", "``", "`'", "\"", "", "é“x”é", "東京“x”",
	}
	pieces := []string{"a", " ", "\"", "'", "`", "“", "”", "„", "«", "»", "—", "é", "\xe2", "\x80", "\xc2", "\xab", "(", ".", "\xff"}
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 3000; n++ {
		b := make([]byte, 0, 32)
		for k := rng.Intn(16); k > 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		for start := 0; start <= len(text) && start < 3; start++ {
			for end := len(text); end >= start && end > len(text)-3; end-- {
				sp := model.Span{Start: start, End: end}
				got, want := scanMarks(text, sp), scanMarksReference(text, sp)
				if !slices.Equal(got, want) {
					t.Fatalf("%q %v:\n got %v\nwant %v", text, sp, got, want)
				}
			}
		}
	}
}

// scanMarksReference is scanMarks as it was before it skipped bytes: every
// rune decoded and tested.
func scanMarksReference(t string, p model.Span) []mark {
	var ms []mark
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(t[i:p.End])
		switch {
		case r == '“' && straightKind(t, p, i, size) == markClose:
			ms = append(ms, mark{i, size, markClose, 0})
		case r == '“' || r == '„':
			ms = append(ms, mark{i, size, markOpen, 0})
		case r == '”' && (leadsParagraph(t, p, i) || straightKind(t, p, i, size) == markOpen):
			ms = append(ms, mark{i, size, markOpen, 0})
		case r == '”':
			ms = append(ms, mark{i, size, markClose, 0})
		case r == '«':
			ms = append(ms, mark{i, size, markOpen, 1})
		case r == '»':
			ms = append(ms, mark{i, size, markClose, 1})
		case r == '"':
			ms = append(ms, mark{i, size, straightKind(t, p, i, size), 0})
		case (r == '\'' || r == '`') && i+1 < p.End && t[i+1] == byte(r):
			k := markEither
			if r == '`' {
				k = markOpen
			} else {
				k = straightKind(t, p, i, 2)
			}
			ms = append(ms, mark{i, 2, k, 0})
			size = 2
		}
		i += size
	}
	return ms
}
