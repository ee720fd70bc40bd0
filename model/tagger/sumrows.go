package tagger

// sumRowsGo adds to the nine sums the weights of features 13 to 16 (near,
// zero where the model does not know a feature: adding a zero changes no
// sum, and no sum is ever -0), then those of rows, in order. It is
// sumRows where there is no assembly for it, and what the assembly is
// tested against (TestSumRowsMatchesGo). Its loops have no branch but
// their own, so that the compiler keeps the sums in registers and adds
// each weight straight from memory.
func sumRowsGo(near *[4]*weights, slots []slot, rows []int32, sums *[NTags]float32) {
	s0, s1, s2, s3, s4, s5, s6, s7, s8 := sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8]
	for _, nw := range near {
		w := &nw.w
		s0 += w[0]
		s1 += w[1]
		s2 += w[2]
		s3 += w[3]
		s4 += w[4]
		s5 += w[5]
		s6 += w[6]
		s7 += w[7]
		s8 += w[8]
	}
	for _, r := range rows {
		w := &slots[r].w
		s0 += w[0]
		s1 += w[1]
		s2 += w[2]
		s3 += w[3]
		s4 += w[4]
		s5 += w[5]
		s6 += w[6]
		s7 += w[7]
		s8 += w[8]
	}
	*sums = [NTags]float32{s0, s1, s2, s3, s4, s5, s6, s7, s8}
}
