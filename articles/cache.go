package articles

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/byline-reader/byline/model"
)

// Cache keeps analyses between runs, in a bbolt database in the user's
// cache folder, keyed by a file's content and format and by the analyser
// that made them, so that opening a library again costs a read, not an
// analysis.
//
// Beside each full analysis it keeps the article's Summary, small and
// quick to decode, which is all a library needs; and, for files on disk,
// which content a file had at a given size and modification time, so that
// a warm start reads neither the files nor the full analyses. Entries not
// used for 30 days are dropped, in the background, when the cache is
// opened.
//
// bbolt rather than SQLite: a key-value store is all this needs; it is
// pure Go and small; every write is a transaction made atomic by
// copy-on-write pages, so a run killed mid-write leaves the last good state;
// and its file lock tells a second byline that the cache is busy.
//
// A cache is never trusted blindly: one that cannot be opened in time
// (another byline holds it) is not used, one that is corrupt is deleted and
// built again, and an entry that does not decode is analysed again. All
// methods are safe on a nil *Cache, which caches nothing.
type Cache struct {
	db     *bolt.DB
	bucket []byte
	path   string
	today  uint32 // days since 1970, for the entries' last use

	mu      sync.Mutex
	broken  bool
	pending map[string][]byte // written but not yet committed, by bucket and key

	writes chan kv        // to the writer goroutine
	done   chan struct{}  // closed when the writer has flushed and stopped
	bg     sync.WaitGroup // the expiry

	closing sync.Once
	closed  error
}

// The buckets inside a version's bucket.
const (
	bFull  = "full"  // content key → the whole analysis (gob)
	bSum   = "sum"   // content key → the Summary (encodeSummary)
	bSeen  = "seen"  // content key → the day it was last used
	bFiles = "files" // a file's path, size, time and read limit → content key and day
)

var subBuckets = []string{bFull, bSum, bSeen, bFiles}

type kv struct {
	b    string
	k, v []byte
}

// cacheFormat changes whenever what the cache stores changes shape.
const cacheFormat = "2"

// expireAfter is how many days an entry is kept without being used.
const expireAfter = 30

// CacheDir is where byline keeps its cache: $BYLINE_CACHE when set, else
// a byline folder in the user's cache folder.
func CacheDir() (string, error) {
	if dir := os.Getenv("BYLINE_CACHE"); dir != "" {
		return dir, nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "byline"), nil
}

// cacheFile is the database's file in a cache folder.
func cacheFile(dir string) string { return filepath.Join(dir, "analysis.db") }

// OpenCache opens (or creates) the cache in dir for the analyser version
// given; entries of other versions are dropped, and entries unused for 30
// days are dropped in the background. It gives up after a short wait on a
// cache another process holds.
func OpenCache(dir, version string) (c *Cache, err error) {
	return openCacheOn(dir, version, time.Now())
}

func openCacheOn(dir, version string, now time.Time) (c *Cache, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	path := cacheFile(dir)
	c, err = openCache(path, version)
	if err != nil && !errors.Is(err, berrors.ErrTimeout) {
		// corrupt or unreadable: start again from nothing
		if rmErr := os.Remove(path); rmErr == nil {
			c, err = openCache(path, version)
		}
	}
	if err != nil {
		return nil, err
	}
	c.today = dayOf(now)
	c.bg.Add(1)
	go c.expire()
	return c, nil
}

func dayOf(t time.Time) uint32 { return uint32(t.Unix() / 86400) }

func openCache(path, version string) (c *Cache, err error) {
	defer func() {
		if r := recover(); r != nil { // bbolt panics on some corrupt files
			err = fmt.Errorf("cache %s is corrupt: %v", path, r)
		}
	}()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 300 * time.Millisecond})
	if err != nil {
		return nil, err
	}
	bucket := []byte("analysis/" + cacheFormat + "/" + version)
	err = db.Update(func(tx *bolt.Tx) error {
		var stale [][]byte
		if err := tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			if !bytes.Equal(name, bucket) {
				stale = append(stale, append([]byte(nil), name...))
			}
			return nil
		}); err != nil {
			return err
		}
		for _, name := range stale {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		top, err := tx.CreateBucketIfNotExists(bucket)
		if err != nil {
			return err
		}
		for _, name := range subBuckets {
			if _, err := top.CreateBucketIfNotExists([]byte(name)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	c = &Cache{db: db, bucket: bucket, path: path, pending: map[string][]byte{},
		writes: make(chan kv, 256), done: make(chan struct{})}
	go c.writer()
	return c, nil
}

// expire drops the entries not used for expireAfter days, a slice at a
// time so that the reader's own writes are not held up for long.
func (c *Cache) expire() {
	defer c.bg.Done()
	if c.today <= expireAfter {
		return
	}
	cutoff := c.today - expireAfter
	for _, name := range []string{bSeen, bFiles} {
		var from []byte
		for {
			var next []byte
			if !c.update(func(top *bolt.Bucket) error {
				b := top.Bucket([]byte(name))
				cur := b.Cursor()
				k, v := cur.First()
				if from != nil {
					k, v = cur.Seek(from)
				}
				var old [][]byte
				for n := 0; k != nil; k, v = cur.Next() {
					if n++; n > 5000 {
						next = append([]byte(nil), k...)
						break
					}
					if len(v) >= 4 && binary.BigEndian.Uint32(v[len(v)-4:]) < cutoff {
						old = append(old, append([]byte(nil), k...))
					}
				}
				for _, k := range old {
					if name == bSeen { // the analysis goes with its last use
						top.Bucket([]byte(bFull)).Delete(k)
						top.Bucket([]byte(bSum)).Delete(k)
					}
					if err := b.Delete(k); err != nil {
						return err
					}
				}
				return nil
			}) || next == nil {
				break
			}
			from = next
		}
	}
}

// update runs f on the version's bucket in a write transaction; false
// when the cache failed.
func (c *Cache) update(f func(top *bolt.Bucket) error) (ok bool) {
	if !c.usable() {
		return false
	}
	defer func() {
		if recover() != nil {
			c.fail()
			ok = false
		}
	}()
	err := c.db.Update(func(tx *bolt.Tx) error {
		top := tx.Bucket(c.bucket)
		if top == nil {
			return errors.New("no bucket")
		}
		return f(top)
	})
	if err != nil {
		c.fail()
		return false
	}
	return true
}

// view runs f on the version's bucket in a read transaction; false when
// the cache cannot be read or f fails.
func (c *Cache) view(f func(top *bolt.Bucket) error) (ok bool) {
	if !c.usable() {
		return false
	}
	defer func() {
		if recover() != nil {
			c.fail()
			ok = false
		}
	}()
	err := c.db.View(func(tx *bolt.Tx) error {
		top := tx.Bucket(c.bucket)
		if top == nil {
			return errors.New("no bucket")
		}
		return f(top)
	})
	return err == nil
}

// writer gathers puts into transactions of many entries: one commit (and
// one fsync) per few hundred analyses rather than one each.
func (c *Cache) writer() {
	defer close(c.done)
	var pending []kv
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	flush := func() {
		if len(pending) == 0 {
			return
		}
		c.commit(pending)
		c.mu.Lock()
		for _, w := range pending {
			k := w.b + string(w.k)
			if v, ok := c.pending[k]; ok && sameBytes(v, w.v) {
				delete(c.pending, k)
			}
		}
		c.mu.Unlock()
		pending = pending[:0]
	}
	for {
		select {
		case w, ok := <-c.writes:
			if !ok {
				flush()
				return
			}
			pending = append(pending, w)
			if len(pending) >= 1000 {
				flush()
			}
		case <-tick.C:
			flush()
		}
	}
}

// sameBytes reports whether two slices are the very same bytes.
func sameBytes(a, b []byte) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

func (c *Cache) commit(batch []kv) {
	c.update(func(top *bolt.Bucket) error {
		for _, w := range batch {
			if err := top.Bucket([]byte(w.b)).Put(w.k, w.v); err != nil {
				return err
			}
		}
		return nil
	})
}

// Close writes what is pending and closes the cache; safe on nil and
// when called again. Nothing may be read or written after it.
func (c *Cache) Close() error {
	if c == nil {
		return nil
	}
	c.closing.Do(func() {
		c.bg.Wait()
		close(c.writes)
		<-c.done
		c.closed = c.db.Close()
	})
	return c.closed
}

// entry is what the cache keeps of an analysis: everything Analyze adds to
// a parsed article.
type entry struct {
	Paragraphs []model.Paragraph
	Quotes     []model.Quote
	Entities   []model.Entity
	Furniture  []model.Furniture
}

func cacheKey(data []byte, format string) []byte {
	h := sha256.New()
	io.WriteString(h, format)
	h.Write([]byte{0})
	h.Write(data)
	return h.Sum(nil)
}

func (c *Cache) usable() bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return !c.broken
}

// fail stops using a cache that misbehaved.
func (c *Cache) fail() {
	c.mu.Lock()
	c.broken = true
	c.mu.Unlock()
}

// queue hands a write to the writer goroutine, and keeps it where reads
// find it until it is committed.
func (c *Cache) queue(b string, k, v []byte) {
	c.mu.Lock()
	c.pending[b+string(k)] = v
	c.mu.Unlock()
	c.writes <- kv{b, k, v}
}

// lookup reads one value, from what is pending or from the database; the
// bytes are only valid inside f.
func (c *Cache) lookup(top *bolt.Bucket, b string, k []byte) []byte {
	c.mu.Lock()
	v, ok := c.pending[b+string(k)]
	c.mu.Unlock()
	if ok {
		return v
	}
	return top.Bucket([]byte(b)).Get(k)
}

// stale reports whether the entry under key was last used on another
// day than today. The caller notes the use with touch once its
// transaction is over: a write queued from inside one could wait on the
// writer, which may be waiting for that transaction to end.
func (c *Cache) stale(top *bolt.Bucket, key []byte) bool {
	v := c.lookup(top, bSeen, key)
	return len(v) != 4 || binary.BigEndian.Uint32(v) != c.today
}

// touch notes that the entry under key was used today.
func (c *Cache) touch(key []byte) {
	c.queue(bSeen, append([]byte(nil), key...), binary.BigEndian.AppendUint32(nil, c.today))
}

// get fills a parsed article with its cached analysis, reporting whether
// there was one.
func (c *Cache) get(key []byte, a *model.Article) bool {
	var e entry
	stale := false
	if !c.view(func(top *bolt.Bucket) error {
		v := c.lookup(top, bFull, key)
		if v == nil {
			return errors.New("miss")
		}
		if err := gob.NewDecoder(bytes.NewReader(v)).Decode(&e); err != nil {
			return err
		}
		stale = c.stale(top, key)
		return nil
	}) {
		return false
	}
	if stale {
		c.touch(key)
	}
	a.Paragraphs, a.Quotes, a.Entities, a.Furniture = e.Paragraphs, e.Quotes, e.Entities, e.Furniture
	if a.Check() != nil { // an entry that does not fit its text is not trusted
		a.Paragraphs, a.Quotes, a.Entities, a.Furniture = nil, nil, nil, nil
		return false
	}
	return true
}

// put stores an analysis and its summary. Writes from many goroutines are
// gathered into few transactions.
func (c *Cache) put(key []byte, a *model.Article, s *model.Summary) {
	if !c.usable() {
		return
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(entry{a.Paragraphs, a.Quotes, a.Entities, a.Furniture}); err != nil {
		return
	}
	c.queue(bFull, key, buf.Bytes())
	c.queue(bSum, key, encodeSummary(s))
	c.queue(bSeen, key, binary.BigEndian.AppendUint32(nil, c.today))
}

// putFile records which content a file had, by its path, size, time and
// read limit.
func (c *Cache) putFile(fileKey string, key []byte) {
	if !c.usable() || fileKey == "" {
		return
	}
	known := false
	c.view(func(top *bolt.Bucket) error {
		v := c.lookup(top, bFiles, []byte(fileKey))
		known = len(v) == sha256.Size+4 && bytes.Equal(v[:sha256.Size], key) &&
			binary.BigEndian.Uint32(v[sha256.Size:]) == c.today
		return nil
	})
	if known {
		return
	}
	c.queue(bFiles, []byte(fileKey), binary.BigEndian.AppendUint32(append([]byte(nil), key...), c.today))
}

// summaryOfFile returns the summary of the content a file had when it was
// last seen at this size and time, with its content key.
func (c *Cache) summaryOfFile(fileKey string) (key []byte, s *model.Summary, ok bool) {
	if fileKey == "" {
		return nil, nil, false
	}
	staleEntry, staleFile := false, false
	ok = c.view(func(top *bolt.Bucket) error {
		v := c.lookup(top, bFiles, []byte(fileKey))
		if len(v) != sha256.Size+4 {
			return errors.New("miss")
		}
		key = append([]byte(nil), v[:sha256.Size]...)
		sv := c.lookup(top, bSum, key)
		if sv == nil {
			return errors.New("miss")
		}
		var err error
		if s, err = decodeSummary(sv); err != nil {
			return err
		}
		staleEntry = c.stale(top, key)
		staleFile = binary.BigEndian.Uint32(v[sha256.Size:]) != c.today
		return nil
	})
	if ok && staleEntry {
		c.touch(key)
	}
	if ok && staleFile {
		c.queue(bFiles, []byte(fileKey), binary.BigEndian.AppendUint32(append([]byte(nil), key...), c.today))
	}
	return key, s, ok
}

// summaries reads the summaries of many entries in one transaction; a
// missing one is nil.
func (c *Cache) summaries(keys [][]byte) []*model.Summary {
	out := make([]*model.Summary, len(keys))
	c.view(func(top *bolt.Bucket) error {
		for i, k := range keys {
			if k == nil {
				continue
			}
			if v := c.lookup(top, bSum, k); v != nil {
				out[i], _ = decodeSummary(v)
			}
		}
		return nil
	})
	return out
}

// CacheInfo is what --cache-info tells of a cache.
type CacheInfo struct {
	Path    string
	Size    int64 // bytes on disk
	Entries int   // analyses kept, of every analyser version
}

// ReadCacheInfo describes the cache in dir without changing it. A cache
// that does not exist yet has no entries and no size.
func ReadCacheInfo(dir string) (CacheInfo, error) {
	info := CacheInfo{Path: cacheFile(dir)}
	st, err := os.Stat(info.Path)
	if errors.Is(err, os.ErrNotExist) {
		return info, nil
	}
	if err != nil {
		return info, err
	}
	info.Size = st.Size()
	db, err := bolt.Open(info.Path, 0o600, &bolt.Options{ReadOnly: true, Timeout: 300 * time.Millisecond})
	if err != nil {
		return info, err
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(_ []byte, top *bolt.Bucket) error {
			// the small bucket of last uses has a key per analysis
			if seen := top.Bucket([]byte(bSeen)); seen != nil {
				info.Entries += seen.Stats().KeyN
			}
			return nil
		})
	})
	return info, err
}
