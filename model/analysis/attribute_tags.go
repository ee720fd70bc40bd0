package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Tags: the speech verbs and phrases around a quotation that attribute
// it, before it, after it, or closing the paragraph before.

// dashSignature reads `"…" ― Name` at the end of a paragraph.
func (at *attributor) dashSignature(from, to int) attribution {
	toks := at.tz.toks
	if from >= to || to-from > 7 || !signatureDash(toks[from].text) {
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
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	if at.a.InFurniture(span) {
		return attribution{} // a brief's sign-off: the writer, not a speaker
	}
	if at.ment[s] >= 0 {
		return at.entityAttribution(s)
	}
	return attribution{speaker: normalizeName(at.a.Text[span.Start:span.End]), mention: span, ok: true}
}

// signatureDash is a dash that may open a signature.
func signatureDash(w string) bool {
	switch w {
	case "―", "—", "–", "-", "--":
		return true
	}
	return false
}

// signedName reads a signature that names a person before a comma and
// says who they are after it: "Ilse Varga, Vell Harbour Institute", or,
// after a dash, "― Ilse Varga, tweeting after the vote". The words before
// the comma are capitalised (a title may come before the name) and end in
// a person's name; with titled set, what follows the comma must be
// capitalised too (an organisation or a title), as a line without a dash
// is a signature only by its shape.
func (at *attributor) signedName(s, e int, titled bool) attribution {
	toks := at.tz.toks
	if e-s > 14 {
		return attribution{}
	}
	comma := -1
	for k := s; k < e; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
		if !toks[k].capital && hasLetterOrDigit(toks[k].text) {
			return attribution{}
		}
	}
	if comma <= s || comma+1 >= e {
		return attribution{}
	}
	n := comma - 1
	if ei := at.ment[n]; ei < 0 || at.mend[n] != comma || at.mstart[n] < s || at.a.Entities[ei].Type != model.Person {
		return attribution{}
	}
	for k := comma + 1; k < e; k++ {
		if toks[k].sent != toks[s].sent {
			return attribution{}
		}
		if titled && !toks[k].capital && hasLetterOrDigit(toks[k].text) && !toks[k].in(wcTitleSmall) {
			return attribution{}
		}
	}
	if titled && !toks[comma+1].capital {
		return attribution{}
	}
	return at.entityAttribution(n)
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
		// “Does anybody know?” Osei asked. — the quotation is a sentence of
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
			if r := at.accordingTo(k+2, to); r.ok {
				r.cue = "according to"
				return r
			}
			continue
		}
		if w == "in" {
			// "“…,” in Reed's view"
			if r := at.inWordsOf(k, to); r.ok {
				return r
			}
		}
		if w == "per" && k == first {
			// "“…,” per the party's bylaws"
			if r := at.subjectAfter(k+1, to); r.ok {
				r.cue = "per"
				return r
			}
			continue
		}
		if at.qtok[k] >= 0 || !at.isCue(k) || at.word(k).in(awReportCue) || at.isNounUse(k) {
			continue
		}
		if nextSent && !at.shortTail(k) {
			// “…” Brandt said both men were … — a statement of its own, not a tag
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
			if objectVerbs[w] {
				// "X summed up Y as “…,” denounced his record and …": a verb
				// that takes an object goes on the clause, no inverted tag
				// (attr36_object_verbs.go)
				continue
			}
			if r := at.subjectAfter(k+1, to); r.ok {
				r.cue = toks[k].text
				return r
			}
			continue
		}
		if k-1 > from && toks[k-1].low == "who" && at.tagPastRelative(k, to) {
			continue // "a witness who asked not to be named told Y": the clause's verb is no tag
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
	e := at.tokAt(r.mention.End - 1)
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
			if at.contrastBetween(k+2, before) {
				continue // "…, according to X, while processors … the informal “…”" (coref45_closing.go)
			}
			if r := at.accordingTo(k+2, before); r.ok {
				r.cue = "according to"
				return r
			}
			continue
		}
		if w == "in" {
			// "In Reed's view, “…”", "in the words of an aide, “…”"
			if r := at.inWordsOf(k, before); r.ok {
				return r
			}
			continue
		}
		listed := toks[k].in(wcLeadingCue) // in one of the four lists asked below
		if listed && nounCues[w] {
			if at.predicateAbout(k, before) {
				continue // "Penrose's statement was “accurate”": words about the statement, not its content
			}
			if r := at.possessor(k, lo); r.ok && !at.objectOfCue(r.mention, lo) {
				r.cue = toks[k].text
				// "Osei told VBC that Varga's comments “…”": Osei's account
				if earlier, ok := at.outerReporter(r, lo, before); ok {
					return earlier
				}
				return r
			}
			if !at.isCue(k) || at.isNounUse(k) || k+1 < before && toks[k+1].in(wcPreposition) {
				continue // "2013 comments from X that “…”": a noun after all
			}
			// "The mayor claims “…”": a noun of speech used as the verb
		}
		// ", offering “…”", ", praising X as “…”": a participle clause of
		// characterising, after a comma, speaks for the sentence's subject
		participle := listed && at.word(k).in(awCharacterising) && strings.HasSuffix(w, "ing") && k > lo && toks[k-1].text == ","
		if !at.isCue(k) && !(listed && (at.word(k).in(awReportCue) || gerundCues[w])) && !participle {
			continue
		}
		if at.ment[k] >= 0 || toks[k].capital && k > lo {
			continue
		}
		if at.isNounUse(k) {
			continue
		}
		if r := at.bearerBefore(k, lo); r.ok {
			return r // "held up a sign reading “…”" (attribute_bearer.go)
		}
		if strings.HasSuffix(w, "ing") && k > lo && at.word(k-1).in(awBeForm) {
			// "Shah is praising Reed as “…”": a progressive verb and its subject
			if r := at.subjectBefore(k, lo); r.ok {
				r.cue = toks[k].text
				// "X said the owners were calling “…”": reported by X
				if j := at.tokAt(r.mention.Start) - 1; j > lo && j+1 < before && at.isCue(j) && toks[j].in(wcSpeechCue) && !strings.HasSuffix(toks[j].low, "ing") {
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
		// "X was asked by host Y, “…”": a speech verb in the passive speaks
		// for its agent, the name after "by"
		if k > lo && k+2 < before && at.word(k-1).in(awBeForm) && !isPossessive(toks[k-1].text) &&
			toks[k+1].low == "by" && w != "quoted" {
			if r := at.subjectAfter(k+2, before); r.ok && r.id != "" && !at.cueBetween(k+2, before) {
				r.cue = toks[k].text
				return r
			}
		}
		// "X was asked, “…”", "his staff were told “…”": the subject of a
		// passive verb of asking or telling heard the words; whoever said
		// them is not named there
		if at.passiveHearing(k, lo) || at.passiveSpeech(k, lo) {
			continue
		}
		// "Reed mocked the dockers who claimed “…”": a "who" clause with a
		// speech verb of its own whose antecedent names no one holds the
		// words; a verb before it does not take them, but a reporter does
		// ("Reed said the plan was mocked by fishermen who wondered if")
		if v := k - 1; v > lo && !toks[k].capital {
			for v > lo && toks[v].in(wcSubjectSkip) {
				v--
			}
			if toks[v].low == "who" && at.qtok[v] < 0 && toks[v-1].text != "," && !at.relativeAntecedent(v, lo).ok {
				if earlier := at.leading(v, lo); earlier.ok && speechCues[lower(earlier.cue)] && !reportCues[lower(earlier.cue)] && !characterisingVerbs[lower(earlier.cue)] {
					return earlier
				}
				return attribution{}
			}
		}
		if r := at.subjectBefore(k, lo); r.ok {
			if at.prepositionObject(r, lo) || at.verbObject(r, k, lo) {
				continue // "X said in a statement read to the court that “…”", "would refund any fees charged" (attribute_reduced.go)
			}
			if at.relativeMention(r) && at.stopBetween(k, before) {
				continue // "…, unlike X, who had opposed the plan. “…”": an aside of another sentence
			}
			r.cue = toks[k].text
			// "Reed … said it would tell a story of “…”": an "it" or "they"
			// of a verb inside reported speech defers to a speaker named
			// earlier in the sentence
			if w := lower(at.a.Text[r.mention.Start:r.mention.End]); (w == "it" || w == "they") && k > lo {
				if earlier := at.leading(k, lo); earlier.ok && earlier.id != "" {
					return earlier
				}
			}
			// "The minister denied the report, which claimed “…”": the
			// report's words, which the verb before it does not report
			if earlier, ok := at.outerReporter(r, lo, before); ok && !strings.HasSuffix(at.a.Text[r.mention.Start:r.mention.End], "which") {
				return earlier
			}
			// "Reed recalled that the plan was mocked by fishermen, who
			// wondered if “…”": a relative clause inside words a speech verb
			// reports is the reporter's account
			if m := at.tokAt(r.mention.Start); at.relativeMention(r) && m > lo && r.id == "" {
				// not a verb whose object the antecedent is: "Reed mocked
				// critics who say “…”" are the critics' words
				// nor a verb in the passive: "The complaint was found by a
				// nurse at the hospital, who described …" is the nurse's
				if earlier := at.leading(m, lo); earlier.ok && speechCues[lower(earlier.cue)] && !reportCues[lower(earlier.cue)] && !characterisingVerbs[lower(earlier.cue)] &&
					!at.passiveCueBefore(earlier, m) {
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
		// "The paradox of it, says X, a historian, is that she was “…”": an
		// inverted tag set off by commas inside the sentence it reports
		if k > lo && toks[k-1].text == "," && midSentenceCues[w] {
			if r := at.subjectAfter(k+1, before); r.ok && r.id != "" && at.commaAfter(r.mention, before) {
				r.cue = toks[k].text
				return r
			}
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

// cueBetween reports whether a speech verb stands in toks[from:to], so
// that the words after it are its own: "was denounced by X; and declared
// that torture “works”".
func (at *attributor) cueBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if at.qtok[k] < 0 && at.isCue(k) {
			return true
		}
	}
	return false
}

// isCue reports whether token k is a speech verb: a cue word in lower case
// (or at a sentence start), not part of a name ("United States").
func (at *attributor) isCue(k int) bool {
	// the passes of the sieve ask about the same tokens again and again,
	// and the answer depends only on the token and its mention, fixed
	// once the attributor is built: a known answer is read inline
	if at.cue != nil && at.cue[k] != 0 {
		return at.cue[k] > 0
	}
	return at.newCue(k)
}

// newCue is isCue for a token not asked about before.
func (at *attributor) newCue(k int) bool {
	if at.cue == nil {
		at.cue = make([]int8, len(at.tz.toks))
	}
	cue := at.cueAt(k)
	at.cue[k] = -1
	if cue {
		at.cue[k] = 1
	}
	return cue
}

// cueAt is isCue without its memo.
func (at *attributor) cueAt(k int) bool {
	t := &at.tz.toks[k]
	if w := t.low; (w == "put" || w == "puts") && k+1 < len(at.tz.toks) && at.tz.toks[k+1].low == "it" &&
		at.tz.toks[k+1].sent == t.sent {
		return at.ment[k] < 0 // "as X put it"
	}
	// the particle first: the verbs are looked up only before one
	if k+1 < len(at.tz.toks) && phrasalParticle(at.tz.toks[k+1].low) && phrasalCues[t.low] == at.tz.toks[k+1].low && at.ment[k] < 0 {
		return !t.capital || k == 0 || at.tz.toks[k-1].sent != t.sent // "shot back", "chimed in"
	}
	if !t.cueWord() || at.ment[k] >= 0 {
		return false
	}
	return !t.capital || k == 0 || at.tz.toks[k-1].sent != t.sent
}

// phrasalParticle reports whether w is a particle of phrasalCues
// (TestPhrasalParticles): cueAt is asked of most words the sieve reads,
// and few are followed by one.
func phrasalParticle(w string) bool {
	switch w {
	case "back", "in", "out":
		return true
	}
	return false
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

// cueWordForms is every word isCueWord accepts: the speech cues, the
// gerund cues, and the -ing forms its stems make of the speech cues, each
// made here from the cue it is read back to ("say" from "says", "tell"
// from "tells", "push" from "pushes", "quot" from "quoted", "chatt" from
// "chats"). The token index gives these words a kind bit (wkCueWord), so
// that cueWord asks no map; TestCueWordForms holds it to isCueWord.
func cueWordForms() map[string]bool {
	forms := map[string]bool{}
	for _, set := range []map[string]bool{speechCues, gerundCues} {
		for w, in := range set {
			if in {
				forms[w] = true
			}
		}
	}
	for c, in := range speechCues {
		if !in {
			continue
		}
		for _, end := range []string{"s", "es", "ed"} {
			if stem, ok := strings.CutSuffix(c, end); ok && len(stem) > 2 {
				forms[stem+"ing"] = true
			}
		}
		// a doubled last letter: "chatting" from "chats"
		if stem, ok := strings.CutSuffix(c, "s"); ok && len(stem) > 2 {
			forms[stem+stem[len(stem)-1:]+"ing"] = true
		}
	}
	return forms
}

// cueWord is isCueWord(t.low), by the token's kind bit: cueAt asks it of
// every word the sieve looks at.
func (t *token) cueWord() bool { return t.is(wkCueWord) }

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
	if isPossessive(p) && k >= 2 && pronounOf(&toks[k-2]) != "" {
		return false // "he's claiming": a verb after "is"
	}
	if p == "to" && !nounableCues[w] && k >= 2 && isLowerWord(toks[k-2].text) && strings.HasSuffix(toks[k-2].low, "ed") {
		return false // "he was prompted to say": an infinitive after a verb
	}
	if p == "to" && k >= 3 && toks[k-2].low == "on" && goingOnVerbs[toks[k-3].low] {
		return false // "the letter goes on to say"
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
			// "his promise to be “…”": an infinitive is the promise's content
			return beForms[w] && toks[j-1].low != "to"
		}
	}
	return false
}

// objectOfCue reports whether the phrase at m is the object of a speech
// verb just before it: "X called the mayor's remarks “…”" is X's word for them.
func (at *attributor) objectOfCue(m model.Span, lo int) bool {
	toks := at.tz.toks
	k := at.tokAt(m.Start) - 1
	for k >= lo && k >= 0 && toks[k].in(wcPersonTitle) {
		k--
	}
	return k >= lo && k >= 0 && (at.isCue(k) || at.word(k).in(awReportCue)) && !toks[k].capital
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
	last := spokenEnd(text)
	if last != ',' && last != '?' && last != '!' {
		return attribution{}
	}
	// the quotation opens its sentence or a clause of its own, and is not a
	// title or a term: “The Long Tide,” the publisher said; a “quiet kid,” Penrose
	qs := at.tokAt(q.Start)
	if !at.startsSentence(q) && (qs <= 0 || toks[qs-1].text != "," && toks[qs-1].text != ":") {
		return attribution{}
	}
	// “…!” beamed Ann Reed, “Rubbish,” fumed Tom Tilley, “Rubbish,” Tom
	// Tilley fumed: a name and a verb make a tag however short the words
	if n := at.shortTag(qe, to); n >= 0 {
		return at.entityAttribution(n)
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

// reportedBy hands an attribution to the source that reports it:
// "“…,” X said, according to the Ledger" and "According to the Ledger, X said “…”" are
// the Ledger's account of X's words.
func (at *attributor) reportedBy(r attribution, to int) attribution {
	toks := at.tz.toks
	if r.cue == "according to" {
		return r
	}
	m := at.tokAt(r.mention.Start)
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
		if y := at.accordingTo(k+2, to); y.ok && (y.id != r.id || y.id == "") && !y.mention.Overlaps(r.mention) {
			y.cue = "according to"
			return y
		}
	}
	if y := at.closingReporter(m, to); y.ok && (y.id != r.id || y.id == "") && !y.mention.Overlaps(r.mention) {
		return y
	}
	if y := at.pollReporting(r); y.ok {
		return y // "In a Ledger poll, 75 percent said “…”" (attribute_poll.go)
	}
	return r
}

// closingReporter reads a reporter that closes the sentence after the
// token m: "…, the Ledger reported.", "…, reported the Ledger.", "…, the
// unions say." — the sentence is the reporter's account, as with
// "according to", and that tag wins over a speaker earlier in it.
func (at *attributor) closingReporter(m, to int) attribution {
	toks := at.tz.toks
	for k := m + 1; k < to && k-m < 2*maxLeading; k++ {
		if toks[k].sent != toks[m].sent {
			break
		}
		if w := toks[k].low; at.qtok[k] >= 0 || !isLowerWord(toks[k].text) || strings.HasSuffix(w, "ing") || !at.isCue(k) || at.word(k).in(awReportCue) {
			continue
		}
		closes := func(y attribution) bool {
			e := at.tokAt(y.mention.End-1) + 1
			return e > 0 && (e >= to || toks[e].sent != toks[k].sent || isSentenceEnd(toks[e].text))
		}
		if toks[k-1].text == "," {
			if w := toks[k].low; w != "reported" && w != "reports" {
				continue // ", told the Ledger": the words after most verbs are their object
			}
			// ", reported the Ledger."
			if y := at.subjectAfter(k+1, to); y.ok && closes(y) {
				y.cue = toks[k].text
				return y
			}
			continue
		}
		// ", the Ledger reported."
		c := k - 1
		for c > m && k-c < 8 && toks[c].text != "," {
			c--
		}
		if c <= m || toks[c].text != "," || k+1 >= len(toks) || !isSentenceEnd(toks[k+1].text) {
			continue
		}
		if y := at.subjectBefore(k, c+1); y.ok && at.closingSubject(y, c) {
			y.cue = toks[k].text
			return y
		}
	}
	return attribution{}
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

// previousParagraphTag reads a speech verb and its subject in the last
// sentence of the paragraph before q, when that sentence quotes nothing.
func (at *attributor) previousParagraphTag(q model.Quote) attribution {
	toks := at.tz.toks
	prev := at.a.Paragraphs[q.Paragraph-1]
	last := at.tokAt(prev.End - 1)
	if last < 0 || toks[last].para != toks[at.tokAt(prev.Start)].para || !isSentenceEnd(toks[last].text) {
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
	if m := at.tokAt(r.mention.Start); m > lo && at.word(m-1).in(awCoordinator) {
		return attribution{} // "A, B and C argued": several speakers, none of them alone
	}
	return r
}

func (at *attributor) endsAtColon(m model.Span, before int) bool {
	toks := at.tz.toks
	k := at.tokAt(m.End)
	for k >= 0 && k < before && (toks[k].End <= m.End) {
		k++
	}
	return k >= 0 && k < before && (toks[k].text == ":" || toks[k].text == ",") && k == before-1
}

// commaAfter reports whether a comma follows the mention m, with words
// after it before token before: the close of an inverted tag, not its end.
func (at *attributor) commaAfter(m model.Span, before int) bool {
	toks := at.tz.toks
	k := at.tokAt(m.Start)
	for k >= 0 && k < before && toks[k].End <= m.End {
		k++
	}
	return k >= 0 && k+1 < before && toks[k].text == ","
}

// outerReporter finds who reports the clause a subject opens: "Penrose said
// that Lind once described it as “…”" and "Ross said Mr. Brandt had told
// them “…”" are the outer speaker's account (a title before the name is
// passed over), as is "She said she recalls it being “…”". ok is false
// when the subject opens no reported clause, and when the clause would
// not end before before: leading and outerReporter call each other, and a
// subject found to the right of its cue would otherwise send them round
// for ever.
func (at *attributor) outerReporter(r attribution, lo, before int) (attribution, bool) {
	toks := at.tz.toks
	j := at.tokAt(r.mention.Start) - 1
	// "that FBI Director X had": the titles, and the body they serve, before the name
	for m := j + 1; j > lo && m-j <= 4 && toks[j].capital && !isPossessive(toks[j].text) &&
		(toks[j].in(wcPersonTitle) || at.ment[j] >= 0 || isCapitalised(toks[j].text)); {
		j--
	}
	if j <= lo || toks[j].low != "that" && !(at.isCue(j) && !strings.HasSuffix(toks[j].low, "ing")) {
		return attribution{}, false
	}
	if toks[j].low != "that" && at.isNounUse(j) {
		// "…, a claim the minister called “…”": a noun of speech that the
		// clause after it describes, whose own verb has the subject
		return attribution{}, false
	}
	if toks[j].low != "that" {
		if at.word(j).in(awCharacterising) && at.relativeMention(r) {
			// "Reed mocked critics who say": the verb's object, whose
			// clause the verb does not report
			return attribution{}, false
		}
		j++
	}
	if j >= before {
		return attribution{}, false
	}
	if earlier := at.leading(j, lo); earlier.ok && speechCues[lower(earlier.cue)] {
		return earlier, true
	}
	return attribution{}, false
}

// passiveHearing reports whether the cue at k is a verb of asking or
// telling in the passive ("was asked", "were told", "has been pressed",
// "after being asked"), whose subject is the one spoken to. "He's told
// reporters" is "has told", no passive.
func (at *attributor) passiveHearing(k, lo int) bool {
	toks := at.tz.toks
	if k <= lo || !hearingVerbs[toks[k].low] {
		return false
	}
	p := k - 1
	for p > lo && toks[p].in(wcSubjectSkip) && !at.word(p).in(awBeForm) {
		p-- // "was never asked", "were later told"
	}
	w := toks[p].low
	return beForms[w] && !isPossessive(w) || w == "get" || w == "gets" || w == "got" || w == "getting"
}
