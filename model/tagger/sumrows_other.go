//go:build !amd64 || purego

package tagger

// sumRows is sumRowsGo where there is no assembly for it.
func sumRows(near *[4]*weights, slots []slot, rows []int32, sums *[NTags]float32) {
	sumRowsGo(near, slots, rows, sums)
}
