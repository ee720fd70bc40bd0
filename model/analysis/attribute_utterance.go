package analysis

import "github.com/byline-reader/byline/model"

// namedOwnWords is the "owner's words" step for an owner written as a
// name: "Colling's verdict: “…”", "Reed's response: “…”", "Osei's
// statement read: “…”". A person's own words are that person speaking,
// as "her statement" is (coref_heads.go's ownedSource, which reads a
// possessive pronoun); sport and wire copy name the owner instead, and
// a noun of a reply or a judgment (utteranceHeads) counts as own words
// too. The phrase is the owner, "'s", at most two lower-case modifiers
// and the noun; ok is false for any other.
func (at *attributor) namedOwnWords(s, e int) (attribution, bool) {
	toks := at.tz.toks
	if e-s < 2 || e-s > 6 {
		return attribution{}, false
	}
	head := toks[e-1].low
	if !utteranceHeads[head] && !ownWordHeads[head] {
		return attribution{}, false
	}
	// the possessive that opens the modifiers of the noun
	p := -1
	for k := e - 2; k >= s && e-1-k <= 3; k-- {
		if isPossessive(toks[k].text) {
			p = k
			break
		}
		if !isLowerWord(toks[k].text) || at.ment[k] >= 0 {
			return attribution{}, false
		}
	}
	if p < 0 {
		return attribution{}, false
	}
	o := p - 1
	if o < s || at.ment[o] < 0 || at.mend[o] != p || at.mstart[o] != s || at.a.Entities[at.ment[o]].Type != model.Person {
		return attribution{}, false // the whole owner is one person's name
	}
	r := at.entityAttribution(o)
	r.mention = model.Span{Start: toks[s].Start, End: toks[e-1].End}
	return r, r.ok
}

// ownerBeforeColon reads a clause before a colon that is only a pronoun
// owner's words or verdict: "His verdict: “…”", "Her answer was simple:
// “…”", "Their reply: “…”". The owner the pronoun chains give speaks; the
// subject reader, which looks for a person or a pronoun subject, finds
// none in "His verdict". toks[lo:colon] is the clause; ok is false for any
// other.
func (at *attributor) ownerBeforeColon(lo, colon int) (attribution, bool) {
	toks := at.tz.toks
	if w := toks[lo].low; w != "his" && w != "her" {
		return attribution{}, false
	}
	h := lo + 1
	for h < colon && h-lo <= 3 && isLowerWord(toks[h].text) && !utteranceHeads[toks[h].low] && !ownWordHeads[toks[h].low] {
		h++
	}
	if h >= colon || h-lo > 3 || !isLowerWord(toks[h].text) {
		return attribution{}, false
	}
	// after the noun: nothing, or a form of "be" and one word ("was simple")
	if rest := colon - h - 1; rest != 0 && !(rest <= 2 && at.word(h+1).in(awBeForm) && (rest == 1 || isLowerWord(toks[h+2].text))) {
		return attribution{}, false
	}
	ref, ok := at.pron[lo]
	if !ok || ref < 0 {
		return attribution{}, false
	}
	en := at.a.Entities[ref]
	return attribution{speaker: en.Name, id: en.ID, mention: model.Span{Start: toks[lo].Start, End: toks[h].End}, ok: true}, true
}
