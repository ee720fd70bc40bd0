package analysis

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/byline-reader/byline/model"
)

// TestTokenLowerForms checks the lower-case forms the token index keeps in
// one buffer against lower, word by word, for ASCII, accented and odd text.
func TestTokenLowerForms(t *testing.T) {
	texts := []string{
		"Title\nThe U.S. Senate said NO to Ms. O’Neil's plan.",
		"ÉCOLE Zürich said ÇA VA, and the IMF’s chief agreed.",
		"all lower case words only",
		"Mixed ÀB Cd ÉF gh İstanbul ǅ \ufffd Ωmega",
		"A Ab ABCDEFGH Abcdefgh ABCDEFGHI Washington WASHINGTON. Mr. MR. X.",
		"",
	}
	for _, text := range texts {
		// with room after the last word, for the forms the index
		// lowers eight bytes at a time
		texts = append(texts, text+"\n        ")
	}
	for _, text := range texts {
		a := &model.Article{Text: text, Body: model.Span{End: len(text)}}
		a.Paragraphs = splitParagraphs(text, a.Body, false)
		for i := range a.Paragraphs {
			a.Paragraphs[i].Sentences = splitSentences(text, a.Paragraphs[i].Span)
		}
		for _, tok := range tokenizeArticle(a).toks {
			if tok.low != lower(tok.text) {
				t.Errorf("%q: low %q, want %q", tok.text, tok.low, lower(tok.text))
			}
			// linking takes a one-word name's key from the token, where
			// it lowers a longer name as strings.ToLower does (keyArena)
			if tok.low != strings.ToLower(tok.text) {
				t.Errorf("%q: low %q, strings.ToLower gives %q", tok.text, tok.low, strings.ToLower(tok.text))
			}
		}
	}
}

// TestFormSlots holds the token index's slots (tz.forms), which linking
// numbers words by in place of a map keyed by the form, to the forms: two
// tokens share a slot exactly when they share the lower-case form, and the
// slot holds that form.
func TestFormSlots(t *testing.T) {
	for _, text := range []string{
		"Title\nAna Ruiz met ana RUIZ and Ruiz; Ruiz's aide, the AIDE, said Ruiz.",
		"ÉCOLE école Zürich ZÜRICH zürich, and the IMF’s chief agreed with the imf.",
		strings.Repeat("Kim Lee Park Wu Un kim ", 40),
		"",
	} {
		tz := tokenizeText(text)
		if len(tz.forms) != len(tz.toks) {
			t.Fatalf("%q: %d slots for %d tokens", text, len(tz.forms), len(tz.toks))
		}
		slotOf := map[string]int32{}
		formAt := map[int32]string{}
		for k, tok := range tz.toks {
			f := tz.forms[k]
			if got := tz.toks[tz.vocab[f].tok].low; got != tok.low {
				t.Errorf("%q: slot %d holds %q, token %d is %q", text, f, got, k, tok.low)
			}
			if g, ok := slotOf[tok.low]; ok && g != f {
				t.Errorf("%q: %q in slots %d and %d", text, tok.low, g, f)
			}
			if w, ok := formAt[f]; ok && w != tok.low {
				t.Errorf("%q: slot %d holds %q and %q", text, f, w, tok.low)
			}
			slotOf[tok.low], formAt[f] = f, tok.low
		}
		tz.release()
	}
}

// TestNormalizeName pins the fast path of normalizeName (plainName) to what
// the slow one gives.
func TestNormalizeName(t *testing.T) {
	names := []string{
		"", " ", "Ann Lee", "Ann  Lee", " Ann Lee", "Ann Lee ", "Ann\tLee", "O’Neil", "Ann\u00a0Lee",
		"Zoë Ball", "a", "Ann\nLee", "Ann Lee\r", "Annabel  Lee", "Annabel Lee-Smith Jones", "Annabel\tLee Smith",
	}
	// long enough to be read eight bytes at a time, with the bytes that
	// make a name not plain anywhere
	pieces := []string{"A", "nn", " ", " ", " ", "\t", "\v", "\x08", "\x0e", "’", "é", "Lee", "x"}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.Intn(24); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		names = append(names, b.String())
	}
	for _, s := range names {
		want := strings.Join(strings.Fields(strings.ReplaceAll(s, "’", "'")), " ")
		if got := normalizeName(s); got != want {
			t.Errorf("normalizeName(%q) = %q, want %q", s, got, want)
		}
		if got, want := plainName(s), plainNameReference(s); got != want {
			t.Errorf("plainName(%q) = %v, want %v", s, got, want)
		}
	}
}

// plainNameReference is plainName as it was before it read eight bytes at
// a time.
func plainNameReference(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// TestCountFields pins countFields to strings.Fields, below and past its
// limit, on short strings and on random ones long enough to be read eight
// bytes at a time.
func TestCountFields(t *testing.T) {
	texts := []string{"", " ", "a", " a  b ", "a\tb\nc\vd\fe\rf", "a\u00a0b\u2003c", "\xff \xfe", "one two three four five six seven",
		"abcdefgh ijklmnop", "        abcdefgh", "abcdefg\x1f\x08\x0e\x09x"}
	pieces := []string{"a", "bc", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\x08", "\x0e", "\x1f", "!", "\u00a0", "\u0085",
		"\u2003", "é", "\xff", "word", "\x00"}
	rng := rand.New(rand.NewSource(8))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := len(strings.Fields(s))
		for limit := 0; limit <= 8; limit++ {
			if got := countFields(s, limit); got != min(want, limit+1) {
				t.Errorf("countFields(%q, %d) = %d, want %d", s, limit, got, min(want, limit+1))
			}
		}
	}
}

// TestUsedInLowerCase asks about forms written in lower case, in capitals
// only, and not lower-cased ("iPhone"), more than once.
func TestUsedInLowerCase(t *testing.T) {
	text := "Negotiations began. The negotiations were brief. Talks ended. The iPhone was new."
	tz := tokenizeText(text)
	for round := 0; round < 2; round++ {
		for w, want := range map[string]bool{"negotiations": true, "talks": false, "Negotiations": false, "brief": true,
			"began": true, "iPhone": true, "iphone": false, "the": false, "were": true} {
			if got := tz.usedInLowerCase(w); got != want {
				t.Errorf("round %d: usedInLowerCase(%q) = %v, want %v", round, w, got, want)
			}
		}
	}
}

// TestTokenizeMatchesReference pins tokenize, which reads ASCII through a
// table, to the plain rune-by-rune way it was written first.
func TestTokenizeMatchesReference(t *testing.T) {
	for _, text := range []string{
		"The U.S. Senate's vote, 1,200 to 3, came at 9:30 a.m. ''Yes,'' said Ann O’Neil-Smith & Co.",
		"“Quoted” — dash\t\ttabs\u00a0nbsp\u2003em space\r\nnew line ``NYT'' R-Ky., w/o AT&T",
		"Zürich ÉCOLE naïve façade 東京 ÀB, x'y, x’s, ab, 1,2,a ,a, end.",
		"\xff\xfe invalid \xc3 bytes \u0301 combining a\u0301b",
		"", " ", "a", ".", "''", "``", "'a", "a'", "a-", "-a", "a.b.", "U.S", "Dr. Who",
	} {
		var got, want [][2]int
		sp := model.Span{End: len(text)}
		tokenize(text, sp, func(s, e int) { got = append(got, [2]int{s, e}) })
		tokenizeReference(text, sp, func(s, e int) { want = append(want, [2]int{s, e}) })
		if !slices.Equal(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", text, got, want)
		}
	}
}

// tokenizeReference is tokenize as it was before its ASCII table.
func tokenizeReference(t string, sp model.Span, emit func(s, e int)) {
	i := sp.Start
	for i < sp.End {
		r, size := utf8.DecodeRuneInString(t[i:sp.End])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			// '' and `` as one mark (NYT style)
			if (r == '\'' || r == '`') && i+1 < sp.End && t[i+1] == byte(r) {
				emit(i, i+2)
				i += 2
				continue
			}
			emit(i, i+size)
			i += size
			continue
		}
		j := i
		for j < sp.End {
			r2, s2 := rune(t[j]), 1
			if r2 >= utf8.RuneSelf {
				r2, s2 = utf8.DecodeRuneInString(t[j:sp.End])
			}
			if isWordRune(r2) {
				j += s2
				continue
			}
			// inner joiners: hyphen, full stop, apostrophe, ampersand, between word runes
			if (r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '&' || r2 == '/' || r2 == ',' && isDigitAt(t, j-1)) && j+s2 < sp.End {
				r3, _ := utf8.DecodeRuneInString(t[j+s2 : sp.End])
				if isWordRune(r3) && !(r2 == ',' && !unicode.IsDigit(r3)) {
					j += s2
					continue
				}
			}
			break
		}
		word := t[i:j]
		// possessive or contraction: split off 's / ’s / n't
		if k := possessiveAt(word); k > 0 {
			emit(i, i+k)
			emit(i+k, j)
			i = j
			continue
		}
		// abbreviation with a trailing full stop: U.S. Mr. Jan.
		if j < sp.End && t[j] == '.' && keepsDot(word, t, j, sp.End) {
			j++
		}
		emit(i, j)
		i = j
	}
}

// TestAbbreviationMatchesLookup pins abbreviation, which lower-cases on the
// stack, to looking the lower-cased word up in abbreviations.
func TestAbbreviationMatchesLookup(t *testing.T) {
	words := []string{"Mr", "MR", "mr", "Dr", "Sept", "SEPT", "U.S", "u.k", "Govs", "Supt", "Street", "Washington",
		"a", "I", "", "Ünd", "Mrß", "ÄRZTIN", "\u212Ao", "Jr", "Co", "Inc", "Incorporated", "abcdefghi"}
	for w := range abbreviations {
		words = append(words, w, strings.ToUpper(w))
		// the abbreviation with a letter more, less or changed, which
		// the table's keys must tell from it
		words = append(words, w+"s", w[:len(w)-1], w[1:], "x"+w, w[:len(w)-1]+"z", w+"\x00")
	}
	// random words of letters, full stops, zero bytes and bytes beyond
	// ASCII, of up to ten bytes: most fall in no slot the table holds
	rng := rand.New(rand.NewSource(21))
	const alphabet = "abcdegijlmnoprstuvyADGMPRSU.\x00\xc3\x9c"
	for range 20000 {
		b := make([]byte, rng.Intn(11))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		if got, want := abbreviation(w), abbreviations[strings.ToLower(w)]; got != want {
			t.Errorf("abbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestWordTestsMatchRunes pins the word tests that read ASCII byte by byte
// to the plain rune-by-rune way of writing them.
func TestWordTestsMatchRunes(t *testing.T) {
	acronym := func(w string) bool {
		w = strings.ReplaceAll(w, ".", "")
		if len(w) < 2 || len(w) > 6 {
			return false
		}
		for _, r := range w {
			if !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	}
	letter := func(s string, digits bool) bool {
		for _, r := range s {
			if unicode.IsLetter(r) || digits && unicode.IsDigit(r) {
				return true
			}
		}
		return false
	}
	words := []string{"", ".", "NATO", "U.S.", "U.S.A.", "NASA", "Nato", "A", "AB", "ABCDEFG", "A.B.C.D.E.F", "ÄÖ", "ÉTATS",
		"É", "ÉT.", "…", "—", "“", "42", "4x", "'s", "-", "@", "[", "`", "{", "\xff", "A\xff", "\xffA", "ÄB1", "٣", "x٣",
		"a", "z", "Z", "az", "Zz", "ß", "ǅ", "ǆ", "Ω", "ω", "`x", "{x", "@x", "[x"}
	for _, w := range words {
		if got, want := isAcronym(w), acronym(w); got != want {
			t.Errorf("isAcronym(%q) = %v, want %v", w, got, want)
		}
		if got, want := hasLetter(w), letter(w, false); got != want {
			t.Errorf("hasLetter(%q) = %v, want %v", w, got, want)
		}
		if got, want := hasLetterOrDigit(w), letter(w, true); got != want {
			t.Errorf("hasLetterOrDigit(%q) = %v, want %v", w, got, want)
		}
		first, _ := utf8.DecodeRuneInString(w)
		if got, want := isLowerWord(w), unicode.IsLower(first); got != want {
			t.Errorf("isLowerWord(%q) = %v, want %v", w, got, want)
		}
		if got, want := isCapitalised(w), unicode.IsUpper(first); got != want {
			t.Errorf("isCapitalised(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestDotBeforeBracket: a full stop before a closing bracket ends the
// sentence of an ordinary word ("… he said.)"), so a tag inside brackets is
// read as one, but stays part of a party-and-state code ("(R-Vell.)").
func TestDotBeforeBracket(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"(“We will,” he said.)", []string{"(", "“", "We", "will", ",", "”", "he", "said", ".", ")"}},
		{"(It took weeks.)", []string{"(", "It", "took", "weeks", ".", ")"}},
		{"Ann Reed (R-Vell.) agreed.", []string{"Ann", "Reed", "(", "R-Vell.", ")", "agreed", "."}},
		{"Reed, R-Vell., agreed.", []string{"Reed", ",", "R-Vell.", ",", "agreed", "."}},
	}
	for _, c := range cases {
		var got []string
		tokenize(c.text, model.Span{End: len(c.text)}, func(s, e int) { got = append(got, c.text[s:e]) })
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: tokens %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFormTableMatchesMap pins the open-addressed table of word classes to
// the map it is built from: every listed word, with and without a full
// stop, capitalised, and words in no list at all, which most are.
func TestFormTableMatchesMap(t *testing.T) {
	wordClassesOnce.Do(buildWordClasses)
	words := []string{"", "a", "the", "said", "zzz", "kessary", "mr", "mr.", "ünd", "inc", "inc.", "x-ray"}
	for w := range wordBits {
		words = append(words, w, w+".", w+"s", strings.ToUpper(w), w[:len(w)/2])
	}
	for _, w := range words {
		if got, want := classTable.of(w, formHash(w)), wordBits[w]; got != want {
			t.Errorf("classTable.of(%q) = %+v, want %+v", w, got, want)
		}
		if got, want := wordBits[w].class, wordClasses[w]; got != want {
			t.Errorf("wordBits[%q].class = %b, want %b", w, got, want)
		}
	}
	// a table of a few words, most slots empty, and one filled to the
	// half it may be, whose misses run over several slots
	for _, n := range []int{1, 8, 100} {
		m := map[string]formBits{}
		for i := range n {
			m[strings.Repeat("w", i+1)] = formBits{wordClass(i + 1), wordKind(i)}
		}
		ft := newFormTable(m, nil)
		for i := range 2 * n {
			w := strings.Repeat("w", i+1)
			if got, want := ft.of(w, formHash(w)), m[w]; got != want {
				t.Errorf("table of %d words: of(%q) = %v, want %v", n, w, got, want)
			}
		}
	}
}

// TestKindListsLowerCase checks what the word kinds' users rely on: a
// token's kinds are its lower-case form's, so isAsWritten stands for a
// look-up of the word as written only when no list has a capital, and
// headType's company suffix bit, which holds each suffix with and without
// a full stop, for a look-up with the full stop trimmed only when no
// suffix ends in one.
func TestKindListsLowerCase(t *testing.T) {
	for _, l := range kindLists {
		for w := range l.set {
			if lower(w) != w {
				t.Errorf("kind %b: %q is not in lower case", l.k, w)
			}
		}
	}
	for w := range companySuffixes {
		if strings.HasSuffix(w, ".") {
			t.Errorf("company suffix %q ends in a full stop", w)
		}
	}
	// every list's words, tokenised as written and capitalised, carry
	// the list's bit, and no other word does
	var b strings.Builder
	for _, l := range kindLists {
		for w := range l.set {
			if !strings.Contains(w, " ") {
				b.WriteString(w + " " + strings.ToUpper(w[:1]) + w[1:] + " ")
			}
		}
	}
	b.WriteString("Harbour said the dow fell")
	text := b.String()
	a := &model.Article{Text: text, Paragraphs: []model.Paragraph{{Span: model.Span{End: len(text)},
		Sentences: []model.Span{{End: len(text)}}}}}
	tz := tokenizeArticle(a)
	defer tz.release()
	for _, tok := range tz.toks {
		for _, l := range kindLists {
			if got, want := tok.is(l.k), l.set[tok.low]; got != want {
				t.Errorf("%q is(%b) = %v, want %v", tok.text, l.k, got, want)
			}
			if got, want := tok.isAsWritten(l.k), l.set[tok.text]; got != want {
				t.Errorf("%q isAsWritten(%b) = %v, want %v", tok.text, l.k, got, want)
			}
		}
	}
}

// TestAddSentenceMatchesScanner holds the token index, which reads plain
// words itself and leaves the rest to wordScanner, to the scanner alone:
// the same tokens, sentence by sentence, on awkward and random text; the
// hash it finds for each form to formHash of the form; and what it says
// of a form written as it is to the token's text.
func TestAddSentenceMatchesScanner(t *testing.T) {
	texts := []string{
		"The U.S. Senate's vote, 1,200 to 3, came at 9:30 a.m. ''Yes,'' said Ann O’Neil-Smith & Co.",
		"“Quoted” — dash\t\ttabs\u00a0nbsp\u2003em space\r\nnew line ``NYT'' R-Ky., w/o AT&T",
		"Zürich ÉCOLE naïve façade 東京 ÀB, x'y, x’s, ab, 1,2,a ,a, end.",
		"\xff\xfe invalid \xc3 bytes \u0301 combining a\u0301b PapÃ¡, GÃ¼len 45°C",
		"Mr. Smith met Dr. Jones at 5 p.m. in Washington, D.C. on Jan. 3. It's JOHN'S dog; don't.",
		"", " ", "a", ".", "''", "``", "'a", "a'", "a-", "-a", "a.b.", "U.S", "Dr. Who", "A.", "1,", "1,x", "x,1",
		"Trump's dog, IT'S it's. The U.S.'s and rock-and-roll's x's. Don't 1,000,000 1,a a,1 1,٣ a-é a'é a.s's",
		"Washington's Washingtonians' s's 's 'S a's. AT&T/CNN a/b a//b a--b a-.b 12,34,5x p.m. Jan. 3,",
		"abcdefgh abcdefg. ABCDEFGH. Abcdefghijklmnop Mr. Abcdefghijklmno. XYZ.",
		"a-b,1 x.y,2 a’b,3 1,2,3 a’b’c’s rock’n’roll’s don’t’ ’s a’ a’é 1’2 U.S’s a.b’s. a-b. a-b’",
	}
	for _, text := range texts {
		// the index reads eight bytes at a time but for the text's last
		// eight: the same words with room after them
		texts = append(texts, text+"\n        ")
	}
	pieces := []string{"a", "Ab", "XY", "z9", "1", " ", ",", ".", "-", "'", "’", "s", "S", "&", "/", "`", "\"",
		"é", "É", "\u00a0", "\xc3", "\xbc", "\xff", "Mr", "U", "(", ")", "?", "٣", "\u0301", "\t",
		"abcdefg", "ABCDEFGH", "Washington", "x", "@[`{", "\x00", "0123456789abcdef",
		"“", "”", "‘", "—", "–", "…", "\u2002", "\u2010", "\u2030", "\xe2\x80", "\xe2\x80\x13"}
	rng := rand.New(rand.NewSource(18))
	for n := 0; n < 10000; n++ {
		var b strings.Builder
		for k := rng.Intn(20); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
		// the index reads eight bytes at a time but for the text's
		// last eight: the same words with room after them
		texts = append(texts, b.String()+"\n        ")
	}
	for _, text := range texts {
		a := &model.Article{Text: text, Body: model.Span{End: len(text)}}
		a.Paragraphs = splitParagraphs(text, a.Body, false)
		splitAllSentences(text, a.Paragraphs)
		var want [][2]int
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				tokenize(text, s, func(s, e int) { want = append(want, [2]int{s, e}) })
			}
		}
		tz := &tokenized{}
		tz.addSentence(text, model.Span{}, 0)
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				tz.addSentence(text, s, 0)
			}
		}
		var got [][2]int
		for _, tok := range tz.toks {
			got = append(got, [2]int{tok.Start, tok.End})
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", text, got, want)
		}
		for k, tok := range tz.toks {
			// the form, but of words with ASCII capitals, which
			// tokenizeArticle gives their forms only at the end
			low := tok.low
			if low == "" {
				low = strings.ToLower(tok.text)
			}
			if got, want := tz.formKeys[k].hash, formHash(low); got != want {
				t.Errorf("%q: token %q hashed %x, formHash %x", text, tok.text, got, want)
			}
			if got, want := tz.formKeys[k].pre, formPrefix(low); got != want {
				t.Errorf("%q: token %q prefix %x, formPrefix %x", text, tok.text, got, want)
			}
			if got, want := tz.formKeys[k].asIs, low == tok.text && isLowerWord(low); got != want {
				t.Errorf("%q: token %q asIs %v, want %v", text, tok.text, got, want)
			}
			if got, want := tok.capital, isCapitalised(tok.text); got != want {
				t.Errorf("%q: token %q capital %v, want %v", text, tok.text, got, want)
			}
		}
	}
}

// TestCaseBits holds scanTokens's way with the letters and digits of
// ASCII, eight at a time, to the scanner's classes of bytes: ORed with
// caseBits each is in lower case, and a capital is one without them.
func TestCaseBits(t *testing.T) {
	for b := 0; b < 256; b++ {
		k := byteClass[b]
		if b < 0x80 {
			x := uint64(b) << 24
			if got, want := asciiSpaces(x) == 0x80<<24, k == byteSpace; got != want || asciiSpaces(x)&^(0x80<<24) != 0 {
				t.Errorf("%#x: asciiSpaces %x, want space %v", b, asciiSpaces(x), want)
			}
		}
		if k < byteWord {
			continue
		}
		if got, want := string(rune(b|caseBits&0xff)), strings.ToLower(string(rune(b))); b >= 0x80 || got != want {
			t.Errorf("%#x: lowered %q, want %q", b, got, want)
		}
		if got, want := b&caseBits == 0, k == byteWord+shapeUpper; got != want {
			t.Errorf("%#x: capital %v, want %v", b, got, want)
		}
	}
	for n, m := range byteMasks {
		if want := uint64(1)<<(8*n) - 1; n < 8 && m != want || n == 8 && m != ^uint64(0) {
			t.Errorf("byteMasks[%d] = %x", n, m)
		}
	}
}

// TestFormHashBytes holds formHash and formPrefix of a byte slice to those
// of the string, and the hash to telling apart forms that share their
// first eight bytes or differ only by a padding zero.
func TestFormHashBytes(t *testing.T) {
	forms := []string{"", "a", "a\x00", "ab", "abcdefg", "abcdefgh", "abcdefgh\x00", "abcdefghi", "abcdefghij",
		"0123456789abcdef", "0123456789abcdefg", "é", "\xff"}
	seen := map[uint64]string{}
	for _, w := range forms {
		if formHash([]byte(w)) != formHash(w) || formPrefix([]byte(w)) != formPrefix(w) {
			t.Errorf("%q: bytes and string differ", w)
		}
		if o, ok := seen[formHash(w)]; ok {
			t.Errorf("%q and %q share a hash", w, o)
		}
		seen[formHash(w)] = w
	}
}

// TestCurlyMarks holds the marks scanTokens reads as tokens itself to
// what the scanner makes of them: three bytes, no space, no letter.
func TestCurlyMarks(t *testing.T) {
	n := 0
	for b := range curlyMark {
		if !curlyMark[b] {
			continue
		}
		n++
		w := "\xe2\x80" + string([]byte{byte(b)})
		r, size := utf8.DecodeRuneInString(w)
		if size != 3 || unicode.IsSpace(r) || isWordRune(r) || r == '\'' || r == '`' {
			t.Errorf("%q (%U): not a mark of its own", w, r)
		}
	}
	if n != 7 {
		t.Errorf("%d marks, want 7", n)
	}
}

// A word in a script whose vowel signs are spacing marks (Devanagari,
// Tamil, Bengali) is one token, as a word with an accent is: the signs
// are part of the word, not breaks between pieces of it.
func TestSpacingMarksStayInWords(t *testing.T) {
	for _, c := range []struct {
		text  string
		words []string
	}{
		{"मंत्री ने कहा", []string{"मंत्री", "ने", "कहा"}},
		{"சென்னை நகரம்", []string{"சென்னை", "நகரம்"}},
		{"Café a\u0301b", []string{"Café", "a\u0301b"}},
	} {
		var got []string
		tokenize(c.text, model.Span{End: len(c.text)}, func(s, e int) { got = append(got, c.text[s:e]) })
		if !slices.Equal(got, c.words) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.words)
		}
	}
}

// mayNeedComposing may say no only for text the normaliser would leave
// as it is: every character it lets pass is composed, combines with
// nothing before it and takes no mark in its place (a run of them is in
// composed form); and it says yes for a combining mark.
func TestMayNeedComposing(t *testing.T) {
	for r := rune(0); r <= 0x206f; r++ {
		s := string(r)
		if !utf8.ValidString(s) || mayNeedComposing(s) {
			continue
		}
		p := norm.NFC.PropertiesString(s)
		if norm.NFC.String(s) != s || p.CCC() != 0 || !p.BoundaryBefore() || !norm.NFC.IsNormalString("a"+s+"b") {
			t.Errorf("U+%04X passes unchecked but is not stable in composed form", r)
		}
	}
	for _, s := range []string{"Nguye\u0302\u0303n", "a\u0301", "S\u0303ao"} {
		if !mayNeedComposing(s) {
			t.Errorf("%q: a combining mark should send it to the normaliser", s)
		}
	}
}
