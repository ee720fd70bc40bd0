package analysis

import "github.com/byline-reader/byline/model"

// A given name that opens a sentence. The tagger learnt that a sentence's
// first word is written with a capital whatever it is, so it trusts the
// capital there least, and leaves out a given name it does not know
// before the surname it found: "Tor Einar Lunde has fished …" becomes
// "Einar Lunde", "Precious Moyo said …" becomes "Moyo". openingGivenNames
// puts the first word back on the person's name when it is a known given
// name (givenNames, recog40WordNames such as "Precious", or on another
// list of given names and never written in lower case in the article:
// not the "Will" of a question), a name word (no sentence starter,
// title, month, head word or acronym) that no other mention has and no
// party, nationality or faith, with the name four words at most. Words
// that open sentences are seldom given names, so an unknown word is left
// out: "Neither Ivo Reed", "Billionaire Ada Holm".
func openingGivenNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		k := r.ts - 1
		if r.typ != model.Person || r.title || r.handle || k < 0 || r.te-k > 4 || !sentenceOpening(tz, k) {
			continue
		}
		if i > 0 && raw[i-1].te > k {
			continue
		}
		t := &toks[k]
		if !t.capital || !t.isNameWord() || !wordOfLetters(t.text) || t.in(wcDescriptor) || partyOrFaith(t.low) {
			continue
		}
		if !givenNames[t.low] && !recog40WordNames[t.low] && (!givenLike(t.low) || tz.usedInLowerCase(t.low)) {
			continue
		}
		r.ts = k
	}
	return raw
}

// sentenceOpening reports whether token k opens its sentence, follows
// only an opening quotation mark there, or follows a dash (after a
// dateline: "OSLO (Wire) — Tor Einar Lunde").
func sentenceOpening(tz *tokenized, k int) bool {
	toks := tz.toks
	if k == 0 || toks[k-1].sent != toks[k].sent {
		return true
	}
	w := toks[k-1].text
	if w == "—" || w == "–" {
		return true
	}
	if k == 1 || toks[k-2].sent != toks[k].sent {
		return w == "\"" || w == "“" || w == "‘" || w == "'"
	}
	return false
}
