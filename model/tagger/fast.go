package tagger

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The fast path. features and prepare describe the model's features one
// token at a time, building strings and hashing them; tagging a document
// that way spends most of its time lower-casing, hashing and probing the
// weight table for the same words again and again. Here every distinct word
// of a document (a word type) is described once: its lower-cased form,
// shapes, affixes and the rows of the features it alone decides. Features
// of word pairs are hashed by carrying a word's FNV state on over its
// neighbour's bytes, with no string built, and features of tags and
// gazetteer kinds are looked up once per model. The rows of a token are
// summed in exactly the order features lists them, so the scores, and so
// the tags, are the reference path's to the last bit
// (TestFastMatchesReference).

// noRow marks a feature the model does not know.
const noRow = -1

// unknownRow marks a lazily filled row not looked up yet.
const unknownRow = -2

// fixedRows are the rows of features that name no word: the bias, the
// previous tags, the sentence bounds and the gazetteer kinds.
type fixedRows struct {
	bias                  int32
	tag1                  [NTags + 1]int32            // 19: previous tag
	tag2                  [NTags + 1][NTags + 1]int32 // 20: the two previous tags
	bos13, eos14          weights                     // "<s>", "</s>" as the next words out
	bos15, eos16          weights                     // and two words out
	caps26                int32                       // an all-capitals sentence
	title24, possessive30 int32                       // after a title, before "'s"
	lowerElsewhere35      int32
	lowerAt35             [3]int32  // with the position, capped at 2
	gz22, gzPrev33        [16]int32 // gazetteer kind of the word, of the word before
	gzNext34              [16]int32 // and of the word after
	gzMulti23             [16][2]int32
	// FNV states of pair features with a sentence bound on one side
	bos17, eos18, bos27, bos32 uint64
}

func (t *Tagger) fixedRows() *fixedRows {
	f := &fixedRows{}
	r := t.table.row
	f.bias = r(h0(1))
	for p1 := 0; p1 <= NTags; p1++ {
		f.tag1[p1] = r(hb(h0(19), byte(p1)))
		for p2 := 0; p2 <= NTags; p2++ {
			f.tag2[p2][p1] = r(hb(hb(h0(20), byte(p2)), byte(p1)))
		}
	}
	f.bos13, f.eos14 = t.weightsOf(r(hs(h0(13), "<s>"))), t.weightsOf(r(hs(h0(14), "</s>")))
	f.bos15, f.eos16 = t.weightsOf(r(hs(h0(15), "<s>"))), t.weightsOf(r(hs(h0(16), "</s>")))
	f.caps26 = r(h0(26))
	f.title24, f.possessive30 = r(h0(24)), r(h0(30))
	f.lowerElsewhere35 = r(h0(35))
	for i := range f.lowerAt35 {
		f.lowerAt35[i] = r(hb(h0(35), byte(i)))
	}
	for k := range f.gz22 {
		f.gz22[k] = r(hb(h0(22), byte(k)))
		f.gzPrev33[k] = r(hb(h0(33), byte(k)))
		f.gzNext34[k] = r(hb(h0(34), byte(k)))
		for b := range f.gzMulti23[k] {
			f.gzMulti23[k][b] = r(hb(hb(h0(23), byte(k)), byte(b)))
		}
	}
	f.bos17, f.eos18 = hs(h0(17), "-"), hs(h0(18), "-")
	f.bos27, f.bos32 = hs(h0(27), "<s>"), hs(h0(32), "-")
	return f
}

// edgeType is the word type that stands for a sentence's bound as a
// token's neighbour, in tagTypes: its weights as the word before, after,
// two before and two after are those of "<s>" and "</s>" there, its short
// shape is "-" and numbered 0 (the bound's), and it is no title, no "'s"
// and no gazetteer name, so that it adds what features adds at a bound.
func (t *Tagger) edgeType() *docType {
	fx := t.fixed
	bound := form{short: "-", shortID: 0, state32: fx.bos32}
	wt := &wordType{near: [4]weights{fx.bos13, fx.eos14, fx.bos15, fx.eos16}, forms: [2]form{bound, bound}}
	wt.capsOnce.Do(formsReady)
	return &docType{wordType: wt}
}

// wordType is one distinct word with what the features need of it, worked
// out once for every document and goroutine (wordCache) and never changed
// after.
type wordType struct {
	// What every token reads of its type, gated or not (the first pass of
	// tagFast, the gazetteer, the gate, lowerElsewhere), comes first, in 44
	// bytes: a type's size class is a multiple of 64 bytes and its
	// allocation starts with an 8-byte header, so its first 56 bytes share
	// one cache line, where spread over the struct these fields cost a
	// token two or three misses.
	lower          string
	letters, upper int32  // letters and capitals, for all-capitals sentences
	maxWords       int    // the most words of a gazetteer name starting with it
	gzState        uint64 // FNV state of the word as the first of a pair (gzPairs)
	sports         bool   // a sports word or a score (sportsDoc)
	plain          bool   // tagged O unscored after an O (plainWord)
	upperStart     bool   // capitalised
	lowerStart     bool   // starts with a lower-case letter (for lowerElsewhere)

	word       string
	toLower    string // strings.ToLower(word), when capitalised
	title      bool   // a title word (before a person's name)
	possessive bool   // "'s"
	gzKind     uint8
	long       bool // four runes or more and a letter first, for Title Case
	// rows of features of the word alone, whatever its sentence
	lowerRow int32 // 2
	// weights of the word as the one before (13), after (14), two before
	// (15) and two after (16) its neighbours, copied here so that a token
	// reads them from its neighbours' types rather than from the model
	near             [4]weights
	capsRow26        int32
	affixes          [7]int32 // those of the affixes' rows the model has (addAffix)
	nAffixes         int
	state27, state28 uint64           // FNV states of the pairs with the words around
	tag21            [NTags + 1]int32 // 21: with each previous tag
	// forms are the word as written, and in an all-capitals sentence: the
	// second, for a word with capitals, is filled only once a sentence in
	// capitals has the word (capsOnce, capsForm), which few do
	forms    [2]form
	capsOnce sync.Once
}

// docType is a word type as a scratch keeps it: the shared description and
// what belongs to the document being tagged.
type docType struct {
	*wordType
	// lowerElsewhere: capitalised, and this document also has it in lower
	// case; seen is the number of the document it was last seen in
	lowerElsewhere bool
	seen           uint32
	uses           uint32 // tokens of it tagged, halved whenever the scratch forgets
	// lowerID is one more than the index in the scratch's types of the
	// type of toLower, once found (0: not yet), which stays while the
	// scratch keeps its types; forget, which numbers them anew, sets 0
	lowerID int32
}

// form is what depends on whether the sentence is in capitals: the word is
// then read in lower case.
type form struct {
	short                 string
	shortID               uint8 // the short shape's number (wordCache.shape)
	word3, shape4, short5 int32
	first25, gzShort22    int32
	// prefix is the sum of the first features, which name this word alone
	// (bias, lower case, word, shape, short shape, then its affixes): the
	// same sum, added in the same order, as the reference path starts
	// with; a scored token fetches none of their rows
	prefix                    [NTags]float32
	state17, state18, state32 uint64
}

func (t *Tagger) newWordType(w string) *wordType {
	// h.row, not a method value, so that the look-ups are inlined
	h := &t.table
	lw, lowered, ascii := normWordLower(w)
	// the features of the lower-cased word, hashed side by side (hsMany)
	st := [...]uint64{
		h0(2), h0(13), h0(14), h0(15), h0(16), h0(26), h0(27), h0(28), h0(gzPairSeed),
		hb(h0(21), 0), hb(h0(21), 1), hb(h0(21), 2), hb(h0(21), 3), hb(h0(21), 4),
		hb(h0(21), 5), hb(h0(21), 6), hb(h0(21), 7), hb(h0(21), 8), hb(h0(21), 9),
	}
	hsMany(st[:], lw)
	const lower2, near13, caps26, pair27, pair28, gzPair, tag21 = 0, 1, 5, 6, 7, 8, 9
	marks := wordMarks[lw] // titleWords and sportsWords
	wt := t.words.newType()
	wt.word, wt.lower, wt.upperStart, wt.title, wt.possessive = w, lw, isUpperStart(w), marks&markTitle != 0, lw == "'s"
	wt.sports = marks&markSports != 0 || isScore(lw)
	first, _ := utf8.DecodeRuneInString(w)
	wt.lowerStart = unicode.IsLower(first)
	if wt.upperStart {
		if lowered {
			wt.toLower = lw
		} else {
			wt.toLower = strings.ToLower(w)
		}
	}
	if ascii {
		// ASCII's letters and capitals by their bytes
		for i := 0; i < len(w); i++ {
			if c := w[i] | 0x20; 'a' <= c && c <= 'z' {
				wt.letters++
				if w[i] <= 'Z' {
					wt.upper++
				}
			}
		}
		wt.long = len(w) >= 4 && unicode.IsLetter(first)
	} else {
		for _, c := range w {
			if unicode.IsLetter(c) {
				wt.letters++
				if unicode.IsUpper(c) {
					wt.upper++
				}
			}
		}
		wt.long = utf8.RuneCountInString(w) >= 4 && unicode.IsLetter(first) // first is U+FFFD for an invalid byte, as []rune gives
	}
	if t.gz != nil {
		wt.gzKind = t.gz.names[lw] &^ gzBigCity
		wt.maxWords = t.gz.maxWords[lw]
		if wt.maxWords > 1 {
			wt.gzState = st[gzPair]
		}
	}
	wt.lowerRow = h.row(st[lower2])
	wt.plain = t.plainWord(w, lw, wt.gzKind, wt.lowerRow)
	for k := range wt.near {
		wt.near[k] = t.weightsOf(h.row(st[near13+k]))
	}
	wt.capsRow26 = h.row(st[caps26])
	if ascii {
		// a word of ASCII: its affixes are its first and last bytes
		n := len(lw)
		for k := 1; k <= 3 && k <= n; k++ {
			wt.addAffix(h.row(hs(h0(byte(5+k)), lw[:k])))
		}
		for k := 1; k <= 4 && k <= n; k++ {
			wt.addAffix(h.row(hs(h0(byte(8+k)), lw[n-k:])))
		}
	} else if utf8.ValidString(lw) {
		// the affixes are slices of the word's own bytes: no runes, no strings
		n := utf8.RuneCountInString(lw)
		end := 0
		for k := 1; k <= 3 && k <= n; k++ {
			_, size := utf8.DecodeRuneInString(lw[end:])
			end += size
			wt.addAffix(h.row(hs(h0(byte(5+k)), lw[:end])))
		}
		start := len(lw)
		for k := 1; k <= 4 && k <= n; k++ {
			_, size := utf8.DecodeLastRuneInString(lw[:start])
			start -= size
			wt.addAffix(h.row(hs(h0(byte(8+k)), lw[start:])))
		}
	} else {
		// as features does: invalid bytes become U+FFFD
		rs := []rune(lw)
		for k := 1; k <= 3 && k <= len(rs); k++ {
			wt.addAffix(h.row(hs(h0(byte(5+k)), string(rs[:k]))))
		}
		for k := 1; k <= 4 && k <= len(rs); k++ {
			wt.addAffix(h.row(hs(h0(byte(8+k)), string(rs[len(rs)-k:]))))
		}
	}
	wt.state27, wt.state28 = st[pair27], st[pair28]
	for p1 := range wt.tag21 {
		wt.tag21[p1] = h.row(st[tag21+p1])
	}
	t.fillForm(&wt.forms[0], wt, w)
	if lw == w {
		wt.forms[1] = wt.forms[0]
		wt.capsOnce.Do(formsReady)
	}
	return wt
}

// formsReady marks a word type's forms filled: both are there already.
func formsReady() {}

// capsForm fills in the form of wt in a sentence in capitals, forms[1],
// if no sentence has asked for it before: tagFast asks it of every word
// of such a sentence before tagTypes reads forms[1] of any.
func (t *Tagger) capsForm(wt *wordType) {
	wt.capsOnce.Do(func() { t.fillForm(&wt.forms[1], wt, wt.lower) })
}

// addAffix keeps the row r of an affix feature if the model has it. A row
// it lacks would add nothing to the sums, and those it has keep their
// order, so that fillForm adds them to each form's prefix as they are.
func (wt *wordType) addAffix(r int32) {
	if r >= 0 {
		wt.affixes[wt.nAffixes] = r
		wt.nAffixes++
	}
}

// fillForm fills in the word's form f as w: as written, or lower-cased in
// a sentence in capitals.
func (t *Tagger) fillForm(f *form, wt *wordType, w string) {
	h := &t.table
	// the shapes in buffers on the stack: the short one is kept as the
	// cache's own string (shape), the long one only hashed
	var longBuf [maxShape]byte
	var shortBuf [32]byte
	long, shortBytes := appendShapes(longBuf[:0], shortBuf[:0], w)
	e := t.words.shapeOf(h, shortBytes)
	short := e.short
	f.short, f.shortID = short, e.id
	f.word3, f.shape4, f.short5 = h.row(hs(h0(3), w)), h.row(hsb(h0(4), long)), e.short5
	f.first25 = e.first25
	if k := wt.gzKind; k != 0 {
		f.gzShort22 = h.row(hb(hs(h0(22), short), k))
	}
	f.state17, f.state18, f.state32 = e.state17, e.state18, e.state32
	for _, row := range [...]int32{t.fixed.bias, wt.lowerRow, f.word3, f.shape4, f.short5} {
		t.addRow(&f.prefix, row)
	}
	for _, row := range wt.affixes[:wt.nAffixes] {
		t.addRow(&f.prefix, row)
	}
}

// wordCache keeps the word types of a tagger for every document and
// goroutine: the words of news repeat from article to article, and a type
// takes some thirty look-ups in the weight table to work out. It holds at
// most 2*cacheHalf types: the types of the current half, and those of the
// half before it, which move to the current half when asked for again.
type wordCache struct {
	mu       sync.RWMutex
	cur, old map[string]*wordType

	shapeMu sync.Mutex
	shapes  map[string]shapeName // short shape -> its string and number (shape)

	// slab holds new word types made ahead, typeSlab at a time (newType)
	slabMu sync.Mutex
	slab   []wordType
}

// typeSlab is how many word types newType allocates at once.
const typeSlab = 32

// newType is a zeroed word type for newWordType to fill, taken from a
// slab of typeSlab allocated together, where one allocation a word cost
// the allocator's bookkeeping some 350 instructions a type.
func (c *wordCache) newType() *wordType {
	c.slabMu.Lock()
	if len(c.slab) == 0 {
		c.slab = make([]wordType, typeSlab)
	}
	wt := &c.slab[0]
	c.slab = c.slab[1:]
	c.slabMu.Unlock()
	return wt
}

// cacheHalf bounds the word types a tagger keeps (wordCache): some 600
// bytes each, so at most about 40 MB. PolNeAR train has 32k distinct
// tokens; with halves of 16k, words asked once a pass were worked out again
// every pass (cachegrind, two passes: 2% more instructions than now).
const cacheHalf = 1 << 15

// newWordCache returns an empty cache, its current half made at its full
// size as each next one is (wordType): grown from empty, its look-ups
// and rehashing cost the first 32k words of a run some 500 instructions
// each.
func newWordCache() *wordCache {
	return &wordCache{cur: make(map[string]*wordType, cacheHalf), shapes: map[string]shapeName{}}
}

// wordType returns the type of word w, from the cache or worked out now.
func (t *Tagger) wordType(w string) *wordType {
	c := t.words
	c.mu.RLock()
	wt, now := c.cur[w], true
	if wt == nil {
		wt, now = c.old[w], false
	}
	c.mu.RUnlock()
	if now {
		return wt
	}
	if wt == nil {
		wt = t.newWordType(strings.Clone(w)) // not the caller's text, which may be large
	}
	c.mu.Lock()
	if len(c.cur) >= cacheHalf {
		c.old, c.cur = c.cur, make(map[string]*wordType, cacheHalf)
	}
	c.cur[wt.word] = wt
	c.mu.Unlock()
	return wt
}

// shape returns a short shape as a string the cache keeps, so that a
// word type's form builds none, and its number for the scratches' caches
// of shape features (noShape past the first maxShapes-2).
func (c *wordCache) shape(short []byte) (string, uint8) {
	c.shapeMu.Lock()
	defer c.shapeMu.Unlock()
	if e, ok := c.shapes[string(short)]; ok {
		return e.short, e.id
	}
	if len(c.shapes) >= noShape-1 {
		return string(short), noShape
	}
	e := shapeName{short: string(short), id: uint8(len(c.shapes) + 1)}
	c.shapes[e.short] = e
	return e.short, e.id
}

// shapeName is a short shape as the cache keeps it, and its number.
type shapeName struct {
	short string
	id    uint8
	// what a form's features take of its short shape alone (fillForm):
	// the rows of features 5 and 25 and the hash states of 17, 18 and 32,
	// worked out once for each shape rather than for every new form
	short5, first25           int32
	state17, state18, state32 uint64
}

// shapeOf is the cache's entry of a short shape (shape) with the rows
// and states fillForm takes of it, worked out in h when the shape is new
// (and every time for a shape past the numbered ones).
func (c *wordCache) shapeOf(h *hashTable, short []byte) shapeName {
	c.shapeMu.Lock()
	if e, ok := c.shapes[string(short)]; ok && e.state17 != 0 {
		c.shapeMu.Unlock()
		return e
	}
	c.shapeMu.Unlock()
	s, id := c.shape(short)
	e := shapeName{short: s, id: id, short5: h.row(hs(h0(5), s)), first25: h.row(hs(h0(25), s)),
		state17: hs(h0(17), s), state18: hs(h0(18), s), state32: hs(h0(32), s)}
	if id != noShape {
		c.shapeMu.Lock()
		c.shapes[s] = e
		c.shapeMu.Unlock()
	}
	return e
}

// docScratch holds one document's working memory, reused between calls,
// and the word types of the documents before: a type is the same in every
// document but for lowerElsewhere, so the common words of news are worked
// out once per scratch rather than once per document.
type docScratch struct {
	vocab   vocabTable // word -> its type in types
	types   []docType
	doc     uint32  // this document's number, for wordType.seen
	present []int32 // the types of this document
	// every token's type, sentence after sentence, each between two
	// edges on each side (tagTypes)
	around []*docType
	lower  []string
	upper  []bool // every token's upperStart, for the consistency pass
	caps   []bool // a sentence in capitals (before titleCased)
	// the consistency pass's maps, kept between documents
	consistency consistencyScratch
	multi       []uint8
	bound       []int32 // the most words of a gazetteer name at each token
	begin       []bool
	tags        []int
	margin      []float32
	sents       []sentence
	ptrs        []*sentence
	tagRow      [][]int
	margRow     [][]float32
	// the rows of the shape features 17, 18 and 32, which pair and triple
	// a few dozen short shapes ("Xx", "x", ",") and so repeat all the time:
	// found once here, they spare most tokens three look-ups in the table
	shapePairs *[maxShapes * maxShapes]shapePair // [first][second]
	shape32    *[1 << 12]shapeTriple
}

// maxShapes bounds the short shapes a scratch numbers: 0 is the sentence's
// bound, noShape is any shape past the first maxShapes-2, whose features
// are looked up in the table every time.
const (
	maxShapes = 64
	noShape   = maxShapes - 1
)

// shapePair is what a scratch keeps of two neighbouring words' short
// shapes (numbered a and b, 0 at a bound): the rows of feature 17 of the
// second (its shape and the one before) and of feature 18 of the first
// (its shape and the one after), found together the first time two words
// have them (unknownRow before). At a bound a pair has one: the first
// word's 17 at [0][b], the last word's 18 at [a][0].
type shapePair struct{ r17, r18 int32 }

// shapePair returns the slot of shapes a and b, or nil if either is past
// the numbered ones (noShape), whose rows are looked up every time.
func (d *docScratch) shapePair(a, b uint8) *shapePair {
	if a == noShape || b == noShape {
		return nil
	}
	return &d.shapePairs[int(a)*maxShapes+int(b)]
}

// shapeRows finds the rows of features 17 and 18 of the words of forms af
// and bf, neighbours in this order, and keeps them in e if there is one:
// pair and leftPair read e themselves and call this only the first time.
func (t *Tagger) shapeRows(e *shapePair, af, bf *form) (r17, r18 int32) {
	h := &t.table
	r17, r18 = h.row(hs(af.state17, bf.short)), h.row(hs(bf.state18, af.short))
	if e != nil {
		e.r17, e.r18 = r17, r18
	}
	return r17, r18
}

// shapeTriple is a slot of a direct-mapped cache of feature 32's rows,
// keyed by the three shapes' numbers (and 1<<31 when filled).
type shapeTriple struct {
	key uint32
	row int32
}

// newScratch returns an empty scratch.
func newScratch() *docScratch {
	d := &docScratch{shapePairs: new([maxShapes * maxShapes]shapePair), shape32: new([1 << 12]shapeTriple)}
	for i := range d.shapePairs {
		d.shapePairs[i] = shapePair{unknownRow, unknownRow}
	}
	return d
}

// pairRows are the rows of the features of two neighbouring words: for the
// second, the shape (17) and the word (27) before it; for the first, the
// shape (18) and the word (28) after it.
type pairRows struct{ r17, r27, r18, r28 int32 }

// pair returns the rows of the pair of word types at and bt, neighbours
// in a sentence. A token's pair with the word after is the next token's
// pair with the word before, so each pair is looked up once. (Keeping
// pairs between documents, as word types are kept, was slower on real
// news, whose word pairs seldom repeat.)
func (t *Tagger) pair(d *docScratch, at *wordType, af *form, bt *wordType, bf *form) pairRows {
	// h.row, not a method value: a call through one is never inlined
	h := &t.table
	p := pairRows{noRow, noRow, noRow, noRow}
	// both word features hash the second word's bytes: in one loop, two
	// chains of multiplications that the CPU runs side by side
	k27, k28 := hs2(at.state27, at.state28, bt.lower)
	if t.pairFilter.mayHave(k27) {
		p.r27 = h.row(k27)
	}
	if t.pairFilter.mayHave(k28) {
		p.r28 = h.row(k28)
	}
	if e := d.shapePair(af.shortID, bf.shortID); e != nil && e.r17 != unknownRow {
		p.r17, p.r18 = e.r17, e.r18
	} else {
		p.r17, p.r18 = t.shapeRows(e, af, bf)
	}
	return p
}

// startPair is pair for the sentence's start and its first word bt: the
// rows of bt's features 17 and 27.
func (t *Tagger) startPair(d *docScratch, bt *wordType, bf *form) pairRows {
	fx, h := t.fixed, &t.table
	p := pairRows{noRow, noRow, noRow, noRow}
	if e := d.shapePair(0, bf.shortID); e != nil && e.r17 != unknownRow {
		p.r17 = e.r17
	} else {
		p.r17 = h.row(hs(fx.bos17, bf.short))
		if e != nil {
			e.r17 = p.r17
		}
	}
	p.r27 = t.pairRow(hs(fx.bos27, bt.lower))
	return p
}

// endPair is pair for the sentence's last word at and its end: the rows
// of at's features 18 and 28.
func (t *Tagger) endPair(d *docScratch, at *wordType, af *form) pairRows {
	fx, h := t.fixed, &t.table
	p := pairRows{noRow, noRow, noRow, noRow}
	if e := d.shapePair(af.shortID, 0); e != nil && e.r18 != unknownRow {
		p.r18 = e.r18
	} else {
		p.r18 = h.row(hs(fx.eos18, af.short))
		if e != nil {
			e.r18 = p.r18
		}
	}
	p.r28 = t.pairRow(hs(at.state28, "</s>"))
	return p
}

// leftPair is pair(d, at, af, bt, bf) for bt's sake alone: the rows of
// the features of bt (17, 27), not those of at, which the gate left
// unscored.
func (t *Tagger) leftPair(d *docScratch, at *wordType, af *form, bt *wordType, bf *form) pairRows {
	h := &t.table
	p := pairRows{noRow, noRow, noRow, noRow}
	if k27 := hs(at.state27, bt.lower); t.pairFilter.mayHave(k27) {
		p.r27 = h.row(k27)
	}
	if e := d.shapePair(af.shortID, bf.shortID); e != nil && e.r17 != unknownRow {
		p.r17 = e.r17
	} else {
		p.r17, _ = t.shapeRows(e, af, bf)
	}
	return p
}

// keyFilter has a bit for each of 2^keyFilterBits ranges of feature
// hashes (by bits 32 and up, which pick neither a key's slot nor its
// fingerprint), set where the table has a key. Four in five word pairs a
// document asks for (features 27 and 28) are unknown to the model, and a
// look-up in the table turns one away only after two or three full slots
// on average, some 50 instructions; the filter turns away 94% of them
// with one bit.
type keyFilter struct {
	bits *[1 << keyFilterBits / 64]uint64
}

// keyFilterBits: 2^22 bits, 512 KB, for the 272,503 keys of the model.
const keyFilterBits = 22

func filterBit(k uint64) uint64 { return k >> 32 & (1<<keyFilterBits - 1) }

func newKeyFilter(h *hashTable) keyFilter {
	f := keyFilter{new([1 << keyFilterBits / 64]uint64)}
	for i := range h.slots {
		if h.fps[i] != 0 {
			b := filterBit(h.slots[i].key) // a key 0 is kept as 1, which has 0's bit
			f.bits[b/64] |= 1 << (b % 64)
		}
	}
	return f
}

// mayHave reports whether the table may have key k: false means it has
// not.
func (f keyFilter) mayHave(k uint64) bool {
	b := filterBit(k)
	return f.bits[b/64]&(1<<(b%64)) != 0
}

// pairRow is t.table.row(k) for a feature of a word pair. Where a pair is
// looked up for every token (pair), the filter is asked at the call, so
// that a pair it turns away costs no call.
func (t *Tagger) pairRow(k uint64) int32 {
	if t.pairFilter.mayHave(k) {
		return t.table.row(k)
	}
	return noRow
}

// tripleKey is the key of feature 32's row for the shapes of the word
// before, this word and the word after (numbered a, b, c; 0 at a bound)
// in the scratch's cache (shape32), and the slot it goes in; a shape past
// the numbered ones gives key 0, which no slot holds, so that its row is
// looked up in the table every time (tripleRow).
func (d *docScratch) tripleKey(a, b, c uint8) (*shapeTriple, uint32) {
	key := uint32(a)<<12 | uint32(b)<<6 | uint32(c) | 1<<31
	if a == noShape || b == noShape || c == noShape {
		key = 0
	}
	return &d.shape32[(key*2654435761)>>20&(1<<12-1)], key
}

// tripleRow finds the row of feature 32 that slot, the slot of key in the
// scratch's cache, lacks (key is 0 where the shapes are not cached), and
// keeps it there. Apart from the look-up that tagTypes does inline, so
// that a hit costs no call and no closure.
func (t *Tagger) tripleRow(slot *shapeTriple, key uint32, state32 uint64, short, nextShort string) int32 {
	row := t.table.row(hs(hs(state32, short), nextShort))
	if key != 0 {
		slot.key, slot.row = key, row
	}
	return row
}

// maxVocab bounds the word types a scratch keeps between documents; when
// they pass it, the commoner half stays (forget). A scratch's type is 24
// bytes and a pointer into the tagger's wordCache, where a type the
// scratch forgets is found again with one more look-up. At 1<<14, a
// scratch forgot eight times over two passes of PolNeAR train (32k
// distinct tokens, as many as the wordCache keeps), and found 44k types
// again (callgrind: 34M instructions of 4,727M); at 1<<15 a scratch holds
// some 4 MB rather than 2.
const maxVocab = 1 << 15

// release drops the document's strings so the pool keeps none of the
// caller's alive (the types keep copies of their words). Only the
// sentences hold the caller's: lower holds the types' lower-case words and
// around pointers to the types, both kept by d.types anyway, and tagWith
// writes every element of both it reads before reading it: neither is
// cleared.
func (d *docScratch) release() {
	clear(d.sents)
	d.consistency.reset()
}

// forget keeps the commoner half of the scratch's word types (by uses) and
// drops the rest.
func (d *docScratch) forget() {
	uses := make([]uint32, len(d.types))
	for i := range d.types {
		uses[i] = d.types[i].uses
	}
	slices.Sort(uses)
	least := uint32(0) // keep those used at least as often as the median
	if len(uses) > 0 {
		least = uses[len(uses)/2]
	}
	kept := d.types[:0]
	for _, wt := range d.types {
		if wt.uses >= least && len(kept) < maxVocab/2 {
			wt.uses /= 2
			kept = append(kept, wt)
		}
	}
	clear(d.types[len(kept):])
	d.types = kept
	d.vocab.reset()
	for i := range d.types {
		w := d.types[i].word
		d.vocab.add(w, int32(i))
		d.types[i].seen, d.types[i].lowerID = 0, 0
	}
	d.doc = 1
}

// tagFast tags a document as TagIDs does, through word types. margins, if
// not nil, receives the margin of every token in turn (for tests).
func (t *Tagger) tagFast(sents [][]string, margins []float32) [][]uint8 {
	d, _ := t.pool.Get().(*docScratch)
	if d == nil {
		d = newScratch()
	}
	defer t.pool.Put(d)
	return t.tagWith(d, sents, margins)
}

// tagWith is tagFast with the scratch d.
func (t *Tagger) tagWith(d *docScratch, sents [][]string, margins []float32) [][]uint8 {
	defer d.release()

	total := 0
	for _, s := range sents {
		total += len(s)
	}
	d.doc++
	if len(d.types) >= maxVocab || d.doc == 0 {
		d.forget()
	}
	d.present = d.present[:0]
	// room for every type the document may add, so that none moves while
	// the pointers to them in around are in use
	d.types = slices.Grow(d.types, total)
	// every token's type, each sentence between two edges on each side
	// (t.edge), which tagTypes reads as the sentence's bounds
	d.around = grow(d.around, total+2*len(sents)+2)
	around := d.around
	around[0], around[1] = t.edge, t.edge
	d.lower = grow(d.lower, total)
	d.upper = grow(d.upper, total)
	d.caps = grow(d.caps, len(sents))
	// One pass over the tokens finds their types and reads what the
	// document-wide steps need of them, while the type is at hand: each
	// further pass over a long document's tokens fetched every type again.
	at, ap, hits := 0, 2, 0
	for si, s := range sents {
		var letters, upper int32
		// the sentence's stretch of each, of its length, so that the loop
		// writes them unchecked
		n := len(s)
		types, lower, upperStart := around[ap:ap+n], d.lower[at:at+n], d.upper[at:at+n]
		for j, w := range s {
			// d.vocab.find(w) written out (findWord, for strings): as a
			// call, a token's look-up cost a quarter more
			id, ok := int32(0), false
			if slots := d.vocab.slots; len(slots) > 0 {
				n := len(w)
				var a, b uint64
				switch {
				case n >= 8:
					a, b = le64(w), le64(w[n-8:])
					if n > 16 {
						a ^= le64(w[n/2-4:]) * wordSeeds[2]
					}
				case n >= 4:
					a, b = uint64(le32(w)), uint64(le32(w[n-4:]))
				case n > 0:
					a = uint64(w[0])<<16 | uint64(w[n/2])<<8 | uint64(w[n-1])
				}
				mask := uint64(len(slots) - 1)
				for i := mixKey(a, b, n) & mask; ; i = (i + 1) & mask {
					sl := &slots[i]
					if sl.id == 0 {
						break
					}
					if (sl.a^a)|(sl.b^b)|uint64(int(sl.n)^n) == 0 && (n <= shortWord || d.vocab.words[sl.id-1] == w) {
						id, ok = sl.id-1, true
						break
					}
				}
			}
			if !ok {
				wt := t.wordType(w)
				id = int32(len(d.types))
				d.vocab.add(wt.word, id)
				d.types = append(d.types, docType{wordType: wt})
			}
			wt := &d.types[id]
			wt.uses++
			if wt.seen != d.doc {
				wt.seen = d.doc
				d.present = append(d.present, id)
			}
			types[j] = wt
			lower[j] = wt.lower
			upperStart[j] = wt.upperStart
			letters += wt.letters
			upper += wt.upper
			if wt.sports {
				hits++
			}
		}
		d.caps[si] = letters >= 6 && upper == letters
		at += n
		ap += n
		around[ap], around[ap+1] = t.edge, t.edge
		ap += 2
	}
	for _, id := range d.present {
		wt := &d.types[id]
		wt.lowerElsewhere = false
		if wt.upperStart {
			lid := wt.lowerID - 1
			if lid < 0 {
				// not found before: a type of toLower may have come since
				id, ok := d.vocab.find(wt.toLower)
				if !ok {
					continue
				}
				lid, wt.lowerID = id, id+1
			}
			if d.types[lid].seen == d.doc && d.types[lid].lowerStart {
				wt.lowerElsewhere = true
			}
		}
	}
	d.multi = grow(d.multi, total)
	d.bound = grow(d.bound, total)
	d.begin = grow(d.begin, total)
	d.tags = grow(d.tags, total)
	d.margin = grow(d.margin, total)
	d.sents = grow(d.sents, len(sents))
	d.ptrs = grow(d.ptrs, len(sents))
	d.tagRow = grow(d.tagRow, len(sents))
	d.margRow = grow(d.margRow, len(sents))
	at, ap = 0, 2
	for si, words := range sents {
		n := len(words)
		tp := around[ap-2 : ap+n+2 : ap+n+2] // the sentence's types between its edges
		types := tp[2 : n+2]
		s := &d.sents[si]
		*s = sentence{words: words, lower: d.lower[at : at+n : at+n], gzMulti: d.multi[at : at+n : at+n],
			gzBegin: d.begin[at : at+n : at+n], upperStart: d.upper[at : at+n : at+n]}
		s.allCaps = d.caps[si]
		if !s.allCaps && si == 0 && typesTitleCased(types) {
			s.allCaps = true
		}
		if s.allCaps {
			for _, wt := range types {
				t.capsForm(wt.wordType)
			}
		}
		if t.gz != nil {
			// no name longer than one word starts at a token unless one
			// starts with its word and the next (gzPairs)
			bound := d.bound[at : at+n : at+n]
			longest := 0
			for i, wt := range types {
				b := wt.maxWords
				if b >= 2 && i+1 < n {
					b = t.gzPairs.get(hs(wt.gzState, types[i+1].lower))
				}
				bound[i] = int32(b)
				longest = max(longest, b)
			}
			if longest >= 2 {
				t.gz.matchWith(s.lower, bound, s.gzMulti, s.gzBegin)
			} else {
				// no name of two words or more can start anywhere: matching
				// would only clear these
				clear(s.gzMulti)
				clear(s.gzBegin)
				s.noMulti = true
			}
		} else {
			clear(s.gzMulti)
			clear(s.gzBegin)
			s.noMulti = true
		}
		d.ptrs[si] = s
		d.tagRow[si] = d.tags[at : at+n : at+n]
		d.margRow[si] = d.margin[at : at+n : at+n]
		t.tagTypes(d, s, tp, d.tagRow[si], d.margRow[si])
		at += n
		ap += n + 2
	}
	if !t.noConsistency {
		sport := hits >= 3 && hits*40 >= total // as sportsDoc
		consistency(d.ptrs[:len(sents)], d.tagRow[:len(sents)], d.margRow[:len(sents)], sport, &d.consistency)
	}
	copy(margins, d.margin[:total])
	out := make([][]uint8, len(sents))
	flat := make([]uint8, total)
	for i, k := range d.tags[:total] {
		flat[i] = uint8(k)
	}
	at = 0
	for i, s := range sents {
		out[i] = flat[at : at+len(s) : at+len(s)]
		at += len(s)
	}
	return out
}

// gzPairSeed starts the hashes of gzPairs, apart from every feature's.
const gzPairSeed = 255

// gazetteerPairs maps the first two words of every multi-word gazetteer
// name (hashed) to the most words of a name starting with them. Many
// common words start some name ("the" The Hague, "new" New York), and the
// gazetteer's own bound would have every such token try each longer name.
func gazetteerPairs(g *gazetteer) map[uint64]int {
	if g == nil || g.pairs == nil {
		return map[uint64]int{}
	}
	return g.pairs
}

// pairTable is gazetteerPairs with a filter in front: a bit for each of
// 2^17 ranges of the hashes (16 KB, which stays in the nearest caches),
// set where some pair falls. Most look-ups miss (a common first word and a
// word no name goes on with); the filter answers some 93% of those
// without the map, whose buckets (some 9,500 pairs) are a cache miss
// each.
type pairTable struct {
	filter *[1 << (pairBits - 6)]uint64
	pairs  map[uint64]int
}

// pairBits is how many top bits of a pair's hash pick its filter bit.
const pairBits = 17

func newPairTable(pairs map[uint64]int) pairTable {
	t := pairTable{filter: new([1 << (pairBits - 6)]uint64), pairs: pairs}
	for k := range pairs {
		b := k >> (64 - pairBits)
		t.filter[b>>6] |= 1 << (b & 63)
	}
	return t
}

// get is pairs[k] for the pairs the table was built from.
func (t *pairTable) get(k uint64) int {
	b := k >> (64 - pairBits)
	if t.filter[b>>6]&(1<<(b&63)) == 0 {
		return 0
	}
	return t.pairs[k]
}

// grow returns s resized to n, reusing its array when it is big enough.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// typesTitleCased is titleCased over word types.
func typesTitleCased(types []*docType) bool {
	long, caps := 0, 0
	for _, wt := range types {
		if !wt.long {
			continue
		}
		long++
		if wt.upperStart {
			caps++
		}
	}
	return long >= 4 && caps*10 >= long*9
}

// tagTypes is tagSentence on word types: the same features, in the same
// order, found by row rather than hashed from strings.
//
// A token's form is found from its type where it is needed, by the token
// and its neighbours, not for every token first: a token the gate passes
// needs none, nor, mostly, do its neighbours.
func (t *Tagger) tagTypes(d *docScratch, s *sentence, tp []*docType, tags []int, margin []float32) {
	n := len(tp) - 4
	caps := 0
	if s.allCaps {
		caps = 1
	}
	fx := t.fixed
	p1, p2 := NTags, NTags
	var left pairRows // of the word before and this one
	var rows rowList
	gate := !s.allCaps
	// of length n, so that the loop indexes them unchecked
	gzMulti, tags, margin := s.gzMulti[:n], tags[:n], margin[:n]
	for i := 0; i < n; i++ {
		// the token's type and those around it, or edges, which stand for
		// the sentence's bounds: a token reads its neighbours with no test
		// of where it is
		around := tp[i : i+5 : i+5]
		wt := around[2]
		if gate && p1 == 0 && wt.plain && gzMulti[i] == 0 {
			// a plain word after an O is O, unscored (plain.go); the token
			// after it needs its pair with this one unless it passes too
			tags[i], margin[i] = 0, gatedMargin
			p2, p1 = p1, 0
			if i+1 < n {
				next := around[3]
				if !next.plain || gzMulti[i+1] != 0 {
					left = t.leftPair(d, wt.wordType, &wt.forms[caps], next.wordType, &next.forms[caps])
				}
			}
			continue
		}
		f := &wt.forms[caps]
		prev2, prev, next, next2 := around[0], around[1], around[3], around[4]
		prevF, nextF := &prev.forms[caps], &next.forms[caps]
		near := [4]*weights{&prev.near[0], &next.near[1], &prev2.near[2], &next2.near[3]}
		st32, prevID := prevF.state32, prevF.shortID
		nextShort, nextID := nextF.short, nextF.shortID
		var right pairRows
		if i+1 < n {
			right = t.pair(d, wt.wordType, f, next.wordType, nextF)
		} else {
			right = t.endPair(d, wt.wordType, f)
		}
		if i == 0 {
			left = t.startPair(d, wt.wordType, f)
		}
		r21 := wt.tag21[p1]
		slot, key := d.tripleKey(prevID, f.shortID, nextID)
		r32 := slot.row
		if slot.key != key || key == 0 {
			r32 = t.tripleRow(slot, key, st32, f.short, nextShort)
		}
		// features 13 to 16 (weights of the words around, zero where the
		// model does not know them: adding a zero changes no sum, which is
		// never -0), then the rest in the order features lists them
		nr := 0
		nr = rows.add(nr, left.r17)
		nr = rows.add(nr, right.r18)
		nr = rows.add(nr, fx.tag1[p1])
		nr = rows.add(nr, fx.tag2[p2][p1])
		nr = rows.add(nr, r21)
		nr = rows.add(nr, left.r27)
		nr = rows.add(nr, right.r28)
		nr = rows.add(nr, r32)
		if i == 0 {
			nr = rows.add(nr, f.first25)
		}
		if s.allCaps {
			nr = rows.add(nr, fx.caps26)
			nr = rows.add(nr, wt.capsRow26)
		}
		if k := wt.gzKind; k != 0 {
			nr = rows.add(nr, fx.gz22[k])
			nr = rows.add(nr, f.gzShort22)
		}
		if k := gzMulti[i]; k != 0 {
			b := 0
			if s.gzBegin[i] {
				b = 1
			}
			nr = rows.add(nr, fx.gzMulti23[k][b])
		}
		if !s.allCaps && wt.lowerElsewhere {
			nr = rows.add(nr, fx.lowerElsewhere35)
			nr = rows.add(nr, fx.lowerAt35[min(i, 2)])
		}
		if prev.title {
			nr = rows.add(nr, fx.title24)
		}
		if next.possessive {
			nr = rows.add(nr, fx.possessive30)
		}
		if prev.gzKind != 0 {
			nr = rows.add(nr, fx.gzPrev33[prev.gzKind])
		}
		if next.gzKind != 0 {
			nr = rows.add(nr, fx.gzNext34[next.gzKind])
		}
		sums := f.prefix
		sumRows(&near, t.table.slots, rows.rows(nr), &sums)
		s0, s1, s2, s3, s4, s5, s6, s7, s8 := sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8]
		// the best tag and the runner-up's score among the tags allowed
		// after the previous one (allowed): O and every B-, and the one I-
		// that continues the previous tag's name, tried in order
		prevTag := p1
		if prevTag == NTags {
			prevTag = 0
		}
		cont := 0
		if prevTag > 0 {
			cont = prevTag + prevTag%2
		}
		best, top, second := 0, s0, float32(math.Inf(-1))
		best, top, second = better(best, top, second, 1, s1)
		if cont == 2 {
			best, top, second = better(best, top, second, 2, s2)
		}
		best, top, second = better(best, top, second, 3, s3)
		if cont == 4 {
			best, top, second = better(best, top, second, 4, s4)
		}
		best, top, second = better(best, top, second, 5, s5)
		if cont == 6 {
			best, top, second = better(best, top, second, 6, s6)
		}
		best, top, second = better(best, top, second, 7, s7)
		if cont == 8 {
			best, top, second = better(best, top, second, 8, s8)
		}
		tags[i] = best
		margin[i] = top - second
		p2, p1 = p1, best
		left = right
	}
}

// rowList is the rows of a token's features that the model knows, in the
// order they are summed; tagTypes keeps their count in a local variable,
// which stays in a register. A row the model does not know (noRow) is
// written and then written over, with no branch to mispredict.
type rowList [maxRows]int32

// maxRows bounds the features of a token in rows: 8 always and 12 that
// only some tokens have (tagTypes); the affixes are in the word type's
// prefix.
const maxRows = 32

// add writes r after the first n rows and returns the new count: n+1, or
// n if the model does not know r.
func (l *rowList) add(n int, r int32) int {
	l[n&(maxRows-1)] = r
	return n + int(uint32(^r)>>31) // 1 if r >= 0
}

func (l *rowList) rows(n int) []int32 { return l[:n&(maxRows-1)] }

// better is one step of choosing a token's tag: tag k with score v
// against the best so far (best, scoring top) and the runner-up's score.
// A tie keeps the earlier tag, as tagSentence does.
func better(best int, top, second float32, k int, v float32) (int, float32, float32) {
	if v > top {
		return k, v, top
	}
	if v > second {
		second = v
	}
	return best, top, second
}

// addRow adds the weights of row r, if the model has it, to sc.
func (t *Tagger) addRow(sc *[NTags]float32, r int32) {
	if r < 0 {
		return
	}
	w := &t.table.slots[r].w
	sc[0] += w[0]
	sc[1] += w[1]
	sc[2] += w[2]
	sc[3] += w[3]
	sc[4] += w[4]
	sc[5] += w[5]
	sc[6] += w[6]
	sc[7] += w[7]
	sc[8] += w[8]
}

// weights are one feature's weights, if the model knows the feature.
type weights struct {
	w  [NTags]float32
	ok bool
}

func (t *Tagger) weightsOf(r int32) weights {
	if r < 0 {
		return weights{}
	}
	return weights{w: t.table.slots[r].w, ok: true}
}
