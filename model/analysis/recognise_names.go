package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Person names the tagger cuts or mistypes, mended from the form of the
// words after tagging. The tagger learnt names from text with few middle
// initials and titles, so it breaks "Ola P. McBride" into two names,
// tags the "Representative" of "Representative Tomas B. Osei" as an
// organisation and misses the name, and stops "Ivo McArdle" after the
// given name. Three things make a person's whole name here:
//   - a title of a person followed by name words: "Rep. Jo Allan", "State
//     Senator Ana Ruiz" (the title stays outside the name);
//   - name words around a middle initial: "Ana B. Ruiz";
//   - a person the tagger found, with the name words right after it: a
//     second name, an initial, a particle, a suffix ("Ana Ruiz-Diaz Jr.").
// And a title alone is never a name ("Representative", "Ms.").

// personNames mends the person names in raw (in text order) and returns the
// mentions in text order.
func personNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	raw = particleNames(toks, splitRoles(toks, splitPeople(toks, splitOwners(toks, raw))))
	// on the stack while an article has few, as nearly every one does
	var spanBuf, titleBuf [32][2]int
	spans := spanBuf[:0]   // person names to impose, in text order
	titles := titleBuf[:0] // titles before them, in text order
	mi := 0                // first raw mention that may reach the sentence
	// opens[k] is 1 where a raw mention starts at token k: the last case
	// below wants a mention starting at the token, and most tokens start
	// none, so they need not scan the sentence's mentions to learn it. The
	// loop moves no mention's start. The buffer is the one newAttributor
	// takes again later.
	opens := tz.ints(len(toks))
	// a name word in lower case ("al-Assad") has a capital after its
	// hyphen: nameCandidate asks only a word that holds one, and reads
	// no word's bytes
	hyphens := newHyphenCursor(tz.text)
	for _, r := range raw {
		if r.ts >= 0 && r.ts < len(opens) {
			opens[r.ts] = 1
		}
	}
	for _, s := range tz.sents {
		for mi < len(raw) && raw[mi].te <= s.start {
			mi++
		}
		titleCase := s.para < 0 || titleCased(tz, s.start, s.end)
		lastComma := -2 // the sentence's last comma, found at the first need (commaAfter)
		// the raw mention covering token k, or -1
		at := func(k int) int {
			for j := mi; j < len(raw) && raw[j].ts <= k; j++ {
				if raw[j].te > k {
					return j
				}
			}
			return -1
		}
		for k := s.start; k < s.end; k++ {
			if k = nameCandidate(toks, opens, k, s.end, titleCase, &hyphens); k == s.end {
				break
			}
			t := &toks[k]
			if !titleCase && (k == s.start || !toks[k-1].isNameWord()) && (t.isNameWord() || givenMonth(toks, s.start, k)) &&
				commaAfter(toks, &lastComma, k+2, s) {
				// "Soe Min, a party member": name words the tagger left out or
				// typed as a body, with a person's role in apposition after
				e := namePieces(tz, k, s.end)
				if e == k {
					e = namePieces(tz, k+1, s.end) // after a given month
				}
				// roleApposition, whose first test (a comma after the
				// words) fails for nearly every name, before looselyTagged's
				// walk over them: both only read
				if e-k >= 2 && roleApposition(tz, e, s.end) && looselyTagged(raw, at, k, e) &&
					(k > s.start || !tz.usedInLowerCase(t.low)) { // "Even Reed, head of …": a word of the sentence
					spans = addSpan(spans, k, e)
					k = e - 1
					continue
				}
			}
			switch {
			case !titleCase && givenMonth(toks, s.start, k) && k+1 < s.end && at(k+1) >= 0 && raw[at(k+1)].ts == k+1 &&
				raw[at(k+1)].typ == model.Person && namePieces(tz, k+1, s.end) > k+1:
				// "April Mellody", "May Reed": a month that is also a given
				// name, before a surname the tagger found a person, is the
				// person's first name and no date ("in April Reed sailed" is)
				e := namePieces(tz, k+1, s.end)
				spans = addSpan(spans, k, e)
				k = e - 1
			case t.capital && t.in(wcDescriptor) && !titleCase:
				// "Democrat Ada Holm", "Mexican Luis Ortega": the party or
				// country is no part of the name, and no reason to type the
				// person a body
				e := namePieces(tz, k+1, s.end)
				if !afterDescriptor(tz, raw, at, k, e, s.end) {
					continue
				}
				if j := at(k); j >= 0 && raw[j].ts == k {
					raw[j].te, raw[j].typ = k+1, model.Other
				} else if j >= 0 {
					raw[j].te = k
				}
				spans = addSpan(spans, k+1, e)
				k = e - 1
			case !titleCase && k+1 < s.end && toks[k+1].low == "of" && officeOfHead(t) && (t.in(wcTitleSeed) || officeNamed(tz, k, s.end)):
				// "Secretary of State Ola Brandt", "Director of Public
				// Prosecutions Ivo Reed": the office, and the name after it
				// (officeName, officeNameWide)
				if from, e := officeNameAt(tz, k, s.end); e > from {
					for y := k; y < from; y++ {
						if j := at(y); j >= 0 && raw[j].ts == y && raw[j].te > from && letterEnd(toks, raw[j].ts, raw[j].te) <= e && !raw[j].title {
							raw[j].ts = from // "State Ola Brandt", the tagger's body
						}
					}
					titles = append(titles, [2]int{k, from})
					spans = addSpan(spans, from, e)
					k = e - 1
				}
			case t.in(wcRoleNoun) && t.text != t.low && !t.in(wcTitleSeed) && k > s.start && !titleCase:
				// "Morning Show co-Anchor DeLuca Marsh": a role written with a
				// capital before a person the tagger found is a title, and the
				// name words between them are the person's
				e := namePieces(tz, k+1, s.end)
				if !roleBeforePerson(tz, raw, at, k, e, s.end) {
					continue
				}
				titles = append(titles, [2]int{k, k + 1})
				spans = addSpan(spans, k+1, e)
				k = e - 1
			case !t.capital && personRoleWord(t) && !titleCase && k+1 < s.end && toks[k+1].capital:
				// "Indian engineer Suresh Menon" where the tagger found
				// "Menon" alone, or typed it a body: the name words after
				// a lower-case role are the person's
				e := namePieces(tz, k+1, s.end)
				if hyphenedTitle(toks[k+1].low) || !roleBeforePerson(tz, raw, at, k, e, s.end) && !roleBeforeName(tz, raw, at, k, e, s.end) {
					continue // "spokesman Lieutenant-Colonel Max Reed": a title first
				}
				spans = addSpan(spans, k+1, e)
				k = e - 1
			case !t.capital && personRoleWord(t) && !titleCase && k+2 < s.end && toks[k+1].text == "," && toks[k+2].capital:
				// "the union's general secretary, Siobhán Ní Bhriain, said":
				// the same, the name set off by commas after the role
				e := namePieces(tz, k+2, s.end)
				if e >= s.end || toks[e].text != "," || hyphenedTitle(toks[k+2].low) ||
					!roleBeforePerson(tz, raw, at, k+1, e, s.end) && !roleBeforeName(tz, raw, at, k+1, e, s.end) {
					continue
				}
				spans = addSpan(spans, k+2, e)
				k = e - 1
			case t.capital && t.in(wcTitleSeed):
				// a title, and the name after it
				if k+1 < s.end && toks[k+1].in(wcPersonTitle) {
					continue
				}
				e := namePieces(tz, k+1, s.end)
				if e == k+1 || e < s.end && toks[e].in(wcPersonTitle|wcHead) && toks[e].capital {
					continue // no name, or the words run on into another name ("Queen Mary University")
				}
				// an abbreviated title or an honorific opens no body's name:
				// "Gov. Ada Holm" is a person however the tagger typed it
				j := at(k)
				if j >= 0 && raw[j].ts == k && raw[j].te > k+1 && raw[j].typ != model.Person && !strings.HasSuffix(t.low, ".") && !honorifics[t.low] {
					if !titleThenName(tz, raw[j], k, e) {
						continue // the title opens a longer name: "General Motors"
					}
					raw[j].ts = k + 1 // the title is no part of the name: "Justice Brandt"
				}
				// the words of the title are no name: "State" of "State
				// Senator", "Majority Leader"
				b := k
				for b > s.start && toks[b-1].in(wcPersonTitle|wcTitleModifier) && toks[b-1].capital {
					b--
				}
				if j >= 0 && raw[j].ts < b && raw[j].typ != model.Person {
					// the organisation the title is of: "Senate" of "Senate
					// Majority Leader Ola Brandt"
					raw[j].te = b
				}
				titles = append(titles, [2]int{b, k + 1})
				if n := at(e - 1); n >= 0 && raw[n].typ == model.Person && raw[n].ts > k+1 && raw[n].te > e &&
					!toks[raw[n].ts].capital && toks[raw[n].ts].in(wcNameParticle) {
					// "Sheikh Tamim bin Hamad Al Thani": the person the tagger
					// found from the particle on goes on the name
					e = letterEnd(toks, raw[n].ts, raw[n].te)
				}
				spans = addSpan(spans, k+1, e)
				k = e - 1
			case isInitial(t.text) && k > s.start && k+1 < s.end && toks[k-1].isNameWord() && toks[k+1].isNameWord() &&
				!titleBeforeInitial(tz, raw, at(k+1), k, s):
				// "Ana B. Ruiz": the words around a middle initial
				b := k - 1
				if j := at(b); j >= 0 && raw[j].typ == model.Person && raw[j].ts >= s.start && b-raw[j].ts < 3 {
					b = raw[j].ts
				}
				e := namePieces(tz, k+1, s.end)
				spans = addSpan(spans, b, e)
				k = e - 1
			case (isInitial(t.text) || isInitials(t.text) && initialsPerson(tz, raw, at(k+1), k, s.end)) && k+1 < s.end &&
				toks[k+1].isNameWord() && ((k == s.start || !toks[k-1].isNameWord()) && leadingInitial(toks, raw, at(k), at(k+1), k) ||
				titleBeforeInitial(tz, raw, at(k+1), k, s)):
				// "K. Varnholt", as scorecards and lists write people; "A.R.
				// Selvam" (recog40_initials.go)
				e := namePieces(tz, k+1, s.end)
				spans = addSpan(spans, k, e)
				k = e - 1
			case !titleCase:
				if opens[k] == 0 {
					continue
				}
				j := at(k)
				if j < 0 || raw[j].ts != k || raw[j].typ != model.Person {
					continue
				}
				// a person the tagger found, and the name words right after it
				e := letterEnd(toks, raw[j].ts, raw[j].te)
				for e < s.end && e-k < 5 {
					n := at(e)
					if n < 0 {
						// words the tagger left out, unless the article
						// writes them in lower case ("Reed Just Let …")
						x, from := namePieces(tz, e, s.end), e
						if p := particlesEnd(toks, e, s.end); p > e {
							// "Ana de Souza", "Anke in 't Hout": particles, which
							// are lower-case words, then a surname
							x, from = namePieces(tz, p, s.end), p
						}
						for y := from; y < x; y++ {
							if tz.usedInLowerCase(toks[y].low) {
								x = y
							}
						}
						if x == from {
							x = e
						}
						if x > e && !isInitialOnly(toks, e, x) {
							e = x
							continue
						}
						if toks[e].in(wcSuffix) && suffixes[toks[e].text] {
							e++
						}
						break
					}
					ne := letterEnd(toks, raw[n].ts, raw[n].te)
					if raw[n].ts != e || namePieces(tz, e, s.end) < ne {
						break
					}
					if raw[n].typ != model.Person && !isInitial(toks[e].text) && ne-e > 1 {
						break // "the Reed White House"
					}
					e = ne
				}
				if e > letterEnd(toks, raw[j].ts, raw[j].te) {
					spans = addSpan(spans, k, e)
				}
				k = e - 1
			}
		}
	}
	return titledNames(tz, theNames(tz, imposeNames(tz, raw, spans, titles)))
}

// nameCandidate is the first token of [k, end) that some case of
// personNames may take, or end. Most tokens are lower-case words and
// marks, which none takes: none is capitalised (as every initial is), a
// calendar word (a given month), a role noun, a name word, or the start
// of a mention. They are passed over here, in a loop of its own, because
// in personNames' loop, with all its variables live, each cost several
// times the few tests.
func nameCandidate(toks []token, opens []int, k, end int, titleCase bool, hyphens *hyphenCursor) int {
	if titleCase {
		// a sentence in title case: the word's capital and bits alone
		for ; k < end; k++ {
			if t := &toks[k]; t.capital || t.in(wcCalendar|wcRoleNoun) || t.is(wkPersonRole) {
				return k
			}
		}
		return end
	}
	for ; k < end; k++ {
		t := &toks[k]
		if t.capital || t.in(wcCalendar|wcRoleNoun) || t.is(wkPersonRole) || opens[k] != 0 {
			return k
		}
		// a word not capitalised is a name word only with a hyphen and a
		// capital after it ("al-Assad"), in its span of the text: asking
		// isNameWord of every lower-case word cost a call or two each;
		// a span inside the one the cursor knows clear is passed inline
		if (t.Start < hyphens.from || t.End > hyphens.at) && hyphens.within(t.Start, t.End) && t.isNameWord() {
			return k
		}
	}
	return end
}

// hasHyphen reports whether w holds a hyphen-minus.
func hasHyphen(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			return true
		}
	}
	return false
}

// titledNames types as a person a name the tagger took for a body or a
// work that opens with a title only a person bears, a cleric's, a
// scholar's or a judge's, and goes on in name words alone: "Archbishop
// Aris Shirvanian", "Judge Lena Holm", "Father Tomas Reed". A body's head
// word ("Bishop Noll Institute", "Judge Advocate General's Corps") or a
// capitalised word after the name ("Professor Reed Lecture Hall") keeps
// the tagger's type.
func titledNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		if r.typ == model.Person || r.title || r.te-r.ts < 2 || r.te-r.ts > 4 || tz.lex(r.ts)&lxPersonOnlyTitles == 0 {
			continue
		}
		ok := true
		for k := r.ts + 1; k < r.te && ok; k++ {
			// the lists by the word's bits: orgHeads, otherHeads, geoHeads,
			// streetHeads (wcHead), publisherHeads and personTitles
			ok = isNameWord(toks[k]) && !toks[k].in(wcHead|wcPersonTitle) && !toks[k].is(wkPublisherHead)
		}
		if ok && r.te < len(toks) && toks[r.te].sent == toks[r.ts].sent && toks[r.te].capital && hasLetter(toks[r.te].text) {
			ok = false
		}
		if ok {
			r.typ = model.Person
		}
	}
	return raw
}

// theNames types as an organisation a name of two words or more that the
// tagger took for a person but that follows "the" and ends its noun phrase
// (a mark or a capitalised word after it): "on the Reed Express,", "the
// Osei Foundation —" are a thing or a body named after the person, whose
// surname alone is still the person. A lower-case word after the name may
// be the noun it qualifies ("the Ann Reed campaign"), and a possessive
// owns one: both are left alone.
func theNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		if r.typ != model.Person || r.title || r.te-r.ts < 2 || !afterThe(tz, r.ts) {
			continue
		}
		if r.te < len(toks) && toks[r.te].sent == toks[r.ts].sent && (isLowerWord(toks[r.te].text) || isPossessive(toks[r.te].text)) {
			continue
		}
		r.typ = model.Organization
	}
	return raw
}

// splitPeople splits a person the tagger ran over a lower-case word or a
// comma into the names on either side: "Shah and Reed", "Osei hammered
// Reed" are two people, "Ola Brandt of Dunmore" a person and a
// place; particles stay ("Charles de Gaulle").
func splitPeople(toks []token, raw []rawMention) []rawMention {
	var out []rawMention
	for i, r := range raw {
		split := false
		if r.typ == model.Person && !r.title {
			for k := r.ts + 1; k < r.te-1; k++ {
				if breaksPerson(toks[k]) {
					split = true
					break
				}
			}
		}
		if !split {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([]rawMention, 0, len(raw)+2), raw[:i]...)
		}
		s := r.ts
		for k := r.ts; k <= r.te; k++ {
			if k < r.te && !breaksPerson(toks[k]) {
				continue
			}
			if k > s && toks[s].isNameWord() {
				typ := model.Person
				if s > r.ts && prepositions[toks[s-1].low] {
					typ = model.Place // "Brandt of Dunmore"
				}
				out = append(out, rawMention{ts: s, te: k, typ: typ})
			}
			s = k + 1
		}
	}
	if out == nil {
		return raw
	}
	return out
}

// splitRoles splits a name the recogniser ran over a lower-case word for
// a person's role into the person after it and what comes before it,
// which is the body the person belongs to: "Vellmouth forward Ola
// Brandt" is the club Vellmouth and the person Ola Brandt, "manager Ola
// Brandt" the person Ola Brandt.
func splitRoles(toks []token, raw []rawMention) []rawMention {
	var out []rawMention
	for i, r := range raw {
		k := -1
		if !r.title {
			for j := r.ts; j < r.te-1 && k < 0; j++ {
				if (toks[j].isAsWritten(wkPersonRole) || r.typ == model.Person && roleOpensSentence(toks, j)) && toks[j+1].isNameWord() {
					k = j
				}
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
		if k > r.ts && toks[r.ts].capital {
			typ := r.typ
			if typ == model.Person {
				typ = model.Organization
			}
			out = append(out, rawMention{ts: r.ts, te: k, typ: typ})
		}
		out = append(out, rawMention{ts: k + 1, te: r.te, typ: model.Person})
	}
	if out == nil {
		return raw
	}
	return out
}

// hyphenedTitle reports whether a hyphenated word has a title of a
// person for a part: "lieutenant-colonel", "vice-admiral",
// "sub-inspector".
func hyphenedTitle(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	for part := range strings.SplitSeq(w, "-") {
		if personTitles[part] {
			return true
		}
	}
	return false
}

// roleOpensSentence reports whether the token at k is a word for a
// person's role capitalised only because it opens its sentence:
// "Fisherman Ramon Abad", "Villager Siti Aminah", "Steelworker Gavin
// Probert" (compoundRole), as news outside the United States writes a
// role before a name with no article.
func roleOpensSentence(toks []token, k int) bool {
	if !toks[k].is(wkPersonRole) && !compoundRole(toks[k].low) {
		return false
	}
	b := k - 1
	for b >= 0 && toks[b].sent == toks[k].sent && isOpeningPunct(toks[b].text) {
		b--
	}
	return b < 0 || toks[b].sent != toks[k].sent
}

// particleNames opens a person's name at the particles the tagger left
// before it, and at the given name before them: "Pieter van der Molen"
// and "Van der Molen" where it tagged "Molen" alone, "Jean-Marie
// Le Pen" where it tagged "Jean-Marie" and "Pen" apart.
func particleNames(toks []token, raw []rawMention) []rawMention {
	var out []rawMention
	for i, r := range raw {
		k := r.ts - 1
		for k >= 0 && r.ts-k <= 3 && toks[k].in(wcNameParticle) && toks[k].sent == toks[r.ts].sent {
			k--
		}
		if r.typ != model.Person || r.title || k == r.ts-1 || (len(out) > 0 && out[len(out)-1].te > k+1) || (len(out) == 0 && i > 0 && raw[i-1].te > k+1) {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([]rawMention, 0, len(raw)), raw[:i]...)
		}
		ts := k + 1
		if k >= 0 && toks[k].sent == toks[r.ts].sent && toks[k].isNameWord() {
			ts = k
			// a given name the tagger tagged alone joins: "Jean-Marie" "Le Pen"
			if n := len(out); n > 0 && out[n-1].te == k+1 && out[n-1].typ == model.Person {
				ts = out[n-1].ts
				out = out[:n-1]
			}
		} else if !toks[ts].capital {
			ts = r.ts // "the tariffs of der Molen"? a lower-case particle opens no name
		}
		r.ts = ts
		out = append(out, r)
	}
	if out == nil {
		return raw
	}
	return out
}

// breaksPerson: a word no person's name runs over, a lower-case word that
// is no particle or a comma.
func breaksPerson(t token) bool {
	return t.text == "," || t.text == "&" || isLowerWord(t.text) && !t.in(wcNameParticle) && !strings.Contains(t.text, "-")
}

// imposeNames puts the person names spans in place of the raw mentions
// they overlap, unless a mention runs on past a name over words, and drops
// mentions that are titles alone or lie inside the titles before a name.
func imposeNames(tz *tokenized, raw []rawMention, spans, titles [][2]int) []rawMention {
	toks := tz.toks
	if len(spans) == 0 {
		bare := false
		for _, r := range raw {
			bare = bare || !r.title && titleWords(toks, r.ts, letterEnd(toks, r.ts, r.te))
		}
		if !bare {
			return raw
		}
	}
	out := make([]rawMention, 0, len(raw)+len(spans))
	si, ti := 0, 0
	for i := 0; i < len(raw); {
		r := raw[i]
		for ti < len(titles) && titles[ti][1] <= r.ts {
			ti++
		}
		if ti < len(titles) && titles[ti][0] <= r.ts && r.te <= titles[ti][1] && !r.title {
			i++
			continue
		}
		for si < len(spans) && spans[si][1] <= r.ts {
			sp := spans[si]
			out = append(out, rawMention{ts: sp[0], te: sp[1], typ: model.Person})
			si++
		}
		if si < len(spans) && spans[si][0] < r.te {
			sp := spans[si]
			// every mention the name overlaps
			j := i
			ok := true
			for j < len(raw) && raw[j].ts < sp[1] {
				if raw[j].ts < sp[0] && !titleWords(toks, raw[j].ts, sp[0]) ||
					letterEnd(toks, raw[j].ts, raw[j].te) > sp[1] || raw[j].title {
					ok = false
				}
				j++
			}
			si++
			if ok {
				out = append(out, rawMention{ts: sp[0], te: sp[1], typ: model.Person})
				i = j
				continue
			}
		}
		if !titleWords(toks, r.ts, letterEnd(toks, r.ts, r.te)) || r.title {
			out = append(out, r)
		}
		i++
	}
	for ; si < len(spans); si++ {
		out = append(out, rawMention{ts: spans[si][0], te: spans[si][1], typ: model.Person})
	}
	return out
}

// addSpan adds [ts, te) to the names, which are in text order.
func addSpan(spans [][2]int, ts, te int) [][2]int {
	if n := len(spans); n > 0 && spans[n-1][1] > ts {
		spans[n-1][1] = max(spans[n-1][1], te)
		return spans
	}
	return append(spans, [2]int{ts, te})
}

// namePieces returns the end of the run of name words from k, at most four,
// within the sentence ending at end: capitalised words, middle initials,
// particles before a capitalised word ("van", "de", "al-"), a closing
// suffix ("Jr."). The run starts with a word or an initial and never ends
// on a particle.
func namePieces(tz *tokenized, k, end int) int {
	toks := tz.toks
	e := k
	skip := 0 // the tokens of particles of more than one word, past the first
	for e < end && e-k-skip < 4 {
		t := &toks[e]
		switch {
		case t.isNameWord() || isInitial(t.text):
		case e >= k+2 && surnameAfterInitial(toks, k, e, end):
			// (its first test, inlined: most names end at a word that
			// is no surname long before that)
			return e + 1
		case e > k && t.in(wcSuffix) && suffixes[t.text]:
			return e + 1
		case e > k && t.capital && t.is(wkHonorific) && toks[e-1].isNameWord() && (e+1 >= end || !toks[e+1].capital):
			// an honorific that ends a name is a surname: "Noordin Haji said"
			// (recog40)
			return e + 1
		case e > k && t.in(wcNameParticle) && e+1 < end && toks[e+1].isNameWord():
		case e > k && t.in(wcNameParticle):
			// particles of two words or three before a surname: "van
			// der", "de la", "de los" (recog40); the particles count as
			// one word of the four
			p := particlesEnd(toks, e, end)
			if p == e || e+1 < end && toks[e+1].capital {
				return e
			}
			skip += p - e - 1
			e = p
		default:
			return e
		}
		e++
	}
	return e
}

// givenMonth reports whether the capitalised month at k, in the sentence
// that starts at start, may be a given name: one that is also a name
// ("April", "May") and not made a date by the word before it.
func givenMonth(toks []token, start, k int) bool {
	// the word's bit first, inlined: personNames asks this of nearly every
	// token, and almost none is a calendar word
	return toks[k].in(wcCalendar) && givenMonthNow(toks, start, k)
}

// givenMonthNow is givenMonth for a calendar word. Kept out of line so
// that givenMonth stays cheap enough to inline.
//
//go:noinline
func givenMonthNow(toks []token, start, k int) bool {
	t := &toks[k]
	return t.capital && isGivenMonth(t.low) && !dateBefore(toks, start, k)
}

// dateBefore reports whether the word before k, within the sentence that
// starts at start, makes a month at k a date: "in April", "since May",
// "last June", "5 August".
func dateBefore(toks []token, start, k int) bool {
	if k == start {
		return false
	}
	p := &toks[k-1]
	return p.in(wcCalendar) || dateLeaders[p.low] || strings.ContainsAny(p.text, "0123456789")
}

// surnameAfterInitial reports whether the word at e, in a run of name
// words from k within a sentence ending at end, is a surname that is
// also a title or a head noun, as a middle initial shows: "Peter T. King",
// "Ada R. Bishop". The name ends there, so a capitalised word after it
// ("Ada R. Bishop Hall") makes it no surname.
func surnameAfterInitial(toks []token, k, e, end int) bool {
	t := &toks[e]
	if e < k+2 || !t.capital || !isInitial(toks[e-1].text) || !toks[e-2].isNameWord() || !hasLetter(t.text) ||
		t.in(wcStarter|wcCalendar) || t.in(wcSuffix) && suffixes[t.text] || isAcronym(t.text) {
		return false
	}
	return e+1 >= end || !toks[e+1].capital
}

// isNameWord: a capitalised word that can be part of a person's name: not
// a function word, a month, a title, a head noun of another kind of name or
// an acronym; "McArdle", "Schmidt-Traub", "O'Rourke" and "al-Assad" are.
func isNameWord(t token) bool { return t.isNameWord() }

// isNameWord is isNameWord for the token in place, without copying it.
func (t *token) isNameWord() bool {
	if t.nameWord == 0 {
		t.nameWord = 1
		if t.nameWordNow() {
			t.nameWord = 2
		}
	}
	return t.nameWord == 2
}

// nameWordNow is isNameWord worked out.
func (t *token) nameWordNow() bool {
	w := t.text
	if !t.capital {
		// "al-Assad", "el-Sisi"
		h := strings.IndexByte(w, '-')
		if h <= 0 || !nameParticles[t.low[:h]] || h+1 >= len(w) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w[h+1:])
		return unicode.IsUpper(r)
	}
	if !hasLetter(w) || t.in(wcStarter|wcCalendar|wcPersonTitle|wcHead|wcNotPerson) || t.in(wcSuffix) && suffixes[w] {
		return false
	}
	return !isAcronym(w) || strings.Contains(w, ".") && len(w) <= 6 // "J.M." is initials
}

// leadingInitial reports whether the initial at k opens a person's name
// ("K. Varnholt"): the recogniser saw a name there (raw mentions ji at the
// initial, jn at the word after it), and not the abbreviation of a
// place's first word ("S. Korea", "N. Ireland"), an organisation that
// goes on past the word, or a name the tagger typed something else than a
// person with the initial inside it ("J. Crew").
func leadingInitial(toks []token, raw []rawMention, ji, jn, k int) bool {
	if ji < 0 && jn < 0 {
		return false
	}
	if jn >= 0 && (raw[jn].typ == model.Place || raw[jn].te > k+2 && raw[jn].typ != model.Person) {
		return false
	}
	return ji < 0 || ji == jn || raw[ji].te == k+1 || raw[ji].typ == model.Person
}

// isInitial: one capital letter and a full stop, "B.".
func isInitial(w string) bool {
	// one letter of up to utf8.UTFMax bytes and a full stop: the test of
	// length and last byte, inlined, spares decoding a rune for almost
	// every word, since personNames asks it twice of every token
	return len(w) >= 2 && len(w) <= utf8.UTFMax+1 && w[len(w)-1] == '.' && upperInitial(w)
}

// upperInitial is isInitial for a word of two to five bytes ending in a
// full stop.
func upperInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n+1 == len(w) && unicode.IsUpper(r)
}

// isInitialOnly reports whether [ts, te) is initials alone, which go on a
// name only before a word.
func isInitialOnly(toks []token, ts, te int) bool {
	for k := ts; k < te; k++ {
		if !isInitial(toks[k].text) {
			return false
		}
	}
	return true
}

// titleWords reports whether every word of [ts, te) is a title of a
// person, which alone names nobody: "Representative", "State Senator".
func titleWords(toks []token, ts, te int) bool {
	if te <= ts {
		return false
	}
	bare := false
	for k := ts; k < te; k++ {
		if !toks[k].in(wcPersonTitle) {
			return false
		}
		bare = bare || bareTitles[toks[k].low]
	}
	return bare
}

// letterEnd is where a mention's words end, before any marks the tagger
// took into it.
func letterEnd(toks []token, ts, te int) int {
	for te > ts+1 && !hasLetterOrDigit(toks[te-1].text) {
		te--
	}
	return te
}

// titleCased reports whether the sentence [ts, te) is written in title
// case, as headlines and section heads are (four words in five
// capitalised, small words aside), where capitals say nothing about names:
// "Reed on Climate Change".
func titleCased(tz *tokenized, ts, te int) bool {
	words, caps := 0, 0
	sent := tz.toks[ts:te]
	for i := range sent {
		t := &sent[i]
		// a word with no letter: neither capitalised nor opening with a
		// letter of ASCII, and a single byte of ASCII (a mark, a figure)
		// or no letter found; hasLetter is called for few words. A word
		// capitalised or opening with a letter is no possessive mark, so
		// its bits alone are asked.
		if t.capital || startsASCIILetter(t.text) {
			if t.in(wcTitleSmall) {
				continue
			}
		} else if len(t.text) == 1 && t.text[0] < utf8.RuneSelf || !hasLetter(t.text) || t.in(wcTitleSmall) || isPossessive(t.text) {
			continue
		}
		words++
		if t.capital {
			caps++
		} else if 5*caps-4*words+len(sent)-i-1 < 0 {
			// even capitals in every word left would not make four
			// in five: most sentences are known after a few words
			return false
		}
	}
	return words >= 3 && caps*5 >= words*4
}

// startsASCIILetter reports whether w opens with a letter of ASCII, as
// most words do.
func startsASCIILetter(w string) bool {
	return w != "" && 'a' <= w[0]|0x20 && w[0]|0x20 <= 'z'
}

// looselyTagged reports whether the tagger's mentions leave [k, e) free
// for a person's name: no mention there, a person inside it, or single
// words typed as something else ("Soe" of "Soe Min", "Cunha" of "Ines da
// Cunha"), with at least one word outside those.
func looselyTagged(raw []rawMention, at func(int) int, k, e int) bool {
	free := false
	for y := k; y < e; y++ {
		j := at(y)
		if j < 0 {
			free = true
			continue
		}
		r := raw[j]
		if r.ts < k || r.te > e || r.title {
			return false
		}
		if r.typ == model.Person {
			free = true
		} else if r.te != r.ts+1 {
			return false
		}
	}
	return free
}

// roleApposition reports whether an apposition that gives a person's role
// follows token e: ", a party member", ", the chairman for", ", a Dutch
// liberal member of", ", head of".
func roleApposition(tz *tokenized, e, end int) bool {
	toks := tz.toks
	if e+2 >= end || toks[e].text != "," {
		return false
	}
	if w := toks[e+1].low; w != "a" && w != "an" && w != "the" {
		// ", head of the bakers' division", ", chairman of": a role with
		// no article, as news outside the United States writes it, before
		// the body it serves
		n := &toks[e+1]
		return !n.capital && personRoleWord(n) && e+2 < end && isRoleLink(toks[e+2].low)
	}
	for k := e + 2; k < end && k-e <= 6; k++ {
		w := toks[k].low
		// roleNouns and prepositions by the word's class bits,
		// clauseBreaks by its lexicon bit
		if (toks[k].in(wcRoleNoun) || toks[k].is(wkPersonRole)) && !toks[k].capital {
			return true // ", a doctor": any role of a person (recog40)
		}
		if !hasLetter(w) || tz.lex(k)&lxClauseBreaks != 0 || toks[k].in(wcPreposition) || isPossessive(w) {
			return false
		}
	}
	return false
}

// particlesEnd returns the end of the particles that open a surname at k
// ("de", "van der", the Dutch "in 't"), when a name word follows them, or
// k.
func particlesEnd(toks []token, k, end int) int {
	p := k
	for p < end && p-k < 3 {
		w := toks[p].low
		if toks[p].in(wcNameParticle) {
			p++
			continue
		}
		if w == "in" && p+1 < end && (toks[p+1].low == "'t" || toks[p+1].low == "’t") {
			p += 2
			continue
		}
		if w == "in" && p+2 < end && (toks[p+1].text == "'" || toks[p+1].text == "’") && toks[p+2].text == "t" {
			p += 3 // the tokens split "'t"
			continue
		}
		break
	}
	if p == k || p >= end || !toks[p].isNameWord() {
		return k
	}
	return p
}

// afterDescriptor reports whether the descriptor word at k ("Democrat",
// "Mexican") stands before a person's name that ends at e: two to four
// name words with no word of a body or place in them and none after them
// ("Republican National Committee", "American Express Bank" are bodies),
// where the tagger saw a name and no mention of its runs on past them.
func afterDescriptor(tz *tokenized, raw []rawMention, at func(int) int, k, e, end int) bool {
	toks := tz.toks
	if e-(k+1) < 2 || isInitialOnly(toks, k+1, e) || hasHeadWord(tz, k+1, e) {
		return false
	}
	if e < end && toks[e].capital && hasLetter(toks[e].text) {
		return false // the capitals run on: "American Civil Liberties Union"
	}
	seen := false
	for y := k; y < e; y++ {
		if y > k && toks[y].isBodyWord() {
			return false
		}
		if j := at(y); j >= 0 {
			seen = true
			if raw[j].te > e || raw[j].title {
				return false
			}
		}
	}
	return seen
}

// bodyWords: words that make a name a body's, a work's or a place's.
func bodyWords(w string) bool {
	return isHeadWord(w) || companyHeads[w] || companySuffixes[w] || publisherHeads[w] || stateHeads[w] ||
		bodyNameHeads[w] || newspaperHeads[w] || eventHeads[w] || competitionHeads[w] || groundHeads[w] || outletWords[w]
}

// roleBeforePerson reports whether the capitalised role at k stands before
// a person's name ending at e: two to four name words, a person the tagger
// found among them, no mention running past them or over the role, and no
// capitalised word after them.
func roleBeforePerson(tz *tokenized, raw []rawMention, at func(int) int, k, e, end int) bool {
	toks := tz.toks
	if e-(k+1) < 2 || e < end && toks[e].capital && hasLetter(toks[e].text) {
		return false
	}
	if j := at(k); j >= 0 && (raw[j].ts < k || raw[j].te > k+1 || raw[j].title) {
		return false // "Editor Books", a role inside a longer name
	}
	person := false
	for y := k + 1; y < e; y++ {
		if toks[y].isBodyWord() {
			return false
		}
		if j := at(y); j >= 0 {
			if raw[j].te > e || raw[j].ts < k+1 || raw[j].title {
				return false
			}
			person = person || raw[j].typ == model.Person
		}
	}
	return person
}

// roleBeforeName reports whether the lower-case role at k stands before
// a person's name ending at e that the tagger cut or mistyped: two to four
// name words with no word of a body's in them and no capitalised word
// after them, where the tagger's mentions are people or single words
// (looselyTagged) and at least one is there ("engineer Suresh Kuttappan"
// with "Kuttappan" a body).
func roleBeforeName(tz *tokenized, raw []rawMention, at func(int) int, k, e, end int) bool {
	toks := tz.toks
	if e-(k+1) < 2 || e-(k+1) > 4 || e < end && toks[e].capital && hasLetter(toks[e].text) || !looselyTagged(raw, at, k+1, e) {
		return false
	}
	seen := false
	for y := k + 1; y < e; y++ {
		if toks[y].isBodyWord() {
			return false
		}
		seen = seen || at(y) >= 0
	}
	return seen
}

// personRoleWord: a word of a person's role or a title that opens a
// name, not a word of rank alone ("former", "acting", "state").
func personRoleWord(t *token) bool {
	return t.is(wkPersonRole) || t.in(wcTitleSeed) || t.in(wcRoleNoun) && !t.in(wcPersonTitle)
}
