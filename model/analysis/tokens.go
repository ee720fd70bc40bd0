package analysis

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/byline-reader/byline/model"
)

// token is one word or punctuation mark with its place in the text.
type token struct {
	model.Span
	text    string
	low     string // text lower-cased, once for every stage
	capital bool   // text starts with a capital letter
	// nameWord holds isNameWord once asked: 0 not yet, 1 no, 2 yes (the
	// recogniser asks it of most tokens twice or more)
	nameWord uint8
	kind     wordKind // in the two bytes the fields around it leave free
	sent     int32    // index into the article's flat sentence list (title is sentence 0)
	para     int32    // paragraph index, -1 for the headline
	class    wordClass
}

// in reports whether the token's lower-case form is in any of the lists of c.
func (t *token) in(c wordClass) bool { return t.class&c != 0 }

// is reports whether the token's lower-case form is in any of the lists of k.
func (t *token) is(k wordKind) bool { return t.kind&k != 0 }

// isAsWritten reports whether the token, as written, is in any of the
// lists of k, whose words are all in lower case (TestKindListsLowerCase):
// so it is in one exactly when its lower-case form is and it is written so.
func (t *token) isAsWritten(k wordKind) bool { return t.kind&k != 0 && t.text == t.low }

// sentenceRef is one sentence of the flat list the recogniser sees.
type sentenceRef struct {
	model.Span
	para       int
	start, end int // token range
}

// tokenized is the whole article as tokens, sentence by sentence.
type tokenized struct {
	toks  []token
	sents []sentenceRef
	// vocab is the article's lower-case forms, each once, in a table
	// open-addressed by their hash (see vocabSlot)
	vocab []vocabEntry
	// forms[k] is the slot in vocab of token k's lower-case form: tokens
	// share a slot exactly when they share the form, so a stage may count
	// or chain words by slot rather than in a map keyed by the form
	forms []int32
	// decomposed: some word is written with combining marks where
	// composed letters exist (see lowerForm)
	decomposed bool
	text       string // the article's text
	// kinds is every wordKind some form of the article has, so that a
	// stage looking for rare words (honorifics) can tell in one test that
	// the article has none and skip its walk over the mentions
	kinds wordKind
	// classes is every wordClass some form of the article has, to the
	// same end (companyNames)
	classes wordClass
	velar   []int32 // tokens of names that keep a closing apostrophe: Ochieng'

	// buffers kept for the next article (see release)
	words   []string // the tagger's words (recognise)
	wsents  [][]string
	lowBuf  []byte
	lowEnds []int32
	intBuf  []int
	formBuf []int32   // see formInts
	markBuf []uint8   // see formMarks
	lexes   []lexBits // the lexicon lists of each slot's form (lexicon.go)
	// the attributor's per-slot answers of its word lists (speedA_forms.go)
	// and its per-token beforeTitles, kept for the next article
	attrWordBuf []attrWord
	beforeBuf   []int32
	// formKeys holds, token by token, what addSentence found of the
	// lower-case forms for indexForms, which empties it
	formKeys []formKey
	keys     keyTable // linking's numbers for mention keys (link_keys.go)
	// mentions is linking's array of mentions, kept for the next article
	// and cleared by linkWith
	mentions []mention
}

// formInts is a zeroed slice of n int32s that lives as long as tz, apart
// from the one ints gives: per-slot numbers of a stage that asks ints too.
func (tz *tokenized) formInts(n int) []int32 { return zeroed(&tz.formBuf, n) }

// ints is a zeroed slice of n ints that lives as long as tz: the per-token
// indexes of a later stage, reused by the next article as the tokens are.
func (tz *tokenized) ints(n int) []int { return zeroed(&tz.intBuf, n) }

// zeroed is *buf cut or grown to n elements, all zero, kept in *buf for
// the next caller: the buffers a tokenized lends its stages.
func zeroed[T any](buf *[]T, n int) []T {
	if cap(*buf) < n {
		*buf = make([]T, n)
		return *buf
	}
	*buf = (*buf)[:n]
	clear(*buf)
	return *buf
}

// vocabEntry is one lower-case form of an article's words.
type vocabEntry struct {
	// pre and n are the form's first eight bytes (formPrefix) and its
	// length (at most 255): the whole form when n is at most 8
	pre   uint64
	tag   uint32 // high bits of the form's hash, never 0; 0 is an empty slot
	tok   int32  // a token with this form
	class wordClass
	kind  wordKind
	n     uint8
	asIs  bool // a token writes the form itself, starting in lower case
}

// formMarks is a zeroed slice of one byte per slot of tz.vocab, kept for
// the next article, for markForms.
func (tz *tokenized) formMarks() []uint8 { return zeroed(&tz.markBuf, len(tz.vocab)) }

// markForms sets bit in marks, one byte per slot of tz.vocab, at the slot
// of each word of set that the article writes: a stage that asks a small
// list of nearly every token reads the byte of the token's slot
// (tz.forms) instead, one look-up per word of the list rather than one per
// token. marks must be as long as tz.vocab.
func (tz *tokenized) markForms(marks []uint8, set map[string]bool, bit uint8) {
	for w, in := range set {
		if !in {
			continue
		}
		if i, ok := tz.vocabIndex(w, formHash(w), formPrefix(w)); ok {
			marks[i] |= bit
		}
	}
}

// vocabSlot is where the table holds the form w with hash h, or the empty
// slot where it would go. The table is at least twice as long as the
// article has tokens, so an empty slot is always found.
func (tz *tokenized) vocabSlot(w string, h uint64) (*vocabEntry, bool) {
	i, ok := tz.vocabIndex(w, h, formPrefix(w))
	return &tz.vocab[i], ok
}

// vocabIndex is vocabSlot as the slot's index in the table, for the form
// w whose formPrefix is pre.
func (tz *tokenized) vocabIndex(w string, h, pre uint64) (int, bool) {
	mask := uint64(len(tz.vocab) - 1)
	tag := uint32(h>>32) | 1
	n := uint8(min(len(w), 255))
	for i := h & mask; ; i = (i + 1) & mask {
		e := &tz.vocab[i]
		if e.tag == 0 {
			return int(i), false
		}
		if e.tag == tag && e.pre == pre && e.n == n && (n <= 8 || tz.toks[e.tok].low == w) {
			return int(i), true
		}
	}
}

// indexForms fills the table of forms and gives every token the class of
// its form: the word lists are asked once per form rather than per token.
func (tz *tokenized) indexForms() {
	n := 16
	for n < 2*len(tz.toks) {
		n *= 2
	}
	if cap(tz.vocab) >= n {
		tz.vocab = tz.vocab[:n]
		clear(tz.vocab)
	} else {
		tz.vocab = make([]vocabEntry, n)
	}
	wordClassesOnce.Do(buildWordClasses)
	// the arrays in locals of the same length, so that the compiler
	// checks no index of k
	toks := tz.toks
	forms := slices.Grow(tz.forms[:0], len(toks))[:len(toks)]
	keys := tz.formKeys[:len(toks)]
	vocab, mask := tz.vocab, uint64(len(tz.vocab)-1)
	// the lexicon lists of each slot's form: written for every new form,
	// so never cleared (a slot no form took is never read)
	if cap(tz.lexes) < len(vocab) {
		tz.lexes = make([]lexBits, len(vocab))
	}
	lexes := tz.lexes[:len(vocab)]
	tz.lexes = lexes
	tz.kinds, tz.classes = 0, 0
	for k := range toks {
		t, f := &toks[k], &keys[k]
		// vocabIndex, written out: a call for every token cost a
		// tenth of the index
		h, pre := f.hash, f.pre
		n := uint8(min(len(t.low), 255))
		tag := uint32(h>>32) | 1
		i := h & mask
		var e *vocabEntry
		for ; ; i = (i + 1) & mask {
			e = &vocab[i]
			if e.tag == 0 || e.tag == tag && e.pre == pre && e.n == n && (n <= 8 || toks[e.tok].low == t.low) {
				break
			}
		}
		forms[k] = int32(i)
		if e.tag == 0 {
			b, lx := classTable.lookUp(t.low, h)
			*e = vocabEntry{pre: pre, tag: tag, tok: int32(k), class: b.class, kind: b.kind, n: n}
			lexes[i] = lx
			tz.kinds |= b.kind // a new form only: kept out of the loop's registers
			tz.classes |= b.class
		}
		t.class, t.kind = e.class, e.kind
		if f.asIs {
			e.asIs = true
		}
	}
	tz.forms = forms
	tz.formKeys = keys[:0]
}

// tokenPool holds token indexes whose arrays the next article reuses:
// a token array is the largest allocation of the analysis, and making it
// anew for each article cost as much again in clearing and collection.
var tokenPool sync.Pool

// maxPooledTokens bounds the arrays kept: a huge article's go to the
// collector rather than staying in the pool.
const maxPooledTokens = 1 << 18

// release hands tz's arrays to the next article. Nothing may use tz or
// its tokens afterwards; what the analysis keeps (the article's spans and
// strings) points into the text, never into the arrays.
//
// The tokens and the tagger's words are not cleared: the next article
// writes every element before it reads it (append after [:0]), and the
// strings left in the arrays beyond their length only keep this
// article's text alive while tz waits in the pool, which the collector
// empties within two cycles. Clearing them cost some 15M instructions
// over PolNeAR train, 0.3% of the analysis.
func (tz *tokenized) release() {
	if cap(tz.toks) > maxPooledTokens {
		return
	}
	clear(tz.wsents)
	tz.keys.release()
	*tz = tokenized{toks: tz.toks[:0], sents: tz.sents[:0], vocab: tz.vocab[:0], forms: tz.forms[:0], words: tz.words[:0],
		wsents: tz.wsents[:0], lowBuf: tz.lowBuf[:0], lowEnds: tz.lowEnds[:0], intBuf: tz.intBuf[:0], formBuf: tz.formBuf[:0], markBuf: tz.markBuf[:0],
		attrWordBuf: tz.attrWordBuf[:0], beforeBuf: tz.beforeBuf[:0], formKeys: tz.formKeys[:0], lexes: tz.lexes[:0], velar: tz.velar[:0], keys: tz.keys, mentions: tz.mentions[:0]}
	tokenPool.Put(tz)
}

// usedInLowerCase reports whether the article writes w in lower case
// anywhere ("negotiations" after a sentence opening "Negotiations").
func (tz *tokenized) usedInLowerCase(w string) bool {
	if !isLowerWord(w) || len(tz.vocab) == 0 {
		return false
	}
	if lower(w) != w {
		// "iPhone": a form as written, not lower-cased, which the table
		// does not hold; the stages ask about lower-case forms
		for i := range tz.toks {
			if tz.toks[i].text == w {
				return true
			}
		}
		return false
	}
	e, ok := tz.vocabSlot(w, formHash(w))
	return ok && e.asIs
}

func tokenizeArticle(a *model.Article) *tokenized {
	tz, _ := tokenPool.Get().(*tokenized)
	if tz == nil {
		tz = &tokenized{}
	}
	if n := len(a.Text) / 5; cap(tz.toks) < n {
		tz.toks = make([]token, 0, n)
	}
	// the lower-case forms of words with ASCII capitals go into one
	// buffer, one string for the article rather than one per word:
	// lowEnds holds pairs, a token's index and where its form ends in
	// lowBuf, for those tokens only
	tz.lowBuf, tz.lowEnds, tz.formKeys = tz.lowBuf[:0], tz.lowEnds[:0], tz.formKeys[:0]
	tz.text = a.Text
	if a.TitleAt.End > a.TitleAt.Start && a.TitleAt.End <= len(a.Text) {
		tz.addSentence(a.Text, a.TitleAt, -1)
	}
	for pi, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			tz.addSentence(a.Text, s, pi)
		}
	}
	if buf, lowered := tz.lowBuf, tz.lowEnds; len(lowered) > 0 {
		all := string(buf)
		for k := 0; k+1 < len(lowered); k += 2 {
			t := &tz.toks[lowered[k]]
			end := int(lowered[k+1])
			t.low = all[end-len(t.text) : end]
		}
	}
	tz.lowBuf, tz.lowEnds = tz.lowBuf[:0], tz.lowEnds[:0]
	tz.indexForms()
	return tz
}

// addSentence appends the tokens of the sentence text[sp] of paragraph
// para to tz, and their forms to tz.formKeys; the lower-case forms of
// words with ASCII capitals go to tz.lowBuf (see tokenizeArticle).
func (tz *tokenized) addSentence(text string, sp model.Span, para int) {
	first := len(tz.toks)
	si := len(tz.sents)
	ks := scanTokens(tz.formKeys, text, sp.Start, sp.End)
	tz.formKeys = ks
	toks := slices.Grow(tz.toks, len(ks)-first)[:len(ks)]
	for k := first; k < len(ks); k++ {
		s, e := int(ks[k].s), int(ks[k].e)
		w := text[s:e]
		low := w
		if ks[k].shape != shapeHashed {
			low = tz.lowerForm(k, w)
			// the scanner, not the index's fast path, reads a word
			// that keeps a closing apostrophe (velarNameEnd)
			if c := w[len(w)-1]; (c == '\'' || c == 0x99) && len(w) > 6 && velarNameEnd(strings.TrimSuffix(strings.TrimSuffix(w, "'"), "’")) {
				tz.velar = append(tz.velar, int32(k))
			}
		}
		// the fields one by one into the slot: appending the whole
		// token moved it with a write barrier for all of it
		t := &toks[k]
		t.Span = model.Span{Start: s, End: e}
		t.text, t.low = w, low
		t.capital, t.sent, t.para, t.class, t.nameWord, t.kind = ks[k].capital, int32(si), int32(para), 0, 0, 0
	}
	tz.toks = toks
	if len(toks) > first {
		tz.sents = append(tz.sents, sentenceRef{Span: sp, para: para, start: first, end: len(toks)})
	}
}

// lowerForm is the lower-case form of w, token k, for a token that is not
// a word of lower-case ASCII letters and digits or an ASCII mark, and
// completes the token's formKey. A word with ASCII capitals is lowered
// into tz.lowBuf, and has its form only once the article is read (the
// form returned is empty).
func (tz *tokenized) lowerForm(k int, w string) string {
	f := &tz.formKeys[k]
	switch sh := f.shape; {
	case sh&shapeHigh != 0:
		low := lower(w)
		if mayNeedComposing(low) && !norm.NFC.IsNormalString(low) {
			// "Nguyễn" typed with combining marks is the same word as
			// "Nguyễn" typed with one code point a letter: one form, so
			// one key for linking and one entry in the people index
			low = norm.NFC.String(low)
			tz.decomposed = true
		}
		f.hash, f.pre = formHash(low), formPrefix(low)
		f.asIs = low == w && isLowerWord(low)
		return low
	case sh&shapeUpper != 0:
		start := len(tz.lowBuf)
		if sh&shapeHashed != 0 && len(w) <= 8 {
			// the whole form is the prefix the scanner made
			tz.lowBuf = binary.LittleEndian.AppendUint64(tz.lowBuf, f.pre)[:start+len(w)]
			tz.lowEnds = append(tz.lowEnds, int32(k), int32(start+len(w)))
			return ""
		}
		// the word copied whole, then lowered in place
		buf := append(tz.lowBuf, w...)
		for i := start; i < len(buf); i++ {
			if c := buf[i]; 'A' <= c && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		if sh&shapeHashed == 0 {
			f.hash, f.pre = formHash(buf[start:]), formPrefix(buf[start:])
		}
		tz.lowBuf = buf
		tz.lowEnds = append(tz.lowEnds, int32(k), int32(len(buf)))
		return ""
	}
	f.hash, f.pre = formHash(w), formPrefix(w)
	f.asIs = isLowerWord(w)
	return w
}

// tokenize splits t[sp] into words and punctuation, the way news
// tokenisers do: possessive 's split off, hyphenated words and
// abbreviations with inner full stops ("U.S.") kept whole, quotation marks
// and brackets as tokens of their own.
func tokenize(t string, sp model.Span, emit func(s, e int)) {
	sc := wordScanner{t: t, i: sp.Start, end: sp.End}
	for {
		s, e, _, ok := sc.next()
		if !ok {
			return
		}
		emit(s, e)
	}
}

// The shape of a token, which the scanner works out as it reads the
// bytes, so that the index need not read them again to lower-case it.
const (
	shapeUpper  uint8 = 1 << iota // an ASCII capital letter
	shapeHigh                     // a byte beyond ASCII
	shapeHashed                   // (formKey) the form's hash is known
)

// wordShape is the shape of w, read anew.
func wordShape(w string) uint8 {
	var sh uint8
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			sh |= shapeHigh
		case 'A' <= c && c <= 'Z':
			sh |= shapeUpper
		}
	}
	return sh
}

// wordScanner reads t[i:end] a token at a time (tokenize), every rune
// decoded: the reference for the article's tokeniser (scanTokens), which
// reads most tokens itself and hands it the rest (scanSlow).
type wordScanner struct {
	t      string
	i, end int
	// pendS, pendE: the second half of a word split at a possessive,
	// which the next call gives (pendE 0: none)
	pendS, pendE int
}

// next is the next token, its span and shape, or ok false at the end.
func (sc *wordScanner) next() (s, e int, shape uint8, ok bool) {
	if sc.pendE > 0 {
		s, e = sc.pendS, sc.pendE
		sc.pendE = 0
		return s, e, wordShape(sc.t[s:e]), true
	}
	t, i, end := sc.t, sc.i, sc.end
	for i < end {
		c := t[i]
		k := byteClass[c]
		if k == byteSpace {
			i++
			continue
		}
		r, size, isWord := rune(c), 1, k >= byteWord
		if k == byteHigh {
			r, size = utf8.DecodeRuneInString(t[i:end])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			isWord = isWordRune(r)
		}
		if !isWord {
			// '' and `` as one mark (NYT style)
			if (r == '\'' || r == '`') && i+1 < end && t[i+1] == byte(r) {
				sc.i = i + 2
				return i, i + 2, 0, true
			}
			var sh uint8
			if size > 1 {
				sh = shapeHigh
			}
			sc.i = i + size
			return i, i + size, sh, true
		}
		j := i
		var sh uint8
		for j < end {
			k := byteClass[t[j]]
			if k >= byteWord {
				sh |= k - byteWord // shapeUpper for a capital
				j++
				continue
			}
			if k < byteJoin {
				break // a space or a mark that never joins
			}
			r2, s2 := rune(t[j]), 1
			if k == byteHigh {
				r2, s2 = utf8.DecodeRuneInString(t[j:end])
				if isWordRune(r2) {
					sh |= shapeHigh
					j += s2
					continue
				}
				if n := misdecodedRun(t, j, end); n > 0 {
					sh |= shapeHigh
					j += n
					continue
				}
			}
			// inner joiners: hyphen, full stop, apostrophe, ampersand, between word runes
			if (r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '&' || r2 == '/' || r2 == ',' && isDigitAt(t, j-1)) && j+s2 < end {
				r3, _ := utf8.DecodeRuneInString(t[j+s2 : end])
				if isWordRune(r3) && !(r2 == ',' && !unicode.IsDigit(r3)) {
					if s2 > 1 {
						sh |= shapeHigh
					}
					j += s2
					continue
				}
			}
			break
		}
		// a Luo or Kikuyu name's closing apostrophe: Ochieng', Ng'ang'a's
		// kin Wang'ombe'
		// kin Wang'ombe'. Asked in a call of its own, so that the
		// rare case keeps no registers from the word loop above
		if j < end && (t[j] == '\'' || t[j] == 0xE2) {
			n, high := velarApostrophe(t, i, j, end)
			if high {
				sh |= shapeHigh
			}
			j += n
		}
		word := t[i:j]
		// possessive or contraction: split off 's / ’s / n't
		if k := possessiveAt(word); k > 0 {
			sc.pendS, sc.pendE = i+k, j
			sc.i = j
			return i, i + k, wordShape(word[:k]), true
		}
		// abbreviation with a trailing full stop: U.S. Mr. Jan.
		if j < end && t[j] == '.' && keepsDot(word, t, j, end) {
			j++
		}
		sc.i = j
		return i, j, sh, true
	}
	sc.i = i
	return 0, 0, 0, false
}

// Classes of bytes for the scanner: unicode.IsSpace and isWordRune
// answered once for each ASCII byte, and every byte beyond ASCII sent to
// the decoder. byteWord+shapeUpper is a capital letter, byteWord any
// other letter or digit; byteJoin a mark that may join two words
// ("U.S.", "rock-and-roll", "1,000"); byteOther any other mark.
const (
	byteOther = iota
	byteSpace
	byteJoin
	byteHigh
	byteWord
)

var byteClass = func() (c [256]uint8) {
	for b := range c {
		switch {
		case b >= utf8.RuneSelf:
			c[b] = byteHigh
		case unicode.IsSpace(rune(b)):
			c[b] = byteSpace
		case 'A' <= b && b <= 'Z':
			c[b] = byteWord + shapeUpper
		case isWordRune(rune(b)):
			c[b] = byteWord
		case strings.IndexByte("-.'&/,", byte(b)) >= 0:
			c[b] = byteJoin
		}
	}
	return c
}()

// velarApostrophe is how far the word t[i:j] goes on over a closing
// apostrophe at j that belongs to it (velarNameEnd), and whether that
// apostrophe is the curly one, which marks the word's shape as beyond
// ASCII even where a letter follows and the word ends before it.
//
//go:noinline
func velarApostrophe(t string, i, j, end int) (n int, high bool) {
	if !(t[j] == '\'' || strings.HasPrefix(t[j:end], "’")) || !velarNameEnd(t[i:j]) {
		return 0, false
	}
	n = 1
	if t[j] != '\'' {
		n, high = len("’"), true
	}
	if j+n == end || byteClass[t[j+n]] == byteSpace || strings.IndexByte(",.;:)!?", t[j+n]) >= 0 {
		return n, high
	}
	return 0, high
}

// velarNameEnd reports whether w, before an apostrophe and a space or
// punctuation, is a Luo name whose last sound is the velar nasal written
// ng': Ochieng', Achieng’, Oduong'. Luo names open with O (men's) or A
// (women's), and these end in two vowels and ng; other words ending in ng
// before an apostrophe end a quotation in single marks ("… like Louis
// Armstrong'", "… in Hong Kong'") or are elisions ("nothin'"), and a
// possessive's apostrophe follows an s.
func velarNameEnd(w string) bool {
	n := len(w)
	return n >= 6 && (w[0] == 'O' || w[0] == 'A') && w[n-2] == 'n' && w[n-1] == 'g' &&
		isVowel(w[n-3]) && w[n-3] != 'i' && isVowel(w[n-4]) && asciiLower(w[1:])
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// asciiLower reports whether w is all lower-case letters of ASCII.
func asciiLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]-'a' >= 26 {
			return false
		}
	}
	return true
}

func isDigitAt(t string, i int) bool { return i >= 0 && i < len(t) && t[i] >= '0' && t[i] <= '9' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// most text is ASCII: no table look-ups for it
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	// IsMark is the three kinds of mark (Mn, Mc, Me) in one table, where
	// unicode.In over the three was a variadic call for every such rune
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// misdecodedRun is the length of the run of stray marks at t[j:] that a
// word keeps because a letter follows it, or 0. UTF-8 read as Latin-1
// turns "Peña" into "PeÃ±a" and "Gülen" into "GÃ¼len" (normalised, "GÃ1⁄4len"):
// the second byte of each accented letter becomes a sign, a C1 control or
// a fraction, which would cut the name at the accent. Such a run joins
// only between a word rune and a letter or digit, and never after a digit
// (but for the fraction slash), so "45°C" and "word — word" stay apart.
func misdecodedRun(t string, j, end int) int {
	k := j
	for k < end {
		r, size := utf8.DecodeRuneInString(t[k:end])
		switch {
		case isWordRune(r):
			if k == j {
				return 0
			}
			return k - j
		case r == '\u2044' && k > 0 && isDigitAt(t, k-1):
		case r >= 0x80 && r <= 0xBF && r != 0x85 && r != 0xA0 && !(k == j && isDigitAt(t, j-1)):
		default:
			if k > j && misdecodedLeadBefore(t, j) {
				return k - j // a last letter: "PapÃ¡," for "Papá,"
			}
			return 0
		}
		k += size
	}
	if k > j && misdecodedLeadBefore(t, j) {
		return k - j
	}
	return 0
}

// misdecodedLeadBefore reports whether t[:j] ends in the Ã or Â that
// leads a mis-decoded letter, composed or as A and a combining mark.
func misdecodedLeadBefore(t string, j int) bool {
	r, size := utf8.DecodeLastRuneInString(t[:j])
	switch r {
	case 0xC3, 0xC2:
		return true
	case 0x303, 0x302:
		return j-size > 0 && t[j-size-1] == 'A'
	}
	return false
}

// possessiveAt returns where a trailing 's / ’s starts in word, or 0.
func possessiveAt(word string) int {
	n := len(word)
	if c := word[n-1]; c != 's' && c != 'S' {
		return 0
	}
	// every word ending in s is asked: the two apostrophes are tested in
	// place rather than by a loop over the four suffixes
	if n > 2 && word[n-2] == '\'' {
		return n - 2
	}
	if n > 4 && word[n-4:n-1] == "’" {
		return n - 4
	}
	return 0
}

// keepsDot says whether the full stop after word belongs to it: known
// abbreviations, single capitals and dotted forms like U.S.
func keepsDot(word, t string, dot, end int) bool {
	if strings.Contains(word, ".") {
		return true
	}
	// "R-Ky., said": a full stop followed by a comma ends no sentence; before
	// a bracket it does ("… weeks.)", "…,'' he said.)") unless the word is a
	// state or party code ("(R-Ky.)") or an abbreviation (below)
	if dot+1 < end && (t[dot+1] == ',' || t[dot+1] == ')' && strings.Contains(word, "-")) {
		return true
	}
	if abbreviation(word) {
		// "in the U.S." at the very end keeps its dot; "Dr." always does
		return true
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) && dot+1 < end && t[dot+1] == ' '
	}
	return false
}

// abbreviationLen is the length of the longest of abbreviations.
var abbreviationLen = func() int {
	n := 0
	for w := range abbreviations {
		n = max(n, len(w))
	}
	return n
}()

// abbreviation reports whether word, lower-cased, is one of abbreviations.
// Every word before a full stop is asked, so an ASCII word is lower-cased
// into a number (abbrevKey) and looked up in abbrevTable, and one longer
// than any abbreviation not at all.
func abbreviation(word string) bool {
	if len(word) > abbreviationLen {
		// lower case keeps an ASCII word's length, too long for any
		return !isASCII(word) && abbreviations[strings.ToLower(word)]
	}
	if abbreviationLen > maxAbbrevKey {
		return abbreviations[strings.ToLower(word)]
	}
	var key uint64
	for i := len(word) - 1; i >= 0; i-- {
		c := word[i]
		if c >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(word)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		key = key<<8 | uint64(c)
	}
	return abbrevTable.has(key | uint64(len(word))<<56)
}

// maxAbbrevKey is the length of the longest word abbrevKey packs.
const maxAbbrevKey = 7

// abbrevKey is a word of at most maxAbbrevKey bytes as a number: its
// bytes, the first the lowest, and its length in the top byte, so that no
// word's key is 0.
func abbrevKey(w string) uint64 {
	var key uint64
	for i := len(w) - 1; i >= 0; i-- {
		key = key<<8 | uint64(w[i])
	}
	return key | uint64(len(w))<<56
}

// keyTable128 is a set of abbrevKeys, open-addressed by a multiplicative
// hash; 0 is an empty slot.
type keyTable128 [128]uint64

func (t *keyTable128) slot(key uint64) int { return int((key * 0x9e3779b97f4a7c15) >> 57) }

func (t *keyTable128) has(key uint64) bool {
	for i := t.slot(key); ; i = (i + 1) & 127 {
		switch t[i] {
		case key:
			return key != 0
		case 0:
			return false
		}
	}
}

// abbrevTable is abbreviations, those of maxAbbrevKey bytes or fewer
// (abbreviation asks the map of longer words), as abbrevKeys. It is
// filled when abbreviations is, before any init function runs, as
// abbreviationLen is.
var abbrevTable = func() *keyTable128 {
	var t keyTable128
	n := 0
	for w, in := range abbreviations {
		if !in || len(w) > maxAbbrevKey {
			continue
		}
		if n++; n > len(t)/2 {
			panic("abbrevTable: too many abbreviations for its table")
		}
		key := abbrevKey(w)
		i := t.slot(key)
		for t[i] != 0 {
			i = (i + 1) & 127
		}
		t[i] = key
	}
	return &t
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// CountTokens counts the words and marks of an article's headline and body
// the way the analysis splits them; benchmarks report tokens per second.
func CountTokens(a *model.Article) int {
	n := 0
	count := func(s, e int) { n++ }
	if a.TitleAt.End > a.TitleAt.Start {
		tokenize(a.Text, a.TitleAt, count)
	}
	for _, p := range a.Paragraphs {
		tokenize(a.Text, p.Span, count)
	}
	return n
}

// Word tests the stages share.

func onlyPunct(ts []token) bool {
	for _, t := range ts {
		if hasLetterOrDigit(t.text) {
			return false
		}
	}
	return true
}

func isSentenceEnd(s string) bool { return s == "." || s == "!" || s == "?" }

func lower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				return strings.ToLower(s)
			}
			i++
			continue
		}
		// a mark ("“", "—") or a lower-case letter beyond ASCII is
		// itself; strings.ToLower would only find that out more slowly
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.ToLower(r) != r {
			return strings.ToLower(s)
		}
		i += n
	}
	return s
}

func isClosingMark(w string) bool { return w == "\"" || w == "”" || w == "''" }

// isCapitalised and isLowerWord test an ASCII first letter themselves and
// leave any other to a function of its own, so that the compiler inlines
// them where the stages ask them of nearly every word.
func isCapitalised(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0]-'A' < 26 // 'A' to 'Z', in one compare
	}
	return startsUpper(w)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isPossessive(s string) bool { return s == "'s" || s == "’s" || s == "'" || s == "’" }

// isLowerWord: a word that starts with a lower-case letter ("on", "of").
func isLowerWord(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0]-'a' < 26 // 'a' to 'z', in one compare
	}
	return startsLower(w)
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func isOpeningPunct(s string) bool {
	return s == "“" || s == "\"" || s == "‘" || s == "(" || s == "''" || s == "``" || s == "«" || s == "—" || s == "-"
}

// hasLetter reports whether s has a letter. Most words open with an
// ASCII letter, told here, small enough to be inlined at the half million
// calls of two passes of PolNeAR train; anything else goes to
// hasLetterAfter.
func hasLetter(s string) bool {
	if s != "" && (s[0]|0x20)-'a' < 26 {
		return true
	}
	return hasLetterAfter(s)
}

// hasLetterAfter is hasLetter read byte by byte, and rune by rune from
// the first byte beyond ASCII.
func hasLetterAfter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				return true
			}
			continue
		}
		for _, r := range s[i:] {
			if unicode.IsLetter(r) {
				return true
			}
		}
		return false
	}
	return false
}

// isAcronym: two to six bytes of capitals, full stops aside ("NATO",
// "U.S."). It stops at the first letter that is not a capital, which in
// most words is the second.
func isAcronym(w string) bool {
	// most words are told by their second byte, inline: a small letter
	// is no capital, nor the byte after a letter beyond ASCII
	if len(w) < 2 || w[1]-'a' < 26 {
		return false
	}
	return acronymRead(w)
}

// acronymRead is isAcronym byte by byte, and rune by rune beyond ASCII.
func acronymRead(w string) bool {
	n := 0 // bytes other than full stops
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case c == '.':
			i++
			continue
		case c < utf8.RuneSelf:
			if c < 'A' || c > 'Z' {
				return false
			}
			n, i = n+1, i+1
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		n, i = n+size, i+size
	}
	return n >= 2 && n <= 6
}

// hasLetterOrDigit reports whether s has a letter or a digit: from the
// first byte, inline, when it is an ASCII one (most words), else through
// hasLetterOrDigitAfter.
func hasLetterOrDigit(s string) bool {
	if s != "" && asciiAlnum[s[0]] {
		return true
	}
	return hasLetterOrDigitAfter(s)
}

// asciiAlnum holds the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()

// hasLetterOrDigitAfter is hasLetterOrDigit read byte by byte, and rune
// by rune from the first byte beyond ASCII.
func hasLetterOrDigitAfter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
				return true
			}
			continue
		}
		for _, r := range s[i:] {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return true
			}
		}
		return false
	}
	return false
}

// mayNeedComposing reports whether s has a character at or above U+0300,
// where the combining marks and the letters they compose into begin,
// other than general punctuation (U+2010 to U+205F: dashes, curly quotes,
// the ellipsis), which composes with nothing. Below U+0300 every
// character is in composed form whatever follows it, so the text of
// nearly every article is never handed to the normaliser, whose check
// allocates.
func mayNeedComposing(s string) bool {
	for _, r := range s {
		if r >= 0x300 && (r < 0x2010 || r > 0x205f) {
			return true
		}
	}
	return false
}

// normalizeName folds curly apostrophes, runs of space and letters typed
// with combining marks (composed, NFC) so that the same name written two
// ways is one key.
func normalizeName(s string) string {
	if plainName(s) {
		return s
	}
	s = strings.ReplaceAll(s, "’", "'")
	if mayNeedComposing(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// countFields counts the words of s as strings.Fields splits them, but
// stops past limit: a test of a quotation's length need not split it.
// Eight bytes of ASCII are tested at a step.
func countFields(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		if x := uint64(msb); i+8 <= len(s) {
			if x = le64(s, i); x&msb == 0 {
				sp := asciiSpaces(x)
				// the bytes that are no space after one that is (or
				// after the start, or a space before the eight)
				before := sp << 8
				if !in {
					before |= 0x80
				}
				if n += bits.OnesCount64(^sp & before & msb); n > limit {
					return limit + 1
				}
				in, i = sp>>63 == 0, i+8
				continue
			}
		}
		var space bool
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			space = byteClass[c] == byteSpace
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !in {
			if n++; n > limit {
				return n
			}
		}
		in = !space
		i += size
	}
	return n
}

// Eight bytes at a time: lsb has the lowest bit of each byte, msb the
// highest.
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// asciiSpaces marks, by its highest bit, each of the eight ASCII bytes of
// x that unicode.IsSpace accepts: '\t' to '\r' (asciiControls), and ' '
// (asciiBlanks).
func asciiSpaces(x uint64) uint64 { return asciiControls(x) | asciiBlanks(x) }

func asciiControls(x uint64) uint64 {
	return (x + (0x80-'\t')*lsb) &^ (x + (0x80-'\r'-1)*lsb) & msb
}

func asciiBlanks(x uint64) uint64 {
	y := x ^ ' '*lsb
	return ^((y&^msb + ^uint64(msb)) | y) & msb
}

// plainName reports whether normalizeName would return s as it is: ASCII
// with single spaces between words, which most names are.
func plainName(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	// eight bytes at a step; prev is 0x80 when the byte before them is
	// a space
	i, prev := 0, uint64(0)
	for ; i+8 <= len(s); i += 8 {
		x := le64(s, i)
		blank := asciiBlanks(x)
		if x&msb != 0 || asciiControls(x) != 0 || blank&(blank<<8|prev) != 0 {
			return false
		}
		prev = blank >> 56
	}
	if i < len(s) && prev != 0 && s[i] == ' ' {
		return false
	}
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80 || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// stopword reports whether a capitalised word at the start of a sentence
// is a function word rather than a name.
func stopword(w string) bool {
	// by the list's bit, the word lowered on the stack rather than in a
	// new string
	wordClassesOnce.Do(buildWordClasses)
	return classOfWord(w)&wcStarter != 0
}

// wordClass is a set of the word lists of words.go, one bit a list, that a
// lower-case word belongs to. The token index looks each word up once
// and keeps its class, so that a stage asking whether a token is in one
// of these lists tests a bit instead of hashing the word again: the
// recogniser and the linker ask several lists about nearly every token.
type wordClass uint32

const (
	wcStarter       wordClass = 1 << iota // sentenceStarters
	wcCalendar                            // calendarWords
	wcWeekday                             // weekdays
	wcMonthAbbr                           // monthAbbreviations
	wcPersonTitle                         // personTitles
	wcTitleSeed                           // titleSeeds
	wcTitleModifier                       // titleModifiers
	wcRoleNoun                            // roleNouns
	wcDescriptor                          // descriptorWords
	wcNotPerson                           // notPersonWords
	wcOrgHead                             // orgHeads
	wcOtherHead                           // otherHeads
	wcGeoHead                             // geoHeads
	wcStreetHead                          // streetHeads
	wcStateHead                           // stateHeads
	wcNaturalFirst                        // naturalFirsts
	wcPlaceFirst                          // placeFirsts
	wcTitleSmall                          // titleSmallWords
	wcNameParticle                        // nameParticles
	wcCompass                             // compassWords
	wcSaint                               // saintWords
	wcPronoun                             // the keys of pronouns
	wcSuffix                              // suffixes, lower-cased: test suffixes[text] as well
	wcCompanySuffix                       // companySuffixes, with or without a full stop ("inc", "inc.")
	wcSubordinator                        // subordinators, the words clauseOpener calls 's'
	wcOpening                             // openingWords
	wcDeterminer                          // determiners
	wcPossessive                          // possessives
	wcPreposition                         // prepositions
	wcSpeechCue                           // speechCues, moreSpeechCues among them
	wcSubjectSkip                         // subjectSkips
	// wcLeadingCue is any of nounCues, reportCues, gerundCues and
	// characterisingVerbs: leading asks all four of nearly every word
	// before a quotation (introducingMention asks reportCues), and one bit
	// for the four tells them that most words are in none of them
	wcLeadingCue
)

// wcHead is every list of head words that isHeadWord asks about.
const wcHead = wcOrgHead | wcOtherHead | wcGeoHead | wcStreetHead

// wordClasses is the class of every word in the lists, built when the
// first article is tokenised (wordClassesOnce), after every init function
// has finished filling the lists. classTable holds the same with each
// word's kinds (wordBits), looked up by formHash.
var (
	wordClassesOnce sync.Once
	wordClasses     map[string]wordClass
	wordBits        map[string]formBits // wordClasses with the kinds beside
	classTable      formTable
)

// formTable is wordClasses open-addressed by formHash, for indexForms:
// every new form of an article is looked up, most of them in no list, and
// the hash the article's own table needed anyway answers most of those
// with one compare of a tag, where the map would hash the form again. The
// slots hold only a tag and a class, eight bytes, so that the table of a
// thousand words stays within the processor's first cache; the forms,
// read only when a tag matches, are beside them in an array of their own.
type formTable struct {
	slots []formSlot
	forms []string  // the form of each slot
	lexes []lexBits // the lexicon lists of each slot's form (lexicon.go)
	mask  uint64
}

type formSlot struct {
	tag uint32 // as vocabEntry.tag; 0 is an empty slot
	formBits
}

// formBits are the lists of both kinds that a form is in.
type formBits struct {
	class wordClass
	kind  wordKind
}

func newFormTable(m map[string]formBits, lex map[string]lexBits) formTable {
	n := 16
	for n < 2*len(m) { // at most half full: a miss ends within a slot or two
		n *= 2
	}
	t := formTable{slots: make([]formSlot, n), forms: make([]string, n), lexes: make([]lexBits, n), mask: uint64(n - 1)}
	for w, c := range m {
		h := formHash(w)
		i := h & t.mask
		for t.slots[i].tag != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = formSlot{tag: uint32(h>>32) | 1, formBits: c}
		t.forms[i], t.lexes[i] = w, lex[w]
	}
	return t
}

// of is the lists of the form w whose formHash is h.
func (t *formTable) of(w string, h uint64) formBits {
	b, _ := t.lookUp(w, h)
	return b
}

// lookUp is the lists of both kinds and the lexicon lists of the form w
// whose formHash is h.
func (t *formTable) lookUp(w string, h uint64) (formBits, lexBits) {
	tag := uint32(h>>32) | 1
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.tag == 0 {
			return formBits{}, 0
		}
		if s.tag == tag && t.forms[i] == w {
			return s.formBits, t.lexes[i]
		}
	}
}

func buildWordClasses() {
	lists := []struct {
		set map[string]bool
		c   wordClass
	}{
		{sentenceStarters, wcStarter}, {calendarWords, wcCalendar}, {weekdays, wcWeekday},
		{monthAbbreviations, wcMonthAbbr}, {personTitles, wcPersonTitle}, {titleSeeds, wcTitleSeed},
		{titleModifiers, wcTitleModifier}, {roleNouns, wcRoleNoun}, {descriptorWords, wcDescriptor},
		{notPersonWords, wcNotPerson}, {orgHeads, wcOrgHead}, {otherHeads, wcOtherHead}, {geoHeads, wcGeoHead},
		{streetHeads, wcStreetHead}, {stateHeads, wcStateHead}, {naturalFirsts, wcNaturalFirst},
		{placeFirsts, wcPlaceFirst}, {titleSmallWords, wcTitleSmall}, {nameParticles, wcNameParticle},
		{compassWords, wcCompass}, {saintWords, wcSaint},
		{subordinators, wcSubordinator}, {openingWords, wcOpening},
		{determiners, wcDeterminer}, {possessives, wcPossessive}, {prepositions, wcPreposition},
		{speechCues, wcSpeechCue}, {subjectSkips, wcSubjectSkip},
		{nounCues, wcLeadingCue}, {reportCues, wcLeadingCue}, {gerundCues, wcLeadingCue}, {characterisingVerbs, wcLeadingCue},
	}
	m := map[string]wordClass{}
	for _, l := range lists {
		for w, in := range l.set {
			if in {
				m[w] |= l.c
			}
		}
	}
	for w := range pronouns {
		m[w] |= wcPronoun
	}
	for w, in := range companySuffixes {
		if in {
			m[w] |= wcCompanySuffix
			m[w+"."] |= wcCompanySuffix
		}
	}
	for w, in := range suffixes {
		if in {
			m[strings.ToLower(w)] |= wcSuffix
		}
	}
	bits := make(map[string]formBits, len(m))
	for w, c := range m {
		bits[w] = formBits{class: c}
	}
	for _, l := range kindLists {
		for w, in := range l.set {
			if in {
				b := bits[w]
				b.kind |= l.k
				bits[w] = b
			}
		}
	}
	for w := range cueWordForms() {
		b := bits[w]
		b.kind |= wkCueWord
		bits[w] = b
	}
	for w := range honorificPairs {
		b := bits[w]
		b.kind |= wkHonorific
		bits[w] = b
	}
	lex := lexiconOfLists()
	for w := range lex {
		if _, ok := bits[w]; !ok {
			bits[w] = formBits{} // in a lexicon list only: the table must hold it
		}
	}
	wordClasses, wordBits = m, bits
	classTable = newFormTable(bits, lex)
}

// wordKind is a second set of word lists, one bit a list, kept beside
// wordClass for the lists that linking asks of the words of nearly every
// name (types.go): wordClass has no bit left, and a token has room for
// these two bytes at no cost in size.
type wordKind uint16

const (
	wkPersonRole      wordKind = 1 << iota // personRoles
	wkMarketIndex                          // marketIndices of one word (a token is never two)
	wkOrgAcronym                           // orgAcronyms
	wkCompanyHead                          // companyHeads
	wkNewspaperHead                        // newspaperHeads
	wkEventHead                            // eventHeads
	wkCompetitionHead                      // competitionHeads
	wkPublisherHead                        // publisherHeads
	wkGroundHead                           // groundHeads
	wkMediaNoun                            // mediaNouns
	wkRankInName                           // rankInName
	wkChainWord                            // chainWords
	wkQualifierNoun                        // qualifierNouns
	wkGenderedPronoun                      // genderedPronouns
	wkCueWord                              // cueWordForms: the words isCueWord accepts
	wkHonorific                            // worldHonorifics and the first words of honorificPairs
)

// kindLists are the lists of wordKind with their bits.
var kindLists = []struct {
	set map[string]bool
	k   wordKind
}{
	{personRoles, wkPersonRole}, {marketIndices, wkMarketIndex}, {orgAcronyms, wkOrgAcronym},
	{companyHeads, wkCompanyHead}, {newspaperHeads, wkNewspaperHead}, {eventHeads, wkEventHead},
	{competitionHeads, wkCompetitionHead}, {publisherHeads, wkPublisherHead}, {groundHeads, wkGroundHead},
	{mediaNouns, wkMediaNoun}, {rankInName, wkRankInName}, {chainWords, wkChainWord},
	{qualifierNouns, wkQualifierNoun},
	{genderedPronouns, wkGenderedPronoun}, {worldHonorifics, wkHonorific},
}
