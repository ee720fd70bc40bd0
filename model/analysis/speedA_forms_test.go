package analysis

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/byline-reader/byline/model"
)

// TestAttrWordOf holds the cached answers of attrWordOf to the lists and
// functions they stand for, over the words of those lists and a few
// outside them.
func TestAttrWordOf(t *testing.T) {
	words := map[string]bool{"": true, "said": true, "The": true, "sen.": true, "congressman": true, "hosts": true, "xyzzy": true, "mayor's": true}
	for _, set := range append(attrWordSets(), personRoles, roleNouns, personTitles, wordSet(`new top longtime veteran incumbent presidential
		republican democratic junior senior outgoing old president presidents said the`)) {
		for w := range set {
			words[w] = true
		}
	}
	for w := range roleAbbreviations {
		words[w] = true
	}
	for w := range words {
		b := attrWordOf(w)
		if b != attrWordFor(w) {
			t.Errorf("%q: table %b, lists %b", w, b, attrWordFor(w))
		}
		check := func(name string, bit attrWord, want bool) {
			if got := b&bit != 0; got != want {
				t.Errorf("%q %s: %v, want %v", w, name, got, want)
			}
		}
		r := roleHead(w)
		check("known", awKnown, true)
		check("role", awRole, r != "")
		check("roleSelf", awRoleSelf, r != "" && r == w)
		check("descMod", awDescMod, descriptionModifier(w))
		check("leadConj", awLeadConj, leadingConjunctions[w])
		check("subjArticle", awSubjArticle, subjectArticles[w])
		check("distMod", awDistMod, distinguishingModifiers[w])
		check("timeNoun", awTimeNoun, timeNouns[w] || moreTimeNouns[w])
		check("commonNounOff", awCommonNounOff, describedPersonNouns[w] || genericPersonNouns[w] || agentNouns[w] || timeNouns[w] || moreTimeNouns[w])
		check("descOpener", awDescOpener, descriptionOpeners[w])
		check("indefOpener", awIndefOpener, indefiniteOpeners[w])
		check("anonNoun", awAnonNoun, personNouns[w] || genericPersonNouns[w] || describedPersonNouns[w] || agentNouns[w] || moreAnonNouns[w])
		check("personAgent", awPersonAgent, personNouns[w] || agentNouns[w])
		check("courtOfficer", awCourtOfficer, courtOfficerWords[w])
		check("personNoun", awPersonNoun, personNouns[w])
		check("former", awFormer, formerWords[w])
		check("partyPerson", awPartyPerson, partyPersonWords[w])
		check("unnamedHead", awUnnamedHead, unnamedHeads[w])
		check("complementPrep", awComplementPrep, complementPreps[w])
		check("clauseBreak", awClauseBreak, clauseBreaks[w])
		check("beForm", awBeForm, beForms[w])
		check("characterising", awCharacterising, characterisingVerbs[w])
		check("complementVerb", awComplementVerb, complementVerbs[w])
		check("reportCue", awReportCue, reportCues[w])
		check("relativeWord", awRelativeWord, relativeWords[w])
		check("preposition", awPreposition, prepositions[w])
		check("coordinator", awCoordinator, coordinators[w])
		check("sentenceOpener", awSentenceOpener, sentenceOpeners[w])
		check("titleWord", awTitleWord, namingWords[w] || titleNouns[w] || workNouns[w])
		check("genderRead", awGenderRead|awGenderF|awGenderM, false)
	}
}

// TestAttributorWordCache holds the per-form cache of an article's
// attributor to roleHead and the lists, token by token.
func TestAttributorWordCache(t *testing.T) {
	text := "The former senator said the Sen. Ann Reed met a spokesman. But the mayor, Ivo Marsh, told the court the lawyer lied. Hosts and the congressman agreed; the senator left. " +
		"Her son, the businessman Ivo Marsh, and his stepdaughter-in-law met a chairwoman, an actress, the man and the woman; the grandson said so."
	tz := tokenizeText(text)
	at := &attributor{tz: tz, words: make([]attrWord, len(tz.vocab)), wforms: tz.forms}
	plain := &attributor{tz: tz}
	plain.plainWords()
	for pass := 0; pass < 2; pass++ {
		for k := range tz.toks {
			if got, want := at.roleAt(k), roleHead(tz.toks[k].low); got != want {
				t.Errorf("token %d %q: roleAt %q, want %q", k, tz.toks[k].low, got, want)
			}
			if got, want := at.describedGenderAt(k), describedGender(tz.toks[k].low); got != want || plain.describedGenderAt(k) != want {
				t.Errorf("token %d %q: describedGenderAt %q, want %q", k, tz.toks[k].low, got, want)
			}
			if got, want := at.word(k)&^(awGenderRead|awGenderF|awGenderM), attrWordOf(tz.toks[k].low); got != want || plain.word(k) != want {
				t.Errorf("token %d %q: word %b, want %b", k, tz.toks[k].low, got, want)
			}
		}
	}
}

// titleShapedBefore is titleShaped as it was written before it read the
// words first, the reference the new one is held to.
func titleShapedBefore(text string, max int) bool {
	text = strings.TrimSpace(text)
	if n := countFields(text, max); n == 0 || n > max || strings.ContainsAny(text, ".!?,") {
		return false
	}
	caps, small, words := 0, 0, 0
	for w := range strings.FieldsSeq(text) {
		words++
		if isCapitalised(w) {
			caps++
		} else if titleSmallWords[strings.ToLower(w)] {
			small++
		}
	}
	return caps > 0 && caps+small == words
}

func TestTitleShapedAsBefore(t *testing.T) {
	texts := []string{"", " ", "Rivers of Salt", "rivers of salt", "He said it", "The Long Tide", "The Long Tide.", "of the",
		"A B C D E F", "A B C D E F G", "A B C D E F G H I J K L M", "Élan Vital", "élan vital", "Paper Kites,", "GROWING PARTY",
		"Mary\u00a0Ellen Hart", "Mary\tEllen\nHart", "What? No", "the Best of Times", "We Are The World and More", "  Of Mice and Men  ",
		"Tough Choices", "x", "X", "1984", "Catch-22", "The 1975", "Ann Reed, Tom Tilley"}
	for _, text := range texts {
		for _, max := range []int{1, 2, 3, 6, 12, 15} {
			if got, want := titleShaped(text, max), titleShapedBefore(text, max); got != want {
				t.Errorf("titleShaped(%q, %d) = %v, want %v", text, max, got, want)
			}
		}
	}
}

// nextFieldBefore is nextField as it was written with the strings
// package, the reference the written-out one is held to.
func nextFieldBefore(s string) (word, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	end := strings.IndexFunc(s, unicode.IsSpace)
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}

func TestNextFieldAsBefore(t *testing.T) {
	texts := []string{"", " ", "Ann", "Ann Reed", "  Ann\tReed ", "Ann\u00a0Reed", "\u0085Ann\u2003Reed\u3000x", "\v\fA\rB\nC",
		"Zoë Ólafsdóttir", "bad\xffbyte here", "\xff", "x\x00y z", "\x1f\x1cA", "Dora \u201cDot\u201d Penrose"}
	for c := 0; c < 256; c++ {
		texts = append(texts, "a"+string(rune(c))+"b", string([]byte{'a', byte(c), 'b'}))
	}
	for _, text := range texts {
		for s := text; ; {
			w, r := nextField(s)
			w0, r0 := nextFieldBefore(s)
			if w != w0 || r != r0 {
				t.Fatalf("nextField(%q) = %q, %q; want %q, %q", s, w, r, w0, r0)
			}
			if w == "" {
				break
			}
			s = r
		}
	}
}

// TestAttrWordTable holds the open-addressed table, looked up by the
// tokeniser's slot of a form, to the map over every word of the lists
// and the words of a text around them.
func TestAttrWordTable(t *testing.T) {
	attrWordsOnce.Do(buildAttrWords)
	words := make([]string, 0, len(attrWords))
	for w := range attrWords {
		words = append(words, w, w+"s", strings.ToUpper(w[:1])+w[1:], "x"+w)
	}
	tz := tokenizeText(strings.Join(words, " ") + ". The quick brown fox, said Ann Reed; spokespersons and businesspeople agreed.")
	for k := range tz.toks {
		low := tz.toks[k].low
		if got, want := attrTable.of(&tz.vocab[tz.forms[k]], low), attrWordOf(low); got != want {
			t.Errorf("token %d %q: table %b, map %b", k, low, got, want)
		}
	}
}

// TestGenderTokensAsWalk holds genders read over genderTokens to genders
// read over every token, on articles of pronouns and names.
func TestGenderTokensAsWalk(t *testing.T) {
	paras := []string{
		"Ann Reed met Tomas Brandt. He shook his head. “We will win,” she said. Her aide, Ivo Marsh, agreed with him.",
		"Rania Saleh praised Samer Haddad's plan. “It works,” she said. “It will,” he said.\n\nA neighbour, Okello Mugisha, was patient. “…,” he said.\n\n“…,” she said.",
		"The Kestrel Mining Company said Reed would go. “No,” said Reed, who thanked her. Samer Khalil congratulated her.",
	}
	for _, para := range paras {
		a := article(para)
		tz := Default().prepare(a)
		at := newAttributor(a, tz)
		if at == nil {
			t.Fatalf("no quotation in %q", para)
		}
		if at.genderTokens() == nil {
			t.Errorf("%q: no list of tokens", para)
		}
		got := at.genders()
		at.gtoks, at.gtoksRead = nil, true // every token
		want := at.genders()
		if !slices.Equal(got, want) {
			t.Errorf("%q: genders %q, want %q", para, got, want)
		}
		tz.release()
	}
}

// TestQuoteTitleShaped holds the quotation's memo of title shapes to
// titleShaped, asked in any order of forms and word counts.
func TestQuoteTitleShaped(t *testing.T) {
	texts := []string{"Rivers of Salt", " Rivers of Salt, ", "He said it", "The Long Tide.", "A B C D E F G H I J K L M N O P Q R",
		"A B C D E F G H I J K L M N O P", "A B C D E F G H I J K L M N O", "", " ", "of the", "Tough Choices,", "We Are The World and More"}
	for _, text := range texts {
		a := &model.Article{Quotes: []model.Quote{{Text: text}, {Text: "x"}}}
		at := &attributor{a: a}
		forms := []string{text, strings.TrimSpace(text), strings.TrimRight(strings.TrimSpace(text), ","), strings.TrimRight(strings.TrimSpace(text), ",."), text}
		for round := 0; round < 2; round++ {
			for _, f := range forms {
				for _, max := range []int{1, 2, 6, 12, 15, 16, 20} {
					if got, want := at.quoteTitleShaped(0, f, max), titleShaped(f, max); got != want {
						t.Errorf("%q, %d: %v, want %v", f, max, got, want)
					}
				}
			}
		}
	}
}

// TestBeforeTitlesRead holds beforeTitles, read once per token, to its
// reading from the tokens, asked twice of every token.
func TestBeforeTitlesRead(t *testing.T) {
	para := "Said the cellist Jon Berg, “We won.” The former Florida Sen. Ann Reed met her brother Jon with the soprano Ivy Lund. “Yes,” said reporter Tom Tilley."
	a := article(para)
	tz := Default().prepare(a)
	defer tz.release()
	at := newAttributor(a, tz)
	if at == nil {
		t.Fatalf("no quotation in %q", para)
	}
	for round := 0; round < 2; round++ {
		for s := -1; s < len(tz.toks); s++ {
			if got, want := at.beforeTitles(s), at.readBeforeTitles(s); got != want {
				t.Errorf("token %d: %d, want %d", s, got, want)
			}
		}
	}
}
