package analysis

import (
	"github.com/byline-reader/byline/model"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawMention is a recognised name before linking: a token range and a type.
type rawMention struct {
	ts, te int // token range [ts, te)
	typ    model.EntityType
	title  bool // a quoted title (see quotedTitles)
}

// withoutTitles drops the mentions that reach into a quoted title and
// reports which titles had one: a word of “The Glass Orchard” is no name of
// its own.
func withoutTitles(raw []rawMention, titles [][2]int) ([]rawMention, []bool) {
	had := make([]bool, len(titles))
	if len(titles) == 0 {
		return raw, had
	}
	out := raw[:0:0]
	ti := 0
	for _, r := range raw {
		for ti < len(titles) && titles[ti][1] <= r.ts {
			ti++
		}
		drop := false
		for k := ti; k < len(titles) && titles[k][0] < r.te; k++ {
			if titles[k][1] > r.ts {
				had[k], drop = true, true
			}
		}
		if !drop {
			out = append(out, r)
		}
	}
	return out, had
}

// withTitles adds the titles that had a mention in them, and every other
// quotation of the same words, as names of works, in text order: the title
// is worth listing whole.
func withTitles(a *model.Article, tz *tokenized, raw []rawMention, titles [][2]int, hit []bool) []rawMention {
	text := func(t [2]int) string {
		return strings.ToLower(normalizeName(a.Text[tz.toks[t[0]].Start:tz.toks[t[1]-1].End]))
	}
	named := map[string]bool{}
	for k, t := range titles {
		if hit[k] || workContext(tz, t[0], t[1]) {
			named[text(t)] = true
		}
	}
	if len(named) == 0 {
		return raw
	}
	out := make([]rawMention, 0, len(raw)+len(titles))
	i := 0
	for _, t := range titles {
		if !named[text(t)] {
			continue
		}
		for i < len(raw) && raw[i].ts < t[0] {
			out = append(out, raw[i])
			i++
		}
		out = append(out, rawMention{ts: t[0], te: t[1], typ: model.Other, title: true})
	}
	return append(out, raw[i:]...)
}

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
			out = append(out, rawMention{ts: i, te: j, typ: model.Person})
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
	"del.": true, "state": true, "trade": true, "justice.": true, "economy": true, "labour": true, "labor": true, "education": true,
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
			if r.typ == model.Person {
				r.typ = model.Organization
			}
		}
		// "Ruth Calloway’s novel": a surname before a possessive the recogniser
		// left out closes a person's name
		if e := r.te; r.typ == model.Person && e+1 < len(tz.toks) && tz.toks[e].sent == tz.toks[e-1].sent &&
			isCapitalised(tz.toks[e].text) && hasLetter(tz.toks[e].text) && !stopword(tz.toks[e].text) &&
			!calendarWords[lower(tz.toks[e].text)] && isPossessive(tz.toks[e+1].text) && tz.toks[e+1].Start == tz.toks[e].End &&
			(i+1 >= len(raw) || raw[i+1].ts > e) {
			r.te++
		}
		// "Civic Alliance", "North Quay", "Vell Estuary Station": capitalised
		// words the recogniser left out, up to a head noun, close the name
		for e := r.te; e < len(tz.toks) && e-r.te < 3 && tz.toks[e].sent == tz.toks[r.te-1].sent &&
			(nameWord(tz.toks[e].text) || isCapitalised(tz.toks[e].text) && rankInName[lower(tz.toks[e].text)]) &&
			(i+1 >= len(raw) || raw[i+1].ts > e); e++ {
			if isHeadWord(lower(tz.toks[e].text)) {
				r.te = e + 1
			}
		}
		// "The Harbour Renewal Plan": a capitalised word the recogniser left
		// out opens a name that has a head noun
		if hl := lower(tz.toks[r.te-1].text); isCapitalised(tz.toks[r.te-1].text) && (orgHeads[hl] || otherHeads[hl]) {
			for r.ts > 0 && r.te-r.ts < 6 && tz.toks[r.ts-1].sent == tz.toks[r.ts].sent && isCapitalised(tz.toks[r.ts-1].text) &&
				hasLetter(tz.toks[r.ts-1].text) && !stopword(tz.toks[r.ts-1].text) && !calendarWords[lower(tz.toks[r.ts-1].text)] &&
				(!personTitles[lower(tz.toks[r.ts-1].text)] || rankInName[lower(tz.toks[r.ts-1].text)]) && (len(out) == 0 || out[len(out)-1].te < r.ts) {
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
				r.typ = model.Place // "Luhansk People's Republics"
			} else if r.typ == model.Person {
				r.typ = model.Organization
			}
		}
		if r.typ != model.Person && (geoHeads[lower(tz.toks[r.te-1].text)] || r.te-r.ts > 2 && geoHeads[lower(tz.toks[r.ts].text)] && lower(tz.toks[r.ts+1].text) == "of") {
			r.typ = model.Place
		}
		r.typ = headType(tz, r)
		// "the Rovers winger Aleksi Moreau": a name right after a person's
		// role; "the substitute Tobias Wren": the words of it the recogniser
		// left out close it
		if r.ts > 0 && personRoles[tz.toks[r.ts-1].text] && r.te-r.ts <= 3 && !hasHeadWord(tz, r.ts, r.te) {
			e := r.te
			for e < len(tz.toks) && e-r.ts < 3 && tz.toks[e].sent == tz.toks[r.ts].sent && nameWord(tz.toks[e].text) &&
				!isHeadWord(lower(tz.toks[e].text)) && (i+1 >= len(raw) || raw[i+1].ts > e) {
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
			demonyms[lower(tz.toks[ts].text)] = true
		}
		out = append(out, r)
	}
	return out, demonyms
}

// appositivePerson reports whether the name ending before token k is
// followed by an apposition whose head noun is a person: ", a crane
// operator’s daughter who …", ", the former striker".
func appositivePerson(tz *tokenized, k int) bool {
	if k+2 >= len(tz.toks) || tz.toks[k].text != "," || tz.toks[k+1].sent != tz.toks[k-1].sent {
		return false
	}
	switch lower(tz.toks[k+1].text) {
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
		if !hasLetterOrDigit(w) && w != "(" && w != "\"" && w != "“" || relativeWords[lw] {
			// the phrase ends with a clause of its own or with punctuation
			// (not with a preposition: "Arbil, a senior official in Baghdad
			// said" is no apposition)
			return personNouns[head] && isLowerWord(head)
		}
		if prepositions[lw] || clauseBreaks[lw] || titleSmallWords[lw] || !hasLetterOrDigit(w) {
			break
		}
		head = w
	}
	return false
}

var relativeWords = wordSet(`who whom whose which that where when`)

// personNouns are the head nouns of phrases that describe a person.
var personNouns = func() map[string]bool {
	m := wordSet(`man woman boy girl child teenager operator worker resident owner official character heroine hero
narrator protagonist fan veteran survivor victim lead star`)
	for w := range personRoles {
		m[w] = true
	}
	return m
}()

// placeName is the name of the article's place written s, or "".
func placeName(places map[string]string, s string) string {
	n := normalizeName(s)
	if c, ok := placeAliases[strings.ToLower(n)]; ok {
		n = c
	}
	return places[strings.ToLower(n)]
}

// afterThe reports whether the word at k follows "the", directly or
// after an adjective of position: "the Vell", "the lower Vell".
func afterThe(tz *tokenized, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2 && tz.toks[j].sent == tz.toks[k].sent; j-- {
		w := tz.toks[j].text
		if w == "the" || w == "The" {
			return true
		}
		if !positionWords[w] {
			return false
		}
	}
	return false
}

var positionWords = wordSet(`lower upper middle northern southern eastern western central inner outer`)

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

// quotedTitles finds the token ranges of quoted titles of two words or
// more: “Salt Harbour”, "The Glass Orchard", in the headline as in the
// body, and a title in single marks inside a quotation (“After ‘Salt
// Harbour’ I wanted …”). A title names a work: the words in it are not
// names of their own.
func quotedTitles(a *model.Article, tz *tokenized) [][2]int {
	var spans []model.Span
	qs := a.Quotes
	if a.TitleAt.End > a.TitleAt.Start && a.TitleAt.End <= len(a.Text) {
		qs = append(findQuotes(a.Text, []model.Paragraph{{Span: a.TitleAt}}), qs...)
	}
	for _, q := range qs {
		at := strings.Index(a.Text[q.Start:q.End], q.Text)
		if at < 0 {
			continue
		}
		c := model.Span{Start: q.Start + at, End: q.Start + at + len(q.Text)}
		if isQuotedTitle(q.Text) {
			spans = append(spans, c)
			continue
		}
		spans = append(spans, singleQuotedTitles(a.Text, c)...)
	}
	var out [][2]int
	for _, sp := range spans {
		ts := sort.Search(len(tz.toks), func(i int) bool { return tz.toks[i].Start >= sp.Start })
		te := ts
		for te < len(tz.toks) && tz.toks[te].End <= sp.End {
			te++
		}
		for te > ts && !hasLetterOrDigit(tz.toks[te-1].text) {
			te--
		}
		if te-ts >= 2 && tz.toks[ts].sent == tz.toks[te-1].sent {
			out = append(out, [2]int{ts, te})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// workContext reports whether the quoted title at [ts, te) is said to be a
// work: after a possessive or a noun for a work (“Marrin’s “…””, "the novel
// “…”", "her debut, “…”"), or before an apposition with one ("“…”, a documentary about …").
func workContext(tz *tokenized, ts, te int) bool {
	sent := tz.toks[ts].sent
	if ts >= 2 && tz.toks[ts-2].sent == sent {
		w := tz.toks[ts-2].text
		if w == "," && ts >= 3 && tz.toks[ts-3].sent == sent {
			w = tz.toks[ts-3].text // "her best-known book, “…”"
			if !titleNouns[w] {
				return false
			}
		}
		if isPossessive(w) || titleNouns[w] || namingWords[w] {
			return true
		}
	}
	c := te + 1 // past the closing mark
	if c+2 < len(tz.toks) && tz.toks[c].text == "," && tz.toks[c+2].sent == sent {
		switch tz.toks[c+1].text {
		case "a", "an", "the", "his", "her", "their":
			for j := c + 2; j < len(tz.toks) && j < c+5 && tz.toks[j].sent == sent; j++ {
				if titleNouns[tz.toks[j].text] {
					return true
				}
			}
		}
	}
	return false
}

func isQuotedTitle(text string) bool {
	return len(strings.Fields(text)) >= 2 && looksLikeTitle(text)
}

// singleQuotedTitles finds titles in single marks inside the span c: an
// opening ‘ or ' after a space, a closing ’ or ' after a letter and before
// no letter, so that apostrophes (“Demirel’s”, “the Workers’ Party”) are
// never taken for marks.
func singleQuotedTitles(t string, c model.Span) []model.Span {
	var out []model.Span
	open := -1
	for i := c.Start; i < c.End; {
		r, size := utf8.DecodeRuneInString(t[i:c.End])
		if r == '‘' || r == '\'' {
			before, after := ' ', ' '
			if i > c.Start {
				before, _ = utf8.DecodeLastRuneInString(t[c.Start:i])
			}
			if i+size < c.End {
				after, _ = utf8.DecodeRuneInString(t[i+size : c.End])
			}
			if open < 0 && (unicode.IsSpace(before) || strings.ContainsRune("(“\"—–", before)) && unicode.IsLetter(after) {
				open = i + size
			} else if open >= 0 && r == '\'' && (unicode.IsLetter(before) || unicode.IsDigit(before)) && !unicode.IsLetter(after) {
				if isQuotedTitle(t[open:i]) {
					out = append(out, model.Span{Start: open, End: i})
				}
				open = -1
			}
		} else if r == '’' && open >= 0 {
			before, _ := utf8.DecodeLastRuneInString(t[c.Start:i])
			after := ' '
			if i+size < c.End {
				after, _ = utf8.DecodeRuneInString(t[i+size : c.End])
			}
			if (unicode.IsLetter(before) || unicode.IsDigit(before)) && !unicode.IsLetter(after) {
				if isQuotedTitle(t[open:i]) {
					out = append(out, model.Span{Start: open, End: i})
				}
				open = -1
			}
		}
		i += size
	}
	return out
}

// headType types a name of several words by its head noun, the word that
// says what kind of thing it names: "Coast Party" and "Halvard Lines" are
// organisations, "Marrow Bay" and "Port Anselm" places. A name that starts
// with a known given name stays a person ("Michael Bay").
func headType(tz *tokenized, r rawMention) model.EntityType {
	if r.te-r.ts < 2 {
		return r.typ
	}
	first, last := tz.toks[r.ts].text, tz.toks[r.te-1].text
	if !isCapitalised(last) || !isCapitalised(first) {
		return r.typ
	}
	lf, ll := lower(first), lower(last)
	if r.typ == model.Person && givenNameGender(lf) != "" {
		return r.typ
	}
	switch {
	case otherHeads[ll]:
		return model.Other
	case r.typ == model.Person && publisherHeads[ll]:
		return model.Organization
	case orgHeads[ll]:
		if r.typ == model.Place && stateHeads[ll] {
			return r.typ // "Russian Federation"
		}
		return model.Organization
	case geoHeads[ll] || streetHeads[ll] || naturalFirsts[lf]:
		return model.Place
	case placeFirsts[lf]:
		if r.typ == model.Organization {
			return r.typ // a club named for its town: "Port Vale"
		}
		return model.Place
	}
	return r.typ
}

// isHeadWord: a word that ends a name and says what kind of thing it names.
func isHeadWord(w string) bool {
	return orgHeads[w] || otherHeads[w] || geoHeads[w] || streetHeads[w]
}

// nameWord: a capitalised word that can go on a name, not a function word,
// a month or a title of rank.
func nameWord(w string) bool {
	lw := lower(w)
	return isCapitalised(w) && hasLetter(w) && !stopword(w) && !calendarWords[lw] && !personTitles[lw]
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

// rankInName are words of rank that also open the names of institutions
// and leagues: "Premier League", "Foreign Ministry", "State Department".
var rankInName = wordSet(`premier foreign finance interior defence defense health justice state trade economy labour
labor education general`)

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
var streetHeads = wordSet(`bridge street road avenue lane quay square harbour harbor estuary boulevard station`)

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
	// "South Korean", "West German": a compass word before a demonym names
	// no place of its own
	if compassWords[lw] && ts+1 < len(tz.toks) && tz.toks[ts+1].sent == tz.toks[ts].sent {
		n := tz.toks[ts+1].text
		if ln := lower(n); isCapitalised(n) && (strings.HasSuffix(ln, "an") || strings.HasSuffix(ln, "ese")) {
			return true
		}
	}
	// a letter of an abbreviation written with a slash: "N / A", "w/o"
	if utf8.RuneCountInString(w) == 1 && (ts+1 < len(tz.toks) && tz.toks[ts+1].text == "/" || ts > 0 && tz.toks[ts-1].text == "/") {
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

// faithWords name religions' followers and adjectives: not people, places
// or organisations ("Muslim militants", "Christians").
var faithWords = wordSet(`moslem moslems muslim muslims christian christians catholic catholics protestant
protestants hindu hindus sikh sikhs buddhist buddhists jewish jew jews islamic shi'ite shi'ites shiite shiites
sunni sunnis orthodox evangelical evangelicals lutheran lutherans anglican anglicans mormon mormons`)

var compassWords = wordSet(`north south east west northern southern eastern western`)
