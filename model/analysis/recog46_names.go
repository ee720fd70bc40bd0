package analysis

import "github.com/byline-reader/byline/model"

// particleJoinsName (a recogniser pass) makes one name of a person's
// mention and the person's mention right after it that opens with a name
// particle in lower case: "Khalfan" and "bin Saeed al-Maawali", "Anabela"
// and "dos Santos Ferreira", where the tagger, not knowing the given
// name, ended a name before the particle and began another at it. A
// particle in lower case does not open a sentence's subject of its own,
// so the two are one name; both in one sentence, nothing between them.
func particleJoinsName(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	drop := false
	for i := 1; i < len(raw); i++ {
		r, p := &raw[i], &raw[i-1]
		if r.typ != model.Person || r.title || r.handle || p.title || p.handle || p.te != r.ts || p.te <= p.ts {
			continue
		}
		t := &toks[r.ts]
		if t.capital || !t.in(wcNameParticle) || t.sent != toks[p.te-1].sent || !toks[p.te-1].capital {
			continue
		}
		if p.typ != model.Person && p.te-p.ts > 1 {
			continue // a body's name before: "the Ministry" is none of it
		}
		r.ts, p.te, drop = p.ts, p.ts, true
	}
	if drop {
		return withoutEmpty(raw)
	}
	return raw
}

// tailOfFullName (a linking pass): a person's name of two words or more
// that is the last words of one longer full name of the article, named
// before it, is that person: "Benítez Aranda" after "Julio César Benítez
// Aranda", "dos Santos Ferreira" after "Maria Helena dos Santos Ferreira"
// (a surname of one word is sharedSurname's). Spanish and
// Portuguese people go by two surnames, and fullerName, which asks the
// same first word, never joins them. A name the tagger typed a body or a
// place is joined only where the word before it is the particle that
// comes before the same words in the full name ("dos" Santos Ferreira).
// A name opening with a given name is a full name of its own
// (fullerName's). The person the name is joined to already counts, and
// two full names that end so leave it alone.
func tailOfFullName(l *linker) {
	ms, toks := l.ms, l.tz.toks
	for i := range ms {
		m := &ms[i]
		n := m.te - m.ts
		if n < 2 || m.title || !toks[m.ts].capital || givenLike(toks[m.ts].low) {
			continue // "Bernie Sanders" is a full name of its own, not of "Vermonter Bernie Sanders"
		}
		to := -1
		for j := range ms {
			o := &ms[j]
			if j == i || o.typ != model.Person || o.title || o.ts >= m.ts || to >= 0 && ms[to].key == o.key {
				continue
			}
			s := l.surnameAt(o) + 1
			if s-o.ts <= n {
				continue
			}
			same := true
			for k := 0; k < n && same; k++ {
				same = toks[s-n+k].low == toks[m.ts+k].low
			}
			if !same {
				continue
			}
			if m.typ != model.Person {
				p := &toks[s-n-1]
				if m.ts == 0 || !p.in(wcNameParticle) || p.capital || toks[m.ts-1].low != p.low || toks[m.ts-1].sent != toks[m.ts].sent {
					continue
				}
			}
			if to >= 0 {
				to = -2 // two people end so: leave it
				break
			}
			to = j
		}
		if to >= 0 && ms[to].key != m.key {
			m.key, m.name, m.typ = ms[to].key, ms[to].name, model.Person
		}
	}
}

// More heads of a body's name that "of" or "for" and its fields follow
// (bodyOfFields): "the Korean Confederation of Trade Unions", "the
// Citizens' Observatory for Public Spending", "the Federation of
// Kenya Employers", "the Institute for Fiscal Studies".
func init() {
	for _, w := range []string{"confederation", "federation", "association", "observatory", "institute", "centre", "center",
		"union", "foundation", "alliance", "coalition", "network", "fund", "tribunal", "court"} {
		recog45BodyHeads[w] = true
	}
}
