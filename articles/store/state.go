package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// State keeps what byline learns as it is used: which articles were read
// and where, and each feed's fetch state. It lives in the user state
// folder, apart from the analysis cache (which a new build drops) and
// from the articles (which it only describes): losing it loses read marks
// and makes the next refresh fetch everything again, nothing more.
//
// It is opened for each batch of changes and closed again, so that a
// reader left open does not lock out a refresh run from cron.
type State struct {
	Path string

	// mu keeps this process's writers in turn; the file lock keeps out
	// other processes
	mu sync.Mutex
}

// FeedState is what the last fetch of a feed said.
type FeedState struct {
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Checked      time.Time `json:"checked,omitzero"` // last fetch, successful or not
	Updated      time.Time `json:"updated,omitzero"` // last successful fetch
	Error        string    `json:"error,omitempty"`  // of the last fetch; "" when it went well
	Title        string    `json:"title,omitempty"`
}

var (
	bucketRead  = []byte("read")
	bucketPos   = []byte("position")
	bucketFeeds = []byte("feeds")
)

// ErrStateBusy is a state store held by another byline for too long.
var ErrStateBusy = errors.New("the state store is in use by another byline")

// OpenState returns the state store in the user state folder.
func OpenState() (*State, error) {
	d, err := StateDir()
	if err != nil {
		return nil, err
	}
	return &State{Path: filepath.Join(d, "state.db")}, nil
}

func (s *State) update(fn func(tx *bolt.Tx) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(s.Path), 0o755); err != nil {
		return err
	}
	db, err := bolt.Open(s.Path, 0o644, &bolt.Options{Timeout: 3 * time.Second})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return ErrStateBusy
		}
		return fmt.Errorf("state store %s: %w", s.Path, err)
	}
	defer db.Close()
	return db.Update(fn)
}

func (s *State) view(fn func(tx *bolt.Tx) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := os.Stat(s.Path); os.IsNotExist(err) {
		return nil // nothing recorded yet
	}
	db, err := bolt.Open(s.Path, 0o644, &bolt.Options{Timeout: 3 * time.Second, ReadOnly: true})
	if err != nil {
		if errors.Is(err, berrors.ErrTimeout) {
			return ErrStateBusy
		}
		return fmt.Errorf("state store %s: %w", s.Path, err)
	}
	defer db.Close()
	return db.View(fn)
}

// MarkRead records that the articles with these keys were read.
func (s *State) MarkRead(keys ...string) error {
	now := make([]byte, 8)
	binary.BigEndian.PutUint64(now, uint64(time.Now().Unix()))
	return s.update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketRead)
		if err != nil {
			return err
		}
		for _, k := range keys {
			if k == "" {
				continue
			}
			if err := b.Put([]byte(k), now); err != nil {
				return err
			}
		}
		return nil
	})
}

// Read returns the set of keys marked read.
func (s *State) Read() (map[string]bool, error) {
	out := map[string]bool{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketRead)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			out[string(k)] = true
			return nil
		})
	})
	return out, err
}

// SetPosition records how far into an article the reader got (a byte
// offset into its text).
func (s *State) SetPosition(key string, offset int) error {
	v := make([]byte, 8)
	binary.BigEndian.PutUint64(v, uint64(max(0, offset)))
	return s.update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketPos)
		if err != nil {
			return err
		}
		return b.Put([]byte(key), v)
	})
}

// Position returns where the reader left an article, or 0.
func (s *State) Position(key string) (int, error) {
	var n int
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketPos); b != nil {
			if v := b.Get([]byte(key)); len(v) == 8 {
				n = int(binary.BigEndian.Uint64(v))
			}
		}
		return nil
	})
	return n, err
}

// Positions returns every reading position recorded, by key.
func (s *State) Positions() (map[string]int, error) {
	out := map[string]int{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPos)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			if len(v) == 8 {
				out[string(k)] = int(binary.BigEndian.Uint64(v))
			}
			return nil
		})
	})
	return out, err
}

// Feeds returns the fetch state of every feed recorded.
func (s *State) Feeds() (map[string]FeedState, error) {
	out := map[string]FeedState{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFeeds)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var fs FeedState
			if json.Unmarshal(v, &fs) == nil {
				out[string(k)] = fs
			}
			return nil
		})
	})
	return out, err
}

// SetFeeds records the fetch state of the feeds given.
func (s *State) SetFeeds(m map[string]FeedState) error {
	return s.update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketFeeds)
		if err != nil {
			return err
		}
		for k, fs := range m {
			v, err := json.Marshal(fs)
			if err != nil {
				return err
			}
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return nil
	})
}

// ForgetFeed drops a feed's fetch state.
func (s *State) ForgetFeed(url string) error {
	return s.update(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketFeeds); b != nil {
			return b.Delete([]byte(url))
		}
		return nil
	})
}
