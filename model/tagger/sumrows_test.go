package tagger

import (
	"math"
	"math/rand/v2"
	"testing"
	"unsafe"
)

// TestSumRowsMatchesGo sums random weights, of every magnitude and sign
// and with rows repeated, through sumRows and sumRowsGo, and wants the
// same bits: the scores, and so the tags, must not depend on which one
// ran. It also pins the layout the assembly reads.
func TestSumRowsMatchesGo(t *testing.T) {
	if unsafe.Sizeof(slot{}) != 64 || unsafe.Offsetof(slot{}.w) != 8 || unsafe.Offsetof(weights{}.w) != 0 {
		t.Fatalf("slot is %d bytes with its weights at %d, weights' at %d; sumrows_amd64.s reads 64, 8 and 0",
			unsafe.Sizeof(slot{}), unsafe.Offsetof(slot{}.w), unsafe.Offsetof(weights{}.w))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	val := func() float32 {
		return float32(rng.NormFloat64() * math.Pow(10, float64(rng.IntN(9)-4)))
	}
	slots := make([]slot, 257)
	for i := range slots {
		for k := range slots[i].w {
			slots[i].w[k] = val()
		}
	}
	var nearW [4]weights
	near := [4]*weights{&nearW[0], &nearW[1], &nearW[2], &nearW[3]}
	for n := 0; n <= maxRows; n++ {
		for trial := 0; trial < 200; trial++ {
			for i := range nearW {
				for k := range nearW[i].w {
					nearW[i].w[k] = 0
					if rng.IntN(4) > 0 {
						nearW[i].w[k] = val()
					}
				}
			}
			rows := make([]int32, n)
			for i := range rows {
				rows[i] = int32(rng.IntN(len(slots)))
			}
			var got, want [NTags]float32
			for k := range got {
				got[k] = val()
			}
			want = got
			sumRows(&near, slots, rows, &got)
			sumRowsGo(&near, slots, rows, &want)
			for k := range got {
				if math.Float32bits(got[k]) != math.Float32bits(want[k]) {
					t.Fatalf("%d rows, sum %d: %v, want %v", n, k, got[k], want[k])
				}
			}
		}
	}
}
