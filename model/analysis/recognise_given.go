package analysis

import (
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// givenNamePeople types as a person a name the tagger typed a body, a
// place or something else that opens with a known given name and goes on
// in name words alone, one to three of them: "Alicia Powe wrote", "a
// resident named Caroline", "Ivanka" where the tagger, having never seen
// the name, read it as a place. A given name standing alone before a
// family name the tagger cut off or took for a name of its own takes it
// in (familyNameAfter): "said Kristen Day", "Liz Kreutz points out".
// The tagger's type stands where the name is a body's or a place's after
// all: a head word or a body's word among its words ("Eugene Field
// Elementary School", "Rachel Maddow Show"), a capitalised word right
// before or after it ("San Diego", "Kelly File Live"), "the" before it
// ("the Whitney"), or a sentence written in title case, where capitals
// say nothing, unless figures or marks set the name off as a list's
// entry (listedName: "4 - Ana Ruiz , 5 - …").
func givenNamePeople(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	dropped := false // a mention a given name before it took in, marked ts -1
	for i := range raw {
		r := &raw[i]
		if r.title || r.ts < 0 {
			continue
		}
		if r.te == r.ts+1 && r.te < len(toks) && toks[r.te].capital && toks[r.ts].capital && tz.isGiven(r.ts) {
			if e := familyNameAfter(tz, raw, i); e > 0 {
				if i+1 < len(raw) && raw[i+1].ts < e {
					raw[i+1].ts, dropped = -1, true
				}
				r.te, r.typ = e, model.Person
				continue
			}
		}
		if r.typ == model.Person {
			continue
		}
		te := letterEnd(toks, r.ts, r.te)
		ts := r.ts
		for ts < te && !hasLetter(toks[ts].text) {
			ts++ // a quotation mark the tagger took in: "'' Ann Reed"
		}
		if ts == te || te-ts > 3 || !toks[ts].capital || !tz.isGiven(ts) || hasHeadWord(tz, ts, te) || afterThe(tz, ts) {
			continue
		}
		ok := true
		for k := ts; k < te && ok; k++ {
			ok = toks[k].isNameWord() && !toks[k].isBodyWord() && !isInitialOnly(toks, k, k+1) || k > ts && isInitial(toks[k].text)
		}
		if !ok || capitalNeighbour(tz, ts, te) {
			continue
		}
		s := tz.sents[toks[ts].sent]
		if s.para < 0 || titleCased(tz, s.start, s.end) && !listedName(tz, ts, te) {
			continue
		}
		r.typ = model.Person
	}
	if dropped {
		out := raw[:0]
		for _, r := range raw {
			if r.ts >= 0 {
				out = append(out, r)
			}
		}
		raw = out
	}
	return raw
}

// familyNameAfter returns the end of the family name right after the
// given name that raw[i] is alone, or 0: one name word, which the tagger
// left out or took for a name of its own, with no capital after it, in a
// sentence not written in title case, or set off as a list's entry
// (listedName). The family name may be a common
// word, which the recogniser otherwise keeps out of a name when the
// article writes it in lower case: "said Kristen Day", "Ilse Marsh". No
// capital before the given name either: "Morning Ilse Reed" is a name of
// some other kind.
func familyNameAfter(tz *tokenized, raw []rawMention, i int) int {
	toks := tz.toks
	k := raw[i].ts + 1
	if k >= len(toks) || toks[k].sent != toks[k-1].sent || !toks[k].isNameWord() || toks[k].in(wcDescriptor) || isAcronym(toks[k].text) ||
		isInitial(toks[k].text) || utf8.RuneCountInString(toks[k].text) < 2 {
		return 0
	}
	if i+1 < len(raw) && raw[i+1].ts <= k && (raw[i+1].ts < k || raw[i+1].te > k+1 || raw[i+1].title) {
		return 0
	}
	if capitalNeighbour(tz, k-1, k+1) {
		return 0
	}
	s := tz.sents[toks[k].sent]
	if s.para < 0 || titleCased(tz, s.start, s.end) && !listedName(tz, k-1, k+1) {
		return 0
	}
	return k + 1
}

// listedName reports whether the name [ts, te) stands in a list of
// results or a line-up, set off by figures or marks on both sides ("291
// Ada Holm 72 76", "8. Ivo Reed ( Ireland ) 3:54.87"): a sentence of such
// entries is in capitals but for its figures, as a headline is, but the
// capitals of a name so set off are its own.
func listedName(tz *tokenized, ts, te int) bool {
	toks := tz.toks
	if ts == 0 || toks[ts-1].para != toks[ts].para || !listMark(toks[ts-1].text) {
		return false
	}
	if b := ts - 1; isSentenceEnd(toks[b].text) && (b == 0 || !startsDigit(toks[b-1].text) || toks[b-1].End != toks[b].Start) {
		return false // a sentence's end, not a place's in a list: "8. Ivo Reed"
	}
	return te == len(toks) || toks[te].sent != toks[ts].sent || listMark(toks[te].text)
}

// listMark: a figure ("72", "3:54.87", "46th") or a mark, which set off
// the entries of a list.
func listMark(w string) bool { return startsDigit(w) || !hasLetter(w) }

// startsDigit: w opens with a figure.
func startsDigit(w string) bool { return w != "" && '0' <= w[0] && w[0] <= '9' }

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
