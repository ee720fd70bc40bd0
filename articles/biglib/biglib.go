// Package biglib builds large libraries for benchmarks and tests: n
// articles made of copies of a small set, each copy changed in one line so
// that no two files are the same (and none shares a cache entry).
package biglib

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/byline-reader/byline/articles"
)

// SourceEnv names a folder of articles to copy instead of the bundled
// ones, so that the figures can be measured on real news on any machine.
const SourceEnv = "BYLINE_BENCH_SOURCE"

// Source is the folder named by $BYLINE_BENCH_SOURCE, or the bundled
// corpus, with a name for it.
func Source() (fs.FS, string) {
	if dir := os.Getenv(SourceEnv); dir != "" {
		return os.DirFS(dir), dir
	}
	return articles.Bundled(), "the bundled articles"
}

// Write puts n articles into dir, copies of the article files in src in
// turn, the k-th copy of each with " (copy k)" added to its second line,
// and returns their total size in bytes.
func Write(dir string, n int, src fs.FS) (int64, error) {
	var names []string
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && articles.IsArticle(p) {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return 0, err
	}
	if len(names) == 0 {
		return 0, fmt.Errorf("no articles to copy")
	}
	sort.Strings(names)
	texts := make([][]byte, len(names))
	for i, name := range names {
		if texts[i], err = fs.ReadFile(src, name); err != nil {
			return 0, err
		}
	}
	var size int64
	for i := 0; i < n; i++ {
		k, name := i/len(names), names[i%len(names)]
		text := texts[i%len(names)]
		// the second line: in a text file the first paragraph, in Markdown
		// a field of the front matter or the body
		lines := bytes.SplitN(text, []byte("\n"), 3)
		at := min(1, len(lines)-1)
		lines[at] = append(append([]byte(nil), lines[at]...), fmt.Sprintf(" (copy %d)", k)...)
		out := bytes.Join(lines, []byte("\n"))
		file := filepath.Join(dir, fmt.Sprintf("c%04d", k), strings.ReplaceAll(path.Clean(name), "/", "_"))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return 0, err
		}
		if err := os.WriteFile(file, out, 0o644); err != nil {
			return 0, err
		}
		size += int64(len(out))
	}
	return size, nil
}
