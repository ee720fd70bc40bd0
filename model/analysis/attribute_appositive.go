package analysis

// unknownAppositive reads a name the recogniser did not know set in
// apposition after the role phrase of an inverted tag: "“…,” said its
// research director, Sian Pritchard." The name closes the tag (a full
// stop or a comma follows it), is two or three capitalised words that are
// no mention, title, calendar or common word (nameRun), and the phrase
// before the comma is headed by a noun of a person's role or of a source
// ("director", "spokeswoman"), so the words after it name that person.
// Names from many countries are the ones the recogniser misses, and the
// margin showed the role. r is the role phrase toks[k:e] as read; the
// result is not ok when the name is not there.
func (at *attributor) unknownAppositive(r attribution, k, e, to int) attribution {
	toks := at.tz.toks
	if !r.ok || r.id != "" || e+2 >= to || toks[e].text != "," || at.ment[e+1] >= 0 {
		return attribution{}
	}
	if h := toks[e-1].low; !unnamedHeads[h] && !toks[e-1].in(wcRoleNoun) && !personNouns[h] {
		return attribution{}
	}
	n := at.nameRun(e+1, to, 1)
	if !n.ok || n.id != "" {
		return attribution{}
	}
	last := at.tokAt(n.mention.End - 1)
	if words := last - at.tokAt(n.mention.Start) + 1; words < 2 || words > 3 {
		return attribution{}
	}
	if after := last + 1; after < len(toks) && toks[after].sent == toks[last].sent && toks[after].text != "," && !isSentenceEnd(toks[after].text) {
		return attribution{}
	}
	return n
}
