package analysis

// A sentence adverb set off by commas between a subject and its verb
// ("The two lawmakers, however, argue", "X, meanwhile, warned") leaves
// the subject before it: the commas close no aside about the subject.

// setOffAdverb reports whether toks[j-2:j+1] is a one-word sentence
// adverb between commas.
func (at *attributor) setOffAdverb(j, lo int) bool {
	toks := at.tz.toks
	if j-2 <= lo || toks[j].text != "," || toks[j-2].text != "," || at.qtok[j-1] >= 0 {
		return false
	}
	w := toks[j-1].low
	return setOffAdverbs[w] || (sentenceOpeners[w] || subjectSkips[w]) && !coordinators[w]
}
