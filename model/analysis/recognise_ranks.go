package analysis

import "github.com/byline-reader/byline/model"

// rankNames makes a person of the name after a military rank that the
// tagger ran into one body's name, the rank left out: "General Dempsey",
// "General Ham" and "Admiral Brandt" were organisations, because the
// tagger learnt the rank's word from "General Motors" and "General
// Assembly"; and it takes the rank out of a person's name ("General Ivo
// Brandt"). The words after the rank are one to three name words, none a
// word of a body, a place or a work ("General Mills", "General Services"),
// a title or a role ("General Counsel"), and no capital follows them
// ("General Ivo Dynamics Corp."). A mention after "the" or in a title-case
// line keeps its type. A band or a brand may be named so too ("General
// Fiasco"), so the name must show itself a person's: it opens with a known
// given name ("General Ivo Brandt"), or its last word ends a person's name
// elsewhere in the article ("Ivo Brandt … General Brandt").
func rankNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		if r.title || r.te-r.ts < 2 || r.te-r.ts > 4 || !toks[r.ts].capital || !isMilitaryRank(toks[r.ts].low) {
			continue
		}
		e := letterEnd(toks, r.ts, r.te)
		if e-r.ts < 2 || afterThe(tz, r.ts) || hasHeadWord(tz, r.ts+1, e) {
			continue
		}
		ok := true
		for k := r.ts + 1; k < e && ok; k++ {
			t := &toks[k]
			ok = t.isNameWord() && !t.in(wcHead|wcPersonTitle|wcRoleNoun|wcTitleSeed) && !t.isBodyWord() && !rankBodies[t.low]
		}
		if !ok || e < len(toks) && toks[e].sent == toks[r.ts].sent && toks[e].capital && hasLetter(toks[e].text) {
			continue
		}
		if s := tz.sents[toks[r.ts].sent]; s.para < 0 || titleCased(tz, s.start, s.end) {
			continue
		}
		if !tz.isGiven(r.ts+1) && !surnameOfPerson(toks, raw, i, toks[e-1].text) {
			continue
		}
		r.ts, r.typ = r.ts+1, model.Person
	}
	return raw
}

// surnameOfPerson reports whether a person's mention other than raw[i]
// ends in the word w.
func surnameOfPerson(toks []token, raw []rawMention, i int, w string) bool {
	for j := range raw {
		if j != i && raw[j].typ == model.Person && toks[letterEnd(toks, raw[j].ts, raw[j].te)-1].text == w {
			return true
		}
	}
	return false
}
