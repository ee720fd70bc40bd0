package analysis

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/model/tagger"
)

// recognise runs the pipeline's tagger over the article, headline
// included, as one document so that its consistency pass sees every
// sentence.
func (p *Pipeline) recognise(tz *tokenized) []rawMention {
	// one array of words that every sentence is a slice of, sized at once
	// and filled by index: ranging over the tokens by value copied each
	// token whole for its one field
	// (the tokens in a local of the same length: read through tz, the
	// slice was loaded again after every store, and both indexes checked)
	toks := tz.toks
	words := slices.Grow(tz.words[:0], len(toks))[:len(toks)]
	for k := range toks {
		words[k] = toks[k].text
	}
	for _, k := range tz.velar {
		// the tagger learnt Ochieng without the apostrophe the
		// tokeniser now keeps (velarNameEnd)
		words[k] = strings.TrimSuffix(strings.TrimSuffix(words[k], "'"), "’")
	}
	if tz.decomposed {
		// the tagger learnt composed letters: "Thị" with combining marks
		// is a word it never saw
		for k, w := range words {
			if !isASCII(w) && mayNeedComposing(w) && !norm.NFC.IsNormalString(w) {
				words[k] = norm.NFC.String(w)
			}
		}
	}
	curlyClosingMarks(tz, words) // recog45_marks.go
	sents := tz.wsents[:0]
	for _, s := range tz.sents {
		sents = append(sents, words[s.start:s.end:s.end])
	}
	tz.words, tz.wsents = words, sents
	tags := p.tagger.TagIDs(sents) // indexes into tagger.Tags: 0 is O, then B- and I- of each type
	// every mention has a token of its own with a tag other than O: sized
	// for those at once rather than grown by appends
	tagged := 0
	for _, tg := range tags {
		tagged += nonzeroTags(tg)
	}
	out := make([]rawMention, 0, tagged)
	for i, s := range tz.sents {
		tg := tags[i]
		for j := 0; j < len(tg); {
			if tg[j] == 0 {
				j = nextTagged(tg, j)
				continue
			}
			if speechVerbIn(tz, s.start+j) {
				j++
				continue
			}
			inside := (tg[j] + 1) / 2 * 2 // the type's I- tag
			k := j + 1
			for k < len(tg) && tg[k] == inside && !speechVerbIn(tz, s.start+k) {
				k++
			}
			ts, te := s.start+j, s.start+k
			for te > ts && (lowerNotName(&tz.toks[te-1]) || tz.toks[te-1].text == "," || te-1 > ts && isPossessive(tz.toks[te-1].text)) {
				te-- // "McCague took": a verb the tagger ran on into; a comma (names36); a possessive, "Owusu-Badu's free kick" (recog45)
			}
			for ts < te && (lowerNotName(&tz.toks[ts]) && !nameParticles[tz.toks[ts].low] || isPossessive(tz.toks[ts].text)) {
				ts++ // "to trump Trump"; not the "de" of "de Campo"; the "’s" of "Jordan’s Ministry of Water"
			}
			typ := entityType(tagger.Tags[tg[j]][2:])
			for a := ts + 1; a < te-1; a++ {
				if t := &tz.toks[a]; lowerNotName(t) && !t.in(wcTitleSmall|wcNameParticle) {
					// "II visited Canada", "Holm said Reed": a word in lower
					// case inside, a verb most often, which ends one name
					// and may open another
					out = append(out, rawMention{ts: ts, te: a, typ: typ})
					ts = a + 1
					for ts < te && lowerNotName(&tz.toks[ts]) && !nameParticles[tz.toks[ts].low] {
						ts++
					}
					a = ts
				}
			}
			if ts < te {
				out = append(out, rawMention{ts: ts, te: te, typ: typ})
			}
			j = k
		}
	}
	return repairNameParts(tz, personWordsJoin(tz, bodyAndField(tz, officeAfterRole(tz, bodyOfFields(tz, clubNames(tz, bodyForPerson(tz, particleJoinsName(tz, particleGivenNames(tz, saintSurnames(tz, compoundNames(tz, aliasNames(tz, saintNames(tz, tribeNames(tz, apartGivenNames(tz, worldNames(tz, callingNames(tz, handleNames(tz, initialGivenNames(tz, placesBeforeOffices(tz, definedAcronyms(tz, regnalNames(tz, particleSurnames(tz, bodyThenPerson(tz, nicknameNames(tz, familyFirstNames(tz, givenNamePeople(tz, titleCaseNames(tz, gluedNames(tz, compoundModifiers(tz, bracketStates(tz, titledOfPlace(tz, bodyTitleNames(tz, rankNames(tz, personNames(tz, honorificNames(tz, hyphenGivenNames(tz, hyphenSurnames(tz, surnameBeforeOf(tz, openingGivenNames(tz, rankTitles(tz, out)))))))))))))))))))))))))))))))))))))))))
}

// lowerNotName: a word in lower case that is no part of a name ("al-Assad"
// is), which the tagger now and then runs a name on into or opens one
// with.
func lowerNotName(t *token) bool { return isLowerWord(t.text) && !t.isNameWord() }

// nonzeroTags counts the tags of a sentence other than O (0), eight at a
// step: most are O.
func nonzeroTags(tg []uint8) int {
	n, j := 0, 0
	for ; j+8 <= len(tg); j += 8 {
		if x := binary.LittleEndian.Uint64(tg[j:]); x != 0 {
			n += 8 - bits.OnesCount64(zeroBytes(x))
		}
	}
	for ; j < len(tg); j++ {
		if tg[j] != 0 {
			n++
		}
	}
	return n
}

// nextTagged is the first tag other than O (0) from j on, or len(tg):
// the O tags between names are passed over eight at a step.
func nextTagged(tg []uint8, j int) int {
	for j+8 <= len(tg) && binary.LittleEndian.Uint64(tg[j:]) == 0 {
		j += 8
	}
	for j < len(tg) && tg[j] == 0 {
		j++
	}
	return j
}

// speechVerbIn reports a lower-case speech verb at token k, which no name
// runs through: "Park Sun-ok said Kim" is two names.
func speechVerbIn(tz *tokenized, k int) bool {
	w := tz.toks[k].text
	if (w == "Said" || w == "Says") && k > 0 && tz.toks[k-1].para == tz.toks[k].para && tz.toks[k-1].sent != tz.toks[k].sent {
		// "… a museum. Said Ilse Varga, …": a sentence that opens with the
		// verb, inside a paragraph
		return true
	}
	return isLowerWord(w) && speechCues[w]
}

// rawMention is a recognised name before linking: a token range and a type.
type rawMention struct {
	ts, te int // token range [ts, te)
	typ    model.EntityType
	title  bool // a quoted title (see quotedTitles)
	// handle: an account's handle, "@" included (handleNames), a name as
	// it is written
	handle bool
	// byNick: the name is the nickname and the surname (nickKnown)
	byNick bool
	// nickLen tokens from nickAt: the quoted nickname inside a person's
	// name, marks included, which the name leaves out (see
	// nicknameNames); nickLen 0 for none. Small types, so that they sit
	// in the padding after title and a mention stays 32 bytes: an
	// article makes thousands.
	nickLen uint8
	nickAt  int32
}

// nickname is the token range [s, e) of the quoted nickname inside the
// name, 0, 0 where it has none.
func (r *rawMention) nickname() (s, e int) {
	if r.nickLen == 0 {
		return 0, 0
	}
	return int(r.nickAt), int(r.nickAt) + int(r.nickLen)
}

// bracketStates types as places the states that news abbreviates in
// brackets after a politician's name ("Sen. Ada Holm (Neb.) and Rep. Ivo
// Brandt (Mich.)"), which the tagger, seeing a capital between names, often
// reads as people. The full stop before the bracket is a token of its own
// there (a bracket after a full stop usually closes a sentence).
func bracketStates(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		if r.te-r.ts != 1 || r.typ == model.Place || r.ts == 0 || r.te+1 >= len(toks) {
			continue
		}
		if toks[r.ts-1].text == "(" && toks[r.te].text == "." && toks[r.te+1].text == ")" && apStates[toks[r.ts].low] {
			r.typ = model.Place
		}
	}
	return raw
}
