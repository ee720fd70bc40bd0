package analysis

import "github.com/byline-reader/byline/model"

// actionBefore is the sieve rule "action-before": a quotation that opens
// a sentence right after one in which someone does something, with no
// speech verb in its paragraph, is that someone's: "Brandt laughs. “We
// have heard that before.”", "He shakes his head. “Nobody asked us.”".
// Feature and court copy set a speaker's words after a gesture so; a
// reader takes the one who gestured for the one who speaks. Only where
// nobody else acts in that sentence: the subject (a name, a pronoun the
// chains resolve, or a description) is its one person, any other pronoun
// for a person is the subject's own ("his head"), and it holds no
// quotation. A paragraph with a speech verb outside its quotations is
// left to the rules that read it.
func actionBefore(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	if at.named[qi] || !at.looksLikeSpeech(qi) || !at.startsSentence(q) {
		return attribution{}
	}
	toks := at.tz.toks
	qs := at.tokAt(q.Start)
	if qs <= 1 || at.qtok[qs-1] >= 0 || toks[qs-1].para != toks[qs].para || !isSentenceEnd(toks[qs-1].text) {
		return attribution{}
	}
	words := 0 // a sentence of speech, not a word set off: "Brandt laughs. “Progress.”"
	for k := qs; k < len(toks) && at.qtok[k] == qi && words < 3; k++ {
		if hasLetter(toks[k].text) {
			words++
		}
	}
	if words < 3 {
		return attribution{}
	}
	last := qs - 1
	lo := at.sentenceFrom(last)
	if last-lo < 2 || last-lo > 16 {
		return attribution{}
	}
	// no speech verb anywhere in the paragraph outside its quotations
	para := toks[qs].para
	for k := lo; k >= 0 && toks[k].para == para; k-- {
		if at.qtok[k] < 0 && at.isCue(k) {
			return attribution{}
		}
	}
	for k := lo; k < len(toks) && toks[k].para == para; k++ {
		if at.qtok[k] < 0 && at.isCue(k) {
			return attribution{}
		}
	}
	r := at.firstSubject(lo, last, true)
	if !r.ok || r.id == "" {
		return attribution{}
	}
	// the subject opens the sentence and a verb follows it
	s := at.tokAt(r.mention.Start)
	e := at.tokAt(r.mention.End-1) + 1
	if s < 0 || e <= s || e >= last || !isLowerWord(toks[e].text) || toks[e].in(wcPreposition|wcDeterminer) || at.word(e).in(awClauseBreak) {
		return attribution{}
	}
	for k := lo; k < s; k++ {
		if !toks[k].in(wcDeterminer) && !isLowerWord(toks[k].text) && !toks[k].capital {
			return attribution{}
		}
	}
	if s-lo > 2 {
		return attribution{}
	}
	// nobody else in the sentence
	gender := ""
	if g, ok := pronouns[toks[s].low]; ok {
		gender = g
	}
	for k := e; k < last; k++ {
		if at.qtok[k] >= 0 {
			return attribution{}
		}
		if ei := at.ment[k]; ei >= 0 && at.a.Entities[ei].Type == model.Person && at.a.Entities[ei].ID != r.id {
			return attribution{}
		}
		if g := personPronounGender(toks[k].low); g != "" && g != gender {
			return attribution{}
		}
	}
	r.cue = ""
	return r
}

// personPronounGender is "m" or "f" for a pronoun of a person of that
// gender, "p" for one of several, "" for any other word.
func personPronounGender(w string) string {
	switch w {
	case "he", "him", "his", "himself":
		return "m"
	case "she", "her", "hers", "herself":
		return "f"
	case "they", "them", "their", "themselves":
		return "p"
	}
	return ""
}
