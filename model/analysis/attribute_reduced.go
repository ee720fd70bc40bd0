package analysis

import "strings"

// A speech verb after a noun that a preposition governs is no verb of
// that noun: "X said in a statement read to the court that …", "she wrote
// in a letter sent to staff that …". The participle shortens a relative
// clause ("a statement that was read"), and the noun, the object of "in",
// cannot be a subject; the one who speaks is the subject of the verb
// before it.

// prepositionObject reports whether the subject r found before a speech
// verb is an unnamed noun phrase right after a preposition ("in a
// statement", "with a letter") that itself follows a speech verb
// ("said in a statement"), within the clause from lo. A subject phrase may
// end in a preposition's object ("voters in each state said"), but then a
// noun, not a speech verb, stands before the preposition.
func (at *attributor) prepositionObject(r attribution, lo int) bool {
	if r.id != "" || at.relativeMention(r) {
		return false // "found by a nurse at the hospital, who described": "who" is the subject
	}
	toks := at.tz.toks
	j := at.tokAt(r.mention.Start) - 1
	return j > lo && toks[j].in(wcPreposition) && isLowerWord(toks[j].text) && at.qtok[j] < 0 &&
		at.qtok[j-1] < 0 && isLowerWord(toks[j-1].text) && at.isCue(j-1)
}

// A speech verb in -ed after the object of another verb is no verb of that
// object either: "X said it would refund any fees charged during the
// outage and would consider “…”". The object of "would refund" cannot be
// the subject of a verb that follows it with no conjunction: "charged"
// shortens a relative clause ("fees that were charged"), and the words
// belong to whoever speaks the whole clause.

// verbObject reports whether the subject r found before the speech verb
// at k is an unnamed noun phrase right after a verb, when k is a
// participle in -ed. The verb is a base form after a modal or "to"
// ("would refund any fees charged", "to waive the charges claimed"), a
// participle after "has", "have" or "had" ("had refunded the fees
// charged"), a form in -ing after a form of "be" ("was refunding the fees
// charged"), or a past tense in -ed before an article or possessive
// ("refunded the fees charged"). A verb that takes a clause of its own
// ("would say the mayor claimed", "to hope the plan worked") or a speech
// verb is left alone: the phrase after it may be the clause's subject.
func (at *attributor) verbObject(r attribution, k, lo int) bool {
	toks := at.tz.toks
	if r.id != "" || !strings.HasSuffix(toks[k].low, "ed") {
		return false
	}
	n := at.tokAt(r.mention.Start)
	if e := at.tokAt(r.mention.End - 1); e < 0 || at.word(e).in(awRelativeWord) {
		return false // "quoted the manual, which called": the pronoun is the subject
	}
	v := n - 1
	if v-1 < lo || at.qtok[v] >= 0 || at.qtok[v-1] >= 0 || !isLowerWord(toks[v].text) {
		return false
	}
	w, aux := toks[v].low, ""
	if isLowerWord(toks[v-1].text) {
		aux = toks[v-1].low
	}
	if at.isCue(v) || isCueWord(w) || clauseVerbs[w] || beForms[w] || haveForms[w] || toks[v].in(wcDeterminer|wcPreposition) ||
		clauseBreaks[w] || pronouns[w] != "" {
		return false
	}
	switch {
	case modalWords[aux] || aux == "to":
		return true
	case haveForms[aux]:
		return strings.HasSuffix(w, "ed")
	case beForms[aux] && !isPossessive(aux):
		return strings.HasSuffix(w, "ing")
	}
	return at.pastVerb(v) && toks[n].in(wcDeterminer|wcPossessive)
}
