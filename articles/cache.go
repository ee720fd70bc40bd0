package articles

import (
	"bytes"
	"crypto/sha256"
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

	mu     sync.Mutex
	broken bool

	writes chan kv       // to the writer goroutine
	done   chan struct{} // closed when the writer has flushed and stopped
}

type kv struct{ k, v []byte }

// cacheFormat changes whenever what the cache stores changes shape.
const cacheFormat = "1"

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

// OpenCache opens (or creates) the cache in dir for the analyser version
// given; entries of other versions are dropped. It gives up after a short
// wait on a cache another process holds.
func OpenCache(dir, version string) (c *Cache, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "analysis.db")
	c, err = openCache(path, version)
	if err != nil && !errors.Is(err, berrors.ErrTimeout) {
		// corrupt or unreadable: start again from nothing
		if rmErr := os.Remove(path); rmErr == nil {
			c, err = openCache(path, version)
		}
	}
	return c, err
}

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
		_, err := tx.CreateBucketIfNotExists(bucket)
		return err
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	c = &Cache{db: db, bucket: bucket, writes: make(chan kv, 256), done: make(chan struct{})}
	go c.writer()
	return c, nil
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
		if c.usable() {
			c.commit(pending)
		}
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
			if len(pending) >= 500 {
				flush()
			}
		case <-tick.C:
			flush()
		}
	}
}

func (c *Cache) commit(batch []kv) {
	defer func() {
		if recover() != nil {
			c.fail()
		}
	}()
	err := c.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(c.bucket)
		if b == nil {
			return errors.New("no bucket")
		}
		for _, w := range batch {
			if err := b.Put(w.k, w.v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		c.fail()
	}
}

// Close writes what is pending and closes the cache; safe on nil. No put
// may come after it.
func (c *Cache) Close() error {
	if c == nil {
		return nil
	}
	close(c.writes)
	<-c.done
	return c.db.Close()
}

// entry is what the cache keeps of an analysis: everything Analyze adds to
// a parsed article.
type entry struct {
	Paragraphs []model.Paragraph
	Quotes     []model.Quote
	Entities   []model.Entity
	Furniture  []model.Furniture
}

func cacheKey(data []byte, a *model.Article) []byte {
	h := sha256.New()
	io.WriteString(h, a.Format)
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

// get fills a parsed article with its cached analysis, reporting whether
// there was one.
func (c *Cache) get(data []byte, a *model.Article) (ok bool) {
	if !c.usable() {
		return false
	}
	defer func() {
		if recover() != nil {
			c.fail()
			ok = false
		}
	}()
	key := cacheKey(data, a)
	var e entry
	err := c.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(c.bucket)
		if b == nil {
			return errors.New("no bucket")
		}
		v := b.Get(key)
		if v == nil {
			return errors.New("miss")
		}
		return gob.NewDecoder(bytes.NewReader(v)).Decode(&e)
	})
	if err != nil {
		return false
	}
	a.Paragraphs, a.Quotes, a.Entities, a.Furniture = e.Paragraphs, e.Quotes, e.Entities, e.Furniture
	if a.Check() != nil { // an entry that does not fit its text is not trusted
		a.Paragraphs, a.Quotes, a.Entities, a.Furniture = nil, nil, nil, nil
		return false
	}
	return true
}

// put stores an analysis. Writes from many goroutines are gathered into
// few transactions.
func (c *Cache) put(data []byte, a *model.Article) {
	if !c.usable() {
		return
	}
	defer func() {
		if recover() != nil {
			c.fail()
		}
	}()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(entry{a.Paragraphs, a.Quotes, a.Entities, a.Furniture}); err != nil {
		return
	}
	c.writes <- kv{cacheKey(data, a), buf.Bytes()}
}
