package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// firmShortName (a linking pass): a name the recogniser took for a
// person's is a firm's when the article writes the same words, word for
// word, with a company suffix or a group's word after them and the whole
// typed an organisation's ("the contractor, Vell Pumpworks Ltd, …" and
// later "Vell Pumpworks said"; "Orsk Metals Group" … "Orsk Metals said"):
// a firm is named in full once and by its short name after, and a person
// has no legal suffix. A name that a title opens anywhere ("Mr. Holm") is
// left a person's, as is one of one word (a founder's surname may name
// both: "Dell" and "Dell Inc.").
func firmShortName(l *linker) {
	toks := l.tz.toks
	var shorts map[string]bool
	for i := range l.ms {
		o := &l.ms[i]
		if o.typ != model.Organization || o.title || o.te-o.ts < 3 {
			continue
		}
		e := o.te
		for e > o.ts+2 && firmTail(&toks[e-1]) {
			e--
		}
		if e == o.te {
			continue
		}
		if shorts == nil {
			shorts = map[string]bool{}
		}
		shorts[lowWords(toks, o.ts, e)] = true
	}
	if shorts == nil {
		return // most articles: no firm named with its suffix
	}
	firms := map[string]bool{}
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person || m.title || m.te-m.ts < 2 {
			continue
		}
		if m.ts > 0 && toks[m.ts-1].in(wcPersonTitle) {
			firms[m.key] = false
			continue
		}
		if _, seen := firms[m.key]; !seen && shorts[lowWords(toks, m.ts, m.te)] {
			firms[m.key] = true
		}
	}
	for i := range l.ms {
		if m := &l.ms[i]; m.typ == model.Person && firms[m.key] {
			m.typ = model.Organization
		}
	}
}

// firmTail: a word that ends a firm's name after its own name, a legal
// suffix ("Ltd", "Inc.") or a group's word ("Group", "Holdings").
func firmTail(t *token) bool {
	return t.capital && (t.in(wcCompanySuffix) || firmGroupWords[strings.TrimSuffix(t.low, ".")])
}

// lowWords is the words of tokens [s, e) in lower case, a space between.
func lowWords(toks []token, s, e int) string {
	var b strings.Builder
	for k := s; k < e; k++ {
		if k > s {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].low)
	}
	return b.String()
}

// workApposition (a linking pass): a name the recogniser took for a
// person's, set off by commas right after a noun of a work in lower case
// ("her debut album, Salt Lines, went gold"; "the novel, Quiet Harbour,
// sold"), is the work's title: a person stands in apposition to a role,
// not to "album" or "novel". The name opens with no known given name, no
// title stands before any of its mentions, and no other person's name ends
// in its last word ("In her memoir, Holm, who …" after Ada Holm is the
// author). A name with a speech verb or "who" after its comma is a
// person's, as is one after a phrase of "of" (workOfRole).
func workApposition(l *linker) {
	toks := l.tz.toks
	var works map[string]bool
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person || m.title || m.ts < 2 || m.te >= len(toks) {
			continue
		}
		n, c := &toks[m.ts-2], &toks[m.ts-1]
		if c.text != "," || toks[m.te].text != "," || n.sent != toks[m.te].sent || n.capital || !titleNouns[n.low] && !workNouns[n.low] {
			continue
		}
		if givenAt(l.tz, m.ts) || lowWords(toks, m.ts, m.te) != m.key {
			continue // a given name, or a surname joined to a full name
		}
		if m.te+1 < len(toks) && (speechCues[toks[m.te+1].low] || toks[m.te+1].low == "who") {
			continue // "the book, Ana Ruiz, said": a work says nothing
		}
		if workOfRole(toks, m.ts-2) {
			continue // "the author of the book, Ana Ruiz,": the role's
		}
		if works == nil {
			works = map[string]bool{}
		}
		works[m.key] = true
	}
	if works == nil {
		return // most articles
	}
	for i := range l.ms {
		m := &l.ms[i]
		if !works[m.key] {
			for w := range works {
				if m.typ == model.Person && l.lastWord(*m) == lastKeyWord(w) {
					works[w] = false // another person's surname
				}
			}
			continue
		}
		if m.ts > 0 && toks[m.ts-1].in(wcPersonTitle) {
			works[m.key] = false
		}
	}
	for i := range l.ms {
		if m := &l.ms[i]; m.typ == model.Person && works[m.key] {
			m.typ = model.Other
		}
	}
}

// workOfRole reports whether the noun of a work at token k closes a
// phrase of "of" ("the author of the book", "a director of his film"):
// the name after it is in apposition to the phrase's head, a role.
func workOfRole(toks []token, k int) bool {
	for b := k - 1; b >= 0 && b >= k-3 && toks[b].sent == toks[k].sent && !toks[b].capital; b-- {
		if toks[b].low == "of" {
			return true
		}
	}
	return false
}

// lastKeyWord is the last word of a key.
func lastKeyWord(key string) string {
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		return key[i+1:]
	}
	return key
}

// facilityName (a linking pass): a person's name of one word that the
// article writes only after "the" and before a noun of a works, with a
// word in lower case or two between or not ("the Obrasu thermal plant",
// "the Kessa gold mine"; words.go facilityNouns), names the place the
// works stand in: people own works but are not written so, and "the Holm
// plant" for a founder's works comes with Ada Holm named in full, which
// keeps it a person's, as does a known given name.
func facilityName(l *linker) {
	toks := l.tz.toks
	var cand map[string]bool
	for i := range l.ms {
		m := &l.ms[i]
		if !l.loneWordPerson(m) {
			continue
		}
		ok := m.ts > 0 && toks[m.ts-1].low == "the" && facilityAfter(toks, m.te)
		if cand == nil {
			if !ok {
				continue
			}
			cand = map[string]bool{}
		}
		if v, seen := cand[m.key]; !seen || v {
			cand[m.key] = ok && givenNameGender(m.key) == ""
		}
	}
	if cand == nil {
		return // most articles
	}
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ == model.Person && m.te-m.ts > 1 && cand[l.lastWord(*m)] {
			cand[l.lastWord(*m)] = false // a longer person's name ends in it
		}
	}
	for i := range l.ms {
		if m := &l.ms[i]; l.loneWordPerson(m) && cand[m.key] {
			m.typ = model.Place
		}
	}
}

// facilityAfter reports whether a noun of a works opens at token k or
// after one or two words in lower case, in k's sentence.
func facilityAfter(toks []token, k int) bool {
	for e := k; e < len(toks) && e-k < 3 && toks[e].sent == toks[k].sent && isLowerWord(toks[e].text); e++ {
		if facilityNouns[toks[e].low] {
			return true
		}
	}
	return false
}
