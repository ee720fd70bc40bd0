package analysis

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/byline-reader/byline/model"
)

// bundledTexts is texts followed by the text of every bundled article: the
// corpus the tests that hold a fast path to the code it replaced run over.
// It fails the test when there are none to read.
func bundledTexts(t *testing.T, texts ...string) []string {
	t.Helper()
	files, _ := filepath.Glob("../../articles/corpus/*.*")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	if len(files) == 0 {
		t.Fatal("no bundled articles to read")
	}
	return texts
}

// eachAttributor runs check on the attributor of each of texts and the
// bundled articles that has quotations, and fails when fewer than least
// had.
func eachAttributor(t *testing.T, least int, texts []string, check func(a *model.Article, tz *tokenized, at *attributor, text string)) {
	t.Helper()
	read := 0
	for _, text := range bundledTexts(t, texts...) {
		a := article(text)
		tz := Default().prepare(a)
		if at := newAttributor(a, tz); at != nil {
			read++
			check(a, tz, at, text)
		}
		tz.release()
	}
	if read < least {
		t.Errorf("%d articles with quotations read, want at least %d", read, least)
	}
}
