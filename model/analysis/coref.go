package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// genders estimates each entity's grammatical gender ("m", "f" or "")
// from titles before its mentions and the pronouns that follow them.
func (at *attributor) genders() []string {
	toks := at.tz.toks
	votes := make([][2]int, len(at.a.Entities))
	for ei, e := range at.a.Entities {
		if e.Type != model.Person {
			continue
		}
		// titles in the mention or just before it
		for _, m := range e.Mentions {
			s := tokenAt(toks, m.Start)
			for k := s - 2; k <= s; k++ {
				if k < 0 {
					continue
				}
				switch lower(strings.TrimSuffix(toks[k].text, ".")) {
				case "mr", "sir", "king", "prince", "lord", "father", "congressman", "councilman", "chairman", "spokesman", "businessman":
					votes[ei][0] += 3
				case "mrs", "ms", "miss", "dame", "queen", "princess", "lady", "congresswoman", "councilwoman", "chairwoman", "spokeswoman", "businesswoman":
					votes[ei][1] += 3
				}
			}
		}
		first := strings.ToLower(strings.Fields(e.Name)[0])
		switch givenNameGender(first) {
		case "m":
			votes[ei][0] += 2
		case "f":
			votes[ei][1] += 2
		}
	}
	// a pronoun votes for the last person mentioned before it in its own or
	// the previous sentence, when only one person is in reach
	lastPerson, lastSent, people := -1, int32(-1), 0
	for k, t := range toks {
		if t.sent != lastSent {
			if t.sent > lastSent+1 {
				lastPerson = -1
			}
			lastSent, people = t.sent, 0
		}
		if ei := at.ment[k]; ei >= 0 && at.a.Entities[ei].Type == model.Person && at.mstart[k] == k {
			if ei != lastPerson {
				people++
			}
			lastPerson = ei
			continue
		}
		if lastPerson < 0 || people > 1 || at.qtok[k] >= 0 {
			continue
		}
		switch t.low {
		case "he", "him", "his", "himself":
			votes[lastPerson][0]++
		case "she", "her", "hers", "herself":
			votes[lastPerson][1]++
		}
	}
	out := make([]string, len(votes))
	for i, v := range votes {
		switch {
		case v[0] > v[1]:
			out[i] = "m"
		case v[1] > v[0]:
			out[i] = "f"
		}
	}
	return out
}

// resolvePronoun names the person (or, for "they" and "it", the group)
// that the pronoun at token k refers to: for he and she outside quotations
// the person of the article's pronoun chains (coref_chains.go), else the
// nearest earlier entity of matching gender.
func (at *attributor) resolvePronoun(k int, g string) attribution {
	toks := at.tz.toks
	span := toks[k].Span
	if g == "1" {
		// "I said": the writer speaks; the words attribute it but name nobody
		return attribution{mention: span, ok: true}
	}
	if g == "p" {
		if r, ok := at.coordinatedPair(k); ok {
			return r // "Shah and Osei … They write"
		}
	}
	pick := func(ei int) attribution {
		e := at.a.Entities[ei]
		return attribution{speaker: e.Name, id: e.ID, mention: span, ok: true}
	}
	if ei, ok := at.pron[k]; ok {
		if ei < 0 {
			return attribution{mention: span, ok: true}
		}
		return pick(ei)
	}
	fits := func(ei int) bool {
		e := at.a.Entities[ei]
		switch g {
		case "m", "f":
			return e.Type == model.Person && (at.gender[ei] == "" || at.gender[ei] == g) && at.personEvidence(ei)
		case "n", "p":
			return e.Type == model.Organization
		}
		return false
	}
	// nearest earlier mention that fits, outside quotations, within reach;
	// a person whose gender is known to match beats a nearer one whose
	// gender is unknown, within the same reach
	limit := toks[k].para - 3
	fallback := -1
	for j := k - 1; j >= 0 && k-j < maxPronounReach; j-- {
		if toks[j].para < limit && toks[j].para >= 0 {
			break
		}
		ei := at.ment[j]
		if ei < 0 || at.qtok[j] >= 0 || !fits(ei) {
			continue
		}
		if g == "m" || g == "f" {
			if alt := at.sentenceSubject(j, g, fits); alt >= 0 {
				ei = alt
			}
			if at.gender[ei] == "" {
				if fallback < 0 {
					fallback = ei
				}
				continue
			}
			if fallback >= 0 && toks[k].para-toks[j].para > 1 {
				break // a known match too far back: keep the nearer unknown one
			}
		}
		return pick(ei)
	}
	if fallback >= 0 {
		return pick(fallback)
	}
	// unresolved: the pronoun attributes the quotation but names nobody
	return attribution{mention: span, ok: true}
}

// maxPronounReach bounds, in tokens, how far back a pronoun's antecedent is
// looked for.
const maxPronounReach = 600

// sentenceSubject returns the first fitting person in the sentence of
// token j when that sentence has more than one, since the subject of the
// previous sentence is the likelier antecedent; -1 otherwise.
func (at *attributor) sentenceSubject(j int, g string, fits func(int) bool) int {
	toks := at.tz.toks
	s := at.tz.sents[toks[j].sent]
	first := -1
	count := 0
	seen := map[int]bool{}
	for k := max(s.start, j-maxLeading); k < s.end && k < j+maxLeading; k++ {
		ei := at.ment[k]
		if ei < 0 || at.qtok[k] >= 0 || !fits(ei) || seen[ei] {
			continue
		}
		seen[ei] = true
		count++
		if first < 0 {
			first = ei
		}
	}
	if count > 1 && at.gender[first] == g {
		return first
	}
	return -1
}

// givenNameGender knows a few hundred common given names. Names are facts;
// the list only nudges the pronoun votes.
func givenNameGender(name string) string {
	if maleNames[name] || moreMaleNames[name] {
		return "m"
	}
	if femaleNames[name] || moreFemaleNames[name] {
		return "f"
	}
	return ""
}

// personEvidence tells a person from a name the recogniser typed as one
// on its shape alone: a person has a name of two words or more, or a known
// gender, and no word of a place or an organisation in it ("Marrow Bay",
// "Athletic", "Western Europe").
func (at *attributor) personEvidence(ei int) bool {
	e := at.a.Entities[ei]
	words := strings.Fields(e.Name)
	for _, w := range words {
		lw := lower(w)
		if orgHeads[lw] || geoHeads[lw] || streetHeads[lw] || naturalFirsts[lw] || placeFirsts[lw] || compassWords[lw] {
			return false
		}
	}
	return len(words) >= 2 || at.gender[ei] != ""
}
