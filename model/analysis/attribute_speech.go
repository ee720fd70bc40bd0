package analysis

import "strings"

// Whether quoted words are speech at all: titles, names and scare quotes
// are not; clauses and characterisations are.

// looksLikeSpeech tells spoken words from quoted titles and scare quotes:
// a sentence or a clause of several words is speech; a short run of
// capitalised words or a term after "so-called" is not.
func (at *attributor) looksLikeSpeech(qi int) bool {
	q := at.a.Quotes[qi]
	text := strings.TrimSpace(q.Text)
	toks := at.tz.toks
	qs := at.quoteStart(qi)
	if qs > 0 {
		p := toks[qs-1].low
		if p == "so-called" || p == "dubbed" || p == "titled" || p == "entitled" || p == "named" || p == "term" || p == "word" || p == "phrase" {
			return false
		}
	}
	if at.quoteLooksLikeTitle(qi, text) {
		return false // a title: “Rivers of Salt”
	}
	if countFields(text, 5) >= 5 {
		return true
	}
	return strings.ContainsAny(text, ".!?")
}

// looksLikeTitle: a short run of capitalised words and the small words of
// titles, with no sentence punctuation: “Rivers of Salt”.
func looksLikeTitle(text string) bool { return titleShaped(text, 6) }

// titleShaped is looksLikeTitle for titles of up to max words. The words
// are read first, up to the first that is neither capitalised nor a small
// word of titles: most quotations fail at their second word ("He said"),
// where counting their words and looking for marks read them all.
func titleShaped(text string, max int) bool {
	text = strings.TrimSpace(text)
	caps, ok := titleCaseWords(text)
	if !ok {
		return false
	}
	if n := countFields(text, max); caps == 0 || n == 0 || n > max || strings.ContainsAny(text, ".!?,") {
		return false
	}
	return true
}

// titleCaseWords counts the capitalised words of text; ok is false at the
// first word that is neither capitalised nor a small word of titles.
func titleCaseWords(text string) (caps int, ok bool) {
	for w := range strings.FieldsSeq(text) {
		if isCapitalised(w) {
			caps++
		} else if !titleSmallWord(w) {
			return caps, false
		}
	}
	return caps, true
}

// isTitleOrName reports whether a quotation names something rather than
// quotes someone: after "so-called" or "titled", after a noun for a work
// ("the novel “…”"), after a noun and "called" or "named" ("a group called
// “…”"), or a title-case phrase used as a noun ("sales of “The Long Tide”",
// "“Estuary Hours” follows …").
func (at *attributor) isTitleOrName(qi int) bool {
	q := at.a.Quotes[qi]
	toks := at.tz.toks
	qs := at.quoteStart(qi)
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
	if prev != "" && at.word(qs-1).in(awTitleWord) && (namingWords[prev] || (titleNouns[prev] || workNouns[prev]) && isLowerWord(toks[qs-1].text)) {
		return true
	}
	if at.titleInApposition(qs) {
		return true // "in her memoir, “Tough Choices.”"
	}
	if at.titleDescribedAfter(qi, qs) || at.titleReportedSubject(qi, qs, prev) {
		return true // "“Daughters of the River”, a documentary by …", "said “The Last Ferry” showed" (coref46_title.go)
	}
	if at.termBefore(qs) || at.coordinatedName(qi, qs) || at.byAuthor(qi, qs) || glossFor(prev, prev2) || at.glossedTerm(qi) {
		return true // "the pseudonym “…”", "starred in “A” and “B”", "Latin for “…”" (attribute_term.go)
	}
	// "the TV show “…”", "her talk show “…”": "show" as a noun, after a
	// determiner or a kind of broadcast, and words that look like a title
	// (never "polls show “…”", "called the show “the best on air”")
	if (prev == "show" || prev == "shows" || prev == "program" || prev == "programme") && isLowerWord(toks[qs-1].text) &&
		(determiners[lower(prev2)] || broadcastKinds[lower(prev2)]) && looksLikeTitle(strings.TrimRight(strings.TrimSpace(q.Text), ",.")) {
		return true
	}
	// "a co-author of “…”": the work a person wrote
	if prev == "of" && (prev2 == "author" || prev2 == "co-author" || prev2 == "editor") {
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
	if trimmed := strings.TrimRight(text, ",."); countFields(trimmed, 2) >= 2 || titleSlot(prev) && trimmed != "" && isCapitalised(trimmed) {
		text = trimmed // "on “Harbour Hour,”", and one word after a preposition or possessive: "on Radio Eastcliff's “Drivetime,”"
	}
	if !at.quoteLooksLikeTitle(qi, text) {
		return false
	}
	if prepositions[prev] || isPossessive(prev) {
		return true // "sales of “The Long Tide”", "the station's “Morning Harbour”"
	}
	if (prev == "told" || prev == "tells") && countFields(text, 2) >= 2 {
		return true // "X told “Harbour Morning,”": the programme spoken to
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

// clauseLike tells words someone may have said from a quoted name, title or
// term: at least three words, and not all of them capitalised.
func (at *attributor) clauseLike(qi int) bool {
	text := strings.TrimRight(strings.TrimSpace(at.a.Quotes[qi].Text), ".,;:!?")
	return countFields(text, 3) >= 3 && !at.quoteLooksLikeTitle(qi, text)
}

// characterised reports a short quotation that characterises someone or
// something in the subject's words: "dismissed Y as “…”", "accused Y of
// being “…”".
func (at *attributor) characterised(qs int) bool {
	toks := at.tz.toks
	k := qs - 1
	if k > 0 && (toks[k].in(wcDeterminer) && toks[k].low != "that") {
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
		if n := toks[qe].low; strings.HasSuffix(n, "ed") || toks[qe].cueWord() {
			return false
		}
	}
	return w == "as" || w == "being" && k > 0 && (toks[k-1].low == "of" || toks[k-1].low == "as")
}

// verbComplement reports a short quotation that is the object or
// complement of a verb, so the words are the subject's own: "aims to
// “fundamentally transform”", "said his claims were “sarcasm”", "is waging
// “profane” attacks". A quotation after an article or a noun is a term the
// writer names ("the “autopsy”", "a detailed “policy address”") and is not
// one.
func (at *attributor) verbComplement(qs int) bool {
	toks := at.tz.toks
	k := qs - 1
	if k < 1 || at.qtok[k] >= 0 || toks[k].sent != toks[qs].sent {
		return false
	}
	w := toks[k].low
	if w == "'s" || w == "’s" {
		return pronounOf(&toks[k-1]) != "" // "he's “confident”", never "the bill's “poison pill”"
	}
	if !isLowerWord(toks[k].text) {
		return false
	}
	switch {
	case w == "to" || beForms[w] || w == "has" || w == "have" || w == "had":
		return true
	case len(w) > 4 && strings.HasSuffix(w, "ing") && !notVerbsInIng[w]:
		return true
	}
	return false
}

// titleInApposition reports whether the quotation at qs names the work
// written of just before it, set off by a comma: "his 2012 book, “An
// American Son.”", "her memoir, “Tough Choices,”", "Trump's new book,
// “Crippled America: How to Make America Great Again,”". The words must
// be shaped as a title, so that "his grant program, “states were …”" is
// still speech.
func (at *attributor) titleInApposition(qs int) bool {
	toks := at.tz.toks
	if qs < 2 || toks[qs-1].text != "," || at.qtok[qs-2] >= 0 || toks[qs-2].sent != toks[qs].sent {
		return false
	}
	if w := toks[qs-2].low; !titleNouns[w] && !workNouns[w] || !isLowerWord(toks[qs-2].text) {
		return false
	}
	text := strings.TrimSpace(at.a.Quotes[at.qtok[qs]].Text)
	if trimmed := strings.TrimRight(text, ",."); countFields(trimmed, 2) >= 2 || trimmed != "" && isCapitalised(trimmed) {
		text = trimmed
	}
	return at.quoteTitleShaped(at.qtok[qs], text, 12)
}
