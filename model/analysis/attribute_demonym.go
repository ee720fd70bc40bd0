package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// demonymSpeaker is the "demonym" step for a speaker phrase: "the
// Italian said", "said the Brazilian", "the 22-year-old Swede told
// reporters". Sport and wire copy call a player or an envoy by nationality
// on second reference; the tagger reads the word as a group or a body, and
// the margin showed "Italian" as if it were a name. Sport and local copy
// do the same with a word of the player's standing or age ("the
// teenager", "the skipper", "the defending champion": storyPersonNouns),
// which the margin showed as written. The phrase is one
// person, whom the passage is about (passageSubject, as for "the
// businessman": the subject of the sentence before or the speaker of the
// quotation before, named twice or more); when nothing decides, the phrase
// stays as written ("the Italian"), never the nationality alone. toks[s:e]
// is "the", at most two lower-case modifiers and the word; ok is false
// for any other phrase.
func (at *attributor) demonymSpeaker(s, e int) (attribution, bool) {
	toks := at.tz.toks
	if e-s < 2 || e-s > 5 || toks[s].low != "the" {
		return attribution{}, false
	}
	head := e - 1
	if rankPhrase(toks[s+1 : e]) {
		return at.passagePerson(s, e, head), true
	}
	if e-s > 4 || !at.demonymWord(head) && !(storyPersonNouns[toks[head].low] && isLowerWord(toks[head].text)) {
		return attribution{}, false
	}
	for k := s + 1; k < head; k++ {
		if !isLowerWord(toks[k].text) || at.ment[k] >= 0 || at.qtok[k] >= 0 || toks[k].in(wcPreposition) || at.word(k).in(awClauseBreak) || toks[k].cueWord() {
			return attribution{}, false
		}
	}
	if at.demonymWord(head) {
		if p := at.demonymHolder(head, s); p >= 0 {
			// "Kenyan Faith Kipyegon …. “…,” the Kenyan said" (coref46_demonym.go)
			en := at.a.Entities[p]
			return attribution{speaker: en.Name, id: en.ID, mention: model.Span{Start: toks[s].Start, End: toks[e-1].End}, ok: true}, true
		}
	}
	return at.passagePerson(s, e, head), true
}

// passagePerson is the person the passage is about for the description
// toks[s:e] with its head noun at head, or the description as written.
func (at *attributor) passagePerson(s, e, head int) attribution {
	toks := at.tz.toks
	span := model.Span{Start: toks[s].Start, End: toks[e-1].End}
	if p := at.passageSubject(s, head, describedGender(toks[head].low)); p >= 0 && (at.namedTwice(p, s) || at.aloneSince(p, s)) {
		en := at.a.Entities[p]
		return attribution{speaker: en.Name, id: en.ID, mention: span, ok: true}
	}
	return attribution{speaker: "the " + normalizeName(at.a.Text[toks[s+1].Start:toks[e-1].End]), mention: span, ok: true}
}

// rankPhrase reports whether the words are a player's world ranking, the
// description tennis and golf copy use on second reference: "world No.
// 58", "world number three".
func rankPhrase(ws []token) bool {
	if len(ws) < 3 || ws[0].low != "world" {
		return false
	}
	n := ws[1].low
	rest := ws[2:]
	if n == "no" && rest[0].text == "." {
		rest = rest[1:]
	} else if n != "no." && n != "number" {
		return false
	}
	return len(rest) == 1 && (isDigitAt(rest[0].text, 0) || numberWords[rest[0].low])
}

// demonymWord reports whether token k is a word of nationality that can
// stand for one person: one of demonymNouns ("Swede", "Frenchman"), or a
// capitalised adjective of nationality ("Italian", "Japanese", "Israeli")
// that the tagger typed as neither a person nor a body nor a place, nor
// left within a longer name ("the Italian Job").
func (at *attributor) demonymWord(k int) bool {
	t := at.tz.toks[k]
	if !t.capital || at.qtok[k] >= 0 {
		return false
	}
	if at.ment[k] >= 0 && (at.mstart[k] != k || at.mend[k] != k+1) {
		return false
	}
	if demonymNouns[t.low] {
		return true
	}
	if at.ment[k] < 0 || at.a.Entities[at.ment[k]].Type != model.Other {
		return false
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish", "an", "i"} {
		if strings.HasSuffix(t.low, suf) && len(t.low) > len(suf)+2 {
			return true
		}
	}
	return false
}

// aloneSince reports whether no other person is named from the sentence
// of ei's latest mention before token s up to s: "Harrow manager Sven
// Brouwer cut a dejected figure. “…,” the Dane said." is Brouwer, named
// once; "Mike Carter beat Tom Reyes. “…,” the American said." may be
// either, and the phrase stays.
func (at *attributor) aloneSince(ei, s int) bool {
	toks := at.tz.toks
	for j := s - 1; j >= 0; j-- {
		e := at.ment[j]
		if e == ei {
			// the rest of the mention's sentence before it
			for k := j - 1; k >= 0 && toks[k].sent == toks[j].sent; k-- {
				if o := at.ment[k]; o >= 0 && o != ei && at.a.Entities[o].Type == model.Person {
					return false
				}
			}
			return true
		}
		if e >= 0 && at.a.Entities[e].Type == model.Person && at.qtok[j] < 0 {
			return false // a name in quoted words is what is said, not a rival ("“Faith was too strong,” the Ethiopian said")
		}
	}
	return false
}
