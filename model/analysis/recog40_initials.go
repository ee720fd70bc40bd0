package analysis

import "github.com/byline-reader/byline/model"

// Initials run together before a surname, as South India writes a
// person's father's and village's names: "A.R. Selvam", "T.S.
// Venkatraman", "K.M. Joseph". isInitials is the word of two or three
// such initials, each a capital and a full stop; personNames takes it
// before a name word as it takes one initial ("K. Varnholt"). Not the
// abbreviations of places and bodies written so ("U.S.", "U.K.", "U.N.",
// "E.U.", "D.C.").
func isInitials(w string) bool {
	if len(w) < 4 || len(w) > 6 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return !placeInitials[w] // asked last: few words have the shape
}

// placeInitials are places and bodies abbreviated in initials.
var placeInitials = wordSet(`U.S. U.K. U.N. E.U. D.C. N.Y. L.A. S.F. N.J. U.A.E. R.I. N.C. S.C. N.H. W.Va. P.M. A.M.
A.P. B.C. A.D.`)

// initialsPerson reports whether the initials at k open a person's name:
// where the tagger found a person in the name word after them (jn, the
// mention at k+1, or -1), or where a person's words follow the name, a
// role set off by commas (", president of", ", a lawyer"), ", who" or a
// speech verb; not a body the tagger read otherwise ("J.C. Penney" is a
// store).
func initialsPerson(tz *tokenized, raw []rawMention, jn, k, end int) bool {
	if jn >= 0 && raw[jn].typ == model.Person {
		return true
	}
	toks := tz.toks
	e := namePieces(tz, k+1, end)
	if e >= end {
		return false
	}
	return roleApposition(tz, e, end) || speechVerbIn(tz, e) ||
		toks[e].text == "," && e+1 < end && toks[e+1].low == "who"
}

// titleBeforeInitial reports whether the initial at k follows a title or
// a role written with a capital, with a surname after it that is no
// place's and no longer name's (jn, the mention at k+1, or -1) and no
// capital after that: "Corporation Commissioner R. Sundaram told the
// council", where the tagger found no name after the title, or the
// surname alone a body.
func titleBeforeInitial(tz *tokenized, raw []rawMention, jn, k int, s sentenceRef) bool {
	toks := tz.toks
	if k == s.start || k+2 > s.end {
		return false
	}
	b := &toks[k-1]
	if !b.capital || !b.in(wcPersonTitle|wcTitleSeed|wcRoleNoun) && !officeOfHeads[b.low] {
		return false
	}
	if jn >= 0 && raw[jn].typ != model.Person && (raw[jn].typ == model.Place || raw[jn].ts != k+1 || raw[jn].te != k+2) {
		return false // a place, or a body's name of more words
	}
	return k+2 >= s.end || !toks[k+2].capital
}
