package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestTokenLowerForms checks the lower-case forms the token index keeps in
// one buffer against lower, word by word, for ASCII, accented and odd text.
func TestTokenLowerForms(t *testing.T) {
	for _, text := range []string{
		"Title\nThe U.S. Senate said NO to Ms. O’Neil's plan.",
		"ÉCOLE Zürich said ÇA VA, and the IMF’s chief agreed.",
		"all lower case words only",
		"Mixed ÀB Cd ÉF gh İstanbul ǅ",
		"",
	} {
		a := &model.Article{Text: text, Body: model.Span{End: len(text)}}
		a.Paragraphs = splitParagraphs(text, a.Body, false)
		for i := range a.Paragraphs {
			a.Paragraphs[i].Sentences = splitSentences(text, a.Paragraphs[i].Span)
		}
		for _, tok := range tokenizeArticle(a).toks {
			if tok.low != lower(tok.text) {
				t.Errorf("%q: low %q, want %q", tok.text, tok.low, lower(tok.text))
			}
		}
	}
}

// TestNormalizeName pins the fast path of normalizeName (plainName) to what
// the slow one gives.
func TestNormalizeName(t *testing.T) {
	for _, s := range []string{
		"", " ", "Ann Lee", "Ann  Lee", " Ann Lee", "Ann Lee ", "Ann\tLee", "O’Neil", "Ann\u00a0Lee",
		"Zoë Ball", "a", "Ann\nLee", "Ann Lee\r",
	} {
		want := strings.Join(strings.Fields(strings.ReplaceAll(s, "’", "'")), " ")
		if got := normalizeName(s); got != want {
			t.Errorf("normalizeName(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestUsedInLowerCase asks more often than the token scans allow, so that
// both the scans and the set answer.
func TestUsedInLowerCase(t *testing.T) {
	text := "Negotiations began. The negotiations were brief. Talks ended."
	a := &model.Article{Text: text, Body: model.Span{End: len(text)}}
	a.Paragraphs = splitParagraphs(text, a.Body, false)
	for i := range a.Paragraphs {
		a.Paragraphs[i].Sentences = splitSentences(text, a.Paragraphs[i].Span)
	}
	tz := tokenizeArticle(a)
	for round := 0; round < 2*lowerScans; round++ {
		for w, want := range map[string]bool{"negotiations": true, "talks": false, "Negotiations": false, "brief": true} {
			if got := tz.usedInLowerCase(w); got != want {
				t.Errorf("round %d: usedInLowerCase(%q) = %v, want %v", round, w, got, want)
			}
		}
	}
}
