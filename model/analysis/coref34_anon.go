package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// An unnamed person in the chains: a sentence that opens with an
// indefinite description of a person, "A woman who lives near the plant
// told reporters …", "One mother said …", brings a new person into the
// story, one the article does not name (weighed as a subject, and as a
// speaker where a speech verb follows before any name). A he or she after
// it in its paragraph, as the subject of "“…,” she said", is that
// person, not the one named in the paragraph before; the chains keep
// this person beside the named ones and resolve such a pronoun to nobody
// (-1): the quotation is attributed but names no one, where naming the
// earlier person would be wrong. Only a he or she that is no part of
// reported words, in a later sentence of the same paragraph: what the
// unnamed person reports is as often about another ("A reporter asked:
// did they talk about his vow?").

// anonymous is the unnamed person a sentence has brought in: their
// salience, gender ("" when the noun tells none), paragraph and sentence.
// A person named later in that sentence, or a pronoun for a named one
// outside what it reports, takes it away: the sentence is about that
// person as well, who may be the one a pronoun after it means.
type anonymous struct {
	score      float64
	g          string
	para       int32
	sent       int32
	from, head int32 // the description's first token and its noun
}

// indefinitePerson reads an indefinite description of a person opening
// the sentence at k, "A woman who …", "One mother", "Another resident",
// "A former aide to …": "a", "an", "one" or "another", up to three
// lower-case modifiers and a noun for a person, no person's name among
// them (a place's, a body's or a nationality may be: "One Dunmore
// delegate", "An Ostrian official"). It
// returns the noun's gender (describedGender), the noun's token and
// whether there is one.
func (at *attributor) indefinitePerson(k int) (string, int, bool) {
	toks := at.tz.toks
	if at.word(k).in(awLeadConj) && k+1 < len(toks) && toks[k+1].sent == toks[k].sent {
		k++ // "But a neighbour said …"
	}
	if !at.word(k).in(awIndefOpener) || at.qtok[k] >= 0 {
		return "", -1, false // not in quoted words: "“A man came by,” she said"
	}
	if g, head, ok := at.partitivePerson(k); ok {
		return g, head, true // "One of the freed teachers" (coref45_anon.go)
	}
	for j := k + 1; j < len(toks) && j-k <= 4 && toks[j].sent == toks[k].sent; j++ {
		t := &toks[j]
		if ei := at.ment[j]; ei >= 0 && at.mstart[j] == j && at.qtok[j] < 0 && at.a.Entities[ei].Type != model.Person {
			// a place, a body or a nationality says where the person is
			// from, and names no one: "One Dunmore delegate", "An
			// Ostrian official", "A Kestrel Mining engineer"
			j = at.mend[j] - 1
			continue
		}
		if !isLowerWord(t.text) || at.ment[j] >= 0 || at.qtok[j] >= 0 || t.in(wcPreposition|wcDeterminer|wcSpeechCue) {
			return "", -1, false
		}
		if w := t.low; at.word(j).in(awAnonNoun | awRole) {
			if n := j + 1; n < len(toks) && toks[n].sent == toks[k].sent && isLowerWord(toks[n].text) && at.word(n).in(awPersonAgent|awRole) {
				continue // "a police officer", "a campaign aide": the last noun is the head
			}
			return describedGender(w), j, true
		}
	}
	return "", -1, false
}

// anonymousWins reports whether the unnamed person a is the likelier
// referent of a pronoun of gender g than the person ei the named ones
// offer, of salience score (0 for none): the gender fits and a is more
// salient, a person of unknown gender at salienceUnknownSex.
func anonymousWins(a anonymous, g string, score float64) bool {
	if a.score <= 0 || a.g != "" && a.g != g {
		return false
	}
	s := a.score
	if a.g == "" {
		s *= salienceUnknownSex
	}
	return s > score
}

// referentScore is the salience pronounReferent weighed the person ei
// at, for a comparison with an unnamed person; 0 for none.
func (at *attributor) referentScore(cands []salient, ei int) float64 {
	for _, c := range cands {
		if c.ei == ei {
			if at.gender[ei] == "" {
				return c.score * salienceUnknownSex
			}
			return c.score
		}
	}
	return 0
}

// pronounReflexive reports whether w is "himself" or "herself".
func pronounReflexive(w string) bool { return w == "himself" || w == "herself" }

// anonymousSpeaker is the attribution of a pronoun that the chains gave to
// the unnamed person: the description that brought them in, as the story
// wrote it ("A police spokesman said …. “…,” he said" shows "a police
// spokesman"), its first word in lower case.
func (at *attributor) anonymousSpeaker(k int, d [2]int32) attribution {
	toks := at.tz.toks
	text := normalizeName(at.a.Text[toks[d[0]].Start:toks[d[1]].End])
	w, _ := nextField(text)
	text = strings.ToLower(w) + text[len(w):]
	return attribution{speaker: text, mention: toks[k].Span, ok: true}
}

// opensWithQuotation reports whether the paragraph of token k opens with
// a quotation: a paragraph of quoted words and their tag goes on from the
// one before, whose unnamed person it may quote ("A police spokesman said
// …. ⏎ “…,” he said").
func (at *attributor) opensWithQuotation(k int) bool {
	toks := at.tz.toks
	j := k
	for j > 0 && toks[j-1].para == toks[k].para {
		j--
	}
	return at.qtok[j] >= 0 || toks[j].text == "“" || toks[j].text == "\""
}
