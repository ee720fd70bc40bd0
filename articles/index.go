package articles

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/byline-reader/byline/model"
)

// Index reads and analyses a library in the background, so that a reader
// can show the list at once: first every file's headline (a quick read of
// its beginning), then every file's analysis, on all cores, through the
// cache. Articles can also be loaded on demand, ahead of the background
// work. Every method is safe for use from several goroutines.
//
// Memory grows with the index, not with the text: each analysis is put in
// the library as a compact summary and dropped; an article opened is read
// again (from the cache, when there is one) and the last few are kept. On a
// warm start the summaries come straight from the cache, found by each
// file's size and time, and no file is read.
type Index struct {
	docs    []Doc // grows under mu (Walk, Add); read through doc
	cache   *Cache
	workers int
	lib     *model.Library // grows as analyses come in

	mu sync.Mutex
	// more wakes the background work and Wait: files found or added,
	// the walk over, the work idle or stopped
	more     *sync.Cond
	walking  int  // walks still finding files
	idle     bool // every file found so far is read and analysed, or failed
	started  bool
	keys     [][]byte // per article: the cache key of its analysis, once known
	errs     map[int]error
	probs    []Problem
	progress model.Progress
	view     *model.Library // the latest snapshot of lib
	dirty    bool
	recent   recentArticles
	paths    map[string]bool // the files indexed, to add none twice; made by the first Add
	changed  []int32         // files with news (a headline, an analysis, an error) since Changed was last asked

	updates chan struct{}
	ctx     context.Context
	cancel  context.CancelFunc
	done    chan struct{} // closed when the background work has stopped
	walks   sync.WaitGroup
}

// analyseChunk is how many files are analysed before the work looks
// again for files found or added meanwhile, whose headlines come first.
const analyseChunk = 256

// snapshotEvery is how often a new library snapshot is shown while the
// analysis goes on: a snapshot costs nothing to make, but the reader
// recounts and redraws what it shows for each.
const snapshotEvery = time.Second

// recentCount is how many opened articles are kept whole in memory.
const recentCount = 8

// NewIndex makes an index of docs; Start sets it working. workers <= 0
// means one per core.
func NewIndex(docs []Doc, cache *Cache, workers int) *Index {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	n := len(docs)
	ix := &Index{docs: docs, cache: cache, workers: workers, keys: make([][]byte, n), errs: map[int]error{},
		progress: model.Progress{Total: n}, updates: make(chan struct{}, 1), done: make(chan struct{})}
	ix.more = sync.NewCond(&ix.mu)
	ix.ctx, ix.cancel = context.WithCancel(context.Background())
	var reader model.QuoteReader
	if cache != nil {
		reader = ix // quotations are read back from the cache; without one they stay in memory
	}
	ix.lib = model.NewGrowingLibrary(n, reader)
	ix.view = ix.lib.Snapshot()
	return ix
}

// Start begins reading and analysing in the background.
func (ix *Index) Start() {
	ix.mu.Lock()
	ix.started = true
	ix.mu.Unlock()
	go ix.run(ix.ctx)
}

// Walk finds the article files of paths (files, and folders read
// recursively, as ScanPaths does) in the background, and puts them in the
// index as it finds them: a reader can draw its first frame before the
// walk of a large library is over, and fill the list in as it goes. The
// paths must exist (CheckPaths); problems found on the way are the
// index's Problems.
func (ix *Index) Walk(paths []string, opt Options) {
	ix.mu.Lock()
	ix.walking++
	ix.progress.Scanning = true
	ix.idle = false
	ix.mu.Unlock()
	ix.walks.Add(1)
	go func() {
		defer ix.walks.Done()
		walkPaths(paths, opt, func(docs []Doc, probs []Problem) bool {
			if ix.ctx.Err() != nil {
				return false // stopped: the reader is closing
			}
			ix.found(docs, probs)
			return true
		})
		ix.mu.Lock()
		ix.walking--
		ix.progress.Scanning = ix.walking > 0
		ix.dirty = true
		ix.more.Broadcast()
		ix.mu.Unlock()
		ix.notify(false)
	}()
}

// WaitForFiles blocks until a walk has found a file or every walk is over,
// and returns how many files the index has.
func (ix *Index) WaitForFiles() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for len(ix.docs) == 0 && ix.walking > 0 {
		ix.more.Wait()
	}
	return len(ix.docs)
}

// WaitForWalk blocks until every walk is over, or the index is stopped,
// and returns how many files the index has.
func (ix *Index) WaitForWalk() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for ix.walking > 0 && ix.ctx.Err() == nil {
		ix.more.Wait()
	}
	return len(ix.docs)
}

// found puts files a walk found in the index, and its problems.
func (ix *Index) found(docs []Doc, probs []Problem) {
	ix.mu.Lock()
	ix.grow(docs)
	ix.probs = append(ix.probs, probs...)
	ix.mu.Unlock()
	ix.notify(false)
}

// grow puts files in the index and wakes the work for them; ix.mu is
// held.
func (ix *Index) grow(docs []Doc) {
	for _, d := range docs {
		ix.docs = append(ix.docs, d)
		ix.keys = append(ix.keys, nil)
		if ix.paths != nil {
			ix.paths[d.Path] = true
		}
	}
	ix.lib.Grow(len(ix.docs))
	ix.progress.Total = len(ix.docs)
	ix.dirty = true
	if len(docs) > 0 {
		ix.idle = false
		ix.more.Broadcast()
	}
}

// Add puts files in an index already started (articles saved by a
// refresh while the reader is open), leaving out those it has: their
// headlines are read and they are analysed in the background, after the
// files before them, and the reader hears of them through Updates. It
// returns how many were added.
func (ix *Index) Add(docs []Doc) int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if !ix.started || ix.ctx.Err() != nil {
		return 0
	}
	if ix.paths == nil {
		ix.paths = make(map[string]bool, len(ix.docs)+len(docs))
		for _, d := range ix.docs {
			ix.paths[d.Path] = true
		}
	}
	var fresh []Doc
	for _, d := range docs {
		if !ix.paths[d.Path] {
			ix.paths[d.Path] = true
			fresh = append(fresh, d)
		}
	}
	ix.grow(fresh)
	return len(fresh)
}

// Stop ends the background work and waits for it.
func (ix *Index) Stop() {
	ix.cancel()
	ix.mu.Lock()
	started := ix.started
	ix.more.Broadcast()
	ix.mu.Unlock()
	ix.walks.Wait()
	if started {
		<-ix.done
	}
}

// Wait blocks until the background work has finished, that on files
// found or added so far included, or has been stopped.
func (ix *Index) Wait() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for !ix.idle && ix.ctx.Err() == nil {
		ix.more.Wait()
	}
}

// doc is file i.
func (ix *Index) doc(i int) Doc {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.docs[i]
}

// run reads the headlines of every file found, then analyses them in
// chunks, going back to headlines whenever files are found or added; it
// waits when there is nothing to do, until Stop.
func (ix *Index) run(ctx context.Context) {
	defer close(ix.done)
	stop := make(chan struct{})
	ticking := make(chan struct{})
	go func() {
		// tells the reader, at most ten times a second, that something
		// changed, and now and then shows it a new library snapshot
		defer close(ticking)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		last := time.Now()
		for {
			select {
			case <-tick.C:
				if time.Since(last) >= snapshotEvery {
					last = time.Now()
					ix.snapshot()
				}
				ix.notify(false)
			case <-stop:
				return
			}
		}
	}()
	defer func() {
		close(stop)
		<-ticking
	}()
	read, analysed := 0, 0 // the files whose headlines, analyses were seen to
	for {
		ix.mu.Lock()
		for ctx.Err() == nil && read == len(ix.docs) && (ix.walking > 0 || analysed == len(ix.docs)) {
			if ix.walking == 0 && !ix.idle {
				ix.idle = true
				ix.mu.Unlock()
				ix.snapshot()
				ix.notify(true)
				ix.mu.Lock()
				ix.more.Broadcast()
				continue
			}
			ix.more.Wait()
		}
		n, walking := len(ix.docs), ix.walking > 0
		ix.mu.Unlock()
		if ctx.Err() != nil {
			ix.notify(true)
			return
		}
		if read < n {
			// the headlines of every file found come first: the list is
			// whole, and in date order, long before the analyses are done
			ix.readHeaders(ctx, read, n)
			read = n
			continue
		}
		if !walking {
			to := min(n, analysed+analyseChunk)
			ix.each(ctx, analysed, to, func(i int) {
				if h, _, err := ix.Article(i); !h.Analysed && err == nil {
					ix.analyse(i, false)
				}
			})
			analysed = to
		}
	}
}

// headerChunk is how many files' summaries are read from the cache in
// one transaction.
const headerChunk = 64

// readHeaders learns what the list shows of files from to to, a chunk at
// a time on the index's workers: their summaries from the cache when the
// files are as they were, else their headlines from their first lines.
func (ix *Index) readHeaders(ctx context.Context, from, to int) {
	chunks := (to - from + headerChunk - 1) / headerChunk
	ix.each(ctx, 0, chunks, func(c int) {
		lo := from + c*headerChunk
		hi := min(to, lo+headerChunk)
		fileKeys := make([]string, hi-lo)
		if ix.cache.usable() {
			for i := lo; i < hi; i++ {
				fileKeys[i-lo] = ix.doc(i).fileKey()
			}
		}
		hit := ix.cache.summariesOfFiles(fileKeys, func(k int, key []byte, s *model.Summary) {
			ix.mu.Lock()
			defer ix.mu.Unlock()
			ix.progress.Read++
			ix.add(lo+k, key, s)
		})
		for k, ok := range hit {
			if !ok && ctx.Err() == nil {
				ix.readHeadline(lo + k)
			}
		}
	})
}

// readHeadline reads what the list shows of file i from its first lines.
func (ix *Index) readHeadline(i int) {
	h, err := ix.doc(i).headline()
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.progress.Read++
	ix.dirty = true
	if err != nil {
		ix.fail(i, err)
		return
	}
	ix.lib.SetHeader(i, h)
	ix.changed = append(ix.changed, int32(i))
}

// add puts an analysis's summary in the library; ix.mu is held.
func (ix *Index) add(i int, key []byte, s *model.Summary) {
	if ix.keys[i] != nil || ix.errs[i] != nil {
		return
	}
	ix.keys[i] = key
	ix.lib.Add(i, s)
	ix.progress.Analysed++
	ix.dirty = true
	ix.changed = append(ix.changed, int32(i))
}

// analyse reads and analyses file i (through the cache) and adds it to
// the library; the article itself is kept only when asked to. The
// background work on a cache that was empty when opened does not look the
// analysis up first: only a file with the same text as one indexed before
// it could be found, and is analysed again instead. An article opened
// (kept) is always looked up, as the work may have stored it already.
func (ix *Index) analyse(i int, keep bool) (*model.Article, error) {
	a, key, s, err := ix.doc(i).load(ix.cache, true, keep || !ix.cache.emptyAtOpen())
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err != nil {
		if ix.errs[i] == nil && ix.keys[i] == nil {
			ix.fail(i, err)
		}
		ix.dirty = true
		return nil, err
	}
	ix.add(i, key, s)
	if keep {
		ix.recent.put(i, a)
	}
	return a, nil
}

// each runs f for files from to to on the index's workers, in order of
// index. Each worker takes the next file itself when it is done with one:
// no goroutine hands the files out, so a worker never waits for one to be
// scheduled between two analyses.
func (ix *Index) each(ctx context.Context, from, to int, f func(i int)) {
	var next atomic.Int64
	next.Store(int64(from))
	var wg sync.WaitGroup
	for w := 0; w < min(ix.workers, to-from); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= to {
					return
				}
				f(i)
				// a moment for the reader's own goroutines between two
				// files, as a hand-over would give: without it they may
				// wait for the scheduler to preempt a worker
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
}

// notify tells the reader that something changed (or, forced, that the
// work is over). It never blocks: one pending notice is enough.
func (ix *Index) notify(force bool) {
	ix.mu.Lock()
	send := ix.dirty || force
	ix.dirty = false
	ix.mu.Unlock()
	if send {
		select {
		case ix.updates <- struct{}{}:
		default:
		}
	}
}

// snapshot shows the reader a new view of the library when it has grown.
func (ix *Index) snapshot() {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.view.Added() != ix.progress.Analysed {
		ix.view = ix.lib.Snapshot()
		ix.dirty = true
	}
}

// fail records that file i cannot be read; ix.mu is held.
func (ix *Index) fail(i int, err error) {
	ix.errs[i] = err
	ix.probs = append(ix.probs, Problem{Path: ix.docs[i].Path, Err: err})
	ix.progress.Failed++
	ix.changed = append(ix.changed, int32(i))
}

// Changed lists the files with news since it was last called: a headline
// read, an analysis added, an error. The list asks it at each notice and
// remakes only their items, not one per file; it is meant for one caller.
func (ix *Index) Changed() []int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	out := make([]int, len(ix.changed))
	for k, i := range ix.changed {
		out[k] = int(i)
	}
	ix.changed = ix.changed[:0]
	return out
}

// Len is the number of files in the index.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.docs)
}

// Path is the name of file i.
func (ix *Index) Path(i int) string { return ix.doc(i).Path }

// Article returns what the list shows of file i: its headline and
// metadata, with its counts once it is analysed (h.Analysed; then the
// analysis itself comes from Load), or a zero Header when nothing has been
// read of it yet; and its error if it could not be read.
func (ix *Index) Article(i int) (h model.Header, analysed bool, err error) {
	ix.mu.Lock()
	err = ix.errs[i]
	ix.mu.Unlock()
	h = ix.lib.Header(i)
	return h, h.Analysed, err
}

// Load returns the analysis of file i: one of the last opened, or read
// again through the cache, or made now if the background work has not
// yet come to it.
func (ix *Index) Load(i int) (*model.Article, error) {
	ix.mu.Lock()
	a := ix.recent.get(i)
	err := ix.errs[i]
	ix.mu.Unlock()
	if a != nil || err != nil {
		return a, err
	}
	return ix.analyse(i, true)
}

// QuoteTexts reads the words of quotations from the summaries in the
// cache, one transaction for them all; an article the cache has lost is
// read and analysed again.
func (ix *Index) QuoteTexts(refs []model.QuoteRef) []string {
	keys := make([][]byte, len(refs))
	ix.mu.Lock()
	for i, r := range refs {
		keys[i] = ix.keys[r.Article]
	}
	ix.mu.Unlock()
	texts := ix.cache.quoteTexts(keys)
	out := make([]string, len(refs))
	for i, r := range refs {
		if t := texts[i]; r.Quote < len(t) {
			out[i] = t[r.Quote]
			continue
		}
		if a, err := ix.Load(r.Article); err == nil && r.Quote < len(a.Quotes) {
			out[i] = a.Quotes[r.Quote].Text
		}
	}
	return out
}

// Library is the latest snapshot of the cross-article index: once the
// work is done, the complete library.
func (ix *Index) Library() *model.Library {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.progress.Done() && ix.view.Added() != ix.progress.Analysed {
		// a reader that sees the work done asks no more: it must get it all
		ix.view = ix.lib.Snapshot()
	}
	return ix.view
}

// Progress says how far the work has come.
func (ix *Index) Progress() model.Progress {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.progress
}

// Problems lists the files that could not be read so far.
func (ix *Index) Problems() []Problem {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return append([]Problem(nil), ix.probs...)
}

// Updates delivers a notice, at most ten times a second, when something has
// changed: headlines read, articles analysed, a new library snapshot.
func (ix *Index) Updates() <-chan struct{} { return ix.updates }

// recentArticles keeps the last few articles opened, whole, so that going
// back and forth between an article and its entities reads nothing again.
type recentArticles struct {
	idx  []int
	arts []*model.Article
}

func (r *recentArticles) get(i int) *model.Article {
	for k, j := range r.idx {
		if j == i {
			a := r.arts[k]
			// most recent last
			copy(r.idx[k:], r.idx[k+1:])
			copy(r.arts[k:], r.arts[k+1:])
			r.idx[len(r.idx)-1], r.arts[len(r.arts)-1] = i, a
			return a
		}
	}
	return nil
}

func (r *recentArticles) put(i int, a *model.Article) {
	if r.get(i) != nil {
		return
	}
	if len(r.idx) == recentCount {
		r.idx, r.arts = r.idx[1:], r.arts[1:]
	}
	r.idx = append(r.idx, i)
	r.arts = append(r.arts, a)
}
