package analysis

// roleFieldEnd reads a role noun at token j with the field it serves
// after "of", one or two words that are no name of their own ("director
// of communications", "head of rugby", "minister of public health"),
// and returns the token after the field; j itself when there is none.
// The whole is a role before a name as "chairman" alone is.
func (at *attributor) roleFieldEnd(j int) int {
	toks := at.tz.toks
	if j+2 >= len(toks) || !toks[j].in(wcRoleNoun) || toks[j+1].low != "of" || toks[j+1].sent != toks[j].sent {
		return j
	}
	for n := j + 2; n < len(toks) && n-j <= 4 && toks[n].sent == toks[j].sent; n++ {
		t := &toks[n]
		if at.ment[n] >= 0 {
			if n == j+2 {
				return j // "director of Vell Mining": an owner, not a field
			}
			return n
		}
		if at.qtok[n] >= 0 || !hasLetter(t.low) || t.in(wcDeterminer|wcPreposition|wcPossessive|wcPronoun) || isPossessive(t.text) {
			return j
		}
	}
	return j
}
