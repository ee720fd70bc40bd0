package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Linking passes of names34: what a one-word person the article names
// is, once the one-word people have joined the full names they can.

// loneWordPerson reports a person known by one word that joined no
// longer name.
func (l *linker) loneWordPerson(m *mention) bool {
	return m.typ == model.Person && m.te-m.ts == 1 && m.key == l.tz.toks[m.ts].low && !m.title
}

// kinGivenName (a linking pass): a given name alone set off right after a
// possessive and a kin noun ("Ana Reed … her husband, Tomas,", "their
// daughter, Maddie,", "Reed's son Ivo", "his late wife, Ana"), or before
// them ("Maddie, their youngest daughter,"), is a relative of the person the
// possessive is: a pronoun's is the person named last before it, by a
// name of two words or more, whose gender the pronoun does not
// contradict; a name's is that name's. The reader sees one person with the
// family's surname ("Tomas Reed"), every mention of the given name alone
// joined to it. A given name that opens another person's full name has
// joined it already and is left alone, as is one the kin noun does not
// fit (a woman's name after "husband").
func kinGivenName(l *linker) {
	ms, toks := l.ms, l.tz.toks
	for i := range ms {
		m := &ms[i]
		if !l.loneWordPerson(m) {
			continue
		}
		k, p := kinBefore(toks, m.ts)
		if k < 0 {
			k, p = l.kinAfter(m.te)
		}
		if k < 0 || toks[k].sent != toks[m.ts].sent || toks[p].sent != toks[m.ts].sent {
			continue
		}
		if g := givenNameGender(m.key); g != "" && describedGender(toks[k].low) != "" && g != describedGender(toks[k].low) {
			continue
		}
		anchor := -1
		// the person mention that ends last before the possessive, the
		// mentions read in any order: a pass may have added some at the end
		last := func() int {
			best := -1
			for j := range ms {
				if ms[j].typ == model.Person && ms[j].te <= p && ms[j].key != m.key && (best < 0 || ms[j].te > ms[best].te) {
					best = j
				}
			}
			return best
		}
		switch w := toks[p].low; {
		case isPossessive(toks[p].text):
			if j := last(); j >= 0 && ms[j].te == p {
				anchor = j
			}
		case w == "his" || w == "her" || w == "their" || w == "whose":
			anchor = last()
			if anchor >= 0 && w == "their" && l.coupleApart(anchor, p) {
				anchor = -1
			}
			if anchor >= 0 && (w == "his" || w == "her") {
				want := "m"
				if w == "her" {
					want = "f"
				}
				if g := givenNameGender(strings.ToLower(strings.Fields(ms[anchor].name)[0])); g != "" && g != want {
					anchor = -1
				}
			}
		}
		if anchor < 0 || !strings.Contains(ms[anchor].key, " ") || !nearAnchor(toks, ms[anchor].te-1, p) {
			continue
		}
		words := strings.Fields(ms[anchor].name)
		if strings.EqualFold(words[0], m.name) || len(words) == 2 && kunyaWords[strings.ToLower(words[0])] {
			continue // "Abu Samir … his daughter Layla": a kunya, "father of Samir", is no family's name (recog45)
		}
		// the surname with its particles: "Marion" of "Le Pen's niece"
		// is Marion Le Pen
		s := len(words) - 1
		for s > 1 && nameParticles[strings.ToLower(words[s-1])] {
			s--
		}
		name := m.name + " " + strings.Join(words[s:], " ")
		key, own := strings.ToLower(name), m.key
		for j := range ms {
			if ms[j].typ == model.Person && ms[j].key == own {
				ms[j].key, ms[j].name = key, name
			}
		}
	}
}

// familyWordPerson (a linking pass): a person known only by what a family
// calls its own, written as a name ("Dad said", "told Mum", "Nana
// laughed"), is no one the reader can list, and is dropped; a word of a
// longer name ("Nana Akufo-Addo") has joined it and is kept.
func familyWordPerson(l *linker) {
	drop := false
	for i := range l.ms {
		if m := &l.ms[i]; l.loneWordPerson(m) && familyAddressWords[m.key] {
			m.te, drop = m.ts, true
		}
	}
	if drop {
		out := l.ms[:0]
		for _, m := range l.ms {
			if m.te > m.ts {
				out = append(out, m)
			}
		}
		l.ms = out
	}
}

// nearAnchor reports whether the person's name ending at token a is near
// enough to the possessive at p to be the one it means: in its sentence,
// or in the sentence before when no pronoun of a person opens a clause
// between ("He said his wife, …" is about whoever "He" is), or farther
// back along a chain of the person's own pronouns (pronounChain).
func nearAnchor(toks []token, a, p int) bool {
	if toks[a].sent == toks[p].sent {
		return true
	}
	if toks[a].sent+1 != toks[p].sent {
		return pronounChain(toks, a, p)
	}
	for k := a + 1; k < p; k++ {
		if w := toks[k].low; w == "he" || w == "she" || w == "they" {
			return pronounChain(toks, a, p)
		}
	}
	return true
}

// pronounChain (names36) reports whether a "his" or "her" that opens its
// sentence at p, in the anchor's paragraph or the next and five sentences
// after it at most, has only pronouns of its own gender between outside
// quotation marks: the story is still about the person named at a ("Ivo
// Reed, 71, said he was home in a week. “My wife called 999,” he said.
// His wife, Ana, said …"). Words inside quotation marks are the speaker's,
// whose "her hand" is no one of the story's.
func pronounChain(toks []token, a, p int) bool {
	w := toks[p].low
	if w != "his" && w != "her" || p == 0 || toks[p-1].sent == toks[p].sent ||
		toks[p].para-toks[a].para > 1 || toks[p].sent-toks[a].sent > 5 {
		return false
	}
	inQuote := false
	for k := a + 1; k < p; k++ {
		switch t := toks[k].text; t {
		case "\"":
			inQuote = !inQuote
		case "“":
			inQuote = true
		case "”":
			inQuote = false
		}
		if inQuote {
			continue
		}
		switch toks[k].low {
		case "he", "him", "his", "himself":
			if w != "his" {
				return false
			}
		case "she", "her", "hers", "herself":
			if w != "her" {
				return false
			}
		case "they", "them", "their":
			return false
		}
	}
	return true
}

// givenNamesFirst (a linking pass): a person's name of two words or more
// that opens or closes exactly one longer person's name of the article,
// word for word, is that person ("Mohd Faizal" for Mohd Faizal Abdullah,
// as Malaysian news writes a man by his given names; "Hillary Rodham" for
// Hillary Rodham Clinton; "Suu Kyi" for Aung San Suu Kyi, "Wasserman
// Schultz" for Debbie Wasserman Schultz), when the longer name comes
// first, as a story introduces a person in full ("the uber-white
// Vermonter Ada Holm" after "Ada Holm" is no fuller name), and the words
// it adds are no demonyms ("Floridians Ada Holm"). The longer name has four words at most, none
// a head noun nor in the headline, the words it adds name words never
// written in lower case nor hyphenated to one ("T-shirts"). A longer name that ends in a generational
// suffix is another man's ("Robert F. Kennedy Jr."), and two longer names
// it opens leave it alone.
func givenNamesFirst(l *linker) {
	ms, toks := l.ms, l.tz.toks
	// the longer names a shorter one may join: people of three or four
	// words; found once, so that the pass is no scan of every pair
	var longer []int
	for j := range ms {
		if o := &ms[j]; o.typ == model.Person && !o.title && o.te-o.ts >= 3 && o.te-o.ts <= 4 {
			longer = append(longer, j)
		}
	}
	if len(longer) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		n := m.te - m.ts
		if m.typ != model.Person || n < 2 || m.title {
			continue
		}
		// where the article first writes the shorter name (found when a
		// longer name could join it): the longer one comes before it, as a
		// story introduces a person in full
		first := -1
		to := -1
		for _, j := range longer {
			o := &ms[j]
			if o.te-o.ts <= n || o.ts > m.ts || o.key == m.key || to >= 0 && ms[to].key == o.key {
				continue
			}
			// the shorter name opens the longer one, or else closes it
			at := o.ts
			same := wordsAt(toks, m.ts, at, n)
			if !same && !(toks[m.te-1].in(wcSuffix) && suffixes[toks[m.te-1].text]) {
				// closing it, the longer name opens with a known given name
				// or with no sentence ("Harbourside Ada Holm Wins" is a
				// headline's words run on)
				at = o.te - n
				same = wordsAt(toks, m.ts, at, n) &&
					(givenAt(l.tz, o.ts) || o.ts > 0 && toks[o.ts-1].sent == toks[o.ts].sent)
			}
			if !same {
				continue
			}
			if first < 0 {
				first = m.ts
				for q := range ms {
					if ms[q].key == m.key && ms[q].ts < first {
						first = ms[q].ts
					}
				}
			}
			if o.ts > first {
				continue
			}
			for k := o.ts; k < o.te && same; k++ {
				// a name, not a headline's words nor a body's run on
				// into it ("Ada Holm Joins Race", "Holm Partners Fund")
				t := &toks[k]
				same = t.para >= 0 && !t.in(wcHead) && (at <= k && k < at+n || t.isNameWord() && !l.tz.usedInLowerCase(t.low) && !isAllCapitals(t.text) && !lowerAfterMark(t.text) &&
					!t.in(wcDescriptor) && !pluralDemonym(t.low))
			}
			if !same {
				continue
			}
			if to >= 0 || toks[o.te-1].in(wcSuffix) && suffixes[toks[o.te-1].text] {
				to = -2 // two longer names, or a son's
				break
			}
			to = j
		}
		if to >= 0 {
			old := m.key
			for j := range ms {
				if ms[j].typ == model.Person && ms[j].key == old {
					ms[j].key, ms[j].name = ms[to].key, ms[to].name
				}
			}
		}
	}
}

// missedParticleSurname (a linking pass): a person's surname that opens
// with a capitalised particle ("Aroha Te Whare", "Pieter Van Dam"), which
// the recogniser missed elsewhere written with its particle ("Te Whare
// said"), is that person there, as missedSurname finds a surname of one
// word; not where a capitalised word runs on either side, and not when
// two people of the article share the surname.
func missedParticleSurname(l *linker) {
	toks := l.tz.toks
	var who []int // full names whose surname opens with a capitalised particle
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ == model.Person && m.te-m.ts >= 3 && toks[m.te-2].capital && toks[m.te-2].in(wcNameParticle) {
			who = append(who, i)
		}
	}
	if who == nil {
		return
	}
	covered := make([]bool, len(toks))
	for _, m := range l.ms {
		for k := m.ts; k < m.te; k++ {
			covered[k] = true
		}
	}
	forms := l.tz.forms
	for k := 0; k+1 < len(toks); k++ {
		if covered[k] || covered[k+1] || !toks[k].capital || !toks[k].in(wcNameParticle) || toks[k].sent != toks[k+1].sent ||
			toks[k].para < 0 || l.a.InFurniture(toks[k].Span) {
			continue
		}
		if insideLongerName(toks, k, k+2) {
			continue
		}
		to := -1
		for _, i := range who {
			m := &l.ms[i]
			if forms[m.te-2] != forms[k] || forms[m.te-1] != forms[k+1] {
				continue
			}
			if to >= 0 && l.ms[to].key != m.key {
				to = -2
				break
			}
			to = i
		}
		if to >= 0 {
			l.ms = append(l.ms, mention{ts: k, te: k + 2, typ: model.Person, key: l.ms[to].key, name: l.ms[to].name})
			covered[k], covered[k+1] = true, true
		}
	}
}

// kinBefore reads a kin noun and a possessive before the name at ts ("his
// late wife, Ana", "Reed's son Ivo"): the kin noun's token and the
// possessive's, or -1, -1. Up to two words in lower case stand between
// them.
func kinBefore(toks []token, ts int) (int, int) {
	k := ts - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k < 1 || !kinNouns[toks[k].low] {
		return -1, -1
	}
	p := k - 1
	for n := 0; n < 2 && p > 0 && kinModifier(&toks[p]); n++ {
		p--
	}
	if w := toks[p].low; isPossessive(toks[p].text) || w == "his" || w == "her" || w == "their" || w == "whose" {
		return k, p
	}
	return -1, -1
}

// kinAfter reads a comma, a possessive and a kin noun after the name
// ending at te ("Maddie, their youngest daughter,", "Rémi, Gaudet's
// brother,"): the kin noun's token and the possessive's, or -1, -1.
func (l *linker) kinAfter(te int) (int, int) {
	toks := l.tz.toks
	if te+2 >= len(toks) || toks[te].text != "," {
		return -1, -1
	}
	p := te + 1
	if w := toks[p].low; w != "his" && w != "her" && w != "their" {
		// a person's name and a possessive
		p = -1
		for j := range l.ms {
			if o := &l.ms[j]; o.ts == te+1 && o.typ == model.Person && o.te < len(toks) && isPossessive(toks[o.te].text) {
				p = o.te
				break
			}
		}
		if p < 0 {
			return -1, -1
		}
	}
	k := p + 1
	for n := 0; n < 2 && k+1 < len(toks) && kinModifier(&toks[k]); n++ {
		k++
	}
	if k < len(toks) && kinNouns[toks[k].low] {
		return k, p
	}
	return -1, -1
}

// kinModifier: a word in lower case that may stand between a possessive
// and a kin noun ("late", "youngest", "older"), no possessive itself nor
// a kin noun.
func kinModifier(t *token) bool {
	return isLowerWord(t.text) && !kinNouns[t.low] && !possessives[t.low] && len(t.text) > 2 && !t.in(wcStarter)
}

// wordsAt reports whether the n words from a are those from b, lower-cased.
func wordsAt(toks []token, a, b, n int) bool {
	for k := 0; k < n; k++ {
		if toks[a+k].low != toks[b+k].low {
			return false
		}
	}
	return true
}

// pluralDemonym reports a word of the shape of a people's plural name
// ("floridians", "texans", "muscovites"), which no given name has.
func pluralDemonym(w string) bool {
	return strings.HasSuffix(w, "ians") || strings.HasSuffix(w, "eans") || strings.HasSuffix(w, "ites") || strings.HasSuffix(w, "xans")
}

// coupleApart reports whether "their" at p may mean two people of
// different surnames: the person named last before it (ms[a]) and the
// one named before that, in the same sentence or the one before, have
// full names that end apart ("Tom Hanks and his wife, Rita Wilson …
// Their son"), so that the child's surname is not known.
func (l *linker) coupleApart(a, p int) bool {
	ms, toks := l.ms, l.tz.toks
	b := -1
	for j := range ms {
		if ms[j].typ == model.Person && ms[j].te <= ms[a].ts && ms[j].key != ms[a].key && (b < 0 || ms[j].te > ms[b].te) {
			b = j
		}
	}
	if b < 0 || !strings.Contains(ms[b].key, " ") || toks[ms[b].ts].sent+1 < toks[p].sent {
		return false
	}
	wa, wb := strings.Fields(ms[a].key), strings.Fields(ms[b].key)
	return wa[len(wa)-1] != wb[len(wb)-1]
}
