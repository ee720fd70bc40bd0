package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// FuzzAnalyze runs quotation finding, attribution and entity recognition on
// any text and checks the invariants every article must keep.
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"Headline\n“We will,” Smith said. “Soon.”\nWorld",
		"Title\nHe said: \"yes\" and 'no'.\n“Open\n“Still open\n“Closed.”",
		"T\n''Two apostrophes,'' said Ann Lee, a spokeswoman.\n« Guillemets », dit-il.",
		"T\n“““““““““““””””\"\"\"\"'''‘‘’’",
		"T\n\x1b]0;title\x07 “quoted \x1b[2J” said Bob\r\n\u202eevil",
		"T\nAccording to the ministry, the plan was “a bridge, not a wall”.",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// the loader hands Analyze valid UTF-8 only (it decodes anything else)
		text = strings.ToValidUTF8(text, "\uFFFD")
		a := &model.Article{Text: text, Body: model.Span{Start: 0, End: len(text)}}
		Analyze(a)
		checkInvariants(t, a)
		for _, p := range a.Paragraphs {
			if p.Start < 0 || p.End > len(text) || p.Start > p.End {
				t.Fatalf("paragraph %v out of bounds", p.Span)
			}
		}
	})
}
