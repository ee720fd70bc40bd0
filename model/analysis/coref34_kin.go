package analysis

import "github.com/byline-reader/byline/model"

// Gender from the noun a name is written with: "her husband, the stage
// designer Ivo Marsh", "Reed's sister, Ada Reed", "Ivo Marsh, her son,"
// and "the actress Mia Lund" tell the person's gender as a title does,
// where the given name may be one no list knows.

// describedNameGender is the gender ("m", "f" or "") the noun written
// with the person's mention toks[s:e] tells (describedGender): a noun of a
// phrase opened by a possessive or an article right before the name
// ("her son Ivo Marsh"), or before it and a comma, descriptions of the
// name aside ("her husband, the stage designer Ivo Marsh"), or the head
// of an apposition after it ("Ivo Marsh, her son,", "Mia Lund, a
// retired actress,").
func (at *attributor) describedNameGender(s, e int) string {
	toks := at.tz.toks
	opens := func(k int) bool {
		return k >= 0 && toks[k].sent == toks[s].sent && (toks[k].in(wcPossessive) || at.word(k).in(awDescOpener) || isPossessive(toks[k].text))
	}
	if k := s - 1; k >= 1 && toks[k].sent == toks[s].sent && opens(k-1) {
		if g := at.describedGenderAt(k); g != "" {
			return g // "her son Ivo Marsh", "the actress Mia Lund"
		}
	}
	if p := at.beforeTitles(s); p >= 2 && toks[p].text == "," && toks[p].sent == toks[s].sent && opens(p-2) {
		if g := at.describedGenderAt(p - 1); g != "" {
			return g // "her husband, the stage designer Ivo Marsh"
		}
	}
	if e+2 < len(toks) && toks[e].text == "," && opens(e+1) {
		for j := e + 2; j < len(toks) && j-e <= 5 && toks[j].sent == toks[s].sent && isLowerWord(toks[j].text); j++ {
			if g := at.describedGenderAt(j); g != "" && at.apposedEnd(j+1, toks[s].sent) {
				return g // "Ivo Marsh, her son,", not "Ivo Marsh, his wife and sons"
			}
		}
	}
	return ""
}

// apposedEnd reports whether the token at n ends an apposition's noun
// phrase in sentence sent: a mark, "who" or "of", or the sentence's end;
// not a comma before a person's name, which makes the phrase one that
// names another ("Ivo Marsh, his wife, Ada, and …": a list).
func (at *attributor) apposedEnd(n int, sent int32) bool {
	toks := at.tz.toks
	if n >= len(toks) || toks[n].sent != sent {
		return true
	}
	switch toks[n].text {
	case ",":
		m := n + 1
		for m < len(toks) && m-n <= 3 && toks[m].sent == sent && toks[m].in(wcPersonTitle) {
			m++
		}
		return m >= len(toks) || at.ment[m] < 0 || at.a.Entities[at.ment[m]].Type != model.Person
	case ".", ";", ")", "who", "of":
		return true
	}
	return false
}
