package analysis

import "strings"

// passiveSpeech reports whether the speech verb at k is a participle in the
// passive ("had been dismissed", "was praised"): its subject is the one the
// words are about, not the one who says them.
func (at *attributor) passiveSpeech(k, lo int) bool {
	toks := at.tz.toks
	if k <= lo || !isLowerWord(toks[k].text) || !strings.HasSuffix(toks[k].low, "ed") {
		return false
	}
	if k+1 < len(toks) && toks[k+1].low == "to" {
		return false // "is reported to have called": the subject speaks
	}
	p := k - 1
	for p > lo && toks[p].in(wcSubjectSkip) && !at.word(p).in(awBeForm) {
		p--
	}
	w := toks[p].low
	return beForms[w] && !isPossessive(w)
}
