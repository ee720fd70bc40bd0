package analysis

import (
	"slices"
	"sort"
	"strings"

	"github.com/byline-reader/byline/model"
)

// Linking turns the recogniser's raw mentions into the article's entities
// in a list of named passes, run in order over every mention: the first
// trims and drops, the next decide each name's type, the rest join short
// forms to the full names they stand for. Each pass sees what the passes
// before it decided.

// linkPass is one step of linking.
type linkPass struct {
	name string
	run  func(l *linker)
}

// linkPasses is every linking pass, in the order they run.
var linkPasses = []linkPass{
	{"figure-before-name", figureBeforeName},
	{"majority-type", majorityType},
	{"demonym-plural", demonymPlural}, // recog46_names.go
	{"list-people", listPeople},
	{"dateline-place", datelinePlace},
	{"untagged-full-name", untaggedFullName},
	{"of-place", ofPlace},
	{"surname-makes-person", surnameMakesPerson},
	{"person-context", personContext},
	{"apposed-person", apposedPerson}, // recog37_apposed.go
	{"fuller-name", fullerName},
	{"given-names-first", givenNamesFirst}, // names34_link.go
	{"particle-surname", particleSurname},
	{"particle-tail-surname", particleTailSurname}, // recog40_tail.go
	{"tail-of-full-name", tailOfFullName},          // recog46_names.go
	{"initial-of-given-name", initialOfGivenName},  // recog40_surnames.go
	{"shared-surname", sharedSurname},
	{"one-word-person", oneWordPerson},
	{"inner-surname", innerSurname},
	{"body-word-not-person", bodyWordNotPerson},
	{"one-word-short-name", oneWordShortName},
	{"name-in-names", nameInNames},   // link_modifier.go
	{"hypocorisms", hypocorisms},     // link_hypocorism.go
	{"kin-given-name", kinGivenName}, // names34_link.go
	{"the-word-place", theWordPlace},
	{"kinds-by-neighbours", kindsByNeighbours},
	{"the-short-body", theShortBody}, // recog37_theshort.go
	{"aged-noun", agedNoun},          // recog37_theshort.go
	{"missed-surname", missedSurname},
	{"missed-given-name", missedGivenName},             // recog40_given.go
	{"missed-particle-surname", missedParticleSurname}, // names34_link.go
	{"known-as", knownAs},
	{"place-after-preposition", placeAfterPreposition},
	{"spelling-variants", spellingVariants},
	{"capitals-heads", capitalsHeads},
	{"common-word-person", commonWordPerson},
	{"family-word-person", familyWordPerson}, // names34_link.go
	{"firm-context", firmContext},
	{"firm-short-name", firmShortName},  // names36_link.go
	{"work-apposition", workApposition}, // names36_link.go
	{"kind-nouns", kindNouns},           // recog45_kinds.go
	{"prep-places", prepositionPlaces},  // recog45_kinds.go
	{"team-roles", teamBeforeRole},      // recog45_teams.go
	{"facility-name", facilityName},     // names36_link.go
	{"hyphenated-places", hyphenatedPlaces},
	{"acronyms", acronyms},
	{"handle-of-name", handleOfName},         // recognise_handle.go
	{"headline-lone-word", headlineLoneWord}, // recog46_names.go
}

// mention is a name as linking sees it.
type mention struct {
	ts, te int
	typ    model.EntityType
	key    string // lower-case canonical name
	name   string // display name
	title  bool   // a quoted title: a work, whatever its words
	// apart: the token of the surname of a given name written apart from
	// it, shared with the next person ("Ana" in "Ana and Tomas Reed", see
	// sharedSurname), else 0
	apart int32
	sp    model.Span // where it stands when that is not all of its tokens: one of two places joined by a hyphen
}

// linker holds one article's mentions while the passes work on them.
type linker struct {
	a        *model.Article
	tz       *tokenized
	ms       []mention
	demonyms map[string]bool // keys used as a demonym somewhere
	alone    map[string]bool // keys of one-word people, after the majority vote
	family   *familyRefs     // references to people so far, once a bare surname is a family's (link_family.go)
}

// firstWord and lastWord are a mention's first and last words, lower-cased.
func (l *linker) firstWord(m mention) string { return l.tz.toks[m.ts].low }
func (l *linker) lastWord(m mention) string {
	if m.apart > 0 {
		return l.tz.toks[m.apart].low
	}
	return l.tz.toks[m.te-1].low
}

// linkEntities turns raw mentions into the article's entities: quoted
// titles of works kept whole, titles and roles stripped, junk dropped, then
// the linking passes, then one entity per type and key.
func linkEntities(a *model.Article, tz *tokenized, raw []rawMention) []model.Entity {
	return linkWith(a, tz, raw, linkPasses)
}

// linkWith links with the given passes, so that a test can leave one out.
func linkWith(a *model.Article, tz *tokenized, raw []rawMention, passes []linkPass) []model.Entity {
	raw = outsideFurniture(a, tz, raw)
	titles := quotedTitles(a, tz)
	raw, hit := withoutTitles(raw, titles)
	raw, demonyms := shapeNames(tz, raw)
	raw = splitGivenNames(tz, raw)
	raw, _ = withoutTitles(raw, titles) // a name stretched into a title
	raw = withTitles(a, tz, raw, titles, hit)
	l := &linker{a: a, tz: tz, demonyms: demonyms}
	l.ms = trimmedMentions(a, tz, raw)
	for _, p := range passes {
		p.run(l)
	}
	ents := l.entities()
	// the array, grown or not, for the next article, with no strings of
	// this one's text left in it
	clear(l.ms)
	tz.mentions = l.ms[:0]
	return ents
}

// trimmedMentions makes the raw mentions linking's own: "US Vice President
// Ola Brandt" is Ola Brandt, "the", marks and a person's opening function word
// ("Yet Reed said") never start a name, trailing possessives,
// punctuation and lower-case words never end one (a surname after a
// particle, "al-Rashid", is no lower-case word), junk is dropped, and a
// country's short form is its name.
func trimmedMentions(a *model.Article, tz *tokenized, raw []rawMention) []mention {
	ms := tz.mentions[:0]
	if cap(ms) < len(raw) {
		ms = make([]mention, 0, len(raw))
	}
	var keys keyArena
	var capsIn []int32 // headlineTrim's, made at its first need
	for _, r := range raw {
		if r.title {
			name := normalizeName(a.Text[tz.toks[r.ts].Start:tz.toks[r.te-1].End])
			ms = append(ms, mention{ts: r.ts, te: r.te, typ: model.Other, key: keys.lower(name), name: name, title: true})
			continue
		}
		if r.handle {
			// "@ana_ruiz": a handle is whole as written, lower case and all
			name := a.Text[tz.toks[r.ts].Start:tz.toks[r.te-1].End]
			ms = append(ms, mention{ts: r.ts, te: r.te, typ: r.typ, key: keys.lower(name), name: name})
			continue
		}
		ts, te := r.ts, r.te
		if r.typ == model.Person {
			for k := te - 2; k >= ts; k-- {
				if t := &tz.toks[k]; t.in(wcPersonTitle) || t.capital && (tz.lex(k)&lxPersonRole != 0 || t.low == "executive") {
					ts = k + 1
					break
				}
			}
		}
		for ts < te && (tz.toks[ts].low == "the" || !hasLetterOrDigit(tz.toks[ts].text)) {
			ts++
		}
		// "Yet Reed said": a sentence's first word is no given name
		for r.typ == model.Person && te-ts > 1 && tz.toks[ts].in(wcStarter) {
			ts++
		}
		// "Republican Ada Holm", "Democrat Reed": the party or country the
		// tagger ran into the name is no part of it; alone ("the GOP
		// race", "Cuban Americans") it names no person
		if r.typ == model.Person && ts < te && descriptorNotName(tz, ts) {
			ts++
			if te-ts == 1 && descriptorNotName(tz, ts) {
				ts++ // "Cuban American"
			}
		}
		for te > ts {
			w := tz.toks[te-1].text
			if w == "'s" || w == "’s" || w == "'" || w == "’" || !hasLetterOrDigit(w) || isLowerWord(w) && !tz.toks[te-1].isNameWord() ||
				r.typ == model.Person && te-ts > 1 && tz.toks[te-1].in(wcPronoun|wcWeekday) && !(w == "I" && regnalNumber(tz, ts, te-1)) {
				// "Hank Green I said": no name ends with a pronoun, nor
				// with a day ("met Ada Holm Monday")
				te--
				continue
			}
			if r.typ == model.Person && te-ts > 1 && tz.toks[te-1].capital && headlineVerb(tz.toks[te-1].low) &&
				tz.toks[te-2].isNameWord() && !tz.usedInLowerCase(tz.toks[te-2].low) {
				// "Hillary Clinton Says …", "Sanders Is Not …": a verb
				// of a title written in capitals is no part of the name
				// that a name word before it ends
				te--
				continue
			}
			if r.typ == model.Person && tz.lex(te-1)&lxPostNominal != 0 && (te-ts > 2 || te-ts == 2 && barRanks[w]) && (postNominals[w] || barRanks[w]) {
				// "Tom Hale KC", "Jo Reid MP": the letters after a full
				// name are an office or an honour, not the name
				te--
				continue
			}
			break
		}
		if r.typ == model.Person && te > ts && inHeadline(a, tz, ts) {
			ts, te = headlineTrim(tz, ts, te, &capsIn)
		}
		if te <= ts || junkMention(tz, ts, te) || r.typ == model.Person && titleOnly(tz, ts, te) {
			continue
		}
		name := normalizeName(a.Text[tz.toks[ts].Start:tz.toks[te-1].End])
		if ns, ne := r.nickname(); ts < ns && ne < te {
			// George "Jay" Keyworth is George Keyworth: one key with the
			// name written without the nickname
			name = normalizeName(a.Text[tz.toks[ts].Start:tz.toks[ns].Start] + a.Text[tz.toks[ne].Start:tz.toks[te-1].End])
			if r.byNick {
				name = normalizeName(a.Text[tz.toks[ns+1].Start:tz.toks[ne-2].End] + " " + a.Text[tz.toks[ne].Start:tz.toks[te-1].End])
			}
		}
		if te-ts == 1 && r.typ == model.Person && webAddress(tz.toks[ts].low) {
			// "RootsAction.org", "Mic.com": a website, run by some body (the
			// other types the tagger gives one are left: UNER's gold does not
			// call them bodies)
			r.typ = model.Organization
			name = strings.TrimSuffix(name, ".")
		}
		if te-ts == 1 && r.typ == model.Person && hasDigit(name) {
			// "FOX13", "L2": no one's name has a digit; a station's or a
			// firm's does, and a calibre's ("9mm") is a thing's
			r.typ = model.Other
			if strings.ToLower(name) != name {
				r.typ = model.Organization
			}
		}
		if te-ts == 1 && strings.HasSuffix(name, ".") && apStates[strings.TrimSuffix(tz.toks[ts].low, ".")] {
			r.typ = model.Place // "Mich.", "Calif.": a state as news abbreviates it
		}
		var key string
		if te-ts == 1 && name == tz.toks[ts].text {
			key = tz.toks[ts].low // lowered once already, by the token index
		} else {
			key = keys.lower(name)
		}
		if r.typ == model.Place {
			if c, ok := placeAliases[key]; ok {
				name, key = c, keys.lower(c)
			}
		}
		ms = append(ms, mention{ts: ts, te: te, typ: r.typ, key: key, name: name})
	}
	return ms
}

// risingStarts reports whether every mention starts after the one before.
func risingStarts(ms []model.Mention) bool {
	for i := 1; i < len(ms); i++ {
		if ms[i].Start <= ms[i-1].Start {
			return false
		}
	}
	return true
}

// oneWordPerson: a person known by one word joins the full name that ends
// (or else starts) with it, of the person the article is talking about
// there when two share it (coref_names.go).
func oneWordPerson(l *linker) {
	ms := l.ms
	// the full names by their last and by their first word, numbered by
	// the slot of the word's form (tz.forms) rather than keyed by it in a
	// map: the latest name with the word, plus one (0: none), and each
	// name chained to the one before it with the same word (-1: none),
	// rather than a slice of its own for every word; the chains too in the
	// buffer the article lends
	forms, nv, nm := l.tz.forms, len(l.tz.vocab), len(ms)
	slots := l.tz.formInts(3*nv + 3*nm)
	lastAt, firstAt, penAt := slots[:nv], slots[nv:2*nv], slots[2*nv:3*nv]
	prevLast, prevFirst := slots[3*nv:3*nv+nm], slots[3*nv+nm:3*nv+2*nm]
	var prevPen []int32 // taken at the first name of two surnames (recog40_surnames.go)
	for i := range ms {
		m := &ms[i]
		if m.typ == model.Person && (m.te-m.ts > 1 || m.apart > 0) {
			lf, ff := forms[m.te-1], forms[m.ts]
			if m.apart > 0 {
				lf = forms[m.apart]
			}
			prevLast[i], prevFirst[i] = lastAt[lf]-1, firstAt[ff]-1
			lastAt[lf], firstAt[ff] = int32(i)+1, int32(i)+1
			if p := firstSurnameAt(l.tz, *m); p >= 0 {
				if prevPen == nil {
					prevPen = slots[3*nv+2*nm:]
				}
				pf := forms[p]
				prevPen[i], penAt[pf] = penAt[pf]-1, int32(i)+1
			}
		}
	}
	var buf []int
	// names is the chain of the form in slot f, in text order, in buf
	names := func(at, prev []int32, f int32) []int {
		buf = buf[:0]
		for j := at[f] - 1; j >= 0; j = prev[j] {
			buf = append(buf, int(j))
		}
		slices.Reverse(buf)
		return buf
	}
	refs := shortNameRefs{}
	var ahead []int // short names before every full name that shares them
	for i := range ms {
		m := &ms[i]
		if m.te-m.ts != 1 || m.apart > 0 {
			continue
		}
		if t := l.tz.toks[m.ts].text; isAcronym(t) && len(t) <= 4 && m.typ != model.Person && !l.inCapitals(m.ts) {
			continue // "UN", "EU" are bodies, not the short name of Kim Jong Un or Wu
		}
		f := forms[m.ts]
		cands := names(lastAt, prevLast, f)
		if len(cands) == 0 {
			cands = names(firstAt, prevFirst, f)
		}
		if len(cands) == 0 && prevPen != nil && !(m.typ == model.Place && m.ts > 0 && l.tz.lex(m.ts-1)&lxPlacePrep != 0) {
			// "Restrepo" of María Restrepo Arango (recog40_surnames.go),
			// though the tagger typed it a place; never a place after "in"
			// ("born in Toledo" is no José Luis Toledo Vargas)
			cands = names(penAt, prevPen, f)
		}
		if len(cands) == 0 {
			continue
		}
		if j, ok := l.resolveShortNames(cands, i, refs); ok {
			m.key, m.name, m.typ = ms[j].key, ms[j].name, model.Person
		} else if ms[cands[0]].ts > m.ts {
			ahead = append(ahead, i)
		}
	}
	l.shortNamesAhead(ahead)
}

// inCapitals reports whether the word at k stands among words written in
// capitals, as a headline in capitals writes a surname ("FAVOR CRUZ, BUT").
func (l *linker) inCapitals(k int) bool {
	toks := l.tz.toks
	for _, j := range [2]int{k - 1, k + 1} {
		if j >= 0 && j < len(toks) && toks[j].sent == toks[k].sent && hasLetter(toks[j].text) && unchangedByUpper(toks[j].text) {
			return true
		}
	}
	return false
}

// oneWordShortName: places and organisations known by one word join the
// full name when the article has one such name: "Athletic" is Port Anselm
// Athletic, "Halvard" Halvard Lines, "the Vell" the River Vell.
func oneWordShortName(l *linker) {
	ms := l.ms
	// the full names each word is short for, the first mention of each
	// key: a list for every word, chained through one array of nodes
	// from its latest node (in shortFor), rather than a map for every word
	type shortNode struct{ m, prev int32 }
	var nodes []shortNode
	shortFor := map[string]int32{}
	// the slots (tz.forms) of the words in shortFor: every word there is
	// a token's lower-case form, and a one-word mention asks its own, so
	// one whose slot holds none is passed over without hashing its key
	forms, shortSlot := l.tz.forms, l.tz.formInts(len(l.tz.vocab))
	addShort := func(w string, k, i int) {
		shortSlot[forms[k]] = 1
		head, ok := shortFor[w]
		if !ok {
			head = -1
		}
		for k := head; k >= 0; k = nodes[k].prev {
			if ms[nodes[k].m].key == ms[i].key {
				return
			}
		}
		shortFor[w] = int32(len(nodes))
		nodes = append(nodes, shortNode{m: int32(i), prev: head})
	}
	for i, m := range ms {
		if m.typ != model.Organization && m.typ != model.Place || m.te-m.ts < 2 {
			continue
		}
		first, last := l.firstWord(m), l.lastWord(m)
		if m.typ == model.Organization {
			addShort(last, m.te-1, i)
		}
		if m.te-m.ts == 2 {
			ft, lt := &l.tz.toks[m.ts], &l.tz.toks[m.te-1]
			switch {
			case m.typ == model.Organization && lt.in(wcOrgHead), m.typ == model.Place && lt.in(wcGeoHead|wcStreetHead):
				addShort(first, m.ts, i)
			case m.typ == model.Place && ft.in(wcNaturalFirst|wcPlaceFirst):
				addShort(last, m.te-1, i)
			}
		}
	}
	var cands []int
	for i := range ms {
		m := &ms[i]
		if m.te-m.ts != 1 || shortSlot[forms[m.ts]] == 0 || m.key != l.firstWord(*m) {
			continue
		}
		head, ok := shortFor[m.key]
		if !ok {
			continue
		}
		cands = cands[:0]
		for k := head; k >= 0; k = nodes[k].prev {
			cands = append(cands, int(nodes[k].m))
		}
		if len(cands) > 1 {
			// "the lower Vell" is the River Vell, not the Vell Bridge named
			// after it
			river := cands[:0]
			for _, j := range cands {
				if mj := ms[j]; mj.typ == model.Place && l.tz.toks[mj.ts].in(wcNaturalFirst) && l.lastWord(mj) == m.key {
					river = append(river, j)
				}
			}
			cands = river
		}
		if len(cands) != 1 {
			continue
		}
		if j := cands[0]; l.joinsShort(*m, ms[j]) {
			m.key, m.name, m.typ = ms[j].key, ms[j].name, ms[j].typ
		}
	}
}

// joinsShort reports whether the one-word mention m is short for full.
func (l *linker) joinsShort(m, full mention) bool {
	if m.typ == model.Place && full.typ != model.Place && !orgHeads[m.key] {
		return false // "Kessary" is the city, not Kessary Rovers
	}
	if m.typ == model.Other && (l.demonyms[m.key] || descriptorNotName(l.tz, m.ts)) {
		return false // "American", an adjective, is not the American Navy
	}
	// a word the recogniser took for a person is the place or organisation
	// only after "the" ("the Vell", "the lower Vell"), or when the place is
	// a river's, a lake's or a mountain's ("River Vell") and the word is no
	// given name
	if m.typ == model.Person && !afterThe(l.tz, m.ts) && !orgHeads[m.key] &&
		(full.typ != model.Place || !naturalFirsts[l.firstWord(full)] || givenNameGender(m.key) != "") {
		return false
	}
	return true
}

// missedSurname: a person's surname the recogniser missed somewhere is
// still that person: "Calloway, who co-wrote the screenplay, said" after
// "Ruth Calloway".
func missedSurname(l *linker) {
	toks := l.tz.toks
	surname := map[string]int{} // last word as written -> full-name mention; -1 when two people share it
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person || m.te-m.ts < 2 {
			continue
		}
		w := toks[m.te-1].text
		if j, ok := surname[w]; ok && j >= 0 && l.ms[j].key != m.key {
			surname[w] = -1
		} else if !ok {
			surname[w] = i
		}
	}
	if len(surname) == 0 {
		return
	}
	// the slots of the surnames' lower-case forms (tz.forms): a token
	// written as a surname has its form, so a token whose slot holds none
	// is passed over without hashing it, as nearly every one is
	forms, nv := l.tz.forms, len(l.tz.vocab)
	buf := l.tz.formInts(nv + len(toks))
	surnameForm := buf[:nv]
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ == model.Person && m.te-m.ts >= 2 {
			surnameForm[forms[m.te-1]] = 1
		}
	}
	covered := buf[nv:] // 1 at a token some mention covers: in the same buffer, not a slice of its own
	for i := range l.ms {
		m := &l.ms[i]
		for k := m.ts; k < m.te; k++ {
			covered[k] = 1
		}
	}
	// a token some mention covers is passed over before its text is
	// hashed: most tokens written as a surname are the names' own
	covered = covered[:len(toks)]
	for k, f := range forms[:len(toks)] {
		if surnameForm[f] == 0 || covered[k] != 0 {
			continue
		}
		t := &toks[k]
		j, ok := surname[t.text]
		if !ok || j < 0 || t.para < 0 || t.in(wcWeekday|wcPronoun) || l.a.InFurniture(t.Span) {
			continue
		}
		if insideLongerName(toks, k, k+1) {
			continue
		}
		l.ms = append(l.ms, mention{ts: k, te: k + 1, typ: model.Person, key: l.ms[j].key, name: l.ms[j].name})
	}
}

// insideLongerName reports whether the words toks[s:e] stand inside a
// longer name: a capitalised word right after them or right before them
// in their sentence, a person's title before them aside ("Mr. Holm").
func insideLongerName(toks []token, s, e int) bool {
	return e < len(toks) && toks[e].sent == toks[s].sent && toks[e].capital && hasLetter(toks[e].text) ||
		s > 0 && toks[s-1].sent == toks[s].sent && toks[s-1].capital && hasLetter(toks[s-1].text) && !toks[s-1].in(wcPersonTitle)
}

// hyphenatedPlaces: two of the article's places joined by a hyphen are two
// mentions, not one name: "the Kessary-Port Anselm rail link".
func hyphenatedPlaces(l *linker) {
	toks, text := l.tz.toks, l.a.Text
	// the places by key, made at the first word with a hyphen before a
	// capital (before any mention is split): most articles have none,
	// and made for each of them the map cost more than the pass
	var places map[string]string
	for i := 0; i < len(l.ms); i++ {
		m := l.ms[i]
		if m.title || m.sp.End > 0 {
			continue
		}
		for k := m.ts; k < m.te; k++ {
			t := toks[k]
			h := strings.IndexByte(t.text, '-')
			if h <= 0 || h == len(t.text)-1 || !isCapitalised(t.text[h+1:]) {
				continue
			}
			if places == nil {
				places = map[string]string{}
				for _, p := range l.ms {
					if p.typ == model.Place && p.sp.End == 0 {
						places[p.key] = p.name
					}
				}
				if len(places) == 0 {
					return // no place for either side to name
				}
			}
			left := model.Span{Start: toks[m.ts].Start, End: t.Start + h}
			right := model.Span{Start: t.Start + h + 1, End: toks[m.te-1].End}
			ln, rn := placeName(places, text[left.Start:left.End]), placeName(places, text[right.Start:right.End])
			if ln == "" || rn == "" || strings.ToLower(ln) == m.key || strings.ToLower(rn) == m.key {
				break
			}
			two := []mention{
				{ts: m.ts, te: k + 1, typ: model.Place, key: strings.ToLower(ln), name: ln, sp: left},
				{ts: k, te: m.te, typ: model.Place, key: strings.ToLower(rn), name: rn, sp: right},
			}
			l.ms = append(l.ms[:i], append(two, l.ms[i+1:]...)...)
			i++
			break
		}
	}
}

// acronyms join the long name whose initials they are: UN, United Nations;
// not a name with an acronym of its own among its words, whose initials
// are no expansion ("U.S. Senate" is not "US").
func acronyms(l *linker) {
	// the acronyms the one-word mentions write, first: most articles
	// write none, and a map of every long name's initials cost each of
	// them a string and an entry for every name
	type acronym struct {
		form string // the acronym in capitals, its full stops left out
		long int    // the latest long name with those initials, -1 for none
	}
	var acBuf [16]acronym // on the stack while an article writes few
	acs := acBuf[:0]
	at := l.tz.ints(len(l.ms)) // the acronym of a one-word mention, plus one (0: none)
	for i := range l.ms {
		m := &l.ms[i]
		if w := l.tz.toks[m.ts].text; m.te-m.ts == 1 && isAcronym(w) {
			form := strings.ToUpper(strings.ReplaceAll(w, ".", ""))
			a := slices.IndexFunc(acs, func(a acronym) bool { return a.form == form })
			if a < 0 {
				a = len(acs)
				acs = append(acs, acronym{form: form, long: -1})
			}
			at[i] = a + 1
		}
	}
	if len(acs) == 0 {
		return
	}
	var buf [64]byte
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person && m.te-m.ts > 1 && !hasAcronym(l.tz, m.ts, m.te) {
			in := appendInitials(buf[:0], l.tz, m.ts, m.te)
			for a := range acs {
				if acs[a].form == string(in) {
					acs[a].long = i
				}
			}
		}
	}
	for i := range l.ms {
		m := &l.ms[i]
		if at[i] == 0 {
			continue
		}
		if j := acs[at[i]-1].long; j >= 0 {
			m.key, m.name, m.typ = l.ms[j].key, l.ms[j].name, l.ms[j].typ
		}
	}
}

// hasAcronym reports whether one of the words [ts, te) is an acronym.
func hasAcronym(tz *tokenized, ts, te int) bool {
	for k := ts; k < te; k++ {
		if isAcronym(tz.toks[k].text) {
			return true
		}
	}
	return false
}

// entities groups the mentions by type and key, in order of first mention,
// each entity's mentions in text order with the other names it goes by.
func (l *linker) entities() []model.Entity {
	toks, text := l.tz.toks, l.a.Text
	// every entity's mentions are a slice of one array, its aliases a
	// slice of another, and every ID of one string; the entities are
	// counted first, then made at once, then filled in. The ID ("person:ann
	// reed") is built once per entity, not per mention. An entity is a
	// number in the key table, and the counts are in the buffers the next
	// article reuses.
	n := len(l.ms)
	kt := &l.tz.keys
	kt.reset(n)
	buf := l.tz.ints(3 * n)
	of := buf[:n]                 // the entity of each mention
	count := buf[n : n : 2*n]     // each entity's mentions
	first := buf[2*n : 2*n : 3*n] // each entity's first mention
	idLen := 0
	for i := range l.ms {
		m := &l.ms[i]
		j, ok := kt.number(m.typ, m.key)
		if !ok {
			first = append(first, i)
			count = append(count, 0)
			idLen += len(m.typ.String()) + 1 + len(m.key)
		}
		of[i] = j
		count[j]++
	}
	ents := make([]model.Entity, len(count))
	for j, i := range first {
		ents[j].Name, ents[j].Type = l.ms[i].name, l.ms[i].typ
	}
	var ids strings.Builder
	ids.Grow(idLen)
	all := make([]model.Mention, len(l.ms))
	at := 0
	for j := range ents {
		ents[j].Mentions = all[at : at : at+count[j]]
		at += count[j]
	}
	for i := range l.ms {
		m := &l.ms[i]
		j := of[i]
		e := &ents[j]
		if len(e.Mentions) == 0 {
			start := ids.Len()
			ids.WriteString(m.typ.String())
			ids.WriteByte(':')
			ids.WriteString(m.key)
			e.ID = ids.String()[start:]
		}
		sp := model.Span{Start: toks[m.ts].Start, End: toks[m.te-1].End}
		if m.sp.End > m.sp.Start {
			sp = m.sp
		}
		e.Mentions = append(e.Mentions, model.Mention{Span: sp, Text: text[sp.Start:sp.End], Entity: j})
	}
	// no entity has more aliases than mentions: the array never grows
	aliases := make([]string, 0, len(l.ms))
	for j := range ents {
		e := &ents[j]
		// mentions come mostly in text order already; a strictly rising
		// order is the one sort order there is
		if !risingStarts(e.Mentions) {
			sort.Slice(e.Mentions, func(x, y int) bool { return e.Mentions[x].Start < e.Mentions[y].Start })
		}
		start := len(aliases)
		if len(e.Mentions) == 1 {
			if n := normalizeName(e.Mentions[0].Text); n != e.Name {
				aliases = append(aliases, n)
				e.Aliases = aliases[start:len(aliases):len(aliases)]
			}
			continue
		}
		// the names seen are the entity's and its aliases so far, a few:
		// read through, they cost less than a map made for each entity
		for x, m := range e.Mentions {
			if x > 0 && m.Text == e.Mentions[x-1].Text {
				continue // written as the mention before: its name is the entity's or an alias already
			}
			if n := normalizeName(m.Text); n != e.Name && !slices.Contains(aliases[start:], n) {
				aliases = append(aliases, n)
			}
		}
		if len(aliases) > start {
			e.Aliases = aliases[start:len(aliases):len(aliases)]
		}
		sort.Strings(e.Aliases)
	}
	return ents
}

// headlineVerb: a verb or an adverb that a title written in capitals puts
// right after a name ("Says", "Is", "Did", "Wants", "Just"), which no
// name ends with; not a verb that is a surname too ("Will", "Read", "May").
func headlineVerb(w string) bool {
	return beForms[w] || headlineVerbs[w]
}

// headlineVerbs are the verbs and adverbs that titles put after a name
// and no name ends with (headlineVerb).
var headlineVerbs = wordSet(`says said tells told does did has have had wants joins just also again slams blasts
vows urges warns`)

// descriptorNotName reports a party, faith or country word at token k
// that is no given name ("Tory" is one) and so opens no person's name.
func descriptorNotName(tz *tokenized, k int) bool {
	t := &tz.toks[k]
	return t.in(wcDescriptor) && t.capital && !givenAt(tz, k) && !descriptorsAlsoGiven[t.low]
}

// hasDigit reports whether w has an ASCII digit.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}

// barRanks are the ranks at the bar written after a name, with
// postNominals: South Africa's Senior Counsel ("Themba Nkosi SC"),
// Nigeria's Senior Advocate ("Ade Bello SAN"), and the KC and QC of
// Britain and the Commonwealth. A surname alone sheds them too ("Nkosi
// SC said"): news writes the rank after the surname of counsel (furn30).
var barRanks = wordSet(`SC SAN KC QC`)
