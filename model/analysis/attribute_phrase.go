package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// The speaker phrase: which words of a tag name the person who speaks.

// withSubject reads the subject of a participle in an absolute phrase
// opened by "with", ending at the participle k: "…, with Okafor noting
// that …", "with Okafor reportedly yelling: “…”", "with many marchers
// chanting “…”". The phrase names who speaks, not the sentence's subject.
func (at *attributor) withSubject(lo, k int) attribution {
	toks := at.tz.toks
	e := k
	for e > lo && (toks[e-1].in(wcSubjectSkip) || isMannerAdverb(toks[e-1].text)) {
		e--
	}
	s := e
	for s > lo && e-s < 8 {
		w := toks[s-1].low
		if w == "with" {
			break
		}
		if !hasLetterOrDigit(w) && !isPossessive(w) || clauseBreaks[w] && w != "and" || isCueWord(w) || beForms[w] && !isPossessive(w) ||
			at.qtok[s-1] >= 0 {
			return attribution{}
		}
		s--
	}
	if s == e || s <= lo || toks[s-1].low != "with" {
		return attribution{}
	}
	if g := pronounObjects[toks[s].low]; g != "" && e == s+1 {
		return at.resolvePronoun(s, g)
	}
	h := e // the words that may hold the phrase's head
	if j := e - 1; at.ment[j] >= 0 && at.mend[j] == e {
		t := at.a.Entities[at.ment[j]].Type
		if t == model.Person || t == model.Organization {
			return at.entityAttribution(j)
		}
		// "with the campaign of the former senator from Vell saying": a
		// place after a preposition only qualifies the head before it
		if h = at.mstart[j]; t != model.Place || h-1 <= s || !toks[h-1].in(wcPreposition) {
			return attribution{}
		}
	}
	for j := s; j < h; j++ {
		if at.word(j).in(awUnnamedHead) {
			return at.unnamed(s, e) // "with many marchers chanting"
		}
	}
	return attribution{} // "with the right calling card": no one speaks
}

// personAfterRole reads a role and the person it belongs to from token k:
// "strategist Tomas Osei", "political consultant Mia Lund". At
// most three lower-case words, the last a role noun, then a person's or
// organisation's name (a person the tagger typed as an organisation stays
// reachable).
func (at *attributor) personAfterRole(k, to int) attribution {
	toks := at.tz.toks
	if k <= 0 || k >= to {
		return attribution{}
	}
	j := k
	for j < to && j-k < 4 && at.ment[j] < 0 && isLowerWord(toks[j].text) && !toks[j].cueWord() && !at.word(j).in(awClauseBreak) &&
		!toks[j].in(wcPreposition) && !toks[j].in(wcDeterminer) && !at.word(j).in(awBeForm) && !strings.HasSuffix(toks[j].low, "ed") {
		j++
	}
	// "ranking Democrat <person>", "co-Anchor <person>": a party's or
	// country's word, or a role written with a capital, before a person
	if j+1 < to && (toks[j].in(wcDescriptor) || toks[j].in(wcRoleNoun)) && toks[j].sent == toks[k].sent &&
		at.ment[j+1] >= 0 && at.mstart[j+1] == j+1 && at.a.Entities[at.ment[j+1]].Type == model.Person {
		return at.entityAttribution(j + 1)
	}
	if j == k || j >= to || !toks[j-1].in(wcRoleNoun) || toks[j].sent != toks[k].sent {
		return attribution{}
	}
	if at.ment[j] >= 0 && at.mstart[j] == j {
		if t := at.a.Entities[at.ment[j]].Type; t == model.Person || t == model.Organization {
			return at.entityAttribution(j)
		}
		return attribution{}
	}
	if r := at.nameRun(j, to, 1); r.ok && at.tokAt(r.mention.End-1) > j {
		return r // a name of two words or more the recogniser did not know
	}
	return attribution{}
}

// titleOnlyMention finds the person named right after a mention that is
// only a title ("Rep.", "Representative", "State Senator"): the title
// takes the name after it. It returns that name's token, or -1.
func (at *attributor) titleOnlyMention(j int) int {
	toks := at.tz.toks
	s, e := at.mstart[j], at.mend[j]
	for k := s; k < e; k++ {
		if !toks[k].in(wcPersonTitle) && !toks[k].is(wkRankInName) && toks[k].low != "senate" && toks[k].low != "house" {
			return -1
		}
	}
	if e < len(toks) && toks[e].sent == toks[j].sent && at.ment[e] >= 0 && at.ment[e] != at.ment[j] &&
		at.a.Entities[at.ment[e]].Type != model.Place {
		return e
	}
	return -1
}

// roleNameAfter reads a role and a person's name after the mention at j,
// through its possessive: "Shah's top foreign policy aide Tomas
// Osei" names Osei, whom the recogniser may not know.
func (at *attributor) roleNameAfter(j int) attribution {
	toks := at.tz.toks
	k := at.mend[j]
	if k < len(toks) && isPossessive(toks[k].text) {
		k++
	}
	if k >= len(toks) || toks[k].sent != toks[j].sent || at.qtok[k] >= 0 {
		return attribution{}
	}
	to := k
	for to < len(toks) && to-k < 8 && toks[to].sent == toks[j].sent && at.qtok[to] < 0 {
		to++
	}
	if r := at.personAfterRole(k, to); r.ok {
		return r
	}
	return at.possessedPerson(k, to)
}

// possessedPerson reads, after a possessive, the person it introduces:
// a relative, friend or role of the possessor and then that person's name,
// with or without a comma between ("Varga's wife, Ellen", "Varga's
// lawyer, Ben Osei", "Varga's friend Ben Osei"). The name speaks, not the
// possessor: news names a relative or a spokesman through the person the
// story is about. k is the first word after the possessive.
func (at *attributor) possessedPerson(k, to int) attribution {
	toks := at.tz.toks
	if k < to && at.ment[k] >= 0 && at.mstart[k] == k && at.a.Entities[at.ment[k]].Type == model.Person && toks[k].sent == toks[k-1].sent {
		return at.entityAttribution(k) // "the Gazette's Tomas Brandvold": the owner's person
	}
	j := k
	for j < to && j-k < 6 && at.ment[j] < 0 && isLowerWord(toks[j].text) && !toks[j].in(wcPreposition|wcDeterminer) &&
		!toks[j].cueWord() && (!at.word(j).in(awClauseBreak) || toks[j].low == "and" && j > k) && !at.word(j).in(awBeForm) {
		j++
	}
	if j == k || !personNouns[toks[j-1].low] && !toks[j-1].in(wcRoleNoun) && !associateNouns[toks[j-1].low] {
		return attribution{}
	}
	if j < to && toks[j].text == "," {
		j++
	}
	if j >= to || toks[j].sent != toks[k].sent || at.ment[j] < 0 || at.mstart[j] != j {
		return attribution{}
	}
	// a person the tagger typed as an organisation stays reachable
	if t := at.a.Entities[at.ment[j]].Type; t != model.Person && t != model.Organization {
		return attribution{}
	}
	return at.entityAttribution(j)
}

// openingTag reads a sentence that opens with a participle of speech and
// goes straight on to a quotation, "Adding, “…”": the speaker goes on from
// the quotation before it in the paragraph.
func (at *attributor) openingTag(k int) attribution {
	toks := at.tz.toks
	if !gerundCues[toks[k].low] || k+1 >= len(toks) || toks[k+1].text != "," && toks[k+1].text != ":" {
		return attribution{}
	}
	qi := -1
	for j := k + 2; j < len(toks) && j < k+4 && toks[j].sent == toks[k].sent; j++ {
		if at.qtok[j] >= 0 {
			qi = at.qtok[j]
			break
		}
	}
	if qi <= 0 {
		return attribution{}
	}
	if prev := at.a.Quotes[qi-1]; at.res[qi-1].ok && at.sameParagraph(prev, at.a.Quotes[qi]) {
		return at.res[qi-1]
	}
	return attribution{}
}

// coordinatedRoles reads, from token k after a speech verb, a title
// phrase before a person's name and returns that person: roles joined by
// "and" ("said author and historian Ellen Marsh", "said former Ohio Gov.
// and party chairman Tom Varga") or a title of an office ("said Secretary
// of State Madeleine Marsh", "said U.S. Secretary of Defense Peter
// Marsh"). Each role may carry the place or body it is of; the word right
// before the name is a role or a title, or the office's name. Without an
// "and" between roles or an "of" after a title it finds nothing, and the
// usual reading of the phrase stands.
func (at *attributor) coordinatedRoles(k, to int) attribution {
	toks := at.tz.toks
	joined, office := false, false
	titled := func(t *token) bool { return t.in(wcRoleNoun) || personNouns[t.low] || t.in(wcPersonTitle) }
	for j := k; j < to && j-k < 14 && toks[j].sent == toks[k].sent && at.qtok[j] < 0; j++ {
		w := toks[j].low
		if ei := at.ment[j]; ei >= 0 {
			if at.a.Entities[ei].Type == model.Person && at.mstart[j] == j {
				if !joined && !office || j == k || !titled(&toks[j-1]) && !(office && toks[j-1].capital) {
					return attribution{}
				}
				return at.entityAttribution(j)
			}
			if at.a.Entities[ei].Type == model.Person {
				return attribution{}
			}
			j = at.mend[j] - 1 // a place or body the role is of
			continue
		}
		switch {
		case w == "and":
			if j == k || !titled(&toks[j-1]) {
				return attribution{}
			}
			joined = true
		case w == "of" && j > k && toks[j-1].capital && titled(&toks[j-1]):
			office = true // "Secretary of State"
		case w == "the" && j > k && toks[j-1].low == "of":
		case toks[j].capital && hasLetter(w), subjectSkips[w]:
		case isLowerWord(toks[j].text) && !isCueWord(w) && !clauseBreaks[w] && !toks[j].in(wcPreposition|wcDeterminer) && !beForms[w]:
		default:
			return attribution{}
		}
	}
	return attribution{}
}

// colonDescription: a quotation introduced by a colon whose clause names
// no one but a description or a document, which then speaks: "The
// headline reads: “…”", "A footnote in the report makes that clear: “…”"
// (the report's footnote), "The ad ends with a voice-over saying: “…”",
// "From the report: “…”"; or a source set off by a dash right before the
// colon: "Turnout fell again - Vell Polling: “…”". It runs after
// colonIntro, so a name or pronoun that opens the clause comes first.
func colonDescription(at *attributor, qi int) attribution {
	lo, colon, ok := at.beforeColon(qi)
	if !ok {
		return attribution{}
	}
	return at.describedBeforeColon(lo, colon)
}

// paragraphColonDescription is colonDescription for a paragraph that
// opens with the quotation after a paragraph ending in the colon.
func paragraphColonDescription(at *attributor, qi int) attribution {
	lo, last, ok := at.colonBefore(qi)
	if !ok || !at.looksLikeSpeech(qi) {
		return attribution{}
	}
	return at.describedBeforeColon(lo, last)
}

// describedBeforeColon reads the speaker of the clause toks[lo:c] that
// ends in the colon at c (colonDescription).
func (at *attributor) describedBeforeColon(lo, c int) attribution {
	toks := at.tz.toks
	if c-lo < 2 {
		return attribution{}
	}
	for k := lo; k < c; k++ {
		if at.qtok[k] >= 0 {
			return attribution{}
		}
	}
	// "… - Vell Polling:": the name set off by a dash at the clause's end,
	// a source the recogniser may not know ("- Pollwatch:")
	if j := c - 1; at.ment[j] >= 0 && at.mend[j] == c {
		if s := at.mstart[j]; s-1 > lo && (isDash(toks[s-1].text) || toks[s-1].text == "-") {
			if t := at.a.Entities[at.ment[j]].Type; t == model.Person || t == model.Organization {
				return at.entityAttribution(j)
			}
		}
		return attribution{}
	}
	if s := c - 1; toks[s].capital {
		for s > lo && c-s < 4 && toks[s-1].capital && at.ment[s-1] < 0 {
			s--
		}
		if s-1 > lo+2 && (isDash(toks[s-1].text) || toks[s-1].text == "-") && !at.word(s).in(awSentenceOpener) && isLowerWord(toks[s-2].text) {
			for k := s; k < c; k++ {
				if at.ment[k] >= 0 || !hasLetter(toks[k].text) {
					return attribution{}
				}
			}
			span := model.Span{Start: toks[s].Start, End: toks[c-1].End}
			return attribution{speaker: normalizeName(at.a.Text[span.Start:span.End]), mention: span, ok: true}
		}
	}
	// "… with a voice-over saying:": the phrase right before a participle
	// of speech that ends the clause
	if j := c - 1; strings.HasSuffix(toks[j].low, "ing") && at.isCue(j) {
		h := j - 1
		if h <= lo || !colonTextHeads[toks[h].low] || !isLowerWord(toks[h].text) || at.ment[h] >= 0 {
			return attribution{}
		}
		s := h
		for s > lo && h-s < 5 && at.ment[s-1] < 0 && isLowerWord(toks[s-1].text) && !toks[s].in(wcDeterminer) &&
			!toks[s-1].in(wcPreposition) && !at.word(s-1).in(awClauseBreak) && !toks[s-1].cueWord() && !at.word(s-1).in(awBeForm) {
			s--
		}
		if !toks[s].in(wcDeterminer) {
			return attribution{}
		}
		return at.describedPhrase(s, j, j)
	}
	// the phrase that opens the clause, after an opener or "From", or
	// after the comma of an opening phrase: "Hours after the flood, the
	// city's own website greeted the mayor:"
	p := datelineEnd(toks, lo, c)
	for p < c && p-lo < 3 && (at.word(p).in(awSentenceOpener) || toks[p].text == "," || toks[p].low == "from") {
		p++
	}
	for start := p; p < c; p++ {
		if p == start || toks[p-1].text == "," {
			if r := at.describedSubject(p, c); r.ok {
				return r
			}
		}
	}
	return attribution{}
}

// describedSubject reads a description that opens toks[p:c] as its
// subject: a determiner or an owner, then a head of text or speech
// within a few words (describedBeforeColon).
func (at *attributor) describedSubject(p, c int) attribution {
	toks := at.tz.toks
	if p >= c || !toks[p].in(wcDeterminer) && !isPossessive(toks[min(p+1, c-1)].text) {
		return attribution{}
	}
	for h := p; h < c && h-p < 8; h++ {
		w := toks[h].low
		if at.ment[h] >= 0 && h > p+1 || clauseBreaks[w] || beForms[w] && !isPossessive(w) || isCueWord(w) && h > p ||
			prepositions[w] && h > p {
			return attribution{}
		}
		if h > p && colonTextHeads[w] && isLowerWord(toks[h].text) {
			return at.describedPhrase(p, h+1, c)
		}
	}
	return attribution{}
}

// describedPhrase is the description toks[s:e] as a speaker; a document
// that owns it right after, before c, is named with it: "A footnote in
// the report" is the report's footnote.
func (at *attributor) describedPhrase(s, e, c int) attribution {
	toks := at.tz.toks
	r := at.unnamed(s, e)
	if !r.ok || r.id != "" {
		return r
	}
	if o := e; o+2 < c && (toks[o].low == "in" || toks[o].low == "of") && toks[o+1].low == "the" && colonTextHeads[toks[o+2].low] &&
		at.ment[o+2] < 0 && isLowerWord(toks[o+2].text) {
		r.speaker = "the " + toks[o+2].low + "'s " + toks[e-1].low
		r.mention.End = toks[o+2].End
	}
	r.cue = ""
	return r
}
