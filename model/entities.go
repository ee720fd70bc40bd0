package model

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawMention is a recognised name before linking: a token range and a type.
type rawMention struct {
	ts, te int // token range [ts, te)
	typ    EntityType
}

// recognise finds names in the tokenised article. It is a variable so that
// the trained recogniser can be plugged in (see ner.go).
var recognise = recogniseByCase

// recogniseByCase is the fallback recogniser: runs of capitalised words
// that are not sentence-initial function words, typed as people.
func recogniseByCase(tz *tokenized) []rawMention {
	var out []rawMention
	for _, s := range tz.sents {
		i := s.start
		for i < s.end {
			if !isCapitalised(tz.toks[i].text) || (i == s.start && stopword(tz.toks[i].text)) || calendarWords[lower(tz.toks[i].text)] {
				i++
				continue
			}
			j := i + 1
			for j < s.end && isCapitalised(tz.toks[j].text) {
				j++
			}
			out = append(out, rawMention{ts: i, te: j, typ: Person})
			i = j
		}
	}
	return out
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// personTitles are words of rank or role that precede a name but are not part
// of it ("US Vice President JD Vance" is JD Vance).
var personTitles = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "miss": true, "dr": true, "dr.": true,
	"prof": true, "prof.": true, "professor": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"president": true, "vice": true, "prime": true, "minister": true, "secretary": true, "chancellor": true,
	"senator": true, "sen.": true, "sen": true, "rep.": true, "representative": true, "congressman": true, "congresswoman": true,
	"governor": true, "gov.": true, "mayor": true, "judge": true, "justice": true, "king": true, "queen": true,
	"prince": true, "princess": true, "pope": true, "general": true, "gen.": true, "colonel": true, "col.": true,
	"captain": true, "capt.": true, "lieutenant": true, "lt.": true, "sergeant": true, "sgt.": true, "admiral": true,
	"commander": true, "chief": true, "director": true, "ambassador": true, "envoy": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "sheikh": true, "ayatollah": true, "rabbi": true, "father": true,
	"reverend": true, "rev.": true, "bishop": true, "cardinal": true, "archbishop": true, "coach": true,
	"councillor": true, "councilman": true, "councilwoman": true, "alderman": true, "speaker": true, "leader": true,
	"foreign": true, "defence": true, "defense": true, "finance": true, "interior": true, "health": true,
	"deputy": true, "acting": true, "former": true, "chairman": true, "chairwoman": true, "ceo": true, "premier": true,
	"mp": true, "attorney": true, "superintendent": true, "inspector": true, "detective": true, "officer": true,
	"state": true, "trade": true, "justice.": true, "economy": true, "labour": true, "labor": true, "education": true,
}

// linkEntities turns raw mentions into the article's entities: titles and
// roles stripped, junk dropped, one type per name by majority, surnames and
// first names joined to the full name, country short forms and acronyms
// joined to the long name.
func linkEntities(a *Article, tz *tokenized, raw []rawMention) []Entity {
	lowerSeen := lowercaseWords(tz)
	raw, demonyms := shapeNames(tz, raw)
	type mention struct {
		ts, te int
		typ    EntityType
		key    string // lower-case canonical name
		name   string // display name
	}
	var ms []mention
	for _, r := range raw {
		ts, te := r.ts, r.te
		// "US Vice President JD Vance" is JD Vance: drop everything up to the last title
		if r.typ == Person {
			for k := te - 2; k >= ts; k-- {
				if personTitles[lower(tz.toks[k].text)] {
					ts = k + 1
					break
				}
			}
		}
		for ts < te && lower(tz.toks[ts].text) == "the" {
			ts++
		}
		// trailing possessives, punctuation and lower-case words never end a name
		for te > ts {
			w := tz.toks[te-1].text
			if w == "'s" || w == "’s" || w == "'" || w == "’" || !hasLetterOrDigit(w) || isLowerWord(w) {
				te--
				continue
			}
			break
		}
		if te <= ts || junkMention(tz, ts, te, lowerSeen) {
			continue
		}
		if inTitle(a, tz.toks[ts].Start, tz.toks[te-1].End) {
			r.typ = Other // a word of “The Glass Orchard” names a work
		}
		name := normalizeName(a.Text[tz.toks[ts].Start:tz.toks[te-1].End])
		if r.typ == Place {
			if c, ok := placeAliases[strings.ToLower(name)]; ok {
				name = c
			}
		}
		ms = append(ms, mention{ts: ts, te: te, typ: r.typ, key: strings.ToLower(name), name: name})
	}

	// one type per name: the majority of its mentions, people first on ties
	votes := map[string]*[4]int{}
	for _, m := range ms {
		v := votes[m.key]
		if v == nil {
			v = &[4]int{}
			votes[m.key] = v
		}
		v[m.typ]++
	}
	typeOf := func(key string) EntityType {
		v := votes[key]
		best := Person
		for t := Person; t <= Other; t++ {
			if v[t] > v[best] {
				best = t
			}
		}
		return best
	}
	for i := range ms {
		ms[i].typ = typeOf(ms[i].key)
		if demonyms[ms[i].key] {
			ms[i].typ = Other // a word used as a demonym once is one throughout
		}
	}

	// a name of two or three words with no head noun, whose last word stands
	// alone for a person elsewhere, is that person: "Matthias Okafor" …
	// "Okafor said"
	alone := map[string]bool{}
	for _, m := range ms {
		if m.typ == Person && m.te-m.ts == 1 {
			alone[m.key] = true
		}
	}
	// "University of Kessary", "Bank of Veldoria": the word after "of" in
	// an institution's name is a place, wherever it stands alone
	ofPlace := map[string]bool{}
	for _, m := range ms {
		if (m.typ == Organization || m.typ == Place) && m.te-m.ts >= 3 && lower(tz.toks[m.te-2].text) == "of" {
			ofPlace[lower(tz.toks[m.te-1].text)] = true
		}
	}
	for i := range ms {
		if m := &ms[i]; m.te-m.ts == 1 && m.typ != Place && ofPlace[m.key] {
			m.typ = Place
		}
	}
	toPerson := map[string]bool{}
	for _, m := range ms {
		if m.typ != Person && m.te-m.ts >= 2 && m.te-m.ts <= 3 && alone[lower(tz.toks[m.te-1].text)] && !hasHeadWord(tz, m.ts, m.te) {
			toPerson[m.key] = true
		}
	}
	for i := range ms {
		if toPerson[ms[i].key] {
			ms[i].typ = Person
		}
	}

	// people known by one word join the full name that ends (or starts) with it
	byLast, byFirst := map[string][]int{}, map[string][]int{}
	for i, m := range ms {
		if m.typ == Person && m.te-m.ts > 1 {
			byLast[lower(tz.toks[m.te-1].text)] = append(byLast[lower(tz.toks[m.te-1].text)], i)
			byFirst[lower(tz.toks[m.ts].text)] = append(byFirst[lower(tz.toks[m.ts].text)], i)
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.te-m.ts != 1 {
			continue
		}
		w := lower(tz.toks[m.ts].text)
		cands := byLast[w]
		if len(cands) == 0 {
			cands = byFirst[w]
		}
		if len(cands) == 0 {
			continue
		}
		if j, ok := nearestFull(cands, i, func(c int) string { return ms[c].key }); ok {
			m.key, m.name, m.typ = ms[j].key, ms[j].name, Person
		}
	}
	// places and organisations known by one word join the full name:
	// "Athletic" is Port Anselm Athletic, "Halvard" Halvard Lines, "the Vell"
	// the River Vell — when the article has one such name
	shortFor := map[string]map[string]int{} // word -> full key -> mention
	addShort := func(w string, i int) {
		if shortFor[w] == nil {
			shortFor[w] = map[string]int{}
		}
		if _, ok := shortFor[w][ms[i].key]; !ok {
			shortFor[w][ms[i].key] = i
		}
	}
	for i, m := range ms {
		if m.typ != Organization && m.typ != Place || m.te-m.ts < 2 {
			continue
		}
		first, last := lower(tz.toks[m.ts].text), lower(tz.toks[m.te-1].text)
		if m.typ == Organization {
			addShort(last, i)
		}
		if m.te-m.ts == 2 {
			switch {
			case m.typ == Organization && orgHeads[last], m.typ == Place && (geoHeads[last] || streetHeads[last]):
				addShort(first, i)
			case m.typ == Place && (naturalFirsts[first] || placeFirsts[first]):
				addShort(last, i)
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.te-m.ts != 1 || m.key != lower(tz.toks[m.ts].text) || m.typ == Person && (m.ts == 0 || tz.toks[m.ts-1].text != "the") && !orgHeads[m.key] {
			continue
		}
		cands := shortFor[m.key]
		if len(cands) != 1 {
			continue
		}
		for _, j := range cands {
			if m.typ == Place && ms[j].typ != Place && !orgHeads[m.key] {
				break // "Kessary" is the city, not Kessary Rovers
			}
			m.key, m.name, m.typ = ms[j].key, ms[j].name, ms[j].typ
		}
	}

	// a person's surname the recogniser missed somewhere is still that person:
	// "Calloway, who co-wrote the screenplay, said" after "Ruth Calloway"
	surname := map[string]int{} // last word as written -> full-name mention; -1 when two people share it
	for i, m := range ms {
		if m.typ != Person || m.te-m.ts < 2 {
			continue
		}
		w := tz.toks[m.te-1].text
		if j, ok := surname[w]; ok && j >= 0 && ms[j].key != m.key {
			surname[w] = -1
		} else if !ok {
			surname[w] = i
		}
	}
	if len(surname) > 0 {
		covered := make([]bool, len(tz.toks))
		for _, m := range ms {
			for k := m.ts; k < m.te; k++ {
				covered[k] = true
			}
		}
		for k, t := range tz.toks {
			j, ok := surname[t.text]
			if !ok || j < 0 || covered[k] || t.para < 0 || weekdays[lower(t.text)] {
				continue
			}
			if k+1 < len(tz.toks) && tz.toks[k+1].sent == t.sent && isCapitalised(tz.toks[k+1].text) && hasLetter(tz.toks[k+1].text) {
				continue // part of a longer name
			}
			if k > 0 && tz.toks[k-1].sent == t.sent && isCapitalised(tz.toks[k-1].text) && hasLetter(tz.toks[k-1].text) &&
				!personTitles[lower(tz.toks[k-1].text)] {
				continue
			}
			ms = append(ms, mention{ts: k, te: k + 1, typ: Person, key: ms[j].key, name: ms[j].name})
		}
	}

	// acronyms join the long name whose initials they are: UN, United Nations
	long := map[string]int{} // initials -> mention index
	for i, m := range ms {
		if m.typ != Person && m.te-m.ts > 1 {
			long[initials(tz, m.ts, m.te)] = i
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.te-m.ts == 1 && isAcronym(tz.toks[m.ts].text) {
			if j, ok := long[strings.ToUpper(strings.ReplaceAll(tz.toks[m.ts].text, ".", ""))]; ok {
				m.key, m.name, m.typ = ms[j].key, ms[j].name, ms[j].typ
			}
		}
	}

	// group by type and key, in order of first mention
	idx := map[string]int{}
	var ents []Entity
	for _, m := range ms {
		id := m.typ.String() + ":" + m.key
		j, ok := idx[id]
		if !ok {
			j = len(ents)
			idx[id] = j
			ents = append(ents, Entity{ID: id, Name: m.name, Type: m.typ})
		}
		sp := Span{tz.toks[m.ts].Start, tz.toks[m.te-1].End}
		ents[j].Mentions = append(ents[j].Mentions, Mention{Span: sp, Text: a.Text[sp.Start:sp.End], Entity: j})
	}
	for j := range ents {
		e := &ents[j]
		sort.Slice(e.Mentions, func(x, y int) bool { return e.Mentions[x].Start < e.Mentions[y].Start })
		seen := map[string]bool{e.Name: true}
		for _, m := range e.Mentions {
			n := normalizeName(m.Text)
			if !seen[n] {
				seen[n] = true
				e.Aliases = append(e.Aliases, n)
			}
		}
		sort.Strings(e.Aliases)
	}
	return ents
}

// shapeNames applies what the form of a name says about it:
//   - names that run on through a possessive after a collective noun are one
//     name: "Luhansk People’s Republics", "the Women’s Hospital";
//   - a name ending in a word for a landform or body of water is a place:
//     "Black Sea", "Rocky Mountains", "Gulf of Mexico" (its head is first there).
func shapeNames(tz *tokenized, raw []rawMention) ([]rawMention, map[string]bool) {
	out := raw[:0:0]
	demonyms := map[string]bool{}
	for i := 0; i < len(raw); i++ {
		r := raw[i]
		// "the opposition People's Coast Party": the possessor belongs to the name
		if ts := r.ts; ts >= 2 && possessorInName(tz, ts-2) && tz.toks[ts-2].sent == tz.toks[ts].sent {
			r.ts = ts - 2
			for r.ts > 0 && tz.toks[r.ts-1].sent == tz.toks[ts].sent && isCapitalised(tz.toks[r.ts-1].text) &&
				!stopword(tz.toks[r.ts-1].text) && !calendarWords[lower(tz.toks[r.ts-1].text)] && ts-r.ts < 6 {
				r.ts--
			}
			for len(out) > 0 && out[len(out)-1].te > r.ts {
				r.ts = min(r.ts, out[len(out)-1].ts)
				out = out[:len(out)-1]
			}
			if r.typ == Person {
				r.typ = Organization
			}
		}
		// "Ruth Calloway’s novel": a surname before a possessive the recogniser
		// left out closes a person's name
		if e := r.te; r.typ == Person && e+1 < len(tz.toks) && tz.toks[e].sent == tz.toks[e-1].sent &&
			isCapitalised(tz.toks[e].text) && hasLetter(tz.toks[e].text) && !stopword(tz.toks[e].text) &&
			!calendarWords[lower(tz.toks[e].text)] && isPossessive(tz.toks[e+1].text) && tz.toks[e+1].Start == tz.toks[e].End &&
			(i+1 >= len(raw) || raw[i+1].ts > e) {
			r.te++
		}
		// "Civic Alliance": a head noun the recogniser left out closes the name
		for r.te < len(tz.toks) && tz.toks[r.te].sent == tz.toks[r.te-1].sent && isCapitalised(tz.toks[r.te].text) &&
			orgHeads[lower(tz.toks[r.te].text)] && (i+1 >= len(raw) || raw[i+1].ts > r.te) {
			r.te++
		}
		// "The Harbour Renewal Plan": a capitalised word the recogniser left
		// out opens a name that has a head noun
		if hl := lower(tz.toks[r.te-1].text); r.te-r.ts >= 2 && (orgHeads[hl] || otherHeads[hl]) {
			for r.ts > 0 && r.te-r.ts < 6 && tz.toks[r.ts-1].sent == tz.toks[r.ts].sent && isCapitalised(tz.toks[r.ts-1].text) &&
				hasLetter(tz.toks[r.ts-1].text) && !stopword(tz.toks[r.ts-1].text) && !calendarWords[lower(tz.toks[r.ts-1].text)] &&
				!personTitles[lower(tz.toks[r.ts-1].text)] && (len(out) == 0 || out[len(out)-1].te < r.ts) {
				r.ts--
			}
		}
		if possessorInName(tz, r.te-1) && r.te+1 < len(tz.toks) &&
			tz.toks[r.te+1].sent == tz.toks[r.te-1].sent && isCapitalised(tz.toks[r.te+1].text) {
			e := r.te + 1
			for e < len(tz.toks) && e-r.te < 5 && tz.toks[e].sent == tz.toks[r.te].sent && isCapitalised(tz.toks[e].text) {
				e++
			}
			// swallow a raw mention that the extension now covers
			for i+1 < len(raw) && raw[i+1].ts < e {
				e = max(e, raw[i+1].te)
				i++
			}
			r.te = e
			if head := lower(tz.toks[e-1].text); stateHeads[head] && !orgHeads[head] {
				r.typ = Place // "Luhansk People's Republics"
			} else if r.typ == Person {
				r.typ = Organization
			}
		}
		if r.typ != Person && (geoHeads[lower(tz.toks[r.te-1].text)] || r.te-r.ts > 2 && geoHeads[lower(tz.toks[r.ts].text)] && lower(tz.toks[r.ts+1].text) == "of") {
			r.typ = Place
		}
		r.typ = headType(tz, r)
		// "the Rovers winger Aleksi Moreau": a name right after a person's role
		if (r.typ == Organization || r.typ == Other) && r.te-r.ts >= 2 && r.te-r.ts <= 3 && r.ts > 0 &&
			personRoles[tz.toks[r.ts-1].text] && !hasHeadWord(tz, r.ts, r.te) {
			r.typ = Person
		}
		ts := r.ts
		for ts < r.te-1 && isLowerWord(tz.toks[ts].text) {
			ts++ // "the Veldorian economy"
		}
		if r.te-ts == 1 && r.typ != Place && isDemonym(tz, ts) {
			r.typ = Other // "every Veldorian family"
			demonyms[lower(tz.toks[ts].text)] = true
		}
		out = append(out, r)
	}
	return out, demonyms
}

// possessorInName reports whether token k is a word that runs on into a
// name through a possessive: "People's" in "People's Coast Party" and a
// plural with a bare apostrophe, "Dockworkers’ Federation".
func possessorInName(tz *tokenized, k int) bool {
	if k < 0 || k+2 >= len(tz.toks) || !isCapitalised(tz.toks[k].text) || !isCapitalised(tz.toks[k+2].text) ||
		tz.toks[k+2].sent != tz.toks[k].sent {
		return false
	}
	w, p := tz.toks[k].text, tz.toks[k+1].text
	if (collectiveNouns[w] || len(w) > 4 && strings.HasSuffix(w, "men")) && isPossessive(p) {
		return true
	}
	return (p == "'" || p == "’") && len(w) > 3 && strings.HasSuffix(w, "s") && tz.toks[k+1].Start == tz.toks[k].End
}

// isDemonym reports whether the single capitalised word at k is a
// demonym used as an adjective: "-ian", "-ean", "-ese" or "-ish" before a
// noun ("Veldorian scientists", "every Veldorian family"), not a given name.
func isDemonym(tz *tokenized, k int) bool {
	w := lower(tz.toks[k].text)
	if !(strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")) ||
		len(w) < 6 || givenNameGender(w) != "" || k+1 >= len(tz.toks) || tz.toks[k+1].sent != tz.toks[k].sent {
		return false
	}
	n := tz.toks[k+1].text
	ln := lower(n)
	if !isLowerWord(n) || isCueWord(ln) || subjectSkips[ln] || beForms[ln] || clauseBreaks[ln] || prepositions[ln] ||
		strings.HasSuffix(ln, "ed") || strings.HasSuffix(ln, "ly") && len(ln) > 6 {
		return false
	}
	return true
}

func isPossessive(s string) bool { return s == "'s" || s == "’s" || s == "'" || s == "’" }

var collectiveNouns = map[string]bool{"People": true, "Peoples": true, "Women": true, "Men": true, "Children": true,
	"Workers": true, "Farmers": true, "Veterans": true, "Citizens": true, "Teachers": true, "Nurses": true,
	"Doctors": true, "Employers": true, "Writers": true, "Artists": true, "Soldiers": true, "Students": true}

var stateHeads = wordSet(`republic republics kingdom emirates federation union commonwealth state states`)

var geoHeads = wordSet(`sea seas ocean river lake lakes mountains mountain gulf bay strait straits valley desert island
islands peninsula coast canal channel basin plateau hills falls delta sound archipelago glacier cape`)

// inTitle reports whether the span lies inside a quoted title of two words
// or more: “Salt Harbour”, “The Glass Orchard”.
func inTitle(a *Article, start, end int) bool {
	i := sort.Search(len(a.Quotes), func(i int) bool { return a.Quotes[i].End > start })
	if i >= len(a.Quotes) || a.Quotes[i].Start > start || a.Quotes[i].End < end {
		return false
	}
	q := a.Quotes[i].Text
	return len(strings.Fields(q)) >= 2 && looksLikeTitle(q)
}

// headType types a name of several words by its head noun, the word that
// says what kind of thing it names: "Coast Party" and "Halvard Lines" are
// organisations, "Marrow Bay" and "Port Anselm" places. A name that starts
// with a known given name stays a person ("Michael Bay").
func headType(tz *tokenized, r rawMention) EntityType {
	if r.te-r.ts < 2 {
		return r.typ
	}
	first, last := tz.toks[r.ts].text, tz.toks[r.te-1].text
	if !isCapitalised(last) || !isCapitalised(first) {
		return r.typ
	}
	lf, ll := lower(first), lower(last)
	if r.typ == Person && givenNameGender(lf) != "" {
		return r.typ
	}
	switch {
	case otherHeads[ll]:
		return Other
	case r.typ == Person && publisherHeads[ll]:
		return Organization
	case orgHeads[ll]:
		if r.typ == Place && stateHeads[ll] {
			return r.typ // "Russian Federation"
		}
		return Organization
	case geoHeads[ll] || streetHeads[ll] || naturalFirsts[lf]:
		return Place
	case placeFirsts[lf]:
		if r.typ == Organization {
			return r.typ // a club named for its town: "Port Vale"
		}
		return Place
	}
	return r.typ
}

// hasHeadWord reports whether a name has a word that says what kind of
// thing it names ("Party", "Bay", "Port").
func hasHeadWord(tz *tokenized, ts, te int) bool {
	for k := ts; k < te; k++ {
		w := lower(tz.toks[k].text)
		if orgHeads[w] || geoHeads[w] || streetHeads[w] || naturalFirsts[w] || placeFirsts[w] || stateHeads[w] {
			return true
		}
	}
	return false
}

// personRoles are lower-case nouns for people that stand right before a
// name: "the substitute Tobias Wren", "the novelist Marit Holloway".
var personRoles = wordSet(`winger striker substitute keeper goalkeeper captain defender midfielder forward coach
manager player singer actor actress director author writer novelist poet painter artist composer critic
scientist professor economist analyst lawyer minister president senator mayor governor chairman chairwoman
spokesman spokeswoman founder priest bishop doctor nurse teacher student pilot officer detective judge
journalist reporter editor columnist photographer historian researcher biologist chemist physicist engineer
architect businessman businesswoman entrepreneur investor banker diplomat ambassador envoy activist campaigner
candidate lawmaker legislator comedian rapper guitarist drummer dancer filmmaker producer presenter host
chef farmer fisherman soldier general colonel sergeant boxer cyclist runner swimmer golfer skier jockey
wife husband son daughter mother father brother sister widow`)

// orgHeads end the names of organisations.
var orgHeads = wordSet(`party alliance council federation union bank lines university ministry club athletic
rovers company group association institute commission committee agency authority corporation corp inc ltd
airlines airways foundation trust league society assembly parliament congress department bureau
coalition movement front confederation syndicate cooperative consortium institution academy college
school hospital brigade regiment battalion`)

// otherHeads end the names of plans, laws, prizes and events: "Harbour
// Renewal Plan", "Anselm Prize".
var otherHeads = wordSet(`plan act treaty accord accords agreement prize award awards strategy programme initiative
doctrine declaration olympics games cup championship championships`)

// publisherHeads end names of businesses that could pass for surnames, so
// they only undo a person reading: "Marrow House", "Lindqvist Books".
var publisherHeads = wordSet(`house press books media records studios publishing publishers pictures films`)

// streetHeads end the names of places made by people.
var streetHeads = wordSet(`bridge street road avenue lane quay square harbour harbor estuary boulevard`)

// naturalFirsts open the names of landforms and waters: "River Vell",
// "Mount Kenya"; placeFirsts open names of towns, which clubs borrow.
var naturalFirsts = wordSet(`mount mt. lake river cape isle upper lower`)
var placeFirsts = wordSet(`port fort`)

// nearestFull picks, among full-name mentions cands, the one a short
// mention at i refers to: when they all name the same person, that person;
// when they differ (two Smiths), the nearest one before i, and none when no
// full name precedes it.
func nearestFull(cands []int, i int, key func(int) string) (int, bool) {
	same := true
	for _, c := range cands {
		if key(c) != key(cands[0]) {
			same = false
		}
	}
	if same {
		return cands[0], true
	}
	best := -1
	for _, c := range cands {
		if c < i {
			best = c
		}
	}
	return best, best >= 0
}

// lowercaseWords lists the words the article uses in lower case somewhere.
func lowercaseWords(tz *tokenized) map[string]bool {
	seen := map[string]bool{}
	for _, t := range tz.toks {
		if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsLower(r) {
			seen[t.text] = true
		}
	}
	return seen
}

// junkMention drops what is capitalised but no name: calendar words, and a
// single sentence-initial word that the article also uses in lower case
// ("Negotiations between …" where "negotiations" appears later).
func junkMention(tz *tokenized, ts, te int, lowerSeen map[string]bool) bool {
	if te-ts != 1 {
		return false
	}
	w := tz.toks[ts].text
	lw := lower(w)
	if calendarWords[lw] || sentenceStarters[lw] || !hasLetter(w) {
		return true
	}
	first := ts == 0 || tz.toks[ts-1].sent != tz.toks[ts].sent || !hasLetterOrDigit(tz.toks[ts-1].text) && isOpeningPunct(tz.toks[ts-1].text)
	return first && lowerSeen[lw]
}

// isLowerWord: a word that starts with a lower-case letter ("on", "of").
func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func isOpeningPunct(s string) bool {
	return s == "“" || s == "\"" || s == "‘" || s == "(" || s == "''" || s == "``" || s == "«" || s == "—" || s == "-"
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// initials of the capitalised words of a name: United Nations -> UN.
func initials(tz *tokenized, ts, te int) string {
	var b strings.Builder
	for k := ts; k < te; k++ {
		r, _ := utf8.DecodeRuneInString(tz.toks[k].text)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isAcronym(w string) bool {
	w = strings.ReplaceAll(w, ".", "")
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func typeFromString(s string) EntityType {
	switch s {
	case "person":
		return Person
	case "place":
		return Place
	case "organization":
		return Organization
	}
	return Other
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// normalizeName folds curly apostrophes and runs of space so that the same
// name written two ways is one key.
func normalizeName(s string) string {
	s = strings.ReplaceAll(s, "’", "'")
	return strings.Join(strings.Fields(s), " ")
}

// placeAliases joins the common short forms of countries to one name.
var placeAliases = map[string]string{
	"us": "United States", "u.s.": "United States", "u.s": "United States", "usa": "United States",
	"u.s.a.": "United States", "america": "United States", "united states of america": "United States",
	"the united states": "United States", "united states": "United States",
	"uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
	"united kingdom": "United Kingdom", "uae": "United Arab Emirates", "drc": "Democratic Republic of the Congo",
	"russian federation": "Russia", "holland": "Netherlands", "the netherlands": "Netherlands",
}

// findEntities recognises and links the article's entities, and keeps
// each entity's mentions in text order.
func findEntities(a *Article, tz *tokenized) []Entity {
	return linkEntities(a, tz, recognise(tz))
}

// stopword reports whether a capitalised word at the start of a sentence
// is a function word rather than a name.
func stopword(w string) bool { return sentenceStarters[lower(w)] }

var sentenceStarters = wordSet(`the a an this that these those it its he she they we i you his her their our my your
there here in on at after before when while as if but and or so yet for with without by from to of about since
during under over between among despite although though because however meanwhile still also then now today
yesterday tomorrow last next some many most more few several all both each every no not one two three
what who whom whose which where why how whatever shortly earlier later according`)

var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// calendarWords are capitalised but never names.
var calendarWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december`)
