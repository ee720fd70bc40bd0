package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// A phrase of place, time or manner that opens a sentence with no comma
// after it ("In a post on its website the company said …", "Earlier this
// year the treasurer warned …", "Despite the rain about 200 residents
// chanted …") is no part of the subject: the subject is the phrase that
// follows it. The scan for a subject phrase (commonPhraseEndingAt) reads
// left from the verb over both; a phrase that opens right after the object
// of a preposition, or right after a phrase of time, with no word to join
// the two, marks where the subject begins.
//
// In the same way a name a preposition or a participle governs is no
// subject: "a nurse from Holm said" is the nurse's account, not Holm's,
// and "nurses interviewed by the Holm Courier described" the nurses'.

// frontedPhraseEnd reports whether a subject phrase opens at token k after
// a fronted phrase that takes up toks[s:k]: k is an article, or "about",
// "nearly" and the like before a number ("about 200 residents"), and the
// words before it are the object of a preposition (afterPrepositionObject)
// or a phrase of time (timePhrase).
func (at *attributor) frontedPhraseEnd(s, k int) bool {
	toks := at.tz.toks
	t := toks[k]
	opens := phraseArticles[t.low] || approx[t.low] && k+1 < len(toks) && isDigitAt(toks[k+1].text, 0)
	if !opens || !isLowerWord(t.text) || at.qtok[k] >= 0 {
		return false
	}
	return at.timePhrase(s, k) || at.afterPrepositionObject(s, k) || at.articlePhrase(s, k)
}

// articlePhrase reports whether toks[s:k] is a short noun phrase of its
// own that opens with an article or possessive and ends in a noun, so that
// an article right after it opens another: ", a move | the union called
// “…”" (a relative clause with no "that"). A phrase that opens with a word
// that may stand alone ("both", "some", "two") may end in a verb instead
// ("both oppose an …") and is left alone.
func (at *attributor) articlePhrase(s, k int) bool {
	toks := at.tz.toks
	if k-s < 2 || k-s > 4 || !phraseArticles[toks[s].low] || !at.nounBefore(k) {
		return false
	}
	for p := s + 1; p < k; p++ {
		if w := toks[p].low; !hasLetter(w) || toks[p].in(wcPreposition|wcDeterminer) || clauseBreaks[w] || at.qtok[p] >= 0 {
			return false
		}
	}
	return true
}

// afterPrepositionObject reports whether the token before k ends the
// object of a preposition that stands in toks[s:k]: that token is a noun
// (nounBefore: "a meeting in Holm | the treasurer"), and a preposition
// stands between s and it ("a post on its website | the company") or
// opens the sentence right before s ("Near | the harbour wall | the
// fishermen").
func (at *attributor) afterPrepositionObject(s, k int) bool {
	toks := at.tz.toks
	if !at.nounBefore(k) {
		return false
	}
	for p := s; p < k-1; p++ {
		if toks[p].in(wcPreposition) && isLowerWord(toks[p].text) {
			return true
		}
	}
	return s > 0 && toks[s-1].sent == toks[s].sent && toks[s-1].in(wcOpening|wcPreposition) &&
		(s == 1 || toks[s-2].sent != toks[s].sent)
}

// timePhrase reports whether toks[s:k] is a phrase of time and nothing
// else: "this year", "two days later", "last Friday", words of time and
// numbers around a noun of time.
func (at *attributor) timePhrase(s, k int) bool {
	toks := at.tz.toks
	noun := false
	for p := s; p < k; p++ {
		w := toks[p].low
		switch {
		case timeSpanWords[w] || timeNouns[w] || calendarWords[w]:
			noun = true
		case timeDeterminers[w] || numberWords[w] || isDigitAt(w, 0) || w == "a" || w == "an" || w == "later" || w == "earlier" || w == "ago":
		default:
			return false
		}
	}
	return noun
}

// nounBefore reports whether the token before k can end a noun phrase: a
// word in lower case that is no article, preposition, possessive,
// conjunction, quantity or verb in -ed or -ing, or a capitalised name.
func (at *attributor) nounBefore(k int) bool {
	b := at.tz.toks[k-1]
	return hasLetter(b.low) && at.qtok[k-1] < 0 && !(isLowerWord(b.text) && (b.in(wcDeterminer|wcPreposition|wcPossessive) || clauseBreaks[b.low] ||
		quantityNouns[b.low] || approx[b.low] || predeterminers[b.low] || strings.HasSuffix(b.low, "ed") || strings.HasSuffix(b.low, "ing")))
}

// placeAfterNoun reports whether the mention at token j is a place governed
// by a preposition that follows a noun for people, in lower case or opening
// the sentence ("a nurse from Holm", "Voters in Holm"): the place
// qualifies the noun, and the noun's phrase is the subject, not the place.
func (at *attributor) placeAfterNoun(j, lo int) bool {
	return at.a.Entities[at.ment[j]].Type == model.Place && at.nameAfterPeopleNoun(j, lo)
}

// nameAfterPeopleNoun reports whether the mention at token j, the name of
// a place or body, is governed by a preposition, past an article, that
// follows a noun for people: "a nurse from Holm", "a nurse at the Holm
// General Hospital".
func (at *attributor) nameAfterPeopleNoun(j, lo int) bool {
	toks := at.tz.toks
	if at.a.Entities[at.ment[j]].Type == model.Person {
		return false
	}
	p := at.mstart[j] - 1
	if p > lo && toks[p].low == "the" {
		p--
	}
	if p-1 < lo || !toks[p].in(wcPreposition) || !isLowerWord(toks[p].text) {
		return false
	}
	n := toks[p-1]
	return at.commonWord(p-1) && at.qtok[p-1] < 0 && (unnamedHeads[n.low] || personNouns[n.low] || roleHead(n.low) != "" || peoplePlural(n.low))
}

// commonWord reports whether token k is a word in lower case, or a word
// that opens its sentence and is no name ("Voters in Holm said").
func (at *attributor) commonWord(k int) bool {
	toks := at.tz.toks
	return isLowerWord(toks[k].text) || (k == 0 || toks[k-1].sent != toks[k].sent) && at.ment[k] < 0 && hasLetter(toks[k].low)
}

// agentOfParticiple finds the participle whose agent the mention at token
// j is, when the participle qualifies a noun before it ("members
// interviewed by the Kessary Times", "an email obtained by Citizens
// United"): the noun's phrase is the subject, and the agent only did the
// interviewing or the obtaining. A participle after a form of "be" or
// "have" is a verb of its own and is left to the passive rules. It returns
// the participle's token, or -1.
func (at *attributor) agentOfParticiple(j, lo int) int {
	toks := at.tz.toks
	b := at.mstart[j] - 1
	if b > lo && toks[b].low == "the" {
		b--
	}
	if b-2 < lo || toks[b].low != "by" {
		return -1
	}
	v, n := toks[b-1], toks[b-2]
	if !isLowerWord(v.text) || !strings.HasSuffix(v.low, "ed") || at.qtok[b-1] >= 0 ||
		!at.commonWord(b-2) || !at.nounBefore(b-1) || beForms[n.low] || haveForms[n.low] || at.ment[b-2] >= 0 {
		return -1
	}
	return b - 1
}

// trailingTime finds where a phrase of time that ends toks[s:e] begins,
// "this week", "last year", "on Monday", so that a subject phrase read up
// to its verb leaves it out; e when there is none, and never s.
func (at *attributor) trailingTime(s, e int) int {
	toks := at.tz.toks
	if e-2 <= s {
		return e
	}
	w, d := toks[e-1].low, toks[e-2].low
	if !(timeNouns[w] || timeSpanWords[w]) || !timeDeterminers[d] || !isLowerWord(toks[e-2].text) {
		if !weekdays[w] || d != "on" {
			return e
		}
	}
	// what is left must be a noun phrase that ends in its noun, not a
	// clause ("a document he drew up last year") or a participle ("a
	// report issued earlier this year")
	t := e - 2
	for k := s; k < t; k++ {
		if pronounOf(&toks[k]) != "" {
			return e
		}
	}
	if !at.nounBefore(t) || toks[t-1].in(wcSubjectSkip) {
		return e
	}
	return t
}
