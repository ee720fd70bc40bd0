package analysis

import "github.com/byline-reader/byline/model"

// A person's name inside a name the tagger read as a body or a place: the
// tagger learnt whole capitalised runs, so it reads "RealClearPolitics'
// Dana Byler", "the Gazette's Tomas Brandvold", "Representative Steve
// Israel" and "Secretary of State Madeleine Albright" (as "State
// Madeleine Albright") as one organisation, and the margin then shows the
// organisation, or the title, around the person. The person is the name
// after the possessive, or a known given name and the surname after it
// that close the run; what stands before is the body the person belongs
// to, or a title that is no name at all.

// splitOwners splits such runs in raw (in text order) into the owner or
// title before and the person after; a title alone is dropped. Runs the
// tagger typed a person are left to the other mends.
func splitOwners(toks []token, raw []rawMention) []rawMention {
	var out []rawMention
	for i, r := range raw {
		p, ok := ownedPerson(toks, r)
		if !ok {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([]rawMention, 0, len(raw)+2), raw[:i]...)
		}
		owner := p
		if isPossessive(toks[p-1].text) {
			owner = p - 1
		}
		if owner > r.ts && !titleWords(toks, r.ts, owner) && !allTitles(toks, r.ts, owner) {
			out = append(out, rawMention{ts: r.ts, te: owner, typ: r.typ})
		}
		out = append(out, rawMention{ts: p, te: r.te, typ: model.Person})
	}
	if out == nil {
		return raw
	}
	return out
}

// ownedPerson finds where the person of the non-person run r starts: after
// a possessive inside it, name words to its end ("Democracy Corps' Stan
// Greenberg"); or a known given name with one or two name words after it
// that end the run, after a title or a capitalised word
// ("Representative Steve Israel", "State Madeleine Albright"). A run that
// ends in a head word of a body or a place ("Ronald Reagan Airport"),
// whose given name opens it ("Walt Disney") or follows no title ("San
// Francisco Giants") keeps its type.
func ownedPerson(toks []token, r rawMention) (int, bool) {
	if r.typ == model.Person || r.title || r.te-r.ts < 2 {
		return 0, false
	}
	te := letterEnd(toks, r.ts, r.te)
	if te != r.te || !toks[te-1].isNameWord() {
		return 0, false
	}
	for k := r.ts + 1; k < te-1; k++ {
		if isPossessive(toks[k].text) {
			if nameWordsTo(toks, k+1, te) && (te-k-1 >= 2 || givenNameGender(toks[k+1].low) != "") {
				return k + 1, true
			}
			return 0, false
		}
	}
	for g := max(r.ts+1, te-3); g < te-1; g++ {
		if givenNameGender(toks[g].low) != "" && nameWordsTo(toks, g, te) && titledAt(toks, r.ts, g-1) {
			return g, true
		}
	}
	return 0, false
}

// titledAt reports whether the word at k, in a run that starts at ts, is a
// title or role ("Representative", "Advocate" is not), or the office
// word of "Secretary of State" and the like: the given name after it
// opens the person's name, where in "San Francisco Giants" and "Mary Joe
// Fernandez" it does not.
func titledAt(toks []token, ts, k int) bool {
	const title = wcPersonTitle | wcTitleModifier | wcTitleSeed | wcRoleNoun
	if toks[k].in(title) {
		return true
	}
	return k == ts && ts >= 2 && toks[ts-1].low == "of" && toks[ts-2].in(title) && toks[ts-2].capital
}

// nameWordsTo reports whether toks[k:te] are all words of a person's name
// (initials and suffixes included).
func nameWordsTo(toks []token, k, te int) bool {
	if k >= te {
		return false
	}
	for ; k < te; k++ {
		if !toks[k].isNameWord() && !isInitial(toks[k].text) && !(toks[k].in(wcSuffix) && suffixes[toks[k].text]) {
			return false
		}
	}
	return true
}

// allTitles reports whether every word of toks[ts:te] is a title or a word
// that qualifies one ("Representative", "Former Deputy"), which names no
// body.
func allTitles(toks []token, ts, te int) bool {
	for k := ts; k < te; k++ {
		if !toks[k].in(wcPersonTitle | wcTitleModifier | wcTitleSeed) {
			return false
		}
	}
	return te > ts
}

// personStartsAt reports whether a person's name starts at token k: a
// known given name and a name word after it ("Stan Greenberg"), or, after
// a plural's bare possessive ("Reuters’", "News’"), two or three name
// words that end the run of capitals ("Reuters’ Luciana Lopez argued"),
// where a body's name goes on to its head ("Workers’ Revolutionary
// Party"). A name does not run on through a possessive into a person:
// "Democracy Corps' Stan Greenberg" is the body's person, not one name
// (types.go, possessorInName).
func personStartsAt(toks []token, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].isNameWord() || toks[k+1].sent != toks[k].sent {
		return false
	}
	if givenNameGender(toks[k].low) != "" {
		return true
	}
	if k < 1 || toks[k-1].text != "’" && toks[k-1].text != "'" || !toks[k].isNameWord() {
		return false
	}
	e := k + 2
	if e < len(toks) && toks[e].sent == toks[k].sent && toks[e].isNameWord() {
		e++ // a third word
	}
	return e >= len(toks) || toks[e].sent != toks[k].sent || !toks[e].capital
}
