package analysis

import (
	"slices"

	"github.com/byline-reader/byline/model"
)

// One person, several full names: news writes a name with its middle
// initial or middle name at first ("Donald J. Trump", "Hillary Rodham
// Clinton") and without it elsewhere, or a headline or a quoted speaker
// writes it shorter. Left apart, a reader's people list shows one person
// twice.

// surnameAt is the token of a person mention's surname: its last word,
// before a generational suffix ("Biden" in "Joseph R. Biden Jr.").
func (l *linker) surnameAt(m mention) int {
	k := m.te - 1
	for k > m.ts && (l.tz.toks[k].in(wcSuffix) && suffixes[l.tz.toks[k].text] || l.tz.toks[k].text == ",") {
		k--
	}
	return k
}

// fullerName: a person's full name whose words are all in a longer full
// name of the article, in order, with the same first word and surname, is
// that longer name ("Donald Trump" is Donald J. Trump, "Hillary Clinton"
// Hillary Rodham Clinton). When the longer names it could be are two
// that are not themselves one ("George W. Bush" and "George H. W. Bush"
// for "George Bush"), it is left alone; and names that differ by a
// generational suffix only are father and son ("Robert F. Kennedy" and
// "Robert F. Kennedy Jr."), never joined. Nor are two names the article
// writes in one sentence: "George Bush's son and George W. Bush's brother"
// are two people.
func fullerName(l *linker) {
	ms, toks := l.ms, l.tz.toks
	// the distinct multi-word person keys, each with one mention written so
	type named struct {
		m     int   // a mention with the key
		words []int // the tokens of its words, suffixes and commas left out
		suf   int   // the token of its suffix, or -1
	}
	var names []named
	seen := map[string]bool{}
	for i, m := range ms {
		if m.typ != model.Person || m.te-m.ts < 2 || m.title || seen[m.key] {
			continue
		}
		seen[m.key] = true
		s := l.surnameAt(m)
		n := named{m: i, suf: -1}
		if s < m.te-1 {
			n.suf = m.te - 1
		}
		for k := m.ts; k <= s; k++ {
			if toks[k].text != "," {
				n.words = append(n.words, k)
			}
		}
		if len(n.words) >= 2 {
			names = append(names, n)
		}
	}
	if len(names) < 2 {
		return
	}
	same := func(a, b int) bool { return toks[a].low == toks[b].low }
	// within reports whether a's words are b's, in order, with the same
	// first word and surname, and fewer of them
	within := func(a, b named) bool {
		wa, wb := a.words, b.words
		if len(wa) >= len(wb) || !same(wa[0], wb[0]) || !same(wa[len(wa)-1], wb[len(wb)-1]) {
			return false
		}
		if (a.suf >= 0) != (b.suf >= 0) || a.suf >= 0 && !same(a.suf, b.suf) {
			return false // "Donald Trump" is not Donald J. Trump Jr.
		}
		j := 1
		for _, k := range wb[1:] {
			if j < len(wa) && same(wa[j], k) {
				j++
			}
		}
		return j == len(wa)
	}
	// the key each shorter name joins: the longest of the names it is
	// within, where they are all within one another
	// the sentences each key is written in, to tell two names of one
	// sentence apart
	sentsOf := map[string][]int32{}
	for _, m := range ms {
		if m.typ == model.Person && m.te-m.ts >= 2 {
			sentsOf[m.key] = append(sentsOf[m.key], toks[m.ts].sent)
		}
	}
	together := func(a, b string) bool {
		for _, s := range sentsOf[a] {
			if slices.Contains(sentsOf[b], s) {
				return true
			}
		}
		return false
	}
	join := map[string]int{}
	for _, a := range names {
		best := -1
		ok := true
		for bi, b := range names {
			if !within(a, b) {
				continue
			}
			switch {
			case best < 0:
				best = bi
			case within(names[best], b):
				best = bi
			case !within(b, names[best]):
				ok = false
			}
		}
		if ok && best >= 0 && !together(ms[a.m].key, ms[names[best].m].key) {
			join[ms[a.m].key] = names[best].m
		}
	}
	if len(join) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Person {
			continue
		}
		if j, ok := join[m.key]; ok {
			m.key, m.name = ms[j].key, ms[j].name
		}
	}
}
