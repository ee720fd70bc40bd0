package analysis

import "github.com/byline-reader/byline/model"

// find is the number keyTable.number gives the key k of type typ, or -1
// where k has none yet: it probes as number does and numbers no new key.
// majorityType asks it of the article's few demonyms, where it asked the
// map of demonyms of every key.
func (t *keyTable) find(typ model.EntityType, k string) int {
	h := formHash(k) ^ uint64(typ)*0x9E3779B97F4A7C15
	h ^= h >> 29
	mask := uint64(len(t.slots) - 1)
	tag := uint32(h>>32) | 1
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.tag == 0 {
			return -1
		}
		if s.tag == tag && t.typs[s.n] == typ && t.keys[s.n] == k {
			return int(s.n)
		}
	}
}
