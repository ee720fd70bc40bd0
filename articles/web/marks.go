package web

import (
	"sync"

	"github.com/byline-reader/byline/articles/store"
)

// Marks are the read marks of the saved articles, by file path, for the
// reader: which are unread, and marking one read as it is opened.
type Marks struct {
	state *store.State
	keys  map[string]string // path to the article's key (GUID or address)

	mu   sync.Mutex
	read map[string]bool // by key
	wg   sync.WaitGroup
	busy sync.Mutex // one write to the state store at a time
}

// Unread says whether the saved article at path has not been opened.
// Files that are not saved articles are never unread.
func (m *Marks) Unread(path string) bool {
	if m == nil {
		return false
	}
	k, ok := m.keys[path]
	if !ok {
		return false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return !m.read[k]
}

// MarkRead records that the article at path was opened. The store is
// written in the background; Close waits for it.
func (m *Marks) MarkRead(path string) {
	if m == nil {
		return
	}
	k, ok := m.keys[path]
	if !ok {
		return
	}
	m.mu.Lock()
	if m.read[k] {
		m.mu.Unlock()
		return
	}
	m.read[k] = true
	m.mu.Unlock()
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		m.busy.Lock()
		defer m.busy.Unlock()
		// a mark that cannot be written is lost, nothing more: the
		// article stays readable and is shown unread next time
		_ = m.state.MarkRead(k)
	}()
}

// Close waits for the marks being written.
func (m *Marks) Close() {
	if m != nil {
		m.wg.Wait()
	}
}

// Library lists the saved articles' files and their read marks, or
// nothing when there is no library (no home folder, nothing saved yet).
// Marks is nil when there is no state store to keep them in.
func Library() ([]string, *Marks) {
	lib, err := store.OpenLibrary()
	if err != nil {
		return nil, nil
	}
	saved, err := lib.Scan()
	if err != nil || len(saved) == 0 {
		return nil, nil
	}
	paths := make([]string, len(saved))
	keys := make(map[string]string, len(saved))
	for i, s := range saved {
		paths[i] = s.Path
		if k := s.Key(); k != "" {
			keys[s.Path] = k
		} else {
			keys[s.Path] = s.Path
		}
	}
	st, err := store.OpenState()
	if err != nil {
		return paths, nil
	}
	read, err := st.Read()
	if err != nil {
		read = map[string]bool{}
	}
	return paths, &Marks{state: st, keys: keys, read: read}
}
