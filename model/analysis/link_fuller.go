package analysis

import "github.com/byline-reader/byline/model"

// One person, several full names: news writes a name with its middle
// initial or middle name at first ("Donald J. Trump", "Hillary Rodham
// Clinton") and without it elsewhere, or a headline or a quoted speaker
// writes it shorter. Left apart, a reader's people list shows one person
// twice.

// surnameAt is the token of a person mention's surname: its last word,
// before a generational suffix ("Biden" in "Joseph R. Biden Jr.").
func (l *linker) surnameAt(m *mention) int {
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
	full := func(m *mention) bool { return m.typ == model.Person && m.te-m.ts >= 2 && !m.title }
	// most articles give no two full names one surname: the first full
	// name with each surname, by the slot of its form (tz.forms), tells
	// them without a map; a slot holds the mention's index plus one, made
	// negative once a full name of another key shares the surname
	forms := l.tz.forms
	first := l.tz.formInts(len(l.tz.vocab))
	shared := false
	for i := range ms {
		m := &ms[i]
		if !full(m) {
			continue
		}
		f := forms[l.surnameAt(m)]
		switch j := first[f]; {
		case j == 0:
			first[f] = int32(i) + 1
		case j > 0 && ms[j-1].key != m.key:
			first[f] = -j
			shared = true
		}
	}
	if !shared {
		return
	}
	// the distinct keys of the full names that share a surname, each with
	// one mention written so, a few
	type named struct {
		m     int   // a mention with the key
		words []int // the tokens of its words, suffixes and commas left out
		suf   int   // the token of its suffix, or -1
	}
	var names []named
	var all []int // the words of every name: each name's are a slice of it, not a slice of their own
	for i := range ms {
		m := &ms[i]
		if !full(m) || first[forms[l.surnameAt(m)]] >= 0 {
			continue
		}
		known := false
		for _, n := range names {
			if ms[n.m].key == m.key {
				known = true
				break
			}
		}
		if known {
			continue
		}
		s := l.surnameAt(m)
		n := named{m: i, suf: -1}
		if s < m.te-1 {
			n.suf = m.te - 1
		}
		start := len(all)
		for k := m.ts; k <= s; k++ {
			if toks[k].text != "," {
				all = append(all, k)
			}
		}
		n.words = all[start:len(all):len(all)]
		if len(n.words) >= 2 {
			names = append(names, n)
		} else {
			all = all[:start]
		}
	}
	same := func(a, b int) bool { return toks[a].low == toks[b].low }
	// within reports whether a's words are b's, in order, with the same
	// first word and surname, and fewer of them; or that they are the last
	// words of a name that opens with a given name, a surname of several
	// words ("Vander Plaats" of Bob Vander Plaats, "Ki Hong" of Justin Ki
	// Hong)
	within := func(a, b named) bool {
		wa, wb := a.words, b.words
		if len(wa) >= len(wb) || !same(wa[len(wa)-1], wb[len(wb)-1]) {
			return false
		}
		if (a.suf >= 0) != (b.suf >= 0) || a.suf >= 0 && !same(a.suf, b.suf) {
			return false // "Donald Trump" is not Donald J. Trump Jr.
		}
		if !same(wa[0], wb[0]) {
			// the longer name opens with a given name, or it is a headline's
			// words run on ("Vermonter Bernie Sanders")
			if !givenAt(l.tz, wb[0]) {
				return false
			}
			tail := wb[len(wb)-len(wa):]
			for i := range wa {
				if !same(wa[i], tail[i]) {
					return false
				}
			}
			return true
		}
		j := 1
		for _, k := range wb[1:] {
			if j < len(wa) && same(wa[j], k) {
				j++
			}
		}
		return j == len(wa)
	}
	// together reports whether the article writes the keys a and b in one
	// sentence: two people ("George Bush's son and George W. Bush's
	// brother")
	together := func(a, b string) bool {
		for i := range ms {
			x := &ms[i]
			if x.key != a || !full(x) {
				continue
			}
			for j := range ms {
				if y := &ms[j]; y.key == b && full(y) && toks[y.ts].sent == toks[x.ts].sent {
					return true
				}
			}
		}
		return false
	}
	// the mention each shorter name joins: the longest of the names it is
	// within, where they are all within one another
	type joinTo struct {
		key string
		m   int
	}
	var join []joinTo
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
			join = append(join, joinTo{ms[a.m].key, names[best].m})
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
		for _, j := range join {
			if m.key == j.key {
				m.key, m.name = ms[j.m].key, ms[j.m].name
				break
			}
		}
	}
}
