package web

import (
	"sync"

	"github.com/byline-reader/byline/articles/store"
)

// Marks are the read marks and reading positions of the saved articles,
// by file path, for the reader: which are unread, marking one read as it
// is opened, and where each was left.
type Marks struct {
	state *store.State

	mu   sync.Mutex
	keys map[string]string // path to the article's key (GUID or address)
	read map[string]bool   // by key
	pos  map[string]int    // by key
	wg   sync.WaitGroup
	busy sync.Mutex // one write to the state store at a time
}

// Unread says whether the saved article at path has not been opened.
// Files that are not saved articles are never unread.
func (m *Marks) Unread(path string) bool {
	if m == nil {
		return false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	k, ok := m.keys[path]
	return ok && !m.read[k]
}

// MarkRead records that the article at path was opened. The store is
// written in the background; Close waits for it.
func (m *Marks) MarkRead(path string) {
	if m == nil {
		return
	}
	m.mu.Lock()
	k, ok := m.keys[path]
	if !ok || m.read[k] {
		m.mu.Unlock()
		return
	}
	m.read[k] = true
	m.mu.Unlock()
	// a mark that cannot be written is lost, nothing more: the article
	// stays readable and is shown unread next time
	m.write(func() error { return m.state.MarkRead(k) })
}

// Position is where the article at path was left: a byte offset into
// its text, 0 for its start.
func (m *Marks) Position(path string) int {
	if m == nil {
		return 0
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.pos[m.keys[path]]
}

// SetPosition records where the article at path was left.
func (m *Marks) SetPosition(path string, offset int) {
	if m == nil {
		return
	}
	m.mu.Lock()
	k, ok := m.keys[path]
	if !ok || m.pos[k] == offset {
		m.mu.Unlock()
		return
	}
	m.pos[k] = offset
	m.mu.Unlock()
	m.write(func() error { return m.state.SetPosition(k, offset) })
}

// Learn takes the saved articles as they are now (after a refresh) and
// returns, in the order given, the paths of those it did not know: from
// now on they have marks, unread until opened.
func (m *Marks) Learn(saved []*store.Saved) []string {
	if m == nil {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var fresh []string
	for _, s := range saved {
		if _, ok := m.keys[s.Path]; ok {
			continue
		}
		m.keys[s.Path] = keyOf(s)
		fresh = append(fresh, s.Path)
	}
	return fresh
}

// keyOf is what an article's marks are kept by: its GUID or address, or
// its path when it has neither.
func keyOf(s *store.Saved) string {
	if k := s.Key(); k != "" {
		return k
	}
	return s.Path
}

// write changes the state store in the background, one change at a time,
// so the reader never waits for the disk.
func (m *Marks) write(change func() error) {
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		m.busy.Lock()
		defer m.busy.Unlock()
		_ = change()
	}()
}

// Close waits for the marks being written.
func (m *Marks) Close() {
	if m != nil {
		m.wg.Wait()
	}
}

// Library lists the saved articles' files (none when there is no home
// folder or nothing is saved yet) and their read marks, which learn of
// articles saved later (Learn). Marks is nil when there is no library or
// no state store to keep them in.
func Library() ([]string, *Marks) {
	lib, err := store.OpenLibrary()
	if err != nil {
		return nil, nil
	}
	saved, err := lib.Scan()
	if err != nil {
		return nil, nil
	}
	var paths []string
	keys := make(map[string]string, len(saved))
	for _, s := range saved {
		paths = append(paths, s.Path)
		keys[s.Path] = keyOf(s)
	}
	st, err := store.OpenState()
	if err != nil {
		return paths, nil
	}
	read, err := st.Read()
	if err != nil {
		read = map[string]bool{}
	}
	pos, err := st.Positions()
	if err != nil {
		pos = map[string]int{}
	}
	return paths, &Marks{state: st, keys: keys, read: read, pos: pos}
}
