package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Subjects: who a tag names, a name, a pronoun or an unnamed source,
// read left or right of the verb through appositions, relative clauses and
// coordinated verbs.

// possessor reads "X’s claim" / "his statement" before a noun cue at k.
func (at *attributor) possessor(k, lo int) attribution {
	toks := at.tz.toks
	j := k - 1
	// "X’s claim", and "Forbes’ claim" after a name in -s
	if j >= lo && isPossessive(toks[j].text) && j-1 >= lo && at.ment[j-1] >= 0 &&
		(len(toks[j].text) > 1 || strings.HasSuffix(toks[j-1].low, "s")) {
		r := at.entityAttribution(j - 1)
		r.mention.End = toks[j].End
		return r
	}
	if j >= lo {
		switch toks[j].low {
		case "his":
			return at.resolvePronoun(j, "m")
		case "her":
			return at.resolvePronoun(j, "f")
		}
	}
	return attribution{}
}

// inWordsOf reads "in X's words", "in his view", "in the words of X" at
// the token k, "in": a tag that credits the words around it to X. The
// phrase ends before to.
func (at *attributor) inWordsOf(k, to int) attribution {
	toks := at.tz.toks
	if toks[k].low != "in" || k+3 >= to {
		return attribution{}
	}
	if toks[k+1].low == "the" && toks[k+2].low == "words" && toks[k+3].low == "of" {
		r := at.subjectAfter(k+4, to)
		r.cue = "in the words of"
		return r
	}
	// the noun after a possessor of a few words: "in the senator's view"
	for n := k + 2; n < to && n <= k+5; n++ {
		if viewNouns[toks[n].low] {
			if n+1 < len(toks) && hasLetter(toks[n+1].text) {
				return attribution{} // "in his view of the quay": a view about something, no tag
			}
			r := at.possessor(n, k+1)
			r.cue = "in " + toks[n].low
			return r
		}
		if !hasLetter(toks[n].text) && !isPossessive(toks[n].text) {
			break
		}
	}
	return attribution{}
}

// sentenceSubjectAttribution finds the subject at the start of the clause
// that ends at k: the first name or pronoun of the sentence.
func (at *attributor) sentenceSubjectAttribution(lo, k int) attribution {
	return at.firstSubject(lo, k, false)
}

// firstSubject is sentenceSubjectAttribution; with subjectOnly set, a name
// or pronoun counts only where it can be the subject of the clause: before
// any verb of it and outside phrases of circumstance.
func (at *attributor) firstSubject(lo, k int, subjectOnly bool) attribution {
	toks := at.tz.toks
	lo = datelineEnd(toks, lo, k)
	lo = at.openingAfterLead(lo, k) // "Shortly after …" (attribute_opening_lead.go)
	// "In an interview with X, Y said …": an opening adverbial phrase ends
	// at its comma, and the subject follows it
	if lo < k && (toks[lo].in(wcOpening) || at.openingParticiple(lo)) {
		for c := lo + 1; c < k && c-lo < 25; c++ {
			// the comma may stand inside a closing quotation mark: on "Face the Nation,"
			if toks[c].text == "," && (at.qtok[c] < 0 || c+1 < k && at.qtok[c+1] == at.qtok[c] && at.a.Quotes[at.qtok[c]].End == toks[c+1].End) {
				if at.modifierComma(c, k) {
					continue // "In a wide-ranging, in-prison interview with X, Y said"
				}
				lo = c + 1
				break
			}
		}
	}
	sawComma := false
	inPhrase := false // inside a phrase of circumstance, up to its comma: "Early in his term, X …"
	for j := lo; j < k; j++ {
		if at.qtok[j] >= 0 {
			continue
		}
		w := toks[j].low
		if subjectOnly {
			if at.ment[j] < 0 && at.pastVerb(j) {
				return attribution{} // a name after the clause's verb is its object: "the envoy called for X to quit"
			}
			if toks[j].text == "," {
				inPhrase = false
			} else if at.ment[j] < 0 && prepositions[w] && w != "of" && w != "for" && (w != "to" || !at.infinitiveTo(j)) {
				inPhrase = true // "a tribute to X", "in its criticism of X", not "an aide for X"
			}
			if inPhrase {
				continue
			}
		}
		if g := pronounOf(&toks[j]); g != "" {
			return at.resolvePronoun(j, g)
		}
		if at.ment[j] >= 0 {
			e := at.a.Entities[at.ment[j]]
			if e.Type == model.Person || e.Type == model.Organization {
				// a name in an opening phrase ("In Chicago, ...") is not the subject
				if r := at.possessedSubject(j, k); r.ok {
					return r
				}
				return at.entityAttribution(j)
			}
		}
		if toks[j].text == "," && !sawComma {
			// "The chair of the panel, the critic X, said …"
			sawComma = true
			if r := at.appositiveAfter(j, k); r.ok {
				return r
			}
		}
	}
	return attribution{}
}

// pastVerb reports whether token j is a verb that has its subject before
// it: a form of "be" or "have", or a lower-case word in -ed after no
// article or possessive ("was filed", "called for", not "the jailed man").
func (at *attributor) pastVerb(j int) bool {
	t := &at.tz.toks[j]
	if !isLowerWord(t.text) {
		return false
	}
	switch t.low {
	case "is", "are", "was", "were", "has", "have", "had":
		return true
	}
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && (j == 0 || !determiners[at.tz.toks[j-1].low] && !isPossessive(at.tz.toks[j-1].low))
}

// infinitiveTo reports whether the "to" at token j opens an infinitive
// ("old enough to remember X") rather than a phrase ("a letter to X"):
// a lower-case word follows it that opens no noun phrase.
func (at *attributor) infinitiveTo(j int) bool {
	toks := at.tz.toks
	if j+1 >= len(toks) || at.ment[j+1] >= 0 || !isLowerWord(toks[j+1].text) {
		return false
	}
	w := toks[j+1].low
	return !determiners[w] && !isPossessive(w) && pronouns[w] == ""
}

// subjectBefore finds the subject of the verb at token k, scanning left no
// further than lo.
func (at *attributor) subjectBefore(k, lo int) attribution {
	toks := at.tz.toks
	j := k - 1
	for j >= lo {
		w := toks[j].low
		if toks[j].in(wcSubjectSkip) || w == "is" || w == "was" || w == "are" || w == "were" || w == "been" || w == "being" || isMannerAdverb(toks[j].text) ||
			((w == "'s" || w == "’s") && j > lo && pronounOf(&toks[j-1]) != "") {
			j--
			continue
		}
		// "X was prompted to say", "X declined to say": the subject of the
		// verb the infinitive completes
		if w == "to" && j == k-1 && j-1 > lo && isLowerWord(toks[j-1].text) && strings.HasSuffix(toks[j-1].low, "ed") {
			j -= 2
			continue
		}
		// "The letter goes on to say", "X went on to call": going on
		// to a verb keeps the subject of the going
		if w == "to" && j == k-1 && j-2 > lo && toks[j-1].low == "on" && goingOnVerbs[toks[j-2].low] {
			j -= 3
			continue
		}
		// "X last week said", "X on Saturday said": a time between a
		// name or pronoun and its verb; "X, who …, on Friday described":
		// or between the aside that closes after the name and the verb
		if j-1 > lo && (at.word(j).in(awTimeNoun) && timeNouns[w] && timeDeterminers[toks[j-1].low] || toks[j].in(wcWeekday) && toks[j-1].low == "on") &&
			(at.ment[j-2] >= 0 || pronounOf(&toks[j-2]) != "" || toks[j-2].text == ")" || toks[j-2].text == ",") {
			j -= 2
			continue
		}
		if at.setOffAdverb(j, lo) {
			j -= 3 // "X, however, said" (setoff_adverb.go)
			continue
		}
		if w := at.phraseAfterWho(j, lo); w >= 0 && at.phraseBetween(w+1, j+1) {
			j = w // "X, who on Tuesday described" (attribute_relative_phrase.go)
			break
		}
		if j-3 > lo && w == "," && toks[j-3].text == "," && setOffPair(toks[j-2].low, toks[j-1].low) && at.qtok[j-1] < 0 {
			j -= 4 // "X's campaign, for example, said"
			continue
		}
		if at.postNominalAfterPerson(j, lo) {
			j-- // "Ann Kerr KC said" (attr36_postnominal.go)
			continue
		}
		if n := at.personOfPhrase(j, lo); n >= 0 {
			j = n // "Councillor Ann Reed of Ward 171 described" (coref45_subject.go)
			break
		}
		if w == ")" {
			// "Sen. Priya Shah (D-Mo.) said": step over the brackets
			d := j - 1
			for d >= lo && toks[d].text != "(" && j-d < 12 {
				d--
			}
			if d >= lo && toks[d].text == "(" {
				j = d - 1
				continue
			}
		}
		break
	}
	if j < lo {
		return attribution{}
	}
	// "X welcomed the decision and said": a subject phrase never ends in a
	// conjunction; a coordinated verb shares the subject of its clause
	if at.word(j).in(awCoordinator) {
		return at.coordinatedSubject(j, lo)
	}
	// "X, who said": the relative pronoun speaks for the name before it
	if toks[j].text == "who" && j > lo {
		if r := at.relativeAntecedent(j, lo); r.ok {
			return r
		}
	}
	// "the report, which claimed": a document or a body speaks through
	// "which"; the sentence's subject does not (attribute_which.go)
	if toks[j].low == "which" && j > lo {
		r := at.whichAntecedent(j, lo)
		if r.ok {
			r.mention = model.Span{Start: r.mention.Start, End: toks[j].End}
		}
		return r
	}
	// "X -- who runs the port, which … -- told", "X, the head of Y —
	// an aside — said": a pair of dashes sets off an aside as commas do
	if ds := at.dashStart(j); ds > lo {
		d := at.openingDash(ds, lo)
		if d <= lo {
			return attribution{}
		}
		// the name right before the aside speaks when it opens its clause;
		// "X, who runs Harbor Films -- …": the name in a clause does not
		if n := d - 1; at.ment[n] >= 0 && at.qtok[n] < 0 && (at.mstart[n] == lo || !hasLetterOrDigit(toks[at.mstart[n]-1].text)) {
			if t := at.a.Entities[at.ment[n]].Type; t == model.Person || t == model.Organization {
				return at.entityAttribution(n)
			}
		}
		j = d
	}
	// "Gov. Dora Penrose (R-Vell), said"
	if toks[j].text == "," && j-1 > lo && toks[j-1].text == ")" {
		if n := skipBrackets(toks, j-1, lo); n >= lo && n < j-1 && at.ment[n] >= 0 {
			if t := at.a.Entities[at.ment[n]].Type; (t == model.Person || t == model.Organization) && (at.mstart[n] == lo || !hasLetterOrDigit(toks[at.mstart[n]-1].text) || personTitles[toks[at.mstart[n]-1].low] || isCapitalised(toks[at.mstart[n]-1].text)) {
				return at.entityAttribution(n)
			}
		}
	}
	// "X, the city's mayor, said" and "X, who …, said": the name before the asides
	// "X, author of “The Quay,” said": American style keeps the comma
	// that closes the aside inside the title's marks
	if qc := at.qtok[j]; qc >= 0 && at.named != nil && at.named[qc] && j-1 > lo && toks[j-1].text == "," && isClosingMark(toks[j].text) {
		j--
	}
	if toks[j].text == "," || at.dashStart(j) == j {
		// "The chair of the panel, the critic X, said": a name in apposition
		appos, opens := at.appositiveBefore(j, lo)
		c := j - 1
		for hops := 0; c > lo && hops < 45; hops++ {
			if qc := at.qtok[c]; qc >= 0 && at.named != nil && (at.named[qc] || !at.looksLikeSpeech(qc)) {
				c-- // a title or term in the aside: "X, author of “…”, said", "X, wearing “Vote Reed” pins, said"
				continue
			}
			if isSentenceEnd(toks[c].text) || at.qtok[c] >= 0 {
				break
			}
			if toks[c].text == "," {
				n := skipBrackets(toks, c-1, lo)
				if at.postNominalAfterPerson(n, lo) {
					n-- // "Ann Kerr KC, for the defence, said"
				}
				if n >= lo && at.ment[n] < 0 && !appos.ok {
					// "“…,” Ola Brandt, a political scientist, told …": a name the
					// recogniser missed, right where the clause begins
					if r := at.nameRun(n, lo, -1); r.ok && at.tokAt(r.mention.Start) == lo+at.titleRun(lo, n) && c-lo <= 6 {
						return r
					}
				}
				if n >= lo && at.ment[n] >= 0 && at.inRelativeClause(n, lo) {
					c = at.mstart[n] - 1 // "X, who heads the Banking Committee, which …, said": the name is in an aside
					continue
				}
				if n >= lo && at.ment[n] >= 0 {
					e := at.a.Entities[at.ment[n]]
					if e.Type == model.Organization && appos.ok && c == opens {
						return appos // "the head of the bank, X, said"
					}
					if appos.ok && at.objectOfPreposition(n, lo) {
						return appos // "In a statement to the Observer, her adviser, X, said"
					}
					if e.Type == model.Person || e.Type == model.Organization {
						return at.entityAttribution(n)
					}
					// "X of Kessary, a port town, said": a place the speaker
					// is of, and the aside about it; the person speaks
					if h := at.personOfBefore(n); e.Type == model.Place && h >= 0 {
						return at.entityAttribution(h)
					}
					// "Even Norway, the bloc's closest partner, said": a country
					// that opens the sentence speaks for its government
					if ms := at.mstart[n]; e.Type == model.Place && !appos.ok && (ms == 0 || toks[ms-1].sent != toks[ms].sent ||
						at.word(ms-1).in(awSentenceOpener) && (ms == 1 || toks[ms-2].sent != toks[ms].sent)) {
						return at.entityAttribution(n)
					}
				}
			}
			c--
		}
		if !appos.ok {
			if r := at.unnamedBeforeAside(j, lo); r.ok {
				return r
			}
		}
		return appos
	}
	if n := at.unclosedRelative(j, lo); n >= 0 {
		return at.entityAttribution(n)
	}
	// "two lines that call at X said": the head before a relative clause
	if r := at.relativeHead(j, lo); r > lo && !strings.HasSuffix(toks[k].low, "ing") {
		return at.phraseEndingAt(r-1, lo)
	}
	r := at.phraseEndingAt(j, lo)
	// "A source speaking to the Gazette said": the one spoken to is no
	// subject; the speaker comes before the participle (attribute_addressee.go)
	if a, ok := at.pastAddressee(r, lo); ok {
		return a
	}
	// "Penrose in her opening speech called", "X two weeks ago said":
	// a phrase of time or place stands between the subject and its verb
	if r.ok && r.id == "" {
		if s := at.tokAt(r.mention.Start); s > lo && s < k && (adverbialPrep(toks[s-1].low) || toks[j].low == "ago") {
			if p := s - 1; adverbialPrep(toks[p].low) || p > lo && toks[p].low == "than" {
				s = p
				if toks[s].low == "than" && s-1 > lo {
					s-- // "less than two weeks ago"
				}
			}
			// only a name or a pronoun before it: "voters in each state said"
			// is one subject
			if rr := at.subjectBefore(s, lo); rr.ok && (rr.id != "" || pronouns[lower(at.a.Text[rr.mention.Start:rr.mention.End])] != "") {
				return rr
			}
		}
	}
	return r
}

// dashStart tells whether token j ends a dash standing as a word ("—",
// "–", or "--", which the tokeniser splits into two hyphens, or a hyphen
// with spaces around it) and returns the dash's first token; -1 otherwise.
func (at *attributor) dashStart(j int) int {
	toks := at.tz.toks
	switch {
	case j < 0:
		return -1
	case isDash(toks[j].text):
		return j
	case toks[j].text != "-":
		return -1
	case j > 0 && toks[j-1].text == "-" && toks[j-1].End == toks[j].Start:
		return j - 1
	case j > 0 && j+1 < len(toks) && toks[j-1].End < toks[j].Start && toks[j].End < toks[j+1].Start:
		return j
	}
	return -1
}

// openingDash finds the dash that opens the aside closed by the dash
// starting at j, in the same sentence and with no quotation inside; -1
// when there is none. It returns the opening dash's first token.
func (at *attributor) openingDash(j, lo int) int {
	toks := at.tz.toks
	for d := j - 1; d > lo && j-d <= 40; d-- {
		if at.qtok[d] >= 0 || toks[d].sent != toks[j].sent || isSentenceEnd(toks[d].text) {
			return -1
		}
		if ds := at.dashStart(d); ds >= 0 {
			return ds
		}
	}
	return -1
}

// relativeHead finds the relative pronoun that opens a relative clause
// ending at token j, when the clause has a verb of its own before its last
// noun phrase ("lines that call at Port Anselm"); -1 otherwise. A phrase
// right after the pronoun is the clause's subject and is kept ("the figures
// that Smith said").
func (at *attributor) relativeHead(j, lo int) int {
	toks := at.tz.toks
	np := j
	if at.ment[j] >= 0 {
		np = at.mstart[j]
	}
	for c := np - 1; c > lo && j-c <= 12; c-- {
		w := toks[c].low
		if !hasLetterOrDigit(w) || at.qtok[c] >= 0 {
			return -1
		}
		if !at.word(c).in(awClauseBreak) {
			continue
		}
		if w != "that" && w != "who" && w != "which" || at.titlesOnly(c+1, toks[np].Start) || toks[c+1].in(wcDeterminer) {
			return -1
		}
		p := toks[c-1].low
		if !hasLetter(p) || clauseBreaks[p] || subjectSkips[p] || beForms[p] || prepositions[p] || openingWords[p] || determiners[p] ||
			isCueWord(p) || reportCues[p] || at.qtok[c-1] >= 0 {
			return -1
		}
		return c
	}
	return -1
}

// appositiveBefore reads a person's name in apposition that ends at the
// comma j: ", the critic X," or ", Dr. X,". It returns the attribution and
// the comma that opens the apposition.
func (at *attributor) appositiveBefore(j, lo int) (attribution, int) {
	toks := at.tz.toks
	n := j - 1
	if n > lo && at.ment[n] >= 0 && at.qtok[n] < 0 && at.a.Entities[at.ment[n]].Type != model.Person {
		// ", Professor X of the University of Y,": the person before the
		// body or place they are of
		if h := at.personOfBefore(n); h > lo {
			n = h
		}
	}
	if n <= lo || at.ment[n] < 0 || at.a.Entities[at.ment[n]].Type != model.Person || at.qtok[n] >= 0 {
		return attribution{}, -1
	}
	p := at.mstart[n]
	for c := p - 1; c > lo && p-c <= 7; c-- {
		if toks[c].text == "," {
			if c+1 < p && !at.appositivePrefix(c+1, p) {
				return attribution{}, -1
			}
			return at.entityAttribution(n), c
		}
	}
	return attribution{}, -1
}

// appositiveAfter reads ", the critic X," after the comma at c, before k.
func (at *attributor) appositiveAfter(c, k int) attribution {
	toks := at.tz.toks
	for p := c + 1; p < k && p-c <= 7; p++ {
		if at.ment[p] >= 0 {
			e := at.mend[p]
			if e < k && toks[e].text == "(" {
				// "state Del. Dora Penrose (D-Port Anselm),"
				for d := e + 1; d < k && d-e < 12; d++ {
					if toks[d].text == ")" {
						e = d + 1
						break
					}
				}
			}
			if at.a.Entities[at.ment[p]].Type != model.Person || e >= k || toks[e].text != "," || !at.appositivePrefix(c+1, p) {
				return attribution{}
			}
			return at.entityAttribution(p)
		}
	}
	return attribution{}
}

// appositivePrefix reports whether toks[s:e] can stand before a name in
// apposition: determiners, titles and the words of a role ("the Rovers
// coach", "its chief executive"), but no clause ("who met") and no list
// ("including").
func (at *attributor) appositivePrefix(s, e int) bool {
	toks := at.tz.toks
	if s < e {
		f := toks[s].low
		if !determiners[f] && !personTitles[f] && !toks[s].capital && !unnamedHeads[f] {
			return false
		}
	}
	for k := s; k < e; k++ {
		w := toks[k].low
		if !hasLetter(w) && !isPossessive(w) && w != "-" || clauseBreaks[w] || isCueWord(w) || at.qtok[k] >= 0 {
			return false
		}
	}
	return true
}

// possessedSubject reads a subject whose first name is a possessor:
// "Athletic's coach, X," is X, "Reed's campaign manager X" is X, and
// "Scott's relatives" is that phrase.
func (at *attributor) possessedSubject(j, k int) attribution {
	toks := at.tz.toks
	e := at.mend[j]
	if e+1 >= k || !isPossessive(toks[e].text) {
		return attribution{}
	}
	m := e + 1
	for ; m < k && m-e <= 4; m++ {
		if ei := at.ment[m]; ei >= 0 {
			if t := at.a.Entities[ei].Type; t == model.Person || t == model.Organization {
				return at.entityAttribution(m)
			}
			m = at.mend[m] - 1
			continue
		}
		w := toks[m].low
		if !hasLetterOrDigit(w) || at.word(m).in(awClauseBreak) || toks[m].cueWord() && !at.isNounUse(m) || toks[m].in(wcSubjectSkip) || at.word(m).in(awBeForm) || toks[m].in(wcPreposition) ||
			strings.HasSuffix(w, "ed") || at.qtok[m] >= 0 {
			break
		}
	}
	if m < k && toks[m].text == "," {
		if r := at.appositiveAfter(m, k); r.ok {
			return r
		}
	}
	if m == e+1 {
		return attribution{}
	}
	return at.unnamed(at.mstart[j], m)
}

// coordinatedSubject finds the subject of a verb coordinated by the
// conjunction at token j: the subject at the start of its clause.
func (at *attributor) coordinatedSubject(j, lo int) attribution {
	toks := at.tz.toks
	s := j
	for s > lo && toks[s-1].text != ";" && toks[s-1].sent == toks[j].sent {
		// "For that she drew his ire - he called her “weak” and said": a
		// dash before a pronoun opens a clause with a subject of its own
		if (isDash(toks[s-1].text) || toks[s-1].text == "-") && pronounOf(&toks[s]) != "" && s < j {
			break
		}
		s--
	}
	// "X described her as … after she attacked Y and blamed Z": the
	// coordinated verb belongs to the nearest subordinate clause
	for c := j - 1; c > s && j-c < 30; c-- {
		if toks[c].in(wcSubordinator) && at.qtok[c] < 0 {
			if p := c + 1; p < j && pronounOf(&toks[p]) != "" || at.ment[p] >= 0 && at.mstart[p] == p {
				if r := at.sentenceSubjectAttribution(p, j); r.ok {
					return r
				}
			}
			break
		}
	}
	// "A spokesman for X declined to comment but said": the phrase that
	// opens the clause, named or not
	if r := at.subjectAtStart(s, j); r.ok {
		return r
	}
	// "In an interview with X last year, Y said … and added": the subject,
	// not a name in a phrase before it or in an object after its verb
	if r := at.firstSubject(s, j, true); r.ok {
		return r
	}
	// "A spokesman for X declined to comment but said": the subject of the
	// clause's first verb, read as a tag before a quotation reads it, past
	// a phrase that opens the clause up to its comma ("On Friday, the
	// families waved photographs and chanted"), when no other comma
	// stands before the conjunction to set off a clause of its own
	if toks[s].in(wcOpening) && at.ment[s] < 0 {
		if c := closingToken(toks, s+1, j, 25, ","); c >= 0 && at.qtok[c] < 0 && closingToken(toks, c+1, j, j-c, ",") < 0 {
			s = c + 1
		}
	}
	for v := s + 1; v < j && v-s < 20; v++ {
		if at.qtok[v] >= 0 || toks[v].text == "," {
			break
		}
		if at.ment[v] < 0 && at.pastVerb(v) && !at.word(v).in(awBeForm) {
			return at.subjectBefore(v, s)
		}
	}
	return attribution{}
}

// skipBrackets steps left over a bracketed group ending at j, if any.
func skipBrackets(toks []token, j, lo int) int {
	if j < lo || toks[j].text != ")" {
		return j
	}
	for d := j - 1; d >= lo && j-d < 12; d-- {
		if toks[d].text == "(" {
			return d - 1
		}
	}
	return j
}

// phraseEndingAt reads the noun phrase whose last word is token j.
func (at *attributor) phraseEndingAt(j, lo int) attribution {
	toks := at.tz.toks
	w := toks[j].low
	if toks[j].in(wcPronoun) { // a key of pronouns
		g := pronouns[w]
		if g == "" {
			return attribution{}
		}
		return at.resolvePronoun(j, g)
	}
	// "the Italian said": one person, not the nationality (attribute_demonym.go)
	if toks[j].capital && j > lo {
		d := j - 1
		for d > lo && j-d < 3 && toks[d].low != "the" {
			d--
		}
		if r, ok := at.demonymSpeaker(d, j+1); ok {
			return r
		}
	}
	if at.ment[j] >= 0 {
		// "a spokeswoman for X said": the name closes a phrase about a person
		if s := at.mstart[j]; s-2 >= lo && roleLinks[toks[s-1].low] && at.word(s-2).in(awUnnamedHead) {
			if r := at.commonPhraseEndingAt(j, lo); r.ok {
				return r
			}
		}
		// "a nurse from Holm said", "a teacher in Holm described": a place
		// that a preposition governs after a noun is no speaker; the
		// phrase it ends is (attribute_fronted.go)
		if at.placeAfterNoun(j, lo) {
			if r := at.commonPhraseEndingAt(j, lo); r.ok {
				return r
			}
		}
		// "Union members interviewed by the Kessary Times said": the
		// agent of a participle is no speaker; the phrase is, when it
		// reaches back over the participle, and else no one
		if v := at.agentOfParticiple(j, lo); v >= 0 {
			if r := at.commonPhraseEndingAt(j, lo); r.ok && r.mention.Start < toks[v].Start {
				return r
			}
			return attribution{}
		}
		return at.entityAttribution(j)
	}
	if r, ok := at.teamLeader(j, lo); ok {
		return r // "Osei and colleagues wrote" (attribute_team.go)
	}
	if r := at.nameRun(j, lo, -1); r.ok {
		// "X of the Anselm Center for Water Studies said": the run is the
		// tail of a body's name, and the person before it speaks
		if p := at.personOfBeforeStart(at.tokAt(r.mention.Start)); p >= lo {
			return at.entityAttribution(p)
		}
		return r
	}
	return at.commonPhraseEndingAt(j, lo)
}

// commonPhraseEndingAt reads a common-noun phrase ending at token j: scan
// left to a break, then start at its first determiner ("a source familiar
// with the matter").
func (at *attributor) commonPhraseEndingAt(j, lo int) attribution {
	toks := at.tz.toks
	// "Another said", "Several said": a quantifier that stands alone as
	// the subject at the start of its sentence
	if w := toks[j].low; loneSubjects[w] && (j == 0 || toks[j-1].sent != toks[j].sent || isSentenceEnd(toks[j-1].text) || toks[j-1].text == ";") {
		return attribution{speaker: w, mention: toks[j].Span, ok: true}
	}
	s := j
	for s > lo && j-s < 10 {
		p := toks[s-1]
		pw := p.low

		// a plural owner's bare mark stays in the phrase as "'s" does:
		// "the Eagles' captain"
		if !hasLetterOrDigit(p.text) && !isPossessive(p.text) || at.qtok[s-1] >= 0 || at.word(s-1).in(awClauseBreak) && !at.joinsRoles(s-1) || p.in(wcSpeechCue) {
			break
		}
		// "the mayor rebuked a critic who …": a verb in -ed with its object
		// after it ends the phrase there; the object is the phrase
		if strings.HasSuffix(pw, "ed") && isLowerWord(p.text) && toks[s].in(wcDeterminer) && s-1 > lo && !toks[s-2].in(wcDeterminer) &&
			(at.word(j).in(awUnnamedHead) || roleHead(toks[j].low) != "" || personNouns[toks[j].low]) {
			break
		}
		s--
	}
	det := false
	for k := s; k < j; k++ {
		if toks[k].in(wcDeterminer) {
			// "Officials at the company said", "Members of the public
			// told": a bare head of people and what they are of make one
			// phrase (attribute_spokesperson.go)
			if k-2 == s && roleLinks[toks[k-1].low] && peopleHead(toks[s].low) {
				det = true
				break
			}
			s, det = k, true
			break
		}
	}
	// "In a post on its website the company said", "Earlier this year the
	// treasurer warned": the subject opens after a phrase of place, time or
	// manner with nothing to join them (attribute_fronted.go); not where the
	// phrase ends in a verb of a clause inside it ("The woman the police
	// arrested told")
	for k := j - 1; det && k > s && at.nounBefore(j+1); k-- {
		if at.frontedPhraseEnd(s, k) {
			s = k
			break
		}
	}
	if !det {
		// "independent candidate Ola Brandt's doctor": with no determiner,
		// the last possessor opens the phrase
		for k := j - 1; k > s; k-- {
			if isPossessive(toks[k].low) && at.ment[k-1] >= 0 {
				s = max(at.mstart[k-1], s)
				break
			}
		}
	}
	return at.unnamed(s, j+1)
}

// subjectAfter reads the subject that follows a verb ("said X").
func (at *attributor) subjectAfter(k, to int) attribution {
	toks := at.tz.toks
	if k > 0 && k < to && toks[k].low == "it" && (toks[k-1].low == "put" || toks[k-1].low == "puts") {
		return attribution{} // "put it" names no speaker after it
	}
	for k < to && toks[k].in(wcSubjectSkip) {
		k++
	}
	k = honourTitle(toks, k, to) // "said Her Honour Judge Ames" (attribute_honour.go)
	if k >= to {
		return attribution{}
	}
	w := toks[k].low
	if toks[k].in(wcPronoun) { // a key of pronouns
		g := pronouns[w]
		if g == "" {
			return attribution{}
		}
		return at.resolvePronoun(k, g)
	}
	if at.word(k).in(awClauseBreak) || toks[k].in(wcPreposition) {
		return attribution{} // "… suggests that Kessary …", "said in a statement"
	}
	if r := at.coordinatedRoles(k, to); r.ok {
		return r // "said author and historian Ellen Marsh" (attribute_phrase.go)
	}
	// titles before a name: "said Mr. Smith", "said Prime Minister X"
	j := k
	for j < to && j-k < 4 && at.ment[j] < 0 && toks[j].in(wcPersonTitle) && toks[j].capital {
		j++
	}
	if j < to && at.ment[j] >= 0 {
		if r, ok := at.possessedAfter(j, to); ok {
			return r // "said Lund's husband" (attribute_possessed.go)
		}
		if r, ok := at.ownedRoleAfter(k, j, to); ok {
			return r // "said the Eagles' captain" (scope35_owned.go)
		}
		return at.entityAttribution(j)
	}
	if r := at.nameRun(k, to, 1); r.ok {
		// "said Democratic strategist Tomas Osei": the words before a
		// role only qualify the person after it
		e := at.tokAt(r.mention.End-1) + 1
		if rr := at.personAfterRole(e, to); rr.ok {
			return rr
		}
		// "said Agriculture Secretary Ola Brandt": a capitalised title
		// that ends in a role takes the person right after it
		if e < to && e > 0 && toks[e-1].in(wcRoleNoun) && at.ment[e] >= 0 && at.mstart[e] == e && at.a.Entities[at.ment[e]].Type == model.Person {
			return at.entityAttribution(e)
		}
		return r
	}
	// a common-noun phrase up to punctuation or a clause break
	e := k
	for e < to && e-k < 12 {
		t := toks[e]
		tw := t.low
		if !hasLetterOrDigit(t.text) && !isPossessive(t.text) || at.qtok[e] >= 0 || (e > k && (clauseBreaks[tw] || tw == "in" || tw == "on" || tw == "at" || tw == "during" || tw == "after")) {
			break
		}
		// "according to a complaint filed by …": a participle after the
		// noun ends the phrase; one after an adverb comes before its noun
		// ("the recently released playbook")
		if p := toks[e-1].low; e > k+1 && strings.HasSuffix(tw, "ed") && isLowerWord(t.text) && !determiners[p] && !isMannerAdverb(p) {
			break
		}
		e++
	}
	e = at.headBeforeTitle(k, e) // "wrote the authors of the “…”" (title_phrase.go)
	// "said a beaming Pratt": the name after words of mood (attribute_adorned.go)
	if m := at.adornedName(k, e); m >= 0 {
		return at.entityAttribution(m)
	}
	// "said 9/11 widow Dora Penrose": a name closing a bare role phrase
	if !determiners[w] {
		for m := k; m < e; m++ {
			if at.ment[m] >= 0 && at.a.Entities[at.ment[m]].Type == model.Person {
				return at.entityAttribution(m)
			}
		}
	}
	// "said the base chief known as Bob": the name the phrase goes by
	if e+1 < to && e > k && toks[e].low == "as" && (toks[e-1].low == "known" || toks[e-1].low == "named") &&
		at.ment[e+1] >= 0 && at.a.Entities[at.ment[e+1]].Type == model.Person {
		return at.entityAttribution(e + 1)
	}
	r := at.unnamed(k, e)
	// "said the mayor, Ilse Varga" — prefer the name in apposition, after
	// any title: "the study's lead author, Dr. Amara Osei"
	if a := e + 1 + at.titleRun(e+1, to); e+1 < to && toks[e].text == "," && a < to && at.ment[a] >= 0 && at.a.Entities[at.ment[a]].Type == model.Person {
		return at.entityAttribution(a)
	}
	if a := at.unknownAppositive(r, k, e, to); a.ok {
		return a // "said its research director, Sian Pritchard." (attribute_appositive.go)
	}
	return r
}

// nameRun reads a run of capitalised words at token j, going left (dir
// -1, no further than limit) or right (dir 1, before limit), as the name of
// a speaker the recogniser did not know: the words are shown as they stand,
// titles dropped.
func (at *attributor) nameRun(j, limit, dir int) attribution {
	toks := at.tz.toks
	isName := func(k int) bool {
		t := toks[k]
		return t.capital && hasLetter(t.text) && at.ment[k] < 0 && at.qtok[k] < 0 &&
			!stopword(t.text) && !t.in(wcCalendar) && !t.cueWord()
	}
	if !isName(j) {
		return attribution{}
	}
	s, e := j, j+1
	if dir < 0 {
		for s > limit && isName(s-1) && j-s < 4 {
			s--
		}
	} else {
		for e < limit && isName(e) && e-j < 4 {
			e++
		}
	}
	for s < e-1 && toks[s].in(wcPersonTitle) {
		s++
	}
	// a single word at the start of a sentence is more likely a common word,
	// but not between a closing quotation mark and a speech verb: “…?” Varga said
	if e-s == 1 && (s == 0 || toks[s-1].sent != toks[s].sent) &&
		!(s > 0 && isClosingMark(toks[s-1].text) && e < len(toks) && toks[e].sent == toks[s].sent && isLowerWord(toks[e].text) && speechCues[toks[e].text]) {
		return attribution{}
	}
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	return attribution{speaker: normalizeName(at.a.Text[span.Start:span.End]), mention: span, ok: true}
}

// unnamed turns the phrase toks[s:e] into an unnamed source when it looks
// like one: a short determiner phrase ("the letter", "a spokeswoman for the
// ministry") or a bare phrase around a noun of speaking people ("officials").
func (at *attributor) unnamed(s, e int) attribution {
	toks := at.tz.toks
	if e <= s || bracketIn(toks, s, e) {
		return attribution{} // "his interns (" is no phrase (bracket_phrase.go)
	}
	if m := e - 2; m >= s && at.ment[m] >= 0 && at.mend[m] == e-1 && (at.mstart[m] == s || at.mstart[m] == s+1 && toks[s].in(wcDeterminer)) {
		if r, ok := at.personBody(m); ok {
			return r // "the Brandt campaign" (attribute_body.go)
		}
	}
	if r, ok := at.describedAttribution(s, e); ok && !at.ageContradicts(s, e, r.id) {
		return r // "the senator": the person the article gave that role
	}
	if r, ok := at.appositionName(s, e); ok {
		return r // "his friend at Holm College, Tomas Osei,": the name (coref_heads.go)
	}
	hasHead := false
	for k := s; k < e; k++ {
		w := toks[k].low
		if at.word(k).in(awUnnamedHead) || k == e-1 && k > s && isLowerWord(toks[k].text) && peoplePlural(w) {
			hasHead = true // "Corporate lobbyists" (people_plural.go)
		}
		if k > s && (at.word(k).in(awClauseBreak) && !at.joinsRoles(k) || at.word(k).in(awBeForm) && !isPossessive(w) || toks[k].cueWord() && !at.attributiveParticiple(s, k, e) || w == "should" || w == "would" || w == "will" || w == "could") {
			return attribution{} // a clause, not a phrase: "the city lost a friend that"
		}
	}
	if last := toks[e-1].low; toks[e-1].in(wcDeterminer) && !numberWords[last] || toks[e-1].in(wcPreposition) || isPossessive(last) || toks[e-1].in(wcPronoun) && pronouns[last] != "" {
		return attribution{} // "a short statement to", "the"
	}
	first := toks[s].low
	determined := toks[s].in(wcDeterminer) || isDigitAt(first, 0) || quantityNouns[first]
	if approx[first] && s+1 < e && isDigitAt(toks[s+1].text, 0) {
		determined = true // "only 52 percent of voters"
	}
	for k := s + 1; k < e && k <= s+3; k++ {
		if toks[k].text == "'s" || toks[k].text == "’s" {
			determined = true // "Reed's former campaign strategist"
		}
	}
	switch {
	case determined && (hasHead || e-s <= 8):
	case !determined && hasHead && e-s <= 3:
	case !determined && e-s <= 6 && at.headBeforePhrase(s, e):
		// "officials at the ministry", "local officials in Kessmoor"
	default:
		return attribution{}
	}
	// trailing adverbs are not part of the phrase ("a source earlier said"),
	// nor a time after it ("the minister this week said", "the ministry on
	// Monday said": attribute_fronted.go)
	for e > s+1 {
		if toks[e-1].in(wcSubjectSkip) || strings.HasSuffix(toks[e-1].low, "ly") && !lyNouns[toks[e-1].low] {
			e--
		} else if t := at.trailingTime(s, e); t < e {
			e = t
		} else {
			break
		}
	}
	if r, ok := at.spokesBody(s, e); ok {
		return r // "a spokesperson for the company": the company (attribute_spokesperson.go)
	}
	// coreference of the phrase, where the article makes it plain (coref_heads.go)
	if r, ok := at.namedHolder(s, e); ok {
		return r // "her son" named before (attribute_kin.go)
	}
	if r, ok := at.namedOwnWords(s, e); ok {
		return r // "Colling's verdict" (attribute_utterance.go)
	}
	if r, ok := at.ownedSource(s, e); ok {
		return r
	}
	if r, ok := at.describedOrganisation(s, e); ok {
		return r
	}
	if r, ok := at.describedDocument(s, e); ok {
		return r
	}
	if r, ok := at.describedSpeaker(s, e); ok && !at.ageContradicts(s, e, r.id) {
		return r // "the Dunmore senator": the person it means (coref_describe.go)
	}
	if r, ok := at.demonymSpeaker(s, e); ok {
		return r // "said the Brazilian" (attribute_demonym.go)
	}
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	name := normalizeName(at.a.Text[span.Start:span.End])
	if r, size := utf8.DecodeRuneInString(name); unicode.IsUpper(r) && (determiners[first] || quantityNouns[first]) && !toks[min(s+1, e-1)].capital {
		name = string(unicode.ToLower(r)) + name[size:]
	}
	return attribution{speaker: name, mention: span, ok: true}
}

// entityAttribution names the entity whose mention covers token j.
func (at *attributor) entityAttribution(j int) attribution {
	ei := at.ment[j]
	if ei < 0 {
		return attribution{}
	}
	if ms := at.mstart[j]; ms > 0 {
		if d, ok := at.desc[ms-1]; ok && d.head == at.mend[j]-1 {
			// "the Utah Republican": a description of the person, not a name
			en := at.a.Entities[d.ei]
			span := model.Span{Start: at.tz.toks[ms-1].Start, End: at.tz.toks[d.head].End}
			return attribution{speaker: en.Name, id: en.ID, mention: span, ok: true}
		}
	}
	if r, ok := at.subjectPair(j); ok {
		return r // "Reed and Osei said": both (coref_heads.go)
	}
	if h := at.phraseHead(j); h >= 0 {
		j, ei = h, at.ment[h]
	} else if r := at.roleNameAfter(j); r.ok {
		return r // "Shah's top foreign policy aide Tomas Osei", a name the recogniser missed
	} else if s, e, ok := at.qualifiedHead(j, 0); ok {
		// "the independent Vell senator": the place only qualifies the
		// head (qualified_head.go)
		if r := at.unnamed(s, e); r.ok {
			return r
		}
	}
	if r, ok := at.personBody(j); ok {
		return r // "the Brandt campaign said": the body (attribute_body.go)
	}
	// whatever its type: "Moscow said" is a government speaking, under the
	// place's name
	e := at.a.Entities[ei]
	return attribution{speaker: e.Name, id: e.ID, mention: at.mentionSpan(j), ok: true}
}

// phraseHead finds the person a speaker phrase names when the mention at
// token j only qualifies that person: a title written before the name
// ("White House press secretary Ola Brandt", "Dunmore Sen. Priya
// Shah", "Shah campaign manager Tomas Osei"), or an organisation or
// place after it ("Ilse Varga of Kessary Post Vellmouth"). It returns the
// person's token, or -1 when the mention at j heads its phrase.
func (at *attributor) phraseHead(j int) int {
	if k := at.titleOnlyMention(j); k >= 0 {
		return k
	}
	if k := at.titledPersonAfter(j); k >= 0 {
		// "Pentagon spokesman Navy Capt. X": the organisation found may
		// itself stand before a title and the person
		if at.a.Entities[at.ment[k]].Type == model.Organization {
			if p := at.titledPersonAfter(k); p >= 0 && at.a.Entities[at.ment[p]].Type == model.Person {
				return p
			}
		}
		return k
	}
	if at.a.Entities[at.ment[j]].Type == model.Person {
		return -1
	}
	return at.personOfBefore(j)
}

// titledPersonAfter looks right of the mention at j over a pre-nominal
// title, words that end in a role noun or a party's or country's word, to
// a person: "<mention> press secretary <person>", "House Republican
// <person>". No verb, comma or clause word may stand between.
func (at *attributor) titledPersonAfter(j int) int {
	toks := at.tz.toks
	ei, last := at.ment[j], ""
	titleLike := true // only capitalised words and role words so far, no verb
	for k := at.mend[j]; k < len(toks) && k-at.mend[j] < 6 && toks[k].sent == toks[j].sent && at.qtok[k] < 0; k++ {
		if p := at.ment[k]; p >= 0 {
			if t := at.a.Entities[p].Type; p != ei && (t == model.Person || t == model.Organization) && (roleNouns[last] || personTitles[last] || descriptorWords[last] && toks[k-1].capital) {
				return k
			}
			// "Dunmore's Mia Lund", "the Sentinel's Ann Reed": a person owned
			// by a place or an organisation is that person; a person's person
			// is a relative, who does not speak for them
			if isPossessive(last) && k == at.mstart[k] && at.a.Entities[p].Type == model.Person && at.a.Entities[ei].Type != model.Person && p != ei {
				return k
			}
			// "Post White House bureau chief X", "United Auto Workers
			// Secretary-Treasurer X": another body's name inside the title
			if at.a.Entities[p].Type != model.Person && p != ei && !isPossessive(last) && titleLike {
				k = at.mend[k] - 1
				last = toks[k].low
				continue
			}
			return -1
		}
		w := toks[k].low
		if isPossessive(w) && k == at.mend[j] {
			last = w // "Dunmore's", though "'s" may also be "is"
			continue
		}
		if toks[k].cueWord() || at.word(k).in(awBeForm|awClauseBreak) || toks[k].in(wcDeterminer|wcPreposition|wcSubjectSkip) || pronounOf(&toks[k]) != "" ||
			!hasLetter(w) && !isPossessive(w) || strings.HasSuffix(w, "ed") && isLowerWord(toks[k].text) {
			return -1 // "Ada Holm endorsed Mr. Brandt": a verb, and its object after it
		}
		titleLike = titleLike && (toks[k].capital || roleNouns[w] || qualifierNouns[w] || personTitles[w])
		last = w
	}
	return -1
}

// personOfBefore looks left of an organisation or place at j for the
// person it belongs to: "<person> of <org>", "<person>, the director at
// <org>", "<person> of <place>, <place>".
func (at *attributor) personOfBefore(j int) int {
	return at.personOfBeforeStart(at.mstart[j])
}

// personOfBeforeStart is personOfBefore for a body's name that opens at
// token s, which the recogniser may have missed.
func (at *attributor) personOfBeforeStart(s int) int {
	toks := at.tz.toks
	crossed := false
	for k := s - 1; k >= 0 && s-k < 12 && toks[k].sent == toks[s].sent && at.qtok[k] < 0; k-- {
		if p := at.ment[k]; p >= 0 {
			t := at.a.Entities[p].Type
			if t == model.Person && at.bodyShaped(k) {
				t = model.Organization // "the James Martin Center": a body named after a person
			}
			switch {
			case t == model.Person && crossed, crossed && at.personShaped(k):
				return k
			case t == model.Place, crossed && t != model.Person,
				// "the House Majority PAC" read as two names: one body
				!crossed && t == model.Organization && at.mend[k] < len(toks) && at.ment[at.mend[k]] >= 0:
				// "X of the Patriarchate of Jerusalem": an organisation of a
				// place, and the person before both
				k = at.mstart[k]
				continue
			}
			return -1
		}
		w := toks[k].low
		if k+1 < s && toks[k+1].text == "," && crossed {
			return -1 // "as a Reed delegate, a columnist for …": the name must stand right before the aside
		}
		switch {
		case roleLinks[w] && w != "with":
			crossed = true
		case w == "," || toks[k].in(wcDeterminer|wcRoleNoun):
		case w == "and" && k > 0 && k+1 < len(toks) && (toks[k-1].in(wcRoleNoun) || toks[k-1].in(wcPersonTitle)) &&
			(toks[k+1].in(wcRoleNoun) || toks[k+1].in(wcPersonTitle) || at.ment[k+1] >= 0 && isAcronym(toks[k+1].text)):
			// "president and CEO of": two roles of one person
		case crossed && toks[k].capital && hasLetter(w):
			// a word of a body's name the recogniser left out: "of the Armenian Patriarchate of"
		case isLowerWord(toks[k].text) && !toks[k].cueWord() && !at.word(k).in(awBeForm|awClauseBreak) && !toks[k].in(wcSubjectSkip) && (!toks[k].in(wcPronoun) || pronouns[w] == ""):
		default:
			return -1
		}
	}
	return -1
}

func (at *attributor) mentionSpan(j int) model.Span {
	toks := at.tz.toks
	return model.Span{Start: toks[at.mstart[j]].Start, End: toks[at.mend[j]-1].End}
}

// subjectAtStart reads the subject that opens the sentence toks[lo:k], when
// a verb follows it: a pronoun, a name after its titles and role words
// ("Former Gov. X"), a possessed phrase ("X's campaign"), or a short phrase
// around a noun of speaking people ("White House officials"). An opening
// adverbial phrase up to its comma is stepped over ("In July, X …").
func (at *attributor) subjectAtStart(lo, k int) attribution {
	toks := at.tz.toks
	lo = datelineEnd(toks, lo, k)
	p := lo
	for step := 0; step < 2 && p < k; step++ {
		for p < k && p-lo < 4 && (at.word(p).in(awSentenceOpener) || toks[p].text == ",") {
			p++
		}
		p = at.openingAfterLead(p, k)
		if p < k && toks[p].in(wcOpening) {
			c := closingToken(toks, p+1, k, 25, ",")
			if c < 0 {
				return attribution{}
			}
			p = c + 1
			if at.qtok[c] >= 0 {
				// the comma closes a quotation: After saying it was “…,” she …
				if c+1 >= k || at.qtok[c+1] != at.qtok[c] || at.a.Quotes[at.qtok[c]].End != toks[c+1].End {
					return attribution{}
				}
				p = c + 2
			}
			// the rest of a date or a place: "On March 3, 2021, X …", "In Kessary, Veldoria, X …"
			for p+1 < k && toks[p+1].text == "," && (isDigitAt(toks[p].text, 0) || at.ment[p] >= 0 && at.a.Entities[at.ment[p]].Type == model.Place) {
				p += 2
			}
			if p < k && at.ment[p] >= 0 && at.a.Entities[at.ment[p]].Type == model.Place && at.mend[p] < k && toks[at.mend[p]].text == "," {
				p = at.mend[p] + 1
			}
		}
	}
	if p >= k || at.qtok[p] >= 0 {
		return attribution{}
	}
	var r attribution
	end := p + 1
	w := toks[p].low
	if toks[p].in(wcPronoun) { // a key of pronouns
		g := pronouns[w]
		if g == "" || g == "n" {
			return attribution{} // "it" opens too many sentences that are about things
		}
		r = at.resolvePronoun(p, g)
	} else {
		j := p
		for j < k && j-p < 7 && at.ment[j] < 0 {
			t := toks[j].low
			if t == "of" && j > p && quantityNouns[toks[j-1].low] {
				j++ // "Hundreds of demonstrators": the people counted are the subject
				continue
			}
			if !hasLetter(t) || at.word(j).in(awClauseBreak|awBeForm) || toks[j].in(wcPreposition|wcSubjectSkip) || toks[j].cueWord() ||
				isPossessive(t) || at.qtok[j] >= 0 {
				break
			}
			if j > p && strings.HasSuffix(t, "ed") && isLowerWord(toks[j].text) && isLowerWord(toks[j-1].text) {
				break // "several groups thanked Mr. Lind": a verb, and its object after it
			}
			j++
		}
		switch {
		case j < k && at.ment[j] >= 0 && at.qualifiesHead(j, p, k):
			// "The Vell senator sought …, saying": the place qualifies the
			// head of a description (qualified_head.go)
			s, e, _ := at.qualifiedHead(j, p)
			r = at.unnamed(s, e)
			end = e
		case j < k && at.ment[j] >= 0:
			if n := at.placeOwnedPerson(j, k); n >= 0 {
				j = n // "Ethiopia's Tigst Assefa finished second" (coref45_subject.go)
			} else if n := at.placeOwnedBody(j, k); n >= 0 {
				j = n // "Moldova's Central Electoral Commission said" (coref46_subject.go)
			}
			if t := at.a.Entities[at.ment[j]].Type; t != model.Person && t != model.Organization {
				return attribution{}
			}
			if rr := at.possessedSubject(j, k); rr.ok {
				r = rr
				end = at.tokAt(rr.mention.End-1) + 1
			} else {
				r = at.entityAttribution(j)
				end = at.mend[j]
			}
		default:
			// a phrase around a noun of speaking people, its head before the verb
			h := -1
			for m := p; m < j && m < k; m++ {
				if at.word(m).in(awUnnamedHead) || toks[m].in(wcRoleNoun) || personNouns[toks[m].low] {
					h = m // "the justice sounded off on X, saying"
				}
			}
			if h < 0 {
				return attribution{}
			}
			end = at.placePhraseEnd(p, h+1, k) // "A senior pilot at one of the airlines said" (coref46_phrase.go)
			if r = at.unnamed(p, end); !r.ok && end > h+1 {
				r = at.unnamed(p, h+1) // a phrase too long to show: its noun
			}
		}
	}
	if !r.ok {
		return attribution{}
	}
	end, r = at.qualifyingPlace(p, end, k, r)
	// "(R-Ky.)" and ", the city's mayor," between the subject and its verb
	if end < k && toks[end].text == "(" {
		c := closingToken(toks, end+1, k, 12, ")")
		if c < 0 {
			return attribution{}
		}
		end = c + 1
	}
	inAppos := false // the name stands in apposition after the phrase that opens the sentence
	for m, ms := p, at.tokAt(r.mention.Start); m < ms && m < k; m++ {
		inAppos = inAppos || toks[m].text == ","
	}
	if end < k && toks[end].text == "," && inAppos {
		end++ // the comma that closes the apposition
	} else if end < k && toks[end].text == "," {
		c := end + 1
		for c < k && c-end < 25 && toks[c].text != "," && at.qtok[c] < 0 {
			c++
		}
		if c >= k || toks[c].text != "," {
			return attribution{}
		}
		end = c + 1
	}
	for end < k && toks[end].in(wcSubjectSkip) {
		end++
	}
	if end >= k {
		return attribution{}
	}
	v := toks[end].low
	if beForms[v] && !isPossessive(v) && end+1 < len(toks) && end+1 <= k && at.qtok[end+1] >= 0 {
		v = "" // "she was “sent packing”": the quotation is what she was
	} else if beForms[v] && !isPossessive(v) && end+1 < k {
		// "she was whisked", "he is calling": a verb after the auxiliary
		if n := toks[end+1].low; isLowerWord(toks[end+1].text) && (strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "ing")) {
			end++
			v = n
		}
	}
	if v != "" && (!isLowerWord(toks[end].text) && !toks[end].in(wcSpeechCue) || toks[end].in(wcPreposition|wcDeterminer) || at.word(end).in(awClauseBreak|awBeForm|awCoordinator) ||
		at.qtok[end] >= 0) {
		return attribution{}
	}
	r.cue = v
	return r
}

// participleSubject finds who speaks in a participle clause ending at k
// ("…, saying …"): the subject after a participle that opens the sentence
// ("After saying …, she …"), a name right before it ("footage of X
// saying"), the subject of the nearest speech verb before it ("X said,
// adding …"), else the subject that opens the sentence ("X's aide rallied
// supporters, saying …"), else the sentence's first name where it can be
// the subject.
func (at *attributor) participleSubject(lo, k int) attribution {
	toks := at.tz.toks
	// "After saying it was “…,” she …": a participle that opens the
	// sentence has its subject after the clause
	if k == lo || k == lo+1 && toks[lo].in(wcOpening) {
		if r := at.openingTag(k); r.ok {
			return r
		}
		for c := k + 1; c < len(toks) && c-k < 40 && toks[c].sent == toks[k].sent; c++ {
			if toks[c].text != "," {
				continue
			}
			p := c + 1
			if at.qtok[c] >= 0 && p < len(toks) && at.qtok[p] == at.qtok[c] {
				p++ // the comma closes a quotation
			}
			e := p
			for e < len(toks) && toks[e].sent == toks[k].sent && e-p < 30 {
				e++
			}
			return at.subjectAtStart(p, e)
		}
		return attribution{}
	}
	if r := at.withSubject(lo, k); r.ok {
		return r
	}
	// "footage of Penrose asking": the name right before the participle
	if p := k - 1; p >= lo && at.ment[p] >= 0 && at.qtok[p] < 0 && at.mstart[p] > lo {
		// not the person written to or spoken to: "a letter to X asking"
		if b := toks[at.mstart[p]-1].low; at.a.Entities[at.ment[p]].Type == model.Person && (b == "of" || !prepositions[b] && !personTitles[b]) {
			return at.entityAttribution(p)
		}
	}
	if p := k - 1; p >= lo && toks[p].low == "him" {
		return at.resolvePronoun(p, "m")
	}
	if p := k - 1; p >= lo && toks[p].low == "her" {
		return at.resolvePronoun(p, "f")
	}
	for j := k - 1; j > lo && k-j < 30; j-- {
		w := toks[j].low
		if at.qtok[j] >= 0 || toks[j].text == ";" {
			break
		}
		if strings.HasSuffix(w, "ing") || !at.isCue(j) || reportCues[w] || at.isNounUse(j) {
			continue
		}
		if r := at.subjectBefore(j, lo); r.ok {
			return r
		}
		break
	}
	if r := at.coordinatedClauseSubject(lo, k); r.ok {
		return r
	}
	if r := at.subjectAtStart(lo, k); r.ok {
		return r
	}
	// the first name of the sentence, where it can be the subject: not
	// "The gazette has been harsh on X, arguing …"
	return at.firstSubject(lo, k, true)
}

// isMannerAdverb: an adverb in -ly between a subject and its verb
// ("forcefully told"), not a noun that ends so ("the family said").
func isMannerAdverb(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "ly") && isLowerWord(w) && !unnamedHeads[w] && !lyNouns[w]
}

// titleRun counts the titles that open toks[k:end] ("Representative",
// "Sen.").
func (at *attributor) titleRun(k, end int) int {
	n := 0
	for k+n < end && personTitles[at.tz.toks[k+n].low] {
		n++
	}
	return n
}

// relativeAntecedent reads the person or organisation named right before
// the relative pronoun "who" at j ("Ilse Varga, who said", "the mayor, Ilse
// Varga (Lab.), who said", "Ilse Varga, the harbour master, who said",
// "Ilse Varga of Vell, who said"); the pronoun is the attributing mention.
func (at *attributor) relativeAntecedent(j, lo int) attribution {
	toks := at.tz.toks
	n := j - 1
	if n >= lo && toks[n].text == "," {
		n--
	}
	n = skipBrackets(toks, n, lo)
	if n < lo {
		return attribution{}
	}
	person := func(n int) bool {
		if n < lo || at.ment[n] < 0 || at.mend[n] != n+1 {
			return false
		}
		e := at.a.Entities[at.ment[n]]
		r, _ := utf8.DecodeRuneInString(e.Name)
		return (e.Type == model.Person || e.Type == model.Organization) && unicode.IsLetter(r)
	}
	// "Ilse Varga, the member for Vell North and chair of the harbour
	// board, who": the person the apposition describes, over the body or
	// place it ends with (attribute_relative_apposition.go)
	if at.ment[n] < 0 || at.a.Entities[at.ment[n]].Type != model.Person {
		if p := at.appositionPerson(j, n, lo); p >= 0 {
			n = p
		}
	}
	if !person(n) && at.ment[n] >= 0 && at.mend[n] == n+1 && at.a.Entities[at.ment[n]].Type == model.Place {
		// "Ilse Varga of Vell, who"
		if s := at.mstart[n]; s-2 >= lo && toks[s-1].low == "of" && person(s-2) {
			n = s - 2
		}
	}
	if !person(n) && toks[j-1].text == "," {
		// "Ilse Varga, the harbour master, who": a role in apposition
		for c := n; c > lo && n-c < 12; c-- {
			if isSentenceEnd(toks[c].text) || at.qtok[c] >= 0 {
				break
			}
			if toks[c].text == "," {
				if at.appositivePrefix(c+1, n+1) && person(c-1) {
					n = c - 1
				}
				break
			}
		}
	}
	var r attribution
	switch {
	case at.ment[n] >= 0 && at.mend[n] == n+1 && toks[j-1].text == "," && at.nameAfterPeopleNoun(n, lo):
		// "a nurse at Holm General Hospital, who": the nurse, not the
		// hospital (attribute_fronted.go)
		r = at.commonPhraseEndingAt(n, lo)
		if !r.ok && person(n) {
			r = at.entityAttribution(n)
		}
	case person(n):
		r = at.entityAttribution(n)
	case toks[j-1].text == "," && at.ment[n] < 0:
		// "one official familiar with the talks, who", "an aide to the
		// governor, who" (relative_head.go)
		r = at.describedAntecedent(n, lo)
	}
	if !r.ok && toks[j-1].text == "," && at.ment[n] < 0 && at.peopleNoun(n) &&
		(isLowerWord(toks[n].text) || n == 0 || toks[n-1].sent != toks[n].sent) {
		// "who" stands for people: "the mayor, who said", "the families,
		// who told her", "the fishermen, who said" name them by a short
		// noun phrase from its determiner; "a candidate who said" defines
		// the candidate and names no speaker
		for s := n; s >= lo && n-s < 6; s-- {
			w := toks[s].low
			if !hasLetter(w) || prepositions[w] || clauseBreaks[w] || isCueWord(w) || at.qtok[s] >= 0 {
				break
			}
			if determiners[w] {
				r = at.unnamed(s, n+1)
				break
			}
			// "Activists, who called it “…”": a plural that opens the
			// sentence with no article is its subject
			if s == n && (s == 0 || toks[s-1].sent != toks[s].sent) && strings.HasSuffix(w, "s") {
				r = at.unnamed(s, n+1)
				break
			}
		}
	} else if j-1 == n && at.ment[n] < 0 && at.word(n).in(awUnnamedHead) && isLowerWord(toks[n].text) && strings.HasSuffix(toks[n].low, "s") &&
		n > lo && !toks[n-1].in(wcDeterminer) && !isPossessive(toks[n-1].text) && isLowerWord(toks[n-1].text) && !toks[n-1].in(wcPreposition) {
		// "rebuked critics who say he should …": a bare plural the clause
		// defines names the people who speak in it, as a group
		r = at.unnamed(n, n+1)
	}
	if !r.ok {
		return attribution{}
	}
	r.mention = model.Span{Start: min(r.mention.Start, toks[j].Start), End: toks[j].End}
	return r
}

// relativeMention reports whether an attribution's words end in the
// relative pronoun of "X, who said".
func (at *attributor) relativeMention(r attribution) bool {
	return r.mention.End > r.mention.Start && strings.HasSuffix(at.a.Text[r.mention.Start:r.mention.End], "who")
}

// stopBetween reports whether a full stop outside quotations stands between
// tokens k and before.
func (at *attributor) stopBetween(k, before int) bool {
	toks := at.tz.toks
	for j := k + 1; j < before && j < len(toks); j++ {
		if at.qtok[j] < 0 && isSentenceEnd(toks[j].text) {
			return true
		}
	}
	return false
}

// unnamedBeforeAside reads an unnamed subject that opens the sentence
// before the aside ending at the comma j: "A port official, standing on
// the pier, said", "One sailor, whose boat sank, said".
func (at *attributor) unnamedBeforeAside(j, lo int) attribution {
	toks := at.tz.toks
	s := j
	for s > lo && j-s < 60 && toks[s-1].sent == toks[j].sent && !isSentenceEnd(toks[s-1].text) {
		if at.qtok[s-1] >= 0 {
			return attribution{}
		}
		s--
	}
	if s > 0 && toks[s-1].sent == toks[j].sent && !isSentenceEnd(toks[s-1].text) {
		return attribution{} // not the start of the sentence
	}
	c := s
	for c < j && toks[c].text != "," {
		c++
	}
	if c >= j || c == s || c-s > maxUnnamedBeforeAside || !toks[s].in(wcDeterminer) {
		return attribution{}
	}
	head := false
	for k := s; k < c; k++ {
		// a name may qualify the head, "An Israeli official", not be it
		if at.ment[k] >= 0 && at.mend[k] >= c || !hasLetterOrDigit(toks[k].text) {
			return attribution{}
		}
		w := toks[k].low
		head = head || unnamedHeads[w] || nounCues[w] || w == "complaint"
	}
	if !head {
		return attribution{} // "The brass band, playing on the quay, added …"
	}
	return at.unnamed(s, c)
}

// inRelativeClause reports a mention at token n that ends a relative
// clause opened after the comma before it: "X, the senator who heads the
// Banking Committee, said" speaks as X, not the committee.
func (at *attributor) inRelativeClause(n, lo int) bool {
	toks := at.tz.toks
	for k := at.mstart[n] - 1; k >= lo && n-k < 20; k-- {
		switch toks[k].low {
		case "who", "which", "whose", "whom":
			return true
		case ",", ";", "(", ")":
			return false
		}
		if at.qtok[k] >= 0 || isSentenceEnd(toks[k].text) {
			return false
		}
	}
	return false
}

// objectOfPreposition reports whether the mention at token n is the object
// of a preposition ("to the Observer", "in Congress"), so a phrase of
// circumstance rather than the subject of the clause.
func (at *attributor) objectOfPreposition(n, lo int) bool {
	toks := at.tz.toks
	s := at.mstart[n] - 1
	for s > lo && toks[s].in(wcDeterminer) {
		s--
	}
	return s >= lo && toks[s].in(wcPreposition)
}

// bodyShaped reports whether the mention at k, whatever its type, ends in a
// word that heads the names of bodies: "the James Martin Center", "Our
// Principles PAC" are not people even when a person's name opens them.
func (at *attributor) bodyShaped(k int) bool {
	w := at.tz.toks[at.mend[k]-1].low
	return orgHeads[w] || bodyNameHeads[w]
}

// personShaped reports whether the mention at k, which the recogniser typed
// as a body or a place, has the shape of a person's name where it stands
// before "of <body>" or a role: two to four name words, no head of a
// body's name, and no article or preposition before it ("Halvard Oskarsen
// of the …", but not "the Armenian Patriarchate of …").
func (at *attributor) personShaped(k int) bool {
	toks := at.tz.toks
	s, e := at.mstart[k], at.mend[k]
	if e-s < 2 || e-s > 4 || at.bodyShaped(k) {
		return false
	}
	if s > 0 && toks[s-1].sent == toks[s].sent && (toks[s-1].in(wcDeterminer) || toks[s-1].in(wcPreposition) || isPossessive(toks[s-1].text)) {
		return false
	}
	for i := s; i < e; i++ {
		if !isNameWord(toks[i]) || bodyNameHeads[toks[i].low] || outletWords[toks[i].low] {
			return false
		}
	}
	return true
}

// unclosedRelative finds the person before a relative clause that runs up
// to the verb at j+1 without its closing comma: "X, who is chairman of Y
// said", "X, the polling guru who founded Y tweeted". It returns the
// person's token, or -1.
func (at *attributor) unclosedRelative(j, lo int) int {
	toks := at.tz.toks
	for c := j; c > lo && j-c <= 15; c-- {
		w := toks[c].low
		if at.qtok[c] >= 0 || !hasLetterOrDigit(w) && !isPossessive(w) || toks[c].sent != toks[j].sent {
			return -1
		}
		if w != "who" {
			continue
		}
		if f := toks[c+1]; !isLowerWord(f.text) || pronouns[f.low] != "" || f.in(wcDeterminer) {
			return -1 // "X, who he called …": the verb's subject is inside the clause
		}
		for y := c + 1; y <= j; y++ {
			if pronounOf(&toks[y]) != "" || toks[y].cueWord() {
				return -1
			}
		}
		p := c - 1
		if toks[p].text != "," {
			// ", the polling guru who": a role in apposition before the clause
			for p > lo && c-p <= 6 && toks[p].text != "," {
				if !isLowerWord(toks[p].text) || toks[p].cueWord() || at.word(p).in(awClauseBreak) {
					return -1
				}
				p--
			}
			if toks[p].text != "," || !toks[p+1].in(wcDeterminer) {
				return -1
			}
		}
		if n := p - 1; n >= lo && at.ment[n] >= 0 && at.mend[n] == p && at.a.Entities[at.ment[n]].Type == model.Person {
			return n
		}
		return -1
	}
	return -1
}

// datelineEnd skips a dateline that opens a sentence, "Vellstad (AFP) –"
// or "KESSARY, Veldoria (Reuters) -": the place and the agency in it say
// where and by whom the story was filed, never who speaks in the sentence
// after it; so does one without an agency that opens the paragraph,
// "HOLM -" or "PORT ELLA, Dunmore —" (plainDatelineEnd). It gives the
// first token after the dash, or lo.
func datelineEnd(toks []token, lo, k int) int {
	j := lo
	for j < k && j-lo < 6 && (toks[j].capital || toks[j].text == ",") {
		j++
	}
	if j == lo || j >= k || toks[j].text != "(" {
		// no agency: "HOLM -", "PORT ELLA, Dunmore —" opening the paragraph
		return plainDatelineEnd(toks, lo, k)
	}
	c := closingToken(toks, j+1, k, 5, ")")
	if c < 0 || c == j+1 || !toks[j+1].capital || c+2 >= k {
		return lo
	}
	switch toks[c+1].text {
	case "–", "—", "-", "--":
		return c + 2
	}
	return lo
}

// plainDatelineEnd is the token after a dateline without an agency that
// opens the paragraph of token lo, "HOLM -" or "PORT ELLA, Dun. —", or lo
// when there is none: a place in capitals, perhaps a comma and its region,
// and a dash. The subject of the sentence comes after it.
func plainDatelineEnd(toks []token, lo, k int) int {
	if lo > 0 && toks[lo-1].para == toks[lo].para || !capitalsWord(toks[lo].text) {
		return lo
	}
	for j := lo + 1; j < k && j-lo <= 5; j++ {
		switch t := toks[j].text; {
		case t == "-" || t == "–" || t == "—" || t == "--":
			if j+1 < k {
				return j + 1
			}
			return lo
		case t == "," || toks[j].capital:
		case isDigitAt(t, 0) && len(t) <= 2 && calendarWords[toks[j-1].low]:
			// the date of the dateline: "BUENOS AIRES, June 3 –"
		default:
			return lo
		}
	}
	return lo
}

// capitalsWord reports whether w has two letters or more, all capitals:
// "HOLM", "N.E.".
func capitalsWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.' || r == '\'':
		default:
			return false
		}
	}
	return n >= 2
}

// setOffPair reports a two-word sentence adverb that may stand between
// commas after a subject, as one word does in setOffAdverb: "X's
// campaign, for example, said", "X, in turn, argued", "X, of course,
// insists".
func setOffPair(a, b string) bool {
	switch a {
	case "for":
		return b == "example" || b == "instance" || b == "now"
	case "in":
		return b == "turn" || b == "fact" || b == "particular" || b == "response" || b == "contrast"
	case "of":
		return b == "course"
	case "by":
		return b == "contrast"
	case "at":
		return b == "least" || b == "times"
	}
	return false
}

// peopleNoun reports whether token n can head a noun phrase that "who"
// stands for: a noun of people from the lists, or any other lower-case
// word that is no verb form, speech word or pronoun ("the fishermen").
func (at *attributor) peopleNoun(n int) bool {
	h := at.tz.toks[n].low
	if unnamedHeads[h] || groupNouns[h] || personNouns[h] {
		return true
	}
	return hasLetter(h) && !strings.HasSuffix(h, "ed") && !strings.HasSuffix(h, "ing") && !isCueWord(h) && pronouns[h] == "" &&
		!clauseBreaks[h] && !prepositions[h] && !determiners[h]
}
