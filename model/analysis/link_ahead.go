package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Short names ahead of the full names: a headline or a lead writes the
// surname before the story introduces anyone ("Reed faces tight race"),
// and when two people of the article share it (a senator and her husband,
// a father and son) no discourse before it tells them apart. The headline
// uses the surname as the story does: it is the person the story's own
// bare surname refers to most often. With no such use, or a tie, it stays
// the surname.

// shortNamesAhead joins each one-word mention in ahead, none of whose
// full names comes before it, to the person the article's other one-word
// mentions of the same word mostly joined.
func (l *linker) shortNamesAhead(ahead []int) {
	ms, forms := l.ms, l.tz.forms
	for _, i := range ahead {
		m := &ms[i]
		if l.beforeKin(m.te) || m.te < len(l.tz.toks) && familyNouns[l.tz.toks[m.te].low] {
			continue // "Reed's son speaks", "the Reed family": not the story's Reed
		}
		f := forms[m.ts]
		want := l.titleGender(m.ts)
		// how often each full name took the word, counted over the short
		// mentions after this one: few per article, so a scan of them
		counts := map[string]int{}
		at := map[string]int{}
		for j := i + 1; j < len(ms); j++ {
			mj := &ms[j]
			if mj.te-mj.ts != 1 || forms[mj.ts] != f || mj.typ != model.Person || mj.key == m.key {
				continue
			}
			counts[mj.key]++
			at[mj.key] = j
		}
		best, bestN, tie := -1, 0, false
		for k, n := range counts {
			switch {
			case n > bestN:
				best, bestN, tie = at[k], n, false
			case n == bestN:
				tie = true
			}
		}
		if best < 0 || tie {
			continue
		}
		if g := givenNameGender(strings.ToLower(strings.Fields(ms[best].name)[0])); want != "" && g != "" && g != want {
			continue
		}
		m.key, m.name, m.typ = ms[best].key, ms[best].name, model.Person
	}
}

// beforeKin reports a possessive and a kin noun at token k ("Reed's
// son", "Reed’s Wife"): the story is about the relative, whom its bare
// surname names, not this Reed.
func (l *linker) beforeKin(k int) bool {
	toks := l.tz.toks
	if k+1 >= len(toks) || toks[k].sent != toks[k+1].sent {
		return false
	}
	if w := toks[k].text; w != "'s" && w != "’s" && w != "'" && w != "’" {
		return false
	}
	return kinNouns[toks[k+1].low]
}
