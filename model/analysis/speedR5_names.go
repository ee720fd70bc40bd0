package analysis

// commaAfter reports whether the sentence s holds a comma at k or after:
// personNames' apposed role ("Soe Min, a party member") needs one after
// the name's two words or more, and roleApposition's test is asked only
// then, where the name's words were read first. *last is the index of
// the sentence's last comma (-1: none), read from its end at the first
// question (-2: not yet).
func commaAfter(toks []token, last *int, k int, s sentenceRef) bool {
	if *last == -2 {
		*last = -1
		for j := s.end - 1; j >= s.start; j-- {
			if toks[j].text == "," {
				*last = j
				break
			}
		}
	}
	return *last >= k
}
