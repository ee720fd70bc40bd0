package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestSpeedK4LexHelpers holds the lexicon's helpers to the look-ups they
// replace, over the words of their lists and a few outside them, both as
// words and as the tokens of a text.
func TestSpeedK4LexHelpers(t *testing.T) {
	words := map[string]bool{"the": true, "said": true, "reed": true, "you": true, "elder": true, "snr": true, "x": true, "he": true, "him": true, "his": true, "himself": true, "she": true, "her": true, "hers": true, "herself": true, "they": true, "it": true}
	for _, set := range []map[string]bool{givenNames, corefMaleNames, corefFemaleNames, recog45PlaceKinds, recog45BodyKinds, beForms, clauseBreaks} {
		for w := range set {
			words[w] = true
		}
	}
	for w := range givenNameGenders {
		words[w] = true
	}
	for w := range generationForms {
		words[w] = true
	}
	for w := range words {
		g := givenNameGender(w)
		if givenMaleForms[w] != (g == "m") || givenFemaleForms[w] != (g == "f") {
			t.Errorf("%q: given-name sets disagree", w)
		}
		if givenLike(w) != givenLikeOf(w) || givenLikeForms[w] != givenLikeOf(w) {
			t.Errorf("%q: givenLikeForms disagrees with the four lists", w)
		}
		if (personalPronounGender(w) != "") != genderedPronouns[w] {
			t.Errorf("%q: personalPronounGender disagrees with genderedPronouns", w)
		}
		if generationForms[w] != (generationWords[w] != 0 || generationAfter[w] != 0) {
			t.Errorf("%q: generationForms disagrees", w)
		}
	}
	var b strings.Builder
	b.WriteString("Title\n")
	n := 0
	for w := range words {
		b.WriteString(w)
		if n%3 == 0 {
			b.WriteString(" " + strings.ToUpper(w[:1]) + w[1:])
		}
		b.WriteString(" ")
		if n++; n%12 == 0 {
			b.WriteString("said.\n\n")
		}
	}
	text := b.String()
	tz := tokenizeText(text)
	if len(tz.toks) < len(words) {
		t.Fatalf("%d tokens for %d words", len(tz.toks), len(words))
	}
	for k := range tz.toks {
		tok := &tz.toks[k]
		w := tok.low
		if givenGenderAt(tz, k) != givenNameGender(w) || givenAt(tz, k) != (givenNameGender(w) != "") ||
			givenOrNamedAt(tz, k) != (givenNameGender(w) != "" || givenNames[w]) {
			t.Errorf("token %q: given-name helpers disagree", tok.text)
		}
		var want model.EntityType
		ok := false
		if !tok.capital && isLowerWord(tok.text) {
			switch {
			case recog45PlaceKinds[w]:
				want, ok = model.Place, true
			case recog45BodyKinds[w]:
				want, ok = model.Organization, true
			}
		}
		if got, gok := kindOf(tz, k); got != want || gok != ok {
			t.Errorf("token %q: kindOf %v %v, want %v %v", tok.text, got, gok, want, ok)
		}
		if (tz.lex(k)&lxGeneration != 0) != (generationWords[w] != 0 || generationAfter[w] != 0) {
			t.Errorf("token %q: generation bit disagrees", tok.text)
		}
		if (tok.in(wcPronoun) && pronouns[w] != "") != (pronouns[w] != "") {
			t.Errorf("token %q: pronoun class disagrees", tok.text)
		}
	}
}

// TestAgedSurnamesByCommaSlot holds agedSurnames, which finds commas by
// their form's slot, to the reading of every token's text it replaced.
func TestAgedSurnamesByCommaSlot(t *testing.T) {
	old := func(toks []token) map[string]bool {
		var aged map[string]bool
		for k := 1; k+2 < len(toks); k++ {
			if toks[k].text != "," || !isAge(toks[k+1].text) || toks[k+2].text != "," || !toks[k-1].capital ||
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
	for _, text := range []string{
		"Title\nThe manager, Reed, 45, said so. Ana Ruiz, 7, and Mokoena, 101, came, 12, late.",
		"Title\nNo commas here at all 45 said Reed.",
		"Title\nReed ,45, Holm , 3 , Vell, 2023, said.",
		"Title\nAb, Cd, 1, Ef, Gh, 22, Ij Kl, 3, Mn Op Qr, 44, St Uv Wx Yz, 5, Reed, 6,",
		"Title\nthe one Reed, 45, x Holm, 3, y z Vell, 2, a b c Mokoena, 7, d e f g Ruiz, 8, Ng, 9,",
		"Reed, 4,",
		"Title\nSo Reed, 45,",
		"",
	} {
		tz := tokenizeText(text)
		l := &linker{tz: tz}
		got, want := l.agedSurnames(), old(tz.toks)
		if len(got) != len(want) || (got == nil) != (want == nil) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
		for w := range want {
			if !got[w] {
				t.Errorf("%q: %v, want %v", text, got, want)
			}
		}
	}
}
