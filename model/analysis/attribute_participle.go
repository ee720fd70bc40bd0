package analysis

import "strings"

// attributiveParticiple reports whether the cue word at token k of the
// phrase toks[s:e] is an -ing form that only modifies the noun after it,
// right after the phrase's determiner: "the defending champion", "the
// responding officer", "the complaining witness". Sport and police copy
// name people this way, and the phrase reader took the word for the verb
// of a clause and gave the quotation no speaker at all.
func (at *attributor) attributiveParticiple(s, k, e int) bool {
	toks := at.tz.toks
	return k == s+1 && k+1 < e && strings.HasSuffix(toks[k].low, "ing") && toks[s].in(wcDeterminer) &&
		isLowerWord(toks[k+1].text) && at.qtok[k+1] < 0
}
