package analysis

import (
	"sort"
	"unicode"

	"github.com/byline-reader/byline/model"
)

// personContext (a linking pass): a name of two or three name words that
// the recogniser took for a body or a place is a person's where one of
// its mentions stands where only a person does and none stands where a
// body or a place does. The tagger learnt given names from American and
// European news, so it types names from elsewhere ("Tshepo Mokoena",
// "Ina Kirsch") by their look, often as a body. A person's places: before
// a speech verb ("Tshepo Mokoena said"), before ", who" or an age
// (", 42,"), after a lower-case word of a person's role ("ward councillor
// Tshepo Mokoena"), and before "of the" after "according to" ("according
// to Tshepo Mokoena of the farmers' union": a body is not "of" another),
// and in a list with a person's full name ("Tshepo Mokoena and Ina
// Kirsch wrote", "wrote Ana Holm, Ina Kirsch and Tshepo Mokoena").
// A body's or a place's places: after "the", a determiner or a preposition
// of where or whose ("a spokesman for Holm Brandt", "in Vell Harbour"; not
// "by" or "to", after which people stand as often). A name with a head
// noun, a party or country word, or a word that is no name word ("Palmer
// and Sherman", "335th Twitter") is left alone.
func personContext(l *linker) {
	var listed personList // in a list with a person (coordinatedWithPerson), made once a name could be
	made := false
	aged := l.agedSurnames()
	people := l.keysWhere(func(m *mention) bool {
		if m.typ == model.Person || m.te-m.ts < 2 || m.te-m.ts > 4 {
			return false // four words: "Luz Dary Cardona Ríos", two given names and two surnames
		}
		if l.personPlace(m) || aged[l.lastWord(*m)] && l.personWords(m) {
			return true
		}
		if !made {
			listed, made = l.coordinatedWithPerson(), true
		}
		return (m.typ != model.Place || givenAt(l.tz, m.ts)) && listed.holds(m) && l.personWords(m)
	})
	if people == nil {
		return // most articles: no mention is asked of the empty map
	}
	l.retypePeople(people)
}

// retypePeople makes a person of every mention whose key is true in
// people, unless a mention of that key stands after a determiner or a
// preposition of where or whose ("the Holm plant", "in Holm"): a name a
// pass has found in a person's place (personContext, apposedPerson).
func (l *linker) retypePeople(people map[string]bool) {
	toks := l.tz.toks
	for i := range l.ms {
		m := &l.ms[i]
		if !people[m.key] || m.ts == 0 {
			continue
		}
		if b := &toks[m.ts-1]; b.sent == toks[m.ts].sent && (b.in(wcDeterminer) || bodyPrepositions[b.low]) {
			people[m.key] = false
		}
	}
	for i := range l.ms {
		if m := &l.ms[i]; m.typ != model.Person && people[m.key] {
			m.typ = model.Person
		}
	}
}

// personPlace reports whether mention m, not a person's, is a name of
// two or three name words that stands in one of a person's places
// (personContext).
func (l *linker) personPlace(m *mention) bool {
	toks := l.tz.toks
	if n := m.te - m.ts; n < 2 || n > 4 || m.te >= len(toks) {
		return false
	}
	// the places first, a token or two each; the words of the name only
	// for a name in one
	a := &toks[m.te]
	if a.sent != toks[m.te-1].sent {
		return false
	}
	place := false
	if m.ts > 0 {
		// "ward councillor Tshepo Mokoena": a role or a title of one, not
		// a word of rank alone ("former New York Gov.")
		b := &toks[m.ts-1]
		place = b.sent == a.sent && !b.capital && personRoleWord(b)
	}
	if !place && a.text == "," && m.ts >= 4 {
		place = roleOfBodyBefore(toks, m.ts-1)
	}
	if !place && m.te+2 < len(toks) && toks[m.te+1].sent == a.sent {
		n := &toks[m.te+1]
		switch {
		case a.text == "," && n.low == "who":
			place = true
		case a.text == "," && isAge(n.text) && toks[m.te+2].text == ",":
			place = true
		case a.low == "of" && n.low == "the" && m.ts >= 2 && toks[m.ts-1].low == "to" && toks[m.ts-2].low == "according":
			place = true
		case a.text == "," && (n.low == "the" || n.low == "a" || n.low == "an"):
			place = roleAppositive(toks, m.te+2)
		}
	}
	return place && l.personWords(m)
}

// agedSurnames returns the capitalised words that stand alone before an
// age set off by commas ("Mokoena, 54, was convicted"), or nil when none
// does: an age is a person's, and a name of two or three words ending in
// one is that person's full name ("the manager of the Vell Water Board,
// Tshepo Mokoena, was …", which the recogniser took for the board's).
func (l *linker) agedSurnames() map[string]bool {
	toks := l.tz.toks
	// a comma is the token whose form's slot (tz.forms) is the comma's:
	// the slots are read in a row, not each token's text
	c, ok := l.tz.vocabIndex(",", commaHash, commaPrefix)
	if !ok {
		return nil // no comma in the article
	}
	comma, forms := int32(c), l.tz.forms[:len(toks)]
	var aged map[string]bool
	for k := 1; k+2 < len(toks); k++ {
		if k+3 < len(toks) && forms[k+2] != comma && forms[k+3] != comma {
			// no comma at k+2 nor k+3: none of k to k+3 has the first
			// comma (k+2, k+3) or the second (k, k+1) of an age, and
			// two slots tell of four tokens
			k += 3
			continue
		}
		if forms[k] != comma || forms[k+2] != comma || !isAge(toks[k+1].text) || !toks[k-1].capital ||
			k >= 2 && toks[k-2].capital && toks[k-2].sent == toks[k].sent {
			continue
		}
		if aged == nil {
			aged = map[string]bool{}
		}
		aged[toks[k-1].low] = true
	}
	return aged
}

// roleOfBodyBefore reports whether the comma at k closes a person's role
// at a body or a place, so that the name after it, set off by commas, is
// the person's: "the former manager of the Vell Water Board, Tumelo
// Sebokeng, was …", "the head of Kelby Harbour, Ada Holm, said". Read
// back from the comma: the body's capitalised name, "the" or not, "of",
// "at" or "for", and a role in lower case.
func roleOfBodyBefore(toks []token, k int) bool {
	j := k - 1
	for j > 0 && k-j <= 6 && toks[j].capital && toks[j].sent == toks[k].sent {
		j--
	}
	if j == k-1 || k-j > 6 {
		return false // no name, or too long a one
	}
	if toks[j].low == "the" {
		j--
	}
	if j < 1 || toks[j].sent != toks[k].sent || toks[j].low != "of" && toks[j].low != "at" && toks[j].low != "for" {
		return false
	}
	r := &toks[j-1]
	return r.sent == toks[k].sent && !r.capital && personRoleWord(r)
}

// roleAppositive reports whether the words from k on, after a name, ", the"
// or ", a", are a person's role set off by commas: up to four words in
// lower case, the last a role's ("Tshepo Mokoena, the union leader,";
// furn30), or a role's before "for", "at" or "with" and the body it
// serves (", a lawyer for the families,"). A body's appositive ends with
// a body's noun ("the utility,").
func roleAppositive(toks []token, k int) bool {
	for e := k; e < len(toks) && e < k+4; e++ {
		t := &toks[e]
		if t.text == "," {
			return e > k && !toks[e-1].capital && personRoleWord(&toks[e-1])
		}
		if t.capital || !hasLetter(t.text) {
			return false
		}
		if personRoleWord(t) && e+1 < len(toks) && (toks[e+1].low == "for" || toks[e+1].low == "at" || toks[e+1].low == "with") {
			return true // ", a lawyer for the families," (recog40)
		}
	}
	return false
}

// personWords reports whether every word of m could be a word of a
// person's name and none heads a body's or a place's (personContext).
func (l *linker) personWords(m *mention) bool {
	toks := l.tz.toks
	for k := m.ts; k < m.te; k++ {
		t := &toks[k]
		if !t.isNameWord() || !wordOfLetters(t.text) || t.in(wcDescriptor|wcCompass) || t.is(wkCompanyHead|wkPublisherHead|wkNewspaperHead) ||
			l.tz.usedInLowerCase(t.low) {
			// "Fox News", "Federal Reserve": a word the article writes in
			// lower case too is a common word, and a name made of one a body's
			return false
		}
	}
	return !hasHeadWord(l.tz, m.ts, m.te)
}

// isAge: a number of one to three figures, as a person's age is written.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// wordOfLetters: a word of letters, with hyphens and apostrophes inside
// it ("Dlamini-Zulu", "O'Brien") but no full stop or figure ("U.S.").
func wordOfLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return w != ""
}

// bodyPrepositions stand before the names of bodies and places more than
// before people's: "a director at", "a spokesman for", "in", "the head of".
var bodyPrepositions = map[string]bool{"at": true, "for": true, "in": true, "of": true, "on": true, "near": true}

// coordinatedWithPerson returns the test (its holds) of whether a
// mention stands in a list with a person of two words or more: joined to
// one by "and" ("Tshepo Mokoena and Ina Kirsch", "Afsar Uddin and captain
// Tamim Hasan", a role in lower case before the person), or between two
// by commas or a comma and "and" ("Ana Holm, Tshepo Mokoena and Ina
// Kirsch"). A comma alone on one side is an apposition as often ("the
// mayor of Vell Harbour, Ana Holm"). The name ends its item of the list:
// a mark, "and", "or" or a speech verb after it. A place stays a place
// here unless a given name opens it ("Iowa and New Hampshire", "Pearl Jam
// and Tracy Chapman").
func (l *linker) coordinatedWithPerson() personList {
	return personList{toks: l.tz.toks, ms: l.ms}
}

// personList answers coordinatedWithPerson's question (holds) of the
// tokens and the mentions it was made with: a value with methods, where a
// function closed over a function for each of its tests cost five
// allocations every article that asked.
type personList struct {
	toks []token
	ms   []mention
}

// full: a person of two words or more.
func (pl *personList) full(m *mention) bool { return m.typ == model.Person && m.te-m.ts >= 2 }

// startsAt reports a person of two words or more starting at token k: the
// mentions are in text order, so a search finds them where a table of
// every person's tokens would cost each article that asks.
func (pl *personList) startsAt(k int) bool {
	ms := pl.ms
	j := sort.Search(len(ms), func(j int) bool { return ms[j].ts >= k })
	return j < len(ms) && ms[j].ts == k && pl.full(&ms[j])
}

// endsAt reports a person of two words or more ending (exclusive) at
// token k.
func (pl *personList) endsAt(k int) bool {
	ms := pl.ms
	j := sort.Search(len(ms), func(j int) bool { return ms[j].ts >= k })
	for j--; j >= 0 && ms[j].ts >= k-6; j-- {
		if ms[j].te == k && pl.full(&ms[j]) {
			return true
		}
	}
	return false
}

// roleBefore: a role in lower case at k, before the person it is ("and
// captain Tamim Hasan").
func (pl *personList) roleBefore(k int) bool {
	toks := pl.toks
	return k < len(toks) && !toks[k].capital && (toks[k].in(wcRoleNoun) || personRoles[toks[k].low] || recog45TeamRoles[toks[k].low])
}

// word is the lower-case form of token k, "" beyond the tokens.
func (pl *personList) word(k int) string {
	if k < 0 || k >= len(pl.toks) {
		return ""
	}
	return pl.toks[k].low
}

// holds reports whether m stands in a list with a person (see
// coordinatedWithPerson).
func (pl *personList) holds(m *mention) bool {
	toks := pl.toks
	if m.te >= len(toks) || m.ts < 1 || toks[m.te].sent != toks[m.ts].sent || toks[m.ts-1].sent != toks[m.ts].sent {
		return false
	}
	before, after := pl.word(m.ts-1), pl.word(m.te)
	if a := &toks[m.te]; hasLetterOrDigit(a.text) && after != "and" && after != "or" && !a.in(wcSpeechCue) {
		return false // "and Civil Rights icon Ana Holm": the name is no whole item of the list
	}
	if before != "and" && before != "," && after != "and" {
		return false // most names: no list
	}
	if after == "and" && (pl.startsAt(m.te+1) || pl.roleBefore(m.te+1) && pl.startsAt(m.te+2)) || before == "and" && pl.endsAt(m.ts-1) {
		return true // "and Tamim Hasan", "and captain Tamim Hasan" (recog45)
	}
	left := before == "," && pl.endsAt(m.ts-1) || before == "and" && pl.word(m.ts-2) == "," && pl.endsAt(m.ts-2)
	right := after == "," && (pl.startsAt(m.te+1) || pl.word(m.te+1) == "and" && pl.startsAt(m.te+2))
	return left && right
}
