package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Descriptions of a body written beside its name with capitalised words
// and possessives in them: "The United Nations children's agency Kidsafe
// said", "Britain's aid agency Helpwell said", "Kidsafe, the United
// Nations children's agency, said". apposedNoun (coref_bodies.go) read only
// lower-case modifiers between "the" and the noun, so "the agency said"
// after them stayed as written, or took the owner's form ("Britain's aid
// agency") where the name stood beside it.

// maxApposedWords bounds the words of such a description before its noun.
const maxApposedWords = 6

// apposedNounStart is the first token of the description that ends in the
// body noun at token p right before a name: past lower-case modifiers,
// capitalised words and possessives, back to "the", "a" or "an" (the
// token after it is returned) or to the start of the sentence where a
// capitalised word or a possessive opens it ("Britain's aid agency"); -1
// for any other word (a verb, a preposition).
func (at *attributor) apposedNounStart(p int) int {
	toks := at.tz.toks
	named := false
	for b := p - 1; b >= 0 && p-b <= maxApposedWords && toks[b].sent == toks[p].sent; b-- {
		t := &toks[b]
		switch {
		case t.low == "the" || t.low == "a" || t.low == "an":
			return b + 1
		case at.qtok[b] >= 0 || t.in(wcDeterminer|wcPreposition|wcPronoun) || t.cueWord() || coordinators[t.low]:
			return -1
		case nameWordOfPhrase(t):
			named = true
		case !isLowerWord(t.text) || endsInLonger(t.low, "ed"):
			return -1
		}
		if b == 0 || toks[b-1].sent != t.sent {
			if named && (t.capital || isPossessive(t.text)) {
				return b
			}
			return -1
		}
	}
	return -1
}

// nameWordOfPhrase reports whether a token is a capitalised word or a
// possessive that may stand in a body's description: "United",
// "children's", "Britain's".
func nameWordOfPhrase(t *token) bool {
	return t.capital && hasLetter(t.text) || isPossessive(t.text)
}

// endsInLonger reports whether the lower-case word w ends in suf and is
// longer than it.
func endsInLonger(w, suf string) bool { return len(w) > len(suf)+1 && w[len(w)-len(suf):] == suf }

// workplaceBody reports whether the indefinite description opening at
// token d is where someone works, after "at", "for" or "with": "an
// economist at an international bank", "who covers markets for a
// bank". Such a body is no actor of the passage, and "the bank said" after
// it may still be the bank the article is about.
func workplaceBody(toks []token, d int) bool {
	if d < 1 || toks[d].low != "a" && toks[d].low != "an" {
		return false
	}
	switch toks[d-1].low {
	case "at", "for", "with":
		return true
	}
	return false
}

// The body an article is about, far back. "The company" written at the
// end of a long report is the body its opening named ("Lacteos Brava, a
// dairy firm, filed for protection … The company, which employs 2,300
// people, …" … "In a statement, the company said"), though no use of the
// words is within describedReach of the last: wire copy calls its subject
// body so from the second paragraph to the last. The earliest use of the
// same words in the article names the body by the steps that name it near
// (bodyHolder, bodySubject), where no other body that the noun may
// describe is named since but as an object.

// earliestBody is the body the earliest use of the description toks[s:e]
// (its noun at head) before s names, with the token its mention or
// passage ends at; -1 when there is none, or when it is not the body the
// words at s mean for sure.
func (at *attributor) earliestBody(s, e, head int) (int, int) {
	toks := at.tz.toks
	first := -1
	for j := s - 1; j >= 0; j-- {
		if toks[j].low != toks[s].low || at.qtok[j] >= 0 || j+e-s > s {
			continue
		}
		same := true
		for k := 1; k < e-s && same; k++ {
			same = toks[j+k].low == toks[s+k].low && toks[j+k].sent == toks[j].sent
		}
		if same {
			first = j
		}
	}
	if first < 0 {
		return -1, -1
	}
	h := first + head - s
	ei, from := at.bodyHolder(first, h)
	if ei < 0 {
		ei, from = at.bodySubject(first, h)
	}
	if ei < 0 {
		return -1, -1
	}
	noun := toks[head].low
	for j := from; j < s; j++ {
		if o := at.ment[j]; o >= 0 && o != ei && at.qtok[j] < 0 && at.a.Entities[o].Type == model.Organization && at.mayDescribe(j, noun) {
			return -1, -1 // another body the noun may describe
		}
	}
	return ei, from
}

// mayDescribe reports whether the body named at token j may be what "the
// <noun>" describes: where names tell the noun's kind ("the bank": a
// "… Bank", "the company": "… Ltd"), one whose name tells it, named
// anywhere; else one of the noun's kind (bodyOfKind) named other than as
// an object.
func (at *attributor) mayDescribe(j int, noun string) bool {
	name := at.a.Entities[at.ment[j]].Name
	kinds, trade := orgDescriptionKinds[noun], tradeBodyNames[noun]
	if strings.EqualFold(nameHead(name), noun) || nameOfKind(name, kinds) || nameOfKind(name, trade) {
		return true
	}
	if kinds != nil || trade != nil {
		return false
	}
	return bodyOfKind(name, noun) && !at.objectMention(at.mstart[j])
}

// unrecognisedBody is the body a capitalised name no entity holds opens
// the sentence before the description toks[s:e] with, in its paragraph,
// where "which" follows the name as a body's relative word and a speech
// verb the clause: "Corruption Watch, which has monitored the trial, said
// the case showed “weak oversight”. “…,” the organisation said". The
// recogniser missed the body; the sentence names it for a description
// whose noun fits any body ("the organisation", "the group").
func (at *attributor) unrecognisedBody(s, e, head int) (attribution, bool) {
	toks := at.tz.toks
	if !broadBodyNouns[toks[head].low] || toks[s].sent == 0 {
		return attribution{}, false
	}
	sent := toks[s].sent - 1
	b, end := at.tz.sents[sent].start, at.tz.sents[sent].end
	if toks[b].para != toks[s].para || at.qtok[b] >= 0 {
		return attribution{}, false
	}
	n := b
	for n < end && toks[n].capital && at.ment[n] < 0 && at.qtok[n] < 0 && hasLetter(toks[n].text) && !toks[n].in(wcDeterminer) {
		n++
	}
	if n-b < 2 || n+1 >= end || toks[n].text != "," || toks[n+1].low != "which" {
		return attribution{}, false
	}
	cue := false
	for k := n + 2; k < end && !cue; k++ {
		cue = at.qtok[k] < 0 && toks[k].in(wcSpeechCue) && at.isCue(k)
	}
	if !cue {
		return attribution{}, false
	}
	name := normalizeName(at.a.Text[toks[b].Start:toks[n-1].End])
	return attribution{speaker: name, mention: model.Span{Start: toks[s].Start, End: toks[e-1].End}, ok: true}, true
}
