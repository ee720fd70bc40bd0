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
