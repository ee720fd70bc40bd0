package analysis

import "github.com/byline-reader/byline/model"

// givenNamePeople types as a person a name the tagger typed a body, a
// place or something else that opens with a known given name and goes on
// in name words alone, one to three of them: "Alicia Powe wrote", "a
// resident named Caroline", "Ivanka" where the tagger, having never seen
// the name, read it as a place. The tagger's type stands where the name
// is a body's or a place's after all: a head word or a body's word among
// its words ("Eugene Field Elementary School", "Rachel Maddow Show"), a
// capitalised word right before or after it ("San Diego", "Kelly File
// Live"), "the" before it ("the Whitney"), or a sentence written in title
// case, where capitals say nothing.
func givenNamePeople(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		if r.typ == model.Person || r.title {
			continue
		}
		te := letterEnd(toks, r.ts, r.te)
		if te-r.ts > 3 || !toks[r.ts].capital || !givenNames[toks[r.ts].low] || hasHeadWord(tz, r.ts, te) || afterThe(tz, r.ts) {
			continue
		}
		ok := true
		for k := r.ts; k < te && ok; k++ {
			ok = toks[k].isNameWord() && !bodyWords(toks[k].low) && !isInitialOnly(toks, k, k+1) || k > r.ts && isInitial(toks[k].text)
		}
		if !ok || capitalNeighbour(tz, r.ts, te) {
			continue
		}
		s := tz.sents[toks[r.ts].sent]
		if s.para < 0 || titleCased(tz, s.start, s.end) {
			continue
		}
		r.typ = model.Person
	}
	return raw
}

// capitalNeighbour reports whether a capitalised word or an initial
// stands right before [ts, te) or right after it in its sentence: the
// name is then part of a longer one.
func capitalNeighbour(tz *tokenized, ts, te int) bool {
	toks := tz.toks
	if ts > 0 && toks[ts-1].sent == toks[ts].sent && toks[ts-1].capital && hasLetter(toks[ts-1].text) &&
		!(toks[ts-1].in(wcStarter) && ts-1 == tz.sents[toks[ts].sent].start) {
		return true
	}
	return te < len(toks) && toks[te].sent == toks[ts].sent && toks[te].capital && hasLetter(toks[te].text)
}
