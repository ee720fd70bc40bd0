package analysis

import "github.com/byline-reader/byline/model"

// nameInNames retypes a name the recogniser took for a person's when the
// article shows it to be something else's and never a person's: the
// words of it open the names of bodies or places with a head noun ("the
// Vell Legislative Assembly", "the Vell Local Municipality": Vell is a
// place, as in a headline "Vell polls: …"), or it heads a line of results
// ("Kelby Rovers: Holm 3, Brandt 2": a team). The evidence must be strong,
// since the type then spreads to every mention: one such use, and no
// mention in a person's place (a title before it, a speech verb or ",
// who" after it), no known given name opening it, and no person of more
// words ending in it ("Ada Vell"), and no given name or person beside it
// with "and" or "or" between ("Tomas or Vell").
func nameInNames(l *linker) {
	var retype map[string]model.EntityType
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person || m.title {
			continue
		}
		typ := model.Other // none
		if m.te-m.ts == 1 && m.key == l.firstWord(*m) && l.opensBody(m.key) {
			typ = model.Place
		}
		if typ == model.Other && l.headsResults(m) && m.key == mentionText(l.tz, rawMention{ts: m.ts, te: m.te}) {
			// (a name that has joined a longer one, "Vance" of Kestrel
			// Vance, is that one's)
			typ = model.Organization
		}
		if typ == model.Other {
			continue
		}
		if retype == nil {
			retype = map[string]model.EntityType{}
		}
		if _, ok := retype[m.key]; !ok {
			retype[m.key] = typ
		}
	}
	if retype == nil {
		return // most articles
	}
	// the other side: a person's place or a person's name anywhere keeps it
	for i := range l.ms {
		m := &l.ms[i]
		if _, ok := retype[m.key]; ok && (l.personCueStrict(m) || givenNameGender(l.firstWord(*m)) != "" || l.pairedWithGiven(m)) {
			delete(retype, m.key)
		}
		if m.typ == model.Person && m.te-m.ts >= 2 {
			delete(retype, l.lastWord(*m))
		}
	}
	for i := range l.ms {
		if m := &l.ms[i]; m.typ == model.Person {
			if t, ok := retype[m.key]; ok {
				m.typ = t
			}
		}
	}
}

// opensBody reports whether the word w opens the name of a body or a
// place with a head noun among its words after the first ("vell" of "the
// Vell Local Municipality"). It is asked after the passes that join a
// short form to its body's name ("Vell" for "the Vell Foundation"), so a
// word still a person's opens a body it is no short form of.
func (l *linker) opensBody(w string) bool {
	for i := range l.ms {
		o := &l.ms[i]
		if (o.typ == model.Organization || o.typ == model.Place) && o.te-o.ts >= 2 && l.tz.toks[o.ts].low == w && hasHeadWord(l.tz, o.ts+1, o.te) {
			return true
		}
	}
	return false
}

// headsResults reports whether person m opens a line of results: a colon
// after it, then a capitalised name, a figure and a comma, the first of a
// list ("Kelby Rovers: Holm 3, Brandt 2"); a date after the colon is a
// timeline's ("Reed: January 20, 2009").
func (l *linker) headsResults(m *mention) bool {
	toks := l.tz.toks
	k := m.te
	return k+3 < len(toks) && toks[k].text == ":" && toks[k+1].capital && !toks[k+1].in(wcCalendar) && hasDigit(toks[k+2].text) &&
		toks[k+3].text == "," && toks[k+3].sent == toks[m.ts].sent
}

// personCueStrict is personCue with a title before the name only when it
// names a role: "Former Vell council staff jailed" puts no title before
// Vell.
func (l *linker) personCueStrict(m *mention) bool {
	if m.ts > 0 && l.tz.toks[m.ts-1].in(wcPersonTitle|wcTitleSeed) && roleHead(l.tz.toks[m.ts-1].low) == "" {
		return personCue(l.tz, m.te, m.te) // the words after it alone
	}
	return personCue(l.tz, m.ts, m.te)
}

// pairedWithGiven reports whether m stands beside a known given name or a
// one-word person, "and" or "or" between ("Tomas or Vell", "Vell and
// Ada"): a person's place.
func (l *linker) pairedWithGiven(m *mention) bool {
	toks := l.tz.toks
	person := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].capital && (givenAt(l.tz, k) || l.alone[toks[k].low])
	}
	and := func(k int) bool {
		return k >= 0 && k < len(toks) && (toks[k].low == "and" || toks[k].low == "or" || toks[k].text == "&")
	}
	return and(m.ts-1) && person(m.ts-2) || and(m.te) && person(m.te+1)
}
