package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Self-naming: a phrase by which a person gives the name they go by
// ("The original poster, who later identified herself as Katie Tran,",
// "a caller, who gave his name as Ivo", "a resident who asked to be
// identified only as Mira", "a man known as Tomas", "a woman calling
// herself Ada Reed") names the very person the noun phrase before it
// brings in. The name is that person, not someone named in passing in a
// relative clause: it weighs as a subject would (selfNamedWeight), and
// the herself, himself, her or his of the phrase is that person, a
// pronoun pointing forward to the name (selfNamedAfter), never someone
// named earlier.

// selfNamingVerbs are the verbs after which "herself as X", "himself X"
// names the subject: "identified herself as", "called himself".
var selfNamingVerbs = map[string]bool{
	"identified": true, "identifies": true, "identify": true, "identifying": true,
	"described": true, "describes": true, "describing": true,
	"introduced": true, "introduces": true, "introducing": true,
	"called": true, "calls": true, "calling": true,
	"named": true, "names": true, "naming": true,
}

// selfGivingVerbs give a name: "gave her name as", "giving his name only as".
var selfGivingVerbs = map[string]bool{
	"gave": true, "give": true, "gives": true, "giving": true, "given": true,
	"provided": true, "offered": true, "shared": true, "used": true,
}

// selfNamedBefore reports whether the person's name at token s is the
// name a self-naming phrase gives just before it, in its sentence.
func (at *attributor) selfNamedBefore(s int) bool {
	toks := at.tz.toks
	if e := at.mend[s]; e < len(toks) && isPossessive(toks[e].text) {
		return false // "described himself as Reed's cousin": Reed is another
	}
	j := s - 1
	back := func() string { // the word at j, stepping back over "only"
		for j >= 0 && toks[j].sent == toks[s].sent && toks[j].low == "only" {
			j--
		}
		if j < 0 || toks[j].sent != toks[s].sent {
			return ""
		}
		w := toks[j].low
		j--
		return w
	}
	w := back()
	if w == "herself" || w == "himself" {
		// "calling herself Ada Reed"
		return selfNamingVerbs[back()]
	}
	if w != "as" {
		return false
	}
	switch w = back(); w {
	case "herself", "himself", "themselves", "themself":
		return selfNamingVerbs[back()] // "identified herself as"
	case "identified", "known":
		// "asked to be identified only as", "known to neighbours as" is no
		// match, "a man known as Tomas" is
		return true
	case "name":
		// "gave her name as", "gave his first name as"
		w = back()
		if w == "first" || w == "full" || w == "real" || w == "last" {
			w = back()
		}
		if w != "her" && w != "his" && w != "their" {
			return false
		}
		return selfGivingVerbs[back()]
	}
	return false
}

// selfNamedAfter is the person a self-naming phrase names right after
// the pronoun at token k ("identified herself as Katie Tran", "gave his
// name as Ivo"), or -1.
func (at *attributor) selfNamedAfter(k int) int {
	toks := at.tz.toks
	switch toks[k].low {
	case "herself", "himself", "her", "his":
	default:
		return -1
	}
	for j := k + 1; j < len(toks) && j-k <= 5 && toks[j].sent == toks[k].sent && at.qtok[j] < 0; j++ {
		if ei := at.ment[j]; ei >= 0 {
			if at.mstart[j] == j && at.a.Entities[ei].Type == model.Person && at.selfNamedBefore(j) {
				return ei
			}
			return -1
		}
		if !isLowerWord(toks[j].text) || strings.ContainsAny(toks[j].text, ",;") {
			return -1
		}
	}
	return -1
}

// namedAlready reports whether the sentence has named the person ei
// before.
func namedAlready(named []namedInSentence, ei int) bool {
	for _, n := range named {
		if n.ei == ei {
			return true
		}
	}
	return false
}

// selfNamedSpeaker is the person a speaker phrase without a name brings
// in by the name they gave, the self-naming phrase right after it: "said
// a commuter who gave her name only as Mira Holt", "A woman, who
// identified herself as Katie Tran, told …", "said a man known as Tomas
// Grell". The margin shows that name, the mention staying on the
// description; ok is false for any other phrase.
func (at *attributor) selfNamedSpeaker(s, e int) (attribution, bool) {
	toks := at.tz.toks
	for k := s; k < e; k++ {
		if ei := at.ment[k]; ei >= 0 && at.a.Entities[ei].Type == model.Person {
			return attribution{}, false // a name of its own
		}
	}
	j := e
	if j < len(toks) && toks[j].text == "," {
		j++
	}
	if j >= len(toks) || toks[j].sent != toks[s].sent || !selfNamingOpeners[toks[j].low] {
		return attribution{}, false
	}
	for m := j + 1; m < len(toks) && m-j <= 10 && toks[m].sent == toks[s].sent && at.qtok[m] < 0; m++ {
		if ei := at.ment[m]; ei >= 0 {
			if at.mstart[m] != m || at.a.Entities[ei].Type != model.Person || !at.selfNamedBefore(m) {
				return attribution{}, false
			}
			en := at.a.Entities[ei]
			return attribution{speaker: en.Name, id: en.ID, mention: model.Span{Start: toks[s].Start, End: toks[e-1].End}, ok: true}, true
		}
		if !isLowerWord(toks[m].text) {
			return attribution{}, false
		}
	}
	return attribution{}, false
}
