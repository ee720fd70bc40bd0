package articles

import (
	"context"
	"runtime"
	"sync"
	"time"

	"github.com/byline-reader/byline/model"
)

// Index reads and analyses a library in the background, so that a reader
// can show the list at once: first every file's headline (a quick read of
// its beginning), then every file's analysis, on all cores, through the
// cache. Articles can also be loaded on demand, ahead of the background
// work. Every method is safe for use from several goroutines.
type Index struct {
	docs    []Doc
	cache   *Cache
	workers int

	mu       sync.Mutex
	headers  []*model.Article // parsed but not analysed; dropped once analysed
	arts     []*model.Article // analysed
	failed   []bool
	probs    []Problem
	progress model.Progress
	lib      *model.Library
	libAt    int // how many analyses the library snapshot holds
	dirty    bool

	updates chan struct{}
	cancel  context.CancelFunc
	done    chan struct{}
}

// snapshotEvery is how often a new library snapshot is made while the
// analysis goes on; each costs a pass over what is analysed so far.
const snapshotEvery = time.Second

// NewIndex makes an index of docs; Start sets it working. workers <= 0
// means one per core.
func NewIndex(docs []Doc, cache *Cache, workers int) *Index {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	n := len(docs)
	ix := &Index{docs: docs, cache: cache, workers: workers,
		headers: make([]*model.Article, n), arts: make([]*model.Article, n), failed: make([]bool, n),
		progress: model.Progress{Total: n}, updates: make(chan struct{}, 1), done: make(chan struct{})}
	ix.lib = model.NewLibrary(make([]*model.Article, n))
	return ix
}

// Start begins reading and analysing in the background.
func (ix *Index) Start() {
	ctx, cancel := context.WithCancel(context.Background())
	ix.cancel = cancel
	go ix.run(ctx)
}

// Stop ends the background work and waits for it.
func (ix *Index) Stop() {
	if ix.cancel == nil {
		return
	}
	ix.cancel()
	<-ix.done
}

// Wait blocks until the background work has finished.
func (ix *Index) Wait() { <-ix.done }

func (ix *Index) run(ctx context.Context) {
	defer close(ix.done)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	stop := make(chan struct{})
	ticking := make(chan struct{})
	go func() {
		// tells the reader, at most ten times a second, that something
		// changed, and now and then builds a library of what is analysed
		defer close(ticking)
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

	ix.each(ctx, func(i int) {
		h, err := ix.docs[i].Header()
		ix.mu.Lock()
		defer ix.mu.Unlock()
		if ix.arts[i] == nil && !ix.failed[i] {
			if err != nil {
				ix.fail(i, err)
			} else {
				ix.headers[i] = h
			}
		}
		ix.progress.Read++
		ix.dirty = true
	})
	ix.each(ctx, func(i int) {
		if _, analysed, err := ix.Article(i); !analysed && err == nil {
			ix.Load(i)
		}
	})
	close(stop)
	<-ticking
	if ctx.Err() == nil {
		ix.snapshot()
	}
	ix.notify(true)
}

// each runs f for every doc on the index's workers, in order of index.
func (ix *Index) each(ctx context.Context, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < ix.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range ix.docs {
		select {
		case next <- i:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
	}
	close(next)
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

// snapshot builds a new library from what is analysed so far.
func (ix *Index) snapshot() {
	ix.mu.Lock()
	if ix.libAt == ix.progress.Analysed && ix.lib != nil && ix.libAt > 0 {
		ix.mu.Unlock()
		return
	}
	arts := append([]*model.Article(nil), ix.arts...)
	at := ix.progress.Analysed
	ix.mu.Unlock()
	lib := model.NewLibrary(arts)
	ix.mu.Lock()
	if at >= ix.libAt {
		ix.lib, ix.libAt = lib, at
		ix.dirty = true
	}
	ix.mu.Unlock()
}

func (ix *Index) fail(i int, err error) {
	ix.failed[i] = true
	ix.headers[i] = nil
	ix.probs = append(ix.probs, Problem{Path: ix.docs[i].Path, Err: err})
	ix.progress.Failed++
}

// Len is the number of files in the index.
func (ix *Index) Len() int { return len(ix.docs) }

// Path is the name of file i.
func (ix *Index) Path(i int) string { return ix.docs[i].Path }

// Article returns what is known of file i: its analysis when done (ok),
// else its parsed headline and metadata, else nil; and its error if it
// could not be read.
func (ix *Index) Article(i int) (a *model.Article, analysed bool, err error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.arts[i] != nil {
		return ix.arts[i], true, nil
	}
	if ix.failed[i] {
		for _, p := range ix.probs {
			if p.Path == ix.docs[i].Path {
				return nil, false, p.Err
			}
		}
	}
	return ix.headers[i], false, nil
}

// Load returns the analysis of file i, analysing it now if the background
// work has not yet come to it.
func (ix *Index) Load(i int) (*model.Article, error) {
	if a, ok, err := ix.Article(i); ok || err != nil {
		return a, err
	}
	a, err := ix.docs[i].Load(ix.cache)
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.arts[i] != nil { // analysed meanwhile by another goroutine
		return ix.arts[i], nil
	}
	if err != nil {
		if !ix.failed[i] {
			ix.fail(i, err)
		}
		ix.dirty = true
		return nil, err
	}
	ix.arts[i] = a
	ix.headers[i] = nil
	ix.progress.Analysed++
	ix.dirty = true
	return a, nil
}

// Library is the latest snapshot of the cross-article index.
func (ix *Index) Library() *model.Library {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.lib
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
