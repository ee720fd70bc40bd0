package analysis

// speakingBody is the body that speaks in the sentence of token j, the
// first whose mention a speech verb follows ("The Water Ministry said in a
// statement that it was working with the Valley Authority"), when one of
// fits' does; else -1. An "it said" after that sentence goes on with the
// body that spoke, not with the one named last in what it said.
func (at *attributor) speakingBody(j int, fits func(int) bool) int {
	toks := at.tz.toks
	s := at.tz.sents[toks[j].sent]
	for k := s.start; k < s.end && k <= j; k++ {
		ei := at.ment[k]
		if ei < 0 || at.mstart[k] != k || at.qtok[k] >= 0 {
			continue
		}
		e := at.mend[k]
		if fits(ei) && e < s.end && toks[e].in(wcSpeechCue) && at.isCue(e) {
			return ei
		}
		k = e - 1
	}
	return -1
}
