package analysis

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// genders estimates each entity's grammatical gender ("m", "f" or "")
// from titles before its mentions and the pronouns that follow them.
func (at *attributor) genders() []string { return at.gendersWith(nil) }

// gendersWith is genders, with the definite descriptions the chains
// resolved counted as mentions of their people where descAt is not nil:
// descAt[k] is one more than the person of the description whose "the"
// is token k, its end at.desc's head (coref40_regender.go).
func (at *attributor) gendersWith(descAt []int32) []string {
	toks := at.tz.toks
	// the votes of the names are the same for every call: read once
	// (nameVotesOf, speedA2_genders.go), a copy for the pronouns to add to
	votes := slices.Clone(at.nameVotesOf())
	// a pronoun votes for the last person mentioned before it, when only one
	// person is in reach in its sentence: two votes where the name is in its
	// own or the previous sentence, one where it is farther back, since a
	// "her" sentences after a quotation's "said Dorin Vasko" is as often
	// the article's subject, named long before (titles and given names count
	// double to keep their weight against the pronouns)
	// (the indexes in locals as long as the tokens, so that the compiler
	// checks no index of k, and the pronouns by their kind bit: this loop
	// reads every token of the article; the last person by the token of
	// their mention, which tells both who and in which sentence)
	// people counts the people of the sentence in its low bits and, above
	// them (votedHe, votedShe), the side a pronoun of the sentence has
	// already voted for the last person: with one person named, a
	// sentence's pronouns of the other gender are someone else ("she
	// called him" about a named woman), so they vote for nobody (one
	// variable for both keeps this loop over every token in registers)
	// lastCount is how many people the sentence of last named: a pronoun
	// of a later sentence votes for the subject of a sentence that named
	// two, subj, the first of them that opens a clause, not for the last
	// ("Rania Saleh praised Samer Haddad's plan. “…,” she said"), or for
	// the other of two where the subject's title or name tells the other
	// gender, and for no one where none opens a clause. A him, or a her
	// that owns nothing, in the clause the one person of its sentence
	// opens is someone else ("Samer Khalil thanked her", boundObject), and
	// so are the pronouns of that gender after it in its sentence and the
	// next ones' (“…,” she said): lastBound holds the genders so bound, by
	// votedHe and votedShe
	last, lastSent, people, lastCount, lastBound, subj := -1, int32(-1), 0, 0, 0, -1
	lastEi, lastEnd, subjEi := -1, -1, -1 // the person of last and subj, the end of last
	ents := at.a.Entities
	ment, mstart, mend, qtok := at.ment[:len(toks)], at.mstart[:len(toks)], at.mend[:len(toks)], at.qtok[:len(toks)]
	// lastVoted holds the sides the pronouns of later sentences voted for
	// last: one of the other side after them is someone else ("A neighbour,
	// Okello Mugisha, was patient. “…,” he said. ⏎ “…,” she said")
	lastVoted := 0
	lastPoss := -1 // the last his or her read
	// the tokens this loop acts on, the mentions' first and the gendered
	// pronouns, where the article's sentences follow each other token by
	// token (genderTokens): the others only move lastSent on, which the
	// next of these does as well; else, and for descAt's descriptions,
	// every token
	list := at.genderTokens()
	if descAt != nil && list != nil {
		list = at.withDescriptions(list, descAt) // speedA2_genders.go
	}
	n := len(toks)
	if list != nil {
		n = len(list)
	}
	for i := 0; i < n; i++ {
		k := i
		if list != nil {
			k = int(list[i])
		}
		t := &toks[k] // no copy of every token of the article
		if t.is(wkGenderedPronoun) && (t.low == "his" || t.low == "her") {
			lastPoss = k // a possessive a name after it may be apposed to (ownerApposedSide)
		}
		if t.sent != lastSent {
			if t.sent > lastSent+1 && list == nil {
				last = -1
			}
			lastSent, people = t.sent, 0
		}
		ei, e := ment[k], mend[k]
		if descAt != nil && descAt[k] > 0 {
			ei, e = int(descAt[k])-1, at.desc[k].head+1 // "the lawyer", as a mention of her
		} else if ei >= 0 && mstart[k] != k {
			ei = -1
		}
		if ei >= 0 && ents[ei].Type == model.Person {
			if qtok[k] >= 0 {
				// a name in quoted words is not who the tag after them is
				// about: "“Trump will lose,” she said" tells nothing of
				// Trump, so no pronoun votes until a name outside them
				last = -1
				continue
			}
			if last < 0 || ei != lastEi {
				people = people&peopleCount + 1
			}
			if last < 0 || toks[last].sent != t.sent {
				lastBound, subj = 0, -1
			}
			if subj < 0 && at.opensClause(k) {
				subj, subjEi = k, ei
			}
			if lastPoss >= 0 && k-lastPoss <= 12 && toks[lastPoss].sent == t.sent {
				if side := at.ownerApposedSide(k); side >= 0 {
					// "Her colleague, economist Tuul Bat, said …": a she
					// after it may be either (spk18_owner.go)
					lastBound |= votedHe << side
				}
			}
			last, lastEi, lastEnd, lastCount, lastVoted = k, ei, e, people&peopleCount, 0
			continue
		}
		if !t.is(wkGenderedPronoun) || last < 0 || people&peopleCount > 1 || qtok[k] >= 0 {
			continue
		}
		side, bit := 0, votedHe
		if personalPronounGender(t.low) == "f" {
			side, bit = 1, votedShe
		}
		who := lastEi
		if toks[last].sent != t.sent {
			if lastBound&bit != 0 || lastCount > 1 && subj < 0 || lastVoted & ^bit != 0 {
				continue
			}
			if lastCount > 1 {
				// the subject, or else the other of two when the subject's
				// title or name tells the other gender ("Ann Reed met Tomas
				// Brandt. He shook his head")
				who = subjEi
				if against := votes[subjEi]; against[1-side] > against[side] {
					if other := votes[lastEi]; lastCount > 2 || lastEi == subjEi || other[1-side] > other[side] {
						continue
					}
					who = lastEi
				}
			}
		} else if lastBound&bit != 0 || at.boundObject(lastEnd, k) || at.relativeObject(lastEnd, k) {
			lastBound |= bit // "Reed accused her of lying when she …": she is her
			continue
		} else if at.descriptionBetween(lastEnd, k) {
			continue // "Bat said the minister had lost his way": his may be the minister's (spk18_between.go)
		}
		w := 2
		if t.sent > toks[last].sent+1 {
			w = 1
		}
		if people&(votedHe|votedShe) & ^bit != 0 {
			continue
		}
		people |= bit
		if toks[last].sent != t.sent && who == lastEi {
			lastVoted |= bit
		}
		votes[who][side] += w
	}
	at.clauseGenderVotes(votes, descAt) // coref40_gender.go
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

// The bits of genders' people count above the count itself.
const (
	peopleCount = 1<<4 - 1
	votedHe     = 1 << 4
	votedShe    = 1 << 5
)

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
		if r, ok := at.pluralSubject(k); ok {
			return r // "The groups say … They argue" (coref_heads.go)
		}
	}
	if g == "n" {
		if r, ok := at.thingSubject(k); ok {
			return r // "The memo from the panel … “…,” it stated" (coref_heads.go)
		}
	}
	pick := func(ei int) attribution {
		e := at.a.Entities[ei]
		return attribution{speaker: e.Name, id: e.ID, mention: span, ok: true}
	}
	if ei, ok := at.pron[k]; ok {
		if d, ok := at.anonDesc[k]; ok && ei < 0 {
			return at.anonymousSpeaker(k, d) // "a police spokesman" (coref34_anon.go)
		}
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
		} else if g == "n" {
			if alt := at.speakingBody(j, fits); alt >= 0 {
				ei = alt // "The ministry said … with the authority. It said" (spk18_body.go)
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
func givenNameGender(name string) string { return givenNameGenders[name] }

// givenNameGenders is the four lists of given names in one map, "m" or
// "f" for each name (male where a name is in both): givenNameGender is
// asked of many words that are no name, and one look-up answers those
// where four did.
var givenNameGenders = func() map[string]string {
	m := map[string]string{}
	for _, l := range []struct {
		set map[string]bool
		g   string
	}{{femaleNames, "f"}, {moreFemaleNames, "f"}, {maleNames, "m"}, {moreMaleNames, "m"}} {
		for w, in := range l.set {
			if in {
				m[w] = l.g
			}
		}
	}
	return m
}()

// personEvidence tells a person from a name the recogniser typed as one
// on its shape alone: a person has a name of two words or more, or a known
// gender, and no word of a place or an organisation in it ("Marrow Bay",
// "Athletic", "Western Europe").
func (at *attributor) personEvidence(ei int) bool {
	if at.nameShapes == nil {
		at.nameShapes = make([]uint8, len(at.a.Entities))
	}
	if at.nameShapes[ei] == 0 {
		at.nameShapes[ei] = nameShape(at.a.Entities[ei].Name)
	}
	switch at.nameShapes[ei] {
	case shapeNotPerson:
		return false
	case shapeWords:
		return true
	}
	return at.gender[ei] != ""
}

// The shapes of a person's name personEvidence reads, once per person
// (at.nameShapes): the name does not change while the gender the chains
// give it may.
const (
	shapeNotPerson = 1 + iota // a word of a place or an organisation
	shapeOneWord              // one word, or none
	shapeWords                // two words or more
)

// nameShape is the shape of the name for personEvidence.
func nameShape(name string) uint8 {
	notPersonFilterOnce.Do(buildNotPersonFilter) // after buildWordClasses (speedA5_names.go)
	words := 0
	for w, rest := nextField(name); w != ""; w, rest = nextField(rest) {
		words++
		if mayBeNotPersonWord(w) && classOfWord(w)&notPersonNameWords != 0 {
			return shapeNotPerson
		}
	}
	if words >= 2 {
		return shapeWords
	}
	return shapeOneWord
}

// notPersonNameWords are the lists whose words make a name a place's or an
// organisation's: orgHeads, geoHeads, streetHeads, naturalFirsts,
// placeFirsts, compassWords.
const notPersonNameWords = wcOrgHead | wcGeoHead | wcStreetHead | wcNaturalFirst | wcPlaceFirst | wcCompass

// nextField is the first word of s as strings.Fields splits it, and the
// text after it, without making the slice of every word.
func nextField(s string) (word, rest string) {
	// strings.TrimLeftFunc and IndexFunc with unicode.IsSpace, written
	// out with the ASCII spaces by a byte compare: a name is nearly
	// always ASCII, and the calls cost most of personEvidence
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	s = s[i:]
	for j := 0; j < len(s); {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiSpace(c) {
				return s[:j], s[j:]
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			return s[:j], s[j:]
		}
		j += size
	}
	return s, ""
}

// asciiSpace reports whether the ASCII byte c is a space unicode.IsSpace
// accepts: tab, newline, vertical tab, form feed, carriage return, space.
func asciiSpace(c byte) bool {
	return c == ' ' || c-'\t' <= '\r'-'\t'
}

// lowerOnStack lowers an ASCII word of 32 bytes or fewer into buf and
// returns the lowered bytes, ok false for a longer word or one beyond
// ASCII: a name is capitalised, and lower would make a string of every
// one, where a map look-up of string(b) makes none.
func lowerOnStack(w string, buf *[32]byte) (b []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// genderOfWord is givenNameGender of w lower-cased (lowerOnStack).
func genderOfWord(w string) string {
	var buf [32]byte
	if b, ok := lowerOnStack(w, &buf); ok {
		return givenNameGenders[string(b)]
	}
	return givenNameGender(lower(w))
}

// classOfWord is the class of w lower-cased (lowerOnStack).
func classOfWord(w string) wordClass {
	var buf [32]byte
	if b, ok := lowerOnStack(w, &buf); ok {
		return wordClasses[string(b)]
	}
	return wordClasses[lower(w)]
}

// chainGenderOfWord is genderOfWord, or else the gender the chains' own
// lists of given names tell (corefMaleNames, corefFemaleNames), for the
// pronoun chains alone; the lists are of plain ASCII names.
func chainGenderOfWord(w string) string {
	if g := genderOfWord(w); g != "" {
		return g
	}
	var buf [32]byte
	b, ok := lowerOnStack(w, &buf)
	switch {
	case !ok:
		return ""
	case corefMaleNames[string(b)]:
		return "m"
	case corefFemaleNames[string(b)]:
		return "f"
	}
	return ""
}
