package analysis

import "sync"

// Word lists of the attribution, asked of a token's lower-case form, read
// once per distinct form of the article rather than once per question:
// the rules of the chains and the sieve ask the same few lists of the
// same tokens many times over (roleHead after every "the", the nouns of
// every clause's opening), and each asking hashed the form anew. The
// answers for a form are computed at its first question (attrWordOf) and
// kept by its slot in the article's table of forms (tz.forms).

// attrWord is the answers for one form, one bit a list.
type attrWord uint32

const (
	awKnown          attrWord = 1 << iota // the form's answers are in
	awRole                                // roleHead(w) != ""
	awRoleSelf                            // roleHead(w) == w
	awDescMod                             // descriptionModifier(w)
	awLeadConj                            // leadingConjunctions
	awSubjArticle                         // subjectArticles
	awDistMod                             // distinguishingModifiers
	awTimeNoun                            // timeNouns or moreTimeNouns
	awCommonNounOff                       // describedPersonNouns, genericPersonNouns, agentNouns or a time noun (commonSubject)
	awDescOpener                          // descriptionOpeners
	awIndefOpener                         // indefiniteOpeners
	awAnonNoun                            // personNouns, genericPersonNouns, describedPersonNouns, agentNouns or moreAnonNouns
	awPersonAgent                         // personNouns or agentNouns
	awCourtOfficer                        // courtOfficerWords
	awPersonNoun                          // personNouns
	awFormer                              // formerWords
	awPartyPerson                         // partyPersonWords
	awUnnamedHead                         // unnamedHeads
	awComplementPrep                      // complementPreps
	awClauseBreak                         // clauseBreaks
	awBeForm                              // beForms
	awCharacterising                      // characterisingVerbs
	awComplementVerb                      // complementVerbs
	awReportCue                           // reportCues
	awRelativeWord                        // relativeWords
	awPreposition                         // prepositions
	awCoordinator                         // coordinators
	// describedGender of the form, filled at its first question to it
	// (describedGenderAt), apart from the lists: it reads any word's ending
	awGenderRead // describedGender has been read
	awGenderF    // describedGender(w) == "f"
	awGenderM    // describedGender(w) == "m"
	// two more lists, after the gender's bits (speedA3_words.go)
	awSentenceOpener // sentenceOpeners
	awTitleWord      // namingWords, titleNouns or workNouns
)

// attrWordOf is the answers of the lists for the form w, at one look-up
// of the table of every word some list holds.
func attrWordOf(w string) attrWord {
	attrWordsOnce.Do(buildAttrWords)
	return attrWords[w] | awKnown
}

var (
	attrWordsOnce sync.Once
	attrWords     map[string]attrWord // the words of the lists with their answers
	attrTable     attrWordTable       // attrWords open-addressed by formHash
)

// attrWordTable is attrWords open-addressed by the hash the tokeniser
// gives every form (formHash), so that a form of the article is looked up
// by the tag, prefix and length its slot of tz.vocab holds: most forms
// are in no list, and a miss ends at an empty slot without hashing the
// form again.
type attrWordTable struct {
	slots []attrSlot
	mask  uint64
}

type attrSlot struct {
	pre  uint64
	tag  uint32 // as vocabEntry's: never 0; 0 is an empty slot
	n    uint8
	bits attrWord
	w    string
}

func newAttrWordTable(m map[string]attrWord) attrWordTable {
	n := 16
	for n < 2*len(m) {
		n *= 2
	}
	t := attrWordTable{slots: make([]attrSlot, n), mask: uint64(n - 1)}
	for w, b := range m {
		tag := uint32(formHash(w)>>32) | 1
		i := uint64(tag>>1) & t.mask
		for t.slots[i].tag != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = attrSlot{pre: formPrefix(w), tag: tag, n: uint8(min(len(w), 255)), bits: b, w: w}
	}
	return t
}

// of is the answers for the form of the vocabulary entry e, written w.
func (t *attrWordTable) of(e *vocabEntry, w string) attrWord {
	for i := uint64(e.tag>>1) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.tag == 0 {
			return awKnown
		}
		if s.tag == e.tag && s.pre == e.pre && s.n == e.n && (s.n <= 8 || s.w == w) {
			return s.bits | awKnown
		}
	}
}

// buildAttrWords fills attrWords with every word of the lists attrWordFor
// asks, each with its answers.
func buildAttrWords() {
	attrWords = attrWordsByList()
	attrTable = newAttrWordTable(attrWords)
}

// attrWordsByList is every word of the lists attrWordFor asks with its
// answers, attrWordFor's, written list by list: each list's bit to each
// of its words, where attrWordFor asked every list of every word (some
// forty thousand look-ups at the first article); roleHead and
// descriptionModifier, which are no lists, asked of each word once.
func attrWordsByList() map[string]attrWord {
	m := map[string]attrWord{}
	for w := range roleWords {
		m[w] = awKnown
	}
	for _, set := range attrWordSets() {
		for w := range set {
			m[w] = awKnown
		}
	}
	// descriptionModifier's words written out
	for _, w := range []string{"new", "top", "longtime", "veteran", "incumbent", "presidential", "republican", "democratic", "junior", "senior", "outgoing"} {
		m[w] = awKnown
	}
	for _, l := range attrWordLists() {
		for _, set := range l.sets {
			for w, in := range set {
				if in {
					m[w] |= l.bit
				}
			}
		}
	}
	for w, b := range m {
		r := roleHead(w)
		if r != "" {
			b |= awRole
			if r == w {
				b |= awRoleSelf
			}
		}
		if descriptionModifier(w) {
			b |= awDescMod
		}
		m[w] = b
	}
	return m
}

// attrWordLists are the bits of attrWordFor with the lists that give
// each, every one among attrWordSets.
func attrWordLists() []struct {
	bit  attrWord
	sets []map[string]bool
} {
	type l = []map[string]bool
	return []struct {
		bit  attrWord
		sets []map[string]bool
	}{
		{awLeadConj, l{leadingConjunctions}},
		{awSubjArticle, l{subjectArticles}},
		{awDistMod, l{distinguishingModifiers}},
		{awTimeNoun, l{timeNouns, moreTimeNouns}},
		{awCommonNounOff, l{describedPersonNouns, genericPersonNouns, agentNouns, timeNouns, moreTimeNouns}},
		{awDescOpener, l{descriptionOpeners}},
		{awIndefOpener, l{indefiniteOpeners}},
		{awAnonNoun, l{personNouns, genericPersonNouns, describedPersonNouns, agentNouns, moreAnonNouns}},
		{awPersonAgent, l{personNouns, agentNouns}},
		{awCourtOfficer, l{courtOfficerWords}},
		{awPersonNoun, l{personNouns}},
		{awFormer, l{formerWords}},
		{awPartyPerson, l{partyPersonWords}},
		{awUnnamedHead, l{unnamedHeads}},
		{awComplementPrep, l{complementPreps}},
		{awClauseBreak, l{clauseBreaks}},
		{awBeForm, l{beForms}},
		{awCharacterising, l{characterisingVerbs}},
		{awComplementVerb, l{complementVerbs}},
		{awReportCue, l{reportCues}},
		{awRelativeWord, l{relativeWords}},
		{awPreposition, l{prepositions}},
		{awCoordinator, l{coordinators}},
		{awSentenceOpener, l{sentenceOpeners}},
		{awTitleWord, l{namingWords, titleNouns, workNouns}},
	}
}

// attrWordSets are the lists attrWordFor asks, roleWords aside.
func attrWordSets() []map[string]bool {
	return []map[string]bool{roleModifiers, moreRoleModifiers, jurisdictionModifiers,
		leadingConjunctions, subjectArticles, distinguishingModifiers, timeNouns, moreTimeNouns, describedPersonNouns, genericPersonNouns,
		agentNouns, descriptionOpeners, indefiniteOpeners, personNouns, moreAnonNouns, courtOfficerWords, formerWords,
		partyPersonWords, unnamedHeads, complementPreps, clauseBreaks, beForms, characterisingVerbs, complementVerbs, reportCues,
		relativeWords, prepositions, coordinators, sentenceOpeners, namingWords, titleNouns, workNouns}
}

// attrWordFor is the answers of the lists for the form w, asked of each:
// the reference attrWordOf is held to (TestAttrWordOf).
func attrWordFor(w string) attrWord {
	b := awKnown
	set := func(bit attrWord, in bool) {
		if in {
			b |= bit
		}
	}
	r := roleHead(w)
	set(awRole, r != "")
	set(awRoleSelf, r != "" && r == w)
	set(awDescMod, descriptionModifier(w))
	set(awLeadConj, leadingConjunctions[w])
	set(awSubjArticle, subjectArticles[w])
	set(awDistMod, distinguishingModifiers[w])
	set(awTimeNoun, timeNouns[w] || moreTimeNouns[w])
	set(awCommonNounOff, describedPersonNouns[w] || genericPersonNouns[w] || agentNouns[w] || timeNouns[w] || moreTimeNouns[w])
	set(awDescOpener, descriptionOpeners[w])
	set(awIndefOpener, indefiniteOpeners[w])
	set(awAnonNoun, personNouns[w] || genericPersonNouns[w] || describedPersonNouns[w] || agentNouns[w] || moreAnonNouns[w])
	set(awPersonAgent, personNouns[w] || agentNouns[w])
	set(awCourtOfficer, courtOfficerWords[w])
	set(awPersonNoun, personNouns[w])
	set(awFormer, formerWords[w])
	set(awPartyPerson, partyPersonWords[w])
	set(awUnnamedHead, unnamedHeads[w])
	set(awComplementPrep, complementPreps[w])
	set(awClauseBreak, clauseBreaks[w])
	set(awBeForm, beForms[w])
	set(awCharacterising, characterisingVerbs[w])
	set(awComplementVerb, complementVerbs[w])
	set(awReportCue, reportCues[w])
	set(awRelativeWord, relativeWords[w])
	set(awPreposition, prepositions[w])
	set(awCoordinator, coordinators[w])
	set(awSentenceOpener, sentenceOpeners[w])
	set(awTitleWord, namingWords[w] || titleNouns[w] || workNouns[w])
	return b
}

// word is the answers for token k's lower-case form, computed at the
// form's first question. An attributor made without the cache (a test's)
// computes them each time.
func (at *attributor) word(k int) attrWord {
	// the answers already read, small enough for the compiler to write
	// out at every question; the first question of a form goes on to
	// readWord. Every attributor has both words and wforms, of the
	// article's forms or of none (newAttributor, plainWords)
	if b := at.words[at.wforms[k]]; b != 0 {
		return b
	}
	return at.readWord(k)
}

// readWord is word for a form not yet read, kept in words unless the
// attributor keeps none (plainWords).
func (at *attributor) readWord(k int) attrWord {
	if at.plain {
		return attrWordOf(at.tz.toks[k].low)
	}
	slot := at.wforms[k]
	attrWordsOnce.Do(buildAttrWords)
	b := attrTable.of(&at.tz.vocab[slot], at.tz.toks[k].low)
	at.words[slot] = b
	return b
}

// plainWords gives the attributor words and wforms that keep nothing:
// every token's form in the one slot, whose answers stay unread, so that
// word reads each from the lists.
func (at *attributor) plainWords() {
	at.words, at.wforms, at.plain = make([]attrWord, 1), make([]int32, len(at.tz.toks)), true
}

// in reports whether the form's answers are in any of the lists of m:
// at.word(k).in(awRole).
func (b attrWord) in(m attrWord) bool { return b&m != 0 }

// roleAt is roleHead of token k's lower-case form.
func (at *attributor) roleAt(k int) string {
	b := at.word(k)
	switch {
	case b&awRole == 0:
		return ""
	case b&awRoleSelf != 0:
		return at.tz.toks[k].low
	}
	return roleHead(at.tz.toks[k].low)
}

// describedGenderAt is describedGender of token k's lower-case form.
func (at *attributor) describedGenderAt(k int) string {
	if at.plain {
		return describedGender(at.tz.toks[k].low)
	}
	b := at.word(k)
	if b&awGenderRead == 0 {
		b |= awGenderRead
		switch describedGender(at.tz.toks[k].low) {
		case "f":
			b |= awGenderF
		case "m":
			b |= awGenderM
		}
		at.words[at.wforms[k]] = b
	}
	switch {
	case b&awGenderF != 0:
		return "f"
	case b&awGenderM != 0:
		return "m"
	}
	return ""
}

// genderTokens is the tokens genders' walk acts on, in order: the first
// token of every mention and every gendered pronoun, read once per
// article. It is nil where the walk must read every token: where the
// tokens' sentences do not follow each other one by one from the first
// (a sentence without tokens, which the walk reads as a break).
func (at *attributor) genderTokens() []int32 {
	if at.gtoksRead {
		return at.gtoks
	}
	at.gtoksRead = true
	if !at.readTokenLists() { // speedA4_chains.go
		at.gtoks = at.genderTokensWalk()
	}
	return at.gtoks
}

// genderTokensWalk is genderTokens read token by token, where
// readTokenLists cannot read it.
func (at *attributor) genderTokensWalk() []int32 {
	toks := at.tz.toks
	ment, mstart := at.ment[:len(toks)], at.mstart[:len(toks)]
	list := make([]int32, 0, len(toks)/16+8)
	prev := int32(-1)
	for k := range toks {
		t := &toks[k]
		if t.sent != prev {
			if t.sent != prev+1 {
				return nil
			}
			prev = t.sent
		}
		if t.is(wkGenderedPronoun) || ment[k] >= 0 && mstart[k] == k {
			list = append(list, int32(k))
		}
	}
	return list
}
