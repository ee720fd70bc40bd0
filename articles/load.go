// Package articles holds byline's bundled corpus and loads articles from
// any fs.FS or from paths on disk: plain text and Markdown with front matter.
package articles

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

//go:embed corpus
var corpus embed.FS

// DefaultMaxFileSize is how much of one file is read unless told otherwise.
const DefaultMaxFileSize = 8 << 20

// Options say how files are read.
type Options struct {
	// MaxFileSize is how much of one file is read; the rest is left out
	// and the article says so (Article.Truncated). 0 means
	// DefaultMaxFileSize.
	MaxFileSize int64
}

func (o Options) limit() int64 {
	if o.MaxFileSize <= 0 {
		return DefaultMaxFileSize
	}
	return o.MaxFileSize
}

// Bundled is the corpus that ships inside the binary.
func Bundled() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		panic(err) // the embed directive guarantees the folder
	}
	return sub
}

// IsArticle reports whether a file name has an extension byline reads.
func IsArticle(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".md", ".markdown":
		return true
	}
	return false
}

// LoadFS parses and analyses every article file in fsys, in name order.
// Files that cannot be read or are not text come back as problems; the rest
// still load.
func LoadFS(fsys fs.FS) ([]*model.Article, []Problem) {
	docs, probs := ScanFS(fsys, Options{})
	arts, more := LoadAll(docs, nil, 1)
	return arts, append(probs, more...)
}

// ScanFS lists the article files in fsys, in name order, without reading
// them.
func ScanFS(fsys fs.FS, opt Options) ([]Doc, []Problem) {
	var names []string
	var probs []Problem
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			probs = append(probs, Problem{Path: p, Err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && IsArticle(p) {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		probs = append(probs, Problem{Path: ".", Err: err})
	}
	sort.Strings(names)
	docs := make([]Doc, len(names))
	for i, n := range names {
		docs[i] = Doc{Path: n, limit: opt.limit(), open: func() (io.ReadCloser, error) { return fsys.Open(n) }}
	}
	return docs, probs
}

// ErrLinkedFolder is the problem of a symbolic link to a folder, which the
// loader does not follow, so that a link loop cannot trap it.
var ErrLinkedFolder = errors.New("link to a folder, not followed")

// ErrNotExist is returned by LoadPaths for a path that does not exist.
var ErrNotExist = errors.New("no such file or folder")

// LoadPaths loads files and folders (recursively) named on the command
// line, in the order given. A path that does not exist is an error; files
// that cannot be read inside a folder are problems and the rest load.
func LoadPaths(paths []string) ([]*model.Article, []Problem, error) {
	docs, probs, err := ScanPaths(paths, Options{})
	if err != nil {
		return nil, nil, err
	}
	arts, more := LoadAll(docs, nil, 1)
	return arts, append(probs, more...), nil
}

// ScanPaths lists the article files named on the command line or found in
// folders named there, in the order given, without reading them. A path
// that does not exist is an error.
func ScanPaths(paths []string, opt Options) ([]Doc, []Problem, error) {
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, ErrNotExist)
		}
	}
	var docs []Doc
	var probs []Problem
	for _, p := range paths {
		st, _ := os.Stat(p)
		if !st.IsDir() {
			docs = append(docs, fileDoc(p, opt))
			continue
		}
		files, walkProbs := walkDir(p)
		probs = append(probs, walkProbs...)
		for _, f := range files {
			docs = append(docs, fileDoc(f, opt))
		}
	}
	return docs, probs, nil
}

func fileDoc(p string, opt Options) Doc {
	return Doc{Path: p, limit: opt.limit(), onDisk: true, open: func() (io.ReadCloser, error) { return os.Open(p) }}
}

// walkDir lists article files under root in name order, following
// symbolic links to files but not into folders, so a link loop cannot trap it.
func walkDir(root string) ([]string, []Problem) {
	var files []string
	var probs []Problem
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			probs = append(probs, Problem{Path: p, Err: err})
			if d != nil && d.IsDir() && p != root {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			st, err := os.Stat(p)
			switch {
			case err != nil:
				if IsArticle(p) {
					probs = append(probs, Problem{Path: p, Err: err})
				}
				return nil
			case st.IsDir():
				// a link to a folder may lead back up the tree: not followed
				probs = append(probs, Problem{Path: p, Err: ErrLinkedFolder})
				return nil
			}
		}
		if !IsArticle(p) {
			return nil
		}
		files = append(files, p)
		return nil
	})
	sort.Strings(files)
	return files, probs
}

// cutAtRune drops a UTF-8 sequence cut short at the end of data, so that a
// file cut at the size limit is not mistaken for one in another encoding.
func cutAtRune(data []byte) []byte {
	for i := 1; i <= utf8.UTFMax && i <= len(data); i++ {
		if utf8.RuneStart(data[len(data)-i]) {
			if !utf8.FullRune(data[len(data)-i:]) {
				return data[:len(data)-i]
			}
			break
		}
	}
	return data
}
