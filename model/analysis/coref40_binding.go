package analysis

import (
	"slices"

	"github.com/byline-reader/byline/model"
)

// Object binding in the pronoun chains (coref_chains.go), as genders
// counts it (boundObject, coref40_gender.go): a him, or a her that owns
// nothing, in the clause a person's name opens is someone else ("Sekou
// Botha put it to her"), and so are the pronouns of that gender after it
// in its sentence and the next one outside quotations, unless that names
// a person first: "Sekou Botha put it to her that her
// signature was on the forms. “I cannot explain that,” she replied" is
// not Botha, whatever Botha's gender.

// objectBinding holds, for he (0) and she (1), the person the last object
// pronoun of that gender was bound away from, with its sentence.
type objectBinding [2]struct {
	ei   int
	sent int32
}

// named ends the bindings of sentences before the one of token k, where a
// person is named outside quotations.
func (b *objectBinding) named(toks []token, k int) {
	for i := range b {
		if b[i].ei >= 0 && b[i].sent < toks[k].sent {
			b[i].ei = -1
		}
	}
}

// bind appends to bound the person the pronoun at k of side cannot be by
// object binding, and records a new binding of k.
func (b *objectBinding) bind(at *attributor, bound []int, k, side int) []int {
	toks := at.tz.toks
	if ei := at.objectBoundPerson(k); ei >= 0 {
		b[side].ei, b[side].sent = ei, toks[k].sent
	}
	if r := b[side]; r.ei >= 0 && !at.narrativeBetween(r.sent, toks[k].sent) && !slices.Contains(bound, r.ei) {
		bound = append(bound, r.ei)
	}
	return bound
}

// objectBoundPerson is the person whose clause the object pronoun at k
// stands in, the nearest named before it in its sentence (boundObject),
// or -1.
func (at *attributor) objectBoundPerson(k int) int {
	toks := at.tz.toks
	if w := toks[k].low; w != "him" && w != "her" {
		return -1
	}
	for j := k - 1; j >= 0 && toks[j].sent == toks[k].sent && k-j < maxLeading && at.qtok[j] < 0; j-- {
		ei := at.ment[j]
		if ei < 0 {
			continue
		}
		if at.a.Entities[ei].Type != model.Person {
			j = at.mstart[j]
			continue
		}
		if at.boundObject(at.mend[j], k) {
			return ei
		}
		return -1
	}
	return -1
}

// narrativeBetween reports whether a sentence after from and before to
// has words outside quotations: "Botha put it to her. “I cannot explain
// that. I did not know,” she replied" has none between.
func (at *attributor) narrativeBetween(from, to int32) bool {
	sents := at.tz.sents
	for i := from + 1; i < to && int(i) < len(sents); i++ {
		for j := sents[i].start; j < sents[i].end; j++ {
			if at.qtok[j] < 0 {
				return true
			}
		}
	}
	return false
}
