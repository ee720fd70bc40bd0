package analysis

// A holder of the role brought in without a name after the named one:
// "Government spokesman Wilfried Hounkpe rejected the accusations. … A
// police spokesman said 23 people had been arrested. “…,” the spokesman
// said" is the police spokesman, not Hounkpe. roleHolder asked newHolder
// only of a holder beyond reach; the description of the latest holder
// means the one brought in since wherever the text brings one in, and
// the margin shows the description that brought them in, "a police
// spokesman", as for a pronoun (anonymousSpeaker, coref34_anon.go). The
// chains leave such a description to this step when the unnamed person
// they hold (coref34_anon.go) was brought in by the role's noun in its
// paragraph or the one before.

// latestMention is the first token of the latest mention of the entity
// ei before token s, outside quotations, or -1.
func (at *attributor) latestMention(ei, s int) int {
	for j := s - 1; j >= 0; j-- {
		if at.ment[j] == ei && at.qtok[j] < 0 {
			return at.mstart[j]
		}
	}
	return -1
}

// unnamedHolderSince reports whether a holder of the role is brought in
// without a name between tokens from and s, outside quotations: "a", "an",
// "another" or "one", at most three lower-case words ("a police", "a
// senior government"), and the role's noun, with no name after it, nor
// before it as its apposition. It gives the description's first token and
// its noun, or -1.
func (at *attributor) unnamedHolderSince(from, s int, role string) (int, int) {
	toks := at.tz.toks
	for k := max(from+1, 1); k < s; k++ {
		if at.qtok[k] >= 0 || roleHead(toks[k].low) != role || !isLowerWord(toks[k].text) {
			continue
		}
		if n := k + 1; n < len(toks) && (at.ment[n] >= 0 || toks[n].capital && toks[n].sent == toks[k].sent) {
			continue // "a police spokesman, Ivo Marsh," or "spokesman Ivo Marsh": named
		}
		p := k - 1
		for p > from && k-p <= 3 && isLowerWord(toks[p].text) && !toks[p].in(wcDeterminer|wcPreposition) && at.ment[p] < 0 {
			p--
		}
		if w := toks[p].low; w != "a" && w != "an" && w != "another" && w != "one" {
			continue
		}
		if p >= 2 && toks[p-1].text == "," && at.ment[p-2] >= 0 {
			continue // "Kofi Owusu, a geologist at …": the name's apposition
		}
		return p, k
	}
	return -1, -1
}
