package tagger

import "testing"

// TestPlainGate pins which tokens the gate tags O unscored, on the fast
// path and the reference path alike: a plain word after an O, and never a
// word after the start of a name, inside a gazetteer name, at a sentence's
// start, in a Title Case headline, leaning to a name in the model, unknown
// to it, or not all lower-case letters.
func TestPlainGate(t *testing.T) {
	cases := []struct {
		doc  string // sentences separated by " | "
		word string // the first token with this word (in the last sentence)
		want bool
	}{
		{"Prices rose . | The minister said the economy grew .", "economy", true},
		{"Prices rose . | The minister said the economy grew .", "said", true},
		{"Prices rose . | Obama said the economy grew .", "said", false},     // after B-PER
		{"Prices rose . | The Bank of England said so .", "of", false},       // after B-ORG
		{"Prices rose . | They flew to new york on Monday .", "new", false},  // in a gazetteer name
		{"Prices rose . | They flew to new york on Monday .", "york", false}, // in a gazetteer name
		{"Prices rose . | They flew to the hague on Monday .", "the", false}, // a plain word starting one
		{"Prices rose . | They flew to the coast on Monday .", "the", true},
		{"Prices rose . | the economy grew .", "the", false},                   // a sentence's start
		{"Ministers Meet To Discuss The Aid Plan in Geneva", "in", false},      // Title Case
		{"Prices rose . | We met trump and china today .", "trump", false},     // leans to a person
		{"Prices rose . | We met trump and china today .", "china", false},     // a gazetteer name
		{"Prices rose . | The zzqxvw said so .", "zzqxvw", false},              // unknown to the model
		{"Prices rose . | The well-known firm said so .", "well-known", false}, // not letters only
		{"Prices rose . | The firm said so in 2019 .", "2019", false},
		{"Prices rose . | The firm said so .", "so", true},
		{"Prices rose . | The firm said so .", "firm", false}, // leans to an organisation ("Firm")
	}
	tg := Default()
	for _, c := range cases {
		sents := splitDoc(c.doc)
		last := len(sents) - 1
		at := -1
		for i, w := range sents[last] {
			if w == c.word {
				at = i
				break
			}
		}
		if at < 0 {
			t.Fatalf("%q: no %q in its last sentence", c.doc, c.word)
		}
		// the fast path
		margins := make([]float32, countWords(sents))
		tg.tagFast(sents, margins)
		fast := margins[countWords(sents[:last])+at] == gatedMargin
		// the reference path
		docLower := lowerWords(sents)
		s := tg.prepare(sents[last], docLower, last == 0)
		_, ref := tg.tagSentence(s, nil)
		slow := ref[at] == gatedMargin
		if fast != c.want || slow != c.want {
			t.Errorf("%q, %q: gated %v (reference %v), want %v", c.doc, c.word, fast, slow, c.want)
		}
	}
}
