package analysis

// tagPastRelative reports whether the cue at token k, right after "who",
// is the verb of a relative clause that a speech verb of the same
// sentence closes: "“…,” a witness who asked not to be named told the
// Gazette", "said a resident who asked that her name be withheld". Wire
// and police copy describe anonymous sources this way, and "asked" read as
// the tag left the quotation with no speaker. The later verb must come
// within a few words and follow no comma or second quotation, so that "“…,”
// said Reed, who asked the board to wait" keeps its tag.
func (at *attributor) tagPastRelative(k, to int) bool {
	toks := at.tz.toks
	for j := k + 1; j < to && j-k <= 8 && toks[j].sent == toks[k].sent; j++ {
		if at.qtok[j] >= 0 || toks[j].text == "," {
			return false
		}
		if at.isCue(j) && toks[j].in(wcSpeechCue) && !at.isNounUse(j) {
			return true
		}
	}
	return false
}
