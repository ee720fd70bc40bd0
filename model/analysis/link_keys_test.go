package analysis

import (
	"fmt"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestKeyTableMatchesMap pins keyTable's numbers to those a map would
// give: the same key of the same type one number, a key of another type
// another, over tables too small to grow and a table reused after reset.
func TestKeyTableMatchesMap(t *testing.T) {
	var kt keyTable
	for _, n := range []int{1, 7, 8, 300, 5} {
		type key struct {
			typ model.EntityType
			k   string
		}
		want := map[key]int{}
		var seq []key
		for i := range n {
			// fewer distinct keys than look-ups, of every type, and
			// the empty key
			k := key{model.EntityType(i % 4), fmt.Sprintf("name %d", i%(n/2+1))}
			if i == 0 {
				k.k = ""
			}
			seq = append(seq, k)
		}
		kt.reset(n)
		for _, k := range seq {
			got, had := kt.number(k.typ, k.k)
			w, ok := want[k]
			if !ok {
				w = len(want)
				want[k] = w
			}
			if got != w || had != ok {
				t.Fatalf("table for %d: number(%v, %q) = %d, %v; want %d, %v", n, k.typ, k.k, got, had, w, ok)
			}
		}
		if len(kt.keys) != len(want) {
			t.Errorf("table for %d: %d keys, want %d", n, len(kt.keys), len(want))
		}
	}
}
