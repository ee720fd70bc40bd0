package analysis

import "github.com/byline-reader/byline/model"

// bodyWordNotPerson (a linking pass): a one-word "person" that is the
// first word of a two-word name of a body or a place ending in its head
// word ("Fox" beside "Fox News", "Carrier" beside "Carrier Corp.",
// "Loudoun" beside "Loudoun County") is the body's short name, written as
// often as the full one, when nothing marks it a person: it joined no
// person's full name, is no given name, has no title before it ("Ms.
// Gao") and says or tells nowhere ("Gao said": a network "found" or
// "reported" as often), and the full name is written at least a third as
// often as the short one ("Trump" fourteen times beside one "Trump Tower"
// is the man). It joins the full name, or where two bodies
// share the word, is a body of its own.
func bodyWordNotPerson(l *linker) {
	toks, ms := l.tz.toks, l.ms
	type body struct {
		n  int // mentions
		at int // the first mention, -1 where two bodies share the word
	}
	headed := func(m *mention) bool { // a two-word name of a body or a place ending in its head word
		if m.te-m.ts != 2 || m.title || m.typ != model.Organization && m.typ != model.Place {
			return false
		}
		last := &toks[m.te-1]
		return last.in(wcOrgHead|wcGeoHead) || last.is(wkCompanyHead|wkPublisherHead|wkNewspaperHead) || bodyShortHeads[last.low]
	}
	// most articles write no one-word person with the first word of such
	// a name: the slots of those words (tz.forms) tell, before any map
	forms := l.tz.forms
	firstOf := l.tz.formInts(len(l.tz.vocab))
	anyHeaded, anyShort := false, false
	for i := range ms {
		if m := &ms[i]; headed(m) {
			firstOf[forms[m.ts]], anyHeaded = 1, true
		}
	}
	for i := 0; anyHeaded && i < len(ms); i++ {
		if m := &ms[i]; m.typ == model.Person && m.te-m.ts == 1 && !m.title && firstOf[forms[m.ts]] != 0 && m.key == toks[m.ts].low {
			anyShort = true
			break
		}
	}
	if !anyShort {
		return
	}
	var heads map[string]body // by the first word of a headed two-word name of a body or a place
	for i := range ms {
		m := &ms[i]
		if headed(m) {
			if heads == nil {
				heads = map[string]body{}
			}
			w := toks[m.ts].low
			b, ok := heads[w]
			if ok && b.at >= 0 && ms[b.at].key != m.key {
				b.at = -1 // two bodies: "Fox" is which?
			} else if !ok {
				b.at = i
			}
			b.n++
			heads[w] = b
		}
	}
	if heads == nil {
		return // most articles
	}
	// the one-word people with such a word: their mentions, or -1 once
	// something marks them a person
	short := map[string]int{}
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Person || m.te-m.ts != 1 || m.title || m.key != toks[m.ts].low || heads[m.key].n == 0 {
			continue
		}
		if short[m.key] < 0 {
			continue
		}
		if givenNameGender(m.key) != "" || m.ts > 0 && toks[m.ts-1].in(wcPersonTitle) ||
			m.te < len(toks) && toks[m.te].sent == toks[m.ts].sent && personSpeechVerbs[toks[m.te].low] {
			short[m.key] = -1
			continue
		}
		short[m.key]++
	}
	if len(short) == 0 {
		return
	}
	for i := range ms {
		// a word of some person's full name is that person's
		if m := &ms[i]; m.typ == model.Person && m.te-m.ts > 1 {
			for k := m.ts; k < m.te; k++ {
				if _, ok := short[toks[k].low]; ok {
					short[toks[k].low] = -1
				}
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if n := short[m.key]; m.typ == model.Person && m.te-m.ts == 1 && n > 0 && 3*heads[m.key].n >= n {
			b := heads[m.key]
			if b.at < 0 {
				m.typ = model.Organization // which body is not known, but a body it is
				continue
			}
			m.key, m.name, m.typ = ms[b.at].key, ms[b.at].name, ms[b.at].typ
		}
	}
}
