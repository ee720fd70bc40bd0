package analysis

import (
	"slices"
	"strings"

	"github.com/byline-reader/byline/model"
)

// The "person description" step: a definite description of one person as
// a speaker ("the Florida senator", "the businessman", "the 68-year-old")
// names the person it means, where the article makes that plain, and the
// margin shows the name; the mention stays on the description. The chains
// (coref_chains.go) resolve a description by salience where the article
// has given its role; this step is asked of the speaker phrases they left,
// and weighs the evidence, strongest first:
//
//   - the role was given to a named person in the article ("Sen. Ann
//     Reed", "Reed, a Dunmore senator,", "the mayor, Ann Reed,"; an age
//     "Reed, 68," for "the 68-year-old"), every word that tells one holder
//     of the role from another ("former", "Dunmore", "of state") written
//     with it; the holder mentioned latest wins;
//   - else, for a noun that can describe whoever the story is about ("the
//     candidate", "the businessman", but not "the spokesman" or "the
//     wife", who are someone else's), the one person the passage is about:
//     the subject of the sentence before the quotation or the speaker of
//     the quotation before, named twice or more, with no other person
//     named between but as an object, of the description's gender where
//     its noun tells one ("the congresswoman"), and given no other office
//     ("Gov. Ann Reed" is not "the senator").
//
// When the two disagree, or nothing decides, the description stays: a
// reader sees "the senator" rather than a wrong senator.

// personDescription reads the definite description of a person that is
// the whole of toks[s:e]: "the", "this" or "that", modifiers, a head noun
// of a person, and at most an "of", "from" or "for" phrase after it ("the
// former secretary of state", "the senator from Vermont", "the member for
// Holm North"). It returns the head's
// token and the words that tell one holder of its role from another (the
// capitalised modifiers, "former"-like ones and the words after "of"), or
// head -1.
func (at *attributor) personDescription(s, e int, keys []string) (int, []string) {
	toks := at.tz.toks
	if e-s < 2 || e-s > 8 {
		return -1, keys
	}
	if w := toks[s].low; w != "the" && w != "this" && w != "that" {
		return -1, keys
	}
	head := e - 1
	for k := s + 2; k < e; k++ {
		if w := toks[k].low; w == "of" || w == "from" || w == "for" {
			if e-k > 4 {
				return -1, keys
			}
			head = k - 1
			for n := k + 1; n < e; n++ {
				if w := toks[n].low; w != "the" && hasLetter(w) {
					keys = append(keys, w)
				}
			}
			break
		}
	}
	if !describesPerson(toks[head].low) && !firstLady(toks, s, head) && !at.taughtRole(toks[head].low, s) && !titledRoles[toks[head].low] &&
		!shirtNumber(toks, s, head) {
		return -1, keys
	}
	for k := s + 1; k < head; k++ {
		t := &toks[k]
		if isPossessive(t.text) && at.placeOwner(s, k, head) {
			continue // "the club's captain", "the country's energy minister" (desc34_apposition.go)
		}
		if isPossessive(t.text) || at.qtok[k] >= 0 || at.ment[k] >= 0 && at.a.Entities[at.ment[k]].Type == model.Person ||
			!hasLetter(t.low) || t.in(wcPreposition) || clauseBreaks[t.low] {
			return -1, keys // "the campaign's spokesman" is another's; "the aide to Reed"
		}
		if t.capital || distinguishingModifiers[t.low] {
			keys = append(keys, t.low)
		}
	}
	return head, keys
}

// firstLady reports whether the description toks[s:head+1] is "the first
// lady" or "the former first lady": a role, though "lady" alone is none.
func firstLady(toks []token, s, head int) bool {
	return toks[head].low == "lady" && head-1 > s && toks[head-1].low == "first"
}

// describesPerson reports whether the lower-case word w heads a
// description of one person: a role or title ("senator", "nominee"), a
// noun of a person's trade or standing ("businessman", "tycoon"), or an
// age ("46-year-old").
func describesPerson(w string) bool {
	if genericPersonNouns[w] {
		return false
	}
	return roleHead(w) != "" || describedPersonNouns[w] || yearsOld(w) != ""
}

// yearsOld is the number of an age noun, "46" of "46-year-old", or "".
func yearsOld(w string) string {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" || !isDigitAt(n, 0) {
		return ""
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return ""
		}
	}
	return n
}

// describedGender is the gender a person noun tells, "m", "f" or "".
func describedGender(w string) string {
	switch {
	case feminineNouns[w] || strings.HasSuffix(w, "woman"):
		return "f"
	case masculineNouns[w] || strings.HasSuffix(w, "man") && len(w) > 4:
		return "m"
	}
	return compoundKinGender(w) // "brother-in-law", "grandson" (coref46_kin.go)
}

// describedSpeaker is the person step for the speaker phrase toks[s:e]:
// the person a definite description means, as the speaker, the mention
// on the description. ok is false when the phrase is no such description
// or nothing in the article decides who it means.
func (at *attributor) describedSpeaker(s, e int) (attribution, bool) {
	if at.describing {
		return attribution{}, false // a subject in the passage before one: as written
	}
	if a := secondRole(at.tz.toks, s, e); a > 0 {
		// "the former secretary of state and current party leader": one
		// person's two roles; the first decides whom it means
		r, ok := at.describedSpeaker(s, a)
		if ok {
			r.mention = model.Span{Start: at.tz.toks[s].Start, End: at.tz.toks[e-1].End}
		}
		return r, ok
	}
	if r, ok := at.soleBody(s, e); ok {
		return r, true // "the company": the one business in reach (desc34_body.go)
	}
	if r, ok := at.selfNamedSpeaker(s, e); ok {
		return r, true // "a commuter who gave her name as Mira Holt" (coref35_selfnamed.go)
	}
	toks := at.tz.toks
	if age := at.agedDescription(s, e); age != "" {
		// "the 54-year-old", "the 54-year-old nurse" (desc34_age.go)
		if ei := at.ageHolder(s, age); ei >= 0 {
			en := at.a.Entities[ei]
			return attribution{speaker: en.Name, id: en.ID, mention: model.Span{Start: toks[s].Start, End: toks[e-1].End}, ok: true}, true
		}
	}
	var buf [8]string
	head, keys := at.personDescription(s, e, buf[:0])
	if head < 0 {
		if r, ok := at.postAuthor(s, e); ok {
			return r, true // "the post": its account's owner (desc34_post.go)
		}
		if r, ok := at.bodySpokesperson(s, e); ok {
			return r, true // "a spokesperson" (desc34_body.go)
		}
		if e-s == 2 && toks[s].low == "the" && unnamedPersonHead(toks[s+1].low) {
			return at.unnamedHolder(s, e, toks[s+1].low) // "the official" (coref45_describe.go)
		}
		return attribution{}, false
	}
	noun := toks[head].low
	ei := -1
	role := roleHead(noun)
	if role != "" && head > s && subordinateKey(toks[head-1].low) {
		role = toks[head-1].low + " " + role // "the vice president", as rolesAround reads its title (coref46_vice.go)
	}
	taught := (role == "" || lateRoles[noun]) && (titledRoles[noun] || at.taughtRole(noun, s))
	if taught {
		role = noun // "the geologist" after "Kofi Owusu, a geologist at …" (coref40_roles.go)
	}
	if ei < 0 {
		var conflicts map[int]bool
		holder := -1
		if role != "" {
			holder, conflicts = at.roleHolder(s, role, keys)
		}
		passage := -1
		// "the secretary of state" is no one's agent, "the secretary" may be
		if (!agentNouns[noun] || noun == "secretary" && head < e-1) && !hasAgentWord(toks[s+1:head]) {
			passage = at.passageSubject(s, head, describedGender(noun))
		}
		switch {
		case holder >= 0 && passage >= 0 && holder != passage && !conflicts[passage] && at.ownSentenceSubject(s, passage):
			// the subject of the description's own sentence, a quotation
			// between, is whom it means, before a holder named earlier:
			// "Sen. Reed … Osei says in an ad: “…,” the senator says"
			ei = passage
		case holder >= 0 && passage >= 0 && holder != passage && at.otherRoleOnly(passage, s, role):
			// the passage is about one the article gave another role:
			// "Kofi Mensah, the energy minister, … Ivo Marsh, a lawmaker,
			// … the minister added" (desc34_apposition.go)
			ei = holder
		case holder >= 0 && passage >= 0 && holder != passage && at.describedOtherwise(passage, s, role):
			// the passage is about one the article described as another:
			// "Glenn Soco, a rescue worker," (coref46_apposed.go)
			ei = holder
		case holder >= 0 && passage >= 0 && holder != passage && taught:
			// a noun no list knows, which the article gave its holder in
			// so many words: "Kofi Owusu, a geologist at …", then "the
			// geologist" after a passage on another
			ei = holder
		case holder >= 0 && passage >= 0 && holder != passage:
			// the role's holder is not whom the passage is about: "Sen.
			// Reed …  Osei replied … “…,” the senator said" is unclear
		case holder >= 0:
			ei = holder
		case passage >= 0 && at.namedTwice(passage, s) && (role == "" || !conflicts[passage]):
			ei = passage
		case passage >= 0 && role == "" && at.agedPassageSubject(s, e, passage):
			ei = passage // "the 48-year-old", the age given only here (coref36_age.go)
		}
	}
	if ei >= 0 && role != "" {
		if d, h := at.unnamedHolderSince(at.latestMention(ei, s), s, role); d >= 0 {
			// "A police spokesman said …": another (coref45_describe.go)
			r := at.anonymousSpeaker(s, [2]int32{int32(d), int32(h)})
			r.mention = model.Span{Start: toks[s].Start, End: toks[e-1].End}
			return r, true
		}
	}
	if ei < 0 {
		if r, ok := at.bodySpokesperson(s, e); ok {
			return r, true // "the spokesperson" of no one named (desc34_body.go)
		}
		if r, ok := at.unnamedHolder(s, e, role); ok {
			return r, true // "A senior official … said. “…,” the official said" (coref45_describe.go)
		}
		return attribution{}, false
	}
	en := at.a.Entities[ei]
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	return attribution{speaker: en.Name, id: en.ID, mention: span, ok: true}, true
}

// roleTenses stand after "and" where one determiner holds two roles of
// one person: "the former minister and current party leader".
var roleTenses = wordSet(`current former incoming outgoing acting longtime sitting future onetime one-time erstwhile then now`)

// secondRole finds the "and" in the description toks[s:e] that joins a
// second role of the same person to the first, "the former minister and
// current party leader", and returns its index; 0 when there is none. The
// second role has no determiner of its own ("the minister and the
// leader" are two people) and opens with a word of time or standing.
func secondRole(toks []token, s, e int) int {
	if e-s < 5 || toks[s].low != "the" {
		return 0
	}
	for a := s + 2; a < e-2; a++ {
		if toks[a].low == "and" {
			if roleTenses[toks[a+1].low] {
				return a
			}
			return 0
		}
	}
	return 0
}

// ownSentenceSubject reports whether the person ei is the subject of the
// sentence of the description at token s, with a quotation between them:
// "Osei says in an ad: “…,” the senator says".
func (at *attributor) ownSentenceSubject(s, ei int) bool {
	toks := at.tz.toks
	sent := at.tz.sents[toks[s].sent]
	b := datelineEnd(toks, sent.start, sent.end)
	if at.qtok[b] >= 0 || b >= s || s == 0 || at.qtok[s-1] < 0 {
		return false
	}
	at.describing = true
	r := at.subjectAtStart(b, sent.end)
	at.describing = false
	if r.ok && r.mention.Start < toks[s].Start && at.entityIndex(r.id) == ei {
		return true
	}
	_, n := at.namedSubject(b, s)
	return n == ei
}

// hasAgentWord reports whether a modifier makes the description someone
// else's agent: "the press secretary", "the campaign spokesman".
func hasAgentWord(mods []token) bool {
	for i := range mods {
		if agentNouns[mods[i].low] || mods[i].low == "press" {
			return true
		}
	}
	return false
}

// describedReach bounds, in paragraphs, how far back the holder of a role
// may have been named last.
const describedReach = 8

// roleHolder is the person the article gave the role before token s,
// with every one of keys written around one of that person's titled
// mentions ("the former Dunmore senator": "former Dunmore Sen. Ann
// Reed"); of several, the one mentioned latest; -1 when none is in
// reach. conflicts tells the people named before s whom the article gave
// another office and never this one, when role is an office ("Gov. Ann
// Reed" for "the senator"); "leader" and the like conflict with none.
func (at *attributor) roleHolder(s int, role string, keys []string) (int, map[int]bool) {
	toks := at.tz.toks
	var rolesBuf [8]string
	latest := map[int]int{} // person -> the token of their latest mention
	conflicts := map[int]bool{}
	holds := map[int]bool{}
	best, bestAt := -1, -1
	rivalAt := -1 // the latest mention of a holder other than best
	limit := toks[s].para - describedReach
	formerKey := slices.ContainsFunc(keys, func(k string) bool { return formerWords[k] })
	sole, soleAt := -1, -1 // the one holder in the whole article before s, -2 for several
	for j := s - 1; j >= 0; j-- {
		ei := at.ment[j]
		if ei < 0 || at.qtok[j] >= 0 {
			continue
		}
		ms := at.mstart[j]
		if at.a.Entities[ei].Type != model.Person || !at.personEvidence(ei) {
			j = ms
			continue
		}
		if s-j >= 4*maxPronounReach || toks[j].para < limit {
			// beyond reach only the one holder of the role in the article
			// is looked for: "Judge Ann Reed" in the opening paragraph,
			// "the judge" at the end
			if sole != -2 && !(len(keys) > 0 && !at.keysAround(ms, at.mend[j], keys)) {
				for _, r := range at.appositeRole(at.titleOfRole(at.rolesAround(rolesBuf[:0], ms, at.mend[j]), ms), at.mend[j]) {
					if roleMatches(r, role) && (formerKey || !at.keysAround(ms, at.mend[j], formerKeys[:])) && sole != ei {
						if sole >= 0 || holds[ei] || len(holds) > 0 {
							sole = -2
						} else {
							sole, soleAt = ei, ms
						}
						break
					}
				}
			}
			j = ms
			continue
		}
		if _, seen := latest[ei]; !seen {
			latest[ei] = ms
		}
		// the office, not one who held it once ("Ivo Marsh, the former
		// mayor," for "the mayor"), unless the description says so, which
		// keysAround checks
		once := !formerKey && at.keysAround(ms, at.mend[j], formerKeys[:])
		for _, r := range at.appositeRole(at.titleOfRole(at.rolesAround(rolesBuf[:0], ms, at.mend[j]), ms), at.mend[j]) {
			r = strings.TrimPrefix(r, formerRole(""))
			switch {
			case roleMatches(r, role) && once:
			case roleMatches(r, role):
				holds[ei] = true
				if toks[latest[ei]].para >= limit && at.keysAround(ms, at.mend[j], keys) {
					rivalAt = rivalHolder(ei, best, latest[ei], bestAt, rivalAt)
					if latest[ei] > bestAt {
						best, bestAt = ei, latest[ei]
					}
				}
			case personTitles[r] && personTitles[role] && !anyOffice[r] && !anyOffice[role] && !holds[ei]:
				conflicts[ei] = true
			}
		}
		j = ms
	}
	for ei := range holds {
		delete(conflicts, ei)
	}
	if rivalAt >= 0 && toks[rivalAt].para == toks[bestAt].para {
		return -1, conflicts // two holders named last together: "the minister" is either
	}
	// an office written as a title ("Judge", "Mayor") is its holder's
	// until the passage names another subject, which describedSpeaker
	// weighs; a noun of trade ("the actress") is not sure beside any other
	// person of the passage
	if best < 0 && len(holds) == 0 && sole >= 0 && !at.newHolder(soleAt, s, role) && (personTitles[role] || !at.otherPersonNear(sole, s)) {
		best = sole
	}
	return best, conflicts
}

// otherPersonNear reports whether a person other than ei is named in the
// paragraph of token s or the one before, outside quotations: the passage
// may be about someone else, whom a far holder of the role must not take
// over ("Actress Mia Lund … Star Ola Brandt spoke up. The actress said …").
func (at *attributor) otherPersonNear(ei, s int) bool {
	toks := at.tz.toks
	for j := s - 1; j >= 0 && toks[j].para >= toks[s].para-1; j-- {
		if e := at.ment[j]; e >= 0 && e != ei && at.qtok[j] < 0 && at.a.Entities[e].Type == model.Person {
			return true
		}
	}
	return false
}

// newHolder reports whether a holder of the role other than one named
// is brought in between tokens from and s: "a judge", "another judge",
// "one judge", outside quotations.
func (at *attributor) newHolder(from, s int, role string) bool {
	toks := at.tz.toks
	for k := from + 1; k < s; k++ {
		if at.qtok[k] >= 0 || at.roleAt(k) != role {
			continue
		}
		p := k - 1
		for p > from && k-p <= 3 && !toks[p].in(wcDeterminer) && (at.word(p).in(awDescMod) || toks[p].capital && at.ment[p] < 0) {
			p--
		}
		if w := toks[p].low; w == "a" || w == "an" || w == "another" || w == "one" || w == "other" {
			return true
		}
	}
	return false
}

// keysAround reports whether every key word is written with the mention
// toks[ms:me]: in the run of titles and modifiers right before it
// ("former Dunmore Sen."), or in the apposition right after it (", a
// Dunmore senator,", " of Dunmore").
func (at *attributor) keysAround(ms, me int, keys []string) bool {
	toks := at.tz.toks
	if len(keys) == 0 {
		return true
	}
	from := ms
	for from > 0 && ms-from < 6 && toks[from-1].sent == toks[ms].sent && (at.ment[from-1] < 0 || at.a.Entities[at.ment[from-1]].Type != model.Person) &&
		(toks[from-1].capital || toks[from-1].low == "of" || roleHead(toks[from-1].low) != "" || descriptionModifier(toks[from-1].low) || distinguishingModifiers[toks[from-1].low]) {
		from--
	}
	to := me
	if to < len(toks) && (toks[to].text == "," || toks[to].low == "of" || toks[to].low == "from") {
		for to++; to < len(toks) && to-me < 10 && toks[to].sent == toks[ms].sent && toks[to].text != "," && toks[to].text != "."; to++ {
		}
	}
	bf, bt := at.roleClauseAround(ms, me) // "Reyes is the Eagles captain" (desc34_apposition.go)
	for _, key := range keys {
		found := false
		for k := from; k < to && !found; k++ {
			found = (k < ms || k >= me) && strings.TrimSuffix(toks[k].low, ".") == key
		}
		for k := bf; k < bt && !found; k++ {
			found = (k < ms || k >= me) && strings.TrimSuffix(toks[k].low, ".") == key
		}
		if !found {
			return false
		}
	}
	return true
}

// mentionsBack hands f the mentions toks[ms:me] of entities of type typ
// before token s, the latest first, outside quotations and within
// describedReach paragraphs (and 4*maxPronounReach tokens) of s, until f
// says it has found what it looks for.
func (at *attributor) mentionsBack(s int, typ model.EntityType, f func(ei, ms, me int) bool) {
	toks := at.tz.toks
	limit := toks[s].para - describedReach
	for j := s - 1; j >= 0 && s-j < 4*maxPronounReach && toks[j].para >= limit; j-- {
		ei := at.ment[j]
		if ei < 0 || at.qtok[j] >= 0 {
			continue
		}
		ms, me := at.mstart[j], at.mend[j]
		j = ms
		if at.a.Entities[ei].Type == typ && f(ei, ms, me) {
			return
		}
	}
}

// passageSubject is the one person the passage before token s is about,
// as a description of gender g (or of either) may mean them: the subject
// of the description's own sentence where a quotation stands between
// ("Reed said in an ad: “…,” the senator says"), else of the nearest
// sentence before the quotation s attributes that has one, in the same
// paragraph or the one before; or the speaker of the latest quotation
// before s. It is -1 when these differ, when the last two quotations
// before s are a dialogue of two people, when another person is named
// between the subject and s but as an object, when the person is named
// after the description in its own clause ("the envoy called for Ann
// Reed to resign"), when the passage already spoke of the description's
// noun without naming it ("The judge rubbed his chin. He made … the
// judge said"), or when the gender disagrees.
func (at *attributor) passageSubject(s, head int, g string) int {
	toks := at.tz.toks
	sent := toks[s].sent
	cand, from, pronoun := -1, s, false
	subjectAt := -1 // the subject's token, after any clause that opens its sentence
	tagged := false // the subject is the speaker a sentence ends by naming
	subjectOf := func(b int) bool {
		b0 := b
		b = datelineEnd(toks, b, at.tz.sents[toks[b].sent].end)
		if k, ei := at.trailingSpeaker(b, s); ei >= 0 {
			// "Reed will win, Osei said Monday." is about Osei
			pronoun, tagged = false, true
			cand, from, subjectAt = ei, b0, k
			return true
		}
		at.describing = true
		r := at.subjectAtStart(b, at.tz.sents[toks[b].sent].end)
		at.describing = false
		k, ei := at.tokAt(r.mention.Start), at.entityIndex(r.id)
		if !r.ok || ei < 0 || k < 0 || r.mention.Start >= toks[s].Start {
			if k, ei = at.namedSubject(b, s); ei < 0 {
				if k, ei = at.cleftFocus(b, s); ei < 0 {
					return false
				}
			}
		}
		b = b0
		pronoun = pronounOf(&toks[k]) != ""
		cand, from, subjectAt = ei, b, k
		return true
	}
	if b := at.tz.sents[sent].start; at.qtok[b] < 0 && b < s && at.qtok[s-1] >= 0 && subjectOf(b) {
		// the description's own sentence
	} else {
		for n, tried := sent-1, 0; n > 0 && sent-n <= 6 && tried < 3; n-- {
			b := at.tz.sents[n].start
			if toks[b].para < toks[s].para-1 {
				break
			}
			if at.qtok[b] >= 0 && !at.named[at.qtok[b]] || b > 0 && at.qtok[b-1] >= 0 && toks[b-1].para == toks[b].para {
				continue // a sentence that opens inside a quotation, or its tag: "“…?” ⏎ Osei asked."
			}
			if at.qtok[b] >= 0 {
				// a title opens it: "“Holm Harbour” star Ann Reed opened up …"
				if k, ei := at.namedSubject(b, s); ei >= 0 {
					pronoun = false
					cand, from, subjectAt = ei, b, k
					break
				}
				tried++
				continue
			}
			if subjectOf(b) {
				break
			}
			tried++
		}
	}
	// the speakers of the latest two quotations before s
	subject, speakers := cand, 0
	for qi := len(at.a.Quotes) - 1; qi >= 0 && speakers < 2; qi-- {
		q := at.a.Quotes[qi]
		r := at.res[qi]
		if q.End > toks[s].Start || !r.ok {
			continue
		}
		k := at.tokAt(q.Start)
		if k < 0 || toks[k].para < toks[s].para-1-int32(speakers) || r.id == "" || subject >= 0 && k < from {
			break // a quotation before the subject's sentence tells nothing more
		}
		ei := at.entityIndex(r.id)
		if ei != cand && (speakers == 0 && cand >= 0 || speakers > 0 && subject < 0) {
			return -1 // another speaker, or a dialogue
		}
		if speakers == 0 {
			cand, from = ei, min(from, k)
		}
		speakers++
	}
	if cand < 0 || at.a.Entities[cand].Type != model.Person || !at.personEvidence(cand) ||
		g != "" && at.gender[cand] != "" && at.gender[cand] != g {
		return -1
	}
	// the person named after the description in its own sentence is
	// another: "the envoy called for Ilse Varga to resign"
	for j := head + 1; j < len(toks) && toks[j].sent == sent && toks[j].text != "," && at.qtok[j] < 0; j++ {
		if at.ment[j] == cand && at.qtok[j] < 0 {
			return -1
		}
	}
	// the description's noun is looked for from the sentence before a
	// pronoun subject's: "The judge rubbed his chin. He made …"
	noun := toks[head].low
	nounFrom := from
	if n := toks[from].sent; n > 0 && pronoun {
		nounFrom = at.tz.sents[n-1].start
	}
	for j := nounFrom; j < from; j++ {
		if toks[j].low == noun && at.qtok[j] < 0 && !at.describes(j, cand) {
			return -1
		}
	}
	for j := from; j < s; j++ {
		if at.qtok[j] >= 0 {
			continue
		}
		// a person the passage names only as an object leaves a noun of
		// trade or standing to its subject, not an office, which either
		// may hold: "Reed praised Shah … the businessman said"
		// a person in a clause that opens the subject's sentence, or in
		// what a sentence ending in its speaker reports, is not what it is
		// about: "When Shah lost, Reed boasted …", "Shah will lose, Reed said."
		if ei := at.ment[j]; ei >= 0 && ei != cand && at.a.Entities[ei].Type == model.Person && !at.objectMention(j) &&
			!(j < subjectAt && toks[j].sent == toks[subjectAt].sent && (tagged || subordinators[toks[at.tz.sents[toks[j].sent].start].low])) {
			return -1 // another person in the passage: "Reed fired back at Shah. … the senator said"
		}
		if toks[j].low == noun && !at.describes(j, cand) && !predicativeAs(toks, j) {
			return -1
		}
	}
	return cand
}

// predicativeAs reports whether the noun at token j ends a phrase after
// "as", "as the Dunmore nominee": what the subject is, not another.
func predicativeAs(toks []token, j int) bool {
	p := j - 1
	for p > 0 && j-p <= 4 && toks[p].sent == toks[j].sent && !toks[p].in(wcDeterminer) &&
		(toks[p].capital || descriptionModifier(toks[p].low) || distinguishingModifiers[toks[p].low]) {
		p--
	}
	if p > 0 && toks[p].in(wcDeterminer) {
		p--
	}
	return p >= 0 && toks[p].low == "as" && toks[p].sent == toks[j].sent
}

// describes reports whether the chains resolved a description whose head
// is token h to the person ei.
func (at *attributor) describes(h, ei int) bool {
	for p := h - 1; p >= 0 && h-p <= 4; p-- {
		if d, ok := at.desc[p]; ok && d.head == h {
			return d.ei == ei
		}
	}
	return false
}

// appositeRole appends to roles the role of an apposition after the
// mention ending at token me that rolesAround leaves: one without a
// determiner, "Ola Brandt, president of the Vell Union,", which is as
// often a list, and one whose modifiers hold a name, "Ilse Varga, a
// Dunmore senator,". Only a description asks it.
func (at *attributor) appositeRole(roles []string, me int) []string {
	toks := at.tz.toks
	if r := at.apposedRole(me); r != "" {
		roles = append(roles, r) // "Kofi Mensah, the energy minister," (desc34_apposition.go)
	}
	if r := at.predicateRole(me); r != "" {
		roles = append(roles, r) // "Kofi Mensah was appointed energy minister"
	}
	if me+2 >= len(toks) || toks[me].text != "," || toks[me+1].sent != toks[me].sent {
		return roles
	}
	p := me + 1
	if toks[p].in(wcDeterminer) {
		p++
	}
	for p < len(toks) && p-me < 6 && toks[p].sent == toks[me].sent && roleHead(toks[p].low) == "" &&
		(toks[p].capital && (at.ment[p] < 0 || at.a.Entities[at.ment[p]].Type != model.Person) || descriptionModifier(toks[p].low)) {
		p++
	}
	if p+1 >= len(toks) || p == me+1 && !isLowerWord(toks[p].text) {
		return roles
	}
	if r := roleHead(toks[p].low); r != "" && isLowerWord(toks[p].text) {
		if w := toks[p+1].low; w == "of" || w == "at" || w == "for" || w == "in" || w == "from" || w == "," || w == "." {
			roles = append(roles, r)
		}
	} else if r := at.apposedRoleNoun(me, p); r != "" {
		roles = append(roles, r) // "Kofi Owusu, a geologist at …" (coref40_roles.go)
	}
	return roles
}

// titleOfRole appends to roles the role of a title with an "of" phrase
// right before the mention starting at token ms, "Secretary of State Ilse
// Varga", which rolesAround stops at.
func (at *attributor) titleOfRole(roles []string, ms int) []string {
	toks := at.tz.toks
	if r := at.roleOfBeforeComma(ms); r != "" {
		roles = append(roles, r) // "The mayor of Tarvale, Joseph Odhiambo," (desc34_apposition.go)
	}
	if r := at.testimonyRole(ms, at.mend[ms]); r != "" {
		roles = append(roles, r) // "Priya Ramesh told the court"
	}
	p := ms - 1
	for p > 0 && ms-p <= 3 && toks[p].capital && toks[p].sent == toks[ms].sent && at.ment[p] < 0 {
		p--
	}
	if p < 1 || p == ms-1 || toks[p].low != "of" || toks[p-1].sent != toks[ms].sent {
		return roles
	}
	if r := roleHead(toks[p-1].low); r != "" {
		roles = append(roles, r)
	}
	return roles
}

// namedTwice reports whether the article spoke of the person ei twice or
// more before token s, by name or by a he or she the chains gave them
// outside quotations: one named once and never again is no character it
// goes on about ("Ivan Petrov opened the hearing. “…,” the mayor said"),
// though the passage is about them enough that no other holder of the
// role is sure; one named once whom the story goes on calling "he" is
// ("Ann Reed knew she had lost when she …").
func (at *attributor) namedTwice(ei, s int) bool {
	n := 0
	for _, m := range at.a.Entities[ei].Mentions {
		if m.Start < at.tz.toks[s].Start {
			n++
		}
	}
	for k, p := range at.pron {
		if n >= 2 {
			break
		}
		if p == ei && k < s && at.qtok[k] < 0 {
			n++
		}
	}
	return n >= 2
}

// objectMention reports whether the mention starting at token j stands
// where an object does: after a verb or a preposition of its clause,
// titles aside, and not before a verb of speaking ("said Reed" and
// "Reed said" are speakers).
func (at *attributor) objectMention(j int) bool {
	toks := at.tz.toks
	j = at.mstart[j]
	p := j - 1
	for p >= 0 && j-p <= 4 && toks[p].sent == toks[j].sent && toks[p].in(wcPersonTitle|wcDeterminer|wcPossessive) {
		p--
	}
	if p > 1 && toks[p].text == "," && toks[p-1].sent == toks[j].sent && isLowerWord(toks[p-1].text) && !toks[p-1].in(wcSpeechCue) {
		// in apposition to a noun, where the noun stands: "painting her
		// rival, Ivo Marsh, as …" is an object, "Her husband, Ivo Marsh,
		// said" is not
		n := p - 1
		for n > 0 && p-1-n < 4 && toks[n-1].sent == toks[j].sent && isLowerWord(toks[n-1].text) && !toks[n-1].in(wcPreposition) &&
			(toks[n-1].in(wcDeterminer|wcPossessive) || descriptionModifier(toks[n-1].low) || !toks[n].in(wcDeterminer|wcPossessive)) {
			n--
			if toks[n].in(wcDeterminer | wcPossessive) {
				break
			}
		}
		if n > 0 && toks[n].in(wcDeterminer|wcPossessive) && toks[n-1].sent == toks[j].sent && isLowerWord(toks[n-1].text) &&
			!at.word(n-1).in(awCoordinator) && !at.word(n-1).in(awClauseBreak) && !toks[n-1].in(wcSpeechCue) {
			return true
		}
	}
	if p > 0 && at.word(p).in(awCoordinator) && toks[p-1].sent == toks[j].sent && at.ment[p-1] >= 0 && at.a.Entities[at.ment[p-1]].Type == model.Person {
		// the second of two people joined by "and" stands where the first
		// does: "with hosts Ivo Marsh and Ola Brandt"
		return at.objectMention(p - 1)
	}
	if p < 0 || toks[p].sent != toks[j].sent || !isLowerWord(toks[p].text) || at.word(p).in(awCoordinator) || at.word(p).in(awClauseBreak) {
		return false
	}
	e := at.mend[j]
	if e >= len(toks) || toks[e].sent != toks[j].sent {
		return !toks[p].in(wcSpeechCue) // "…,” said Reed."
	}
	return !toks[e].in(wcSpeechCue) && !(toks[p].in(wcSpeechCue) && (toks[e].text == "," || toks[e].text == "."))
}

// namedSubject is the first person named in the sentence from token b,
// before token s, outside quotations and prepositional phrases, when it
// opens a clause and a verb follows the name
// ("One month after announcing it, Ann Reed still believes …", "On
// Monday evening Ann Reed delivered …"): the subject where the sentence
// opens with words subjectAtStart does not step over. It returns the
// name's token and the person, or -1.
func (at *attributor) namedSubject(b, s int) (int, int) {
	return at.namedSubjectOf(b, s, model.Person)
}

// namedSubjectOf is namedSubject for a name of the type typ: an
// organisation for "the company" (coref_bodies.go).
func (at *attributor) namedSubjectOf(b, s int, typ model.EntityType) (int, int) {
	toks := at.tz.toks
	end := min(s, at.tz.sents[toks[b].sent].end)
	for j := b; j < end; j++ {
		ei := at.ment[j]
		if ei < 0 || at.qtok[j] >= 0 {
			continue
		}
		e := at.mend[j]
		if at.mstart[j] == j && at.inPhrase(j) {
			j = e - 1
			continue // "after announcing his support for Ola Brandt, Reed …"
		}
		if at.a.Entities[ei].Type != typ || e >= end || at.mstart[j] != j {
			return -1, -1
		}
		// it opens the sentence or follows a comma or a time ("On Monday
		// evening Ann Reed"), not a verb or a conjunction ("giving Reed
		// nine", "whether Reed was")
		p := j - 1
		for p > b && toks[p].in(wcPersonTitle) {
			p--
		}
		if typ == model.Person && p >= b && (roleHead(toks[p].low) != "" || toks[p].in(wcRoleNoun)) && (p == b || at.qtok[p-1] >= 0 && at.qtok[p-1] == at.qtok[b] && at.named[at.qtok[b]]) {
			p = b - 1 // a role after a title that opens the sentence: "“Holm Harbour” star Ann Reed"
		}
		if p >= b && toks[p].text != "," && isLowerWord(toks[p].text) && !timeNouns[toks[p].low] {
			return -1, -1
		}
		if c := at.relativeClauseEnd(e, end); c > e {
			e = c // "Reed, who has sat on the bench since 2010, was blunt"
		}
		e = ageApposedEnd(toks, e, end) // "Reed, 61, was blunt" (speak37_age.go)
		if w := toks[e].low; !isLowerWord(toks[e].text) || toks[e].in(wcPreposition) || coordinators[w] || clauseBreaks[w] || isPossessive(toks[e].text) {
			return -1, -1
		}
		return j, ei
	}
	return -1, -1
}

// cleftFocus is the person a cleft sentence from token b puts first,
// before token s: "it was Reed who" and "it is Reed that" make Reed the
// subject of what follows ("As usual, it was Reed who drew the crowd").
// It returns the name's token and the person, or -1.
func (at *attributor) cleftFocus(b, s int) (int, int) {
	toks := at.tz.toks
	end := min(s, at.tz.sents[toks[b].sent].end)
	for j := b; j+3 < end && j-b < 8; j++ {
		if toks[j].low != "it" || toks[j+1].low != "was" && toks[j+1].low != "is" {
			continue
		}
		m := j + 2
		ei := at.ment[m]
		if ei < 0 || at.qtok[m] >= 0 || at.mstart[m] != m || at.a.Entities[ei].Type != model.Person {
			return -1, -1
		}
		if e := at.mend[m]; e < end && (toks[e].low == "who" || toks[e].low == "that") {
			return m, ei
		}
		return -1, -1
	}
	return -1, -1
}

// relativeClauseEnd is the token after the comma that closes a relative
// clause set off after a subject, ", who has sat on the bench since
// 2010,", which starts at the comma e; or e when there is none before
// end, or a quotation stands in it.
func (at *attributor) relativeClauseEnd(e, end int) int {
	toks := at.tz.toks
	if e+2 >= end || toks[e].text != "," || toks[e+1].low != "who" && toks[e+1].low != "which" {
		return e
	}
	for c := e + 2; c < end && c-e <= 25; c++ {
		if at.qtok[c] >= 0 {
			return e
		}
		if toks[c].text == "," {
			if c+1 < end {
				return c + 1
			}
			return e
		}
	}
	return e
}

// trailingSpeaker is the person a sentence from token b (before token s)
// ends by naming as its speaker, outside quotations: "Reed will win the
// harbour vote, Tomas Osei said on Monday." or "…, said Osei.", whose
// main clause is the tag; with the name's token, or -1.
func (at *attributor) trailingSpeaker(b, s int) (int, int) {
	toks := at.tz.toks
	end := at.tz.sents[toks[b].sent].end
	if end > s || end-b < 5 {
		return -1, -1
	}
	c := -1
	for k := end - 1; k > b && end-k <= 10; k-- {
		if at.qtok[k] >= 0 {
			return -1, -1
		}
		if toks[k].text == "," {
			c = k
			break
		}
	}
	if c < 0 || c+2 >= end {
		return -1, -1
	}
	p := c + 1
	verbFirst := toks[p].in(wcSpeechCue)
	if verbFirst {
		p++
	}
	ei := at.ment[p]
	if ei < 0 || at.mstart[p] != p || at.a.Entities[ei].Type != model.Person {
		return -1, -1
	}
	e := at.mend[p]
	if !verbFirst {
		if e >= end || !toks[e].in(wcSpeechCue) {
			return -1, -1
		}
		e++
	}
	// nothing but a time or a full stop after the tag
	for k := e; k < end; k++ {
		if w := toks[k].low; toks[k].text != "." && !timeNouns[w] && !calendarWords[w] && w != "on" && w != "in" && w != "last" && w != "this" && !isDigitAt(w, 0) {
			return -1, -1
		}
	}
	return p, ei
}
