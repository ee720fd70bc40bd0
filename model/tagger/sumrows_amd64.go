//go:build !purego

package tagger

// sumRows is sumRowsGo in assembly (sumrows_amd64.s): it adds four
// weights of a row at once (ADDPS) and the ninth alone, two rows a round,
// some 8.5 instructions a row where the compiled Go takes 19 (nine ADDSS,
// the bounds check and the loop). Each lane of a packed add is the same IEEE
// single-precision add, in the same order, so the sums are sumRowsGo's to
// the bit. rows must all be rows of slots (hashTable.row never returns
// another): the assembly does not check them.
//
//go:noescape
func sumRows(near *[4]*weights, slots []slot, rows []int32, sums *[NTags]float32)
