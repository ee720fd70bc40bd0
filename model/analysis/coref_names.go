package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Short names in discourse: a bare surname ("Varga", "Mr. Reed") or a
// first name that two full names of the article share refers to the person
// the article is talking about at that point, not to whichever of them was
// written last. News introduces a relative or namesake in passing ("the
// brother of director Jon Varga", "the party of Hal Reed and Thomas
// W. Reed") and goes on using the short form for its subject, so a full
// name in passing does not take the short form over, while a full name
// that is the subject of its clause does.

// shortNameRefs remembers where the article last used a short form for a
// person, by the short word and the full name's key: once "Holm" is
// Ada Holm, her husband's first name "Tom" does not take her surname
// over.
type shortNameRefs map[[2]string]int

// surnameReferent picks, among the full-name mentions cands that share the
// one-word person mention i's word, the person it refers to; ok is false
// when none can be told. A title before the short name ("Mr.", "Mrs.")
// must agree with the candidate's gender; then the person referred to
// most recently wins, counting a full name only where it is prominent
// (not inside a prepositional phrase or a possessive). With no such
// reference, the nearest full name before it, as before.
func (l *linker) surnameReferent(cands []int, i int, refs shortNameRefs) (int, bool) {
	ms := l.ms
	ts := ms[i].ts
	if c, ok := l.generationReferent(cands, i); ok {
		return c, true // "the elder Quispe" (coref45_names.go)
	}
	want := l.titleGender(ts)
	// a full name's gender is what any of its mentions tells
	var keyGender map[string]string
	if want != "" {
		keyGender = map[string]string{}
		for _, c := range cands {
			if keyGender[ms[c].key] == "" {
				keyGender[ms[c].key] = l.mentionGender(ms[c])
			}
			if keyGender[ms[c].key] == "" {
				keyGender[ms[c].key] = refs.titled(ms[c].key)
			}
		}
	}
	// with no gender wanted every candidate agrees, and nothing is looked
	// up; keyGender is asked only once made, where the look-up of a nil
	// map still called the runtime
	agrees := func(c int) bool {
		if want == "" {
			return true
		}
		var g string
		if keyGender == nil {
			g = givenGenderAt(l.tz, ms[c].ts)
		} else {
			g = keyGender[ms[c].key]
		}
		return g == "" || g == want
	}
	if want == "" {
		// no title: the pronoun that goes on with the name ("Reed said
		// he …") tells a senator from his wife, where it rules out some
		// of the candidates and not all of them (else it is about someone
		// else: "Reed said he had lied")
		if g := l.pronounGenderAfter(ms[i].te); g != "" && !l.pronounBefore(ms[i].ts, g) {
			want = g
			some, all := false, true
			for _, c := range cands {
				if agrees(c) {
					some = true
				} else {
					all = false
				}
			}
			if !some || all {
				want = ""
			}
		}
	}
	same := true
	for _, c := range cands {
		if ms[c].key != ms[cands[0]].key {
			same = false
		}
	}
	if same && agrees(cands[0]) {
		return cands[0], true
	}
	// a sitting title the article gives one of them only: "President
	// Reed" is the Reed the article calls president, not his brother the
	// governor
	if title := l.officeBefore(ts); title != "" {
		titled, key := -1, ""
		for _, c := range cands {
			if l.officeBefore(ms[c].ts) != title || !agrees(c) {
				continue
			}
			if key != "" && ms[c].key != key {
				titled = -1
				break
			}
			key = ms[c].key
			if titled < 0 || ms[c].ts < ts {
				titled = c
			}
		}
		if titled >= 0 {
			return titled, true
		}
	}
	best, bestAt := -1, -1
	nearest, nearestAt := -1, -1
	seen := map[string]bool{}
	for _, c := range cands {
		mc := ms[c]
		if mc.ts >= ts {
			continue
		}
		if !agrees(c) {
			continue
		}
		if mc.ts > nearestAt {
			nearest, nearestAt = c, mc.ts
		}
		at := -1
		if l.prominent(mc) {
			at = mc.ts
		}
		if !seen[mc.key] {
			seen[mc.key] = true
			if r, ok := refs[[2]string{l.firstWord(ms[i]), mc.key}]; ok && r < ts {
				at = max(at, r)
			}
		}
		if at > bestAt {
			best, bestAt = c, at
		}
	}
	if best < 0 {
		best = nearest
	}
	if best >= 0 {
		return l.familyReferent(cands, i, best, agrees), true
	}
	return -1, false
}

// mentionGender is the gender a full name's mention tells: by its given
// name, else by how the text introduces it, as a relative ("his wife,
// Ilsabet Kettle" is a woman), as one with a relative ("Zorvan Kettle and
// his wife" is a man) or with a title ("Mrs. Ilsabet Kettle"); "" when
// nothing tells.
func (l *linker) mentionGender(m mention) string {
	if g := givenGenderAt(l.tz, m.ts); g != "" {
		return g
	}
	toks := l.tz.toks
	if p, ok := l.kinBefore(m); ok {
		for k := p; k < m.ts; k++ {
			if kinNouns[toks[k].low] {
				if g := describedGender(toks[k].low); g != "" {
					return g
				}
			}
		}
	}
	if e := m.te; e+2 < len(toks) && toks[e].low == "and" && kinNouns[toks[e+2].low] && describedGender(toks[e+2].low) != "" {
		switch toks[e+1].low {
		case "his":
			return "m"
		case "her":
			return "f"
		}
	}
	return l.titleGender(m.ts)
}

// titleGender is the gender a title right before token k gives the name
// after it: "Mr. Reed" is a man, "Mrs. Shah" a woman; "" for none.
func (l *linker) titleGender(k int) string {
	if k == 0 {
		return ""
	}
	if !l.tz.toks[k-1].capital {
		return "" // a verb or a noun, not a title: "Polls miss Reed's surge"
	}
	switch strings.TrimSuffix(l.tz.toks[k-1].low, ".") {
	case "mr", "sir", "lord", "king", "prince":
		return "m"
	case "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess":
		return "f"
	}
	return ""
}

// pronounGenderAfter is the gender of the personal pronoun that goes on
// with a name ending before token k: the first one later in its sentence,
// before any quotation or other capitalised name ("Reed said he would
// stay", "Reed said, before she left"), or one opening the next sentence of
// its paragraph ("Reed spoke. He said …"); "" for none.
func (l *linker) pronounGenderAfter(k int) string {
	toks := l.tz.toks
	if k >= len(toks) {
		return ""
	}
	sent := toks[k].sent
	clause := true // no comma, "that", subordinator or speech verb since the name
	for j := k; j < len(toks) && j-k < 15; j++ {
		t := &toks[j]
		if t.sent != sent {
			// the next sentence's first word, in the same paragraph
			if t.para == toks[k].para && t.capital {
				return personalPronounGender(t.low)
			}
			return ""
		}
		// the kind bit first: genderedPronouns are the words
		// personalPronounGender answers of, and most tokens are none
		if t.is(wkGenderedPronoun) {
			g := personalPronounGender(t.low)
			// "Reed thanked him", "Reed told her": the object of the name's
			// own clause is someone else
			if (clause || toks[j-1].in(wcSpeechCue)) && objectPronoun(toks, j) {
				return ""
			}
			return g
		}
		if t.text == "," || t.low == "that" || t.in(wcSpeechCue|wcSubordinator) {
			clause = false
		}
		if isClosingMark(t.text) || t.text == "“" || t.text == "``" || t.capital && !t.in(wcCalendar) {
			return ""
		}
	}
	return ""
}

// objectPronoun reports a "him", or a "her" that no noun follows, at
// token j: the object of a clause, which is never its own subject ("Reed
// thanked her", but "Reed raised her hand").
func objectPronoun(toks []token, j int) bool {
	switch toks[j].low {
	case "him":
		return true
	case "her":
		n := j + 1
		return n >= len(toks) || toks[n].sent != toks[j].sent || !isLowerWord(toks[n].text) || toks[n].in(wcPreposition)
	}
	return false
}

// pronounBefore reports a personal pronoun of gender g earlier in the
// sentence of the name starting at token k: "he did remember telling
// Reed about his emails", where "his" goes on with "he", not with Reed.
func (l *linker) pronounBefore(k int, g string) bool {
	toks := l.tz.toks
	for j := k - 1; j >= 0 && toks[j].sent == toks[k].sent; j-- {
		if toks[j].in(wcPronoun) && personalPronounGender(toks[j].low) == g {
			return true
		}
	}
	return false
}

// personalPronounGender is "m" or "f" for a gendered personal pronoun.
func personalPronounGender(w string) string {
	switch w {
	case "he", "him", "his", "himself":
		return "m"
	case "she", "her", "hers", "herself":
		return "f"
	}
	return ""
}

// officeBefore is the office a title right before token k gives the name
// after it, in one spelling ("Sen." and "Senator" are "senator"); "" for
// none or for a form of address ("Mr.") that several people share.
func (l *linker) officeBefore(k int) string {
	if k == 0 {
		return ""
	}
	w := l.tz.toks[k-1].low
	if o, ok := officeTitles[w]; ok {
		return o
	}
	return ""
}

// prominent reports whether a full name stands where a person the article
// goes on talking about is introduced: not as the object of a preposition,
// possibly after a role and a list of other names ("brother of Hollywood
// legend Jon Varga", "the party of Hal Reed, Thomas Reed and Thomas
// W. Reed"), and not as the possessor of another noun ("Nils Reed's exit").
func (l *linker) prominent(m mention) bool {
	toks := l.tz.toks
	if m.te < len(toks) && isPossessive(toks[m.te].text) {
		return false
	}
	// the words before it first, then the kin noun (relativeInPassing,
	// the dearer test): either rules the name out
	words := 0 // words of a role or a date passed: "legend", "campaign in 2008"
	for k := m.ts - 1; k >= 0 && m.ts-k <= 12 && toks[k].sent == toks[m.ts].sent; k-- {
		t := &toks[k]
		switch {
		case t.in(wcPreposition):
			return false
		case t.text == "," || t.low == "and" || t.low == "or" || t.in(wcDeterminer|wcPossessive|wcPersonTitle) || t.capital:
			continue
		case (isLowerWord(t.text) || isDigitAt(t.text, 0)) && words < 3 && !strings.HasSuffix(t.low, "ed") && l.tz.lex(k)&(lxBeForm|lxClauseBreaks) == 0 &&
			!t.in(wcSubjectSkip) && !t.cueWord() && (!t.in(wcPronoun) || pronouns[t.low] == ""):
			words++
			continue
		}
		return !l.relativeInPassing(m)
	}
	return !l.relativeInPassing(m)
}

// resolveShortNames is oneWordPerson's choice for one short name, kept
// here with the discourse it reads: it returns the full-name mention the
// one-word person mention i joins and records the reference.
func (l *linker) resolveShortNames(cands []int, i int, refs shortNameRefs) (int, bool) {
	j, ok := l.surnameReferent(cands, i, refs)
	if ok && l.ms[j].typ == model.Person && l.prominent(l.ms[i]) {
		refs[[2]string{l.firstWord(l.ms[i]), l.ms[j].key}] = l.ms[i].ts
	}
	if g := l.titleGender(l.ms[i].ts); ok && g != "" && l.ms[j].typ == model.Person {
		// the title chose between two names, one told of the other gender:
		// the one chosen is of the title's
		for _, c := range cands {
			if k := l.ms[c].key; k != l.ms[j].key {
				if o := l.mentionGender(l.ms[c]) + refs.titled(k); o != "" && o != g {
					refs.title(l.ms[j].key, g)
					break
				}
			}
		}
	}
	return j, ok
}

// title records that the full name with the key was called by a title of
// the gender g ("Mrs. Reed") where another Reed is told of the other
// gender, so a title of the other gender later ("Mr. Reed") looks for
// that other Reed; the slot's empty word is no short form's.
func (refs shortNameRefs) title(key, g string) {
	switch g {
	case "m":
		refs[[2]string{"", key}] = 1
	case "f":
		refs[[2]string{"", key}] = 2
	}
}

// titled is the gender the titles recorded for the full name with the
// key tell, or "".
func (refs shortNameRefs) titled(key string) string {
	switch refs[[2]string{"", key}] {
	case 1:
		return "m"
	case 2:
		return "f"
	}
	return ""
}

// relativeInPassing reports a name written after the relative it names,
// through a possessive, as an object or an aside: "met her brother, Tomas
// Reed", "whose husband Nils Reed", "Reed and her husband, Nils Reed,". News introduces the relative of its
// subject so, and goes on calling its subject by the surname they share.
func (l *linker) relativeInPassing(m mention) bool {
	toks := l.tz.toks
	p, ok := l.kinBefore(m)
	if !ok {
		return false
	}
	if toks[p-1].low == "whose" {
		return true
	}
	if p < 2 {
		return false
	}
	// an object or an aside, not the subject of its own clause: "met her
	// brother, Tomas Reed", where "Her son Tomas Reed runs it" takes over
	v := toks[p-2]
	if v.sent != toks[p].sent {
		return false
	}
	if coordinators[v.low] {
		// joined to the person whose relative it is, by the surname they
		// share: "Reed and her husband, Tomas Reed, attended" goes on about
		// Reed
		return p >= 3 && toks[p-3].sent == v.sent && toks[p-3].low == toks[m.te-1].low
	}
	return isLowerWord(v.text)
}

// kinBefore finds the kin noun a person's name is written after, with
// the possessive that says whose relative it is: "her brother, Tomas
// Reed", "whose late husband Nils Reed", "his wife, former Senator Ana
// Reed". It returns the token of the first word after the possessive
// ("brother", "late"), so that the possessive is at p-1.
func (l *linker) kinBefore(m mention) (p int, ok bool) {
	toks := l.tz.toks
	p = m.ts - 1
	// the relative's title: "her husband, former President Nils Reed"
	for p >= 0 && m.ts-p <= 3 && toks[p].sent == toks[m.ts].sent && (toks[p].in(wcPersonTitle) || l.isDescriptionModifier(p)) {
		p--
	}
	if p >= 0 && toks[p].text == "," {
		p--
	}
	if p < 1 || toks[p].sent != toks[m.ts].sent || !l.isKinNoun(p) {
		return 0, false
	}
	// the words that say which relative: "his pastor father", "her late
	// husband", "his younger brother"
	for k := p - 1; k >= 1 && p-k <= 2 && isLowerWord(toks[k].text) && !toks[k].in(wcPossessive) && toks[k].low != "whose" &&
		toks[k-1].sent == toks[p].sent; k-- {
		if toks[k-1].in(wcPossessive) || toks[k-1].low == "whose" {
			p = k
			break
		}
	}
	if o := toks[p-1]; o.low != "whose" && !o.in(wcPossessive) {
		return 0, false
	}
	return p, true
}
