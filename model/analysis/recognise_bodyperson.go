package analysis

import "github.com/byline-reader/byline/model"

// bodyThenPerson splits a name of a body that runs on through a word of
// a role into a person's: "DNC Chair Debbie Wasserman Schultz", "Harbour
// News Anchor Tilde Varga". The tagger, seeing one run of capitals, reads
// it all as the body, and the person is lost from the people. splitOwners
// does this where the person's given name is one it knows; here the role
// word, capitalised inside the run, says a person follows. The person is
// the last two or three words after it, each a name word the article
// never writes in lower case and none a head of a body's or a place's
// name; the body is what stands before the role word.
func bodyThenPerson(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var out []rawMention // made at the first split: most articles have none
	for i := range raw {
		if r := &raw[i]; r.typ == model.Person && possessorBody(tz, r.ts, r.te) {
			r.typ = model.Organization
		} else if r.typ != model.Person && roleOpensName(tz, *r) {
			r.ts, r.typ = r.ts+1, model.Person // "Midfielder Tebogo Sithole", typed a body
		}
	}
	for i, r := range raw {
		ps := -1
		if (r.typ == model.Organization || r.typ == model.Place) && !r.title && r.te-r.ts >= 3 {
			ps = personAfterBody(tz, r.ts, r.te)
		}
		typ := r.typ
		if r.typ == model.Person && !r.title && r.te-r.ts >= 4 {
			// "Kessary County Prosecutor Dana Whitmore", typed a person
			// whole: a place's office between the place and the holder
			if ps = personAfterBody(tz, r.ts, r.te); ps >= 0 && !(placeOffices[toks[ps-1].low] && placeUnits[toks[ps-2].low]) {
				ps = -1
			}
			typ = model.Place
		}
		if ps < 0 {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = make([]rawMention, 0, len(raw)+4)
			out = append(out, raw[:i]...)
		}
		be := r.ts
		for be < ps && !bodyRoleAt(tz, be) {
			be++
		}
		if be > r.ts && !(be-r.ts == 1 && placeUnits[toks[r.ts].low]) {
			out = append(out, rawMention{ts: r.ts, te: be, typ: typ}) // not "County" alone
		}
		out = append(out, rawMention{ts: ps, te: r.te, typ: model.Person})
	}
	if out == nil {
		return raw
	}
	return out
}

// personAfterBody is where a person's name of two or three words starts
// at the end of the body's name [ts, te), after a role word, or -1
// (bodyThenPerson).
func personAfterBody(tz *tokenized, ts, te int) int {
	toks := tz.toks
	for j := max(ts+1, te-3); j <= te-2; j++ {
		if b := &toks[j-1]; !b.capital || !bodyRoleAt(tz, j-1) {
			continue
		}
		ok := !hasHeadWord(tz, j, te)
		for k := j; k < te && ok; k++ {
			t := &toks[k]
			ok = t.capital && t.isNameWord() && wordOfLetters(t.text) && !t.in(wcDescriptor|wcCompass|wcPersonTitle) &&
				!t.is(wkCompanyHead|wkPublisherHead|wkNewspaperHead) && !tz.usedInLowerCase(t.low) && !bodyRoleAt(tz, k)
		}
		if ok {
			return j
		}
	}
	return -1
}

// possessorBody reports whether the name [ts, te), of two words or more,
// is a body that owns the person after it: its last word a head of a
// body's name and a plural's bare possessive after it ("Tarrow News’
// Luciana Brevik"), which possessorInName no longer runs on into the
// person's name and the tagger often reads as a person's.
func possessorBody(tz *tokenized, ts, te int) bool {
	toks := tz.toks
	if te-ts < 2 || te+1 >= len(toks) || toks[te].text != "’" && toks[te].text != "'" {
		return false
	}
	last := &toks[te-1]
	return (last.in(wcOrgHead) || last.is(wkCompanyHead|wkPublisherHead|wkNewspaperHead) || bodyShortHeads[last.low]) &&
		personStartsAt(toks, te+1)
}

// bodyRoleAt: the word at k is a role held in a body (bodyRoles), or an
// office of a place (placeOffices) that news writes capitalised between
// the place's name and the holder's ("Essex County Prosecutor Dana
// Whitfield", "Harris County Sheriff Ed Holm"), which the tagger may take
// whole for a place (furn30). Both lists by the word's lexicon bits.
func bodyRoleAt(tz *tokenized, k int) bool { return tz.lex(k)&(lxBodyRoles|lxPlaceOffices) != 0 }

// placeOffices are the offices of a county, a city or a state.
var placeOffices = wordSet(`prosecutor sheriff attorney commissioner executive clerk coroner auditor assessor
supervisor administrator comptroller controller recorder solicitor`)

// placeUnits end the names of the places whose offices placeOffices are.
var placeUnits = wordSet(`county city state district borough parish township`)

// roleOpensName reports whether the mention r, which the tagger typed no
// person's, is a role written with a capital and a person's name of two
// or three words after it: "Midfielder Tebogo Sithole", "Businessman Ana
// Ruiz" at a sentence's start (furn30). The name's words are name words
// the article never writes in lower case, none a word of a body's name,
// and no capitalised word runs on after them.
func roleOpensName(tz *tokenized, r rawMention) bool {
	toks := tz.toks
	if r.title || r.te-r.ts < 3 || r.te-r.ts > 4 {
		return false
	}
	if f := &toks[r.ts]; !f.capital || !f.is(wkPersonRole) || f.in(wcTitleSeed) {
		return false
	}
	if r.te < len(toks) && toks[r.te].capital && hasLetter(toks[r.te].text) || hasHeadWord(tz, r.ts+1, r.te) {
		return false
	}
	for k := r.ts + 1; k < r.te; k++ {
		t := &toks[k]
		if !t.capital || !t.isNameWord() || !wordOfLetters(t.text) || t.in(wcDescriptor|wcCompass|wcPersonTitle) ||
			t.isBodyWord() || tz.usedInLowerCase(t.low) || t.is(wkPersonRole) {
			return false
		}
	}
	return true
}
