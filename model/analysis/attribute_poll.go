package analysis

import "github.com/byline-reader/byline/model"

// The answers a poll reports are the poll's account: in "In a Ledger poll
// released Monday, 75 percent of voters said “…”" and "The survey also
// finds that, while 37 percent say it is “…”", the share of people who
// answered is no one a reader can hold to the words; the poll that asked
// them is. A share with no poll in its sentence ("About four in 10 said
// they were “angry”") keeps its words: the article gives no other source.

// pollReporting hands a speaker that is a share of respondents ("75
// percent of voters", "Six in 10 Republicans", "22 percent") to the poll,
// survey or study named earlier in the same sentence, outside quotations;
// not ok when r is no share or no such poll stands before it.
func (at *attributor) pollReporting(r attribution) attribution {
	toks := at.tz.toks
	if r.mention.End <= r.mention.Start {
		return attribution{}
	}
	m := at.tokAt(r.mention.Start)
	if m <= 0 {
		return attribution{}
	}
	if !at.shareOfPeople(m, at.tokAt(r.mention.End-1)+1) {
		// the share may stand before the people named: "75 percent of
		// Republicans", "Six in 10 Republicans", "31% of Republicans and
		// Republican-leaning voters"
		s := at.shareBefore(m)
		if s < 0 {
			return attribution{}
		}
		m = s
	}
	lo := at.sentenceFrom(m) // only for a share: most speakers are none
	for h := m - 1; h >= lo; h-- {
		if at.qtok[h] >= 0 || !pollNouns[toks[h].low] {
			continue
		}
		// the phrase from its determiner: "a September Ledger-Post poll"
		for s := h - 1; s >= lo && h-s <= 8; s-- {
			t := &toks[s]
			if at.qtok[s] >= 0 || t.in(wcPreposition) || clauseBreaks[t.low] || t.text == "," || isSentenceEnd(t.text) {
				break
			}
			if t.in(wcDeterminer) {
				span := model.Span{Start: t.Start, End: toks[h].End}
				return attribution{speaker: normalizeName(lowerFirst(at.a.Text[span.Start:span.End])), mention: span, cue: r.cue, ok: true}
			}
		}
		return attribution{}
	}
	return attribution{}
}

// shareOfPeople reports whether toks[s:e] name a share of people by a
// number: a percentage ("75 percent of voters", "31%", "just 8 percent")
// or a count out of ten ("Six in 10 Republicans").
func (at *attributor) shareOfPeople(s, e int) bool {
	toks := at.tz.toks
	for k := s; k < e && k < len(toks) && k-s < 4; k++ {
		w := toks[k].low
		if w == "percent" || w == "%" || w == "per" && k+1 < e && toks[k+1].low == "cent" {
			return k > s && (isDigitAt(toks[k-1].text, 0) || numberWords[toks[k-1].low])
		}
		if len(w) > 1 && w[len(w)-1] == '%' && isDigitAt(w, 0) {
			return true
		}
		if w == "in" && k > s && k+1 < e && toks[k+1].text == "10" && (isDigitAt(toks[k-1].text, 0) || numberWords[toks[k-1].low]) {
			return true
		}
	}
	return false
}

// shareBefore finds where a share of people opens the phrase that ends
// in the mention at m ("75 percent of Republicans", "Six in 10
// Republicans", "31% of Republicans and independents"): only words of
// the phrase stand between, no punctuation or clause break.
// It returns -1 when there is none.
func (at *attributor) shareBefore(m int) int {
	toks := at.tz.toks
	sent := toks[m].sent
	for s := m - 1; s >= 0 && m-s <= 8 && toks[s].sent == sent; s-- {
		t := &toks[s]
		if at.qtok[s] >= 0 || !hasLetterOrDigit(t.text) && t.text != "%" || at.word(s).in(awClauseBreak) && t.low != "and" || at.word(s).in(awBeForm) {
			return -1
		}
		if !isDigitAt(t.text, 0) && !numberWords[t.low] {
			continue // a share opens with its number
		}
		if at.shareOfPeople(s, m) {
			for s > 0 && toks[s-1].sent == sent && (isDigitAt(toks[s-1].text, 0) || numberWords[toks[s-1].low] || approx[toks[s-1].low]) {
				s--
			}
			return s
		}
	}
	return -1
}

// lowerFirst lower-cases the first letter of a phrase that opens a
// sentence ("The poll" → "the poll"), as unnamed speakers are shown.
func lowerFirst(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' && (len(s) < 2 || s[1] < 'A' || s[1] > 'Z') {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}
