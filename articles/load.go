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
	if err := CheckPaths(paths); err != nil {
		return nil, nil, err
	}
	var docs []Doc
	var probs []Problem
	walkPaths(paths, opt, func(found []Doc, more []Problem) bool {
		docs = append(docs, found...)
		probs = append(probs, more...)
		return true
	})
	return docs, probs, nil
}

// CheckPaths returns an error for the first path that does not exist.
func CheckPaths(paths []string) error {
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("%s: %w", p, ErrNotExist)
		}
	}
	return nil
}

// walkPaths finds the article files of paths, in ScanPaths's order, and
// hands them to found a batch at a time as it goes: a few first, so that
// a reader can draw them at once, then more at a time. It stops when found
// returns false.
func walkPaths(paths []string, opt Options, found func([]Doc, []Problem) bool) {
	var docs []Doc
	var probs []Problem
	size := 64
	more := true
	flush := func() {
		if len(docs) > 0 || len(probs) > 0 {
			more = found(docs, probs) && more
			docs, probs = nil, nil
			size = min(4096, size*4)
		}
	}
	stop := func() bool { return !more }
	for _, p := range paths {
		if stop() {
			return
		}
		st, err := os.Stat(p)
		switch {
		case err != nil:
			probs = append(probs, Problem{Path: p, Err: ErrNotExist})
		case !st.IsDir():
			docs = append(docs, fileDoc(p, opt))
		default:
			walkDir(p, func(f string) {
				if docs = append(docs, fileDoc(f, opt)); len(docs) >= size {
					flush()
				}
			}, func(pr Problem) { probs = append(probs, pr) }, stop)
		}
	}
	flush()
}

func fileDoc(p string, opt Options) Doc {
	return Doc{Path: p, limit: opt.limit(), onDisk: true, open: func() (io.ReadCloser, error) { return os.Open(p) }}
}

// walkDir finds article files under root in name order (as sort.Strings
// would put their paths), handing each to file as it is found, following
// symbolic links to files but not into folders, so a link loop cannot trap
// it. It reads a folder at a time, so that the first files are known long
// before the last folder of a large library is read, and reads no more
// folders once stop says so.
func walkDir(root string, file func(string), problem func(Problem), stop func() bool) {
	st, err := os.Lstat(root)
	switch {
	case err != nil:
		problem(Problem{Path: root, Err: err})
		return
	case st.Mode()&fs.ModeSymlink != 0:
		if st, err := os.Stat(root); err == nil && st.IsDir() {
			problem(Problem{Path: root, Err: ErrLinkedFolder})
		}
		return
	}
	var visit func(dir string)
	visit = func(dir string) {
		if stop() {
			return
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			problem(Problem{Path: dir, Err: err})
		}
		// a folder's files sort after its name and a separator, so that
		// a folder "a" comes after a file "a-b", as the sorted paths have it
		key := func(e fs.DirEntry) string {
			if e.IsDir() {
				return e.Name() + string(filepath.Separator)
			}
			return e.Name()
		}
		sort.SliceStable(entries, func(i, j int) bool { return key(entries[i]) < key(entries[j]) })
		for _, e := range entries {
			p := filepath.Join(dir, e.Name())
			if e.IsDir() {
				visit(p)
				continue
			}
			if e.Type()&fs.ModeSymlink != 0 {
				st, err := os.Stat(p)
				switch {
				case err != nil:
					if IsArticle(p) {
						problem(Problem{Path: p, Err: err})
					}
					continue
				case st.IsDir():
					// a link to a folder may lead back up the tree: not followed
					problem(Problem{Path: p, Err: ErrLinkedFolder})
					continue
				}
			}
			if IsArticle(p) {
				file(p)
			}
		}
	}
	visit(root)
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
