package analysis

import (
	"os"
	"path/filepath"
	"testing"
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
