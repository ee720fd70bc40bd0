package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Roles given in an apposition whose noun phrase has lower-case noun
// modifiers or an owner before its head: "Kofi Mensah, the energy
// minister,", "Marta Vines, the company's spokesperson,", "Ivo Marsh, its
// chief medical officer,". rolesAround reads an apposition only through
// capitalised words and the modifiers of descriptionModifier, which a
// noun of a field ("energy", "transport", "club") is not, so the holder
// of the role went unseen and "the minister" stayed a description. Only
// the description step asks this (appositeRole).

// apposedRole is the role of the apposition after the mention ending at
// token me: a comma, a determiner, a possessive pronoun or an owner's
// name with "'s" ("the", "a", "its", "the company's", "Vell Mining's"),
// modifiers, and within eight words a role noun that ends the noun phrase
// (a comma, a full stop or "of", "for", "at", "in", "from" after it). It
// is "" when there is none.
func (at *attributor) apposedRole(me int) string {
	toks := at.tz.toks
	if me+3 >= len(toks) || toks[me].text != "," {
		return ""
	}
	sent := toks[me].sent
	p := me + 1
	if !toks[p].in(wcDeterminer|wcPossessive) && !at.ownerBefore(p) {
		return ""
	}
	for first := p; p < len(toks) && p-first < 8 && toks[p].sent == sent && at.qtok[p] < 0; p++ {
		t := &toks[p]
		if r := roleHead(t.low); r != "" && p > first && isLowerWord(t.text) {
			if p+1 >= len(toks) {
				return r
			}
			switch toks[p+1].low {
			case ",", ".", "of", "for", "at", "in", "from":
				return r
			}
			if roleHead(toks[p+1].low) == "" || !isLowerWord(toks[p+1].text) {
				return "" // "the minister's office", "the mayor Ola Brandt"
			}
			continue // "the team captain", "the club chairman"
		}
		if p == first || isPossessive(t.text) {
			continue // the determiner or the owner's "'s"
		}
		// a name among the modifiers says whose ("Ann Reed, the Ivo Marsh
		// campaign manager,"): the head is still the role of the person
		// the apposition is about
		if at.ment[p] < 0 && !apposedModifier(t) {
			return ""
		}
	}
	return ""
}

// ownerBefore reports whether the phrase at token p opens with an owner
// and "'s": "the company's", "Vell Mining's", up to three words before
// the "'s".
func (at *attributor) ownerBefore(p int) bool {
	toks := at.tz.toks
	for k := p; k < len(toks) && k-p < 4 && toks[k].sent == toks[p].sent; k++ {
		if isPossessive(toks[k].text) {
			return k > p
		}
		if !toks[k].capital && !toks[k].in(wcDeterminer) {
			return false
		}
	}
	return false
}

// apposedModifier reports whether the token may stand between the
// determiner of an apposition and its head: a capitalised word, a
// modifier of a description, or a lower-case noun or adjective, which no
// function word, verb of speaking or relative pronoun is ("the energy
// minister", "the newly elected mayor"; not "the man who", "the woman
// and", "is not captain").
func apposedModifier(t *token) bool {
	if t.capital || descriptionModifier(t.low) {
		return true
	}
	if !isLowerWord(t.text) || !hasLetter(t.low) || t.in(wcPreposition|wcDeterminer|wcPossessive|wcSpeechCue|wcPronoun) {
		return false
	}
	return !clauseBreaks[t.low] && !relativeWords[t.low] && !beForms[t.low] && !negations[t.low]
}

// rivalHolder is the latest mention of a holder of the role other than
// the one roleHolder keeps, as it meets the holder ei (latest mention at)
// beside best (at bestAt): rivalAt, the one so far, or whichever of the
// two it drops is later. Two holders named last in the same paragraph
// leave a description of their role undecided ("Kofi Mensah, the energy
// minister, and Ama Boateng, the finance minister, … the minister said"),
// where one named again since is whom the article goes on about.
func rivalHolder(ei, best, at0, bestAt, rivalAt int) int {
	if best < 0 || best == ei {
		return rivalAt
	}
	return max(rivalAt, min(at0, bestAt))
}

// roleOfBeforeComma is the role of a description with an "of", "for" or
// "at" phrase that the mention starting at token ms stands in apposition
// to: "The mayor of Tarvale, Joseph Odhiambo,", "A spokesperson for
// Pennine Rail, Marta Vines,", "the chief executive of Vellmora Steel,
// Jonas Berg,". The phrase's object is capitalised words, "the" among
// them; the description opens the sentence, follows a comma or opens with
// a determiner. It is "" when there is none.
func (at *attributor) roleOfBeforeComma(ms int) string {
	toks := at.tz.toks
	// a title between the comma and the name: "The Minister for Energy,
	// Hon. Kofi Mensah," (coref36)
	for ms > 0 && toks[ms-1].in(wcPersonTitle) && at.ment[ms-1] < 0 && toks[ms-1].capital {
		ms--
	}
	if ms < 4 || toks[ms-1].text != "," {
		return ""
	}
	sent := toks[ms].sent
	p := ms - 2
	// the object of the phrase, and of one more before it whose own object
	// is no role: "The Member of County Council for Holm North," (coref36)
	for phrases := 0; phrases < 2; phrases++ {
		end := p
		for p > 0 && ms-p <= 10 && toks[p].sent == sent && at.qtok[p] < 0 && (toks[p].capital || toks[p].low == "the" || joinsNames(toks, p, end)) &&
			(at.ment[p] < 0 || at.a.Entities[at.ment[p]].Type != model.Person) {
			p--
		}
		if p < 1 || p == end || toks[p].sent != sent {
			return ""
		}
		if w := toks[p].low; w != "of" && w != "for" && w != "at" {
			return ""
		}
		if roleHead(toks[p-1].low) != "" || !toks[p-1].capital {
			break
		}
		p--
	}
	h := p - 1
	r := roleHead(toks[h].low)
	if r == "" || at.qtok[h] >= 0 {
		return ""
	}
	for k := h - 1; k >= 0 && h-k <= 4 && toks[k].sent == sent; k-- {
		if toks[k].in(wcDeterminer|wcPossessive) || toks[k].text == "," || k == at.tz.sents[sent].start && apposedModifier(&toks[k]) {
			return r
		}
		if at.ment[k] >= 0 && at.a.Entities[at.ment[k]].Type == model.Person || !apposedModifier(&toks[k]) {
			return ""
		}
	}
	if h == at.tz.sents[sent].start {
		return r // "Mayor of Tarvale, Joseph Odhiambo,"
	}
	return ""
}

// predicateRole is the role the sentence gives the person whose mention
// ends at token me as its predicate: "Tom Reyes is the Eagles captain",
// "Reyes, who was named captain in May,", "Kofi Mensah was appointed
// energy minister", "Mensah, now the club's chairman,", "she serves as
// mayor". It is "" when there is none, or when the verb says only that
// the role was theirs once ("Reed was a minister", "had been mayor").
func (at *attributor) predicateRole(me int) string {
	toks := at.tz.toks
	if me >= len(toks) || at.qtok[me] >= 0 {
		return ""
	}
	sent := toks[me].sent
	p := me
	if toks[p].text == "," && p+1 < len(toks) && (toks[p+1].low == "who" || toks[p+1].low == "now") {
		p++
		if toks[p].low == "who" {
			p++
		}
	}
	verbs, current := 0, false
	for ; p < len(toks) && toks[p].sent == sent; p++ {
		w := toks[p].low
		if (w == "has" || w == "have") && p+1 < len(toks) && toks[p+1].low == "been" {
			current = true // "has been"
			continue
		}
		if w == "had" && p+1 < len(toks) && toks[p+1].low == "been" {
			continue
		}
		if w == "now" && verbs > 0 {
			continue // "Mira is now the captain"
		}
		if !predicateVerbs[w] || w == "as" && verbs == 0 || w == "been" && verbs == 0 && toks[p-1].low != "has" && toks[p-1].low != "have" && toks[p-1].low != "had" {
			break
		}
		verbs++
		// "Reed was a minister" or "had been mayor" may have held it once;
		// "was appointed", "is", "serves as" hold it now
		current = current || w != "was" && w != "were" && w != "been" && w != "be" && w != "will"
	}
	if verbs == 0 && toks[me].text == "," && toks[me+1].low == "now" {
		verbs, current = 1, true // "Mensah, now the club's chairman,"
	}
	if verbs == 0 || !current || p >= len(toks) || toks[p].sent != sent {
		return ""
	}
	if p+2 < len(toks) && isAge(toks[p].text) && toks[p+1].text == "," && toks[p+2].sent == sent {
		p += 2 // an age before the role: "Mira is now 16, the club's captain" (coref36)
	}
	first := p
	if toks[p].in(wcDeterminer | wcPossessive) {
		p++
	}
	for ; p < len(toks) && p-first < 6 && toks[p].sent == sent && at.qtok[p] < 0; p++ {
		t := &toks[p]
		if r := roleHead(t.low); r != "" && isLowerWord(t.text) {
			if p+1 >= len(toks) {
				return r
			}
			switch toks[p+1].low {
			case ",", ".", "of", "for", "at", "in", "from", "since", "until", "and":
				return r
			}
			if roleHead(toks[p+1].low) == "" || !isLowerWord(toks[p+1].text) {
				return ""
			}
			continue
		}
		if isPossessive(t.text) {
			continue // "the club's chairman"
		}
		if ei := at.ment[p]; ei >= 0 && at.a.Entities[ei].Type == model.Person || formerWords[t.low] || !apposedModifier(t) {
			return ""
		}
	}
	return ""
}

// placeOwner reports whether the possessive at token k of the description
// toks[s:head+1] owns a position, not a person: a team, a body or a place
// holds a captain, a mayor or a minister ("the club's captain", "the
// Eagles' captain", "the country's energy minister"), where a person's
// aide or spokesman, or anyone's lawyer, is theirs ("the senator's
// spokesman", agentNouns).
func (at *attributor) placeOwner(s, k, head int) bool {
	toks := at.tz.toks
	o := k - 1
	if o != s+1 || agentNouns[toks[head].low] || hasAgentWord(toks[k+1:head]) || at.qtok[o] >= 0 {
		return false // one word owns it, right after "the"
	}
	if ei := at.ment[o]; ei >= 0 {
		return at.a.Entities[ei].Type != model.Person
	}
	w := toks[o].low
	return hasLetter(w) && !personNouns[w] && roleHead(w) == "" && !genericPersonNouns[w] && !toks[o].in(wcPronoun)
}

// roleClauseAround is the stretch of tokens in which keysAround also
// looks for the words of a description, beyond the titles before the
// mention toks[ms:me] and the apposition after it: the predicate that
// gives the role ("Tom Reyes is the Eagles captain", up to a comma or the
// sentence's end) or the description with an "of" phrase before it ("The
// mayor of Tarvale, Joseph Odhiambo,"). It is empty (0, 0) when neither
// gives a role.
func (at *attributor) roleClauseAround(ms, me int) (int, int) {
	toks := at.tz.toks
	if at.predicateRole(me) != "" {
		to := me + 1
		for to < len(toks) && to-me < 12 && toks[to].sent == toks[me].sent && toks[to].text != "," && toks[to].text != "." {
			to++
		}
		return me, to
	}
	if at.roleOfBeforeComma(ms) != "" {
		from := ms - 1
		for from > 0 && ms-from < 9 && toks[from-1].sent == toks[ms].sent && toks[from-1].text != "," && !toks[from].in(wcDeterminer) {
			from--
		}
		return from, ms
	}
	return 0, 0
}

// testimonyRole is "witness" when the person of the mention toks[ms:me]
// gives evidence in the sentence: "Priya Ramesh testified", "Ramesh told
// the court", "Ramesh, giving evidence, said", "A neighbour, Priya
// Ramesh, told the inquiry", "The court heard from Priya Ramesh". A court
// story's "the witness" is whoever did; no article writes "Ramesh, a
// witness," of everyone it quotes from the stand.
func (at *attributor) testimonyRole(ms, me int) string {
	toks := at.tz.toks
	if ms >= 2 && toks[ms-1].low == "from" && (toks[ms-2].low == "heard" || testimonyNouns[toks[ms-2].low]) && toks[ms-2].sent == toks[ms].sent && !at.courtOfficer(ms, me) {
		return "witness" // "the court heard from Ramesh", "evidence from Ramesh"
	}
	if me >= len(toks) || at.qtok[me] >= 0 || at.courtOfficer(ms, me) {
		return ""
	}
	p := me
	if toks[p].text == "," {
		p++
	}
	if at.testifies(p) {
		return "witness"
	}
	// past an aside: "Ramesh, giving evidence, said", "Ramesh, 34, told"
	for q := p; q < len(toks) && q-p < 5 && toks[q].sent == toks[me].sent && at.qtok[q] < 0; q++ {
		if toks[q].text == "," {
			if q > p && testimonyNouns[toks[q-1].low] {
				return "witness"
			}
			if at.testifies(q + 1) {
				return "witness"
			}
			break
		}
	}
	return ""
}

// testifies reports whether the verb phrase at token p gives evidence:
// "testified", "told the court", "gave evidence", adverbs and auxiliaries
// before it aside.
func (at *attributor) testifies(p int) bool {
	toks := at.tz.toks
	for p < len(toks) && at.qtok[p] < 0 && toks[p].in(wcSubjectSkip) {
		p++
	}
	if p+2 >= len(toks) || at.qtok[p] >= 0 {
		return false
	}
	switch w := toks[p].low; {
	case w == "testified" || w == "testifies":
		return true
	case w == "told" || w == "tells":
		n := p + 1
		if toks[n].in(wcDeterminer) {
			n++
		}
		return testimonyBodies[toks[n].low] // "told the court", "told a tribunal"
	case w == "gave" || w == "gives":
		return testimonyNouns[toks[p+1].low]
	}
	return false
}

// courtOfficer reports whether the person of the mention toks[ms:me] is
// written as one who tells a court things without being a witness: a
// lawyer, prosecutor or judge in a title before the name or an
// apposition after it ("Prosecutor Ann Reed told the court", "Ann Reed,
// for the defence, told the jury").
func (at *attributor) courtOfficer(ms, me int) bool {
	toks := at.tz.toks
	for p := ms - 1; p >= 0 && ms-p <= 4 && toks[p].sent == toks[ms].sent; p-- {
		if at.word(p).in(awCourtOfficer) {
			return true
		}
	}
	if me < len(toks) && toks[me].text == "," {
		for p := me + 1; p < len(toks) && p-me <= 8 && toks[p].sent == toks[me].sent && toks[p].text != ","; p++ {
			if at.word(p).in(awCourtOfficer) {
				return true
			}
		}
	}
	return false
}

// roleMatches reports whether a person given the role r holds the role
// a description names: the same role, or the description's word for
// either sex where the article wrote one ("Rail spokeswoman Marta Vines"
// is "the spokesperson", "chairman Ivo Marsh" "the chair"); never the
// other way, "the spokesman" being a man the article may not have named.
func roleMatches(r, described string) bool {
	return r == described || neutralRoles[r] == described || roleAliases[r] == described
}

// otherRoleOnly reports whether the article gave the person ei, before
// token s and outside quotations, a role, and every role it gave them is
// another than the office role and none any office holder may have
// ("leader", anyOffice): a lawmaker the passage is about is not "the
// minister" another was named as. Only an office (personTitles) asks
// this; a noun of trade may go with any role.
func (at *attributor) otherRoleOnly(ei, s int, role string) bool {
	if !personTitles[role] || anyOffice[role] {
		return false
	}
	toks := at.tz.toks
	var buf [8]string
	given := false
	for _, m := range at.a.Entities[ei].Mentions {
		if m.Start >= toks[s].Start {
			continue
		}
		ms := at.tokAt(m.Start)
		if ms < 0 || at.qtok[ms] >= 0 || at.ment[ms] != ei {
			continue
		}
		for _, r := range at.appositeRole(at.titleOfRole(at.rolesAround(buf[:0], ms, at.mend[ms]), ms), at.mend[ms]) {
			r = strings.TrimPrefix(r, formerRole(""))
			if roleMatches(r, role) || anyOffice[r] {
				return false
			}
			given = true
		}
	}
	return given
}

// joinsNames reports whether token p is an "and" or "&" between two
// capitalised words of the object of a role's phrase, last at token end:
// "The Minister for Energy and Petroleum," (coref36).
func joinsNames(toks []token, p, end int) bool {
	if w := toks[p].low; w != "and" && w != "&" || p == end || p < 1 {
		return false
	}
	return toks[p-1].capital && toks[p+1].capital
}
