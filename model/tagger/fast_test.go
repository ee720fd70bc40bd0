package tagger

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFastMatchesReference pins TagDocument (word types, rows found once,
// pair features hashed without strings) to tagReference (every feature a
// string, hashed and looked up for every token) on invented documents that
// reach every feature: headlines in capitals and in Title Case, sentence
// bounds, titles, possessives, gazetteer names of one word and several,
// words seen both capitalised and in lower case, odd bytes and empty
// sentences.
func TestFastMatchesReference(t *testing.T) {
	for _, tg := range []*Tagger{Default(), Default().WithoutConsistency()} {
		for _, doc := range fastDocs {
			sents := splitDoc(doc)
			want := tg.tagReference(sents)
			for round := 0; round < 2; round++ { // the second round reuses the scratch
				if got := tg.TagDocument(sents); !reflect.DeepEqual(got, want) {
					t.Errorf("%q (consistency %v, round %d):\n got %v\nwant %v", doc, !tg.noConsistency, round, got, want)
				}
			}
		}
	}
}

// TestTagConcurrently tags from several goroutines at once, each with its
// own scratch from the pool (run with -race).
func TestTagConcurrently(t *testing.T) {
	tg := Default()
	want := make([][][]string, len(fastDocs))
	for i, doc := range fastDocs {
		want[i] = tg.tagReference(splitDoc(doc))
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				i := (g + r) % len(fastDocs)
				if got := tg.TagDocument(splitDoc(fastDocs[i])); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d: %q:\n got %v\nwant %v", g, fastDocs[i], got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

func splitDoc(doc string) [][]string {
	var sents [][]string
	for _, s := range strings.Split(doc, " | ") {
		sents = append(sents, strings.Fields(s))
	}
	return sents
}

// fastDocs are documents (sentences separated by " | ") that reach every
// feature of the model.
var fastDocs = []string{
	"US President Donald Trump spoke with Vladimir Putin of Russia on Monday .",
	"HALVARD SHARES FALL AFTER KESSARY BID | KESSARY 2026-03-04 | Halvard International Inc said on Tuesday its board rejected the bid . | Shares of Halvard fell 3.5 percent .",
	"Ministers Meet In New York To Discuss Sri Lanka Aid | NEW YORK ( Reuters ) - | Negotiations will begin soon , officials said . | The negotiations were brief , Mr. Ola Brandt 's aide said .",
	"Vellmouth beat Kessary 429-7 at the stadium . | Kessary captain Ola Brandt scored 2 goals in the cup match against Wales . | England drew 1-1 with Northern Ireland .",
	"Holm & Lindqvist Co rose , and First Kessary Corp. said so . | Merkel said little . | Angela Merkel arrived late in Los Angeles and Rio de Janeiro .",
	"\x00 \u202e ’s '' `` 1996-08-30 | | ÉÉÉ UNITED NATIONS ½ \xff\xfe Zürich São Paulo | a",
	"Dr. Kim said : “ It ’s over . ” | SEOUL | Kim Jong-un , Park Sun-ok and the Korean Workers ' Party met in Pyongyang .",
}

// TestFastPastMaxVocab tags a document with more word types than a scratch
// keeps, and documents after it, which start the scratch afresh.
func TestFastPastMaxVocab(t *testing.T) {
	tg := Default()
	var sents [][]string
	for i := 0; i < maxVocab+500; i += 10 {
		var s []string
		for j := i; j < i+10; j++ {
			s = append(s, "Word"+strconv.Itoa(j), "w"+strconv.Itoa(j))
		}
		sents = append(sents, s)
	}
	docs := [][][]string{sents, splitDoc(fastDocs[0]), sents[:3]}
	for i, doc := range docs {
		if got, want := tg.TagDocument(doc), tg.tagReference(doc); !reflect.DeepEqual(got, want) {
			t.Errorf("document %d tagged unlike the reference", i)
		}
	}
}

// TestFastPastMaxShapes tags documents with more short shapes than a
// scratch numbers, whose shape features are then looked up every time,
// next to shapes it numbers, and a document after them.
func TestFastPastMaxShapes(t *testing.T) {
	tg := Default()
	const marks = "!#$%&*+/:;<=>?@^_|~"
	var sents [][]string
	for i := 0; i < len(marks); i++ {
		var s []string
		for j := 0; j < len(marks); j++ {
			// "a!b#", "A!b#9": shapes x!x#, X!x#d, all different
			s = append(s, "a"+marks[i:i+1]+"b"+marks[j:j+1], "Said", "A"+marks[i:i+1]+"b"+marks[j:j+1]+"9", "Nora")
		}
		sents = append(sents, s)
	}
	if n := len(marks) * len(marks); n < 2*maxShapes {
		t.Fatalf("only %d shapes", n)
	}
	for i, doc := range [][][]string{sents, splitDoc(fastDocs[0]), sents[3:5]} {
		if got, want := tg.TagDocument(doc), tg.tagReference(doc); !reflect.DeepEqual(got, want) {
			t.Errorf("document %d tagged unlike the reference", i)
		}
	}
}

// TestShapeCache holds wordCache.shape to what it stands for: the short
// shape's own string and one number for each shape, the same every time
// it is asked, up to maxShapes-2 shapes and noShape past them, and a
// form's shapes built in its buffers equal to shapes'.
func TestShapeCache(t *testing.T) {
	c := newWordCache()
	ids := map[string]uint8{}
	for round := range 2 {
		for i := range 3 * maxShapes {
			want := fmt.Sprintf("X%dx", i)
			got, id := c.shape([]byte(want))
			if got != want {
				t.Fatalf("shape(%q) = %q", want, got)
			}
			if round == 0 && i < noShape-1 {
				if _, ok := ids[want]; ok || id == 0 || id == noShape {
					t.Fatalf("shape(%q) numbered %d, with %d numbered before", want, id, len(ids))
				}
				ids[want] = id
			}
			if old, ok := ids[want]; ok && id != old || !ok && id != noShape {
				t.Fatalf("round %d: shape(%q) numbered %d, want %d (numbered: %v)", round, want, id, old, ok)
			}
		}
	}
	var long [maxShape]byte
	var short [4]byte // shorter than some short shapes: appendShapes grows it
	for _, w := range []string{"", "Kolvik", "McDonald's", "2-0", "PeÃ±a", "ÉCOLE", "a.b.c.d.e.f", "\xff9x"} {
		l, s := appendShapes(long[:0], short[:0], w)
		if wl, ws := shapes(w); string(l) != wl || string(s) != ws {
			t.Errorf("appendShapes(%q) = %q, %q; shapes gives %q, %q", w, l, s, wl, ws)
		}
	}
}

// TestPairTableMatchesMap checks the table of gazetteer pairs against the
// map it is built from: every key the gazetteer gives, keys it does not
// (hashes of other pairs, every small number, 0), and a map with the key 0
// and keys that share a filter bit.
func TestPairTableMatchesMap(t *testing.T) {
	pairs := gazetteerPairs(Default().gz)
	if len(pairs) == 0 {
		t.Fatal("the embedded gazetteer gives no pairs")
	}
	small := map[uint64]int{0: 3, 1: 2, 17: 4, 33: 5, 1 << 40: 6, 1<<40 + 16: 7}
	for _, m := range []map[uint64]int{pairs, small, {}} {
		tb := newPairTable(m)
		for k, n := range m {
			if got := tb.get(k); got != n {
				t.Fatalf("get(%#x) = %d, want %d", k, got, n)
			}
		}
		probe := func(k uint64) {
			if got, want := tb.get(k), m[k]; got != want {
				t.Fatalf("get(%#x) = %d, want %d", k, got, want)
			}
		}
		for k := uint64(0); k < 4096; k++ {
			probe(k)
			probe(k << 40)
		}
		for _, a := range []string{"the", "new", "united", "of", "x"} {
			for _, b := range []string{"york", "states", "hague", "and", "said", ""} {
				probe(hs(hs(h0(gzPairSeed), a), b))
			}
		}
	}
}

// TestHashTable puts keys into tables of several sizes, a third of them
// with the same low bits (one home in the table, so they spill over into
// the slots after it) and the same fingerprint, and finds each with its
// own weights, and no key it was not given: the key 0 is kept as 1, and
// keys that share the crowded keys' home and fingerprint are not found.
func TestHashTable(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 100, 5000} {
		h := newHashTable(n)
		homes := h.mask + 1
		var keys []uint64
		for i := 0; i < n; i++ {
			k := uint64(i)*0x9E3779B97F4A7C15 + 12345
			if i%3 == 0 {
				// the same home and fingerprint as others: only the key tells them apart
				k = uint64(i/3)*homes<<8 | 0xAB<<56 | 5
			}
			keys = append(keys, k)
		}
		if n > 0 {
			keys[0] = 0
		}
		for i, k := range keys {
			w := [NTags]float32{float32(i)}
			h.put(k, &w)
		}
		for i, k := range keys {
			r, ok := h.get(k)
			if !ok || h.slots[r].w[0] != float32(i) {
				t.Fatalf("n=%d: key %#x: row %d, %v, weight %v, want %d", n, k, r, ok, h.slots[r].w[0], i)
			}
		}
		for i := 0; i < 2*n+10; i++ {
			k := uint64(i)*0x9E3779B97F4A7C15 + 54321
			if i%2 == 0 {
				k = uint64(i/2+n)*homes<<8 | 0xAB<<56 | 5
			}
			if _, ok := h.get(k); ok {
				t.Fatalf("n=%d: found %#x, never put", n, k)
			}
		}
		if n > 0 {
			if _, ok := h.get(1); !ok {
				t.Fatalf("n=%d: key 0 is kept as 1", n)
			}
		}
	}
}

// TestHs2 checks that hashing one string on from two states at once gives
// each state's own hash, for empty, ASCII and multi-byte strings.
// TestHsMany holds hsMany to hs for every count of states up to twenty
// (eight a pass, then three together, or four a pass and the rest one by
// one).
func TestHsMany(t *testing.T) {
	for _, s := range []string{"", "x", "minister", "São Paulo", "\xff\xfe"} {
		for n := 0; n <= 20; n++ {
			states := make([]uint64, n)
			for k := range states {
				states[k] = hb(h0(21), byte(k))
			}
			hsMany(states, s)
			for k, got := range states {
				if want := hs(hb(h0(21), byte(k)), s); got != want {
					t.Errorf("hsMany(%q), %d states: state %d is %#x, want %#x", s, n, k, got, want)
				}
			}
		}
	}
}

func TestHs2(t *testing.T) {
	a, b := h0(27), hs(h0(28), "the")
	for _, s := range []string{"", "x", "minister", "São Paulo", "\xff\xfe"} {
		ga, gb := hs2(a, b, s)
		if wa, wb := hs(a, s), hs(b, s); ga != wa || gb != wb {
			t.Errorf("hs2(%q) = %#x, %#x; want %#x, %#x", s, ga, gb, wa, wb)
		}
	}
}

// fieldsHead counts and gives the fields strings.Fields does, and the
// pairs worked out as the gazetteers load are those of their names split
// by strings.Fields.
func TestGazetteerPairsAtLoad(t *testing.T) {
	for _, s := range []string{"", " ", "new york", "  the  hague ", "a\tb\nc", "x\u00a0y\u2003z", "são paulo", "\xff \xfe", "one", "a b c d e",
		"a\vb\fc\rd", "\x1cx\x1fy", "ab ", " ab", "new york city", "são", "x são", "new são paulo", "a b\u0085c"} {
		f := strings.Fields(s)
		n, first, second := fieldsHead(s)
		want := append(f, "", "")
		if n != len(f) || first != want[0] || second != want[1] {
			t.Errorf("fieldsHead(%q) = %d, %q, %q; Fields gives %q", s, n, first, second, f)
		}
	}
	g := loadGazetteer()
	want := map[uint64]int{}
	for key := range g.names {
		words := strings.Fields(key)
		if n, first, second := fieldsHead(key); n != len(words) || first != append(words, "")[0] || second != append(words, "", "")[1] {
			t.Errorf("fieldsHead(%q) = %d, %q, %q; Fields gives %q", key, n, first, second, words)
		}
		if len(words) < 2 {
			continue
		}
		k := hs(hs(h0(gzPairSeed), words[0]), words[1])
		want[k] = max(want[k], len(words))
	}
	if len(want) < 1000 || !maps.Equal(want, gazetteerPairs(g)) {
		t.Errorf("%d pairs at load, %d from the names", len(gazetteerPairs(g)), len(want))
	}
}

// appendLower lower-cases as strings.ToLower does: the words of every
// gazetteer, and some beyond ASCII and not UTF-8; lowerLines cuts and
// lowers the lines of every gazetteer as strings.TrimSpace and ToLower do.
func TestLowerName(t *testing.T) {
	var buf []byte
	words := []string{"", "paris", "New York", "SÃO PAULO", "İstanbul", "A-B C", "\xffX", "\xff", "Zürich", "ÉCOLE", "Z@[`{", "ñandú", "\uFFFD", "ǅ", "ΣΑΣ"}
	for _, f := range []string{"geonames-countries.txt", "countries-en.txt", "geonames-cities15000.txt", "geonames-admin1.txt", "demonyms-en.txt"} {
		data, err := gazetteerFS.ReadFile("gazetteers/" + f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.Split(string(data), "\n")...)
	}
	for _, s := range words {
		var spaced bool
		buf, spaced = appendLower(buf[:0], []byte(s))
		if got, want := string(buf), strings.ToLower(s); got != want || spaced != (strings.IndexFunc(s, mayBeSpace) >= 0) {
			t.Errorf("appendLower(%q) = %q, %v, want %q", s, got, spaced, want)
		}
	}
	data := []byte("  Paris \n\n\tSÃO PAULO\r\n \u00a0\n\xffX\nİstanbul\nlast")
	for _, f := range []string{"geonames-countries.txt", "countries-en.txt", "geonames-cities15000.txt", "geonames-admin1.txt", "demonyms-en.txt", ""} {
		if f != "" {
			var err error
			if data, err = gazetteerFS.ReadFile("gazetteers/" + f); err != nil {
				t.Fatal(err)
			}
		}
		low, lines := lowerLines(data)
		var want []gzLine
		var all strings.Builder
		for row, line := range strings.Split(string(data), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				all.WriteString(strings.ToLower(line))
				want = append(want, gzLine{end: int32(all.Len()), row: int32(row), spaced: strings.IndexFunc(line, mayBeSpace) >= 0})
			}
		}
		if low != all.String() || !slices.Equal(lines, want) {
			t.Errorf("lowerLines of %q differs from TrimSpace and ToLower line by line", f)
		}
	}
}

// mayBeSpace is true of a rune up to ' ' or beyond ASCII: a name holding
// none is one word.
func mayBeSpace(r rune) bool { return r <= ' ' || r >= utf8.RuneSelf }

// asciiShape gives an ASCII character the shape the general cases of
// appendShapes give it.
func TestASCIIShape(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		want := byte(r)
		switch {
		case unicode.IsUpper(r):
			want = 'X'
		case unicode.IsLower(r):
			want = 'x'
		case unicode.IsDigit(r):
			want = 'd'
		}
		if asciiShape[r] != want {
			t.Errorf("asciiShape[%q] = %q, want %q", r, asciiShape[r], want)
		}
	}
	var long, short [32]byte
	for _, c := range []struct{ w, long, short string }{{"Ana", "Xxx", "Xx"}, {"AAA", "XXX", "X"}, {"PeÃ±a", "Xxxxx", "Xx"}, {"x-1", "x-d", "x-d"}} {
		if l, s := appendShapes(long[:0], short[:0], c.w); string(l) != c.long || string(s) != c.short {
			t.Errorf("appendShapes(%q) = %q, %q, want %q, %q", c.w, l, s, c.long, c.short)
		}
	}
}
