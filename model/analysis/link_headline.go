package analysis

import "github.com/byline-reader/byline/model"

// A headline in title case capitalises every word, and the tagger runs
// the words around a name into it: "Federal Judge Just Gave Hillary Some
// Of The Worst News" makes a person "Just Gave Hillary", "Hillary Just
// Vowed" a person "Hillary Just", "Trump Campaign Just Made" a person
// "Trump Campaign". headlineTrim takes off the ends of a person's name in
// the headline the words that are common words in this article: written
// in lower case in it and never capitalised inside a sentence of its body,
// and no given name. A surname that is a common word ("Mia Love", "George
// Will") is written capitalised in the body and stays.

// inHeadline reports whether token k stands in the article's headline.
func inHeadline(a *model.Article, tz *tokenized, k int) bool {
	return a.TitleAt.End > a.TitleAt.Start && tz.toks[k].Start >= a.TitleAt.Start && tz.toks[k].End <= a.TitleAt.End
}

// headlineTrim is the person's name [ts, te) in the headline without the
// common words at its ends; ts == te where every word is one. caps holds,
// for every word form (tz.forms), 1 where the body writes it capitalised
// inside a sentence, 2 where it does not; made at its first need.
func headlineTrim(tz *tokenized, ts, te int, caps *[]int32) (int, int) {
	common := func(k int) bool {
		t := &tz.toks[k]
		if !t.capital || givenAt(tz, k) || !tz.usedInLowerCase(t.low) {
			return false
		}
		if *caps == nil {
			// a slice of its own, not formInts: linking's passes take
			// that buffer while the mentions are still being made
			c := make([]int32, len(tz.vocab))
			for j := 1; j < len(tz.toks); j++ {
				if u := &tz.toks[j]; u.capital && u.para >= 0 && tz.toks[j-1].sent == u.sent && hasLetter(tz.toks[j-1].text) {
					c[tz.forms[j]] = 1
				}
			}
			*caps = c
		}
		return (*caps)[tz.forms[k]] == 0
	}
	for ts < te && common(ts) {
		ts++
	}
	for te > ts && common(te-1) {
		te--
	}
	return ts, te
}
