package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// theShortBody (a linking pass): a person's name of two or more words
// whose last word the article writes alone after "the" with nothing
// after it is a body's: "Cardiff Foundry … a point behind the Foundry."
// is a club, as "the Vell Rovers … the Rovers." A person's surname does
// not take "the" by itself (theWordPlace does the same for a one-word
// name, which it makes a place's). "the Reed administration", with a
// word after, stays a person's, and so does a name that opens with a
// known given name.
func theShortBody(l *linker) {
	toks := l.tz.toks
	var bodies map[string]bool // keys, made at the first
	for _, m := range l.ms {
		if m.typ != model.Person || m.te-m.ts != 1 || m.key == l.firstWord(m) || !afterThe(l.tz, m.ts) {
			continue
		}
		if k := m.te; k >= len(toks) || toks[k].sent != toks[m.ts].sent || !hasLetterOrDigit(toks[k].text) {
			if bodies == nil {
				bodies = map[string]bool{}
			}
			bodies[m.key] = true
		}
	}
	if bodies == nil {
		return
	}
	for i := range l.ms {
		// a known given name first keeps the person's: "the Clinton." is
		// most often a list cut short ("the Clinton and Trump camps")
		if m := &l.ms[i]; m.typ == model.Person && bodies[m.key] && m.te-m.ts >= 2 && givenAt(l.tz, m.ts) {
			bodies[m.key] = false
		}
	}
	for i := range l.ms {
		if m := &l.ms[i]; m.typ == model.Person && bodies[m.key] {
			m.typ = model.Organization
		}
	}
}

// agedNoun (a linking pass): one capitalised word after an age written as
// an adjective and a determiner is a noun of who the person is, a people's
// or a place's ("the 24-year-old Vincentian", "a 30-year-old Kenyan"), not
// a name: a name takes no "the 24-year-old" before it in news. The word
// is typed other, as demonyms are, where the recogniser made it a
// person's and no mention of it stands without such a phrase before.
func agedNoun(l *linker) {
	toks := l.tz.toks
	candidate := func(m *mention) bool {
		return m.typ == model.Person && m.te-m.ts == 1 && m.key == l.firstWord(*m) && m.ts >= 2
	}
	agedAt := func(m *mention) bool { // the age and the determiner before m
		a, d := &toks[m.ts-1], &toks[m.ts-2]
		return a.sent == toks[m.ts].sent && d.sent == a.sent && strings.HasSuffix(a.low, "-year-old") &&
			(d.low == "the" || d.low == "a" || d.low == "an")
	}
	// a key is a noun only where some mention of it has the phrase: most
	// articles have none, and need no map of every one-word person
	any := false
	for i := range l.ms {
		if m := &l.ms[i]; candidate(m) && agedAt(m) {
			any = true
			break
		}
	}
	if !any {
		return
	}
	var nouns map[string]bool // keys, made at the first
	for i := range l.ms {
		m := &l.ms[i]
		if !candidate(m) {
			continue
		}
		aged := agedAt(m)
		if _, seen := nouns[m.key]; !seen || !aged {
			if nouns == nil {
				nouns = map[string]bool{}
			}
			nouns[m.key] = aged && (!seen || nouns[m.key])
		}
	}
	for i := range l.ms {
		if m := &l.ms[i]; m.typ == model.Person && nouns[m.key] {
			m.typ = model.Other
		}
	}
}
