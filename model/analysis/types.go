package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Every decision about what kind of thing a name names is in this file, in
// the order it is taken: the tagger's tag (entityType), what the form of the
// name says (shapeNames: head words, possessives, demonyms), then the
// linking passes that type a name by all its mentions (majority-type,
// of-place, surname-makes-person, the-word-place). The other linking
// passes only join mentions, taking the type of the name they join.

func entityType(tag string) model.EntityType {
	switch tag {
	case "PER":
		return model.Person
	case "LOC":
		return model.Place
	case "ORG":
		return model.Organization
	}
	return model.Other
}

// shapeNames applies what the form of a name says about it:
//   - names that run on through a possessive after a collective noun are one
//     name: "Luhansk People’s Republics", "the Women’s Hospital";
//   - a name ending in a word for a landform or body of water is a place:
//     "Black Sea", "Rocky Mountains", "Gulf of Mexico" (its head is first there).
//
// The names it keeps are written into raw's own array, which the caller
// gives up: out never holds more names than have been read, so a name
// is written only over one already read, and the look-ahead at raw[i+1]
// reads names not yet overwritten.
func shapeNames(tz *tokenized, raw []rawMention) ([]rawMention, map[string]bool) {
	raw = companyNames(tz, raw)
	raw = branchNames(tz, raw) // recognise_branches.go
	out := raw[:0]
	var demonyms map[string]bool // made at the first demonym: most articles use none as a name
	for i := 0; i < len(raw); i++ {
		r := raw[i]
		// "St Louis", "St. Oriel": a saint's name is a place's or a
		// club's, and "St" opens it; not after a person's given name ("Jill
		// St John")
		if k := r.ts - 1; k >= 0 && tz.toks[k].in(wcSaint) && tz.toks[k].capital && tz.toks[k].sent == tz.toks[r.ts].sent &&
			tz.toks[r.ts].capital && (len(out) == 0 || out[len(out)-1].te < k || out[len(out)-1].typ != model.Person) {
			r.ts = k
			if n := len(out); n > 0 && out[n-1].ts == k {
				out = out[:n-1] // "St." tagged alone
			}
			if r.typ == model.Person {
				r.typ = model.Place
			}
		}
		// "the opposition People's Coast Party": the possessor belongs to the name
		if ts := r.ts; ts >= 2 && possessorInName(tz, ts-2) && tz.toks[ts-2].sent == tz.toks[ts].sent {
			r.ts = ts - 2
			for r.ts > 0 && tz.toks[r.ts-1].sent == tz.toks[ts].sent && tz.toks[r.ts-1].capital &&
				!tz.toks[r.ts-1].in(wcStarter|wcCalendar) && ts-r.ts < 6 {
				r.ts--
			}
			for len(out) > 0 && out[len(out)-1].te > r.ts {
				r.ts = min(r.ts, out[len(out)-1].ts)
				out = out[:len(out)-1]
			}
			if r.typ == model.Person {
				r.typ = model.Organization
			}
		}
		// "Ruth Calloway’s novel": a surname before a possessive the recogniser
		// left out closes a person's name
		if e := r.te; r.typ == model.Person && e+1 < len(tz.toks) && tz.toks[e].sent == tz.toks[e-1].sent &&
			tz.toks[e].capital && hasLetter(tz.toks[e].text) && !tz.toks[e].in(wcStarter|wcCalendar) &&
			isPossessive(tz.toks[e+1].text) && tz.toks[e+1].Start == tz.toks[e].End &&
			(i+1 >= len(raw) || raw[i+1].ts > e) {
			r.te++
		}
		// "Civic Alliance", "North Quay", "Vell Estuary Station": capitalised
		// words the recogniser left out, up to a head noun, close the name
		for e := r.te; e < len(tz.toks) && e-r.te < 3 && tz.toks[e].sent == tz.toks[r.te-1].sent &&
			tz.toks[e].capital && (nameWord(tz.toks[e].text) || tz.toks[e].is(wkRankInName)) &&
			(i+1 >= len(raw) || raw[i+1].ts > e); e++ {
			if tz.toks[e].in(wcHead) {
				r.te = e + 1
				if r.typ == model.Person && tz.toks[e].in(wcOrgHead) {
					// "the Ada Holm Foundation": a body named after a person
					r.typ = model.Organization
				}
			}
		}
		// "The Harbour Renewal Plan": a capitalised word the recogniser left
		// out opens a name that has a head noun
		if tz.toks[r.te-1].capital && tz.toks[r.te-1].in(wcOrgHead|wcOtherHead) {
			for r.ts > 0 && r.te-r.ts < 6 && tz.toks[r.ts-1].sent == tz.toks[r.ts].sent && tz.toks[r.ts-1].capital &&
				hasLetter(tz.toks[r.ts-1].text) && !tz.toks[r.ts-1].in(wcStarter|wcCalendar) &&
				(!tz.toks[r.ts-1].in(wcPersonTitle) || tz.toks[r.ts-1].is(wkRankInName)) && (len(out) == 0 || out[len(out)-1].te < r.ts) {
				r.ts--
			}
			// "Veldorian Premier League", "Kia Motor Corp": a name just before
			// opens it
			if n := len(out); n > 0 && out[n-1].te == r.ts && tz.toks[out[n-1].ts].sent == tz.toks[r.ts].sent &&
				nameWord(tz.toks[out[n-1].ts].text) && nameWord(tz.toks[r.ts-1].text) && (out[n-1].te-out[n-1].ts == 1 || out[n-1].typ != model.Person) {
				r.ts = out[n-1].ts
				out = out[:n-1]
			}
		}
		if possessorInName(tz, r.te-1) && r.te+1 < len(tz.toks) &&
			tz.toks[r.te+1].sent == tz.toks[r.te-1].sent && tz.toks[r.te+1].capital {
			e := r.te + 1
			for e < len(tz.toks) && e-r.te < 5 && tz.toks[e].sent == tz.toks[r.te].sent && tz.toks[e].capital {
				e++
			}
			// swallow a raw mention that the extension now covers
			for i+1 < len(raw) && raw[i+1].ts < e {
				e = max(e, raw[i+1].te)
				i++
			}
			r.te = e
			if head := &tz.toks[e-1]; head.in(wcStateHead) && !head.in(wcOrgHead) {
				r.typ = model.Place // "Luhansk People's Republics"
			} else if r.typ == model.Person {
				r.typ = model.Organization
			}
		}
		if r.typ != model.Person && (tz.toks[r.te-1].in(wcGeoHead) || r.te-r.ts > 2 && tz.toks[r.ts].in(wcGeoHead) && tz.toks[r.ts+1].low == "of") {
			r.typ = model.Place
		}
		r.typ = headType(tz, r)
		// "the Rovers winger Aleksi Moreau": a name right after a person's
		// role; "the substitute Tobias Wren": the words of it the recogniser
		// left out close it
		if r.ts > 0 && tz.toks[r.ts-1].isAsWritten(wkPersonRole) && r.te-r.ts <= 3 && !hasHeadWord(tz, r.ts, r.te) &&
			!isClubLetters(tz.toks[r.te-1].text) { // not "host Sunrise FC" (recog40_clubs.go)
			e := r.te
			for e < len(tz.toks) && e-r.ts < 3 && tz.toks[e].sent == tz.toks[r.ts].sent && nameWord(tz.toks[e].text) &&
				!tz.toks[e].in(wcHead) && (i+1 >= len(raw) || raw[i+1].ts > e) {
				e++
			}
			if e > r.te && r.typ != model.Person {
				r.te, r.typ = e, model.Person
			}
			if (r.typ == model.Organization || r.typ == model.Other) && r.te-r.ts >= 2 {
				r.typ = model.Person
			}
		}
		// "the role of Mara, a crane operator’s daughter": a name in
		// apposition to a noun for a person is a person's
		if r.typ != model.Person && r.te-r.ts <= 2 && !hasHeadWord(tz, r.ts, r.te) && appositivePerson(tz, r.te) {
			r.typ = model.Person
		}
		ts := r.ts
		for ts < r.te-1 && isLowerWord(tz.toks[ts].text) {
			ts++ // "the Veldorian economy"
		}
		if r.te-ts == 1 && r.typ != model.Place && isDemonym(tz, ts) {
			r.typ = model.Other // "every Veldorian family"
			if demonyms == nil {
				demonyms = map[string]bool{}
			}
			demonyms[tz.toks[ts].low] = true
		}
		if marketIndex(tz, r.ts, r.te) {
			r.typ = model.Other // "Dow Jones", "Nikkei": a figure of the market, no body or place
		}
		if r.te-r.ts == 1 && r.typ == model.Person && pluralAcronym(tz.toks[r.ts].text) {
			r.typ = model.Other // "super PACs", "NGOs": a kind of body, no one's name
		}
		if r.te-r.ts == 1 && tz.toks[r.ts].is(wkOrgAcronym) && tz.toks[r.ts].capital {
			r.typ = model.Organization // "U.N.", which the recogniser takes for a place like "U.S."
		}
		out = append(out, r)
	}
	mediaNames(tz, out)
	return out, demonyms
}

// mediaNames types as an organisation every mention of a name that one
// mention shows to be a newspaper's, an agency's or a broadcaster's: a
// word for one right after it or right before it ("the Vellan news
// agency", "the daily Kurier Dunmorski"), or a business's, a noun for one
// before it after a word of what kind ("the law firm Holm Brandt"), where
// the recogniser took the name for a person's or some other thing's.
// Places keep their type ("Moscow radio").
func mediaNames(tz *tokenized, ms []rawMention) {
	var media map[string]bool
	for _, r := range ms {
		if r.title || r.typ != model.Person && r.typ != model.Other {
			continue
		}
		nearMedia := false
		if r.te < len(tz.toks) && tz.toks[r.te].sent == tz.toks[r.te-1].sent {
			after := &tz.toks[r.te]
			if after.text == "news" && r.te+1 < len(tz.toks) {
				after = &tz.toks[r.te+1] // "the Vellan news agency"
			}
			nearMedia = after.isAsWritten(wkMediaNoun)
		}
		if r.ts > 0 && tz.toks[r.ts-1].sent == tz.toks[r.ts].sent {
			nearMedia = nearMedia || tz.toks[r.ts-1].isAsWritten(wkMediaNoun)
		}
		// "investment bank Goldman Sachs", "the fact-checking site
		// Politifact": a noun for a business after a word that says what
		// kind (no determiner: "the group Reed founded" may well be a
		// person's)
		if r.typ == model.Person && r.ts > 1 && tz.toks[r.ts-2].sent == tz.toks[r.ts].sent {
			if b, k := &tz.toks[r.ts-1], &tz.toks[r.ts-2]; !b.capital && !k.in(wcDeterminer|wcPossessive) && hasLetter(k.text) && isFirmKindNoun(b.text) {
				nearMedia = true
			}
		}
		if nearMedia {
			if media == nil {
				media = map[string]bool{}
			}
			media[mentionText(tz, r)] = true
		}
	}
	if media == nil {
		return
	}
	var buf [128]byte // a mention's words, looked up without a string made for each
	for i := range ms {
		if r := &ms[i]; !r.title && (r.typ == model.Person || r.typ == model.Other) && media[string(appendMentionText(buf[:0], tz, *r))] {
			r.typ = model.Organization
		}
	}
}

// pluralAcronym: capitals, two or more, then a plural "s" ("PACs",
// "NGOs", "CEOs"), a kind of thing and no one's name.
func pluralAcronym(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// appendMentionText appends mentionText(tz, r) to b.
func appendMentionText(b []byte, tz *tokenized, r rawMention) []byte {
	for k := r.ts; k < r.te; k++ {
		if k > r.ts {
			b = append(b, ' ')
		}
		b = append(b, tz.toks[k].low...)
	}
	return b
}

// mentionText is a mention's words, lower-cased, as one string.
func mentionText(tz *tokenized, r rawMention) string {
	var b strings.Builder
	for k := r.ts; k < r.te; k++ {
		if k > r.ts {
			b.WriteByte(' ')
		}
		b.WriteString(tz.toks[k].low)
	}
	return b.String()
}

// companyNames makes one organisation of the capitalised words before a
// company suffix and the suffix, whatever the recogniser made of them:
// "Banc Vellmore Corp." (which it tagged as an organisation, nothing and a
// place), "Marrow & Sons Ltd", "Boatmen's Bancshares Inc.".
func companyNames(tz *tokenized, raw []rawMention) []rawMention {
	if tz.classes&wcCompanySuffix == 0 {
		return raw // most articles name no company by its suffix: no token to look for
	}
	toks := tz.toks
	raw = splitAfterSuffixes(toks, raw)
	var out []rawMention
	ri := 0 // raw mentions before ri are in out or dropped
	for k := 1; k < len(toks); k++ {
		if !toks[k].capital || !toks[k].in(wcCompanySuffix) {
			continue
		}
		b := k
		if b > 1 && toks[b-1].text == "," && toks[b-2].capital && toks[b-2].sent == toks[k].sent {
			b-- // "Marrow & Sons, Inc."
		}
		for b > 0 && k-b < 6 && toks[b-1].sent == toks[k].sent && companyWord(toks, b-1) {
			b--
		}
		for b < k && !toks[b].capital {
			b++ // "&" or "'s" opens no name
		}
		if b == k {
			continue // a suffix alone
		}
		// the mentions the name covers, and one it cuts into at its start
		for ri < len(raw) && raw[ri].te <= b {
			out = append(out, raw[ri])
			ri++
		}
		if ri < len(raw) && raw[ri].ts < b {
			if raw[ri].typ == model.Person || raw[ri].title {
				continue // "said Ana Ruiz Inc."? leave it be
			}
			b = raw[ri].ts
		}
		e := ri
		for e < len(raw) && raw[e].ts <= k {
			e++
		}
		if e > ri && raw[e-1].te > k+1 || e > ri && raw[e-1].title {
			continue // a longer name runs on past the suffix
		}
		if out == nil {
			out = make([]rawMention, 0, len(raw))
			out = append(out, raw[:ri]...)
		}
		out = append(out, rawMention{ts: b, te: k + 1, typ: model.Organization})
		ri = e
	}
	if out == nil {
		return raw
	}
	return append(out, raw[ri:]...)
}

// splitAfterSuffixes ends every name at a company suffix inside it: the
// recogniser ran "Inc. by Korvell Corp." together, which are the end of one
// company's name, a word and another company.
func splitAfterSuffixes(toks []token, raw []rawMention) []rawMention {
	var out []rawMention
	for i, r := range raw {
		k := -1
		for j := r.ts; j < r.te-1 && k < 0 && !r.title; j++ {
			if toks[j].capital && toks[j].in(wcCompanySuffix) {
				k = j
			}
		}
		if k < 0 {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([]rawMention, 0, len(raw)+1), raw[:i]...)
		}
		out = append(out, rawMention{ts: r.ts, te: k + 1, typ: model.Organization})
		s := k + 1
		for s < r.te && !toks[s].capital {
			s++
		}
		if s < r.te {
			out = append(out, rawMention{ts: s, te: r.te, typ: r.typ})
		}
	}
	if out == nil {
		return raw
	}
	return out
}

// companyWord: a word that can stand in a company's name before its
// suffix: a capitalised word that is no function word or date, or "&" and
// a possessive between such words; not a word that describes the company
// ("St. Louis-based").
func companyWord(toks []token, k int) bool {
	t := toks[k]
	if t.text == "&" || isPossessive(t.text) {
		return k > 0 && toks[k-1].capital && toks[k-1].sent == t.sent
	}
	if h := strings.LastIndexByte(t.text, '-'); h > 0 && h+1 < len(t.text) && isLowerWord(t.text[h+1:]) {
		return false
	}
	return t.capital && hasLetterOrDigit(t.text) && !t.in(wcStarter|wcCalendar|wcPersonTitle)
}

// headType types a name of several words by its head noun, the word that
// says what kind of thing it names: "Coast Party" and "Halvard Lines" are
// organisations, "Marrow Bay" and "Port Anselm" places. A name that starts
// with a known given name stays a person ("Michael Bay").
func headType(tz *tokenized, r rawMention) model.EntityType {
	if r.te-r.ts < 2 {
		if r.typ == model.Person && isGroupNoun(tz.toks[r.ts].low) {
			return model.Other // "Gay Republicans push for …": a group, no one's name
		}
		return r.typ
	}
	first, last := tz.toks[r.ts].text, tz.toks[r.te-1].text
	if !isCapitalised(last) || !isCapitalised(first) {
		return r.typ
	}
	// the lists by the words' bits; the company suffix bit holds each
	// suffix with its full stop as well ("Corp.")
	ft, lt := &tz.toks[r.ts], &tz.toks[r.te-1]
	lf, ll := ft.low, lt.low
	if lt.in(wcCompanySuffix) {
		return model.Organization // "Banc One Corp.", "Edward Jones & Co", whatever the first word
	}
	if r.typ != model.Organization && (isBodyOpener(lf) || isBodyEnder(ll)) {
		return model.Organization // "Bord Calla", "Lok Janata Morcha"
	}
	if (r.typ == model.Person || r.typ == model.Other) && ll == "news" {
		return model.Organization // "Kessary News", "Post-ABC News"
	}
	// a group or a body of people, a building or a gathering, however it
	// opens: "Log Cabin Republicans", "Syrian Democratic Forces", "Trump
	// Tower", "the Emanuel African Methodist Episcopal Church"; a
	// given name and a surname that is one of these words stay a person
	// ("Anna Temple", "Tomas Brandt Church")
	if r.typ == model.Person && tz.lex(r.te-1)&lxNotPersonHeads != 0 && (!tz.isGendered(r.ts) || r.te-r.ts >= 4) {
		return model.Organization
	}
	if r.typ == model.Person && tz.isGendered(r.ts) && tz.lex(r.te-1)&lxBodyOnlyHeads == 0 {
		return r.typ
	}
	if r.typ == model.Person && ft.in(wcOrgHead) && !tz.isGiven(r.ts) && !tz.isGendered(r.ts) {
		// "University Kessary" of "Queen's University Kessary", cut at
		// the possessive: no person's name opens with a body's head noun
		// that is no given name (ppl18_names.go)
		return model.Organization
	}
	switch {
	case lt.is(wkCompanyHead) || r.typ == model.Person && lt.is(wkNewspaperHead):
		return model.Organization // "Dow Chemical", "Kessary Post"
	case lt.in(wcOtherHead) || lt.is(wkEventHead) || r.typ == model.Other && lt.is(wkCompetitionHead) || eventOf(tz, r):
		return model.Other // the recogniser saw a competition: "National League" in a sports report
	case r.typ == model.Person && lt.is(wkPublisherHead):
		return model.Organization
	case ll == "bank" && r.te-r.ts == 2 && ft.in(wcCompass):
		return model.Place // "West Bank", a river's bank, not a lender
	case lt.in(wcOrgHead):
		if r.typ == model.Place && lt.in(wcStateHead) {
			return r.typ // "Russian Federation"
		}
		return model.Organization
	case lt.in(wcGeoHead|wcStreetHead) || ft.in(wcNaturalFirst):
		return model.Place
	case lt.is(wkGroundHead) && !tz.isGendered(r.ts) && !strings.Contains(first, "-") && !(r.typ == model.Person && personCue(tz, r.ts, r.te)):
		// "Riverside Park", "Harbour Stadium"; a person whose surname is
		// one of these words has a given name first ("Grace Park"), or one
		// the list lacks, mostly hyphenated ("Ji-sung Park"), or the words
		// around the name say it is a person ("Gov. Ellen Park", "Ellen
		// Park, who …", "Ellen Park said")
		return model.Place
	case ft.in(wcPlaceFirst):
		if r.typ == model.Organization {
			return r.typ // a club named for its town: "Port Vale"
		}
		return model.Place
	}
	return r.typ
}

// eventOf reports whether a name is an event's of the form "<event> of
// <what>": "World Series of Golf", "Grand Prix of Europe".
func eventOf(tz *tokenized, r rawMention) bool {
	for k := r.ts + 1; k < r.te-1; k++ {
		if tz.toks[k].low == "of" {
			return tz.toks[k-1].in(wcOtherHead) || tz.toks[k-1].is(wkEventHead)
		}
	}
	return false
}

// marketIndex reports whether [ts, te) names a stock market index:
// "Nikkei", "Dow Jones", "Hang Seng" (a company of that name has its
// suffix, "Dow Jones & Co", and companyNames took it).
func marketIndex(tz *tokenized, ts, te int) bool {
	if te-ts > 2 {
		return false
	}
	t := &tz.toks[ts]
	if te-ts == 1 || !t.is(wkMarketIndex) && t.low != "hang" {
		return t.is(wkMarketIndex) // the first word decides, with no string built
	}
	return marketIndices[t.low+" "+tz.toks[ts+1].low]
}

// personCue reports whether the words around the name [ts, k) show it to
// be a person's: a title before it ("Gov."), a speech verb after it
// ("said") or ", who".
func personCue(tz *tokenized, ts, k int) bool {
	if ts > 0 && tz.toks[ts-1].in(wcPersonTitle|wcTitleSeed) {
		return true
	}
	if k >= len(tz.toks) {
		return false
	}
	if t := tz.toks[k]; isLowerWord(t.text) && speechCues[t.low] {
		return true
	}
	return tz.toks[k].text == "," && k+1 < len(tz.toks) && tz.toks[k+1].low == "who"
}

// isHeadWord: a word that ends a name and says what kind of thing it names.
func isHeadWord(w string) bool {
	return orgHeads[w] || otherHeads[w] || geoHeads[w] || streetHeads[w]
}

// hasHeadWord reports whether a name has a word that says what kind of
// thing it names ("Party", "Bay", "Port").
func hasHeadWord(tz *tokenized, ts, te int) bool {
	for k := ts; k < te; k++ {
		if tz.toks[k].in(wcOrgHead | wcGeoHead | wcStreetHead | wcNaturalFirst | wcPlaceFirst | wcStateHead) {
			return true
		}
	}
	return false
}

// appositivePerson reports whether the name ending before token k is
// followed by an apposition whose head noun is a person: ", a crane
// operator’s daughter who …", ", the former striker".
func appositivePerson(tz *tokenized, k int) bool {
	if k+2 >= len(tz.toks) || tz.toks[k].text != "," || tz.toks[k+1].sent != tz.toks[k-1].sent {
		return false
	}
	switch tz.toks[k+1].low {
	case "a", "an", "the", "his", "her", "their":
	default:
		return false
	}
	head := ""
	for j := k + 2; j < len(tz.toks) && j < k+9 && tz.toks[j].sent == tz.toks[k].sent; j++ {
		w := tz.toks[j].text
		lw := lower(w)
		if isPossessive(w) {
			continue
		}
		// the lists by the token's bits where lw is its form, as it
		// nearly always is: relativeWords, clauseBreaks by the lexicon,
		// prepositions and titleSmallWords by the classes
		var rel, stop bool
		if t := &tz.toks[j]; lw == t.low {
			rel = tz.lex(j)&lxRelativeWords != 0
			stop = t.in(wcPreposition|wcTitleSmall) || tz.lex(j)&lxClauseBreaks != 0
		} else {
			rel = relativeWords[lw]
			stop = prepositions[lw] || clauseBreaks[lw] || titleSmallWords[lw]
		}
		if !hasLetterOrDigit(w) && w != "(" && w != "\"" && w != "“" || rel {
			// the phrase ends with a clause of its own or with punctuation
			// (not with a preposition: "Arbil, a senior official in Baghdad
			// said" is no apposition)
			return personNouns[head] && isLowerWord(head)
		}
		if stop || !hasLetterOrDigit(w) {
			break
		}
		head = w
	}
	return false
}

// possessorInName reports whether token k is a word that runs on into a
// name through a possessive: "People's" in "People's Coast Party" and a
// plural with a bare apostrophe, "Dockworkers’ Federation".
func possessorInName(tz *tokenized, k int) bool {
	if k < 0 || k+2 >= len(tz.toks) || !tz.toks[k].capital || !tz.toks[k+2].capital ||
		tz.toks[k+2].sent != tz.toks[k].sent {
		return false
	}
	w, p := tz.toks[k].text, tz.toks[k+1].text
	if !isPossessive(p) {
		return false // both cases below want one: most names have none
	}
	if personStartsAt(tz.toks, k+2) {
		return false // "Dockworkers' Ada Holm": the body's person (recognise_owners.go)
	}
	if (collectiveNouns[w] || len(w) > 4 && strings.HasSuffix(w, "men")) && isPossessive(p) {
		return true
	}
	return (p == "'" || p == "’") && len(w) > 3 && strings.HasSuffix(w, "s") && tz.toks[k+1].Start == tz.toks[k].End
}

// isDemonym reports whether the single capitalised word at k is a
// demonym used as an adjective: "-ian", "-ean", "-ese" or "-ish" before a
// noun ("Veldorian scientists", "every Veldorian family"), not a given name;
// or a nationality or a party's adjective of the descriptor words
// ("Israeli officials", "the Democratic nominee"; adjectiveDescriptor).
func isDemonym(tz *tokenized, k int) bool {
	w := tz.toks[k].low
	if !(strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")) ||
		len(w) < 6 || tz.isGendered(k) {
		if !adjectiveDescriptor(tz, k) {
			return false
		}
	}
	if k+1 >= len(tz.toks) || tz.toks[k+1].sent != tz.toks[k].sent {
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

// adjectiveDescriptor: a nationality's adjective of the descriptor words
// ("Israeli", "Dutch") or "Republican" or "Democratic", which before a noun
// describe and name nothing; not a party known by the word alone
// ("Labour", "Tory"), an acronym ("GOP") or a word that is also a given
// name.
func adjectiveDescriptor(tz *tokenized, k int) bool {
	// the word's class and lexicon bits (given names, partyAloneNames):
	// descriptorsAlsoGiven holds "tory" alone
	t := &tz.toks[k]
	return t.capital && t.in(wcDescriptor) && tz.lex(k)&(lxGendered|lxPartyAlone) == 0 && t.low != "tory"
}

// partyAloneNames are descriptor words a party is known by alone, or a
// faith's, which adjectiveDescriptor leaves to the tagger.
var partyAloneNames = wordSet(`democrat republican gop labour tory conservative liberal socialist libertarian catholic
evangelical muslim jewish protestant mormon`)

// majorityType gives each name one type: the majority of its mentions,
// people first on ties. A word used as a demonym once is one throughout.
func majorityType(l *linker) {
	// the votes of each key, and which key each mention's is: one
	// look-up in the key table per mention, in buffers the next article
	// reuses (four votes a key, then a key a mention)
	kt := &l.tz.keys
	kt.reset(len(l.ms))
	buf := l.tz.ints(5 * len(l.ms))
	votes, of := buf[:4*len(l.ms)], buf[4*len(l.ms):]
	for i, m := range l.ms {
		j, _ := kt.number(0, m.key)
		votes[4*j+int(m.typ)]++
		of[i] = j
	}
	// each key's type once: the winner of its vote (overwriting the
	// first of its votes), or Other for a demonym or a faith
	for j, key := range kt.keys {
		v := votes[4*j : 4*j+4]
		best := model.Person
		for t := model.Person; t <= model.Other; t++ {
			if v[t] > v[best] {
				best = t
			}
		}
		if mayBeFaithOrDeity(key) && faithOrDeity[key] {
			best = model.Other
		}
		v[0] = int(best)
	}
	// a demonym is Other too: the article's few demonyms are found in
	// the key table, where every key was asked of the map of demonyms
	for d := range l.demonyms {
		if j := kt.find(0, d); j >= 0 {
			votes[4*j] = int(model.Other)
		}
	}
	l.alone = map[string]bool{}
	for i := range l.ms {
		l.ms[i].typ = model.EntityType(votes[4*of[i]])
	}
	// each key entered once: the second of its votes, read no more,
	// marks it entered (a key has many one-word mentions, and storing
	// it again cost as much as the first time)
	for i, m := range l.ms {
		if m.typ == model.Person && m.te-m.ts == 1 {
			if v := &votes[4*of[i]+1]; *v >= 0 {
				*v = -1
				l.alone[m.key] = true
			}
		}
	}
}

// ofPlace: in "University of Kessary", "Bank of Veldoria" the word after
// "of" is a place, wherever it stands alone.
func ofPlace(l *linker) {
	places := map[string]bool{}
	for _, m := range l.ms {
		if (m.typ == model.Organization || m.typ == model.Place) && m.te-m.ts >= 3 && l.tz.toks[m.te-2].low == "of" {
			places[l.lastWord(m)] = true
		}
	}
	if len(places) == 0 {
		return // most articles: no mention is asked of the empty map
	}
	for i := range l.ms {
		if m := &l.ms[i]; m.te-m.ts == 1 && m.typ != model.Place && places[m.key] {
			m.typ = model.Place
		}
	}
}

// surnameMakesPerson: a name of two or three words with no head noun,
// whose last word stands alone for a person elsewhere, is that person:
// "Matthias Okafor" … "Okafor said"; never two names with "and" between,
// which are two people ("Osei and Reed said"). Where custom has a person
// go by the given name ("Yonas Kebede Alemu" … "Yonas said", in
// Ethiopia, Eritrea, Iceland), the first word standing alone does the same
// (givenAlone, ppl18_names.go).
func surnameMakesPerson(l *linker) {
	toPerson := map[string]bool{}
	for _, m := range l.ms {
		// the head words' bits before the map: most such names have one
		if m.typ != model.Person && !m.title && m.te-m.ts >= 2 && m.te-m.ts <= 3 && !hasHeadWord(l.tz, m.ts, m.te) &&
			(l.alone[l.lastWord(m)] || m.te-m.ts == 3 && l.alone[l.firstWord(m)] && l.givenAlone(&m)) && !breaksPerson(l.tz.toks[m.ts+1]) {
			toPerson[m.key] = true
		}
	}
	if len(toPerson) == 0 {
		return // most articles: no mention is asked of the empty map
	}
	for i := range l.ms {
		m := &l.ms[i]
		if !toPerson[m.key] {
			continue
		}
		m.typ = model.Person
		if m.te-m.ts >= 2 && descriptorNotName(l.tz, m.ts) {
			// "Republican Ada Holm", typed a body for its party word: the
			// person is Ada Holm
			m.ts++
			m.name = normalizeName(l.a.Text[l.tz.toks[m.ts].Start:l.tz.toks[m.te-1].End])
			m.key = strings.ToLower(m.name)
		}
	}
}

// theWordPlace: one capitalised word after "the" is hardly ever a person's
// name; before a word for a landform or water, or with nothing after it,
// it is a place's: "the porpoises of the Vell estuary", "a limit for the
// Vell" ("the Reed administration" stays a person's).
func theWordPlace(l *linker) {
	toks := l.tz.toks
	thePlace := map[string]bool{}
	anyPlace := false // whether thePlace ever held true: most articles' never does
	for _, m := range l.ms {
		if m.typ != model.Person || m.te-m.ts != 1 || m.key != l.firstWord(m) {
			continue
		}
		k := m.te
		if afterThe(l.tz, m.ts) && (k >= len(toks) || toks[k].sent != toks[m.ts].sent || !hasLetterOrDigit(toks[k].text) ||
			geoHeads[toks[k].text] || streetHeads[toks[k].text] || prepositions[toks[k].text]) {
			if _, ok := thePlace[m.key]; !ok {
				thePlace[m.key], anyPlace = true, true
			}
		} else {
			thePlace[m.key] = false // a person elsewhere: "Vell said"
		}
	}
	if !anyPlace {
		return
	}
	for i := range l.ms {
		if m := &l.ms[i]; m.typ == model.Person && m.te-m.ts == 1 && thePlace[m.key] {
			m.typ = model.Place
		}
	}
}
