package analysis

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Acronyms an article defines. News names a body in full once with its
// acronym in brackets after it, "the Moro National Liberation Front
// ( MNLF )", "the Organisation for Security and Cooperation in Europe
// (OSCE)", and by the acronym from then on. The tagger often cuts such a
// long name ("Security and Cooperation") or types its words apart, and
// leaves the bracketed acronym out; the initials say where the name
// starts, and that the acronym is its name too.

// definedAcronyms makes one mention of each long name whose initials the
// acronym in brackets right after it spells, its capitalised words'
// first letters with "of", "for", "and", "in", "the" and the like between
// them left out; the acronym in brackets is a mention of the same name,
// and so is every other mention of it, or the same word in capitals where
// the tagger left it out. A long name the tagger found whole keeps its
// type ("Democratic Republic of Congo ( DRC )", a place); the rest are
// organisations, or laws and plans by their head ("Affordable Care Act").
// A tagged name running past either end of the long name leaves it
// alone.
func definedAcronyms(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	var defs map[string]model.EntityType // acronym -> type of the long name
	var spans [][2]int                   // long names, in text order
	if _, ok := tz.vocabSlot("(", formHash("(")); !ok {
		return raw // no bracket in the article
	}
	// the tokens with a bracket, from the text's brackets; every token
	// where the tokens are out of the text's order
	brackets, inOrder := byteTokens(tz, '(')
	for bi, k := 0, 1; k+2 < len(toks); k++ {
		if inOrder {
			for bi < len(brackets) && int(brackets[bi]) < k {
				bi++
			}
			if bi == len(brackets) {
				break
			}
			k = int(brackets[bi])
			if k+2 >= len(toks) {
				break
			}
		}
		if w := toks[k].text; len(w) != 1 || w[0] != '(' || toks[k+2].text != ")" || toks[k+1].sent != toks[k-1].sent {
			continue
		}
		acr := toks[k+1].text
		if !allCapitals(acr) {
			continue
		}
		s := longNameStart(toks, k, acr)
		if s < 0 {
			continue
		}
		typ, ok := longNameType(toks, raw, s, k)
		if !ok {
			continue
		}
		if defs == nil {
			defs = map[string]model.EntityType{}
		}
		defs[acr] = typ
		spans = append(spans, [2]int{s, k})
	}
	if defs == nil {
		return raw // most articles define no acronym
	}
	out := make([]rawMention, 0, len(raw)+2*len(spans))
	si := 0
	for _, r := range raw {
		for si < len(spans) && spans[si][1] <= r.ts {
			si++
		}
		if si < len(spans) && r.ts >= spans[si][0] && r.te <= spans[si][1] {
			continue // the tagger's pieces of the long name
		}
		if typ, ok := defs[toks[r.ts].text]; ok && r.te == r.ts+1 && !r.title {
			r.typ = typ // "the MNLF said": the acronym as defined
		}
		out = append(out, r)
	}
	for _, sp := range spans {
		out = append(out, rawMention{ts: sp[0], te: sp[1], typ: defs[toks[sp[1]+1].text]})
	}
	// the acronym wherever the tagger left it out, but where the article
	// writes the word in lower case too ("IN" of a headline in capitals)
	for k := range toks {
		if !allCapitals(toks[k].text) {
			continue // most words: no map asked
		}
		if typ, ok := defs[toks[k].text]; ok && !tz.usedInLowerCase(toks[k].low) && !inMention(out, k) {
			out = append(out, rawMention{ts: k, te: k + 1, typ: typ})
		}
	}
	slices.SortFunc(out, func(a, b rawMention) int { return a.ts - b.ts })
	return out
}

// inMention reports whether token k is inside one of ms.
func inMention(ms []rawMention, k int) bool {
	for _, m := range ms {
		if m.ts <= k && k < m.te {
			return true
		}
	}
	return false
}

// allCapitals: a word of two to eight capital letters, an acronym
// without full stops ("OSCE", "MNLF").
func allCapitals(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// longNameStart is the first token of the name before the bracket at
// k whose initials spell acr, or -1: capitalised words, each giving its
// first letter and the first letter of each capitalised part after a
// hyphen ("Asia-Pacific"), with lower-case function words between them.
func longNameStart(toks []token, k int, acr string) int {
	n := len(acr) // letters of acr still to match, from its end
	for j := k - 1; j >= 0 && toks[j].sent == toks[k].sent && k-j <= 3*len(acr); j-- {
		t := &toks[j]
		if !t.capital {
			if !acronymSmallWords[t.low] || j == k-1 {
				return -1
			}
			continue
		}
		letters := wordInitials(t.text)
		if len(letters) > n || acr[n-len(letters):n] != letters {
			return -1
		}
		n -= len(letters)
		if n == 0 {
			if j+1 == k || nameGoesOn(toks, j) {
				// a single word is no long name; nor is the end of a
				// longer one whose acronym leaves words out ("Rally for
				// the Return of Refugees and Democracy in Rwanda ( RDR )")
				return -1
			}
			return j
		}
	}
	return -1
}

// nameGoesOn reports whether the name before token j runs on into it:
// a capitalised word right before it, or a small word with one before
// that, in its sentence; not a word that opens the sentence, which has
// its capital for that.
func nameGoesOn(toks []token, j int) bool {
	b := j - 1
	if b >= 0 && toks[b].sent == toks[j].sent && acronymSmallWords[toks[b].low] && !toks[b].capital {
		b--
	}
	return b > 0 && toks[b].sent == toks[j].sent && toks[b-1].sent == toks[b].sent && toks[b].capital && hasLetter(toks[b].text) &&
		!toks[b].in(wcStarter)
}

// acronymSmallWords stand between the words of a long name and give its
// acronym no letter.
var acronymSmallWords = wordSet(`of for and in the on de des du la le el al at to`)

// wordInitials is the capital letter opening w and each capitalised part
// of it after a hyphen, or "" when w opens with no capital of ASCII.
func wordInitials(w string) string {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return ""
	}
	b := []byte{w[0]}
	for i := 1; i+1 < len(w); i++ {
		if w[i] == '-' {
			if r, _ := utf8.DecodeRuneInString(w[i+1:]); unicode.IsUpper(r) && w[i+1] < utf8.RuneSelf {
				b = append(b, w[i+1])
			}
		}
	}
	return string(b)
}

// longNameType is the type of the long name [s, e): the tagger's, where
// one of its mentions is the whole name; else an organisation's, or a
// law's or a plan's (other) where its head says so ("Affordable Care
// Act"). False when a mention of the tagger's runs past either end of the
// name or is a quoted title.
func longNameType(toks []token, raw []rawMention, s, e int) (model.EntityType, bool) {
	typ := model.Organization
	if toks[e-1].in(wcOtherHead) {
		typ = model.Other
	}
	for _, r := range raw {
		if r.te <= s || r.ts >= e {
			continue
		}
		if r.ts < s || r.te > e || r.title {
			return 0, false
		}
		if r.ts == s && r.te == e {
			typ = r.typ // "Democratic Republic of Congo ( DRC )", a place
		}
	}
	return typ, true
}
