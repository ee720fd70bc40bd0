package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// callingNames makes a person of the name words right after a noun for
// what a person does, in lower case, where the tagger found no person
// there: "her son, the cellist Anders Solberg-Haug, who said" (it took
// the surname alone for something else). The noun is a person's role
// (personRoles) or, after a determiner or a possessive, one of the many
// nouns of a calling made with "-ist" ("the cellist", "her pianist"; not
// "centrist Democrats", "communist Poland", where the word is an
// adjective of a creed), and then two name words or a known given name.
// The name is one to three name words ending before a mark or a
// lower-case word (callingNameWord); a name the tagger found there that
// runs on past them, or that is a person's already, is left alone.
func callingNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var out []rawMention // made at the first change
	ri := 0              // raw mentions before ri are in out (or dropped)
	for k := 1; k+1 < len(toks); k++ {
		if k = nextCalling(toks, k); k+1 >= len(toks) {
			break
		}
		e := k + 1
		for e < len(toks) && e-k <= 3 && toks[e].sent == toks[k].sent && callingNameWord(tz, e) {
			e++
		}
		if !toks[k].is(wkPersonRole) && e-k == 2 && !tz.isGendered(k+1) {
			continue // "the centrist Dem organisation": one word after "-ist" only when it is a given name
		}
		if e == k+1 || e < len(toks) && toks[e].sent == toks[k].sent && (toks[e].capital || !isLowerWord(toks[e].text) && hasLetterOrDigit(toks[e].text)) {
			continue // no name, or one that runs on
		}
		// the raw mentions the name covers
		j := ri
		for j < len(raw) && raw[j].te <= k+1 {
			j++
		}
		c := j
		keep := false
		for c < len(raw) && raw[c].ts < e {
			if raw[c].typ == model.Person || raw[c].title || raw[c].te > e || raw[c].ts < k+1 {
				keep = true
			}
			c++
		}
		if keep {
			continue
		}
		if out == nil {
			out = make([]rawMention, 0, len(raw)+1)
		}
		out = append(out, raw[ri:j]...)
		out = append(out, rawMention{ts: k + 1, te: e, typ: model.Person})
		ri = c
		k = e - 1
	}
	if out == nil {
		return raw
	}
	return append(out, raw[ri:]...)
}

// nextCalling is the first token from k on (k at least 1) that is a
// person's role as written or a calling after a determiner or a
// possessive, in lower case and before a capital in its sentence, or
// len(toks)-1 where none is: a loop of its own over the tokens, with few
// variables live.
func nextCalling(toks []token, k int) int {
	for ; k+1 < len(toks); k++ {
		n := &toks[k+1]
		if !n.capital {
			continue // most words: the capital after asked first, alone
		}
		t := &toks[k]
		if t.capital || n.sent != t.sent {
			continue
		}
		// callingNoun's first test inlined (six bytes or more, ending in
		// "t"): few words before a capital end so
		if t.isAsWritten(wkPersonRole) || len(t.low) >= 6 && t.low[len(t.low)-1] == 't' && callingNoun(t.low) && toks[k-1].in(wcDeterminer|wcPossessive) {
			return k
		}
	}
	return len(toks) - 1
}

// callingNameWord: a word of a person's name after a calling's noun: a
// name word of letters, never written in lower case in the article, and
// no head of a body's or a place's name, no party's or faith's word, no
// newspaper's or firm's word, and no pronoun ("the president I'll …").
func callingNameWord(tz *tokenized, e int) bool {
	t := &tz.toks[e]
	return t.capital && t.isNameWord() && wordOfLetters(t.text) && tz.lex(e)&(lxFaithWords|lxPartyForms) == 0 &&
		!t.in(wcHead|wcStarter|wcCalendar|wcPersonTitle|wcStateHead|wcDescriptor|wcPronoun) &&
		!t.is(wkNewspaperHead|wkCompanyHead|wkPublisherHead|wkMediaNoun) &&
		!strings.HasPrefix(t.low, "i'") && !strings.HasPrefix(t.low, "i’") && !tz.usedInLowerCase(t.low)
}

// callingNoun: a noun of a calling made with "-ist", six letters or more:
// "cellist", "pianist", "novelist"; not the words that end so and name no
// one ("checklist", "insist").
func callingNoun(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "ist") && !notCallings[w] && isLowerWord(w)
}
