package analysis

import "github.com/byline-reader/byline/model"

// find is the number keyTable.number gives the key k of type typ, or -1
// where k has none yet: it probes as number does and numbers no new key.
// majorityType asks it of the article's few demonyms, where it asked the
// map of demonyms of every key.
func (t *keyTable) find(typ model.EntityType, k string) int {
	if s, _ := t.slot(typ, k); s.tag != 0 {
		return int(s.n)
	}
	return -1
}
