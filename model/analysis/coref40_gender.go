package analysis

import "github.com/byline-reader/byline/model"

// Gender learnt from the article's own clauses (genders, coref.go). Many
// given names of the world are in no list of byline's, so a person's
// gender has to come from what the text says of them. genders counts a
// pronoun for the one person named before it in a sentence of one
// person; in a sentence of two or more, these clause shapes tie a pronoun
// to its person just as surely, and each counts clauseGenderVote:
//
//   - a relative clause right after the name with a he or she, or a his
//     or her that owns no role: "… met Samer Haddad, who sold his mills",
//     not "Anand Rao, who was her aide";
//   - a speech verb after the name that opens a clause (past an
//     apposition or a relative clause between commas), then he or she:
//     "After the vote, Rania Saleh, a trader, said on Monday that she …";
//   - a reflexive in that clause before any other person, role noun or new
//     clause, or a his or her right after "and": "Sigrid Aasen found
//     herself facing Tor Joensen", "Tor Joensen and his crew met …";
//   - a spouse the name owns, or its relative clause: "Anand Rao's wife",
//     "Ngozi Eze, whose husband …".
//
// A his or her after a speech verb tells nothing ("Axel Berg said her
// plan …" is often another's). A him or an object her in the clause a name
// opens is someone else ("Samer Khalil congratulated her", boundObject),
// and a pronoun after a sentence that named two people votes for its
// subject, not for the last of them (genders' lastCount).

// clauseGenderVote is the weight of one clause that ties a pronoun to a
// name: above one pronoun in a sentence of one person (2), so that two
// agreeing clauses outweigh a given name's list (4).
const clauseGenderVote = 3

// clauseGenderVotes adds to votes (entity -> he, she) the clause shapes
// after every person's mention outside quotations, and after every
// description of descAt (gendersWith).
func (at *attributor) clauseGenderVotes(votes [][2]int, descAt []int32) {
	toks := at.tz.toks
	if list := at.genderTokens(); list != nil && descAt == nil {
		// the mentions' first tokens alone (genderTokens), past each
		// mention read as the walk below steps over it
		next := 0
		for _, k := range list {
			s := int(k)
			if s < next {
				continue
			}
			ei, e := at.ment[s], at.mend[s]
			if ei < 0 || at.mstart[s] != s {
				continue
			}
			next = e
			at.addClauseVote(votes, ei, s, e)
		}
		return
	}
	for s := 0; s < len(toks); s++ {
		ei, e := at.ment[s], at.mend[s]
		if descAt != nil && descAt[s] > 0 {
			ei, e = int(descAt[s])-1, at.desc[s].head+1 // "The lawyer said she …"
		} else if ei < 0 || at.mstart[s] != s {
			continue
		}
		at.addClauseVote(votes, ei, s, e)
		s = e - 1
	}
}

// addClauseVote adds the vote of the clause after the mention toks[s:e]
// of the person ei, outside quotations and where the given name does not
// already tell.
func (at *attributor) addClauseVote(votes [][2]int, ei, s, e int) {
	if at.a.Entities[ei].Type != model.Person || at.qtok[s] >= 0 || at.knownGivenOf(ei) {
		return
	}
	switch at.clauseGender(s, e) {
	case "m":
		votes[ei][0] += clauseGenderVote
	case "f":
		votes[ei][1] += clauseGenderVote
	}
}

// clauseGender is the gender the clause after the person's mention
// toks[s:e] tells of them, or "".
func (at *attributor) clauseGender(s, e int) string {
	toks := at.tz.toks
	sent := toks[s].sent
	in := func(j int) bool { return j < len(toks) && toks[j].sent == sent && at.qtok[j] < 0 }
	if !in(e) {
		return ""
	}
	if isPossessive(toks[e].text) && in(e+1) {
		return spouseGender(toks[e+1].low) // "Anand Rao's wife"
	}
	j := e
	if toks[e].text == "," && in(e+1) {
		if w := toks[e+1].low; w == "whose" && in(e+2) {
			return spouseGender(toks[e+2].low) // "Ngozi Eze, whose husband"
		} else if w == "who" {
			// the relative clause to its comma: its first he or she
			for j = e + 2; in(j) && j-e < 30; j++ {
				t := &toks[j]
				if at.ment[j] >= 0 || t.text == ";" || t.text == ":" || t.text == "," {
					break
				}
				if t.is(wkGenderedPronoun) {
					if t.low == "him" || (t.low == "her" || t.low == "his") && !at.ownedThing(j) {
						return "" // "Shah, who praised him,", "Sullivan, who was her aide,": someone else
					}
					return personalPronounGender(t.low)
				}
			}
		}
	}
	if !at.opensClause(s) {
		return "" // "Reed praised Shah and his plan": the name is an object
	}
	if toks[e].text == "," && in(e+1) && isLowerWord(toks[e+1].text) && !toks[e+1].in(wcDeterminer|wcPossessive|wcSubordinator) && toks[e+1].low != "who" &&
		at.apposedToPerson(s) {
		// the name is itself the apposition of the subject, a person's
		// noun, and its verb follows: "Karaca's lawyer, Emre Tuncel,
		// called the verdict a disgrace and said he would appeal"
		j = e + 1
	} else if toks[e].text == "," {
		// past an apposition or a relative clause between commas to the verb
		j = e + 1
		for in(j) && j-e < 25 && toks[j].text != "," {
			if at.ment[j] >= 0 || toks[j].text == ";" || toks[j].text == ":" || toks[j].is(wkGenderedPronoun) {
				// "Graham Reed, who supervised her doctorate, says she …":
				// a pronoun between names someone else, whom the "she" may be
				return ""
			}
			j++
		}
		if !in(j) || toks[j].text != "," {
			return ""
		}
		j++
	}
	// the clause the name opens: adverbs, then a speech verb and he or she,
	// or words to a reflexive or a possessive
	for in(j) && j-e < 8 {
		t := &toks[j]
		if at.ment[j] >= 0 || !isLowerWord(t.text) && !t.is(wkGenderedPronoun) {
			return ""
		}
		if t.in(wcSpeechCue) && at.isCue(j) {
			if g := at.reportedPronoun(j + 1); g != "" {
				return g
			}
		}
		if t.is(wkGenderedPronoun) {
			if pronounReflexive(t.low) || j == e+1 && toks[e].low == "and" && at.ownedThing(j) {
				return personalPronounGender(t.low) // "found herself", "Tor Joensen and his crew"
			}
			return ""
		}
		if t.low == "that" || t.low == "to" || t.in(wcSubordinator) || at.word(j).in(awRole) || at.word(j).in(awCommonNounOff) && (genericPersonNouns[t.low] || describedPersonNouns[t.low]) {
			return ""
		}
		j++
	}
	return ""
}

// opensClause reports whether the person's mention at s is the subject
// its sentence opens with, or that a comma, a semicolon or a conjunction
// after one opens: nothing but titles and role words before it.
func (at *attributor) opensClause(s int) bool {
	toks := at.tz.toks
	p := s - 1
	for p >= 0 && toks[p].sent == toks[s].sent && (toks[p].in(wcPersonTitle|wcRoleNoun) || at.word(p).in(awRole) || toks[p].capital && at.qtok[p] < 0 && !toks[p].in(wcDeterminer|wcPreposition)) {
		p--
	}
	if p >= 0 && toks[p].sent == toks[s].sent && at.word(p).in(awLeadConj) {
		p--
	}
	return p < 0 || toks[p].sent != toks[s].sent || toks[p].text == "," || toks[p].text == ";" || toks[p].text == ":"
}

// apposedToPerson reports whether the name at s stands in apposition to
// a person's noun right before its comma: "Karaca's lawyer, Emre Tuncel,"
// (not "the state capital, Sacramento,").
func (at *attributor) apposedToPerson(s int) bool {
	toks := at.tz.toks
	c := s - 1
	for c > 0 && toks[c].in(wcPersonTitle) && toks[c].capital && at.ment[c] < 0 {
		c--
	}
	if c < 1 || toks[c].text != "," || toks[c-1].sent != toks[s].sent {
		return false
	}
	w := toks[c-1].low
	return roleHead(w) != "" || describedPersonNouns[w] || genericPersonNouns[w] || describedGender(w) != ""
}

// reportedPronoun is the gender of a he or she that opens what the speech
// verb before token j reports, after "that", a weekday's "on" or "told
// reporters": "said he", "said on Monday that she"; or "" (not a his or
// her: "Reed said her plan" is often another's).
func (at *attributor) reportedPronoun(j int) string {
	toks := at.tz.toks
	for n := j; n < len(toks) && n-j < 4 && toks[n].sent == toks[j-1].sent && at.qtok[n] < 0; n++ {
		switch w := toks[n].low; {
		case w == "he" || w == "she":
			return personalPronounGender(w)
		case w == "that" || w == "on" || w == "reporters" || w == "journalists" || toks[n].in(wcWeekday):
		default:
			return ""
		}
	}
	return ""
}

// possessiveHer reports whether the "her" at token k owns what follows
// it ("her lawyers", "her “wonderful donors”", "her two sons"), not the
// object of a verb or a preposition: before a mark that ends a phrase, a
// preposition, a conjunction or objectFollowers ("told her.", "with her
// on Monday", "gave her a seat").
func (at *attributor) possessiveHer(k int) bool {
	toks := at.tz.toks
	n := k + 1
	if n >= len(toks) || toks[n].sent != toks[k].sent {
		return false
	}
	t := &toks[n]
	if !hasLetterOrDigit(t.text) {
		return t.text == "“" || t.text == "\"" || t.text == "‘" || t.text == "("
	}
	return !t.in(wcPreposition|wcSubordinator|wcSpeechCue) && !at.word(n).in(awCoordinator) && !objectFollowers[t.low]
}

// objectFollowers are words that follow an object "her", never a noun she
// owns: "describes her as", "told her that", "brought her back", "gave
// her a seat" (not "her two sons", "her other job").
var objectFollowers = wordSet(`as that than back out up off down again too yesterday today now then if whether when while because so
	a an the this these those another some any each every his their its our my your both`)

// ownedThing reports whether the his or her at token k owns a thing or a
// kin ("his job", "her husband"), no role or person: "her aide", "his
// chief of staff" are another's, in a relative clause as much as anywhere.
func (at *attributor) ownedThing(k int) bool {
	toks := at.tz.toks
	if toks[k].low == "her" && !at.possessiveHer(k) {
		return false
	}
	n := k + 1
	if n >= len(toks) || toks[n].sent != toks[k].sent || !isLowerWord(toks[n].text) {
		return false
	}
	w := toks[n].low
	return roleHead(w) == "" && !descriptionModifier(w) && !genericPersonNouns[w] && !describedPersonNouns[w] && !toks[n].in(wcRoleNoun)
}

// spouseGender is the gender of one whose husband or wife the word
// names: "f" for "husband", "m" for "wife"; else "".
func spouseGender(w string) string {
	switch w {
	case "husband", "widower":
		return "f"
	case "wife", "widow":
		return "m"
	}
	return ""
}

// boundObject reports whether the pronoun at k is the object of the
// clause the person's mention ending at e opens, so someone else: a him, or a
// her that owns nothing, with no new clause between them ("Samer Khalil
// congratulated her"), where "Tor Berg said the party chose him" and
// "Tor Berg asked them to back him" may be him.
func (at *attributor) boundObject(e, k int) bool {
	toks := at.tz.toks
	if w := toks[k].low; w != "him" && (w != "her" || at.possessiveHer(k)) {
		return false
	}
	j := e
	if j < k && toks[j].text == "," {
		// past an apposition between commas: "Juan Ospina, a former
		// senator, accused her"
		for j++; j < k && toks[j].text != ","; j++ {
		}
		if j++; j >= k {
			return false // the pronoun inside it: "Reed, who said they had betrayed him,"
		}
	}
	for ; j < k; j++ {
		t := &toks[j]
		if !isLowerWord(t.text) && at.ment[j] < 0 || t.low == "that" || at.word(j).in(awCoordinator) || t.in(wcSubordinator) ||
			(t.low == "to" || t.in(wcSpeechCue)) && j+1 < k || at.clauseAs(j, k) {
			// a new clause: "asked them to back him", "said the party chose
			// him"; "put it to her", "accused her" are none
			return false
		}
	}
	return true
}

// knownGiven reports whether a person's name opens with a given name whose
// gender the lists know: the article's clauses then teach nothing, and a
// clause read wrong must not outvote the list.
func knownGiven(name string) bool {
	first, _ := nextField(name)
	return chainGenderOfWord(first) != ""
}

// knownGivenOf is knownGiven of the person ei's name, read once per
// person of the article: clauseGenderVotes asks it at every mention, and
// twice over the article when the chains regender (at.known: 0 unread,
// 1 no, 2 yes).
func (at *attributor) knownGivenOf(ei int) bool {
	if at.known == nil {
		at.known = make([]uint8, len(at.a.Entities))
	}
	if at.known[ei] == 0 {
		at.known[ei] = 1
		if knownGiven(at.a.Entities[ei].Name) {
			at.known[ei] = 2
		}
	}
	return at.known[ei] == 2
}
