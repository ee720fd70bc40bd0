package model

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Speaker attribution is a sieve: the most precise rules run first and a
// quotation keeps the first speaker it is given.
//
//  1. a speech verb and its subject right after the quotation:  "…," X said / "…," said X
//  2. a speech verb and its subject right before it:            X said: "…" / X said, "…"
//  3. a speech verb earlier in the same sentence:               X said the plan was "…"
//  4. a speech verb later in the same sentence, "according to X"
//  5. another quotation of the same paragraph (split quotations)
//  6. a paragraph that opens with a quotation continues the previous paragraph's speaker
//
// Pronoun subjects (he, she, they) are resolved to the person they refer to
// by gender and recency. A quotation the text does not attribute gets no
// speaker: a wrong speaker is worse than none.

// speechCues are the verbs and phrases that introduce speech, in the forms
// news uses them.
var speechCues = wordSet(`said says say saying told tells tell added adds adding wrote writes write writing
asked asks asking warned warns warning insisted insists explained explains noted notes stated states declared declares
announced announces argued argues claimed claims continued continues replied replies responded responds recalled recalls
acknowledged acknowledges admitted admits conceded concedes complained complains cautioned cautions suggested suggests
observed observes remarked remarks tweeted tweets posted posts emphasized emphasizes emphasised emphasises stressed stresses
predicted predicts promised promises vowed vows pledged pledges urged urges recounted recounts quipped quips joked jokes
boasted boasts countered counters concluded concludes confirmed confirms denied denies maintained maintains mused muses
reiterated reiterates repeated repeats shouted shouts whispered whispers yelled yells testified testifies wondered wonders
agreed agrees described describes reported reports lamented laments texted emailed messaged thundered cried exclaimed
exclaims answered answers demanded demands charged charges alleged alleges contended contends asserted asserts
affirmed affirms objected objects protested protests proclaimed proclaims announced interjected chided scoffed scoffs
retorted retorts snapped sighed reflected reflects conceded explained recalled called calls labeled labelled dubbed
tells telling reads read wrote branded brands accused accuses likened likens lauded lauds praised praises
criticized criticizes criticised criticises slammed slams blasted blasts condemned condemns denounced denounces
mocked mocks hailed hails touted touts defended defends dismissed dismisses decried decries questioned questions
pointed points highlighted cited cites described characterized characterised termed terms proclaimed
acknowledged wrote write promised found concluded compared compares exhorted exhorts commented comments
referenced references call describe label brand dub term deem deemed deems`)

// reportCues introduce reported speech before a partial quotation but do
// not, alone, make words after a quotation an attribution.
var reportCues = wordSet(`believes believed thinks thought hopes hoped feels felt knows knew sees saw called calls
described describes labeled labelled dubbed`)

// auxiliaries and adverbs that may stand between a subject and its verb.
var subjectSkips = wordSet(`has have had will would could should may might must did does do also later earlier then
previously once again further recently repeatedly often still just already quickly simply flatly
publicly privately separately subsequently additionally finally initially first not never
reportedly allegedly apparently reportedly shortly afterward afterwards yesterday today tonight`)

var determiners = wordSet(`a an the one another two three four several some many most few other others this that these those
his her their its our my your each every both any`)

// clauseBreaks end a subject phrase when scanning left from a verb.
var clauseBreaks = wordSet(`that and but or while as because when after before since if though although whereas
where which who whom whose what whether than so yet nor until unless once`)

var pronouns = map[string]string{
	"he": "m", "she": "f", "they": "p", "it": "n", "i": "1", "we": "1", "you": "",
}

// unnamedHeads are nouns that name a speaker without naming a person:
// "officials said", "police said".
var unnamedHeads = wordSet(`source sources official officials spokesman spokeswoman spokesperson spokespeople
aide aides adviser advisers advisor advisors analyst analysts expert experts critic critics resident residents
police witness witnesses observer observers diplomat diplomats lawmaker lawmakers legislator legislators
investigators prosecutors prosecutor researchers researcher economist economists statement report
people person someone organizers organisers protesters protestors officers officer authorities ministry
government administration campaign committee department agency office leader leaders member members
representative representatives executive executives negotiators negotiator insider insiders staff staffer
staffers supporters supporter opponents voters voter worker workers parents teachers doctors nurses
scientists activists activist lawyer lawyers attorney attorneys candidate candidates manager managers owner
owners chief minister president director chairman chairwoman secretary governor mayor senator judge
colleague colleagues friend friends neighbour neighbor neighbours neighbors family relatives man woman
student students fans fan players player coach team union company firm group spokesmen
strategist strategists widow widower mother father son daughter wife husband sister brother host anchor
reporter reporters journalist journalists writer author editor columnist professor scholar chair spokeswomen
commission council board court panel poll survey study letter memo article newspaper paper website ad`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// attribution is a speaker found for a quotation.
type attribution struct {
	speaker string
	id      string
	mention Span
	cue     string
	ok      bool
}

// attributor holds what the sieve needs about one article.
type attributor struct {
	a      *Article
	tz     *tokenized
	ment   []int // token -> entity index, -1 for none
	mstart []int // token -> first token of its mention
	mend   []int // token -> one past the last token of its mention
	qtok   []int // token -> quote index the token lies in, -1 for none
	gender []string
}

func attribute(a *Article, tz *tokenized) {
	if len(a.Quotes) == 0 {
		return
	}
	at := &attributor{a: a, tz: tz}
	n := len(tz.toks)
	at.ment = make([]int, n)
	at.mstart = make([]int, n)
	at.mend = make([]int, n)
	at.qtok = make([]int, n)
	for i := range at.ment {
		at.ment[i], at.qtok[i] = -1, -1
	}
	for ei, e := range a.Entities {
		for _, m := range e.Mentions {
			s := tokenAt(tz.toks, m.Start)
			if s < 0 {
				continue
			}
			e2 := s
			for e2 < n && tz.toks[e2].Start < m.End {
				e2++
			}
			for k := s; k < e2; k++ {
				at.ment[k], at.mstart[k], at.mend[k] = ei, s, e2
			}
		}
	}
	for qi, q := range a.Quotes {
		s := tokenAt(tz.toks, q.Start)
		for k := s; k >= 0 && k < n && tz.toks[k].Start < q.End; k++ {
			at.qtok[k] = qi
		}
	}
	at.gender = at.genders()

	res := make([]attribution, len(a.Quotes))
	named := make([]bool, len(a.Quotes)) // titles and names, never speech
	for qi := range a.Quotes {
		if named[qi] = at.isTitleOrName(qi); named[qi] {
			continue
		}
		res[qi] = at.direct(qi)
	}
	// a quotation introduced by a colon: "Politico reveals a few facts: “…”"
	for qi, q := range a.Quotes {
		if res[qi].ok {
			continue
		}
		qs := tokenAt(tz.toks, q.Start)
		if qs <= 0 || tz.toks[qs-1].text != ":" || tz.toks[qs-1].para != tz.toks[qs].para {
			continue
		}
		lo := qs - 1
		for lo > 0 && tz.toks[lo-1].sent == tz.toks[qs-1].sent && qs-lo < maxLeading {
			lo--
		}
		if r := at.sentenceSubjectAttribution(lo, qs-1); r.ok {
			res[qi] = r
		}
	}
	// split quotations: “A,” she said. “B.” and “A.” “B,” she said. A
	// quotation with no attribution of its own takes the speaker of a
	// neighbour in its paragraph when nothing but that neighbour's attribution
	// stands between them.
	for qi := range a.Quotes {
		if res[qi].ok || !at.looksLikeSpeech(qi) {
			continue
		}
		if qi > 0 && res[qi-1].ok && sameParagraph(a.Quotes[qi], a.Quotes[qi-1]) &&
			(at.startsSentence(a.Quotes[qi]) || at.onlyAttributionBetween(a.Quotes[qi-1].End, a.Quotes[qi].Start, res[qi-1].mention, 5)) {
			res[qi] = res[qi-1]
			continue
		}
		if qi+1 < len(a.Quotes) && res[qi+1].ok && sameParagraph(a.Quotes[qi], a.Quotes[qi+1]) &&
			at.onlyAttributionBetween(a.Quotes[qi].End, a.Quotes[qi+1].Start, Span{}, 0) {
			res[qi] = res[qi+1]
		}
	}
	// propagate along chains of split quotations (“A,” she said. “B.” “C.”)
	for qi := 1; qi < len(a.Quotes); qi++ {
		if !res[qi].ok && res[qi-1].ok && sameParagraph(a.Quotes[qi], a.Quotes[qi-1]) && at.looksLikeSpeech(qi) &&
			at.onlyAttributionBetween(a.Quotes[qi-1].End, a.Quotes[qi].Start, Span{}, 0) {
			res[qi] = res[qi-1]
		}
	}
	// a paragraph that opens with a quotation and attributes nothing continues
	// the previous paragraph's speaker
	for qi, q := range a.Quotes {
		if res[qi].ok || !at.opensParagraph(q) {
			continue
		}
		for qj := qi - 1; qj >= 0; qj-- {
			pj := a.Quotes[qj]
			if pj.Paragraph < q.Paragraph-1 {
				break
			}
			if pj.Paragraph == q.Paragraph-1 || pj.lastParagraph(a) == q.Paragraph-1 {
				if res[qj].ok && at.looksLikeSpeech(qi) {
					res[qi] = res[qj]
				}
				break
			}
		}
		if !res[qi].ok && q.Paragraph > 0 {
			// "X said:" closing the previous paragraph
			prev := a.Paragraphs[q.Paragraph-1]
			if strings.HasSuffix(strings.TrimSpace(a.Text[prev.Start:prev.End]), ":") {
				last := tokenAt(tz.toks, prev.End-1)
				if r := at.leading(last+1, prev.Start); r.ok {
					res[qi] = r
				}
			}
		}
	}
	for qi := range a.Quotes {
		q := &a.Quotes[qi]
		r := res[qi]
		if named[qi] {
			q.Speech = false
			continue
		}
		if r.ok {
			q.Speaker, q.SpeakerID, q.Attributed, q.Cue = r.speaker, r.id, r.mention, r.cue
		}
		q.Speech = r.ok || at.looksLikeSpeech(qi)
	}
}

// startsSentence reports whether a quotation opens its sentence, as the
// second half of a split quotation does.
func (at *attributor) startsSentence(q Quote) bool {
	k := tokenAt(at.tz.toks, q.Start)
	return k == 0 || k > 0 && (at.tz.toks[k-1].sent != at.tz.toks[k].sent || isSentenceEnd(at.tz.toks[k-1].text))
}

// onlyAttributionBetween reports whether the text between two quotations
// holds nothing but an attribution (the span attr) and at most maxWords
// other words (the verb, "on Monday") and punctuation.
func (at *attributor) onlyAttributionBetween(from, to int, attr Span, maxWords int) bool {
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

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func sameParagraph(a, b Quote) bool { return a.Paragraph == b.Paragraph }

// lastParagraph is the paragraph a quotation ends in.
func (q Quote) lastParagraph(a *Article) int {
	for i := q.Paragraph; i < len(a.Paragraphs); i++ {
		if a.Paragraphs[i].End >= q.End {
			return i
		}
	}
	return q.Paragraph
}

func (at *attributor) opensParagraph(q Quote) bool {
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

// direct applies rules 1-4 to one quotation.
func (at *attributor) direct(qi int) attribution {
	q := at.a.Quotes[qi]
	toks := at.tz.toks
	qs := tokenAt(toks, q.Start)
	if qs < 0 {
		return attribution{}
	}
	qe := qs
	for qe < len(toks) && toks[qe].Start < q.End {
		qe++
	}
	// the stretch after the quotation, to the end of its paragraph; rule 1
	// stops at the next quotation, rule 4 reads past it
	para := toks[qs].para
	paraEnd := qe
	for paraEnd < len(toks) && toks[paraEnd].para == para && paraEnd-qe < maxLeading {
		paraEnd++
	}
	nextQuote := qe
	for nextQuote < paraEnd && at.qtok[nextQuote] < 0 {
		nextQuote++
	}
	// rule 0: "…" ― Name, the signature line of reader comments and epigraphs
	if r := at.dashSignature(qe, paraEnd); r.ok {
		return r
	}
	// rule 1: "…," X said / "…," said X — the cue within a few words after
	if r := at.trailing(qe, nextQuote, 10, true); r.ok {
		return r
	}
	// rule 2 and 3: X said: "…" / X said the plan was "…"
	// bounded, so that a megabyte-long sentence stays linear
	sentStart := qs
	for sentStart > 0 && toks[sentStart-1].sent == toks[qs].sent && qs-sentStart < maxLeading {
		sentStart--
	}
	if r := at.leading(qs, sentStart); r.ok {
		return r
	}
	// rule 4: later in the same sentence ("according to X" included)
	if r := at.trailing(qe, paraEnd, 30, false); r.ok {
		return r
	}
	return attribution{}
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
		if !isCapitalised(toks[k].text) && hasLetterOrDigit(toks[k].text) {
			return attribution{}
		}
	}
	if at.ment[s] >= 0 {
		return at.entityAttribution(s)
	}
	span := Span{toks[s].Start, toks[e-1].End}
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
	if toks[from].sent != sent && at.qtok[from-1] >= 0 && at.startsSentence(at.a.Quotes[at.qtok[from-1]]) {
		// “Does anybody know?” Graham asked. — the quotation is a sentence of
		// its own and its attribution the next one
		sent = toks[from].sent
	}
	first := from
	for first < end && !hasLetterOrDigit(toks[first].text) {
		first++
	}
	for k := from; k < end; k++ {
		w := lower(toks[k].text)
		if toks[k].sent != sent {
			break
		}
		if w == "according" && k+1 < to && lower(toks[k+1].text) == "to" {
			if r := at.subjectAfter(k+2, to); r.ok {
				r.cue = "according to"
				return r
			}
			continue
		}
		if at.qtok[k] >= 0 || !at.isCue(k) || reportCues[w] {
			continue
		}
		// between the quotation and the cue: a subject (X said), or nothing (said X)
		if k == from || onlyPunct(toks[from:k]) {
			if r := at.subjectAfter(k+1, to); r.ok {
				r.cue = toks[k].text
				return r
			}
			continue
		}
		if r := at.subjectBefore(k, from); r.ok {
			if adjacent && first < len(toks) && r.mention.Start > toks[first].Start && !at.titlesOnly(first, r.mention.Start) {
				return attribution{}
			}
			r.cue = toks[k].text
			return r
		}
		return attribution{}
	}
	return attribution{}
}

// titlesOnly reports whether the tokens from k up to byte offset end are all
// titles and roles ("Sen." before a name, "US" before "President").
func (at *attributor) titlesOnly(k int, end int) bool {
	toks := at.tz.toks
	for ; k < len(toks) && toks[k].Start < end; k++ {
		w := lower(toks[k].text)
		if !personTitles[w] && !isCapitalised(toks[k].text) && hasLetterOrDigit(w) {
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
		w := lower(toks[k].text)
		if w == "according" && k+1 < before && lower(toks[k+1].text) == "to" {
			if r := at.subjectAfter(k+2, before); r.ok {
				r.cue = "according to"
				return r
			}
			continue
		}
		if nounCues[w] {
			if r := at.possessor(k, lo); r.ok {
				r.cue = toks[k].text
				return r
			}
			continue
		}
		if !at.isCue(k) && !reportCues[w] && !gerundCues[w] {
			continue
		}
		if at.ment[k] >= 0 || isCapitalised(toks[k].text) && k > lo {
			continue
		}
		if at.isNounUse(k) {
			continue
		}
		if strings.HasSuffix(w, "ing") && k > lo && beForms[lower(toks[k-1].text)] {
			// "Cruz is praising Bush as “…”": a progressive verb and its subject
			if r := at.subjectBefore(k, lo); r.ok {
				r.cue = toks[k].text
				return r
			}
			continue
		}
		if strings.HasSuffix(w, "ing") {
			// "…, saying the plan was “…”": the subject of the sentence speaks
			if r := at.sentenceSubjectAttribution(lo, k); r.ok {
				r.cue = toks[k].text
				return r
			}
			continue
		}
		if r := at.subjectBefore(k, lo); r.ok {
			r.cue = toks[k].text
			// "Obama … said it would tell a story of “…”": an "it" or "they"
			// of a verb inside reported speech defers to a speaker named
			// earlier in the sentence
			if w := lower(at.a.Text[r.mention.Start:r.mention.End]); (w == "it" || w == "they") && k > lo {
				if earlier := at.leading(k, lo); earlier.ok && earlier.id != "" {
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
	}
	return attribution{}
}

// isCue reports whether token k is a speech verb: a cue word in lower case
// (or at a sentence start), not part of a name ("United States").
func (at *attributor) isCue(k int) bool {
	t := at.tz.toks[k]
	if !isCueWord(lower(t.text)) || at.ment[k] >= 0 {
		return false
	}
	return !isCapitalised(t.text) || k == 0 || at.tz.toks[k-1].sent != t.sent
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

var beForms = wordSet(`is are was were be been being am 's ’s`)

// gerundCues introduce speech in a participle clause whose subject is the
// sentence's subject.
var gerundCues = wordSet(`saying adding telling claiming calling describing arguing insisting warning noting
announcing declaring asking writing tweeting explaining accusing suggesting promising vowing urging predicting
complaining stating charging contending asserting referring labeling labelling dubbing branding`)

// nounCues are nouns of speech that take a possessive speaker:
// "Trump’s claim that there were “thousands”".
var nounCues = wordSet(`claim claims statement statements remarks remark comment comments words assertion
assertions promise pledge warning words tweet tweets speech description insistence argument contention message
testimony answer response reply vow`)

// isNounUse tells a cue word used as a noun ("his tweets", "the reports")
// from the verb.
func (at *attributor) isNounUse(k int) bool {
	if k == 0 {
		return false
	}
	p := lower(at.tz.toks[k-1].text)
	return determiners[p] || p == "'s" || p == "’s" || p == "of" || p == "in" || p == "to" || p == "for" || p == "with"
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
		switch lower(toks[j].text) {
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
	if lo < k && openingWords[lower(toks[lo].text)] {
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
		w := lower(toks[j].text)
		if g, ok := pronouns[w]; ok && g != "" {
			return at.resolvePronoun(j, g)
		}
		if at.ment[j] >= 0 {
			e := at.a.Entities[at.ment[j]]
			if e.Type == Person || e.Type == Organization {
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

func (at *attributor) endsAtColon(m Span, before int) bool {
	toks := at.tz.toks
	k := tokenAt(toks, m.End)
	for k >= 0 && k < before && (toks[k].End <= m.End) {
		k++
	}
	return k >= 0 && k < before && (toks[k].text == ":" || toks[k].text == ",") && k == before-1
}

func onlyPunct(ts []token) bool {
	for _, t := range ts {
		if hasLetterOrDigit(t.text) {
			return false
		}
	}
	return true
}

func isSentenceEnd(s string) bool { return s == "." || s == "!" || s == "?" }

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// subjectBefore finds the subject of the verb at token k, scanning left no
// further than lo.
func (at *attributor) subjectBefore(k, lo int) attribution {
	toks := at.tz.toks
	j := k - 1
	for j >= lo {
		w := lower(toks[j].text)
		if subjectSkips[w] || w == "is" || w == "was" || w == "are" || w == "were" || w == "been" || w == "being" ||
			((w == "'s" || w == "’s") && j > lo && pronouns[lower(toks[j-1].text)] != "") {
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
	if coordinators[lower(toks[j].text)] {
		return at.coordinatedSubject(j, lo)
	}
	// "X, the city's mayor, said" and "X, who …, said": the name before the asides
	if toks[j].text == "," {
		// "The chair of the panel, the critic X, said": a name in apposition
		appos, opens := at.appositiveBefore(j, lo)
		c := j - 1
		for hops := 0; c > lo && hops < 30; hops++ {
			if isSentenceEnd(toks[c].text) || at.qtok[c] >= 0 {
				break
			}
			if toks[c].text == "," {
				n := skipBrackets(toks, c-1, lo)
				if n >= lo && at.ment[n] >= 0 {
					e := at.a.Entities[at.ment[n]]
					if e.Type == Organization && appos.ok && c == opens {
						return appos // "the head of the bank, X, said"
					}
					if e.Type == Person || e.Type == Organization {
						return at.entityAttribution(n)
					}
				}
			}
			c--
		}
		return appos
	}
	// "two lines that call at X said": the head before a relative clause
	if r := at.relativeHead(j, lo); r > lo && !strings.HasSuffix(lower(toks[k].text), "ing") {
		return at.phraseEndingAt(r-1, lo)
	}
	return at.phraseEndingAt(j, lo)
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
		w := lower(toks[c].text)
		if !hasLetterOrDigit(w) || at.qtok[c] >= 0 {
			return -1
		}
		if !clauseBreaks[w] {
			continue
		}
		if w != "that" && w != "who" && w != "which" || at.titlesOnly(c+1, toks[np].Start) || determiners[lower(toks[c+1].text)] {
			return -1
		}
		p := lower(toks[c-1].text)
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
	if n <= lo || at.ment[n] < 0 || at.a.Entities[at.ment[n]].Type != Person || at.qtok[n] >= 0 {
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
			if at.a.Entities[at.ment[p]].Type != Person || e >= k || toks[e].text != "," || !at.appositivePrefix(c+1, p) {
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
		f := lower(toks[s].text)
		if !determiners[f] && !personTitles[f] && !isCapitalised(toks[s].text) && !unnamedHeads[f] {
			return false
		}
	}
	for k := s; k < e; k++ {
		w := lower(toks[k].text)
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
			if t := at.a.Entities[ei].Type; t == Person || t == Organization {
				return at.entityAttribution(m)
			}
			m = at.mend[m] - 1
			continue
		}
		w := lower(toks[m].text)
		if !hasLetterOrDigit(w) || clauseBreaks[w] || isCueWord(w) || subjectSkips[w] || beForms[w] || prepositions[w] ||
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

var prepositions = wordSet(`of to from for in on at with by about against over under into between among`)

// openingWords start an adverbial phrase that may open a sentence before
// its subject.
var openingWords = wordSet(`in at on after before during following despite with without for from since while when
as although though because if amid unlike like once upon speaking asked under over by throughout`)

// coordinators join a second verb to the first: "X welcomed Y and said".
var coordinators = wordSet(`and but or yet`)

// coordinatedSubject finds the subject of a verb coordinated by the
// conjunction at token j: the subject at the start of its clause.
func (at *attributor) coordinatedSubject(j, lo int) attribution {
	toks := at.tz.toks
	s := j
	for s > lo && toks[s-1].text != ";" && toks[s-1].sent == toks[j].sent {
		s--
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
	w := lower(toks[j].text)
	if g, ok := pronouns[w]; ok {
		if g == "" {
			return attribution{}
		}
		return at.resolvePronoun(j, g)
	}
	if at.ment[j] >= 0 {
		// "a spokeswoman for X said": the name closes a phrase about a person
		if s := at.mstart[j]; s-2 >= lo && roleLinks[lower(toks[s-1].text)] && unnamedHeads[lower(toks[s-2].text)] {
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

// roleLinks join a role to the body it serves: "a spokeswoman for X".
var roleLinks = wordSet(`for of at from with`)

// commonPhraseEndingAt reads a common-noun phrase ending at token j: scan
// left to a break, then start at its first determiner ("a source familiar
// with the matter").
func (at *attributor) commonPhraseEndingAt(j, lo int) attribution {
	toks := at.tz.toks
	s := j
	for s > lo && j-s < 10 {
		p := toks[s-1]
		pw := lower(p.text)
		if !hasLetterOrDigit(p.text) || at.qtok[s-1] >= 0 || clauseBreaks[pw] || speechCues[pw] {
			break
		}
		s--
	}
	for k := s; k < j; k++ {
		if determiners[lower(toks[k].text)] {
			s = k
			break
		}
	}
	return at.unnamed(s, j+1)
}

// subjectAfter reads the subject that follows a verb ("said X").
func (at *attributor) subjectAfter(k, to int) attribution {
	toks := at.tz.toks
	for k < to && subjectSkips[lower(toks[k].text)] {
		k++
	}
	if k >= to {
		return attribution{}
	}
	w := lower(toks[k].text)
	if g, ok := pronouns[w]; ok {
		if g == "" {
			return attribution{}
		}
		return at.resolvePronoun(k, g)
	}
	// titles before a name: "said Mr. Smith", "said Prime Minister X"
	j := k
	for j < to && j-k < 4 && at.ment[j] < 0 && personTitles[lower(toks[j].text)] && isCapitalised(toks[j].text) {
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
		tw := lower(t.text)
		if !hasLetterOrDigit(t.text) || at.qtok[e] >= 0 || (e > k && (clauseBreaks[tw] || tw == "in" || tw == "on" || tw == "at" || tw == "during" || tw == "after")) {
			break
		}
		e++
	}
	// "said 9/11 widow Terry Strada": a name closing a bare role phrase
	if !determiners[w] {
		for m := k; m < e; m++ {
			if at.ment[m] >= 0 && at.a.Entities[at.ment[m]].Type == Person {
				return at.entityAttribution(m)
			}
		}
	}
	r := at.unnamed(k, e)
	// "said the mayor, Ilse Varga" — prefer the name in apposition
	if e+1 < to && toks[e].text == "," && at.ment[e+1] >= 0 && at.a.Entities[at.ment[e+1]].Type == Person {
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
		return isCapitalised(t.text) && hasLetter(t.text) && at.ment[k] < 0 && at.qtok[k] < 0 &&
			!stopword(t.text) && !calendarWords[lower(t.text)] && !isCueWord(lower(t.text))
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
	for s < e-1 && personTitles[lower(toks[s].text)] {
		s++
	}
	// a single word at the start of a sentence is more likely a common word
	if e-s == 1 && (s == 0 || toks[s-1].sent != toks[s].sent) {
		return attribution{}
	}
	span := Span{toks[s].Start, toks[e-1].End}
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
		if unnamedHeads[lower(toks[k].text)] {
			hasHead = true
		}
	}
	first := lower(toks[s].text)
	determined := determiners[first]
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
	for e > s+1 && (subjectSkips[lower(toks[e-1].text)] || strings.HasSuffix(lower(toks[e-1].text), "ly")) {
		e--
	}
	span := Span{toks[s].Start, toks[e-1].End}
	name := normalizeName(at.a.Text[span.Start:span.End])
	if r, size := utf8.DecodeRuneInString(name); unicode.IsUpper(r) && determiners[first] && !isCapitalised(toks[min(s+1, e-1)].text) {
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
	e := at.a.Entities[ei]
	if e.Type == Place {
		// "Moscow said" is a government speaking; keep the place's name
		return attribution{speaker: e.Name, id: e.ID, mention: at.mentionSpan(j), ok: true}
	}
	return attribution{speaker: e.Name, id: e.ID, mention: at.mentionSpan(j), ok: true}
}

func (at *attributor) mentionSpan(j int) Span {
	toks := at.tz.toks
	return Span{toks[at.mstart[j]].Start, toks[at.mend[j]-1].End}
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
		p := lower(toks[qs-1].text)
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

var titleSmallWords = wordSet(`a an the of and in on at to for from with by or nor but`)

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

// titleNouns are works and things whose names are quoted: "the novel “…”".
var titleNouns = wordSet(`novel novels book books film films movie movies album albums song songs documentary
documentaries poem poems painting paintings opera operas memoir memoirs debut sequel essay essays exhibition
sitcom`)

// namingWords introduce a name, not words spoken: "the so-called “…”",
// "a film titled “…”".
var namingWords = wordSet(`so-called titled entitled headlined subtitled nicknamed codenamed code-named`)

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
	prev, prev2 := "", ""
	if qs > 0 && toks[qs-1].sent == toks[qs].sent && at.qtok[qs-1] < 0 {
		prev = lower(toks[qs-1].text)
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
	if !looksLikeTitle(q.Text) {
		return false
	}
	if prepositions[prev] {
		return true // "sales of “The Long Tide”"
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
