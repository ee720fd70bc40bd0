package analysis

import "sync"

// faithShapes holds, by a word's first byte, the lengths of the words of
// faithOrDeity with that byte first (bit n for length n, bit 15 for 15
// and longer), made once at its first use, after every init.
var faithShapes struct {
	once sync.Once
	lens [256]uint16
}

// mayBeFaithOrDeity reports whether key has the first byte and length of
// some word of faithOrDeity: majorityType asks the map only then, for
// most keys, names of people and bodies, have neither.
func mayBeFaithOrDeity(key string) bool {
	faithShapes.once.Do(func() {
		for w, in := range faithOrDeity {
			if in && w != "" {
				faithShapes.lens[w[0]] |= 1 << min(len(w), 15)
			}
		}
	})
	return key != "" && faithShapes.lens[key[0]]&(1<<min(len(key), 15)) != 0
}
