package analysis

import (
	"slices"
	"strings"

	"github.com/byline-reader/byline/model"
)

// nameVotesOf is entity -> the votes for his (0) and her (1) that its
// mentions' titles, the nouns written with them and its given name cast,
// read once per article: gendersWith asks them again, unchanged, when
// regender counts the definite descriptions.
func (at *attributor) nameVotesOf() [][2]int {
	if at.nameVotes != nil {
		return at.nameVotes
	}
	at.nameVotes = at.readNameVotes()
	return at.nameVotes
}

// readNameVotes is nameVotesOf, read from the mentions.
func (at *attributor) readNameVotes() [][2]int {
	toks := at.tz.toks
	votes := make([][2]int, len(at.a.Entities))
	next := 0 // the index of the entity's first mention in at.mentionToks
	for ei, e := range at.a.Entities {
		if e.Type != model.Person {
			next += len(e.Mentions)
			continue
		}
		// titles in the mention or just before it; a mention's only word is
		// its name, no title ("King won", "Prince said": surnames)
		for _, m := range e.Mentions {
			s := at.mentionTokAt(next, m)
			next++
			for k := s - 2; k <= s; k++ {
				if k < 0 || k == s && m.End <= toks[s].End {
					continue
				}
				switch strings.TrimSuffix(toks[k].low, ".") {
				case "mr", "sir", "king", "prince", "lord", "father", "congressman", "councilman", "chairman", "spokesman", "businessman":
					votes[ei][0] += 6
				case "mrs", "ms", "miss", "dame", "queen", "princess", "lady", "congresswoman", "councilwoman", "chairwoman", "spokeswoman", "businesswoman":
					votes[ei][1] += 6
				}
			}
			// the noun written with the name: "her son, Ivo Marsh"
			if s >= 0 && at.mstart[s] == s {
				switch at.describedNameGender(s, at.mend[s]) {
				case "m":
					votes[ei][0] += 6
				case "f":
					votes[ei][1] += 6
				}
			}
		}
		first, _ := nextField(e.Name)
		g := chainGenderOfWord(first)
		if g == "" {
			g = nameFormGender(e.Name) // "Aigerim Nurlanovna Suleimenova" (coref_nameform.go)
		}
		w := 4
		if crossGenderName(first) {
			w = 1 // "Andrea Pinna": the text decides (coref46_given.go)
		}
		switch g {
		case "m":
			votes[ei][0] += w
		case "f":
			votes[ei][1] += w
		}
	}
	return votes
}

// withDescriptions is the list of genderTokens with the "the" of every
// definite description descAt counts (descAt[k] > 0, at.desc's keys)
// merged in, in order: the tokens gendersWith's walk acts on when it
// counts the descriptions, so that it need not read every token.
func (at *attributor) withDescriptions(list, descAt []int32) []int32 {
	keys := make([]int32, 0, len(at.desc))
	for k := range at.desc {
		if descAt[k] > 0 {
			keys = append(keys, int32(k))
		}
	}
	if len(keys) == 0 {
		return list
	}
	slices.Sort(keys)
	out := make([]int32, 0, len(list)+len(keys))
	i, j := 0, 0
	for i < len(list) || j < len(keys) {
		switch {
		case j == len(keys) || i < len(list) && list[i] < keys[j]:
			out = append(out, list[i])
			i++
		case i == len(list) || keys[j] < list[i]:
			out = append(out, keys[j])
			j++
		default: // the same token in both
			out = append(out, list[i])
			i, j = i+1, j+1
		}
	}
	return out
}

// mentionTokAt is tokenAt of mention m's start, the i-th mention of the
// article in the order of its entities, as newAttributor found it.
func (at *attributor) mentionTokAt(i int, m model.Mention) int {
	if i < len(at.mentionToks) {
		return int(at.mentionToks[i])
	}
	return at.tokAt(m.Start)
}

// firstMentionTok is firstMention of entity ei's mentions and tokenAt of
// its start, as newAttributor found it (mentionToks).
func (at *attributor) firstMentionTok(ei int) (first model.Mention, k int, ok bool) {
	ms := at.a.Entities[ei].Mentions
	if len(ms) == 0 {
		return first, -1, false
	}
	if ei < len(at.firstOf) {
		i := int(at.firstOf[ei])
		return ms[i], at.mentionTokAt(int(at.mentionFrom[ei])+i, ms[i]), true
	}
	i := 0
	for j := 1; j < len(ms); j++ {
		if ms[j].Start < ms[i].Start {
			i = j
		}
	}
	return ms[i], at.tokAt(ms[i].Start), true
}
