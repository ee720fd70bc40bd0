package analysis

import (
	"strings"
	"testing"
)

// TestGenderedAgrees holds the set behind lxGendered to givenNameGender,
// and isGivenMonth to givenMonths.
func TestGenderedAgrees(t *testing.T) {
	for w, g := range givenNameGenders {
		if gendered[w] != (g != "") {
			t.Errorf("%q: gendered %v, givenNameGender %q", w, gendered[w], g)
		}
	}
	for w := range gendered {
		if givenNameGender(w) == "" {
			t.Errorf("%q: gendered, but givenNameGender says none", w)
		}
	}
	// adjectiveDescriptor asks for "tory" by its form
	if len(descriptorsAlsoGiven) != 1 || !descriptorsAlsoGiven["tory"] {
		t.Errorf("descriptorsAlsoGiven is %v; adjectiveDescriptor knows tory alone", descriptorsAlsoGiven)
	}
	if len(gendered) == 0 {
		t.Fatal("no gendered names")
	}
	words := []string{"may", "april", "june", "august", "july", "mayor", "", "April", "maya"}
	for w := range givenMonths {
		words = append(words, w)
	}
	for _, w := range words {
		if isGivenMonth(w) != givenMonths[w] {
			t.Errorf("%q: isGivenMonth %v, givenMonths %v", w, isGivenMonth(w), givenMonths[w])
		}
	}
}

// TestPlaceNounAfterAsWritten holds placesBeforeOffices' test of the word
// as written to the map: placeNounAfter[text] is the form's bit with the
// token written as its form.
func TestPlaceNounAfterAsWritten(t *testing.T) {
	text := "Iowa caucuses, Iowa Caucuses, Ohio voters and Ohio VOTERS; the Texas senator, Texas Senator, primary Primary PRIMARY mayor’s residents."
	tz := tokenizeText(text)
	for k, tok := range tz.toks {
		got := tz.lex(k)&lxPlaceNounAfter != 0 && tok.text == tok.low
		if want := placeNounAfter[tok.text]; got != want {
			t.Errorf("%q: %v, placeNounAfter says %v", tok.text, got, want)
		}
	}
}

// TestRoleLink holds isRoleLink to roleLinks.
func TestRoleLink(t *testing.T) {
	words := []string{"for", "of", "at", "from", "with", "to", "in", "For", "", "off"}
	for w := range roleLinks {
		words = append(words, w)
	}
	for _, w := range words {
		if isRoleLink(w) != roleLinks[w] {
			t.Errorf("%q: isRoleLink %v, roleLinks %v", w, isRoleLink(w), roleLinks[w])
		}
	}
}

// TestClassesAreLists holds the class bits that roleApposition and
// appositivePerson ask in place of maps to the maps: wcPreposition to
// prepositions, wcTitleSmall to titleSmallWords, wcRoleNoun to roleNouns.
func TestClassesAreLists(t *testing.T) {
	var words []string
	for _, l := range []map[string]bool{prepositions, titleSmallWords, roleNouns} {
		for w := range l {
			words = append(words, w)
		}
	}
	text := strings.Join(words, " ") + " Of THE In the Reed said, a doctor who ran."
	tz := tokenizeText(text)
	for _, tok := range tz.toks {
		for _, c := range []struct {
			class wordClass
			list  map[string]bool
		}{{wcPreposition, prepositions}, {wcTitleSmall, titleSmallWords}, {wcRoleNoun, roleNouns}} {
			if tok.in(c.class) != c.list[tok.low] {
				t.Errorf("%q: class %v, list %v", tok.text, tok.in(c.class), c.list[tok.low])
			}
		}
	}
}
