package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// The nationality the article gave a person. "Kenyan Faith Kipyegon
// broke the record. Ethiopia's Gudaf Tsegay finished second. “…,” the
// Kenyan said" is Kipyegon, though Tsegay was named last: a demonym on
// second reference means the one person the article marked with it, by
// the word before the name ("Kenyan Faith Kipyegon") or by a place's
// possessive whose name the word extends ("Kenya's", "Ethiopia's").

// demonymHolder is the one person of the article, outside quotations and
// before token s, whose mention the demonym at token head marks; -1 where
// none or two or more are marked.
func (at *attributor) demonymHolder(head, s int) int {
	toks := at.tz.toks
	word := toks[head].low
	found := -1
	for j := 0; j < s; j++ {
		ei := at.ment[j]
		if ei < 0 || at.mstart[j] != j || at.qtok[j] >= 0 || at.a.Entities[ei].Type != model.Person {
			continue
		}
		if !at.markedWith(j, word) {
			continue
		}
		if found >= 0 && found != ei {
			return -1
		}
		found = ei
	}
	return found
}

// markedWith reports whether the person's mention at j has the demonym
// word right before it ("Kenyan Faith Kipyegon", "the Kenyan Faith
// Kipyegon") or a place's possessive the word extends ("Kenya's Faith
// Kipyegon": "Keny" of "Kenya" opens "kenyan").
func (at *attributor) markedWith(j int, word string) bool {
	toks := at.tz.toks
	p := j - 1
	if p < 0 || toks[p].sent != toks[j].sent {
		return false
	}
	if toks[p].low == word && toks[p].capital {
		return true
	}
	if isPossessive(toks[p].text) && p > 0 {
		p--
	}
	if p == j-1 || at.ment[p] < 0 || at.a.Entities[at.ment[p]].Type != model.Place || at.mend[p] != p+1 {
		return false
	}
	place := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(toks[p].text, "’s"), "'s"))
	return len(place) >= 5 && strings.HasPrefix(word, place[:len(place)-1])
}
