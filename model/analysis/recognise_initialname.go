package analysis

import "github.com/byline-reader/byline/model"

// initialGivenNames takes into a person's name the known given name that
// opens the sentence right before it and that the tagger left out: a
// capital at a sentence's start says little, so "Carly Fiorina said …"
// may give the person "Fiorina" alone (furn30). The word is a known given
// name (givenNames) and a name word (no sentence starter, title or head),
// the article never writes it in lower case, and it is nowhere else in
// the article but before the same surname. Any capitalised word was
// tried too: "Like Rove", "Neither Cruz" became people.
func initialGivenNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		if r.typ != model.Person || r.title || r.te-r.ts != 1 || r.ts == 0 {
			continue
		}
		g := &toks[r.ts-1]
		if g.sent != toks[r.ts].sent || r.ts-1 > 0 && toks[r.ts-2].sent == g.sent {
			continue // not the sentence's first word
		}
		if i > 0 && raw[i-1].te > r.ts-1 || !g.capital || !tz.isGiven(r.ts-1) || !g.isNameWord() || !wordOfLetters(g.text) ||
			tz.usedInLowerCase(g.low) || g.in(wcDescriptor|wcCompass) || g.isBodyWord() || personRoleWord(g) {
			continue
		}
		if !onlyBefore(tz, r.ts-1, r.ts) {
			continue
		}
		r.ts--
	}
	return raw
}

// onlyBefore reports whether every occurrence of the word at g in the
// article stands right before the word that s has.
func onlyBefore(tz *tokenized, g, s int) bool {
	fg, fs := tz.forms[g], tz.forms[s]
	for k := range tz.toks {
		if tz.forms[k] == fg && (k+1 >= len(tz.toks) || tz.forms[k+1] != fs) {
			return false
		}
	}
	return true
}
