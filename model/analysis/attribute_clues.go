package analysis

// What the attribution rules read: cues and speech verbs, the subject of a
// verb, tags before and after a quotation, unnamed sources, and whether a
// quotation is speech at all.

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// startsSentence reports whether a quotation opens its sentence, as the
// second half of a split quotation does.
func (at *attributor) startsSentence(q model.Quote) bool {
	k := tokenAt(at.tz.toks, q.Start)
	return k == 0 || k > 0 && (at.tz.toks[k-1].sent != at.tz.toks[k].sent || isSentenceEnd(at.tz.toks[k-1].text))
}

// onlyAttributionBetween reports whether the text between two quotations
// holds nothing but an attribution (the span attr) and at most maxWords
// other words (the verb, "on Monday") and punctuation.
func (at *attributor) onlyAttributionBetween(from, to int, attr model.Span, maxWords int) bool {
	if to < from {
		return false
	}
	toks := at.tz.toks
	words := 0
	hasAttr := false
	for k := tokenAt(toks, from); k >= 0 && k < len(toks) && toks[k].Start < to; k++ {
		if toks[k].End <= from || !hasLetterOrDigit(toks[k].text) {
			continue
		}
		if attr.End > attr.Start && attr.Contains(toks[k].Span) {
			hasAttr = true
			continue
		}
		words++
	}
	if attr.End > attr.Start && !hasAttr {
		// the neighbour was attributed from elsewhere: only punctuation may stand between
		return words == 0
	}
	return words <= maxWords
}

// splitByTag reports whether the quotation qi continues, in lower case, the
// sentence of the quotation before it after a tag between commas that holds
// the attribution attr and a long apposition: “The trouble,” said X, a
// harbour engineer who has worked on the quay since 1990, “is that …”
func (at *attributor) splitByTag(qi int, attr model.Span) bool {
	if qi == 0 || attr.End <= attr.Start {
		return false
	}
	toks := at.tz.toks
	prev, q := at.a.Quotes[qi-1], at.a.Quotes[qi]
	if !strings.HasSuffix(strings.TrimSpace(prev.Text), ",") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(q.Text)); !unicode.IsLower(r) {
		return false
	}
	if attr.Start < prev.End || attr.End > q.Start {
		return false
	}
	qs := tokenAt(toks, q.Start)
	pe := tokenAt(toks, prev.End-1)
	if qs <= 0 || pe < 0 || toks[qs-1].text != "," {
		return false
	}
	words := 0
	for k := pe + 1; k < qs; k++ {
		if toks[k].sent != toks[qs].sent || at.qtok[k] >= 0 || isSentenceEnd(toks[k].text) {
			return false
		}
		if hasLetterOrDigit(toks[k].text) {
			words++
		}
	}
	return words <= 30
}

// sameParagraph reports whether the quotation b starts in the paragraph
// where the earlier quotation a ends: a quotation that runs over paragraphs
// neighbours the next one in its last paragraph.
func (at *attributor) sameParagraph(a, b model.Quote) bool {
	return lastParagraph(a, at.a) == b.Paragraph
}

// lastParagraph is the paragraph a quotation ends in.
func lastParagraph(q model.Quote, a *model.Article) int {
	for i := q.Paragraph; i < len(a.Paragraphs); i++ {
		if a.Paragraphs[i].End >= q.End {
			return i
		}
	}
	return q.Paragraph
}

func (at *attributor) opensParagraph(q model.Quote) bool {
	if q.Paragraph < 0 || q.Paragraph >= len(at.a.Paragraphs) {
		return false
	}
	p := at.a.Paragraphs[q.Paragraph]
	return strings.TrimSpace(at.a.Text[p.Start:q.Start]) == ""
}

// tokenAt is the index of the token that starts at or covers byte offset off.
func tokenAt(toks []token, off int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	if i >= len(toks) {
		return -1
	}
	return i
}

// maxLeading is how far before a quotation its attribution is looked for.
const maxLeading = 80

// dashSignature reads `"…" ― Name` at the end of a paragraph.
func (at *attributor) dashSignature(from, to int) attribution {
	toks := at.tz.toks
	if from >= to || to-from > 7 {
		return attribution{}
	}
	switch toks[from].text {
	case "―", "—", "–", "-", "--":
	default:
		return attribution{}
	}
	s, e := from+1, to
	for e > s && !hasLetterOrDigit(toks[e-1].text) {
		e--
	}
	if e <= s {
		return attribution{}
	}
	for k := s; k < e; k++ {
		if !toks[k].capital && hasLetterOrDigit(toks[k].text) {
			return attribution{}
		}
	}
	if at.ment[s] >= 0 {
		return at.entityAttribution(s)
	}
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	return attribution{speaker: normalizeName(at.a.Text[span.Start:span.End]), mention: span, ok: true}
}

// trailing looks for a cue within limit tokens after a quotation, in its
// sentence, and the subject around it.
//
// With adjacent set, the attribution must follow the quotation directly
// ("…," she said), so that a later clause ("…, and he urged") is not read as
// the quotation's attribution.
func (at *attributor) trailing(from, to, limit int, adjacent bool) attribution {
	toks := at.tz.toks
	end := min(to, from+limit)
	if from >= end || from == 0 {
		return attribution{}
	}
	sent := toks[from-1].sent // the sentence the quotation closes
	nextSent := false
	if toks[from].sent != sent && at.qtok[from-1] >= 0 && at.startsSentence(at.a.Quotes[at.qtok[from-1]]) {
		// “Does anybody know?” Graham asked. — the quotation is a sentence of
		// its own and its attribution the next one
		sent = toks[from].sent
		nextSent = true
	}
	first := from
	for first < end && !hasLetterOrDigit(toks[first].text) {
		first++
	}
	for k := from; k < end; k++ {
		w := toks[k].low
		if toks[k].sent != sent {
			break
		}
		if w == "according" && k+1 < to && toks[k+1].low == "to" {
			if r := at.subjectAfter(k+2, to); r.ok {
				r.cue = "according to"
				return r
			}
			continue
		}
		if w == "per" && k == first {
			// "“…,” per the party's bylaws"
			if r := at.subjectAfter(k+1, to); r.ok {
				r.cue = "per"
				return r
			}
			continue
		}
		if at.qtok[k] >= 0 || !at.isCue(k) || reportCues[w] || at.isNounUse(k) {
			continue
		}
		if nextSent && !at.shortTail(k) {
			// “…” Reid said both men were … — a statement of its own, not a tag
			return attribution{}
		}
		if nextSent && at.introducesNext(k) {
			// “B.” She added, “C.” — the tag opens the next quotation
			return attribution{}
		}
		// between the quotation and the cue: a subject (X said), or nothing (said X)
		if k == from || onlyPunct(toks[from:k]) {
			if strings.HasSuffix(w, "ing") || w == "put" || w == "puts" {
				// "…," adding that …: a participle has no subject after it,
				// and "put it" none but "it"
				continue
			}
			if r := at.subjectAfter(k+1, to); r.ok {
				r.cue = toks[k].text
				return r
			}
			continue
		}
		if r := at.subjectBefore(k, from); r.ok {
			if at.relativeMention(r) {
				return attribution{} // "“…,” as sailors who have complained": a clause about others
			}
			if adjacent && first < len(toks) && r.mention.Start > toks[first].Start && !at.titlesOnly(first, r.mention.Start) {
				return attribution{}
			}
			r.cue = toks[k].text
			return r
		}
		// “…” about the plan, said X. — a tag that closes the sentence
		// after the words that continue the quotation
		if !adjacent {
			if r := at.closingTag(k, to); r.ok {
				return r
			}
		}
		return attribution{}
	}
	return attribution{}
}

// closingTag reads ", said X." closing a sentence at the cue k: the
// inverted tag names the speaker of every quotation before it in the
// sentence.
func (at *attributor) closingTag(k, to int) attribution {
	toks := at.tz.toks
	if k == 0 || toks[k-1].text != "," {
		return attribution{}
	}
	switch toks[k].low {
	case "said", "says", "added", "adds", "wrote", "writes", "argued", "argues", "noted", "notes", "explained", "explains":
	default:
		return attribution{}
	}
	r := at.subjectAfter(k+1, to)
	if !r.ok {
		return attribution{}
	}
	e := tokenAt(toks, r.mention.End-1)
	if e < 0 {
		return attribution{}
	}
	e++
	if e >= len(toks) || toks[e].sent != toks[k].sent {
		r.cue = toks[k].text
		return r
	}
	switch toks[e].text {
	case ".", ",", ";", "!", "?":
		r.cue = toks[k].text
		return r
	}
	return attribution{}
}

// titlesOnly reports whether the tokens from k up to byte offset end are all
// titles and roles ("Sen." before a name, "US" before "President").
func (at *attributor) titlesOnly(k int, end int) bool {
	toks := at.tz.toks
	for ; k < len(toks) && toks[k].Start < end; k++ {
		w := toks[k].low
		if !personTitles[w] && !toks[k].capital && hasLetterOrDigit(w) {
			return false
		}
	}
	return true
}

// leading looks for a cue before a quotation, in the same sentence,
// nearest first, reading past other quotations.
func (at *attributor) leading(before, lo int) attribution {
	toks := at.tz.toks
	for k := before - 1; k >= lo; k-- {
		if at.qtok[k] >= 0 {
			continue
		}
		w := toks[k].low
		if w == "according" && k+1 < before && toks[k+1].low == "to" {
			if r := at.subjectAfter(k+2, before); r.ok {
				r.cue = "according to"
				return r
			}
			continue
		}
		if nounCues[w] {
			if at.predicateAbout(k, before) {
				continue // "Penrose's statement was “accurate”": words about the statement, not its content
			}
			if r := at.possessor(k, lo); r.ok && !at.objectOfCue(r.mention, lo) {
				r.cue = toks[k].text
				return r
			}
			continue
		}
		if !at.isCue(k) && !reportCues[w] && !gerundCues[w] {
			continue
		}
		if at.ment[k] >= 0 || toks[k].capital && k > lo {
			continue
		}
		if at.isNounUse(k) {
			continue
		}
		if strings.HasSuffix(w, "ing") && k > lo && beForms[toks[k-1].low] {
			// "Cruz is praising Bush as “…”": a progressive verb and its subject
			if r := at.subjectBefore(k, lo); r.ok {
				r.cue = toks[k].text
				// "X said the owners were calling “…”": reported by X
				if j := tokenAt(toks, r.mention.Start) - 1; j > lo && at.isCue(j) && speechCues[toks[j].low] && !strings.HasSuffix(toks[j].low, "ing") {
					if earlier := at.leading(j+1, lo); earlier.ok && speechCues[lower(earlier.cue)] {
						return earlier
					}
				}
				return r
			}
			continue
		}
		if strings.HasSuffix(w, "ing") {
			// "…, saying the plan was “…”": the subject of the sentence speaks
			if r := at.participleSubject(lo, k); r.ok {
				r.cue = toks[k].text
				return r
			}
			continue
		}
		if r := at.subjectBefore(k, lo); r.ok {
			if at.relativeMention(r) && at.stopBetween(k, before) {
				continue // "…, unlike X, who had opposed the plan. “…”": an aside of another sentence
			}
			r.cue = toks[k].text
			// "Obama … said it would tell a story of “…”": an "it" or "they"
			// of a verb inside reported speech defers to a speaker named
			// earlier in the sentence
			if w := lower(at.a.Text[r.mention.Start:r.mention.End]); (w == "it" || w == "they") && k > lo {
				if earlier := at.leading(k, lo); earlier.ok && earlier.id != "" {
					return earlier
				}
			}
			// "Penrose said that Lind once described it as “…”": the words
			// are reported by the speaker of the outer clause
			if j := tokenAt(toks, r.mention.Start) - 1; j > lo && (toks[j].low == "that" || at.isCue(j) && !strings.HasSuffix(toks[j].low, "ing")) {
				// "She said she recalls it being “…”": the same, with no "that"
				if toks[j].low != "that" {
					j++
				}
				if earlier := at.leading(j, lo); earlier.ok && speechCues[lower(earlier.cue)] {
					return earlier
				}
			}
			return r
		}
		// "…, says X: “…”" — inverted order before a quotation
		if r := at.subjectAfter(k+1, before); r.ok && at.endsAtColon(r.mention, before) {
			r.cue = toks[k].text
			return r
		}
		// "Said X, who grew up there, “…”" — a sentence that opens with
		// the verb
		if w := toks[k].low; (w == "said" || w == "says" || w == "added" || w == "adds") && toks[k].capital &&
			(k == 0 || toks[k-1].sent != toks[k].sent || isSentenceEnd(toks[k-1].text)) {
			if r := at.subjectAfter(k+1, before); r.ok {
				r.cue = toks[k].text
				return r
			}
		}
	}
	return attribution{}
}

// isCue reports whether token k is a speech verb: a cue word in lower case
// (or at a sentence start), not part of a name ("United States").
func (at *attributor) isCue(k int) bool {
	t := at.tz.toks[k]
	if w := t.low; (w == "put" || w == "puts") && k+1 < len(at.tz.toks) && at.tz.toks[k+1].low == "it" &&
		at.tz.toks[k+1].sent == t.sent {
		return at.ment[k] < 0 // "as X put it"
	}
	if !isCueWord(t.low) || at.ment[k] >= 0 {
		return false
	}
	return !t.capital || k == 0 || at.tz.toks[k-1].sent != t.sent
}

// isCueWord knows the speech verbs and their -ing forms.
func isCueWord(w string) bool {
	if speechCues[w] || gerundCues[w] {
		return true
	}
	if stem, ok := strings.CutSuffix(w, "ing"); ok && len(stem) > 2 {
		return speechCues[stem+"s"] || speechCues[stem+"es"] || speechCues[stem+"ed"] ||
			len(stem) > 3 && stem[len(stem)-1] == stem[len(stem)-2] && speechCues[stem[:len(stem)-1]+"s"]
	}
	return false
}

// isNounUse tells a cue word used as a noun ("his tweets", "the reports")
// from the verb.
func (at *attributor) isNounUse(k int) bool {
	if k == 0 {
		return false
	}
	toks := at.tz.toks
	w := toks[k].low
	if strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote" {
		return false // "the mother of three replied": a past form is no noun
	}
	p := toks[k-1].low
	if isPossessive(p) && k >= 2 && pronouns[toks[k-2].low] != "" {
		return false // "he's claiming": a verb after "is"
	}
	if determiners[p] || p == "'s" || p == "’s" || p == "of" || p == "in" || p == "to" || p == "for" || p == "with" {
		return true
	}
	if !nounableCues[w] {
		return false
	}
	if strings.HasSuffix(p, "ing") && isLowerWord(toks[k-1].text) && !isCueWord(p) {
		return true // "began taking calls"
	}
	// modifiers after a determiner or preposition: "a five-alarm call",
	// "40 percent of the party's claims", "the mayor's past references"
	for j := k - 1; j >= 0 && k-j <= 3 && toks[j].sent == toks[k].sent; j-- {
		tw := toks[j].low
		if j < k-1 && (determiners[tw] || isPossessive(tw) || prepositions[tw]) {
			return true
		}
		if !hasLetter(tw) || pronouns[tw] != "" || clauseBreaks[tw] || unnamedHeads[tw] || subjectSkips[tw] || beForms[tw] ||
			isCueWord(tw) || at.qtok[j] >= 0 || at.ment[j] >= 0 && at.a.Entities[at.ment[j]].Type == model.Person {
			return false
		}
	}
	return false
}

// predicateAbout reports whether the words between a noun of speech at k
// and a quotation at before say something about the speech ("his letter to
// invite her was only “to tease”") rather than give its content ("his claim
// that there were “hundreds”").
func (at *attributor) predicateAbout(k, before int) bool {
	toks := at.tz.toks
	if k+1 < before {
		if w := toks[k+1].low; w == "that" || w == ":" || w == "," {
			return false
		}
	}
	for j := k + 1; j < before; j++ {
		if w := toks[j].low; beForms[w] && !isPossessive(w) || w == "that" {
			return beForms[w]
		}
	}
	return false
}

// objectOfCue reports whether the phrase at m is the object of a speech
// verb just before it: "X called the mayor's remarks “…”" is X's word for them.
func (at *attributor) objectOfCue(m model.Span, lo int) bool {
	toks := at.tz.toks
	k := tokenAt(toks, m.Start) - 1
	for k >= lo && k >= 0 && personTitles[toks[k].low] {
		k--
	}
	return k >= lo && k >= 0 && (at.isCue(k) || reportCues[toks[k].low]) && !toks[k].capital
}

// possessor reads "X’s claim" / "his statement" before a noun cue at k.
func (at *attributor) possessor(k, lo int) attribution {
	toks := at.tz.toks
	j := k - 1
	if j >= lo && (toks[j].text == "'s" || toks[j].text == "’s") && j-1 >= lo && at.ment[j-1] >= 0 {
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

// sentenceSubjectAttribution finds the subject at the start of the clause
// that ends at k: the first name or pronoun of the sentence.
func (at *attributor) sentenceSubjectAttribution(lo, k int) attribution {
	toks := at.tz.toks
	// "In an interview with X, Y said …": an opening adverbial phrase ends
	// at its comma, and the subject follows it
	if lo < k && openingWords[toks[lo].low] {
		for c := lo + 1; c < k && c-lo < 25; c++ {
			// the comma may stand inside a closing quotation mark: on "Face the Nation,"
			if toks[c].text == "," && (at.qtok[c] < 0 || c+1 < k && at.qtok[c+1] == at.qtok[c] && at.a.Quotes[at.qtok[c]].End == toks[c+1].End) {
				lo = c + 1
				break
			}
		}
	}
	sawComma := false
	for j := lo; j < k; j++ {
		if at.qtok[j] >= 0 {
			continue
		}
		w := toks[j].low
		if g, ok := pronouns[w]; ok && g != "" {
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

func (at *attributor) endsAtColon(m model.Span, before int) bool {
	toks := at.tz.toks
	k := tokenAt(toks, m.End)
	for k >= 0 && k < before && (toks[k].End <= m.End) {
		k++
	}
	return k >= 0 && k < before && (toks[k].text == ":" || toks[k].text == ",") && k == before-1
}

// subjectBefore finds the subject of the verb at token k, scanning left no
// further than lo.
func (at *attributor) subjectBefore(k, lo int) attribution {
	toks := at.tz.toks
	j := k - 1
	for j >= lo {
		w := toks[j].low
		if subjectSkips[w] || w == "is" || w == "was" || w == "are" || w == "were" || w == "been" || w == "being" || isMannerAdverb(toks[j].text) ||
			((w == "'s" || w == "’s") && j > lo && pronouns[toks[j-1].low] != "") {
			j--
			continue
		}
		if w == ")" {
			// "Sen. Claire McCaskill (D-Mo.) said": step over the brackets
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
	if coordinators[toks[j].low] {
		return at.coordinatedSubject(j, lo)
	}
	// "X, who said": the relative pronoun speaks for the name before it
	if toks[j].text == "who" && j > lo {
		if r := at.relativeAntecedent(j, lo); r.ok {
			return r
		}
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
	if toks[j].text == "," {
		// "The chair of the panel, the critic X, said": a name in apposition
		appos, opens := at.appositiveBefore(j, lo)
		c := j - 1
		for hops := 0; c > lo && hops < 30; hops++ {
			if at.qtok[c] >= 0 && at.named != nil && at.named[at.qtok[c]] {
				c-- // a title in the aside: "X, author of “…”, said"
				continue
			}
			if isSentenceEnd(toks[c].text) || at.qtok[c] >= 0 {
				break
			}
			if toks[c].text == "," {
				n := skipBrackets(toks, c-1, lo)
				if n >= lo && at.ment[n] < 0 && !appos.ok {
					// "“…,” Ola Brandt, a political scientist, told …": a name the
					// recogniser missed, right where the clause begins
					if r := at.nameRun(n, lo, -1); r.ok && tokenAt(toks, r.mention.Start) == lo+at.titleRun(lo, n) && c-lo <= 6 {
						return r
					}
				}
				if n >= lo && at.ment[n] >= 0 {
					e := at.a.Entities[at.ment[n]]
					if e.Type == model.Organization && appos.ok && c == opens {
						return appos // "the head of the bank, X, said"
					}
					if e.Type == model.Person || e.Type == model.Organization {
						return at.entityAttribution(n)
					}
					// "Even Norway, the bloc's closest partner, said": a country
					// that opens the sentence speaks for its government
					if ms := at.mstart[n]; e.Type == model.Place && !appos.ok && (ms == 0 || toks[ms-1].sent != toks[ms].sent ||
						sentenceOpeners[toks[ms-1].low] && (ms == 1 || toks[ms-2].sent != toks[ms].sent)) {
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
	// "two lines that call at X said": the head before a relative clause
	if r := at.relativeHead(j, lo); r > lo && !strings.HasSuffix(toks[k].low, "ing") {
		return at.phraseEndingAt(r-1, lo)
	}
	r := at.phraseEndingAt(j, lo)
	// "Penrose in her opening speech called", "X two weeks ago said":
	// a phrase of time or place stands between the subject and its verb
	if r.ok && r.id == "" {
		if s := tokenAt(toks, r.mention.Start); s > lo && s < k && (adverbialPreps[toks[s-1].low] || toks[j].low == "ago") {
			if p := s - 1; adverbialPreps[toks[p].low] || p > lo && toks[p].low == "than" {
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
		if !clauseBreaks[w] {
			continue
		}
		if w != "that" && w != "who" && w != "which" || at.titlesOnly(c+1, toks[np].Start) || determiners[toks[c+1].low] {
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
		if !hasLetter(w) && w != "'s" && w != "’s" && w != "-" || clauseBreaks[w] || isCueWord(w) || at.qtok[k] >= 0 {
			return false
		}
	}
	return true
}

// possessedSubject reads a subject whose first name is a possessor:
// "Athletic's coach, X," is X, "Trump's campaign manager X" is X, and
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
		if !hasLetterOrDigit(w) || clauseBreaks[w] || isCueWord(w) && !at.isNounUse(m) || subjectSkips[w] || beForms[w] || prepositions[w] ||
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
		s--
	}
	// "X described her as … after she attacked Y and blamed Z": the
	// coordinated verb belongs to the nearest subordinate clause
	for c := j - 1; c > s && j-c < 30; c-- {
		if w := toks[c].low; subordinators[w] && at.qtok[c] < 0 {
			if p := c + 1; p < j && pronouns[toks[p].low] != "" || at.ment[p] >= 0 && at.mstart[p] == p {
				if r := at.sentenceSubjectAttribution(p, j); r.ok {
					return r
				}
			}
			break
		}
	}
	return at.sentenceSubjectAttribution(s, j)
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
	if g, ok := pronouns[w]; ok {
		if g == "" {
			return attribution{}
		}
		return at.resolvePronoun(j, g)
	}
	if at.ment[j] >= 0 {
		// "a spokeswoman for X said": the name closes a phrase about a person
		if s := at.mstart[j]; s-2 >= lo && roleLinks[toks[s-1].low] && unnamedHeads[toks[s-2].low] {
			if r := at.commonPhraseEndingAt(j, lo); r.ok {
				return r
			}
		}
		return at.entityAttribution(j)
	}
	if r := at.nameRun(j, lo, -1); r.ok {
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

		if !hasLetterOrDigit(p.text) || at.qtok[s-1] >= 0 || clauseBreaks[pw] || speechCues[pw] {
			break
		}
		s--
	}
	det := false
	for k := s; k < j; k++ {
		if determiners[toks[k].low] {
			s, det = k, true
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
	for k < to && subjectSkips[toks[k].low] {
		k++
	}
	if k >= to {
		return attribution{}
	}
	w := toks[k].low
	if g, ok := pronouns[w]; ok {
		if g == "" {
			return attribution{}
		}
		return at.resolvePronoun(k, g)
	}
	if clauseBreaks[w] || prepositions[w] {
		return attribution{} // "… suggests that Kessary …", "said in a statement"
	}
	// titles before a name: "said Mr. Smith", "said Prime Minister X"
	j := k
	for j < to && j-k < 4 && at.ment[j] < 0 && personTitles[toks[j].low] && toks[j].capital {
		j++
	}
	if j < to && at.ment[j] >= 0 {
		return at.entityAttribution(j)
	}
	if r := at.nameRun(k, to, 1); r.ok {
		return r
	}
	// a common-noun phrase up to punctuation or a clause break
	e := k
	for e < to && e-k < 12 {
		t := toks[e]
		tw := t.low
		if !hasLetterOrDigit(t.text) || at.qtok[e] >= 0 || (e > k && (clauseBreaks[tw] || tw == "in" || tw == "on" || tw == "at" || tw == "during" || tw == "after")) {
			break
		}
		// "according to a complaint filed by …": a participle after the
		// noun ends the phrase
		if e > k+1 && strings.HasSuffix(tw, "ed") && isLowerWord(t.text) && !determiners[toks[e-1].low] {
			break
		}
		e++
	}
	// "said 9/11 widow Terry Strada": a name closing a bare role phrase
	if !determiners[w] {
		for m := k; m < e; m++ {
			if at.ment[m] >= 0 && at.a.Entities[at.ment[m]].Type == model.Person {
				return at.entityAttribution(m)
			}
		}
	}
	r := at.unnamed(k, e)
	// "said the mayor, Ilse Varga" — prefer the name in apposition
	if e+1 < to && toks[e].text == "," && at.ment[e+1] >= 0 && at.a.Entities[at.ment[e+1]].Type == model.Person {
		return at.entityAttribution(e + 1)
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
			!stopword(t.text) && !calendarWords[t.low] && !isCueWord(t.low)
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
	for s < e-1 && personTitles[toks[s].low] {
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
	if e <= s {
		return attribution{}
	}
	hasHead := false
	for k := s; k < e; k++ {
		w := toks[k].low
		if unnamedHeads[w] {
			hasHead = true
		}
		if k > s && (clauseBreaks[w] || beForms[w] && !isPossessive(w) || isCueWord(w) || w == "should" || w == "would" || w == "will" || w == "could") {
			return attribution{} // a clause, not a phrase: "the city lost a friend that"
		}
	}
	if last := toks[e-1].low; determiners[last] && !numberWords[last] || prepositions[last] || isPossessive(last) || pronouns[last] != "" {
		return attribution{} // "a short statement to", "the"
	}
	first := toks[s].low
	determined := determiners[first] || isDigitAt(first, 0)
	if approx[first] && s+1 < e && isDigitAt(toks[s+1].text, 0) {
		determined = true // "only 52 percent of voters"
	}
	for k := s + 1; k < e && k <= s+3; k++ {
		if toks[k].text == "'s" || toks[k].text == "’s" {
			determined = true // "Obama's former campaign strategist"
		}
	}
	switch {
	case determined && (hasHead || e-s <= 8):
	case !determined && hasHead && e-s <= 3:
	default:
		return attribution{}
	}
	// trailing adverbs are not part of the phrase ("a source earlier said")
	for e > s+1 && (subjectSkips[toks[e-1].low] || strings.HasSuffix(toks[e-1].low, "ly")) {
		e--
	}
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	name := normalizeName(at.a.Text[span.Start:span.End])
	if r, size := utf8.DecodeRuneInString(name); unicode.IsUpper(r) && determiners[first] && !toks[min(s+1, e-1)].capital {
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
	// whatever its type: "Moscow said" is a government speaking, under the
	// place's name
	e := at.a.Entities[ei]
	return attribution{speaker: e.Name, id: e.ID, mention: at.mentionSpan(j), ok: true}
}

func (at *attributor) mentionSpan(j int) model.Span {
	toks := at.tz.toks
	return model.Span{Start: toks[at.mstart[j]].Start, End: toks[at.mend[j]-1].End}
}

// looksLikeSpeech tells spoken words from quoted titles and scare quotes:
// a sentence or a clause of several words is speech; a short run of
// capitalised words or a term after "so-called" is not.
func (at *attributor) looksLikeSpeech(qi int) bool {
	q := at.a.Quotes[qi]
	text := strings.TrimSpace(q.Text)
	words := strings.Fields(text)
	toks := at.tz.toks
	qs := tokenAt(toks, q.Start)
	if qs > 0 {
		p := toks[qs-1].low
		if p == "so-called" || p == "dubbed" || p == "titled" || p == "entitled" || p == "named" || p == "term" || p == "word" || p == "phrase" {
			return false
		}
	}
	if looksLikeTitle(text) {
		return false // a title: “Rivers of Salt”
	}
	if len(words) >= 5 {
		return true
	}
	return strings.ContainsAny(text, ".!?")
}

// looksLikeTitle: a short run of capitalised words and the small words of
// titles, with no sentence punctuation: “Rivers of Salt”.
func looksLikeTitle(text string) bool {
	text = strings.TrimSpace(text)
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > 6 || strings.ContainsAny(text, ".!?,") {
		return false
	}
	caps, small := 0, 0
	for _, w := range words {
		if isCapitalised(w) {
			caps++
		} else if titleSmallWords[strings.ToLower(w)] {
			small++
		}
	}
	return caps > 0 && caps+small == len(words)
}

// isTitleOrName reports whether a quotation names something rather than
// quotes someone: after "so-called" or "titled", after a noun for a work
// ("the novel “…”"), after a noun and "called" or "named" ("a group called
// “…”"), or a title-case phrase used as a noun ("sales of “The Long Tide”",
// "“Estuary Hours” follows …").
func (at *attributor) isTitleOrName(qi int) bool {
	q := at.a.Quotes[qi]
	toks := at.tz.toks
	qs := tokenAt(toks, q.Start)
	if qs < 0 {
		return false
	}
	// the value of an attribute in markup: <tweet id="…">
	if before := strings.TrimRight(at.a.Text[max(0, q.Start-4):q.Start], "\"“'`"); strings.HasSuffix(before, "=") {
		return true
	}
	prev, prev2 := "", ""
	if qs > 0 && toks[qs-1].sent == toks[qs].sent && at.qtok[qs-1] < 0 {
		prev = toks[qs-1].low
		if qs > 1 && toks[qs-2].sent == toks[qs].sent {
			prev2 = toks[qs-2].text
		}
	}
	if namingWords[prev] || titleNouns[prev] && isLowerWord(toks[qs-1].text) {
		return true
	}
	if (prev == "called" || prev == "named" || prev == "dubbed") && prev2 != "" {
		p := lower(prev2)
		if beForms[p] || isLowerWord(prev2) && pronouns[p] == "" && !clauseBreaks[p] && !subjectSkips[p] &&
			!strings.HasSuffix(p, "ly") && at.ment[qs-2] < 0 && p != "them" && p != "him" && p != "her" && p != "it" && p != "us" && p != "me" {
			return true // "a group called “…”", "the plan is called “…”"
		}
	}
	// a title keeps its sentence's comma or full stop inside the marks:
	// on “Morning Harbour,”
	text := strings.TrimSpace(q.Text)
	if trimmed := strings.TrimRight(text, ",."); len(strings.Fields(trimmed)) >= 2 {
		text = trimmed
	}
	if !looksLikeTitle(text) {
		return false
	}
	if prepositions[prev] || isPossessive(prev) {
		return true // "sales of “The Long Tide”", "the station's “Morning Harbour”"
	}
	// a title that opens its sentence and goes on as its subject
	qe := qs
	for qe < len(toks) && toks[qe].Start < q.End {
		qe++
	}
	if at.startsSentence(q) && qe < len(toks) && toks[qe].sent == toks[qs].sent && isLowerWord(toks[qe].text) {
		return true
	}
	return false
}

// subjectAtStart reads the subject that opens the sentence toks[lo:k], when
// a verb follows it: a pronoun, a name after its titles and role words
// ("Former Gov. X"), a possessed phrase ("X's campaign"), or a short phrase
// around a noun of speaking people ("White House officials"). An opening
// adverbial phrase up to its comma is stepped over ("In July, X …").
func (at *attributor) subjectAtStart(lo, k int) attribution {
	toks := at.tz.toks
	p := lo
	for step := 0; step < 2 && p < k; step++ {
		for p < k && p-lo < 4 && (sentenceOpeners[toks[p].low] || toks[p].text == ",") {
			p++
		}
		if p < k && openingWords[toks[p].low] {
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
	if g, ok := pronouns[w]; ok {
		if g == "" || g == "n" {
			return attribution{} // "it" opens too many sentences that are about things
		}
		r = at.resolvePronoun(p, g)
	} else {
		j := p
		for j < k && j-p < 7 && at.ment[j] < 0 {
			t := toks[j].low
			if !hasLetter(t) || clauseBreaks[t] || prepositions[t] || isCueWord(t) || beForms[t] || subjectSkips[t] ||
				isPossessive(t) || at.qtok[j] >= 0 {
				break
			}
			if j > p && strings.HasSuffix(t, "ed") && isLowerWord(toks[j].text) && isLowerWord(toks[j-1].text) {
				break // "several groups thanked Mr. Lind": a verb, and its object after it
			}
			j++
		}
		switch {
		case j < k && at.ment[j] >= 0:
			if t := at.a.Entities[at.ment[j]].Type; t != model.Person && t != model.Organization {
				return attribution{}
			}
			if rr := at.possessedSubject(j, k); rr.ok {
				r = rr
				end = tokenAt(toks, rr.mention.End-1) + 1
			} else {
				r = at.entityAttribution(j)
				end = at.mend[j]
			}
		default:
			// a phrase around a noun of speaking people, its head before the verb
			h := -1
			for m := p; m < j && m < k; m++ {
				if unnamedHeads[toks[m].low] {
					h = m
				}
			}
			if h < 0 {
				return attribution{}
			}
			r = at.unnamed(p, h+1)
			end = h + 1
		}
	}
	if !r.ok {
		return attribution{}
	}
	// "(R-Ky.)" and ", the city's mayor," between the subject and its verb
	if end < k && toks[end].text == "(" {
		c := closingToken(toks, end+1, k, 12, ")")
		if c < 0 {
			return attribution{}
		}
		end = c + 1
	}
	inAppos := false // the name stands in apposition after the phrase that opens the sentence
	for m, ms := p, tokenAt(toks, r.mention.Start); m < ms && m < k; m++ {
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
	for end < k && subjectSkips[toks[end].low] {
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
	if v != "" && (!isLowerWord(toks[end].text) || prepositions[v] || clauseBreaks[v] || determiners[v] || beForms[v] ||
		coordinators[v] || at.qtok[end] >= 0) {
		return attribution{}
	}
	r.cue = v
	return r
}

// clauseLike tells words someone may have said from a quoted name, title or
// term: at least three words, and not all of them capitalised.
func (at *attributor) clauseLike(qi int) bool {
	text := strings.TrimRight(strings.TrimSpace(at.a.Quotes[qi].Text), ".,;:!?")
	return len(strings.Fields(text)) >= 3 && !looksLikeTitle(text)
}

// wordsBetween counts the words between two byte offsets, at most a few
// dozen (bounded).
func (at *attributor) wordsBetween(from, to int) int {
	toks := at.tz.toks
	n := 0
	for k := tokenAt(toks, from); k >= 0 && k < len(toks) && toks[k].Start < to && n <= 50; k++ {
		if toks[k].Start >= from && hasLetterOrDigit(toks[k].text) {
			n++
		}
	}
	return n
}

// dialogueTag reads "…," X fumed: the subject right after a quotation
// that ends in a comma, a question or an exclamation mark, and a verb after
// it, whatever the verb.
func (at *attributor) dialogueTag(q model.Quote, qe, to int) attribution {
	toks := at.tz.toks
	text := strings.TrimSpace(q.Text)
	if qe >= to || text == "" {
		return attribution{}
	}
	last, _ := utf8.DecodeLastRuneInString(text)
	if last != ',' && last != '?' && last != '!' {
		return attribution{}
	}
	// the quotation opens its sentence or a clause of its own, and is not a
	// title or a term: “The Long Tide,” the publisher said; a “quiet kid,” Penrose
	qs := tokenAt(toks, q.Start)
	if !at.startsSentence(q) && (qs <= 0 || toks[qs-1].text != "," && toks[qs-1].text != ":") {
		return attribution{}
	}
	if last == ',' && !at.clauseLike(at.qtok[qs]) {
		return attribution{}
	}
	if w := toks[qe].low; sentenceOpeners[w] || openingWords[w] || !hasLetter(w) {
		return attribution{}
	}
	end := qe
	for end < to && toks[end].sent == toks[qe].sent && end-qe < 30 {
		end++
	}
	r := at.subjectAtStart(qe, end)
	r.cue = ""
	return r
}

// sentEnd is the token after the sentence that continues at token k,
// looking no further than limit.
func sentEnd(toks []token, k, limit int) int {
	e := k
	for e < limit && e < len(toks) && toks[e].sent == toks[max(k-1, 0)].sent {
		e++
	}
	return e
}

// reportedBy hands an attribution to the source that reports it:
// "“…,” X said, according to the Ledger" and "According to the Ledger, X said “…”" are
// the Ledger's account of X's words.
func (at *attributor) reportedBy(r attribution, to int) attribution {
	toks := at.tz.toks
	if r.cue == "according to" {
		return r
	}
	m := tokenAt(toks, r.mention.Start)
	if m < 0 {
		return r
	}
	// before the speaker, from the start of the sentence
	lo := m
	for lo > 0 && toks[lo-1].sent == toks[m].sent && m-lo < maxLeading {
		lo--
	}
	for k := lo; k+1 < to && k-lo < 2*maxLeading; k++ {
		if at.qtok[k] >= 0 || toks[k].low != "according" || toks[k+1].low != "to" || toks[k].sent != toks[m].sent {
			continue
		}
		if y := at.subjectAfter(k+2, to); y.ok && (y.id != r.id || y.id == "") && !y.mention.Overlaps(r.mention) {
			y.cue = "according to"
			return y
		}
	}
	return r
}

// participleSubject finds who speaks in a participle clause ending at k
// ("…, saying …"): the subject after a participle that opens the sentence
// ("After saying …, she …"), a name right before it ("footage of X
// saying"), the subject of the nearest speech verb before it ("X said,
// adding …"), else the subject that opens the sentence ("X's aide rallied
// supporters, saying …"), else the sentence's first name.
func (at *attributor) participleSubject(lo, k int) attribution {
	toks := at.tz.toks
	// "After saying it was “…,” she …": a participle that opens the
	// sentence has its subject after the clause
	if k == lo || k == lo+1 && openingWords[toks[lo].low] {
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
	if r := at.subjectAtStart(lo, k); r.ok {
		return r
	}
	return at.sentenceSubjectAttribution(lo, k)
}

// isMannerAdverb: an adverb in -ly between a subject and its verb
// ("forcefully told"), not a noun that ends so ("the family said").
func isMannerAdverb(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "ly") && isLowerWord(w) && !unnamedHeads[w] && !lyNouns[w]
}

// characterised reports a short quotation that characterises someone or
// something in the subject's words: "dismissed Y as “…”", "accused Y of
// being “…”".
func (at *attributor) characterised(qs int) bool {
	toks := at.tz.toks
	k := qs - 1
	if k > 0 && (determiners[toks[k].low] && toks[k].low != "that") {
		k--
	}
	if k < 0 || at.qtok[k] >= 0 {
		return false
	}
	w := toks[k].low
	if w == "as" && k > 0 && (toks[k-1].low == "such" || toks[k-1].low == "known") {
		return false // "words such as “…”", "known as “…”"
	}
	// "as the “review” recommended": "as" opens a clause with a verb of its own
	qe := qs
	for qe < len(toks) && at.qtok[qe] == at.qtok[qs] {
		qe++
	}
	if last := toks[qe-2].text; qe < len(toks) && toks[qe].sent == toks[qs].sent && isLowerWord(toks[qe].text) && hasLetterOrDigit(last) {
		if n := toks[qe].low; strings.HasSuffix(n, "ed") || isCueWord(n) {
			return false
		}
	}
	return w == "as" || w == "being" && k > 0 && (toks[k-1].low == "of" || toks[k-1].low == "as")
}

// joinedQuotes reports whether quotation qi and the next one are joined in
// one sentence by no more than a conjunction, a preposition or an article:
// “duped” by “a con”, “false” or “pants on fire”.
func (at *attributor) joinedQuotes(qi int) bool {
	toks := at.tz.toks
	a, b := at.a.Quotes[qi], at.a.Quotes[qi+1]
	k := tokenAt(toks, a.End-1) + 1
	e := tokenAt(toks, b.Start)
	if k <= 0 || e < k || e-k > 3 || toks[k-1].sent != toks[e].sent {
		return false
	}
	for ; k < e; k++ {
		w := toks[k].low
		if w != "and" && w != "or" && w != "by" && w != "," && !determiners[w] || w == "that" {
			return false
		}
	}
	return true
}

// shortTail reports whether the sentence of the cue at k ends within a few
// words after it, as a tag does ("Penrose asked on Monday.").
func (at *attributor) shortTail(k int) bool {
	toks := at.tz.toks
	words := 0
	for j := k + 1; j < len(toks) && toks[j].sent == toks[k].sent; j++ {
		if at.qtok[j] >= 0 {
			return true // the next quotation: “…” she said, “…”
		}
		if j-k > 40 {
			return false
		}
		if hasLetterOrDigit(toks[j].text) {
			words++
			if words > 6 {
				return false
			}
		}
	}
	return true
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
	if person(n) {
		r = at.entityAttribution(n)
	} else if toks[j-1].text == "," && at.ment[n] < 0 && unnamedHeads[toks[n].low] && isLowerWord(toks[n].text) {
		// "the mayor, who said": a short noun phrase from its determiner; "a
		// candidate who said" defines the candidate and names no speaker
		for s := n; s >= lo && n-s < 6; s-- {
			w := toks[s].low
			if !hasLetter(w) || prepositions[w] || clauseBreaks[w] || isCueWord(w) || at.qtok[s] >= 0 {
				break
			}
			if determiners[w] {
				r = at.unnamed(s, n+1)
				break
			}
		}
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
	if c >= j || c == s || c-s > 6 || !determiners[toks[s].low] {
		return attribution{}
	}
	head := false
	for k := s; k < c; k++ {
		if at.ment[k] >= 0 || !hasLetterOrDigit(toks[k].text) {
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

// wholeParagraph reports whether a quotation is all of its paragraph, but
// for punctuation.
func (at *attributor) wholeParagraph(q model.Quote) bool {
	if q.Paragraph < 0 || q.Paragraph >= len(at.a.Paragraphs) || lastParagraph(q, at.a) != q.Paragraph {
		return false
	}
	p := at.a.Paragraphs[q.Paragraph]
	if q.Start < p.Start || q.End > p.End {
		return false
	}
	for _, r := range at.a.Text[p.Start:q.Start] + at.a.Text[q.End:p.End] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// previousParagraphTag reads a speech verb and its subject in the last
// sentence of the paragraph before q, when that sentence quotes nothing.
func (at *attributor) previousParagraphTag(q model.Quote) attribution {
	toks := at.tz.toks
	prev := at.a.Paragraphs[q.Paragraph-1]
	last := tokenAt(toks, prev.End-1)
	if last < 0 || toks[last].para != toks[tokenAt(toks, prev.Start)].para || !isSentenceEnd(toks[last].text) {
		return attribution{}
	}
	lo := last
	for lo > 0 && toks[lo-1].sent == toks[last].sent && toks[lo-1].para == toks[last].para && last-lo < maxLeading {
		lo--
	}
	for k := lo; k <= last; k++ {
		if at.qtok[k] >= 0 {
			return attribution{}
		}
	}
	r := at.leading(last, lo)
	if !r.ok || !speechCues[lower(r.cue)] || reportCues[lower(r.cue)] {
		return attribution{}
	}
	if m := tokenAt(toks, r.mention.Start); m > lo && coordinators[toks[m-1].low] {
		return attribution{} // "A, B and C argued": several speakers, none of them alone
	}
	return r
}

// introducesNext reports whether the speech verb at k, in the sentence after
// a quotation, is followed by its subject at most and a comma or colon that
// opens another quotation: She added, “…”.
func (at *attributor) introducesNext(k int) bool {
	toks := at.tz.toks
	words := 0
	for j := k + 1; j < len(toks) && toks[j].sent == toks[k].sent && j-k < 10; j++ {
		if at.qtok[j] >= 0 {
			p := j - 1
			for p > k && !hasLetterOrDigit(toks[p].text) && toks[p].text != "," && toks[p].text != ":" {
				p-- // the opening mark
			}
			return p > k && (toks[p].text == "," || toks[p].text == ":") && words <= 4
		}
		if hasLetterOrDigit(toks[j].text) {
			words++
		}
	}
	return false
}

// closingToken finds the token text among toks[from:k], no more than limit
// tokens on, and returns its index; -1 when it is not there.
func closingToken(toks []token, from, k, limit int, text string) int {
	for c := from; c < k && c-from < limit; c++ {
		if toks[c].text == text {
			return c
		}
	}
	return -1
}
