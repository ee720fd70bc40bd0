package analysis

import "github.com/byline-reader/byline/model"

// A holder of the role brought in without a name after the named one:
// "Government spokesman Wilfried Hounkpe rejected the accusations. … A
// police spokesman said 23 people had been arrested. “…,” the spokesman
// said" is the police spokesman, not Hounkpe. roleHolder asked newHolder
// only of a holder beyond reach; the description of the latest holder
// means the one brought in since wherever the text brings one in, and
// the margin shows the description that brought them in, "a police
// spokesman", as for a pronoun (anonymousSpeaker, coref34_anon.go). The
// chains leave such a description to this step when the unnamed person
// they hold (coref34_anon.go) was brought in by the role's noun in its
// paragraph or the one before.

// latestMention is the first token of the latest mention of the entity
// ei before token s, outside quotations, or -1.
func (at *attributor) latestMention(ei, s int) int {
	for j := s - 1; j >= 0; j-- {
		if at.ment[j] == ei && at.qtok[j] < 0 {
			return at.mstart[j]
		}
	}
	return -1
}

// unnamedHolderSince reports whether a holder of the role is brought in
// without a name between tokens from and s, outside quotations: "a", "an",
// "another" or "one", at most three lower-case words ("a police", "a
// senior government"), and the role's noun, with no name after it, nor
// before it as its apposition. It gives the description's first token and
// its noun, or -1.
func (at *attributor) unnamedHolderSince(from, s int, role string) (int, int) {
	toks := at.tz.toks
	for k := max(from+1, 1); k < s; k++ {
		if at.qtok[k] >= 0 || !sameRoleNoun(toks[k].low, role) || !isLowerWord(toks[k].text) {
			continue
		}
		if n := k + 1; n < len(toks) && (at.ment[n] >= 0 || toks[n].capital && toks[n].sent == toks[k].sent) {
			continue // "a police spokesman, Ivo Marsh," or "spokesman Ivo Marsh": named
		}
		p := k - 1
		for p > from && k-p <= 3 && isLowerWord(toks[p].text) && !toks[p].in(wcDeterminer|wcPreposition) && at.ment[p] < 0 {
			p--
		}
		if w := toks[p].low; w != "a" && w != "an" && w != "another" && w != "one" {
			continue
		}
		if p >= 2 && toks[p-1].text == "," && at.ment[p-2] >= 0 {
			continue // "Kofi Owusu, a geologist at …": the name's apposition
		}
		return p, k
	}
	return -1, -1
}

// unnamedHolder is the description that brought in, in the paragraph of
// the description toks[s:e] or the one before, the one holder of its role
// the article gives no name: "A senior official at the company, who asked
// not to be named, said buyers wanted more. “…,” the official said" shows
// "a senior official". ok is false when there is none.
func (at *attributor) unnamedHolder(s, e int, role string) (attribution, bool) {
	toks := at.tz.toks
	if role == "" || thingNouns[role] || documentNouns[role] || documentHeads[role] || moreDocumentHeads[role] || ownWordHeads[role] || bodyDescriptionNouns[role] {
		return attribution{}, false // "the lawsuit", "the document": no one
	}
	from := s
	for from > 0 && toks[from-1].para >= toks[s].para-1 {
		from--
	}
	// the latest use of the role's noun before s must be the one that
	// brought the holder in: "Varga's spokesman" after it is another
	last := -1
	for k := s - 1; k >= from; k-- {
		if at.qtok[k] < 0 && sameRoleNoun(toks[k].low, role) {
			last = k
			break
		}
	}
	if last < 0 {
		return attribution{}, false
	}
	d, h := at.unnamedHolderSince(last-4, last+1, role)
	if d < 0 || h != last {
		return attribution{}, false
	}
	r := at.anonymousSpeaker(s, [2]int32{int32(d), int32(h)})
	r.mention = model.Span{Start: toks[s].Start, End: toks[e-1].End}
	return r, true
}

// sameRoleNoun reports whether the word w names the role, or a role one
// of its holders may be called by: "spokesman" for "spokesperson".
func sameRoleNoun(w, role string) bool {
	if w == role {
		return true // "the official" after "a senior official", a word no role list holds
	}
	r := roleHead(w)
	return r != "" && (r == role || roleMatches(r, role) || roleMatches(role, r) || spokesNouns[w] && spokesNouns[role])
}

// unnamedPersonHead reports whether w, a head of unnamed sources, is a
// noun of one person ("official", "source", "witness"), not of a body, a
// document or a group ("the ministry", "the statement", "the police").
func unnamedPersonHead(w string) bool {
	return unnamedHeads[w] && !bodyDescriptionNouns[w] && !documentNouns[w] && !ownWordHeads[w] && !unnamedGroupHeads[w] &&
		!peoplePlural(w)
}

// unnamedGroupHeads are heads of unnamed sources that name a body, a
// document or a group rather than one person.
var unnamedGroupHeads = wordSet(`statement report police government administration campaign committee department agency
office ministry staff family people authorities`)
