package tagger

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTagFastFindsKnownWords holds the look-up tagWith writes out to
// vocabTable.find: tagging the same documents again with the same scratch
// finds every word's type and adds none (a miss would add the word again),
// and every word's type is the one find gives for it.
func TestTagFastFindsKnownWords(t *testing.T) {
	tg := Default().WithoutConsistency()
	d := newScratch()
	var all [][]string
	for _, doc := range fastDocs {
		all = append(all, splitDoc(doc)...)
	}
	all = append(all, []string{"a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghijklmnopq", "Abcdefghijklmnopqr", "é", "ünïcödé-wörds-that-run-long"})
	for round := 0; round < 2; round++ {
		before := len(d.types)
		tg.tagWith(d, all, nil)
		if round == 1 && len(d.types) != before {
			t.Errorf("the second round added %d types", len(d.types)-before)
		}
		for _, s := range all {
			for _, w := range s {
				id, ok := d.vocab.find(w)
				if !ok || d.types[id].word != w {
					t.Errorf("%q: find gives %d, %v", w, id, ok)
				}
			}
		}
	}
}

// TestCapsFormLazy holds the form of a word in a sentence in capitals,
// filled once a sentence asks for it (capsForm), to the one filled at once.
func TestCapsFormLazy(t *testing.T) {
	tg := Default()
	for _, w := range []string{"Obama", "NEW", "York", "the", "U.S.", "McDonald's", "Élysée", "IBM", "x"} {
		wt := tg.newWordType(w)
		tg.capsForm(wt)
		var want form
		if wt.lower == w {
			want = wt.forms[0]
		} else {
			tg.fillForm(&want, wt, wt.lower)
		}
		if !reflect.DeepEqual(wt.forms[1], want) {
			t.Errorf("%q: got %+v, want %+v", w, wt.forms[1], want)
		}
	}
}

// TestAppendSpansMatchesSimple holds appendSpans, which passes over O
// tags four at a time, to the plain reading of every tag in turn.
func TestAppendSpansMatchesSimple(t *testing.T) {
	simple := func(tags []int) []span {
		var out []span
		for i := 0; i < len(tags); {
			if tags[i] == 0 {
				i++
				continue
			}
			typ := (tags[i] + 1) / 2
			j := i + 1
			for j < len(tags) && tags[j] == typ*2 {
				j++
			}
			out = append(out, span{i, j, typ})
			i = j
		}
		return out
	}
	r := uint32(1)
	for n := 0; n < 40; n++ {
		for round := 0; round < 200; round++ {
			tags := make([]int, n)
			for k := range tags {
				r = r*1664525 + 1013904223
				if r>>28 < 11 {
					continue // mostly O
				}
				tags[k] = int(r>>8) % (NTags)
			}
			if got, want := appendSpans(nil, tags), simple(tags); !reflect.DeepEqual(got, want) {
				t.Fatalf("%v:\n got %v\nwant %v", tags, got, want)
			}
		}
	}
}

// normWordLower is normWord, and says it is strings.ToLower too only
// where it is; wordMarks holds titleWords and sportsWords.
func TestNormWordLower(t *testing.T) {
	words := []string{"", "a", "A", "Paris", "PARIS", "x9", "X9", "1,000", "’s", "O’Neill", "Zürich", "ÉCOLE", "\xff", "\xffA",
		"mr.", "Mr.", "U.S.", "a-B", "@[`{", strings.Repeat("Ab", 40), strings.Repeat("ab", 40), strings.Repeat("A1", 40)}
	for w := range titleWords {
		words = append(words, w, strings.ToUpper(w))
	}
	for w := range sportsWords {
		words = append(words, w, strings.ToUpper(w))
	}
	for r := rune(0); r < 0x250; r++ {
		words = append(words, string(r), "A"+string(r)+"b")
	}
	for _, w := range words {
		got, lowered, ascii := normWordLower(w)
		if got != normWord(w) || lowered && got != strings.ToLower(w) || ascii != isASCII(w) {
			t.Errorf("normWordLower(%q) = %q, %v, %v; normWord gives %q, ToLower %q", w, got, lowered, ascii, normWord(w), strings.ToLower(w))
		}
		m := wordMarks[normWord(w)]
		if m&markTitle != 0 != titleWords[normWord(w)] || m&markSports != 0 != sportsWords[normWord(w)] {
			t.Errorf("wordMarks[%q] = %b", normWord(w), m)
		}
	}
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// A new word type of ASCII counts its letters and capitals and finds its
// affixes' rows by its bytes as the general path does by its runes.
func TestNewWordTypeASCII(t *testing.T) {
	tg := Default()
	h := &tg.table
	for _, w := range []string{"a", "A", "ab", "Abc", "ABCD", "Paris", "U.S.", "x9y", "1,000", "@[`{", "Zz", "the", "McDonald", "o'neill", "Xi", "NATO", "said", "'s", "--"} {
		wt := tg.newWordType(w)
		var letters, upper int32
		for _, c := range w {
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsUpper(c) {
					upper++
				}
			}
		}
		first, _ := utf8.DecodeRuneInString(w)
		long := utf8.RuneCountInString(w) >= 4 && unicode.IsLetter(first)
		var want []int32
		rs := []rune(normWord(w))
		for k := 1; k <= 3 && k <= len(rs); k++ {
			if r := h.row(hs(h0(byte(5+k)), string(rs[:k]))); r >= 0 {
				want = append(want, r)
			}
		}
		for k := 1; k <= 4 && k <= len(rs); k++ {
			if r := h.row(hs(h0(byte(8+k)), string(rs[len(rs)-k:]))); r >= 0 {
				want = append(want, r)
			}
		}
		if wt.letters != letters || wt.upper != upper || wt.long != long || !reflect.DeepEqual(append([]int32(nil), wt.affixes[:wt.nAffixes]...), want) {
			t.Errorf("newWordType(%q): letters %d upper %d long %v affixes %v, want %d %d %v %v", w, wt.letters, wt.upper, wt.long, wt.affixes[:wt.nAffixes], letters, upper, long, want)
		}
	}
}

// shapeOf gives, for a shape new or known and past the numbered ones,
// the rows and states fillForm worked out from the short shape itself.
func TestShapeOf(t *testing.T) {
	h := &Default().table
	c := newWordCache()
	for round := range 2 {
		for i := range 2 * maxShapes {
			short := fmt.Sprintf("Xx%d", i%(maxShapes+7))
			if i < 8 {
				short = []string{"Xx", "x", ",", "X", "d", "Xx.", "x-x", "X.X."}[i]
			}
			e := c.shapeOf(h, []byte(short))
			s, id := c.shape([]byte(short))
			if e.short != short || s != short || e.id != id || e.short5 != h.row(hs(h0(5), short)) || e.first25 != h.row(hs(h0(25), short)) ||
				e.state17 != hs(h0(17), short) || e.state18 != hs(h0(18), short) || e.state32 != hs(h0(32), short) {
				t.Errorf("round %d: shapeOf(%q) = %+v (shape gives %q, %d)", round, short, e, s, id)
			}
		}
	}
}
