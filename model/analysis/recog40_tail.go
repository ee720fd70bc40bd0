package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// A surname of several words that opens with a particle in lower case,
// written alone: "de la Vega" after "Diego de la Vega", "dos Santos"
// after "João Carlos dos Santos", "dela Cruz" after "Rowena dela Cruz".
// The tagger, seeing a lower-case word first, reads it as a thing
// ("de la Vega", other) or not at all, and the person's later mentions go
// to no one. particleTailSurname (a linking pass) joins a mention of two
// to four words whose first word is a name particle in lower case to the
// one person of the article whose full name ends in the same words, with
// a word or more before them (a generational suffix left out). As in
// particleSurname, the person the mention is joined to already counts.
func particleTailSurname(l *linker) {
	ms, toks := l.ms, l.tz.toks
	var c surnameChains // made at the first mention asked about
	chained := false
	for i := range ms {
		m := &ms[i]
		n := m.te - m.ts
		if n < 2 || n > 4 || m.title || toks[m.ts].capital || !toks[m.ts].in(wcNameParticle) {
			continue
		}
		if !chained {
			c, chained = l.surnameChains(), true
		}
		to := l.fullNameEnding(i, 1, nil, &c)
		if to >= 0 && ms[to].key != m.key {
			m.key, m.name, m.typ = ms[to].key, ms[to].name, model.Person
		}
	}
}

// fullNameEnding is the one person mention of the article, other than
// mention i, whose full name ends in the words of mention i with at least
// before words of it before them, and that fits (fits is asked with the
// token after the surname): its index, -1 where no person's does, -2
// where two people's do. Mentions of one person count once. Only the
// mentions whose surname has the form of mention i's last word can end
// in its words: they are read through c, in text order, rather than every
// mention of the article for every name asked about.
func (l *linker) fullNameEnding(i, before int, fits func(o *mention, s int) bool, c *surnameChains) int {
	ms, toks := l.ms, l.tz.toks
	m := &ms[i]
	n := m.te - m.ts
	to := -1
	// ends reports whether o ends in m's words (the surname's token
	// before s) and fits, and is no mention of the person found
	ends := func(j int, o *mention, s int) bool {
		if j == i || o.typ != model.Person || o.title || to >= 0 && ms[to].key == o.key {
			return false
		}
		return s-o.ts >= n+before && wordsAt(toks, s-n, m.ts, n) && (fits == nil || fits(o, s))
	}
	if isQuoteForm(toks[m.te-1].low) {
		// a mark doubleMarkTokens wrote over a single one keeps the
		// single one's form: every mention is read
		for j := range ms {
			o := &ms[j]
			if !ends(j, o, l.surnameAt(o)+1) {
				continue
			}
			if to >= 0 {
				return -2 // two people end so: leave it
			}
			to = j
		}
		return to
	}
	for j1 := c.first[l.tz.forms[m.te-1]]; j1 > 0; j1 = c.next[j1-1] {
		j := int(j1 - 1)
		if !ends(j, &ms[j], int(c.sur[j])+1) {
			continue
		}
		if to >= 0 {
			return -2 // two people end so: leave it
		}
		to = j
	}
	return to
}

// surnameChains holds the article's mentions by the form (tz.forms) of
// their surname's token (surnameAt), in buffers the article lends
// (formInts): each chain in text order, the mentions' tokens as they
// stand when it is made (a pass that asks moves no mention's tokens).
type surnameChains struct {
	first []int32 // by form slot: the first mention whose surname has the form, plus one (0: none)
	next  []int32 // by mention: the next one whose surname has the same form, plus one
	sur   []int32 // by mention: its surname's token
}

// shared reports whether a mention other than i has a surname of the
// form in slot f.
func (c *surnameChains) shared(i int, f int32) bool {
	for j1 := c.first[f]; j1 > 0; j1 = c.next[j1-1] {
		if int(j1-1) != i {
			return true
		}
	}
	return false
}

// surnameChains chains l's mentions by their surname's form. A mention
// of no tokens is left out: no name ends in its words.
func (l *linker) surnameChains() surnameChains {
	nv, nm := len(l.tz.vocab), len(l.ms)
	buf := l.tz.formInts(nv + 2*nm)
	c := surnameChains{first: buf[:nv], next: buf[nv : nv+nm], sur: buf[nv+nm:]}
	for j := nm - 1; j >= 0; j-- {
		o := &l.ms[j]
		if o.te <= o.ts {
			continue
		}
		s := l.surnameAt(o)
		f := l.tz.forms[s]
		c.sur[j] = int32(s)
		c.next[j], c.first[f] = c.first[f], int32(j)+1
	}
	return c
}

// isQuoteForm: w is a double quotation mark, the form doubleMarkTokens
// may give a token whose slot (tz.forms) is a single mark's.
func isQuoteForm(w string) bool { return w == `"` || w == "“" || w == "”" }

// dela opens Filipino surnames ("dela Cruz", "dela Rosa") as "de la"
// does Spanish ones.
func init() { nameParticles["dela"] = true }

// particleGivenNames (a recogniser pass) puts the given name before a
// surname's particles on the person the tagger found after them:
// "Marites dela Rosa", "Tomas van Eck", where the tagger, not knowing the
// given name, found "Rosa" or "Eck" alone. The word before the particles
// is a capitalised name word of letters that no mention has, in the same
// sentence, with no name word before it. A name the tagger typed a place
// or a body, of one or two words, is the person's too where the particles
// open with "van", "von" or "ter" ("Pieter-Jan van der Heijden", the
// tagger's place "Heijden") or the word before is a known given name
// (recog46); a given name may be hyphenated ("Pieter-Jan").
func particleGivenNames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		if r.typ != model.Person && (r.te-r.ts > 2 || r.typ == model.Other) || r.title || r.handle || r.ts < 2 || !toks[r.ts].capital {
			continue
		}
		k := r.ts
		for k > r.ts-3 && k > 1 && !toks[k-1].capital && toks[k-1].in(wcNameParticle) && toks[k-1].sent == toks[r.ts].sent {
			k--
		}
		if k == r.ts || arabicArticles[toks[k].low] {
			continue
		}
		g := k - 1
		t := &toks[g]
		if t.sent != toks[r.ts].sent || !t.capital || !t.isNameWord() || !(wordOfLetters(t.text) || hyphenedLetters(t.text)) || i > 0 && raw[i-1].te > g ||
			g > 0 && toks[g-1].sent == t.sent && toks[g-1].isNameWord() {
			continue
		}
		if r.typ != model.Person && !germanicParticles[toks[k].low] && !givenLike(t.low) {
			continue // "Theatro da Paz", "Ciudad del Este": a place's name
		}
		r.ts, r.typ = g, model.Person
	}
	return raw
}

// germanicParticles open Dutch, Flemish and German surnames, a place's
// name hardly ever ("Ciudad del Este" and "Theatro da Paz" are places).
var germanicParticles = wordSet(`van von ter`)

// hyphenedLetters: w is two words of letters joined by a hyphen,
// "Pieter-Jan", "Jean-Luc".
func hyphenedLetters(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && a != "" && b != "" && wordOfLetters(a) && wordOfLetters(b)
}
