package tagger

import (
	"math/rand/v2"
	"testing"
)

// TestPairRowMatchesRow asks pairRow, through the key filter, and the
// table alike for every key of the embedded model, for 0, and for random
// keys, most of which the model lacks: the filter may let a missing key
// through to the table, never turn a present one away.
func TestPairRowMatchesRow(t *testing.T) {
	tg := Default()
	keys := []uint64{0, 1, 1 << 32, ^uint64(0)}
	for i := range tg.table.slots {
		if tg.table.fps[i] != 0 {
			keys = append(keys, tg.table.slots[i].key)
		}
	}
	if len(keys) < 1000 {
		t.Skip("no model")
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200000 {
		keys = append(keys, rng.Uint64())
	}
	passed := 0
	for _, k := range keys {
		got, want := tg.pairRow(k), tg.table.row(k)
		if got != want {
			t.Fatalf("pairRow(%#x) = %d, row %d", k, got, want)
		}
		if tg.pairFilter.mayHave(k) && want < 0 {
			passed++
		}
	}
	if passed > 200000/10 {
		t.Errorf("the filter let %d of 200,000 random keys through, want under a tenth", passed)
	}
}
