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
	if r.id != "" {
		return false
	}
	toks := at.tz.toks
	j := tokenAt(toks, r.mention.Start) - 1
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
// at k is an unnamed noun phrase right after a verb in its base form, after
// a modal or "to" ("would refund any fees charged", "to waive the charges
// claimed"), when k is a participle in -ed. A verb that takes a clause of
// its own ("would say the mayor claimed", "to hope the plan worked") is
// left alone: the phrase after it may be the clause's subject.
func (at *attributor) verbObject(r attribution, k, lo int) bool {
	if r.id != "" || !strings.HasSuffix(at.tz.toks[k].low, "ed") {
		return false
	}
	toks := at.tz.toks
	v := tokenAt(toks, r.mention.Start) - 1
	if v-1 < lo || at.qtok[v] >= 0 || at.qtok[v-1] >= 0 || !isLowerWord(toks[v].text) || !isLowerWord(toks[v-1].text) {
		return false
	}
	w := toks[v].low
	if !modalWords[toks[v-1].low] && toks[v-1].low != "to" || at.isCue(v) || isCueWord(w) || clauseVerbs[w] ||
		beForms[w] || toks[v].in(wcDeterminer|wcPreposition) || clauseBreaks[w] || pronouns[w] != "" {
		return false
	}
	return true
}
