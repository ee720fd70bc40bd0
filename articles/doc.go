package articles

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"

	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/model/analysis"
)

// Doc is an article file that has been found but not yet read.
type Doc struct {
	Path   string
	open   func() (io.ReadCloser, error)
	limit  int64 // how much of the file is read (Options.MaxFileSize)
	onDisk bool  // Path names a file on disk, which can be known by its size and time
}

// MaxFileSize is how much of the file is read.
func (d Doc) MaxFileSize() int64 {
	if d.limit <= 0 {
		return DefaultMaxFileSize
	}
	return d.limit
}

// fileKey names the file as it is now on disk, by its absolute path, size,
// modification time and how much of it is read: the cache keeps which
// content it had, so that a warm start need not read it. "" when the file
// is not on disk or cannot be looked at.
func (d Doc) fileKey() string {
	if !d.onDisk {
		return ""
	}
	abs, err := absPath(d.Path)
	if err != nil {
		return ""
	}
	st, err := os.Stat(abs)
	if err != nil {
		return ""
	}
	return fileKeyOf(abs, st, d.MaxFileSize())
}

// fileKeyOf is fileKey for a file already looked at.
func fileKeyOf(abs string, st fs.FileInfo, limit int64) string {
	if st == nil || !st.Mode().IsRegular() {
		return ""
	}
	return abs + "\x00" + strconv.FormatInt(st.Size(), 10) + "\x00" + strconv.FormatInt(st.ModTime().UnixNano(), 10) +
		"\x00" + strconv.FormatInt(limit, 10)
}

// workDir is the working folder, asked once: filepath.Abs asks it again
// for every relative path, two system calls per file of a warm start.
var workDir = sync.OnceValues(os.Getwd)

// absPath is filepath.Abs with the working folder asked once.
func absPath(p string) (string, error) {
	if filepath.IsAbs(p) {
		return filepath.Clean(p), nil
	}
	wd, err := workDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(wd, p), nil
}

// read returns the file's bytes up to limit and, when it was cut there,
// the file's full size.
func (d Doc) read(limit int64) ([]byte, int64, error) {
	data, size, _, err := d.readInfo(nil, limit)
	return data, size, err
}

// readInfo is read into buf when it is large enough, that also gives what
// the open file said of itself before it was read (nil when it says
// nothing).
func (d Doc) readInfo(buf []byte, limit int64) ([]byte, int64, fs.FileInfo, error) {
	if d.open == nil {
		return nil, 0, nil, fmt.Errorf("%s: %w", d.Path, fs.ErrInvalid)
	}
	f, err := d.open()
	if err != nil {
		return nil, 0, nil, err
	}
	defer f.Close()
	var st fs.FileInfo
	if sf, ok := f.(interface{ Stat() (fs.FileInfo, error) }); ok {
		st, _ = sf.Stat()
	}
	// one byte more than the limit tells a file at the limit from a larger one
	data, err := readAll(io.LimitReader(f, limit+1), st, limit+1, buf)
	if err != nil {
		return nil, 0, nil, err
	}
	var size int64
	if int64(len(data)) > limit {
		size = int64(len(data))
		if st != nil && st.Size() > size {
			size = st.Size()
		}
		data = cutAtRune(data[:limit])
	}
	return data, size, st, nil
}

// readAll is io.ReadAll into a buffer as large as the file says it is
// (and one byte more, to see its end), at most max: a cold index reads
// every file once or twice, and io.ReadAll, which cannot know the size,
// grows its buffer from 512 bytes, copying the text several times over.
// The buffer is buf when it is as large.
func readAll(r io.Reader, st fs.FileInfo, max int64, buf []byte) ([]byte, error) {
	size := int64(512)
	if st != nil && st.Mode().IsRegular() && st.Size() >= 0 {
		size = min(st.Size()+1, max)
	}
	data := buf[:0]
	if int64(cap(data)) < size {
		data = make([]byte, 0, size)
	}
	for {
		if len(data) == cap(data) {
			// the file grew since it was looked at: as io.ReadAll does
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err == nil && n > 0 && len(data) < cap(data) && st != nil && int64(len(data)) == st.Size() {
			// a short read that ends where the file said it ends: its end,
			// without asking again to be told so (a system call per file)
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// headerLimit is how much of a file Header reads: enough for the headline,
// front matter and, in most articles, the whole text.
const headerLimit = 64 << 10

// Header reads a file's headline, section and date without analysing it:
// what the list of articles needs, quickly. In a file longer than 64 KB the
// section named on the last line is not seen.
func (d Doc) Header() (*model.Article, error) {
	data, _, err := d.read(min(headerLimit, d.MaxFileSize()))
	if err != nil {
		return nil, err
	}
	return parse(d.Path, data, true)
}

// headerBuffers keep the buffers headlines are read into: the words a
// Header keeps are copies (model.HeaderOf), so that the text, read for
// every file of a cold index and dropped at once, need not be allocated
// anew each time (a quarter of a gigabyte at 50,000 articles).
var headerBuffers = sync.Pool{New: func() any {
	b := make([]byte, 0, headerLimit+1)
	return &b
}}

// headline is what the list shows of the file before its analysis: its
// Header, read from its first lines, as Header reads them.
func (d Doc) headline() (model.Header, error) {
	bp := headerBuffers.Get().(*[]byte)
	defer headerBuffers.Put(bp)
	data, _, _, err := d.readInfo(*bp, min(headerLimit, d.MaxFileSize()))
	if err != nil {
		return model.Header{}, err
	}
	a, err := parse(d.Path, data, true)
	if err != nil {
		return model.Header{}, err
	}
	return model.HeaderOf(a, false), nil
}

// Load reads, parses and analyses the file, through the cache when one is
// given.
func (d Doc) Load(c *Cache) (*model.Article, error) {
	a, _, _, err := d.load(c, false, true)
	return a, err
}

// load is Load that also gives the analysis's cache key and its summary:
// made for every new analysis (the cache keeps it), and for one read from
// the cache when summarize is set. Unless lookup is set, the analysis is
// made without looking for it in the cache first.
func (d Doc) load(c *Cache, summarize, lookup bool) (*model.Article, []byte, *model.Summary, error) {
	data, truncated, st, err := d.readInfo(nil, d.MaxFileSize())
	if err != nil {
		return nil, nil, nil, err
	}
	fk := ""
	if c.usable() && d.onDisk {
		// the open file's size and time, asked before it was read: a file
		// changed meanwhile is read again next time
		if abs, err := absPath(d.Path); err == nil {
			fk = fileKeyOf(abs, st, d.MaxFileSize())
		}
	}
	a, err := parse(d.Path, data, true) // data is read anew and only hashed after
	if err != nil {
		return nil, nil, nil, err
	}
	a.Truncated = truncated
	// the key names the analysis in the cache and in the index; --json with
	// no cache needs neither, and hashing every file was 2% of its time
	var key []byte
	if c.usable() || summarize {
		key = cacheKey(data, a.Format)
	}
	var s *model.Summary
	cached := lookup && c.usable() && c.get(key, a)
	if cached {
		if summarize {
			s = model.Summarize(a)
		}
	} else {
		analysis.Analyze(a)
		if c.usable() || summarize {
			s = model.Summarize(a)
		}
		c.put(key, a, s)
	}
	c.putFile(fk, key, !cached)
	return a, key, s, nil
}

// LoadAll loads docs on up to workers goroutines (0: one per core) and
// returns the articles in the order of docs, with a problem for each file
// that could not be read.
func LoadAll(docs []Doc, c *Cache, workers int) ([]*model.Article, []Problem) {
	var arts []*model.Article
	var probs []Problem
	LoadEach(docs, c, workers, func(i int, a *model.Article, err error) {
		if err != nil {
			probs = append(probs, Problem{Path: docs[i].Path, Err: err})
			return
		}
		arts = append(arts, a)
	})
	return arts, probs
}

// loadAhead is how far the workers of LoadEach may run ahead of the
// article being handed on, which bounds what is held in memory.
const loadAhead = 64

// LoadEach loads docs on up to workers goroutines (0: one per core) and
// hands each article (or its error) to emit in the order of docs, on the
// calling goroutine, as soon as it and all before it are done.
func LoadEach(docs []Doc, c *Cache, workers int, emit func(i int, a *model.Article, err error)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type result struct {
		a   *model.Article
		err error
	}
	slots := make([]chan result, len(docs))
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	ahead := make(chan struct{}, loadAhead)
	next := make(chan int)
	go func() {
		for i := range docs {
			ahead <- struct{}{}
			next <- i
		}
		close(next)
	}()
	var wg sync.WaitGroup
	for w := 0; w < max(1, min(workers, len(docs))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a, err := docs[i].Load(c)
				slots[i] <- result{a, err}
			}
		}()
	}
	for i := range docs {
		r := <-slots[i]
		slots[i] = nil
		emit(i, r.a, r.err)
		<-ahead
	}
	wg.Wait()
}
