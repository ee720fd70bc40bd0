package analysis

import (
	"slices"
	"testing"
)

// TestWithoutEmpty holds withoutEmpty to the copy it replaced, which
// appended every mention with words onto raw[:0]: the same mentions, in
// the same array, for lists with no empty mention, one at either end,
// and several.
func TestWithoutEmpty(t *testing.T) {
	old := func(raw []rawMention) []rawMention {
		out := raw[:0]
		for _, r := range raw {
			if r.te > r.ts {
				out = append(out, r)
			}
		}
		return out
	}
	for n := 0; n <= 6; n++ {
		for mask := 0; mask < 1<<n; mask++ {
			mk := func() []rawMention {
				raw := make([]rawMention, n, n+2)
				for i := range raw {
					raw[i] = rawMention{ts: 2 * i, te: 2*i + 1 + i%2}
					if mask&(1<<i) != 0 {
						raw[i].te = raw[i].ts - i%2 // cut to nothing, or past it
					}
				}
				return raw
			}
			a, b := mk(), mk()
			got, want := withoutEmpty(a), old(b)
			if !slices.Equal(got, want) || cap(got) != cap(want) || len(got) > 0 && &got[0] != &a[0] {
				t.Errorf("n %d, empty %b: withoutEmpty = %v, want %v", n, mask, got, want)
			}
		}
	}
}
