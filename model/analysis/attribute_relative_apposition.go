package analysis

import "github.com/byline-reader/byline/model"

// "who" stands for a person. After a long apposition ("led by Ilse Varga,
// the member for Vell North and chair of the harbour board, who said"), the
// words right before the pronoun are the last of the apposition, often a
// body or a place it names; the pronoun reaches back over them to the
// person the apposition describes, named before its opening comma.

// appositionPerson finds the person named before an apposition that ends at
// token n, right before the ", who" at j: the name must end at a comma, and
// the words from that comma to n must read as a role (appositionRole). It
// returns the person's last token, or -1.
func (at *attributor) appositionPerson(j, n, lo int) int {
	toks := at.tz.toks
	if j < 1 || toks[j-1].text != "," {
		return -1
	}
	for c := n; c > lo && n-c < 30; c-- {
		if isSentenceEnd(toks[c].text) || at.qtok[c] >= 0 {
			return -1
		}
		if toks[c].text != "," {
			continue
		}
		p := c - 1
		if at.ment[p] < 0 || at.mend[p] != c || at.a.Entities[at.ment[p]].Type != model.Person || !at.appositionRole(c+1, n+1) {
			return -1
		}
		return p
	}
	return -1
}

// appositionRole reports whether toks[s:e] reads as a role set off after a
// name: it opens as appositivePrefix asks, and holds no clause and no
// speech verb; names of bodies and places may stand in it ("the head of
// Vell Water"), "and" may join a second role ("and chair of the board",
// "and a former member of it"), and an age may stand alone ("54").
func (at *attributor) appositionRole(s, e int) bool {
	toks := at.tz.toks
	if s >= e || !at.appositivePrefix(s, s+1) && !roleWordAt(toks, s) && !(e-s == 1 && isDigitAt(toks[s].text, 0)) {
		return false // an age alone may stand there: "Lena Brook, 54, who"
	}
	for k := s; k < e; k++ {
		w := toks[k].low
		if w == "and" && k+1 < e && (roleWordAt(toks, k+1) || toks[k+1].in(wcDeterminer|wcPossessive)) {
			continue // "and chair of the board", "and a former member of it"
		}
		if !hasLetterOrDigit(w) && w != "'s" && w != "’s" && w != "-" || clauseBreaks[w] || isCueWord(w) || beForms[w] || at.qtok[k] >= 0 {
			return false
		}
	}
	return true
}

// roleWordAt reports whether token k is a lower-case word for a role a
// person holds ("chair", "member", "minister").
func roleWordAt(toks []token, k int) bool {
	w := toks[k].low
	return isLowerWord(toks[k].text) && (roleHead(w) != "" || unnamedHeads[w] || describedPersonNouns[w])
}

// passiveCueBefore reports whether the cue of attribution r, the first
// word after its mention and before token m that reads as the cue, is a
// verb in the passive: a form of "be" stands right before it ("was found
// by"), and its subject did not speak.
func (at *attributor) passiveCueBefore(r attribution, m int) bool {
	toks := at.tz.toks
	for k := at.tokAt(r.mention.End-1) + 1; k > 0 && k < m; k++ {
		if toks[k].text == r.cue {
			return at.word(k-1).in(awBeForm) && !isPossessive(toks[k-1].text)
		}
	}
	return false
}
