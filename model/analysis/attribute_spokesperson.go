package analysis

import "github.com/byline-reader/byline/model"

// "A spokesperson for Harlow Water said", "an official at the ministry
// said": an unnamed person who speaks for an organisation gives the
// organisation's words, and the reader sees the organisation in the
// margin, resolved where the phrase names it by description ("the
// company", "the ministry", "the council": the latest organisation of that
// kind, by the organisation description step of coref_heads.go). The
// organisation's name alone is the label: a spokesperson has no name of
// their own in the story, and the words are the body's statement, as in
// "Harlow Water said". The mention stays the whole phrase. A spokesman for
// a person ("a spokesman for Ola Brandt") or a place ("a spokesman for
// Vell Harbour", which may be a town's council or a short form of a
// firm's name) is left as the phrase.

// spokesBody reads toks[s:e] as a determiner, at most two modifiers, a noun
// for one who speaks for a body (spokesRoles; a bare plural needs no
// determiner), a word that joins it to the body ("for", "of", "at",
// "with") and the organisation: its name, or "the" and a noun for it that
// the organisation and body description steps resolve (coref_heads.go).
// "The company's spokeswoman" is read as well (possessedSpokes). ok is
// false for any other phrase, or when no organisation fits.
func (at *attributor) spokesBody(s, e int) (attribution, bool) {
	toks := at.tz.toks
	if r, ok := at.possessedSpokes(s, e); ok {
		return r, true // "the company's spokeswoman"
	}
	h := s + 1
	if spokesRoles[toks[s].low] {
		h = s // "officials at the ministry": a bare plural
	} else if !toks[s].in(wcDeterminer) {
		return attribution{}, false
	}
	if e-h < 3 {
		return attribution{}, false
	}
	for h < e && h-s <= 3 && !spokesRoles[toks[h].low] {
		if !isLowerWord(toks[h].text) || at.ment[h] >= 0 || at.qtok[h] >= 0 {
			return attribution{}, false
		}
		h++
	}
	if h+2 >= e || !spokesRoles[toks[h].low] || !roleLinks[toks[h+1].low] {
		return attribution{}, false
	}
	b := h + 2
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	if at.ment[b] >= 0 && at.mstart[b] == b && at.mend[b] == e {
		en := at.a.Entities[at.ment[b]]
		if en.Type != model.Organization {
			return attribution{}, false
		}
		return attribution{speaker: en.Name, id: en.ID, mention: span, ok: true}, true
	}
	if e-b != 2 || toks[b].low != "the" || !isLowerWord(toks[b+1].text) {
		return attribution{}, false
	}
	return at.resolvedBody(b, e, span)
}

// possessedSpokes reads toks[s:e] as "the", a noun of an organisation's
// kind, a possessive and a spokesperson ("the company's spokeswoman", "the
// ministry's chief spokesman"), and resolves the organisation as spokesBody
// does.
func (at *attributor) possessedSpokes(s, e int) (attribution, bool) {
	toks := at.tz.toks
	if e-s < 4 || e-s > 6 || toks[s].low != "the" || !isLowerWord(toks[s+1].text) || !isPossessive(toks[s+2].text) ||
		!spokesRoles[toks[e-1].low] {
		return attribution{}, false
	}
	for k := s + 3; k < e-1; k++ {
		if !isLowerWord(toks[k].text) || at.ment[k] >= 0 || at.qtok[k] >= 0 {
			return attribution{}, false
		}
	}
	return at.resolvedBody(s, s+2, model.Span{Start: toks[s].Start, End: toks[e-1].End})
}

// resolvedBody resolves "the company" at toks[b:e] to the organisation it
// names (the organisation description step of coref_heads.go) and gives
// the attribution of the phrase span to it; ok is false when no
// organisation fits.
func (at *attributor) resolvedBody(b, e int, span model.Span) (attribution, bool) {
	r, ok := at.describedOrganisation(b, e)
	if !ok || r.id == "" {
		return attribution{}, false
	}
	if ei := at.entityIndex(r.id); ei < 0 || at.a.Entities[ei].Type != model.Organization {
		return attribution{}, false
	}
	r.mention = span
	return r, true
}

// peopleHead reports whether w names people who may speak as a group:
// "officials", "members", "residents".
func peopleHead(w string) bool {
	return spokesRoles[w] || unnamedHeads[w] || peoplePlural(w)
}

// headBeforePhrase reports whether toks[s:e], a phrase with no determiner,
// is a head of people (peopleHead) after at most two modifiers, then a
// preposition and what they are of or where they are: "officials at the
// ministry", "local officials in Kessmoor", "members of the public".
func (at *attributor) headBeforePhrase(s, e int) bool {
	toks := at.tz.toks
	for h := s; h < e-2 && h-s <= 2; h++ {
		if at.qtok[h] >= 0 || !hasLetter(toks[h].low) || at.word(h).in(awClauseBreak) || toks[h].cueWord() {
			return false
		}
		if at.ment[h] < 0 && peopleHead(toks[h].low) && toks[h+1].in(wcPreposition) && isLowerWord(toks[h+1].text) {
			return true
		}
	}
	return false
}
