package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Coreference of unnamed sources: a phrase the sieve reads as a speaker
// without a name ("her campaign", "the company", "they") is linked, where
// the article makes it plain, to the entity it stands for. Each step here
// is named by its function and leaves the phrase as it was when nothing
// decides, so a reader sees "the company" rather than a wrong company.

// ownedSource is the "owner" step: a possessive pronoun and a head noun,
// "her statement", "his spokesman", "its lawyers", linked to the owner the
// pronoun refers to. The owner's own words ("her statement", "his
// tweet") are the owner speaking; the owner's people or body ("his
// spokesman", "her campaign") are shown as the owner's, with no link, since
// they are not the owner. ok is false when toks[s:e] is no such phrase or
// its owner is unknown.
func (at *attributor) ownedSource(s, e int) (attribution, bool) {
	if r, ok := at.describedOwner(s, e); ok {
		return r, true // "the minister's spokesman" (coref35_owned.go)
	}
	toks := at.tz.toks
	if e-s < 2 || e-s > 4 {
		return attribution{}, false
	}
	head := toks[e-1].low
	own, body := ownWordHeads[head], ownerBodyHeads[head]
	if !own && !body {
		return attribution{}, false
	}
	for k := s + 1; k < e-1; k++ {
		if !isLowerWord(toks[k].text) && !toks[k].capital || at.ment[k] >= 0 && at.a.Entities[at.ment[k]].Type == model.Person {
			return attribution{}, false // "his friend Ann Reed": a name of its own
		}
	}
	ei := -1
	switch toks[s].low {
	case "his", "her":
		if ref, ok := at.pron[s]; ok {
			ei = ref
		}
	case "its":
		if r := at.resolvePronoun(s, "n"); r.ok && r.id != "" {
			ei = at.entityIndex(r.id)
		}
	}
	if ei < 0 {
		return attribution{}, false
	}
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	en := at.a.Entities[ei]
	if own {
		return attribution{speaker: en.Name, id: en.ID, mention: span, ok: true}, true
	}
	rest := at.a.Text[toks[s+1].Start:toks[e-1].End]
	return attribution{speaker: possessiveOf(shownName(en.Name)) + " " + normalizeName(rest), mention: span, ok: true}, true
}

// possessiveOf writes the possessive of a name: "Ann Reed’s", "Jonas’".
func possessiveOf(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "’"
	}
	return name + "’s"
}

// entityIndex is the index of the entity with the id, or -1.
func (at *attributor) entityIndex(id string) int {
	for i, e := range at.a.Entities {
		if e.ID == id {
			return i
		}
	}
	return -1
}

// describedOrganisation is the "organisation description" step: "the
// company", "the agency", "the ministry" name the latest organisation of
// that kind before them, in the same paragraph or the three before it,
// outside quotations. The kind is told by the organisation's name ("Vessel
// Safety Agency" is an agency, "Harbour Freight Inc." a company). Where
// none is, the body description step weighs apposition and the passage
// (coref_bodies.go). ok is false when toks[s:e] is no such description or
// no organisation fits.
func (at *attributor) describedOrganisation(s, e int) (attribution, bool) {
	toks := at.tz.toks
	if e-s != 2 || toks[s].low != "the" {
		return at.describedBody(s, e)
	}
	kinds := orgDescriptionKinds[toks[s+1].low]
	if kinds == nil {
		return at.describedBody(s, e)
	}
	limit := toks[s].para - 3
	for j := s - 1; j >= 0 && s-j < maxPronounReach; j-- {
		if toks[j].para < limit {
			break
		}
		ei := at.ment[j]
		if ei < 0 || at.qtok[j] >= 0 {
			continue
		}
		j = at.mstart[j]
		en := at.a.Entities[ei]
		if en.Type != model.Organization || !nameOfKind(en.Name, kinds) {
			continue
		}
		span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
		return attribution{speaker: en.Name, id: en.ID, mention: span, ok: true}, true
	}
	return at.describedBody(s, e) // the body description step (coref_bodies.go)
}

// nameOfKind reports whether an organisation's name has one of the words
// that tell its kind.
func nameOfKind(name string, kinds map[string]bool) bool {
	for _, w := range strings.Fields(name) {
		if kinds[strings.TrimRight(lower(w), ".,")] {
			return true
		}
	}
	return false
}

// theyStarts lists where the subjects a "they" at k may name begin: the
// sentence before its own, when that is in the same or the previous
// paragraph, then its own sentence (own; a clause of it, for a pronoun
// after a quotation).
func (at *attributor) theyStarts(k int) (starts []int, own int) {
	toks := at.tz.toks
	if sent := toks[k].sent; sent > 0 {
		if b := at.tz.sents[sent-1].start; toks[b].para >= toks[k].para-1 {
			starts = append(starts, b)
		}
	}
	own = at.sentenceFrom(k)
	return append(starts, own), own
}

// coordinatedPair is the "pair" step for "they": two or three people, or
// two or three bodies, joined by "and" as the subject of the sentence
// before the pronoun (or of its own sentence, before it), "Priya Shah and
// Tomas Osei studied … They write", "Vell Air and Holm Ferries signed …
// they said", "Ann Reed and her husband, Tomas Reed, opened …", are who
// "they" are. The speaker names them all and links none. ok is false when
// no such subject is in reach.
func (at *attributor) coordinatedPair(k int) (attribution, bool) {
	toks := at.tz.toks
	starts, _ := at.theyStarts(k)
	for _, start := range starts {
		if start >= k || at.qtok[start] >= 0 {
			continue
		}
		p := start
		// a title in the plural is the pair's: "Professors Shah and Osei"
		for p < k && p-start < 3 && (at.word(p).in(awSentenceOpener) || toks[p].in(wcPersonTitle) || personTitles[strings.TrimSuffix(toks[p].low, "s")] || toks[p].text == ",") {
			p++
		}
		var names []string
		kind := model.Person // the pair's: two people or two bodies ("Vell Air and Holm Ferries")
		if p < k && at.ment[p] >= 0 && at.a.Entities[at.ment[p]].Type == model.Organization {
			kind = model.Organization
		}
		for p < k && at.ment[p] >= 0 && at.mstart[p] == p && at.a.Entities[at.ment[p]].Type == kind {
			names = append(names, shownName(at.a.Entities[at.ment[p]].Name))
			p = at.mend[p]
			if p < k && toks[p].text == "," && len(names) < 3 {
				p++
				continue
			}
			if p < k && toks[p].low == "and" {
				p++
				for p < k && toks[p].in(wcPersonTitle) {
					p++
				}
				p = at.apposedPartner(p, k)
				continue
			}
			break
		}
		if len(names) < 2 || p >= k || !isLowerWord(toks[p].text) {
			continue // no pair, or no verb after it
		}
		last := len(names) - 1
		speaker := strings.Join(names[:last], ", ") + " and " + names[last]
		return attribution{speaker: speaker, mention: toks[k].Span, ok: true}, true
	}
	return attribution{}, false
}

// apposedPartner is the token of the name in "her husband, Tomas Reed"
// when one starts at p, before k: a possessive, at most two lower-case
// words and a comma before a person's name ("Ann Reed and her husband,
// Tomas Reed, opened …"); else p.
func (at *attributor) apposedPartner(p, k int) int {
	toks := at.tz.toks
	if p >= k || !toks[p].in(wcPossessive) {
		return p
	}
	for j := p + 1; j < k && j-p <= 3; j++ {
		if toks[j].text == "," {
			if n := j + 1; n < k && n > p+1 && at.ment[n] >= 0 && at.mstart[n] == n && at.a.Entities[at.ment[n]].Type == model.Person {
				return n
			}
			return p
		}
		if !isLowerWord(toks[j].text) {
			return p
		}
	}
	return p
}

// describedDocument is the "document" step: "the statement", "the
// letter", "the ad" name whoever issued the statement, letter or ad the
// article mentioned last, in the same paragraph or the two before it: "Ann
// Reed released a statement on Monday. … “…,” the statement said" is Ann
// Reed's. Whoever issued it is named after "from" or "by" ("a statement
// from the council"), or is the subject whose verb has the document as its
// object ("X released a statement", "X released a written statement");
// a campaign the text shows as a person's may be that subject ("his
// campaign sent out an email", "the Reed campaign sent an email": Ann
// Reed’s campaign); ok is false when there is none.
func (at *attributor) describedDocument(s, e int) (attribution, bool) {
	toks := at.tz.toks
	if r, ok := at.documentAgent(s, e); ok {
		return r, true
	}
	if e-s != 2 || toks[s].low != "the" || !documentNouns[toks[s+1].low] {
		return attribution{}, false
	}
	noun := toks[s+1].low
	limit := toks[s].para - 2
	for j := s - 1; j > 0 && s-j < maxPronounReach; j-- {
		if toks[j].para < limit {
			break
		}
		if toks[j].low != noun || at.qtok[j] >= 0 {
			continue
		}
		// the article, past at most two lower-case modifiers: "a written
		// statement", "a fundraising email"
		art := j - 1
		for art > 0 && j-art <= 2 && toks[art].sent == toks[j].sent && isLowerWord(toks[art].text) && !articleOrOwner(toks[art].low) &&
			!documentNouns[toks[art].low] && !toks[art].in(wcPreposition) && !toks[art].cueWord() {
			art--
		}
		if !articleOrOwner(toks[art].low) {
			continue
		}
		var r attribution
		n := j + 2
		if n < len(toks) && toks[n].low == "the" {
			n++
		}
		if w := toks[j+1].low; (w == "from" || w == "by") && n < len(toks) && at.ment[n] >= 0 {
			r = at.entityAttribution(n) // "a statement from the council"
		} else if rs, ok := at.statementSpeaker(art); ok {
			r = rs // "In a statement, the company said" (coref45_document.go)
		} else if r = at.subjectAtStart(at.sentenceFrom(j), art); r.ok && !at.issuedBy(r, art) {
			r = attribution{}
		}
		// "The Reed campaign sent an email": the campaign sent it, shown
		// as the person's, as "his campaign" is
		if r.ok && r.id != "" {
			if ms := at.tokAt(r.mention.Start); ms >= 0 && at.ment[ms] >= 0 && at.a.Entities[at.ment[ms]].Type == model.Person &&
				at.modifierName(at.mstart[ms], at.mend[ms]) {
				r = attribution{speaker: possessiveOf(r.speaker) + " " + toks[at.mend[ms]].low, ok: true}
			}
		}
		// the issuer is one the text names, or a body it shows as a
		// person's ("his campaign sent out an email": Reed’s campaign)
		if !r.ok || r.id == "" && !ownedShown(r.speaker) {
			return attribution{}, false // the last such document has no issuer the text names
		}
		r.mention = model.Span{Start: toks[s].Start, End: toks[e-1].End}
		r.cue = ""
		return r, true
	}
	return attribution{}, false
}

// articleOrOwner reports whether w opens a document's noun phrase as a
// new document: "a", "an" or a possessive ("his statement").
func articleOrOwner(w string) bool { return w == "a" || w == "an" || possessives[w] }

// ownedShown reports whether a speaker the phrase steps name without a
// link is shown as a named owner's, "Ann Reed’s campaign", not a bare
// description ("the campaign") or a phrase as written ("The Reed
// campaign").
func ownedShown(speaker string) bool {
	return strings.Contains(speaker, "’s ") || strings.Contains(speaker, "s’ ")
}

// issuedBy reports whether the subject r is the subject of a verb whose
// object opens at token k: nothing but the verb, a particle or an
// auxiliary stands between them ("released", "put out", "has issued"),
// never a speech verb, whose object is what is said.
func (at *attributor) issuedBy(r attribution, k int) bool {
	toks := at.tz.toks
	from := at.tokAt(r.mention.End-1) + 1
	if from <= 0 || k-from < 1 || k-from > 3 {
		return false
	}
	for m := from; m < k; m++ {
		if w := toks[m].low; !isLowerWord(toks[m].text) || isCueWord(w) || clauseBreaks[w] || at.qtok[m] >= 0 {
			return false
		}
	}
	return true
}

// appositionName is the "apposition" step: a role phrase written beside a
// person's name, between dashes or commas, is that person: "Ann Reed — a
// teacher from Holm — says", "said his oldest friend at Holm College,
// Tomas Osei, who …". The name speaks, not the role. ok is false when
// toks[s:e] stands beside no name.
func (at *attributor) appositionName(s, e int) (attribution, bool) {
	toks := at.tz.toks
	for e > s && (isDash(toks[e-1].text) || toks[e-1].text == ",") {
		e--
	}
	if e <= s {
		return attribution{}, false
	}
	person := func(j int) bool {
		return j >= 0 && j < len(toks) && at.ment[j] >= 0 && at.qtok[j] < 0 && toks[j].sent == toks[s].sent &&
			at.a.Entities[at.ment[j]].Type == model.Person
	}
	// a name after the phrase speaks under all of it: the mention still
	// starts where the phrase does, as the rules that read on to the left
	// of a mention expect
	from := func(r attribution) attribution {
		r.mention.Start = toks[s].Start
		return r
	}
	// "the Gazette's Tomas Brandvold": the person a body's possessive
	// introduces, the whole phrase their name
	if toks[s].in(wcDeterminer) {
		for k := s + 1; k+1 < e && k-s < 6 && toks[k].capital; k++ {
			if isPossessive(toks[k+1].text) && person(k+2) && at.mstart[k+2] == k+2 && at.mend[k+2] >= e {
				return from(at.entityAttribution(k + 2)), true
			}
		}
	}
	// before the phrase: "<Name>, phrase," or "<Name> — phrase —" with
	// the phrase the end of what the dashes hold ("Ann Reed — named by the
	// party as Osei's likely successor — told")
	p := s - 1
	if p >= 0 && !isDash(toks[p].text) && toks[p].text != "," {
		for p = s - 1; p > 0 && s-p < 20 && toks[p].sent == toks[s].sent && !isDash(toks[p].text) && at.qtok[p] < 0; p-- {
		}
	}
	if p >= 1 && (isDash(toks[p].text) || toks[p].text == ",") && person(p-1) && at.mend[p-1] == p &&
		e < len(toks) && toks[e].text == toks[p].text {
		return at.entityAttribution(p - 1), true
	}
	// "a fisherman named Tomas Reed", "a man calling himself Ivo Brandt":
	// the phrase introduces the name after it
	if n := namingEnd(toks, e, s); n > 0 {
		if person(n) && at.mstart[n] == n {
			return from(at.entityAttribution(n)), true
		}
		end := n
		for end < len(toks) && end-n < 6 && toks[end].sent == toks[s].sent {
			end++
		}
		if r := at.nameRun(n, end, 1); r.ok && at.tokAt(r.mention.End-1) > n {
			return from(r), true // a name of two words the recogniser did not know
		}
	}
	// after it: "phrase [at <Name of a place or body>], <Name>" and the
	// apposition ends there
	k := e
	if k < len(toks) && toks[k].in(wcPreposition) {
		k++
		for k < len(toks) && k-e < 8 && toks[k].sent == toks[s].sent && (toks[k].capital || toks[k].low == "the" || toks[k].low == "of") {
			k++
		}
	}
	if k+1 >= len(toks) || toks[k].text != "," || !person(k+1) || at.mstart[k+1] != k+1 {
		return attribution{}, false
	}
	if n := at.mend[k+1]; n < len(toks) && toks[n].sent == toks[s].sent && toks[n].text != "," && toks[n].text != "." {
		return attribution{}, false // "a rival of Reed, Osei's deputy": the name is not the apposition's
	}
	return from(at.entityAttribution(k + 1)), true
}

// subjectPair is the "pair" step for a name: a person named with a second
// person, "and" between them, at the start of a clause, "Ann Reed and
// Tomas Osei issued a statement calling it “…”", "said Reed and Osei":
// both speak. The speaker names them both and links neither. ok is false
// when the person at token j is not one of such a pair.
func (at *attributor) subjectPair(j int) (attribution, bool) {
	toks := at.tz.toks
	person := func(k int) bool {
		return k >= 0 && k < len(toks) && at.ment[k] >= 0 && at.mstart[k] == k && at.qtok[k] < 0 &&
			at.a.Entities[at.ment[k]].Type == model.Person
	}
	titles := func(k int) int { // past the titles from k: "House Speaker", "state Sen."
		for n := k; n < len(toks) && n-k < 4; n++ {
			if w := toks[n].low; !personTitles[w] && !roleNouns[w] && !qualifierNouns[w] {
				return n
			}
		}
		return k
	}
	first := at.mstart[j]
	if !person(first) {
		return attribution{}, false
	}
	second := -1
	if e := at.mend[first]; e < len(toks) && toks[e].low == "and" && toks[e].sent == toks[first].sent {
		second = titles(e + 1)
	} else {
		// j is the second: "… and <titles> <name>"
		p := first - 1
		for p > 0 && first-p <= 4 && (toks[p].in(wcPersonTitle) || toks[p].in(wcRoleNoun) || toks[p].is(wkQualifierNoun)) {
			p--
		}
		if p <= 0 || toks[p].low != "and" || at.ment[p-1] < 0 || toks[p-1].sent != toks[first].sent {
			return attribution{}, false
		}
		second, first = first, at.mstart[p-1]
	}
	if !person(first) || !person(second) || at.ment[first] == at.ment[second] {
		return attribution{}, false
	}
	// the pair opens its clause, or follows the verb of an inverted tag
	b := first - 1
	for b >= 0 && first-b <= 4 && toks[b].sent == toks[first].sent && (toks[b].in(wcPersonTitle) || toks[b].in(wcRoleNoun) ||
		toks[b].is(wkQualifierNoun) || toks[b].in(wcDescriptor)) {
		b--
	}
	if b >= 0 && toks[b].sent == toks[first].sent && toks[b].text != "," && toks[b].text != ":" && !at.word(b).in(awSentenceOpener) &&
		!toks[b].in(wcSpeechCue) && at.qtok[b] < 0 {
		return attribution{}, false
	}
	if b > 0 && toks[b].text == "," && at.ment[b-1] >= 0 {
		return attribution{}, false // the end of a longer list: "Larsen, Kovac and Varga"
	}
	// and a verb after it, or the end of the tag
	e := at.mend[second]
	if e < len(toks) && toks[e].sent == toks[first].sent && (isPossessive(toks[e].text) || at.ment[e] >= 0 || !isLowerWord(toks[e].text) && toks[e].text != "," && toks[e].text != ".") {
		return attribution{}, false
	}
	a, c := at.a.Entities[at.ment[first]], at.a.Entities[at.ment[second]]
	span := model.Span{Start: toks[first].Start, End: toks[e-1].End}
	return attribution{speaker: shownName(a.Name) + " and " + shownName(c.Name), mention: span, ok: true}, true
}

// namingEnd is where the name starts after an indefinite phrase from token
// s to e that introduces it by name ("a fisherman named", "a man calling
// himself"), or 0 when no such words follow in its sentence.
func namingEnd(toks []token, e, s int) int {
	if e >= len(toks) || toks[e].sent != toks[s].sent {
		return 0
	}
	n := 0
	switch w := toks[e].low; {
	case w == "named" || w == "called":
		n = e + 1
	case w == "calling" && e+1 < len(toks) && (toks[e+1].low == "himself" || toks[e+1].low == "herself"):
		n = e + 2
	}
	if n == 0 || n >= len(toks) || toks[n].sent != toks[s].sent || !toks[n].capital {
		return 0
	}
	// only an indefinite phrase is introduced so: "the board named Ann Reed
	// its chair" and "X called Reed's remarks …" are verbs
	if w := toks[s].low; w != "a" && w != "an" && w != "another" {
		return 0
	}
	return n
}

// documentAgent is the "agent" step for a document: a report, study,
// poll, editorial or statement speaks for whoever the text names as its
// author or publisher, right after it or inside its phrase: "a report by
// Y", "a statement from Y", "a 2013 study by economists Y and Z", "a
// Wednesday editorial in Y". The phrase toks[s:e] stays the mention; ok is
// false when it is no document or no name follows.
func (at *attributor) documentAgent(s, e int) (attribution, bool) {
	toks := at.tz.toks
	doc := -1
	for k := s; k < e; k++ {
		if documentNouns[toks[k].low] || authoredNouns[toks[k].low] {
			doc = k
			break
		}
		if toks[k].in(wcPreposition) {
			return attribution{}, false
		}
	}
	if doc < 0 {
		return attribution{}, false
	}
	for k := doc + 1; k < len(toks) && k <= e && k-doc < 8 && toks[k].sent == toks[s].sent && at.qtok[k] < 0; k++ {
		w := toks[k].low
		if w != "by" && w != "from" && w != "in" {
			continue
		}
		// the agent's name, past a few role words: "by economists Y"
		n := k + 1
		for n < len(toks) && n-k <= 4 && at.ment[n] < 0 && (isLowerWord(toks[n].text) || toks[n].in(wcDeterminer)) && !toks[n].in(wcPreposition) && !at.word(n).in(awClauseBreak) {
			n++
		}
		if n >= len(toks) || at.ment[n] < 0 || at.mstart[n] != n || toks[n].sent != toks[s].sent {
			return attribution{}, false
		}
		t := at.a.Entities[at.ment[n]].Type
		if t != model.Organization && (w == "in" || t != model.Person) {
			return attribution{}, false // "a poll in Iowa": a place is no author
		}
		r := at.entityAttribution(n)
		r.mention = model.Span{Start: toks[s].Start, End: toks[e-1].End}
		return r, true
	}
	return attribution{}, false
}

// pluralSubject is the "group" step for "they", after the pair step: in
// the pronoun's own sentence, then the one before it, the subject that
// opens the sentence when it is a group that can speak, else the nearest
// plural of people in it. A phrase headed by a plural noun of people ("the
// groups who wrote to her say …", "Many critics argue …", "“…,” the groups
// say") is shown as written; an organisation that opens the sentence as
// its subject is the organisation ("The Vell Union said … They argue").
// A subject that is one person ("Ann Reed said … They") ends the search.
// ok is false when none of these is there, and only then does a "they"
// go to the nearest organisation (resolvePronoun).
func (at *attributor) pluralSubject(k int) (attribution, bool) {
	toks := at.tz.toks
	starts, own := at.theyStarts(k)
	// the nearer sentence first: its subject is the likelier group
	for i := len(starts) - 1; i >= 0; i-- {
		if r, ok := at.groupOpening(starts[i], k, groupHead); ok {
			return r, r.speaker != "" // one person opening it ends the search
		}
		// the sentence before only for a "they" that opens its own: one
		// after a quotation or inside a clause is told by its own sentence
		if starts[i] != own && !at.pronounOpens(k) {
			continue
		}
		if r, ok := at.nearestGroup(starts[i], min(k, at.tz.sents[toks[starts[i]].sent].end), k); ok {
			return r, true
		}
		// "Cole's campaign is contrasting her plan with what they call":
		// with no plural of people nearer, a body of people that opens the
		// pronoun's own sentence is "they"
		if starts[i] == own {
			if r, ok := at.groupOpening(own, k, func(w string) bool { return collectiveBodies[w] }); ok && r.speaker != "" {
				return r, true
			}
		}
	}
	return attribution{}, false
}

// collectiveBodies are bodies of people that American and British news
// also call "they": "the campaign … what they call".
var collectiveBodies = wordSet(`campaign committee government administration party union council board panel team coalition`)

// nearestGroup is the last plural of people between from and to, outside
// quotations and names, as the speaker for the "they" at k: "Clinton aides
// were being “…” because they knew", "8 percent of Democrats said they".
func (at *attributor) nearestGroup(from, to, k int) (attribution, bool) {
	toks := at.tz.toks
	for j := to - 1; j >= from; j-- {
		if at.qtok[j] >= 0 || at.ment[j] >= 0 || !groupHead(toks[j].low) || j+1 < k && toks[j+1].low == "of" {
			continue
		}
		s := j
		for s > from && j-s < 3 && at.qtok[s-1] < 0 && at.ment[s-1] < 0 && hasLetter(toks[s-1].low) &&
			!toks[s-1].in(wcPreposition) && !at.word(s-1).in(awClauseBreak) && !at.word(s-1).in(awBeForm) && !toks[s-1].cueWord() && pronounOf(&toks[s-1]) == "" {
			s--
		}
		if s > from && at.ment[s-1] >= 0 && at.mend[s-1] == s && at.mstart[s-1] >= from {
			s = at.mstart[s-1] // "Reed aides", "Senate staffers"
		}
		if s >= from+2 && toks[s-1].low == "and" && at.ment[s-2] < 0 && groupHead(toks[s-2].low) {
			s -= 2 // "Democrats and Republicans"
		}
		if r := at.unnamed(s, j+1); r.ok {
			r.id, r.mention = "", toks[k].Span
			return r, true
		}
		return attribution{speaker: normalizeName(at.a.Text[toks[s].Start:toks[j].End]), mention: toks[k].Span, ok: true}, true
	}
	return attribution{}, false
}

// groupOpening reads the subject that opens the sentence at start, before
// k. ok is true when the sentence opens with a subject at all (a name or a
// phrase whose head passes head); the attribution is empty when that
// subject is one person.
func (at *attributor) groupOpening(start, k int, head func(string) bool) (attribution, bool) {
	toks := at.tz.toks
	if start >= k || at.qtok[start] >= 0 {
		return attribution{}, false
	}
	p := start
	for p < k && p-start < 3 && (at.word(p).in(awSentenceOpener) || toks[p].text == ",") {
		p++
	}
	if p < k && toks[p].in(wcOpening) {
		c := closingToken(toks, p+1, k, 25, ",")
		if c < 0 || at.qtok[c] >= 0 {
			return attribution{}, false
		}
		p = c + 1
	}
	if p >= k || at.qtok[p] >= 0 {
		return attribution{}, false
	}
	if pronounOf(&toks[p]) != "" {
		return attribution{}, false // a pronoun subject: the chains' business
	}
	for j := p; j < k && j-p < 6 && at.qtok[j] < 0; j++ {
		if ei := at.ment[j]; ei >= 0 {
			switch at.a.Entities[ei].Type {
			case model.Organization:
				e := at.mend[j]
				if e < k && (toks[e].in(wcSpeechCue) || isLowerWord(toks[e].text) && !toks[e].in(wcPreposition) && !isPossessive(toks[e].text)) {
					en := at.a.Entities[ei]
					return attribution{speaker: en.Name, id: en.ID, mention: toks[k].Span, ok: true}, true
				}
				return attribution{}, false
			case model.Person:
				if e := at.mend[j]; e < k && isPossessive(toks[e].text) {
					if e+1 < k && head(toks[e+1].low) {
						j = e // "Reed's campaign … it": the body she owns is the subject
						continue
					}
					return attribution{}, false // "Reed's comments": she owns the subject
				}
				return attribution{}, true // one person opens it: no group
			}
			return attribution{}, false
		}
		w := toks[j].low
		if head(w) {
			n := j + 1
			if n < k && toks[n].low == "of" {
				continue // "members of the panel": the head is further on
			}
			if n >= k || !(isLowerWord(toks[n].text) || toks[n].text == "," || toks[n].text == "(") || at.qtok[n] >= 0 {
				return attribution{}, false
			}
			r := at.unnamed(p, j+1)
			if !r.ok {
				return attribution{}, false
			}
			r.id, r.mention = "", toks[k].Span
			return r, true
		}
		if j > p && isPossessive(toks[j].text) && j+1 < k && isLowerWord(toks[j+1].text) {
			continue // "Thursday's memo": a possessive, not "is"
		}
		if !hasLetter(w) || clauseBreaks[w] || prepositions[w] && w != "of" || beForms[w] || isCueWord(w) || pronouns[w] != "" {
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// groupHead reports whether the lower-case word w heads a phrase of people
// who can be "they": a plural noun of speaking people ("critics",
// "groups", "officials") or of agents ("lobbyists"), or a plural of the
// groupNouns block.
func groupHead(w string) bool {
	if groupNouns[w] {
		return true
	}
	if strings.HasSuffix(w, "ss") || !strings.HasSuffix(w, "s") {
		return false
	}
	return !notGroupHeads[w] && (unnamedHeads[w] || peoplePlural(w))
}

// pronounOpens reports whether token k opens its sentence, after
// sentence openers and commas.
func (at *attributor) pronounOpens(k int) bool {
	toks := at.tz.toks
	p := at.sentenceFrom(k)
	for p < k && k-p <= 3 && (at.word(p).in(awSentenceOpener) || toks[p].text == ",") {
		p++
	}
	return p == k
}

// thingSubject is the "document" step for "it": in the pronoun's own
// sentence, then the one before it, the subject that opens the sentence
// when it is a document or a body that speaks ("Thursday's memo from the
// panel seemed aimed at … ⏎ “…,” it stated", "The group seeks … what it
// calls “…”") or an organisation, else the speaker of the last quotation
// of the sentence before, when that is such a phrase ("“…,” the email
// read. It stated that …"). ok is false when none is there, and only then
// does "it" go to the nearest organisation (resolvePronoun).
func (at *attributor) thingSubject(k int) (attribution, bool) {
	toks := at.tz.toks
	sent := toks[k].sent
	own := at.sentenceFrom(k)
	starts := []int{own}
	if sent > 0 {
		if b := at.tz.sents[sent-1].start; toks[b].para >= toks[k].para-1 {
			starts = append(starts, b)
		}
	}
	for _, start := range starts {
		if r, ok := at.groupOpening(start, k, thingHead); ok {
			return r, r.speaker != ""
		}
		if r, ok := at.thingQuoted(start, k); ok {
			return r, true
		}
	}
	return attribution{}, false
}

// thingQuoted is the document or body that spoke the last quotation of
// the sentence at start, before k, where the sieve has found it.
func (at *attributor) thingQuoted(start, k int) (attribution, bool) {
	toks := at.tz.toks
	end := min(k, at.tz.sents[toks[start].sent].end)
	qi := -1
	for j := start; j < end; j++ {
		if at.qtok[j] >= 0 {
			qi = at.qtok[j]
		}
	}
	if qi < 0 || !at.res[qi].ok || at.res[qi].speaker == "" || at.res[qi].mention.End <= at.res[qi].mention.Start {
		return attribution{}, false
	}
	r := at.res[qi]
	last := at.tokAt(r.mention.End - 1)
	if at.ment[last] >= 0 || !thingHead(toks[last].low) {
		return attribution{}, false
	}
	r.mention = toks[k].Span
	return r, true
}

// thingHead reports whether the lower-case word w heads a phrase for a
// document or a body that "it" can stand for when it speaks.
func thingHead(w string) bool {
	return documentNouns[w] || documentHeads[w] || thingNouns[w] || moreThingHead(w)
}
