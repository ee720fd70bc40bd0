package analysis

import "strings"

// bearerWithTail reads the speech verb at k as the verb of a thing that
// bears words whose description runs on to the verb: "A banner draped
// across the town hall steps read “…”", "A sign on the door of the bakery
// read “…”". The thing is the subject, never the object of a preposition
// in its description. The thing's phrase opens with an article or a
// possessive that no preposition governs ("The man with the sign said" is
// the man's), and its description is a participle or a preposition and
// what they govern, with no verb, pronoun, comma or clause of its own.
func (at *attributor) bearerWithTail(k, lo int) attribution {
	toks := at.tz.toks
	for d := k - 2; d >= lo && k-d <= 12 && at.qtok[d] < 0 && toks[d].sent == toks[k].sent; d-- {
		t := &toks[d]
		if !hasLetterOrDigit(t.text) || pronounOf(t) != "" || at.word(d).in(awClauseBreak|awBeForm) || at.isCue(d) ||
			bearingVerbs[t.low] || t.low == "that" || t.low == "which" || t.low == "who" {
			return attribution{}
		}
		if !wordBearers[t.low] || !isLowerWord(t.text) {
			continue
		}
		// what follows the thing describes it: a participle or a preposition
		if f := &toks[d+1]; !f.in(wcPreposition) && !placePhraseOpeners[f.low] && !(isLowerWord(f.text) && (strings.HasSuffix(f.low, "ed") || strings.HasSuffix(f.low, "ing") || hungParticiples[f.low])) {
			return attribution{}
		}
		for s := d - 1; s >= lo && d-s <= 4 && at.qtok[s] < 0 && toks[s].sent == toks[d].sent; s-- {
			b := &toks[s]
			if b.in(wcDeterminer|wcPossessive) && b.low != "that" {
				if s > lo && (toks[s-1].in(wcPreposition) || placePhraseOpeners[toks[s-1].low]) {
					return attribution{}
				}
				return at.bearerPhrase(s, d, k)
			}
			if b.in(wcPreposition) || !hasLetterOrDigit(b.text) || pronouns[b.low] != "" || clauseBreaks[b.low] || beForms[b.low] || at.isCue(s) || bearingVerbs[b.low] {
				break
			}
		}
		return attribution{}
	}
	return attribution{}
}

// hungParticiples are participles without -ed that say where a thing that
// bears words hangs or stands: "a banner hung across the gates".
var hungParticiples = wordSet(`hung strung stuck spread set put laid`)
