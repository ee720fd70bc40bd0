package articles

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
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

	// empty says the cache held no analysis when it was opened: until
	// then a look-up can only find what this run stored (emptyAtOpen)
	empty bool

	mu      sync.Mutex
	broken  bool
	pending map[string]*op // written but not yet committed: analyses by content key, files by file key

	writes chan *op       // to the writer goroutine
	done   chan struct{}  // closed when the writer has flushed and stopped
	bg     sync.WaitGroup // the expiry

	closing sync.Once
	closed  error
}

// The buckets inside a version's bucket. An analysis is stored under a
// number that grows with each one stored, not under its content key: new
// entries then go at the end of their buckets, so that storing one
// rewrites the last page or two rather than a page anywhere in a large
// file (which, read through bbolt's memory map, would count as the
// reader's memory), and the summaries a warm start reads lie together.
const (
	bKeys   = "keys"   // content key → entry number (8 bytes) and day of last use (4)
	bFull   = "full"   // entry number → the whole analysis (appendEntry)
	bSum    = "sum"    // entry number → the Summary without the quotations' words (encodeSummary)
	bQuotes = "quotes" // entry number → the quotations' words (encodeTexts), for entity pages
	bFiles  = "files"  // a file's path, size, time and read limit → content key and day of last use
)

var subBuckets = []string{bKeys, bFull, bSum, bQuotes, bFiles}

// op is a write for the writer goroutine: an analysis to store, a use to
// note, or a file's content key.
type op struct {
	key             []byte // content key
	full, sum, text []byte // an analysis to store, when full is set
	file            string // a file record, when set
}

// cacheFormat changes whenever what the cache stores changes shape.
const cacheFormat = "4"

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
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs // as /proc/self/maps names the file (releaseMapped)
	}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
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
	ready, empty := false, true
	db.View(func(tx *bolt.Tx) error {
		if top := tx.Bucket(bucket); top != nil {
			ready = true
			for _, name := range subBuckets {
				ready = ready && top.Bucket([]byte(name)) != nil
			}
			if ready {
				k, _ := top.Bucket([]byte(bKeys)).Cursor().First()
				empty = k == nil
			}
		}
		return nil
	})
	if !ready {
		// only then written: a write costs two flushes to disk, before the
		// reader's first frame
		err = db.Update(func(tx *bolt.Tx) error {
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
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	c = &Cache{db: db, bucket: bucket, path: path, empty: empty, pending: map[string]*op{},
		writes: make(chan *op, 256), done: make(chan struct{})}
	go c.writer()
	return c, nil
}

// expire drops the entries of other analyser versions, then those not
// used for expireAfter days, a slice at a time so that the reader's own
// writes are not held up for long. Dropping a version's bucket reads
// every page of it: the pages read are given back after.
func (c *Cache) expire() {
	defer c.bg.Done()
	c.dropStale()
	if c.today <= expireAfter {
		return
	}
	cutoff := c.today - expireAfter
	for _, name := range []string{bKeys, bFiles} {
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
				var old, seqs [][]byte
				for n := 0; k != nil; k, v = cur.Next() {
					if n++; n > 5000 {
						next = append([]byte(nil), k...)
						break
					}
					if len(v) >= 4 && binary.BigEndian.Uint32(v[len(v)-4:]) < cutoff {
						old = append(old, append([]byte(nil), k...))
						if name == bKeys && len(v) == 12 {
							seqs = append(seqs, append([]byte(nil), v[:8]...))
						}
					}
				}
				for _, seq := range seqs { // the analysis goes with its last use
					for _, data := range []string{bFull, bSum, bQuotes} {
						if err := top.Bucket([]byte(data)).Delete(seq); err != nil {
							return err
						}
					}
				}
				for _, k := range old {
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

// dropStale deletes the buckets of other analyser versions and formats,
// one transaction each.
func (c *Cache) dropStale() {
	var stale [][]byte
	c.db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			if !bytes.Equal(name, c.bucket) {
				stale = append(stale, append([]byte(nil), name...))
			}
			return nil
		})
	})
	for _, name := range stale {
		if !c.usable() {
			return
		}
		err := func() (err error) {
			defer func() {
				if recover() != nil {
					err = errors.New("corrupt")
				}
			}()
			return c.db.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(name) })
		}()
		if err != nil {
			c.fail()
			return
		}
		c.giveBackPages()
	}
}

// giveBackPages releases the database's mapped pages (releaseMapped)
// inside a read transaction: bbolt remaps the file only when no read
// transaction is open, so the address ranges read from /proc/self/maps are
// still the database's when they are released, never memory that was
// mapped anew at the same addresses in between.
func (c *Cache) giveBackPages() {
	if c.usable() {
		c.db.View(func(*bolt.Tx) error {
			releaseMapped(c.path)
			return nil
		})
	}
}

// update runs f on the version's bucket in a write transaction; false
// when the cache failed.
func (c *Cache) update(f func(top *bolt.Bucket) error) bool { return c.inTx(true, f) }

// view runs f on the version's bucket in a read transaction; false when
// the cache cannot be read or f fails.
func (c *Cache) view(f func(top *bolt.Bucket) error) bool { return c.inTx(false, f) }

// inTx runs f on the version's bucket in a transaction, a write one when
// write. A panic inside the store (a corrupt file) or a failed write turns
// the cache off; a failed read only reports false.
func (c *Cache) inTx(write bool, f func(top *bolt.Bucket) error) (ok bool) {
	if !c.usable() {
		return false
	}
	defer func() {
		if recover() != nil {
			c.fail()
			ok = false
		}
	}()
	in := func(tx *bolt.Tx) error {
		top := tx.Bucket(c.bucket)
		if top == nil {
			return errors.New("no bucket")
		}
		return f(top)
	}
	var err error
	if write {
		err = c.db.Update(in)
	} else {
		err = c.db.View(in)
	}
	if err != nil && write {
		c.fail()
	}
	return err == nil
}

// writer gathers puts into transactions of many entries: one commit (and
// one fsync) per few hundred analyses rather than one each.
func (c *Cache) writer() {
	defer close(c.done)
	var pending []*op
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	flush := func() {
		if len(pending) == 0 {
			return
		}
		c.commit(pending)
		c.mu.Lock()
		for _, w := range pending {
			if k := w.pendingKey(); c.pending[k] == w {
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
			if len(pending) >= 500 {
				flush()
			}
		case <-tick.C:
			flush()
			c.giveBackPages()
		}
	}
}

// pendingKey is where reads look for a write not yet committed.
func (w *op) pendingKey() string {
	if w.file != "" {
		return "f" + w.file
	}
	return "k" + string(w.key)
}

func (c *Cache) commit(batch []*op) {
	day := binary.BigEndian.AppendUint32(nil, c.today)
	c.update(func(top *bolt.Bucket) error {
		keys := top.Bucket([]byte(bKeys))
		for _, b := range []string{bFull, bSum, bQuotes} {
			// numbered entries only ever go at the end: pages filled, not split in half
			top.Bucket([]byte(b)).FillPercent = 1
		}
		for _, w := range batch {
			if w.file != "" {
				if err := top.Bucket([]byte(bFiles)).Put([]byte(w.file), append(append([]byte(nil), w.key...), day...)); err != nil {
					return err
				}
				continue
			}
			v := keys.Get(w.key)
			if len(v) == 12 || w.full == nil { // stored already, or only used: note the day
				if len(v) == 12 && binary.BigEndian.Uint32(v[8:]) != c.today {
					if err := keys.Put(w.key, append(append([]byte(nil), v[:8]...), day...)); err != nil {
						return err
					}
				}
				continue
			}
			n, err := keys.NextSequence()
			if err != nil {
				return err
			}
			seq := binary.BigEndian.AppendUint64(nil, n)
			if err := keys.Put(w.key, append(append([]byte(nil), seq...), day...)); err != nil {
				return err
			}
			for _, kv := range []struct {
				b string
				v []byte
			}{{bFull, w.full}, {bSum, w.sum}, {bQuotes, w.text}} {
				if err := top.Bucket([]byte(kv.b)).Put(seq, kv.v); err != nil {
					return err
				}
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

// emptyAtOpen reports whether the cache held no analysis when it was
// opened: a new library's first index, where looking each article up
// before analysing it would find nothing (a read transaction per article,
// about 1% of a cold index's CPU), unless two files have the same text.
func (c *Cache) emptyAtOpen() bool { return c.usable() && c.empty }

// fail stops using a cache that misbehaved.
func (c *Cache) fail() {
	c.mu.Lock()
	c.broken = true
	c.mu.Unlock()
}

// queue hands a write to the writer goroutine, and keeps it where reads
// find it until it is committed. Never from inside a transaction: the
// writer may be waiting for that transaction to end.
func (c *Cache) queue(w *op) {
	c.mu.Lock()
	if k := w.pendingKey(); w.full != nil || w.file != "" || c.pending[k] == nil {
		c.pending[k] = w
	}
	c.mu.Unlock()
	c.writes <- w
}

// entryOf finds an analysis by content key: pending, or its entry number
// and day of last use; ok false when there is none.
func (c *Cache) entryOf(keys *bolt.Bucket, key []byte) (w *op, seq []byte, day uint32, ok bool) {
	c.mu.Lock()
	w = c.pending["k"+string(key)]
	c.mu.Unlock()
	if w != nil && w.full != nil {
		return w, nil, c.today, true
	}
	v := keys.Get(key)
	if len(v) != 12 {
		return nil, nil, 0, false
	}
	return nil, v[:8], binary.BigEndian.Uint32(v[8:]), true
}

// value reads one part of an analysis found by entryOf.
func (c *Cache) value(top *bolt.Bucket, w *op, seq []byte, b string) []byte {
	if w != nil {
		switch b {
		case bFull:
			return w.full
		case bSum:
			return w.sum
		}
		return w.text
	}
	return top.Bucket([]byte(b)).Get(seq)
}

// used notes, once the transaction that read it is over, that an entry
// was used today.
func (c *Cache) used(key []byte, day uint32) {
	if day != c.today {
		c.queue(&op{key: append([]byte(nil), key...)})
	}
}

// get fills a parsed article with its cached analysis, reporting whether
// there was one.
func (c *Cache) get(key []byte, a *model.Article) bool {
	var e *entry
	var day uint32
	if !c.view(func(top *bolt.Bucket) error {
		w, seq, d, ok := c.entryOf(top.Bucket([]byte(bKeys)), key)
		if !ok {
			return errors.New("miss")
		}
		v := c.value(top, w, seq, bFull)
		if v == nil {
			return errors.New("miss")
		}
		day = d
		var err error
		e, err = decodeEntry(v)
		return err
	}) {
		return false
	}
	c.used(key, day)
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
	full, sum, text := encodeParts(&entry{a.Paragraphs, a.Quotes, a.Entities, a.Furniture}, s)
	c.queue(&op{key: key, full: full, sum: sum, text: text})
}

// fileRecord reads which content key a file had, and the day it was
// last seen so.
func (c *Cache) fileRecord(files *bolt.Bucket, fileKey string) (key []byte, day uint32, ok bool) {
	c.mu.Lock()
	w := c.pending["f"+fileKey]
	c.mu.Unlock()
	if w != nil {
		return w.key, c.today, true
	}
	v := files.Get([]byte(fileKey))
	if len(v) != sha256.Size+4 {
		return nil, 0, false
	}
	return append([]byte(nil), v[:sha256.Size]...), binary.BigEndian.Uint32(v[sha256.Size:]), true
}

// putFile records which content a file had, by its path, size, time and
// read limit. Unless the content was just analysed (fresh), which no
// record is likely to name already, the record is written only when it
// says something new.
func (c *Cache) putFile(fileKey string, key []byte, fresh bool) {
	if !c.usable() || fileKey == "" {
		return
	}
	known := false
	if !fresh {
		c.view(func(top *bolt.Bucket) error {
			k, day, ok := c.fileRecord(top.Bucket([]byte(bFiles)), fileKey)
			known = ok && bytes.Equal(k, key) && day == c.today
			return nil
		})
	}
	if !known {
		c.queue(&op{key: append([]byte(nil), key...), file: fileKey})
	}
}

// summariesOfFiles reads, in one transaction, the summaries of the
// contents files had when they were last seen at their size and time (by
// fileKey; "" for a file not on disk), and hands each one found to found,
// with its content key, inside the transaction: the summary borrows the
// store's bytes and is good only until found returns. It reports which
// files it found. A warm start reads tens of thousands: one transaction,
// and one look-up of each bucket, for many saves most of the work.
func (c *Cache) summariesOfFiles(fileKeys []string, found func(k int, key []byte, s *model.Summary)) []bool {
	hit := make([]bool, len(fileKeys))
	type use struct {
		k                 int
		key               []byte
		entryDay, fileDay uint32
	}
	var uses []use
	var s model.Summary // its lists serve every file in turn
	c.view(func(top *bolt.Bucket) error {
		files, keys, sums := top.Bucket([]byte(bFiles)), top.Bucket([]byte(bKeys)), top.Bucket([]byte(bSum))
		for k, fk := range fileKeys {
			if fk == "" {
				continue
			}
			key, fileDay, ok := c.fileRecord(files, fk)
			if !ok {
				continue
			}
			w, seq, entryDay, ok := c.entryOf(keys, key)
			if !ok {
				continue
			}
			v := sums.Get(seq)
			if w != nil {
				v = w.sum
			}
			if v == nil || decodeSummaryInto(&s, v) != nil {
				continue
			}
			hit[k] = true
			found(k, key, &s)
			uses = append(uses, use{k, key, entryDay, fileDay})
		}
		return nil
	})
	// written once the transaction is over (queue)
	for _, u := range uses {
		c.used(u.key, u.entryDay)
		if u.fileDay != c.today {
			c.queue(&op{key: u.key, file: fileKeys[u.k]})
		}
	}
	return hit
}

// quoteTexts reads the words of the quotations of many entries in one
// transaction; a missing entry is nil.
func (c *Cache) quoteTexts(keys [][]byte) [][]string {
	out := make([][]string, len(keys))
	c.view(func(top *bolt.Bucket) error {
		for i, k := range keys {
			if k == nil {
				continue
			}
			if w, seq, _, ok := c.entryOf(top.Bucket([]byte(bKeys)), k); ok {
				if v := c.value(top, w, seq, bQuotes); v != nil {
					out[i], _ = decodeTexts(v)
				}
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
			// the small bucket of content keys has a key per analysis
			if keys := top.Bucket([]byte(bKeys)); keys != nil {
				info.Entries += keys.Stats().KeyN
			}
			return nil
		})
	})
	return info, err
}
