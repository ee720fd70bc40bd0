package analysis

import "github.com/byline-reader/byline/model"

// particleJoinsName (a recogniser pass) makes one name of a person's
// mention and the person's mention right after it that opens with a name
// particle in lower case: "Khalfan" and "bin Saeed al-Maawali", "Anabela"
// and "dos Santos Ferreira", where the tagger, not knowing the given
// name, ended a name before the particle and began another at it. A
// particle in lower case does not open a sentence's subject of its own,
// so the two are one name; both in one sentence, nothing between them.
func particleJoinsName(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	drop := false
	for i := 1; i < len(raw); i++ {
		r, p := &raw[i], &raw[i-1]
		if r.typ != model.Person || r.title || r.handle || p.title || p.handle || p.te != r.ts || p.te <= p.ts {
			continue
		}
		t := &toks[r.ts]
		if t.capital || !t.in(wcNameParticle) || t.sent != toks[p.te-1].sent || !toks[p.te-1].capital {
			continue
		}
		if p.typ != model.Person && p.te-p.ts > 1 {
			continue // a body's name before: "the Ministry" is none of it
		}
		r.ts, p.te, drop = p.ts, p.ts, true
	}
	if drop {
		return withoutEmpty(raw)
	}
	return raw
}

// tailOfFullName (a linking pass): a person's name of two words or more
// that is the last words of one longer full name of the article, named
// before it, is that person: "Benítez Aranda" after "Julio César Benítez
// Aranda", "dos Santos Ferreira" after "Maria Helena dos Santos Ferreira"
// (a surname of one word is sharedSurname's). Spanish and
// Portuguese people go by two surnames, and fullerName, which asks the
// same first word, never joins them. A name the tagger typed a body is
// joined where no head noun of a body's is in it ("Muñoz Sepúlveda said",
// typed a body), a place's only where the word before it is the particle
// that comes before the same words in the full name ("dos" Santos
// Ferreira).
// The full name keeps two words at least before the tail ("Julio César",
// "Maria Helena dos"): in an Ethiopian or Eritrean name of three words the
// last two are the father's full name, a person of their own. A name
// opening with a given name is a full name of its own (fullerName's).
// The person the name is joined to already counts, and two full names
// that end so leave it alone (fullNameEnding, recog40_tail.go).
func tailOfFullName(l *linker) {
	ms, toks := l.ms, l.tz.toks
	var c surnameChains // made at the first name asked about
	chained := false
	for i := range ms {
		m := &ms[i]
		n := m.te - m.ts
		if n < 2 || m.title || !toks[m.ts].capital {
			continue
		}
		if !chained {
			c, chained = l.surnameChains(), true
		}
		if !c.shared(i, l.tz.forms[m.te-1]) && !isQuoteForm(toks[m.te-1].low) {
			continue // no other name's surname is its last word (most names): none can end in it
		}
		if givenLike(toks[m.ts].low) {
			continue // "Bernie Sanders" is a full name of its own, not of "Vermonter Bernie Sanders"
		}
		// two words of the full name at least before the tail: where
		// custom names a child by her father's full name after her own
		// ("Meskerem Tadesse Alemu", daughter of "Tadesse Alemu"), all
		// but the first word is the father
		to := l.fullNameEnding(i, 2, func(o *mention, s int) bool {
			if o.ts >= m.ts {
				return false
			}
			if m.typ != model.Person {
				p := &toks[s-n-1]
				particle := m.ts > 0 && p.in(wcNameParticle) && !p.capital && toks[m.ts-1].low == p.low && toks[m.ts-1].sent == toks[m.ts].sent
				if !particle && (m.typ != model.Organization || hasOrgHead(l.tz, m.ts, m.te)) {
					return false
				}
			}
			return true
		}, &c)
		if to >= 0 && ms[to].key != m.key {
			m.key, m.name, m.typ = ms[to].key, ms[to].name, model.Person
		}
	}
}

// More heads of a body's name that "of" or "for" and its fields follow
// (bodyOfFields): "the Korean Confederation of Trade Unions", "the
// Citizens' Observatory for Public Spending", "the Federation of
// Kenya Employers", "the Institute for Fiscal Studies".
func init() {
	for _, w := range []string{"confederation", "federation", "association", "observatory", "institute", "centre", "center",
		"union", "foundation", "alliance", "coalition", "network", "fund", "tribunal", "court"} {
		recog45BodyHeads[w] = true
	}
}

// bodyAndField (a recogniser pass) makes one body's name of a name the
// tagger found ending in a body's head noun ("Drug Authority", which it
// may type a person) and the capitalised words right before it with "and"
// between ("Ethiopian Food"): "the Ethiopian Food and Drug Authority", "the Fisheries and Marine
// Resources Agency". The words before are one to three capitalised name
// words in the sentence, after a word in lower case or "the", that no
// person's mention holds, nor a place's of one word ("Kenya and Uganda
// Airways" are two; the tagger's place "Ghana Food" runs into the name),
// nor the surname of a person ("Kroll and Water Commission officials").
func bodyAndField(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	drop := false
	for i := range raw {
		r := &raw[i]
		a := r.ts - 1
		if r.typ == model.Place || r.title || a < 2 || toks[a].text != "and" || !toks[r.te-1].in(wcOrgHead) ||
			toks[a].sent != toks[r.ts].sent {
			continue
		}
		b := a
		for b > a-3 && b > 0 && toks[b-1].capital && toks[b-1].isNameWord() && toks[b-1].sent == toks[a].sent && toks[b-1].low != "the" {
			b--
		}
		if b == a || b > 0 && toks[b-1].capital && toks[b-1].low != "the" && toks[b-1].sent == toks[a].sent {
			continue
		}
		if b > 0 && toks[b-1].in(wcNameParticle) || toks[a-1].in(wcOrgHead) {
			continue // "Bank and Trust Company": the head before is a body's own
		}
		p := -1 // a mention among the words before
		clean := true
		for j := i - 1; j >= 0 && raw[j].te > b; j-- {
			if raw[j].ts < b || raw[j].typ == model.Person || raw[j].typ == model.Place && raw[j].te-raw[j].ts < 2 || raw[j].title {
				clean = false
			}
			p = j
		}
		for _, o := range raw {
			if o.typ == model.Person && !o.title && o.te > o.ts && clean {
				for k := b; k < a; k++ {
					clean = clean && toks[o.te-1].low != toks[k].low
				}
			}
		}
		if !clean {
			continue
		}
		if p >= 0 {
			for j := p; j < i; j++ {
				raw[j].te = raw[j].ts
			}
			drop = true
		}
		r.ts, r.typ = b, model.Organization
	}
	if drop {
		return withoutEmpty(raw)
	}
	return raw
}

// demonymPlural (a linking pass): a word of one mention that is a demonym
// the article uses, or a nationality's adjective, with an "s" after it
// names a people, no person: "young Omanis" where "Omani nationals" came
// before, "Kuwaitis", "Nepalis". The tagger reads the plural alone as a
// surname.
func demonymPlural(l *linker) {
	toks := l.tz.toks
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person || m.title || m.te-m.ts != 1 || len(m.key) < 5 || m.key[len(m.key)-1] != 's' || !toks[m.ts].capital {
			continue
		}
		stem := m.key[:len(m.key)-1]
		if l.demonyms[stem] || classOfWord(stem)&wcDescriptor != 0 && givenNameGender(stem) == "" && !descriptorsAlsoGiven[stem] {
			m.typ = model.Other
		}
	}
}

// More first words of places' names (placeFirsts): "Sao Paulo" and "São
// Tomé", "Ciudad Juárez", "Puerto Montt", "Porto Alegre", which the tagger
// reads as a person's name where it knows neither word.
func init() {
	for _, w := range []string{"sao", "são", "ciudad", "puerto", "porto"} {
		placeFirsts[w] = true
	}
}

// officeAfterRole (a recogniser pass) makes a body of an office named by
// its holder's role with a possessive, where the tagger found the office
// alone (a person) and not the role: "the Prime Minister's Office", "the
// President's Office" (officeOfRole, recog45, grows the role's mention
// where the tagger found the role). The role is of one to three
// capitalised words in the sentence that no mention holds, with no known
// given name first and no surname of a person of the article, after "the"
// or a word in lower case.
func officeAfterRole(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		p := r.ts - 1
		if r.te-r.ts != 1 || r.title || p < 1 || !toks[r.ts].capital || !isPossessive(toks[p].text) ||
			toks[p].sent != toks[r.ts].sent || !recog45Offices[toks[r.ts].low] { // the map last: few words follow a possessive
			continue
		}
		b := p
		for b > p-3 && b > 0 && toks[b-1].capital && wordOfLetters(toks[b-1].text) && toks[b-1].low != "the" && toks[b-1].sent == toks[p].sent {
			b--
		}
		if b == p || i > 0 && raw[i-1].te > b || b > 0 && toks[b-1].capital && toks[b-1].low != "the" && toks[b-1].sent == toks[p].sent ||
			givenNameGender(toks[b].low) != "" || givenNames[toks[b].low] {
			continue
		}
		surname := false
		for _, o := range raw {
			surname = surname || o.typ == model.Person && o.te-o.ts > 1 && toks[o.te-1].low == toks[p-1].low
		}
		if surname {
			continue // "Ruiz's Office" of Ana Ruiz
		}
		r.ts, r.typ = b, model.Organization
	}
	return raw
}

// sloganNouns name words quoted as a slogan, which workContext takes for a
// title's noun: "under the slogan “Costanera Viva,”" names no person.
var sloganNouns = wordSet(`slogan slogans motto banner banners hashtag chant chants`)

// headlineLoneWord (a linking pass) drops a person of one word that opens
// the headline, a word the body names no one by: "Port strike spreads",
// "Rice prices soar", "Tobacco auction opens", where the headline's
// capital made a common noun look a name. A person a story is
// about is named in its body; one the body names in full ("Reed wins"
// before "Ana Reed") was joined to that name before this pass.
func headlineLoneWord(l *linker) {
	toks := l.tz.toks
	drop := -1
	for i := range l.ms {
		m := &l.ms[i]
		if m.ts != 0 || m.typ != model.Person || m.te-m.ts != 1 || m.title || toks[m.ts].para >= 0 || m.key != toks[m.ts].low {
			continue
		}
		alone := true
		for j := range l.ms {
			o := &l.ms[j]
			if j != i && (o.key == m.key || toks[o.te-1].low == m.key) {
				alone = false
				break
			}
		}
		if alone {
			m.te, drop = m.ts, i // emptied, dropped below
		}
	}
	if drop < 0 {
		return
	}
	out := l.ms[:0]
	for _, m := range l.ms {
		if m.te > m.ts {
			out = append(out, m)
		}
	}
	l.ms = out
}

// relationalNouns name one party to a relation, a person's or a body's
// ("its partner, Vell Energy,"), a person's where "his" or "her" owns
// the noun: "His Belgian partner, Wouter De Smet, …" (apposedPlace).
var relationalNouns = wordSet(`partner partners ally associate companion counterpart successor predecessor rival colleague`)

// ownedByPerson reports whether "his" or "her" stands up to three words
// before the noun at k, in its sentence, with no comma between: "his
// Belgian partner", "her long-time business partner".
func ownedByPerson(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && toks[j].sent == toks[k].sent; j-- {
		switch toks[j].low {
		case "his", "her":
			return true
		case ",", "its", "their", "the":
			return false
		}
	}
	return false
}
