package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// introducingMention is the mention a quotation's speaker label points
// at: of the mentions of the chosen speaker between the attributing one
// and the quotation, in the quotation's sentence, the last "he", "she" or
// relative "who" that stands as a subject: "Brandt … made it a priority,
// and he has battled …, at one point calling the mayor a “…”" points at
// "he", the subject of the clause the quotation is in, though "Brandt"
// names the speaker. A pronoun past a speech verb belongs to the reported
// words ("said he would “…”", "said that if …, he"), and one that opens a
// subordinate or relative clause ("because he", "with whom he") is the
// subject of that clause, not of the sentence: both are passed over, and
// so the label moves only within the speaker's own clauses, and only to a
// mention with a speech verb of its own before the quotation ("Said X,
// who grew up there, “…”" stays on X). A pronoun that opens a clause
// still introduces the quotation when it is the subject of the speech
// verb right after it ("Reed is winning applause as he keeps talking
// about “…”", "…, which he called “…”"). A colon right before the
// quotation introduces it as a speech verb does ("…, but he paid her a
// compliment: “…”"). The speaker shown stays the person; only where the
// label points moves.
func (at *attributor) introducingMention(qi int, r attribution) model.Span {
	toks := at.tz.toks
	ei := at.entityIndex(r.id)
	qs := at.quoteStart(qi)
	if ei < 0 || qs <= 0 {
		return r.mention
	}
	lo := at.sentenceFrom(qs)
	m := at.tokAt(r.mention.Start)
	across := false
	if m >= 0 && m < lo && toks[m].sent+1 == toks[lo].sent && at.opensSentence(lo, qs) {
		// a quotation that opens its sentence is introduced by the
		// sentence before, where the mention is, by a speech verb proper
		// ("said Reed, who also told the board that …. “…”", not "said
		// Reed, who knows the board. “…”")
		lo, across = at.sentenceFrom(m), true
	}
	if m >= 0 && m < lo && lo > 0 && toks[lo-1].para+1 == toks[lo].para && toks[m].para == toks[lo-1].para && at.opensSentence(lo, qs) {
		return at.lastSubjectMention(m, lo, ei, r.mention)
	}
	if m < lo || m < 0 {
		return r.mention
	}
	me, first := m, 0
	if m >= qs {
		// a mention after the quotation, not in the tag right after it: a
		// speech verb of the same person before the quotation, in its
		// sentence, introduces it ("She often speaks of “…”, and she jokes
		// that …"; "Although he says he “…”, he …"), where "“…,” he said"
		// keeps its tag
		if toks[m].sent != toks[qs].sent || at.tagRightAfter(m, r.mention) {
			return r.mention
		}
		me, first = lo, lo
	} else {
		for me < qs && toks[me].Start < r.mention.End {
			me++
		}
		first = me + 1
	}
	reported := make([]bool, qs-me) // past a speech verb, until a clause of the speaker's own
	in := false
	// a mention in a clause that opens the sentence ("When Reed took
	// office, he called …") leaves the sentence's subject to the words
	// after the clause's comma
	open := lo
	if w := toks[lo].low; (w == "ever" || at.word(lo).in(awCoordinator)) && lo+1 < m {
		open++ // "Ever since …", "And when …"
	}
	fronted := m < qs && toks[open].in(wcSubordinator)
	closed := -1 // the comma that closes the opening clause
	for k := me; k < qs; k++ {
		switch w := toks[k].low; {
		case at.qtok[k] >= 0:
		case fronted && w == ",":
			in, fronted, closed = false, false, k
		case at.isCue(k) || toks[k].in(wcLeadingCue) && reportCues[w]:
			in = true
		case (at.marked(k, fmCoordinator) || w == "though" || w == "although") && k > 0 && toks[k-1].low != "that" && !at.isCue(k-1):
			in = false
		}
		reported[k-me] = in
	}
	cued := false // a speech verb stands between the mention and the quotation
	for k := qs - 1; k >= first; k-- {
		w := toks[k].low
		if at.qtok[k] < 0 && (at.isCue(k) || !across && (toks[k].in(wcLeadingCue) && reportCues[w] || at.marked(k, fmPhraseCue)) || k == qs-1 && w == ":") {
			cued = true
		}
		if closed >= 0 && cued && at.ment[k] == ei && at.mend[k] == k+1 && at.mstart[k] == closed+1+at.titleRun(closed+1, k) {
			// the name right after the opening clause is the sentence's
			// subject ("Ever since she endorsed Reed, Ms. Shah has …")
			return model.Span{Start: toks[closed+1].Start, End: toks[k].End}
		}
		if m >= qs && cued && at.qtok[k] < 0 && !reported[k-me] && at.ment[k] == ei && at.mend[k] == k+1 && at.speaksNext(k, qs) {
			// a name that is the subject of the speech verb ("Reed herself
			// admitted “…”, if she …")
			if s := at.mstart[k]; s == lo || !at.word(s-1).in(awClauseBreak) || at.word(s-1).in(awCoordinator) {
				return model.Span{Start: toks[s].Start, End: toks[k].End}
			}
		}
		if at.qtok[k] >= 0 || reported[k-me] || !cued || w != "he" && w != "she" && w != "who" {
			continue
		}
		if p := toks[k-1].low; w != "who" && (clauseBreaks[p] && !coordinators[p] || p == "how" || p == "why") && !at.speaksNext(k, qs) {
			continue
		}
		if w == "who" {
			if a := at.relativeAntecedent(k, lo); a.ok && a.id == r.id {
				return a.mention
			}
			continue
		}
		if ref, ok := at.pron[k]; ok && ref == ei {
			return toks[k].Span
		}
	}
	return r.mention
}

// speaksNext reports whether the name or pronoun ending at k is the
// subject of a speech verb right after it, before qs: past adverbs and
// auxiliaries ("Reed also said", "he has repeatedly called", "Reed
// herself admitted", "he keeps talking about").
func (at *attributor) speaksNext(k, qs int) bool {
	toks := at.tz.toks
	for j := k + 1; j < qs && j-k <= 3; j++ {
		w := toks[j].low
		if at.qtok[j] >= 0 {
			return false
		}
		if at.isCue(j) || reportCues[w] || at.marked(j, fmPhraseCue) {
			return true
		}
		if !introAdverbs[w] && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// tagRightAfter reports whether the mention r at m stands in the tag right
// after a quotation: between the quotation and it only punctuation, speech
// verbs and adverbs, and a speech verb on one side of it ("“…,” he said",
// "“…” — said Reed", "“…” Reed wrote").
func (at *attributor) tagRightAfter(m int, r model.Span) bool {
	toks := at.tz.toks
	cue := false
	for j := m - 1; j >= 0 && m-j <= 4; j-- {
		if at.qtok[j] >= 0 {
			e := m
			for e < len(toks) && toks[e].Start < r.End {
				e++
			}
			return cue || e < len(toks) && at.speaksNext(e-1, len(toks))
		}
		w := toks[j].low
		if at.isCue(j) || reportCues[w] {
			cue = true
		} else if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) && !introAdverbs[w] && !personTitles[w] && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// opensSentence reports whether only punctuation stands between the
// sentence start lo and the quotation at qs.
func (at *attributor) opensSentence(lo, qs int) bool {
	for k := lo; k < qs; k++ {
		if r, _ := utf8.DecodeRuneInString(at.tz.toks[k].text); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// lastSubjectMention is where the label of a quotation that opens its
// paragraph points when its speaker was found in the paragraph before: the
// last "he" or "she" of that person after the mention m, before lo, that
// opens a clause ("“…,” Reed added. He then asked the crowd. ⏎ “…”"
// points at "He"), or m.
func (at *attributor) lastSubjectMention(m, lo, ei int, r model.Span) model.Span {
	toks := at.tz.toks
	for k := lo - 1; k > m; k-- {
		if w := toks[k].low; at.qtok[k] >= 0 || w != "he" && w != "she" {
			continue
		}
		if ref, ok := at.pron[k]; !ok || ref != ei {
			continue
		}
		if p := toks[k-1]; p.sent != toks[k].sent || p.text == "," || coordinators[p.low] {
			return toks[k].Span
		}
	}
	return r
}
