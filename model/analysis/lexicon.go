package analysis

// The lexicon gives rules a fixed word list's answer for a token by one
// bit test, where a look-up in the list's map hashed the token's
// lower-case form again each time a rule asked (map look-ups of strings
// were a tenth of the analysis's instructions, spread over a hundred
// rules). Each list registered here has a bit; indexForms writes, once for
// each distinct form of an article, the bits of the lists that hold it,
// from the same table and the same hash that give the form its classes.
//
// A rule asks tz.lex(k)&lxSomeList != 0 where it asked someList[tok.low]:
// the two agree for every token (TestLexiconAgreesWithLists), because a
// token's form is its lower-case text. A list whose words are not all in
// lower case still agrees: such a word is no token's form, and no form
// gets its bit.

// lexBits holds one bit for each registered list.
type lexBits uint64

type lexList struct {
	set *map[string]bool
	bit lexBits
}

// lexLists are the registered lists, in the order of their bits.
var lexLists []lexList

// newLexBit registers the list *set and returns its bit. Call it in a
// package-level variable's declaration, so that every list is registered
// before the first article builds the table (buildWordClasses); the set
// is read then, after every init function has filled it. Only the words
// the list maps to true are in it.
func newLexBit(set *map[string]bool) lexBits {
	if len(lexLists) == 64 {
		panic("analysis: more than 64 lexicon lists")
	}
	b := lexBits(1) << len(lexLists)
	lexLists = append(lexLists, lexList{set: set, bit: b})
	return b
}

// lexiconOfLists is, for every word of a registered list, the bits of the
// lists that hold it.
func lexiconOfLists() map[string]lexBits {
	m := map[string]lexBits{}
	for _, l := range lexLists {
		for w, in := range *l.set {
			if in {
				m[w] |= l.bit
			}
		}
	}
	return m
}

// lex is the bits of the lists that hold token k's lower-case form.
func (tz *tokenized) lex(k int) lexBits { return tz.lexes[tz.forms[k]] }
