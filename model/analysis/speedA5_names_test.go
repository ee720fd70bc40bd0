package analysis

import (
	"strings"
	"testing"
)

// TestNotPersonFilter holds mayBeNotPersonWord to classOfWord: every word
// of wordClasses in a list of notPersonNameWords, as written and with
// capitals, passes the filter, and nameShape answers as it did with
// classOfWord asked of every word, over the lists' words and others.
func TestNotPersonFilter(t *testing.T) {
	notPersonFilterOnce.Do(buildNotPersonFilter)
	oldShape := func(name string) uint8 {
		words := 0
		for w, rest := nextField(name); w != ""; w, rest = nextField(rest) {
			words++
			if classOfWord(w)&notPersonNameWords != 0 {
				return shapeNotPerson
			}
		}
		if words >= 2 {
			return shapeWords
		}
		return shapeOneWord
	}
	words := []string{"Reed", "Ann", "O'Brien", "Émile", "Straße", "KELVIN", "x", "", "Tomas Brandt", strings.Repeat("a", 40)}
	cut := 0
	for w := range wordClasses {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[:len(w)-1])
		if wordClasses[w]&notPersonNameWords != 0 && !mayBeNotPersonWord(w) {
			t.Errorf("%q: filtered out", w)
		}
	}
	for _, w := range words {
		if !mayBeNotPersonWord(w) {
			cut++
			if classOfWord(w)&notPersonNameWords != 0 {
				t.Errorf("%q: filtered out, class %b", w, classOfWord(w))
			}
		}
		for _, name := range []string{w, "Ann " + w, w + " Reed"} {
			if got, want := nameShape(name), oldShape(name); got != want {
				t.Errorf("nameShape(%q) = %d, want %d", name, got, want)
			}
		}
	}
	if cut == 0 {
		t.Error("the filter passes every word")
	}
}
