package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Speaker attribution is a sieve: an ordered list of passes, each a list
// of named rules. A pass goes over the quotations in text order and gives
// each quotation still without a speaker the answer of the first of its
// rules that finds one; the quotation keeps that speaker and the rule's
// name. The most precise rules run first, and later passes may take the
// speaker a neighbour got earlier (a split quotation takes its other
// half's), so the order of passes is part of the meaning.
//
// Reported speech goes to its reporter: "X said, according to Y" is Y's
// account, and "X said that Y called it “…”" X's. Pronoun subjects (he,
// she) are looked up in the article's pronoun chains, built once before
// any rule runs (coref_chains.go); "they" and "it" go to the nearest
// organisation (coref.go). A quotation the text does not attribute gets no
// speaker: a wrong speaker is worse than none.

// rule is one way of finding a quotation's speaker.
type rule struct {
	name string // kebab-case, shown in --json as "rule"
	try  func(at *attributor, qi int) attribution
}

// pass is rules tried together on each quotation in turn.
type pass []rule

// sieve is every pass, in the order they run.
var sieve = []pass{
	{
		{"dash-signature", dashSignatureAfter},
		{"tag-after", tagAfter},
		{"dialogue-tag", dialogueTagAfter},
		{"passive-agent", passiveAgent},
		{"tag-before", tagBefore},
		{"possessed-speech", possessedSpeech},
		{"partial-complement", partialComplement},
		{"tag-later", tagLater},
	},
	{
		{"colon-intro", colonIntro},
		{"colon-description", colonDescription},
	},
	{{"sentence-before", sentenceBefore}, {"action-before", actionBefore}},
	{
		{"split-quote", splitFromPrevious},
		{"title-between", acrossTitle},
		{"split-quote-next", splitFromNext},
		{"partial-continues", partialContinues},
	},
	{{"chain", chain}},
	{
		{"paragraph-continues", paragraphContinues},
		{"paragraph-colon", paragraphColonTag},
		{"paragraph-colon-subject", paragraphColonSubject},
		{"paragraph-colon-description", paragraphColonDescription},
		{"signature-next-line", signatureNextLine},
		{"previous-paragraph-tag", previousParagraphTag},
		{"paragraph-topic", paragraphTopic},
		{"paragraph-across", paragraphAcross},
		{"title-line", titleLine},
	},
	{{"sentence-subject", sentenceSubject}},
	{{"quoted-list", quotedList}},
	{{"nearest-subject", nearestSubject}},
	{{"characterising-verb", characterisingVerb}},
}

// attribution is a speaker found for a quotation.
type attribution struct {
	speaker string
	id      string
	mention model.Span
	cue     string
	ok      bool
}

// attributor holds what the sieve needs about one article.
type attributor struct {
	a      *model.Article
	tz     *tokenized
	ment   []int  // token -> entity index, -1 for none
	mstart []int  // token -> first token of its mention
	mend   []int  // token -> one past the last token of its mention
	qtok   []int  // token -> quote index the token lies in, -1 for none
	named  []bool // quote index -> a title or name, no speech
	gender []string
	pron   map[int]int // pronoun token -> the person it refers to, -1 for none (coref_chains.go)
	// anonDesc: a pronoun token the chains gave to an unnamed person -> the
	// description that brought them in, its first token and its noun
	anonDesc map[int][2]int32
	desc     map[int]described // "the" of a description -> the person it names (coref_chains.go)
	res      []attribution     // quote index -> the speaker found so far
	rule     []string          // quote index -> the rule that found it
	cue      []int8            // token -> isCue's answer: 1 yes, -1 no, 0 not asked yet (attribute_tags.go)
	// arounds is quote index -> around, which the sieve's rules ask again
	// and again and which nothing changes once the quotations are indexed
	arounds []around
	// formMarks is form slot (tz.forms) -> the small word lists of
	// formMark the form is in, for the loops that ask them of every token
	formMarks []uint8
	// describing is set while the person description step reads the
	// passage before a description, whose subjects it must not resolve
	// as descriptions in turn (coref_describe.go)
	describing bool
	// words is form slot (tz.forms) -> the answers of the attribution's
	// word lists for the form, filled at its first question (speedA_forms.go)
	words  []attrWord
	wforms []int32 // tz.forms, where words is made
	plain  bool    // words keeps nothing (plainWords)
	// known is entity -> whether its name opens with a given name the
	// lists know, once read (knownGivenOf, coref40_gender.go)
	known []uint8
	// nameShapes is entity -> the shape of its name personEvidence reads,
	// once read (coref.go)
	nameShapes []uint8
	// gtoks is the tokens genders reads, once read (genderTokens,
	// speedA_forms.go)
	gtoks     []int32
	gtoksRead bool
	// tokBlk is tokBlocks of the tokens, by which tokAt finds the token at
	// a byte offset (speedA5_tokat.go)
	tokBlk []int32
	// ctoks is the tokens the chains' walk may act on, each k<<1, with 1
	// added where only a walk asking for reported content's openings
	// takes it (readTokenLists, speedA4_chains.go); ctoksOK says it is
	// read, else chainCandidate reads every token
	ctoks   []int32
	ctoksOK bool
	// nameVotes is entity -> the votes of its mentions' titles, described
	// nouns and given name, which gendersWith reads again for regender,
	// once read (speedA2_genders.go)
	nameVotes [][2]int
	// mentionToks is the first token of every mention (tokenAt), in the
	// order of the entities and their mentions (newAttributor)
	mentionToks []int32
	// mentionFrom is entity -> the index of its first mention in
	// mentionToks
	mentionFrom []int32
	// firstOf is entity -> the index among its mentions of the one the
	// article writes first (firstMention), 0 where it has none
	firstOf []int32
	// titleMemos is quotation -> the shapes of its text as a title, once
	// read (quoteTitleShaped, speedA_titles.go)
	titleMemos [][3]titleMemo
	// before is token -> beforeTitles of a name there plus 2, 0 unread
	// (coref_chains.go)
	before []int32
}

// formMark is a small word list the attributor asks of most tokens it
// reads, one bit a list in formMarks.
type formMark uint8

const (
	fmCoordinator formMark = 1 << iota // coordinators
	fmPhraseCue                        // phraseCues
)

// marked reports whether token k's form is in the list of m.
func (at *attributor) marked(k int, m formMark) bool {
	return formMark(at.formMarks[at.tz.forms[k]])&m != 0
}

// attribute finds who said each of the article's quotations.
func attribute(a *model.Article, tz *tokenized) {
	at := newAttributor(a, tz)
	if at == nil {
		return
	}
	for _, p := range sieve {
		at.run(p)
	}
	at.apply()
}

// run applies one pass to every quotation still without a speaker.
func (at *attributor) run(p pass) {
	for qi := range at.a.Quotes {
		if at.res[qi].ok {
			continue
		}
		for _, r := range p {
			if res := r.try(at, qi); res.ok && !at.notASpeaker(res) {
				at.res[qi], at.rule[qi] = res, r.name
				break
			}
		}
	}
}

// apply writes what the sieve found into the quotations. A title or name
// keeps no speaker, though a neighbour may have taken one from it.
func (at *attributor) apply() {
	for qi := range at.a.Quotes {
		q := &at.a.Quotes[qi]
		r := at.res[qi]
		if at.named[qi] {
			q.Speech = false
			continue
		}
		if r.ok && r.id != "" {
			r.speaker = shownName(r.speaker)
			r.mention = at.introducingMention(qi, r)
		}
		if r.ok {
			q.Speaker, q.SpeakerID, q.Attributed, q.Cue, q.Rule = r.speaker, r.id, r.mention, r.cue, at.rule[qi]
		}
		q.Speech = r.ok || at.looksLikeSpeech(qi)
	}
}

// newAttributor indexes the article's mentions and quotations by token
// and drops quotations that are nicknames; nil when no quotation is left.
func newAttributor(a *model.Article, tz *tokenized) *attributor {
	if len(a.Quotes) == 0 {
		return nil
	}
	at := &attributor{a: a, tz: tz}
	n := len(tz.toks)
	buf := tz.ints(4 * n)
	// ment and qtok side by side, so that one fill gives both their -1
	at.ment, at.qtok, at.mstart, at.mend = buf[:n:n], buf[n:2*n:2*n], buf[2*n:3*n:3*n], buf[3*n:]
	fillInts(buf[:2*n], -1)
	at.tokBlk = tokBlocks(tz.toks)
	// every mention's first token, in the order of the entities and their
	// mentions, for readNameVotes (speedA2_genders.go)
	count := 0
	at.mentionFrom = make([]int32, len(a.Entities))
	for ei, e := range a.Entities {
		at.mentionFrom[ei] = int32(count)
		count += len(e.Mentions)
	}
	at.mentionToks = make([]int32, 0, count)
	at.firstOf = make([]int32, len(a.Entities))
	for ei, e := range a.Entities {
		first := -1 // the mention the article writes first (firstMention)
		for mi, m := range e.Mentions {
			if first < 0 || m.Start < e.Mentions[first].Start {
				first = mi
			}
			at.firstOf[ei] = int32(first)
			s := at.tokAt(m.Start)
			at.mentionToks = append(at.mentionToks, int32(s))
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
	// a nickname inside a name, Dora “Dot” Penrose, is part of the name and
	// no quotation
	kept := a.Quotes[:0]
	// each kept quotation's first token, into the array of arounds
	// that the next loop completes
	ws := make([]around, len(a.Quotes))
	for _, q := range a.Quotes {
		s := at.tokAt(q.Start)
		nick := s > 0 && at.ment[s] >= 0 && at.ment[s-1] == at.ment[s] && at.mstart[s-1] == at.mstart[s]
		for k := s; nick && k >= 0 && k < n && tz.toks[k].Start < q.End; k++ {
			nick = at.ment[k] >= 0 && at.mstart[k] == at.mstart[s]
		}
		if !nick {
			ws[len(kept)].qs = s
			kept = append(kept, q)
		}
	}
	a.Quotes = kept
	if len(a.Quotes) == 0 {
		return nil
	}
	for qi, q := range a.Quotes {
		s := ws[qi].qs
		k := s
		for ; k >= 0 && k < n && tz.toks[k].Start < q.End; k++ {
			at.qtok[k] = qi
		}
		if s >= 0 {
			ws[qi].qe = k
		}
	}
	at.arounds = ws[:len(a.Quotes)]
	for qi := range at.arounds {
		at.arounds[qi] = at.findAround(qi)
	}
	at.formMarks = tz.formMarks()
	at.before = zeroed(&tz.beforeBuf, n)
	if len(tz.forms) == n {
		at.words, at.wforms = zeroed(&tz.attrWordBuf, len(tz.vocab)), tz.forms
	} else {
		at.plainWords()
	}
	tz.markForms(at.formMarks, coordinators, uint8(fmCoordinator))
	tz.markForms(at.formMarks, phraseCues, uint8(fmPhraseCue))
	at.gender = at.genders()
	at.familyGenders(at.gender) // coref_family.go
	at.buildChains()            // coreference, once per article, before the sieve
	at.res = make([]attribution, len(a.Quotes))
	at.rule = make([]string, len(a.Quotes))
	at.named = make([]bool, len(a.Quotes))
	for qi := range a.Quotes {
		at.named[qi] = at.isTitleOrName(qi) && !at.spokenTitle(qi)
	}
	return at
}

// fillInts sets every element of s to v by copies of doubling length, where
// a loop would store one element a turn: newAttributor fills two ints for
// every token of the article.
func fillInts(s []int, v int) {
	if len(s) == 0 {
		return
	}
	s[0] = v
	for i := 1; i < len(s); i *= 2 {
		copy(s[i:], s[:i])
	}
}

// spokenTitle reports whether words that look like a title or a slogan
// are said: they open their sentence, end in a comma, "!" or "?" inside
// the marks, and a speech tag follows right after: "“GROWING PARTY,” he
// declared", "“As President,” she said, “…”".
func (at *attributor) spokenTitle(qi int) bool {
	q := at.a.Quotes[qi]
	text := strings.TrimSpace(q.Text)
	if last := spokenEnd(text); !at.startsSentence(q) || last != ',' && last != '!' && last != '?' {
		return false
	}
	w := at.around(qi)
	return w.ok && (at.trailing(w.qe, w.nextQuote, 4, true).ok || at.shortTag(w.qe, w.nextQuote) >= 0)
}

// shortTag finds the person of a tag of a name and a verb in -ed right
// after a quotation, either way round: “…!” beamed Ann Reed, “Rubbish,”
// fumed Tom Tilley, “Rubbish,” Tom Tilley fumed. The name and the verb
// alone make the tag, however short the words quoted; -1 for none.
func (at *attributor) shortTag(qe, to int) int {
	toks := at.tz.toks
	if qe+1 >= to {
		return -1
	}
	pastWord := func(k int) bool {
		return k < to && isLowerWord(toks[k].text) && strings.HasSuffix(toks[k].low, "ed") && toks[k].sent == toks[qe].sent
	}
	person := func(n int) bool {
		return n < to && at.ment[n] >= 0 && at.mstart[n] == n && at.a.Entities[at.ment[n]].Type == model.Person && toks[n].sent == toks[qe].sent
	}
	if pastWord(qe) {
		if n := qe + 1 + at.titleRun(qe+1, to); person(n) {
			return n
		}
		return -1
	}
	// the name first: its verb must end the tag, at a full stop or a comma
	if n := qe + at.titleRun(qe, to); person(n) {
		if v := at.mend[n]; pastWord(v) && (v+1 >= len(toks) || toks[v+1].sent != toks[v].sent || toks[v+1].text == "," || toks[v+1].text == ".") {
			return n
		}
	}
	return -1
}

// around is where a quotation stands among the tokens: its first token and
// one past its last, how far its paragraph runs after it (bounded) and
// where the next quotation in that stretch starts. ok is false for a
// quotation no token lies in.
type around struct {
	qs, qe, paraEnd, nextQuote int
	ok                         bool
}

func (at *attributor) around(qi int) around { return at.arounds[qi] }

// findAround is around worked out, once per quotation by newAttributor
// (the rules ask it of each quotation several times), from the quotation's
// first token and one past its last, which newAttributor found as it
// marked the quotation's tokens; qs is -1 for a quotation no token lies in.
func (at *attributor) findAround(qi int) around {
	toks := at.tz.toks
	qs, qe := at.arounds[qi].qs, at.arounds[qi].qe
	if qs < 0 {
		return around{}
	}
	para := toks[qe-1].para // the paragraph the quotation ends in
	paraEnd := qe
	for paraEnd < len(toks) && toks[paraEnd].para == para && paraEnd-qe < maxLeading {
		paraEnd++
	}
	nextQuote := qe
	for nextQuote < paraEnd && at.qtok[nextQuote] < 0 {
		nextQuote++
	}
	return around{qs, qe, paraEnd, nextQuote, true}
}

// sentenceFrom is where the sentence of token k starts, looking back no
// further than maxLeading tokens (so a megabyte-long sentence stays linear).
func (at *attributor) sentenceFrom(k int) int {
	toks := at.tz.toks
	lo := k
	for lo > 0 && toks[lo-1].sent == toks[k].sent && k-lo < maxLeading {
		lo--
	}
	return lo
}

// The rules of the first pass read the words around the quotation itself;
// a title or name gets none of them.

// dashSignatureAfter: “…” ― Name, the signature line of reader comments
// and epigraphs.
func dashSignatureAfter(at *attributor, qi int) attribution {
	w := at.around(qi)
	if !w.ok || at.named[qi] {
		return attribution{}
	}
	return at.dashSignature(w.qe, w.paraEnd)
}

// tagAfter: “…,” X said / “…,” said X, the cue within a few words after.
func tagAfter(at *attributor, qi int) attribution {
	w := at.around(qi)
	if !w.ok || at.named[qi] {
		return attribution{}
	}
	if at.inOpeningClause(w) {
		return attribution{} // "When X called it “…,” Y said": X's (attribute_opening_clause.go)
	}
	if r := at.trailing(w.qe, w.nextQuote, 10, true); r.ok {
		return at.reportedBy(at.namedOverUnnamed(w, r), sentEnd(at.tz.toks, w.qe, w.paraEnd))
	}
	return attribution{}
}

// dialogueTagAfter: “…,” Penrose fumed, a subject and any verb right after
// a quotation that ends in a comma, question or exclamation mark.
func dialogueTagAfter(at *attributor, qi int) attribution {
	w := at.around(qi)
	if !w.ok || at.named[qi] {
		return attribution{}
	}
	// “A,” she said, “B!” Reed …: the quotation is the second half of one
	// its tag before it attributes (split-quote), and the sentence after it
	// is no tag of its own
	if prev := qi - 1; prev >= 0 && at.res[prev].ok && at.sameParagraph(at.a.Quotes[prev], at.a.Quotes[qi]) {
		if m := at.res[prev].mention; m.Start >= at.a.Quotes[prev].End && m.End <= at.a.Quotes[qi].Start &&
			at.onlyAttributionBetween(at.a.Quotes[prev].End, at.a.Quotes[qi].Start, m, 5) {
			return attribution{}
		}
	}
	// "X responded: “…?” Her critics cited it …", "telling her, “…!” She
	// replied": a quotation its own speech verb introduces, with a colon or
	// comma right before it, is that verb's; the sentence after it is no
	// tag of it (tag-before answers, or no one does: "X was asked, “…?”
	// He …")
	if p := w.qs - 1; p > 0 && (at.tz.toks[p].text == ":" || at.tz.toks[p].text == ",") && at.cueRightBefore(w.qs) {
		return attribution{}
	}
	if at.inOpeningClause(w) {
		return attribution{}
	}
	return at.dialogueTag(at.a.Quotes[qi], w.qe, w.nextQuote)
}

// cueRightBefore reports whether a speech verb stands within the few words
// before the colon or comma that opens the quotation at qs ("responded:",
// "telling her,", "responds to Mills with,").
func (at *attributor) cueRightBefore(qs int) bool {
	toks := at.tz.toks
	text := strings.TrimSpace(at.a.Quotes[at.qtok[qs]].Text)
	if last := spokenEnd(text); last != ',' && last != '?' && last != '!' {
		return false // no dialogue tag follows it (dialogueTag)
	}
	for k := qs - 2; k >= 0 && qs-k <= 5 && toks[k].sent == toks[qs-1].sent; k-- {
		if at.qtok[k] >= 0 || isSentenceEnd(toks[k].text) {
			return false
		}
		if at.isCue(k) && toks[k].in(wcSpeechCue) {
			return true
		}
	}
	return false
}

// tagBefore: X said: “…” / X said, “…” / X said the plan was “…”.
func tagBefore(at *attributor, qi int) attribution {
	w := at.around(qi)
	if !w.ok || at.named[qi] {
		return attribution{}
	}
	if r := at.leading(w.qs, at.mainClauseFrom(w.qs)); r.ok {
		// "X dismissed criticism of Y's comments as “…”": the speaker found
		// stands in the object of a verb whose complement holds the
		// quotation, and the verb's subject speaks
		if v, ok := at.complementVerb(w.qs); ok && r.mention.End > r.mention.Start && r.mention.Start > at.tz.toks[v].Start {
			if pc := partialComplement(at, qi); pc.ok {
				r = pc
			}
		}
		return at.reportedBy(r, sentEnd(at.tz.toks, w.qe, w.paraEnd))
	}
	return attribution{}
}

// tagLater: a cue later in the same sentence, past another quotation,
// "according to X" and "per X" included.
func tagLater(at *attributor, qi int) attribution {
	w := at.around(qi)
	if !w.ok || at.named[qi] {
		return attribution{}
	}
	return at.trailing(w.qe, w.paraEnd, 30, false)
}

// beforeColon finds the clause that introduces quotation qi with a colon
// in the same paragraph: its tokens are lo up to the colon (at most
// maxLeading of them, within the colon's sentence). ok is false when no
// colon comes right before the quotation.
func (at *attributor) beforeColon(qi int) (lo, colon int, ok bool) {
	toks := at.tz.toks
	qs := at.quoteStart(qi)
	if qs <= 0 || toks[qs-1].text != ":" || toks[qs-1].para != toks[qs].para {
		return 0, 0, false
	}
	colon = qs - 1
	lo = colon
	for lo > 0 && toks[lo-1].sent == toks[colon].sent && qs-lo < maxLeading {
		lo--
	}
	return lo, colon, true
}

// colonIntro: a quotation introduced by a colon takes the subject of the
// sentence before the colon: "Vellpost reveals a few facts: “…”".
func colonIntro(at *attributor, qi int) attribution {
	lo, colon, ok := at.beforeColon(qi)
	if !ok {
		return attribution{}
	}
	toks := at.tz.toks
	if r, ok := at.ownerBeforeColon(lo, colon); ok {
		return r // "His verdict: “…”" (attribute_utterance.go)
	}
	r := at.sentenceSubjectAttribution(lo, colon)
	// "Then, later that month on CNN: “…”", "celebrated the attacks on
	// Twitter: “…”": the outlet or place after "on" is where it was said,
	// not who said it
	if m := at.tokAt(r.mention.Start); r.ok && r.id != "" && m > lo && at.ment[m] >= 0 && at.mstart[m] == m && toks[m-1].low == "on" {
		return attribution{}
	}
	return r
}

// sentenceBefore: a quotation that opens a sentence after an attribution
// with no quotation of its own: "…, Penrose said. “…”".
func sentenceBefore(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	if at.named[qi] || !at.looksLikeSpeech(qi) || !at.startsSentence(q) {
		return attribution{}
	}
	toks := at.tz.toks
	qs := at.tokAt(q.Start)
	if qs <= 0 || at.qtok[qs-1] >= 0 || toks[qs-1].para != toks[qs].para {
		return attribution{}
	}
	last := qs - 1
	lo := at.sentenceFrom(last)
	for k := lo; k <= last; k++ {
		if at.qtok[k] >= 0 {
			return attribution{}
		}
	}
	// a relative clause of the sentence before is an aside, no tag:
	// "…, unlike X, who had opposed the plan. “…”"
	if r := at.leading(last+1, lo); r.ok && !at.relativeMention(r) {
		return r
	}
	return attribution{}
}

// splitFromPrevious: the second half of a split quotation takes the first
// half's speaker when nothing but that attribution stands between them:
// “A,” she said. “B.” and “A,” she said, “b.”
func splitFromPrevious(at *attributor, qi int) attribution {
	if qi == 0 || !at.looksLikeSpeech(qi) {
		return attribution{}
	}
	prev, q, r := at.a.Quotes[qi-1], at.a.Quotes[qi], at.res[qi-1]
	if r.ok && at.sameParagraph(prev, q) &&
		(at.startsSentence(q) || at.opensSentenceAfterOpener(q) || at.opensSentenceAfterPhrase(q) || at.onlyAttributionBetween(prev.End, q.Start, r.mention, 5) || at.splitByTag(qi, r.mention)) {
		return r
	}
	return attribution{}
}

// partialContinues: a quotation that goes on in lower case from a few
// words of the writer's, right after an attributed quotation in the same
// paragraph, goes on with its speaker: "“…,” said Reed. Osei “kind of
// misspoke.”", "“This was an example of the board” and its staff “quietly
// deciding …”". No speech verb, verb of thinking or second quotation
// stands between them, past the tag of the quotation before, and at most
// one sentence ends there.
func partialContinues(at *attributor, qi int) attribution {
	if qi == 0 || at.named[qi] || !at.looksLikeSpeech(qi) {
		return attribution{}
	}
	prev, q, r := at.a.Quotes[qi-1], at.a.Quotes[qi], at.res[qi-1]
	if !r.ok || !at.sameParagraph(prev, q) || at.named[qi-1] {
		return attribution{}
	}
	if c, _ := utf8.DecodeRuneInString(strings.TrimSpace(q.Text)); !unicode.IsLower(c) {
		return attribution{}
	}
	toks := at.tz.toks
	pe, qs := at.tokAt(prev.End-1), at.tokAt(q.Start)
	if pe < 0 || qs <= pe+1 {
		return attribution{}
	}
	from := pe + 1
	// "“…,” said Reed, who …. Osei “…”": past the tag of the quotation
	// before, to the end of its sentence
	if m := r.mention; m.End > m.Start && m.Start >= prev.End && m.End <= q.Start {
		k := at.tokAt(m.End - 1)
		for k >= 0 && k < qs && !isSentenceEnd(toks[k].text) {
			k++
		}
		if k < 0 || k >= qs {
			return attribution{}
		}
		from = k + 1
	}
	words, ends := 0, 0
	for k := from; k < qs; k++ {
		if at.qtok[k] >= 0 || at.isCue(k) || at.word(k).in(awReportCue) || toks[k].text == ":" {
			return attribution{}
		}
		if isSentenceEnd(toks[k].text) {
			ends++
		}
		if hasLetterOrDigit(toks[k].text) {
			words++
		}
	}
	if words == 0 || words > 6 || ends > 1 {
		return attribution{}
	}
	// "While Reed calls it “a triumph,” Holt fixes on the “cost”": the
	// quotation before ends a clause that opens the sentence, and the main
	// clause after it is another's (mainClauseFrom)
	if w := at.around(qi - 1); ends == 0 && w.ok && at.inOpeningClause(w) {
		return attribution{}
	}
	return r
}

// acrossTitle: a quotation takes the speaker of the one before a title,
// or a quoted term no one says, or two of them, between them: “…,” X said
// on “Meet the Press.” “…”; “…,” said X before a “No-Levy” barbecue. “…”;
// “…,” said X, who cut the stock to “neutral” from “buy.” “…”
func acrossTitle(at *attributor, qi int) attribution {
	if qi < 2 || !at.looksLikeSpeech(qi) {
		return attribution{}
	}
	// past one title or term, or two: “A,” said X, who cut the stock to
	// “neutral” from “buy.” “B.”
	j := qi - 1
	for ; j > 0 && qi-j <= 2 && at.termBetween(j); j-- {
	}
	if j == qi-1 || qi-j > 3 {
		return attribution{}
	}
	if r := at.res[j]; r.ok && at.sameParagraph(at.a.Quotes[j], at.a.Quotes[qi]) && at.startsSentence(at.a.Quotes[qi]) {
		return r
	}
	return attribution{}
}

// termBetween reports whether quotation j is a title or a term no one
// was given that a split quotation may stand across: a title, a phrase
// that does not read as speech, or a single word closing the sentence of
// the tag, as a rating does (“neutral” from “buy.”).
func (at *attributor) termBetween(j int) bool {
	return at.named[j] || !at.res[j].ok && (!at.looksLikeSpeech(j) || countFields(at.a.Quotes[j].Text, 2) <= 1)
}

// splitFromNext: the first half of a split quotation takes the second
// half's speaker when only punctuation stands between them: “A.” “B,” she
// said.
func splitFromNext(at *attributor, qi int) attribution {
	if qi+1 >= len(at.a.Quotes) || !at.looksLikeSpeech(qi) {
		return attribution{}
	}
	q, next, r := at.a.Quotes[qi], at.a.Quotes[qi+1], at.res[qi+1]
	if r.ok && at.sameParagraph(q, next) && at.onlyAttributionBetween(q.End, next.Start, model.Span{}, 0) {
		return r
	}
	return attribution{}
}

// chain: along a run of quotations with only punctuation between them the
// speaker carries on: “A,” she said. “B.” “C.”
func chain(at *attributor, qi int) attribution {
	if qi == 0 {
		return attribution{}
	}
	prev, q, r := at.a.Quotes[qi-1], at.a.Quotes[qi], at.res[qi-1]
	if r.ok && at.sameParagraph(prev, q) && at.looksLikeSpeech(qi) && at.onlyAttributionBetween(prev.End, q.Start, model.Span{}, 0) {
		return r
	}
	return attribution{}
}

// paragraphContinues: a paragraph that opens with a quotation and
// attributes nothing continues the speaker of the previous paragraph's
// last quotation.
func paragraphContinues(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	if !at.opensParagraph(q) {
		return attribution{}
	}
	for qj := qi - 1; qj >= 0; qj-- {
		pj := at.a.Quotes[qj]
		if pj.Paragraph < q.Paragraph-1 {
			break
		}
		if pj.Paragraph == q.Paragraph-1 || lastParagraph(pj, at.a) == q.Paragraph-1 {
			if at.res[qj].ok && at.looksLikeSpeech(qi) {
				return at.res[qj]
			}
			break
		}
	}
	return attribution{}
}

// colonBefore is the first and last token of the sentence that closes the
// paragraph before a paragraph-opening quotation with a colon; ok false
// when there is none.
func (at *attributor) colonBefore(qi int) (lo, last int, ok bool) {
	q := at.a.Quotes[qi]
	if !at.opensParagraph(q) || q.Paragraph == 0 {
		return 0, 0, false
	}
	prev := at.a.Paragraphs[q.Paragraph-1]
	if !strings.HasSuffix(strings.TrimSpace(at.a.Text[prev.Start:prev.End]), ":") {
		return 0, 0, false
	}
	last = at.tokAt(prev.End - 1)
	if last < 0 {
		return 0, 0, false
	}
	return at.sentenceFrom(last), last, true
}

// paragraphColonTag: "X said:" closing the previous paragraph.
func paragraphColonTag(at *attributor, qi int) attribution {
	lo, last, ok := at.colonBefore(qi)
	if !ok {
		return attribution{}
	}
	return at.leading(last+1, lo)
}

// paragraphColonSubject: "Penrose made the following remark:" closing the
// previous paragraph gives its subject, with no cue.
func paragraphColonSubject(at *attributor, qi int) attribution {
	lo, last, ok := at.colonBefore(qi)
	if !ok || !at.looksLikeSpeech(qi) {
		return attribution{}
	}
	r := at.subjectAtStart(lo, last)
	r.cue = ""
	return r
}

// signatureNextLine: “…” on a paragraph of its own, signed on the next:
// "- Ilse Varga.", or "Ilse Varga, Vell Harbour Institute."
func signatureNextLine(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	toks := at.tz.toks
	if !at.opensParagraph(q) || !at.wholeParagraph(q) || q.Paragraph+1 >= len(at.a.Paragraphs) {
		return attribution{}
	}
	from := at.tokAt(at.a.Paragraphs[q.Paragraph+1].Start)
	if from < 0 || at.qtok[from] >= 0 {
		return attribution{}
	}
	to := from
	for to < len(toks) && toks[to].para == toks[from].para {
		to++
	}
	if r := at.dashSignature(from, to); r.ok {
		return r
	}
	// "― Ilse Varga, writing after the storm.", or "Ilse Varga, Vell
	// Harbour Institute." with no dash, where the closing mark of a
	// quotation that ran over two lines may end it
	e := to
	for e > from && !hasLetterOrDigit(toks[e-1].text) {
		e--
	}
	if signatureDash(toks[from].text) {
		return at.signedName(from+1, e, false)
	}
	return at.signedName(from, e, true)
}

// previousParagraphTag: "X argued in a letter that the moorings were
// unsafe." closing the previous paragraph, then a paragraph that is all
// quotation.
func previousParagraphTag(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	if !at.opensParagraph(q) || q.Paragraph == 0 || !at.looksLikeSpeech(qi) || !at.wholeParagraph(q) {
		return attribution{}
	}
	return at.previousParagraphTag(q)
}

// sentenceSubject: a partial quotation of a clause, or a characterisation,
// inside a sentence that attributes it to nobody belongs to the sentence's
// subject: "X dismissed Y as “…”".
func sentenceSubject(at *attributor, qi int) attribution {
	q := at.a.Quotes[qi]
	toks := at.tz.toks
	if at.named[qi] {
		return attribution{}
	}
	qs := at.tokAt(q.Start)
	if qs <= 0 || toks[qs-1].sent != toks[qs].sent {
		return attribution{}
	}
	if !at.clauseLike(qi) && !at.characterised(qs) && !at.verbComplement(qs) {
		return attribution{}
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(q.Text)); unicode.IsUpper(r) && toks[qs-1].text != "," && toks[qs-1].text != ":" && !quotedSentence(q.Text) {
		return attribution{} // a capitalised phrase inside a sentence is a name or a slogan: banners with “No more delays”
	}
	if p := qs - 1; p > 0 && (toks[p].text == "," || toks[p].text == ":") && at.passiveHearing(p-1, at.sentenceFrom(qs)) {
		return attribution{} // "X was asked, “…”": X heard the words (passiveHearing)
	}
	if r := at.subjectAtStart(at.sentenceFrom(qs), qs); r.ok && at.wordsBetween(r.mention.End, q.Start) <= 15 {
		if at.relativeCueBetween(at.tokAt(r.mention.End-1)+1, qs) {
			return attribution{} // "The mayor rebuked a critic who says …": the critic's words (attribute_relative_phrase.go)
		}
		r.cue = ""
		return r
	}
	return attribution{}
}

// quotedList: a list of quoted words shares its attribution: as a “…” and
// a “…”.
func quotedList(at *attributor, qi int) attribution {
	if qi == 0 || at.named[qi] || at.named[qi-1] || !at.res[qi-1].ok || !at.joinedQuotes(qi-1) {
		return attribution{}
	}
	return at.res[qi-1]
}
