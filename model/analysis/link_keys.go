package analysis

import "github.com/byline-reader/byline/model"

// keyTable numbers the distinct keys of an article's mentions, each with a
// type, for the linking steps that count or group mentions by key
// (majorityType, entities): open-addressed by formHash in arrays the next
// article reuses, where a map made for each step cost an allocation and a
// general hash of every key.
type keyTable struct {
	slots []keySlot
	keys  []string // by number
	typs  []model.EntityType
}

type keySlot struct {
	tag uint32 // as vocabEntry.tag; 0 is an empty slot
	n   int32  // the key's number
}

// reset empties the table for at most n keys: it is kept at least twice
// as long, so that an empty slot is always found.
func (t *keyTable) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(t.slots) >= size {
		t.slots = t.slots[:size]
		clear(t.slots)
	} else {
		t.slots = make([]keySlot, size)
	}
	clear(t.keys)
	t.keys, t.typs = t.keys[:0], t.typs[:0]
}

// number is the number of the key k of type typ, and whether it had one
// before: a new key is given the next number, counting from 0.
func (t *keyTable) number(typ model.EntityType, k string) (int, bool) {
	s, tag := t.slot(typ, k)
	if s.tag == 0 {
		*s = keySlot{tag: tag, n: int32(len(t.keys))}
		t.keys, t.typs = append(t.keys, k), append(t.typs, typ)
		return int(s.n), false
	}
	return int(s.n), true
}

// slot is the slot of the key k of type typ in t, or the empty slot it
// would take, with the tag such a slot holds.
func (t *keyTable) slot(typ model.EntityType, k string) (*keySlot, uint32) {
	h := formHash(k) ^ uint64(typ)*0x9E3779B97F4A7C15
	h ^= h >> 29
	mask := uint64(len(t.slots) - 1)
	tag := uint32(h>>32) | 1
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.tag == 0 || s.tag == tag && t.typs[s.n] == typ && t.keys[s.n] == k {
			return s, tag
		}
	}
}

// release lets go of the keys, which point into the article's text.
func (t *keyTable) release() {
	clear(t.keys)
	t.keys, t.typs = t.keys[:0], t.typs[:0]
}
