package analysis

import "github.com/byline-reader/byline/model"

// familyFirstNames finds, in an article that names a person whose family
// name comes first and whose given name is written in the hyphenated way
// of Korean names ("Ban Ki-moon", "Pak Su-min"), the family name alone
// elsewhere: "Ban said", "for Ban, a victory lap". The family name is
// often a common word the tagger will not take for a name by itself, and
// the linker joins it to the full name by its first word. A word with a
// capital before or after it is part of another name; a sentence's first
// word counts only before a speech verb or a possessive ("Ban said",
// "Ban's term"), since "Ban the bomb" opens with the verb.
func familyFirstNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var family []int32 // the forms of the family names (tz.forms)
	for i := 0; i < len(raw); i++ {
		r := &raw[i]
		if r.title || r.ts < 0 || r.typ != model.Person {
			continue
		}
		te := letterEnd(toks, r.ts, r.te)
		if i+1 < len(raw) && raw[i+1].ts == te && !raw[i+1].title && koreanGiven(toks[te].text) && familyWord(toks[te-1].text) {
			// "Moon" and "Jae-in" the tagger found apart
			if raw[i+1].te > te+1 {
				raw[i+1].ts = te + 1
			} else {
				raw[i+1].ts = -1
			}
			r.te = te + 1
			te++
		}
		// the last two words, after any title: "Secretary-General Ban Ki-moon"
		if te-r.ts >= 2 && koreanGiven(toks[te-1].text) && familyWord(toks[te-2].text) {
			family = append(family, tz.forms[te-2])
		}
		// a Chinese name as Malaysia and Singapore write it, the given name
		// in two syllables apart: "Wong Kah Seng", "Lim Ah Kow"
		if te-r.ts == 3 && syllable(toks[te-1].text) && syllable(toks[te-2].text) && syllable(toks[te-3].text) {
			family = append(family, tz.forms[te-3])
		}
	}
	if family == nil {
		return raw
	}
	out := make([]rawMention, 0, len(raw)+4)
	j := 0 // the next raw mention
	for k := range toks {
		for j < len(raw) && (raw[j].ts < 0 || raw[j].ts <= k) {
			if raw[j].ts >= 0 {
				out = append(out, raw[j])
			}
			j++
		}
		if !toks[k].capital || len(out) > 0 && out[len(out)-1].te > k || !hasForm(family, tz.forms[k]) {
			continue
		}
		if capitalNeighbour(tz, k, k+1) && !(k > 0 && toks[k-1].in(wcPersonTitle)) {
			continue
		}
		if s := tz.sents[toks[k].sent]; k == s.start {
			if k+1 >= s.end || !toks[k+1].in(wcSpeechCue) && !isPossessive(toks[k+1].text) {
				continue
			}
		}
		out = append(out, rawMention{ts: k, te: k + 1, typ: model.Person})
	}
	for ; j < len(raw); j++ {
		if raw[j].ts >= 0 {
			out = append(out, raw[j])
		}
	}
	return out
}

// hasForm reports whether f is among forms.
func hasForm(forms []int32, f int32) bool {
	for _, g := range forms {
		if g == f {
			return true
		}
	}
	return false
}

// familyWord: a capitalised word of two to six letters, as family names
// written first are ("Ban", "Moon", "Pak").
func familyWord(w string) bool {
	return len(w) >= 2 && len(w) <= 6 && w[0] >= 'A' && w[0] <= 'Z' && lowerLetters(w[1:])
}

// syllable: a capitalised word of two to five letters, as each syllable
// of a Chinese given name written apart is ("Kah", "Seng", "Ah").
func syllable(w string) bool {
	return len(w) <= 5 && familyWord(w)
}

// lowerLetters reports whether w is ASCII lower-case letters alone.
func lowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// koreanGiven: a given name written as two syllables joined by a hyphen,
// the second in lower case: "Ki-moon", "Jae-in", "Su-min".
func koreanGiven(w string) bool {
	if len(w) < 5 || len(w) > 11 {
		return false // most words, at once
	}
	h := -1
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			if h >= 0 {
				return false
			}
			h = i
		}
	}
	if h < 2 || h > 5 || len(w)-h-1 < 2 || len(w)-h-1 > 5 {
		return false
	}
	return familyWord(w[:h]) && lowerLetters(w[h+1:])
}
