package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Quotation scope: quotations no words around them attribute, which take
// their speaker from what the text is about at that point. These rules
// risk a speaker where the text names none, so they run after every rule
// that reads a tag.

// paragraphTopic: a paragraph that is all quotation, with no cue, after a
// paragraph about a person: "Viguerie is upbeat about the race. ⏎ “…”".
// The person is the subject of the previous paragraph's last sentence, or
// else of its first; a quotation of someone else in that paragraph makes
// its topic unsure.
func paragraphTopic(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	if at.named[qi] || q.Paragraph == 0 || !at.opensParagraph(q) || !at.wholeParagraph(q) || !at.looksLikeSpeech(qi) {
		return attribution{}
	}
	toks := at.tz.toks
	prev := at.a.Paragraphs[q.Paragraph-1]
	first, last := at.tokAt(prev.Start), at.tokAt(prev.End-1)
	if first < 0 || last < first || int(toks[last].para) != q.Paragraph-1 || !isSentenceEnd(toks[last].text) {
		return attribution{}
	}
	r := at.topicOf(at.sentenceFrom(last), last)
	if !r.ok && toks[first].sent != toks[last].sent {
		e := first
		for e < last && toks[e].sent == toks[first].sent {
			e++
		}
		r = at.topicOf(first, e)
	}
	if !r.ok {
		return attribution{}
	}
	for qj := qi - 1; qj >= 0 && at.a.Quotes[qj].Paragraph >= q.Paragraph-1; qj-- {
		if o := at.res[qj]; o.ok && o.id != r.id {
			return attribution{}
		}
	}
	r.cue = ""
	return r
}

// topicOf is the person a sentence toks[lo:k] is about: its subject, when
// that is a person's name or a pronoun that refers to one.
func (at *attributor) topicOf(lo, k int) attribution {
	r := at.subjectAtStart(lo, k)
	if !r.ok {
		r = at.sentenceSubjectAttribution(lo, k)
	}
	if !r.ok || r.id == "" || at.coordinated(r.mention) {
		return attribution{}
	}
	for _, e := range at.a.Entities {
		if e.ID == r.id {
			if e.Type != model.Person && (e.Type != model.Organization || !at.announces(lo, k)) {
				return attribution{}
			}
			break
		}
	}
	return r
}

// announces reports whether the sentence toks[lo:k] speaks of words being
// given out, with a speech verb or a noun of speech ("the party issued a
// statement apologising …"): an organisation is the topic of the quotation
// that follows only then, since its words come through such a statement.
func (at *attributor) announces(lo, k int) bool {
	toks := at.tz.toks
	for j := lo; j < k; j++ {
		if at.qtok[j] < 0 && (nounCues[toks[j].low] || at.isCue(j)) {
			return true
		}
	}
	return false
}

// coordinated reports whether the name at m is one of several joined by
// "and", "or" or commas: "A, B and C argued" has no one topic.
func (at *attributor) coordinated(m model.Span) bool {
	toks := at.tz.toks
	s, e := at.tokAt(m.Start), at.tokAt(m.End-1)
	if s < 0 || e < 0 {
		return false
	}
	if s > 0 && at.word(s-1).in(awCoordinator) {
		return true
	}
	for k := e + 1; k < len(toks) && k <= e+2 && toks[k].sent == toks[e].sent; k++ {
		if w := toks[k].low; w != "," && w != "and" && w != "or" {
			return k > e+1 && at.ment[k] >= 0 && at.a.Entities[at.ment[k]].Type == model.Person
		}
	}
	return false
}

// titleLine: a title-case line that opens with a person and a colon or a
// speech verb, "Ann Reed: ‘We Will Rebuild’" or "Ann Reed Asked Everyone
// To “Stay Calm”", gives that person its own quotations and the
// paragraph of quotation right after it.
func titleLine(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	if at.named[qi] && !at.titleCaseParagraph(q.Paragraph) {
		return attribution{}
	}
	if r := at.titleLineSpeaker(q.Paragraph); r.ok {
		return r
	}
	if at.opensParagraph(q) && at.wholeParagraph(q) && at.looksLikeSpeech(qi) {
		return at.titleLineSpeaker(q.Paragraph - 1) // the headline is line -1
	}
	return attribution{}
}

// titleLineSpeaker is the person who opens paragraph pi (-1 for the
// headline) when it is a title-case line of the form "<Person>: …" or
// "<Person> <Verb> …".
func (at *attributor) titleLineSpeaker(pi int) attribution {
	if !at.titleCaseParagraph(pi) {
		return attribution{}
	}
	toks := at.tz.toks
	s := at.tokAt(at.line(pi).Start)
	if s < 0 || int(toks[s].para) != pi {
		return attribution{}
	}
	// a given name the recogniser left out of the mention: "Priya Shah:"
	if at.ment[s] < 0 && s+1 < len(toks) && toks[s].capital && at.ment[s+1] >= 0 && at.mstart[s+1] == s+1 {
		s++
	}
	if at.ment[s] < 0 || at.mstart[s] != s || at.a.Entities[at.ment[s]].Type != model.Person {
		return attribution{}
	}
	e := at.mend[s]
	if e >= len(toks) || int(toks[e].para) != pi {
		return attribution{}
	}
	if w := toks[e].low; w != ":" && !speechCues[w] && !isCueWord(w) {
		return attribution{}
	}
	r := at.entityAttribution(s)
	r.cue = ""
	return r
}

// titleCaseParagraph reports whether paragraph pi is a short line whose
// words are capitalised but for the small words of titles.
func (at *attributor) titleCaseParagraph(pi int) bool {
	if pi < -1 || pi >= len(at.a.Paragraphs) {
		return false
	}
	toks := at.tz.toks
	p := at.line(pi)
	if p.End <= p.Start {
		return false
	}
	words, lowers := 0, 0
	for k := at.tokAt(p.Start); k >= 0 && k < len(toks) && toks[k].Start < p.End; k++ {
		if !hasLetter(toks[k].text) {
			continue
		}
		words++
		if !toks[k].capital && !toks[k].in(wcTitleSmall) && !isContraction(toks[k].text) {
			lowers++
		}
		if words > 25 {
			return false
		}
	}
	return words >= 3 && lowers == 0
}

// line is the span of paragraph pi, or of the headline for -1.
func (at *attributor) line(pi int) model.Span {
	if pi < 0 {
		return at.a.TitleAt
	}
	return at.a.Paragraphs[pi].Span
}

// isContraction reports the tail of a contraction, "’m", "'s", "n't", which
// keeps its case in a capitalised title.
func isContraction(w string) bool {
	return strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’") || w == "n't" || w == "n’t"
}

// nearestSubject: a partial quotation of a clause, or a characterisation
// ("cast her as a “…”"), that no rule before attributed belongs to the
// nearest subject before it that is a person, "he", "she" or "who", with a
// verb after it: "Mrs. Reed drew cheers as she thanked the town and then
// boomed, “…”", "Brandt, during a visit, thanked its members “for their
// support in my campaign”". A quoted term after an article ("the “harbour
// tax” plan") is the writer's, not a subject's.
func nearestSubject(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	toks := at.tz.toks
	qs := at.tokAt(q.Start)
	if at.named[qi] || qs <= 0 || !at.clauseLike(qi) && !at.characterised(qs) {
		return attribution{}
	}
	if toks[qs-1].sent != toks[qs].sent || at.qtok[qs-1] >= 0 {
		return attribution{}
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(q.Text)); unicode.IsUpper(r) && toks[qs-1].text != "," && toks[qs-1].text != ":" && !quotedSentence(q.Text) {
		return attribution{} // a capitalised phrase inside a sentence is a name or a slogan
	}
	if p := toks[qs-1].low; (determiners[p] || possessives[p]) && (qs < 2 || toks[qs-2].low != "as") {
		return attribution{} // "the “harbour tax” plan", but "dismissed it as a “…”"
	}
	r := at.subjectNearest(at.sentenceFrom(qs), qs)
	if !r.ok || at.wordsBetween(r.mention.End, q.Start) > 25 {
		return attribution{}
	}
	if ei := at.entityIndex(r.id); ei < 0 || at.a.Entities[ei].Type != model.Person {
		return attribution{}
	}
	if at.relativeCueBetween(at.tokAt(r.mention.End-1)+1, qs) {
		return attribution{} // "Reed rebuked a critic who says …": the critic's words (attribute_relative_phrase.go)
	}
	r.cue = ""
	return r
}

// subjectNearest finds, scanning left from k to lo, the nearest person
// that is a subject, with a lower-case word after it (past adverbs,
// auxiliaries and an aside between commas) that could be its verb: a name
// that is not the object of a preposition, a modifier after "a" ("a Vell
// councillor") or a possessor; "he" or "she"; or "who" after a name. The
// attribution names a person, or ok is false.
func (at *attributor) subjectNearest(lo, k int) attribution {
	toks := at.tz.toks
	for j := k - 1; j >= lo; j-- {
		if at.qtok[j] >= 0 {
			continue
		}
		w := toks[j].low
		var r attribution
		end := j + 1
		switch {
		case w == "he" || w == "she":
			r = at.resolvePronoun(j, pronouns[w])
		case w == "who" && j > lo:
			r = at.relativeAntecedent(j, lo)
		case at.ment[j] >= 0 && at.mend[j] == j+1:
			s := at.mstart[j]
			if at.a.Entities[at.ment[j]].Type != model.Person || s > lo && (toks[s-1].in(wcPreposition) || toks[s-1].low == "a" || toks[s-1].low == "an") || isPossessive(toks[end].text) {
				j = s
				continue
			}
			r = at.entityAttribution(j)
			j = s
		default:
			continue
		}
		if !r.ok || r.id == "" {
			continue
		}
		for end < k && (toks[end].in(wcSubjectSkip) || isMannerAdverb(toks[end].text)) {
			end++
		}
		if end < k && toks[end].text == "," {
			// an aside between commas: "Brandt, 70, thanked"
			c := end + 1
			for c < k && c-end < 15 && toks[c].text != "," {
				c++
			}
			// "X, star of “Harbour Nights,” thanked": the comma that
			// closes the aside may stand inside a title's closing mark
			if c+1 < k && at.qtok[c] >= 0 && at.qtok[c+1] == at.qtok[c] && at.a.Quotes[at.qtok[c]].End == toks[c+1].End {
				c++
			}
			end = c + 1
		}
		// "X, the party's leader, on Tuesday called": a day between the
		// subject and its verb
		if end+2 < k && toks[end].low == "on" && toks[end+1].in(wcWeekday) {
			end += 2
		}
		if end >= k {
			continue
		}
		if v := toks[end]; !isLowerWord(v.text) || v.in(wcPreposition) || clauseBreaks[v.low] || v.in(wcDeterminer) || coordinators[v.low] || isPossessive(v.text) {
			continue
		}
		if at.word(end).in(awBeForm) {
			return attribution{} // "X is “…”", "X was hurt by “…”": words about X, not X's
		}
		// "X promises that Y won't “…”": Y is inside X's reported words,
		// and whose words these are is not for this rule to say
		if s := at.tokAt(r.mention.Start); s > lo && at.isCue(s-1) || s > lo+1 && toks[s-1].low == "that" && (at.isCue(s-2) || at.word(s-2).in(awReportCue)) {
			return attribution{}
		}
		return r
	}
	return attribution{}
}

// characterisingVerb: a quotation, however short, that is the object or
// complement of a verb of speaking or characterising goes to that verb's
// subject, the nearest person before it: "Will described Reed as a “…”",
// "Osei scolded Brandt for suggesting they should “…”", "Reed refers
// to the governor as “…”". The word right before the quotation must leave
// it the verb's complement: never after an article or possessive ("the
// “Gang of Eight”"), a preposition, "to", "that", a noun in -s, or a form of
// "be" ("X was “…”" is words about X); those are the writer's terms.
func characterisingVerb(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	toks := at.tz.toks
	qs := at.tokAt(q.Start)
	if at.named[qi] || qs <= 0 || toks[qs-1].sent != toks[qs].sent || at.qtok[qs-1] >= 0 {
		return attribution{}
	}
	switch p := toks[qs-1].low; {
	case p == "as" || p == "that" || coordinators[p] || isDash(p):
	case !isLowerWord(toks[qs-1].text) || determiners[p] || possessives[p] || prepositions[p] || beForms[p] || clauseBreaks[p]:
		return attribution{}
	case at.isCue(qs-1) || reportCues[p] || strings.HasSuffix(p, "s") || strings.HasSuffix(p, "ing") && !characterisingVerbs[p]:
		return attribution{}
	}
	r := at.subjectNearest(at.sentenceFrom(qs), qs)
	if !r.ok || at.wordsBetween(r.mention.End, q.Start) > 25 {
		return attribution{}
	}
	if ei := at.entityIndex(r.id); ei < 0 || at.a.Entities[ei].Type != model.Person {
		return attribution{}
	}
	for k := at.tokAt(r.mention.End-1) + 1; k < qs; k++ {
		if at.qtok[k] < 0 && isLowerWord(toks[k].text) && (at.word(k).in(awCharacterising) || at.isCue(k) || at.word(k).in(awReportCue)) {
			r.cue = toks[k].text
			return r
		}
	}
	return attribution{}
}

// isDash tells a dash standing as a word: "--", "—", "–".
func isDash(w string) bool {
	return w == "--" || w == "—" || w == "–"
}

// quotedSentence reports words that read as a sentence someone said, not
// a name, title or slogan: seven words or more, three of them in lower
// case ("pep talks like “Varga will win the most votes and …”"). A
// capital at its start is then the start of the speaker's sentence.
func quotedSentence(text string) bool {
	if countFields(text, 7) < 7 {
		return false
	}
	lower := 0
	for w := range strings.FieldsSeq(text) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			if lower++; lower >= 3 {
				return true
			}
		}
	}
	return false
}

// paragraphAcross: a paragraph that is all quotation goes on with the
// named speaker of the quotation two paragraphs up when the paragraph
// between ends a sentence, holds no quotation and names no other person:
// an aside of the writer's ("(The law also bans …)", "Pause.", "Often,
// families did not understand …") interrupts the speaker without handing
// the words to anyone. paragraphContinues covers the paragraph right
// after.
func paragraphAcross(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	if at.named[qi] || q.Paragraph < 2 || !at.opensParagraph(q) || !at.wholeParagraph(q) || !at.looksLikeSpeech(qi) {
		return attribution{}
	}
	for qj := qi - 1; qj >= 0; qj-- {
		pj := at.a.Quotes[qj]
		last := lastParagraph(pj, at.a)
		switch {
		case last == q.Paragraph-1 || pj.Paragraph == q.Paragraph-1:
			return attribution{} // the paragraph between holds a quotation
		case last == q.Paragraph-2:
			if r := at.res[qj]; r.ok && r.id != "" && at.endsSentence(q.Paragraph-1) && !at.otherPersonIn(q.Paragraph-1, r.id) {
				return r
			}
			return attribution{}
		case last < q.Paragraph-2:
			return attribution{}
		}
	}
	return attribution{}
}

// endsSentence reports whether paragraph pi closes a sentence, with its
// stop or a closing bracket after one: a heading between two paragraphs
// of quotation starts a new section, whose words may be anyone's.
func (at *attributor) endsSentence(pi int) bool {
	toks := at.tz.toks
	p := at.a.Paragraphs[pi]
	k := at.tokAt(p.End - 1)
	if k < 0 {
		k = len(toks)
	}
	for k > 0 && toks[k-1].Start >= p.Start && (k == len(toks) || toks[k].Start >= p.End) {
		k-- // a space after the stop: the token found is the next paragraph's
	}
	if k >= len(toks) || toks[k].Start < p.Start || toks[k].Start >= p.End {
		return false
	}
	if toks[k].text == ")" && k > 0 && int(toks[k-1].para) == pi {
		k--
	}
	return isSentenceEnd(toks[k].text)
}

// otherPersonIn reports whether paragraph pi names a person other than id.
func (at *attributor) otherPersonIn(pi int, id string) bool {
	toks := at.tz.toks
	p := at.a.Paragraphs[pi]
	for k := at.tokAt(p.Start); k >= 0 && k < len(toks) && toks[k].Start < p.End; k++ {
		if at.ment[k] >= 0 {
			if e := at.a.Entities[at.ment[k]]; e.Type == model.Person && e.ID != id {
				return true
			}
		}
	}
	return false
}
