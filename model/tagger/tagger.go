// Package tagger is byline's named-entity recogniser: a greedy averaged
// perceptron over BIO tags with word, shape, affix, context, previous-tag
// and gazetteer features, and document-level consistency on top. It is pure
// Go and its model is embedded. TagDocument works out each distinct word's
// features once (fast.go); features and prepare spell them out token by
// token for training and as the reference the fast path is tested against.
//
// The model is trained on openly licensed data (GMB news in its CoNLL-style
// relabelling, and Wikigold) by a command that reproduces it exactly:
//
//	go run ./model/tagger/train -data ../shared/data/ner -out model/tagger/model.bin
//
// and measured with
//
//	go run ./model/tagger/train -eval ../shared/data/conll2003/valid.txt
package tagger

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Tags are the BIO labels, in the order of the model's weight columns.
var Tags = [...]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// NTags is the number of labels.
const NTags = len(Tags)

//go:embed model.bin
var embeddedModel []byte

// Tagger tags tokenised sentences. It is safe for concurrent use.
type Tagger struct {
	table hashTable // feature hash -> its weights
	gz    *gazetteer
	fixed *fixedRows // rows of the features that name no word
	edge  *docType   // a sentence's bound as a token's neighbour (edgeType)
	words *wordCache // word types, shared by the copies With* makes
	// gzPairs bounds the gazetteer names starting with two words (gazetteerPairs)
	gzPairs pairTable
	// pairFilter turns away most word pairs the table lacks (pairRow)
	pairFilter keyFilter
	pool       *sync.Pool // of *docScratch, shared by the copies With* makes
	// noConsistency leaves the document-level pass out (WithoutConsistency)
	noConsistency bool

	// kept by Train for Save: the feature hash of each row and its NTags
	// weights, unquantised
	keysForSave []uint64
	w           []float32
}

var (
	defaultOnce sync.Once
	defaultTag  *Tagger
)

// Default returns the tagger built from the embedded model, loaded once.
// Without a usable model (a fresh checkout before training) it returns a
// tagger that tags nothing, so the program still runs.
func Default() *Tagger {
	defaultOnce.Do(func() {
		t, err := Load(embeddedModel)
		if err != nil {
			t = &Tagger{gz: loadGazetteer()}
			t.finish()
		}
		defaultTag = t
	})
	return defaultTag
}

// The model's two layouts. The first (modelMagicGzip, inside gzip) stores
// every weight as 16 bits; the second, embedded since, stores only the
// non-zero ones (two in three are zero) as varints and needs no inflating:
// inflating the first was most of byline's start-up (some 460M of the 600M
// instructions Load took). Load reads both, so that a model file made
// before still loads and can be rewritten (train -prune).
const (
	modelMagicGzip = "byline-ner-1"
	modelMagic     = "byline-ner-2"
)

var errTruncated = errors.New("tagger: truncated model")

// Load reads a model written by Save, in either layout.
func Load(data []byte) (*Tagger, error) {
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		return loadGzip(data)
	}
	if !bytes.HasPrefix(data, []byte(modelMagic)) {
		return nil, errors.New("tagger: not a model file")
	}
	raw := data[len(modelMagic):]
	if len(raw) < 8 {
		return nil, errTruncated
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(raw))
	n := int(binary.LittleEndian.Uint32(raw[4:]))
	raw = raw[8:]
	// every row takes three bytes at least: a key's step and a mask
	if n > len(raw)/3 {
		return nil, errTruncated
	}
	t := &Tagger{table: newHashTable(n), gz: loadGazetteer()}
	// The varints are read here rather than by encoding/binary, whose calls
	// took as long as the rest of the loop: most weights are one byte.
	var key uint64
	p := 0
	for i := 0; i < n; i++ {
		// a row: the step from the previous key (uvarint), a mask of its
		// non-zero weights (16 bits) and those weights (zigzag varints)
		step, k := uvarint8(raw[p:])
		if k <= 0 {
			return nil, errTruncated
		}
		key += step
		p += k
		if p+2 > len(raw) {
			return nil, errTruncated
		}
		mask := uint16(raw[p]) | uint16(raw[p+1])<<8
		p += 2
		if mask>>NTags != 0 {
			return nil, errors.New("tagger: bad model row")
		}
		var w [NTags]float32
		for ; mask != 0; mask &= mask - 1 {
			var u uint32
			if p < len(raw) && raw[p] < 0x80 {
				// most weights are one byte: no loop
				u = uint32(raw[p])
				p++
			} else {
				for sh := uint(0); ; sh += 7 {
					if p >= len(raw) || sh > 14 {
						return nil, errTruncated
					}
					b := raw[p]
					p++
					u |= uint32(b&0x7f) << sh
					if b < 0x80 {
						break
					}
				}
				if u > 0xffff {
					return nil, errors.New("tagger: bad model row")
				}
			}
			q := int16(int32(u>>1) ^ -int32(u&1))
			w[bits.TrailingZeros16(mask)] = float32(q) * scale
		}
		t.table.put(key, &w)
	}
	if p != len(raw) {
		return nil, errors.New("tagger: bytes after the model")
	}
	t.finish()
	return t, nil
}

// uvarint8 is binary.Uvarint(b) for a varint of up to eight bytes with
// eight bytes to read, by one load and three steps that close up the
// 7-bit groups; anything else goes to binary.Uvarint. A key's step is some
// 46 bits, seven bytes, which a byte loop read at a dozen instructions a byte.
func uvarint8(b []byte) (uint64, int) {
	if len(b) < 8 {
		return binary.Uvarint(b)
	}
	x := binary.LittleEndian.Uint64(b)
	ends := ^x & 0x8080808080808080 // the high bit of a last byte is clear
	if ends == 0 {
		return binary.Uvarint(b)
	}
	n := bits.TrailingZeros64(ends)/8 + 1
	v := x & (0x7f7f7f7f7f7f7f7f >> (64 - 8*n))
	v = v&0x007f007f007f007f | v&0x7f007f007f007f00>>1
	v = v&0x00003fff00003fff | v&0x3fff00003fff0000>>2
	v = v&0x000000000fffffff | v&0x0fffffff00000000>>4
	return v, n
}

// loadGzip reads a model in the first layout: the header, the keys
// (delta-coded), then NTags 16-bit weights a row, all inside gzip.
func loadGzip(data []byte) (*Tagger, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(raw, []byte(modelMagicGzip)) {
		return nil, errors.New("tagger: not a model file")
	}
	raw = raw[len(modelMagicGzip):]
	if len(raw) < 8 {
		return nil, errTruncated
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(raw))
	n := int(binary.LittleEndian.Uint32(raw[4:]))
	raw = raw[8:]
	if len(raw) != n*(8+2*NTags) {
		return nil, errTruncated
	}
	t := &Tagger{table: newHashTable(n), gz: loadGazetteer()}
	var key uint64
	ws := raw[8*n:]
	for i := 0; i < n; i++ {
		key += binary.LittleEndian.Uint64(raw[8*i:])
		var w [NTags]float32
		for k := range w {
			w[k] = float32(int16(binary.LittleEndian.Uint16(ws[2*(i*NTags+k):]))) * scale
		}
		t.table.put(key, &w)
	}
	t.finish()
	return t, nil
}

// finish readies a tagger whose table and weights are in place for tagging.
func (t *Tagger) finish() {
	t.fixed = t.fixedRows()
	t.edge = t.edgeType()
	t.pairFilter = newKeyFilter(&t.table)
	t.words = newWordCache()
	t.gzPairs = newPairTable(gazetteerPairs(t.gz))
	t.pool = &sync.Pool{}
}

// WithoutConsistency returns a copy of the tagger that leaves out the
// document-level consistency pass, to measure what that pass adds.
func (t *Tagger) WithoutConsistency() *Tagger {
	c := *t
	c.noConsistency = true
	return &c
}

// hashTable is an open-addressing map from feature hashes to their
// weights. The table (some 25 MB) is far larger than the CPU's caches, and
// on real news most of the slots a document needs are in none of them, so
// a look-up is laid out to go to memory at most once: a key and its
// weights share one slot, and a small array of 8-bit fingerprints (512 KB,
// which stays cached) answers for the slots first. Most features a
// document asks for are unknown to the model (word pairs seldom repeat),
// and those are turned away by the fingerprints alone. A feature's row is
// its slot's index.
type hashTable struct {
	fps   []uint8 // fingerprint of each slot's key, 0 for an empty slot
	slots []slot
	mask  uint64
}

type slot struct {
	key uint64
	w   [NTags]float32
	// padding to 64 bytes, a cache line: a 48-byte slot spans two lines
	// half the time, and a look-up then waits on both
	_ [64 - 8 - 4*NTags]byte
}

func newHashTable(n int) hashTable {
	size := 1
	for size < n+n/2+1 {
		size <<= 1
	}
	return hashTable{fps: make([]uint8, size), slots: make([]slot, size), mask: uint64(size - 1)}
}

// fingerprint is the part of key k kept in fps: its top bits, which the
// slot's index (the low bits) does not use, and never 0.
func fingerprint(k uint64) uint8 {
	if f := uint8(k >> 56); f != 0 {
		return f
	}
	return 1
}

func (h *hashTable) put(k uint64, w *[NTags]float32) {
	if k == 0 {
		k = 1
	}
	for i := k & h.mask; ; i = (i + 1) & h.mask {
		if s := &h.slots[i]; s.key == 0 || s.key == k {
			s.key, s.w = k, *w
			h.fps[i] = fingerprint(k)
			return
		}
	}
}

func (h *hashTable) get(k uint64) (int32, bool) {
	r := h.row(k)
	return max(r, 0), r >= 0
}

// row is the row (slot) of feature hash k, or noRow when the model does
// not know the feature. Written out rather than through get, so that the
// compiler inlines it: the fast path asks it some 1.2 million times in two
// passes of PolNeAR train, at ten instructions a call.
func (h *hashTable) row(k uint64) int32 {
	if len(h.slots) == 0 {
		return noRow
	}
	k = max(k, 1)
	fp := fingerprint(k)
	for i := k & h.mask; ; i = (i + 1) & h.mask {
		switch h.fps[i] {
		case fp:
			if h.slots[i].key == k {
				return int32(i)
			}
		case 0:
			return noRow
		}
	}
}

// sentence holds one sentence's precomputed token properties.
type sentence struct {
	words   []string
	lower   []string
	shape   []string
	short   []string
	gzKind  []uint8 // single-word gazetteer kinds
	gzMulti []uint8 // multi-word gazetteer kinds
	gzBegin []bool
	// noMulti: gzBegin is known to be false throughout, as the fast path
	// knows from matching (false: not known), which spares the consistency
	// pass a look at every token for a country's name of several words
	noMulti bool
	// upperStart: the word is capitalised (isUpperStart), which the
	// consistency pass asks of every token; the fast path has it from the
	// word types, sparing the pass a look at every word's bytes
	upperStart []bool
	allCaps    bool
	// lowerElsewhere: a capitalised word the document also uses in lower
	// case ("Negotiations" at a sentence start, "negotiations" later)
	lowerElsewhere []bool
}

// lowerWords is the set of words a document uses in lower case.
func lowerWords(sents [][]string) map[string]bool {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range s {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				seen[w] = true
			}
		}
	}
	return seen
}

// sportsWords are words of sports reports and results tables.
var sportsWords = map[string]bool{
	"beat": true, "beats": true, "match": true, "matches": true, "innings": true, "wicket": true,
	"wickets": true, "goal": true, "goals": true, "scored": true, "league": true, "championship": true,
	"cup": true, "drew": true, "halftime": true, "half-time": true, "points": true, "runs": true,
	"soccer": true, "cricket": true, "rugby": true, "tennis": true, "baseball": true, "basketball": true,
	"hockey": true, "striker": true, "midfielder": true, "defender": true, "goalkeeper": true, "penalty": true,
	"tournament": true, "semifinal": true, "semi-final": true, "quarter-final": true, "quarterfinal": true,
	"stadium": true, "squad": true, "division": true, "standings": true, "inning": true, "batting": true,
	"bowling": true, "bowled": true, "homer": true, "pitcher": true, "touchdown": true, "scorers": true,
	"scorer": true, "fixtures": true, "racing": true, "lap": true, "seeded": true, "olympic": true,
	"athletics": true, "golf": true, "par": true, "nhl": true, "nba": true, "nfl": true,
}

// sportsDoc reports whether a document reads as sports news: several sports
// words or match scores ("2-1") for its length. In sports news teams named
// after places are organisations.
func sportsDoc(sents []*sentence) bool {
	hits, n := 0, 0
	for _, s := range sents {
		for _, w := range s.lower {
			n++
			if sportsWords[w] || isScore(w) {
				hits++
			}
		}
	}
	return hits >= 3 && hits*40 >= n
}

// sportKickers name a sport at the head of a report: "SOCCER - …",
// "Cricket: …", as agencies and sports pages label their copy.
var sportKickers = map[string]bool{"soccer": true, "football": true, "cricket": true, "rugby": true, "tennis": true,
	"golf": true, "baseball": true, "basketball": true, "hockey": true, "athletics": true, "cycling": true,
	"boxing": true, "swimming": true, "skiing": true, "motorcycling": true, "motor": true, "horse": true,
	"racing": true, "sailing": true, "rowing": true, "badminton": true, "squash": true, "volleyball": true,
	"handball": true, "snooker": true, "nfl": true, "nba": true, "nhl": true, "formula": true}

// sportsKicker reports whether a document's first line is labelled with
// a sport ("SOCCER - RESULTS"): results and tables say too little in
// words for sportsDoc to see the sport in them.
func sportsKicker(sents []*sentence) bool {
	if len(sents) == 0 || len(sents[0].lower) < 3 {
		return false
	}
	s := sents[0]
	if !sportKickers[s.lower[0]] {
		return false
	}
	for k := 1; k < len(s.words) && k < 4; k++ {
		if s.words[k] == "-" || s.words[k] == ":" || s.words[k] == "–" || s.words[k] == "—" {
			return true
		}
	}
	return false
}

// isScore reports whether w looks like a match score: digits, a hyphen,
// digits, each side at most three digits.
func isScore(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 1 || i > 3 || len(w)-i-1 < 1 || len(w)-i-1 > 3 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if k != i && (w[k] < '0' || w[k] > '9') {
			return false
		}
	}
	return true
}

func (t *Tagger) prepare(words []string, docLower map[string]bool, headline bool) *sentence {
	s := &sentence{words: words, lower: make([]string, len(words)), shape: make([]string, len(words)),
		short: make([]string, len(words)), gzKind: make([]uint8, len(words)), gzMulti: make([]uint8, len(words)),
		gzBegin: make([]bool, len(words)), lowerElsewhere: make([]bool, len(words)),
		upperStart: make([]bool, len(words))}
	letters, upper := 0, 0
	for i, w := range words {
		s.lower[i] = normWord(w)
		s.upperStart[i] = isUpperStart(w)
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
	}
	s.allCaps = letters >= 6 && upper == letters
	if !s.allCaps && headline && titleCased(words) {
		// a Title Case headline says as little about names as capitals do
		s.allCaps = true
	}
	for i, w := range words {
		if s.allCaps {
			w = s.lower[i]
		}
		s.shape[i], s.short[i] = shapes(w)
		if !s.allCaps && docLower[strings.ToLower(words[i])] && isUpperStart(words[i]) {
			s.lowerElsewhere[i] = true
		}
		if t.gz != nil {
			s.gzKind[i] = t.gz.names[s.lower[i]] &^ gzBigCity // size is a prior, not a feature
		}
	}
	if t.gz != nil {
		t.gz.match(s.lower, s.gzMulti, s.gzBegin)
	}
	return s
}

// titleCased reports whether a sentence capitalises (nearly) every word of
// four letters or more, as headlines do.
func titleCased(words []string) bool {
	long, caps := 0, 0
	for _, w := range words {
		if utf8.RuneCountInString(w) < 4 || !unicode.IsLetter([]rune(w)[0]) {
			continue
		}
		long++
		if isUpperStart(w) {
			caps++
		}
	}
	return long >= 4 && caps*10 >= long*9
}

func isUpperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// normWord lower-cases a word and folds digits to 0 and curly apostrophes
// to straight ones.
func normWord(w string) string {
	simple := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			simple = false
			break
		}
	}
	if simple {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		case r == '’':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// shapes gives a word's shape (Xxxx, dd.d) and its short form (Xx, d.d).
func shapes(w string) (string, string) {
	long, short := appendShapes(nil, nil, w)
	return string(long), string(short)
}

// appendShapes appends word w's shape (at most maxShape bytes) to long
// and its short form to short, so that the fast path can build them in
// buffers of its own rather than as new strings (fillForm).
func appendShapes(long, short []byte, w string) ([]byte, []byte) {
	var last byte
	n := 0
	for i, r := range w {
		var c byte
		switch {
		case r < utf8.RuneSelf && (r != 'A' || n == 0):
			c = asciiShape[r] // most letters: the cases below, from a table
		case r >= 0x300 && unicode.Is(unicode.Mn, r):
			// a combining accent belongs to the letter before it: a
			// name written decomposed has the shape of the composed one
			continue
		case n > 0 && (r == 'A' || r == 0xC2 || r == 0xC3) && misdecodedLead(w, i, r):
			c = 'x'
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case n > 0 && r <= 0xBF:
			// a sign inside a word is the second byte of an accented
			// letter read as Latin-1 ("PeÃ±a"): a lower-case letter
			c = 'x'
		default:
			c = '*'
		}
		if n < maxShape {
			long = append(long, c)
		}
		n++
		if c != last {
			short = append(short, c)
			last = c
		}
	}
	return long, short
}

// asciiShape is an ASCII character's shape as appendShapes gives it
// (but for an 'A' inside a word, which may be misdecoded): X for a
// capital, x for a small letter, d for a digit, any other as it is.
var asciiShape = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = 'X'
		case 'a' <= c && c <= 'z':
			t[c] = 'x'
		case '0' <= c && c <= '9':
			t[c] = 'd'
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// maxShape is the most characters of a word's shape.
const maxShape = 6

// misdecodedLead reports whether r at w[i], inside a word, is the Ã or Â
// that UTF-8 read as Latin-1 puts before the second byte of an accented
// letter ("PeÃ±a" for "Peña"), composed or as A with a combining mark. A
// capital there is a lower-case letter that lost its way, not a capital
// inside a name.
func misdecodedLead(w string, i int, r rune) bool {
	switch r {
	case 0xC3, 0xC2:
		return true
	case 'A':
		next, _ := utf8.DecodeRuneInString(w[i+1:])
		return next == 0x303 || next == 0x302
	}
	return false
}

// feature hashing: FNV-1a over a template number and strings.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func h0(tmpl byte) uint64 { return (fnvOffset ^ uint64(tmpl)) * fnvPrime }

func hs(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

// hsb is hs over the bytes of b.
func hsb(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

// hsMany sets each state of hs to hs(state, s), four chains a pass over
// s's bytes: a new word type hashes its lower-cased word for some twenty
// features, and one multiplication after another of one chain keeps the
// CPU waiting where four side by side do not.
func hsMany(states []uint64, s string) {
	k := 0
	// eight chains a pass, where there are eight: one load of each byte
	// and one loop's bookkeeping for eight multiplications
	for ; k+8 <= len(states); k += 8 {
		st := (*[8]uint64)(states[k : k+8])
		a, b, c, d, e, f, g, h := st[0], st[1], st[2], st[3], st[4], st[5], st[6], st[7]
		for i := 0; i < len(s); i++ {
			x := uint64(s[i])
			a = (a ^ x) * fnvPrime
			b = (b ^ x) * fnvPrime
			c = (c ^ x) * fnvPrime
			d = (d ^ x) * fnvPrime
			e = (e ^ x) * fnvPrime
			f = (f ^ x) * fnvPrime
			g = (g ^ x) * fnvPrime
			h = (h ^ x) * fnvPrime
		}
		st[0], st[1], st[2], st[3] = (a^0xff)*fnvPrime, (b^0xff)*fnvPrime, (c^0xff)*fnvPrime, (d^0xff)*fnvPrime
		st[4], st[5], st[6], st[7] = (e^0xff)*fnvPrime, (f^0xff)*fnvPrime, (g^0xff)*fnvPrime, (h^0xff)*fnvPrime
	}
	if len(states)-k == 3 {
		// three together (a new word type's nineteen end so)
		st := (*[3]uint64)(states[k : k+3])
		a, b, c := st[0], st[1], st[2]
		for i := 0; i < len(s); i++ {
			x := uint64(s[i])
			a = (a ^ x) * fnvPrime
			b = (b ^ x) * fnvPrime
			c = (c ^ x) * fnvPrime
		}
		st[0], st[1], st[2] = (a^0xff)*fnvPrime, (b^0xff)*fnvPrime, (c^0xff)*fnvPrime
		return
	}
	for ; k+4 <= len(states); k += 4 {
		a, b, c, d := states[k], states[k+1], states[k+2], states[k+3]
		for i := 0; i < len(s); i++ {
			x := uint64(s[i])
			a = (a ^ x) * fnvPrime
			b = (b ^ x) * fnvPrime
			c = (c ^ x) * fnvPrime
			d = (d ^ x) * fnvPrime
		}
		states[k], states[k+1] = (a^0xff)*fnvPrime, (b^0xff)*fnvPrime
		states[k+2], states[k+3] = (c^0xff)*fnvPrime, (d^0xff)*fnvPrime
	}
	for ; k < len(states); k++ {
		states[k] = hs(states[k], s)
	}
}

// hs2 is hs(h1, s), hs(h2, s).
func hs2(h1, h2 uint64, s string) (uint64, uint64) {
	for i := 0; i < len(s); i++ {
		c := uint64(s[i])
		h1 = (h1 ^ c) * fnvPrime
		h2 = (h2 ^ c) * fnvPrime
	}
	return (h1 ^ 0xff) * fnvPrime, (h2 ^ 0xff) * fnvPrime
}

func hb(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

// titleWords before a name mark it as a person's.
var titleWords = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"president": true, "minister": true, "senator": true, "sen.": true, "governor": true, "gov.": true,
	"mayor": true, "king": true, "queen": true, "pope": true, "general": true, "gen.": true, "chancellor": true,
	"sheikh": true, "prince": true, "princess": true, "judge": true, "rep.": true, "secretary": true,
	"spokesman": true, "spokeswoman": true, "leader": true, "chief": true, "coach": true, "captain": true,
	"prof.": true, "professor": true, "sir": true, "lord": true, "ambassador": true, "envoy": true,
}

// features appends the hashed features of token i given the two previous
// tags to buf.
func features(s *sentence, i int, p1, p2 int, buf []uint64) []uint64 {
	n := len(s.words)
	lw := s.lower[i]
	word := s.words[i]
	if s.allCaps {
		word = lw
	}
	prev := func(k int) string {
		if k < 0 {
			return "<s>"
		}
		if k >= n {
			return "</s>"
		}
		return s.lower[k]
	}
	shp := func(k int) string {
		if k < 0 || k >= n {
			return "-"
		}
		return s.short[k]
	}
	buf = append(buf,
		h0(1),
		hs(h0(2), lw),
		hs(h0(3), word),
		hs(h0(4), s.shape[i]),
		hs(h0(5), s.short[i]),
	)
	// affixes: like the five above, features of the word alone, which
	// the fast path adds up once for every word type (form.prefix)
	rs := []rune(lw)
	for k := 1; k <= 3 && k <= len(rs); k++ {
		buf = append(buf, hs(h0(byte(5+k)), string(rs[:k])))
	}
	for k := 1; k <= 4 && k <= len(rs); k++ {
		buf = append(buf, hs(h0(byte(8+k)), string(rs[len(rs)-k:])))
	}
	buf = append(buf,
		hs(h0(13), prev(i-1)),
		hs(h0(14), prev(i+1)),
		hs(h0(15), prev(i-2)),
		hs(h0(16), prev(i+2)),
		hs(hs(h0(17), shp(i-1)), s.short[i]),
		hs(hs(h0(18), shp(i+1)), s.short[i]),
		hb(h0(19), byte(p1)),
		hb(hb(h0(20), byte(p2)), byte(p1)),
		hs(hb(h0(21), byte(p1)), lw),
		hs(hs(h0(27), prev(i-1)), lw),
		hs(hs(h0(28), lw), prev(i+1)),
		hs(hs(hs(h0(32), shp(i-1)), s.short[i]), shp(i+1)),
	)
	if i == 0 {
		buf = append(buf, hs(h0(25), s.short[i]))
	}
	if s.allCaps {
		buf = append(buf, h0(26), hs(h0(26), lw))
	}
	if k := s.gzKind[i]; k != 0 {
		buf = append(buf, hb(h0(22), k), hb(hs(h0(22), s.short[i]), k))
	}
	if k := s.gzMulti[i]; k != 0 {
		b := byte(0)
		if s.gzBegin[i] {
			b = 1
		}
		buf = append(buf, hb(hb(h0(23), k), b))
	}
	if s.lowerElsewhere[i] {
		buf = append(buf, h0(35), hb(h0(35), byte(min(i, 2))))
	}
	if i > 0 && titleWords[s.lower[i-1]] {
		buf = append(buf, h0(24))
	}
	if i+1 < n && (s.lower[i+1] == "'s") {
		buf = append(buf, h0(30))
	}
	if i > 0 {
		if k := s.gzKind[i-1]; k != 0 {
			buf = append(buf, hb(h0(33), k))
		}
	}
	if i+1 < n {
		if k := s.gzKind[i+1]; k != 0 {
			buf = append(buf, hb(h0(34), k))
		}
	}
	return buf
}

// allowed reports whether tag may follow prev: I-X only after B-X or I-X.
func allowed(prev, tag int) bool {
	if tag == 0 || tag%2 == 1 {
		return true
	}
	return prev == tag || prev == tag-1
}

// score adds up the weights of the features into sc.
func (t *Tagger) score(feats []uint64, sc *[NTags]float32) {
	*sc = [NTags]float32{}
	for _, f := range feats {
		row := t.table.row(f)
		if row < 0 {
			continue
		}
		w := &t.table.slots[row].w
		for k := range sc {
			sc[k] += w[k]
		}
	}
}

// tagSentence tags one prepared sentence greedily, left to right, and
// returns the tag numbers and each tag's margin over the runner-up.
func (t *Tagger) tagSentence(s *sentence, buf []uint64) ([]int, []float32) {
	tags := make([]int, len(s.words))
	margin := make([]float32, len(s.words))
	p1, p2 := NTags, NTags // start symbols
	var sc [NTags]float32
	for i := range s.words {
		if !s.allCaps && p1 == 0 && s.gzMulti[i] == 0 &&
			t.plainWord(s.words[i], s.lower[i], s.gzKind[i], t.table.row(hs(h0(2), s.lower[i]))) {
			// the gate (plain.go)
			tags[i], margin[i] = 0, gatedMargin
			p2, p1 = p1, 0
			continue
		}
		buf = features(s, i, p1, p2, buf[:0])
		t.score(buf, &sc)
		best, second := -1, float32(math.Inf(-1))
		for k := 0; k < NTags; k++ {
			prev := p1
			if prev == NTags {
				prev = 0
			}
			if !allowed(prev, k) {
				continue
			}
			if best < 0 || sc[k] > sc[best] {
				if best >= 0 {
					second = sc[best]
				}
				best = k
			} else if sc[k] > second {
				second = sc[k]
			}
		}
		tags[i] = best
		margin[i] = sc[best] - second
		p2, p1 = p1, best
	}
	return tags, margin
}

// TagDocument tags every sentence of one document with IOB2 tags. out[i]
// has len(sents[i]). A name tagged confidently once keeps its type in the
// rest of the document, and a person's surname alone is the person.
func (t *Tagger) TagDocument(sents [][]string) [][]string {
	ids := t.TagIDs(sents)
	out := make([][]string, len(ids))
	flat := make([]string, 0, countWords(sents))
	for i, row := range ids {
		at := len(flat)
		for _, k := range row {
			flat = append(flat, Tags[k])
		}
		out[i] = flat[at:len(flat):len(flat)]
	}
	return out
}

// TagIDs is TagDocument with each tag given by its index in Tags: a byte
// a word, where TagDocument's strings take sixteen (and the collector
// must look through them).
func (t *Tagger) TagIDs(sents [][]string) [][]uint8 {
	return t.tagFast(sents, nil)
}

// countWords is the words of all sentences.
func countWords(sents [][]string) int {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	return n
}

// tagReference is TagDocument the plain way, feature string by feature
// string, as training sees the features: the fast path is tested against it.
func (t *Tagger) tagReference(sents [][]string) [][]string {
	prepared := make([]*sentence, len(sents))
	tags := make([][]int, len(sents))
	margins := make([][]float32, len(sents))
	buf := make([]uint64, 0, 64)
	docLower := lowerWords(sents)
	for i, words := range sents {
		prepared[i] = t.prepare(words, docLower, i == 0)
		tags[i], margins[i] = t.tagSentence(prepared[i], buf)
	}
	if !t.noConsistency {
		consistency(prepared, tags, margins, sportsDoc(prepared), nil)
	}
	out := make([][]string, len(sents))
	for i := range tags {
		out[i] = make([]string, len(tags[i]))
		for j, k := range tags[i] {
			out[i][j] = Tags[k]
		}
	}
	return out
}

// Priors added to the place vote of names found in the gazetteers.
const countryPrior, townPrior float32 = 20, 6

// span is a tagged name: a token range and a type (1 PER, 2 LOC, 3 ORG, 4 MISC).
type span struct{ s, e, typ int }

// spansOf returns the names tagged in tags.
func spansOf(tags []int) []span { return appendSpans(nil, tags) }

// appendSpans appends the names tagged in tags to out, so that the passes
// over a document can reuse one slice.
func appendSpans(out []span, tags []int) []span {
	for i := 0; i < len(tags); {
		// most tags are O: passed over in a loop of their own, four at a
		// step (tags are never negative, so four are O when their OR is)
		for ; i+4 <= len(tags); i += 4 {
			if q := tags[i : i+4 : i+4]; q[0]|q[1]|q[2]|q[3] != 0 {
				break
			}
		}
		for i < len(tags) && tags[i] == 0 {
			i++
		}
		if i == len(tags) {
			break
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

// consistency is the document-level pass. Names are collected with their
// types (weighted by confidence); then every capitalised occurrence of a
// known name that the greedy pass left untagged or typed against the
// majority is given the majority type, and a lone surname of a person is
// that person. Last come rules for names whose type the words around them
// give away: teams in sports news (sportsTeams), countries taken for
// organisations (countries), companies (companies, orgJoins).
//
// sport says whether the document reads as sports news (sportsDoc).
//
// c holds the pass's maps and buffers between documents (nil: new ones).
func consistency(sents []*sentence, tags [][]int, margins [][]float32, sport bool, c *consistencyScratch) {
	if c == nil {
		c = &consistencyScratch{}
	}
	c.reset()
	sport = sport || sportsKicker(sents)
	for i, s := range sents {
		resultLine(s, tags[i], sport)
	}
	if sport {
		nicknames(sents, tags)
	}
	spans, surnames, surnameSet := c.spans, c.surnames, &c.surnameSet
	defer func() { c.spans = spans }()
	maxLen := 1
	for i, s := range sents {
		spans = appendSpans(spans[:0], tags[i])
		for _, sp := range spans {
			at := c.voteOf(s.lower[sp.s:sp.e]) // may grow c.vs: first
			v := &c.vs[at]
			conf := float32(0)
			for k := sp.s; k < sp.e; k++ {
				conf += margins[i][k]
			}
			v.w[sp.typ] += 1 + conf/float32(sp.e-sp.s)
			if sp.e-sp.s > maxLen {
				maxLen = sp.e - sp.s
			}
			if sp.typ == 1 && sp.e-sp.s > 1 && !s.allCaps {
				surnames[s.lower[sp.e-1]] = true
				surnameSet.add(s.lower[sp.e-1])
			}
		}
	}
	// a prior from the gazetteers: a country is a place unless the text says
	// otherwise again and again ("Moscow has said" is the Russian state, and
	// still a place in news convention); towns and regions lean the same way
	// (in sports news a town is its team, so only countries get the prior)
	// over vs, in the order the names came, rather than over the map: each
	// name's prior is its own, so the order changes nothing
	vs := c.vs
	gz := loadGazetteer()
	for at := range vs {
		v, key := &vs[at], vs[at].key
		if gz != nil {
			k := gz.names[key]
			if k&gzCountry != 0 && strings.Contains(key, " ") {
				v.w[1] = 0 // "Sri Lanka", "New Zealand": no one's name
			}
			switch {
			case homeNation(key):
				v.w[2] += countryPrior
			case sport && k&gzCountry == 0:
			case k&(gzCountry|gzBigCity) != 0:
				v.w[2] += countryPrior
			case k&(gzCity|gzRegion) != 0 && k&gzDemonym == 0:
				v.w[2] += townPrior
			}
		}
	}
	// best is the type with the most votes of the name at vs[at]
	best := func(at int32) int {
		v := &vs[at]
		b := 1
		for typ := 2; typ <= 4; typ++ {
			if v.w[typ] > v.w[b] {
				b = typ
			}
		}
		return b
	}
	capital := func(s *sentence, k int) bool { return s.upperStart[k] }
	// multi-word country names are one place: "Czech Republic", "Sri Lanka"
	for i, s := range sents {
		if s.noMulti {
			continue
		}
		tg := tags[i]
		for j := 0; j < len(tg); j++ {
			if !s.gzBegin[j] || s.gzMulti[j]&gzCountry == 0 || !capital(s, j) {
				continue
			}
			e := j + 1
			for e < len(tg) && s.gzMulti[e] != 0 && !s.gzBegin[e] {
				e++
			}
			one := tg[j]%2 == 1 && (e == len(tg) || tg[e] == 0 || tg[e]%2 == 1)
			for k := j + 1; k < e && one; k++ {
				one = tg[k] == tg[j]+1
			}
			if one {
				continue // already one name, whatever its type
			}
			if (j > 0 && tg[j] != 0 && tg[j]%2 == 0) || (e < len(tg) && tg[e] != 0 && tg[e]%2 == 0) {
				continue // part of a longer name
			}
			tg[j] = 3
			for k := j + 1; k < e; k++ {
				tg[k] = 4
			}
		}
	}
	for i, s := range sents {
		tg := tags[i]
		for j := 0; j < len(tg); {
			if !capital(s, j) {
				j++
				continue
			}
			// the longest known name starting here (found: its votes, at
			// vs[found])
			matched, found := 0, int32(0)
			if c.startSet.mayHave(s.lower[j]) { // most capitalised words start no name
				matched, found = c.nameAt(s.lower[j : j+min(maxLen, len(tg)-j)])
			}
			if matched == 0 {
				if tg[j] == 0 && (j+1 >= len(tg) || tg[j+1] == 0 || tg[j+1]%2 == 1) &&
					surnameSet.mayHave(s.lower[j]) && surnames[s.lower[j]] {
					if j == 0 || tg[j-1] == 0 || s.allCaps {
						tg[j] = 1
					}
				}
				j++
				continue
			}
			typ := best(found)
			// rewrite only where it does not cut into a longer name tagged here
			inside := j > 0 && tg[j] != 0 && tg[j]%2 == 0
			after := j+matched < len(tg) && tg[j+matched] != 0 && tg[j+matched]%2 == 0
			if !inside && !after {
				tg[j] = 2*typ - 1
				for k := j + 1; k < j+matched; k++ {
					tg[k] = 2 * typ
				}
			}
			j += matched
		}
	}
	if sport {
		sportsTeams(sents, tags, surnames)
		competitions(sents, tags)
		cityClubs(sents, tags)
	}
	// the last three passes read the names of every sentence, found once
	// and again only after a pass has retyped some
	names := &c.names
	names.find(tags)
	if countries(sents, tags, names) {
		names.find(tags)
	}
	if companies(sents, tags, surnames, names) {
		names.find(tags)
	}
	for i, s := range sents {
		orgJoins(s, tags[i], names.of(i))
	}
}

// consistencyScratch is what the consistency pass keeps between the
// documents of one scratch: its maps and buffers, emptied but not given
// back, which spares it growing them for every document.
type consistencyScratch struct {
	spans []span // reused for every sentence
	// votes maps a name to its votes in vs: one array rather than an
	// allocation for every name. A name of one word with no space is not
	// in it but in starts (nameStart.one), which a look-up of the word
	// finds anyway.
	votes    vocabTable
	vs       []vote
	surnames map[string]bool
	// starts bounds the words of the names voted for by what they start
	// with (firstWord): most capitalised words start none, and need no
	// look-up of every longer name. It maps a first word to its entry in
	// st. Both tables are vocabTables (vocab.go), which hash a word once
	// and compare integers, where Go's maps took some 56M instructions of
	// the pass's 235M over two passes of PolNeAR train.
	starts vocabTable
	st     []nameStart
	name   []byte // names are looked up by their bytes, built once
	names  docSpans
	// startSet and surnameSet hold the keys of starts and surnames, so
	// that a capitalised word in neither, most of them, costs no hashing
	startSet, surnameSet wordFilter
}

// voteOf returns the index in c.vs of the votes of the name of words (a
// name's lower-case words), adding the name if it is new.
func (c *consistencyScratch) voteOf(words []string) int32 {
	w := words[0]
	if len(words) == 1 && strings.IndexByte(w, ' ') < 0 {
		// a name of one word with no space is its own first word: its
		// votes are found in starts, with no copy and no look-up in votes
		st := c.startOf(w)
		if st.one == 0 {
			c.vs = append(c.vs, vote{key: w})
			st.one = int32(len(c.vs))
			st.words = max(st.words, 1)
			c.startSet.add(w)
		}
		return st.one - 1
	}
	c.name = joinWords(c.name[:0], words)
	at, ok := c.votes.findBytes(c.name)
	if ok {
		return at
	}
	at = int32(len(c.vs))
	key := w // a name of one word is its word: no copy
	if len(words) > 1 {
		key = string(c.name)
	}
	c.vs = append(c.vs, vote{key: key})
	c.votes.add(key, at)
	// the name's first word is its first word's (firstWord), a string the
	// sentence already has
	first, n := firstWord(w), int32(bytes.Count(c.name, space)+1)
	if st := c.startOf(first); n > st.words { // a new first word's is 0: set
		st.words = n
	}
	c.startSet.add(first)
	return at
}

// nameAt returns the most of words, from the first on, that join into a
// name voted for (0 if none) and the index of its votes in c.vs. Most
// capitalised words start none, which c.startSet tells the caller without
// a call.
func (c *consistencyScratch) nameAt(words []string) (matched int, found int32) {
	w := words[0]
	first := firstWord(w)
	var st nameStart
	if i, ok := c.starts.find(first); ok {
		st = c.st[i]
	}
	longest := min(len(words), int(st.words))
	if longest >= 2 {
		c.name = joinWords(c.name[:0], words[:longest])
		for l, end := longest, len(c.name); l >= 2; l-- {
			if at, ok := c.votes.findBytes(c.name[:end]); ok {
				return l, at
			}
			end -= len(words[l-1]) + 1 // drop the last word and its space
		}
	}
	// the name of this word alone: with no space, starts has it
	switch {
	case longest < 1:
	case len(first) == len(w):
		if st.one != 0 {
			return 1, st.one - 1
		}
	default:
		if at, ok := c.votes.find(w); ok {
			return 1, at
		}
	}
	return 0, 0
}

// startOf is the entry in c.st of first word w, added (all zero) if new.
func (c *consistencyScratch) startOf(w string) *nameStart {
	i, ok := c.starts.find(w)
	if !ok {
		i = int32(len(c.st))
		c.st = append(c.st, nameStart{})
		c.starts.add(w, i)
	}
	return &c.st[i]
}

// nameStart is what the consistency pass knows of the names voted for
// that start with one first word: the most words of one (counted by
// spaces), and one more than the index in vs of the name that is the first
// word alone (0: none voted for).
type nameStart struct{ words, one int32 }

// wordFilter is a set of 1,024 bits, one for each value of filterKey: a
// string whose bit is clear is none of the strings added, nor starts with
// the first word of one.
type wordFilter [16]uint64

// filterKey is a number below 1,024 made from a string's first two bytes,
// a space counting as none and ending them: so a string and any string
// starting with its first word ("new" and "new york") have the same key.
func filterKey(w string) uint32 {
	if w == "" || w[0] == ' ' {
		return 0
	}
	k := uint32(w[0]) << 8
	if len(w) > 1 && w[1] != ' ' {
		k |= uint32(w[1])
	}
	return k * 0x9e3779b1 >> 22
}

func (f *wordFilter) add(w string) {
	k := filterKey(w)
	f[k>>6] |= 1 << (k & 63)
}

// mayHave is false when w is none of the strings added, nor starts with
// the first word of one.
func (f *wordFilter) mayHave(w string) bool {
	k := filterKey(w)
	return f[k>>6]&(1<<(k&63)) != 0
}

// docSpans is the names of every sentence of a document, found at once
// (find): those of sentence i are all[ends[i-1]:ends[i]]. A pass that
// rewrites a sentence's tags only after reading its names reads the same
// names as it would find then, provided no pass before it rewrote any.
type docSpans struct {
	all  []span
	ends []int
}

// find finds the names of every sentence in tags, reusing the buffers.
func (d *docSpans) find(tags [][]int) {
	d.all, d.ends = d.all[:0], d.ends[:0]
	for _, tg := range tags {
		d.all = appendSpans(d.all, tg)
		d.ends = append(d.ends, len(d.all))
	}
}

// of is the names of sentence i.
func (d *docSpans) of(i int) []span {
	if i == 0 {
		return d.all[:d.ends[0]]
	}
	return d.all[d.ends[i-1]:d.ends[i]]
}

// vote is the votes for one name's type, indexed as span.typ, and the
// name, its key in votes.
type vote struct {
	w   [5]float32
	key string
}

// reset empties c for a document, keeping what it has grown. A map that
// grew past a document's worth is dropped rather than kept at that size.
func (c *consistencyScratch) reset() {
	const keep = 1 << 12
	if c.surnames == nil || len(c.surnames) > keep || c.votes.n > keep || c.starts.n > keep {
		c.votes, c.surnames, c.starts = vocabTable{}, map[string]bool{}, vocabTable{}
	}
	c.votes.reset()
	clear(c.surnames)
	c.starts.reset()
	c.st = c.st[:0]
	c.startSet, c.surnameSet = wordFilter{}, wordFilter{}
	clear(c.vs) // the names, which belong to the document before
	c.vs = c.vs[:0]
}

// space is a space, for bytes.Count.
var space = []byte{' '}

// firstWord is s up to its first space. A name that joins words from
// word w on starts with firstWord(w) and has at least as many words,
// counted by spaces, as it joins.
func firstWord(s string) string {
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[:k]
	}
	return s
}

// joinWords appends words to buf with a space between each two.
func joinWords(buf []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return buf
}

// companyAfter reports whether w after a one-word name, or after its
// possessive, shows a company, and companyBefore whether w before it does:
// "Halvard shares", "Korvell 's board", "acquisition of Boatmen". A switch
// rather than a map: the consistency pass asks of most names, and a switch
// on a few constant words costs less than hashing one.
func companyAfter(w string) bool {
	switch w {
	case "shares", "stock", "stocks", "shareholders", "board", "chairman", "subsidiary", "subsidiaries",
		"profits", "earnings", "spokesman", "spokeswoman", "executives", "unit", "division", "stake", "plant",
		"factory", "brand", "products", "revenues", "revenue":
		return true
	}
	return false
}

// companyBefore: see companyAfter.
func companyBefore(w string) bool {
	switch w {
	case "acquisition", "takeover", "bid", "merger", "stake", "shares", "acquire", "acquired", "buy", "bought":
		return true
	}
	return false
}

// companies retypes a one-word name the tagger took for a person or an
// unknown place as an organisation when one of its mentions reads as a
// company's (or is one already), and then every mention; likewise the
// first word of a company's full name ("Halvard" for Halvard International
// Inc). Known people (the surname of a full name in the document) and
// gazetteer places keep their types.
//
// It reads the names as found in names (the first two loops only read the
// tags, and the last rewrites a sentence's only after reading its names),
// and reports whether it retyped any.
func companies(sents []*sentence, tags [][]int, surnames map[string]bool, names *docSpans) bool {
	g := loadGazetteer()
	found := map[string]bool{}
	for i, s := range sents {
		if s.allCaps {
			continue
		}
		for _, sp := range names.of(i) {
			if sp.e-sp.s != 1 || sp.typ == 4 {
				continue
			}
			next := ""
			if k := sp.e; k < len(s.lower) {
				next = s.lower[k]
				if next == "'s" && k+1 < len(s.lower) {
					next = s.lower[k+1]
				}
			}
			prev := ""
			if sp.s >= 2 && (s.lower[sp.s-1] == "of" || s.lower[sp.s-1] == "in" || s.lower[sp.s-1] == "for") {
				prev = s.lower[sp.s-2]
			}
			// the rare cue first: the name's own look-ups, in the larger
			// maps, are needed only when there is one
			if (next != "" && companyAfter(next) || prev != "" && companyBefore(prev)) && !surnames[s.lower[sp.s]] &&
				(g == nil || g.names[s.lower[sp.s]] == 0) {
				found[s.lower[sp.s]] = true
			}
		}
	}
	// "Halvard" is Halvard International Inc, unless a place preposition says
	// otherwise: the first word of a company's full name
	short := map[string]bool{}
	for i, s := range sents {
		for _, sp := range names.of(i) {
			if sp.typ == 3 && sp.e-sp.s >= 2 && orgSuffix(s.lower[sp.e-1]) && !s.allCaps {
				k := s.lower[sp.s]
				if g == nil || g.names[k]&(gzCountry|gzBigCity|gzRegion|gzDemonym) == 0 {
					short[k] = true
				}
			}
		}
	}
	if len(found) == 0 && len(short) == 0 {
		return false
	}
	changed := false
	for i, s := range sents {
		for _, sp := range names.of(i) {
			if sp.e-sp.s == 1 && (sp.typ == 1 && !surnames[s.lower[sp.s]] || sp.typ == 2) && short[s.lower[sp.s]] &&
				!(sp.s > 0 && placePreps[s.lower[sp.s-1]]) {
				tags[i][sp.s], changed = 5, true
				continue
			}
			// "Halvard", and "Halvard Cables" taken for a person
			if (sp.typ == 1 || sp.typ == 2 && sp.e-sp.s == 1) && found[s.lower[sp.s]] {
				tags[i][sp.s], changed = 5, true
				for k := sp.s + 1; k < sp.e; k++ {
					tags[i][k] = 6
				}
			}
		}
	}
	return changed
}

// orgSuffix reports whether w ends company names: "Brightwater Corp.",
// "Holm Lind & Co".
func orgSuffix(w string) bool {
	switch w {
	case "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "co", "co.", "llc", "ag", "gmbh", "s.a.", "n.v.",
		"corporation", "incorporated", "limited":
		return true
	}
	return false
}

// orgHeadWord reports whether w ends only organisations' names ("Bank"
// and "Federation" end places' too: the West Bank, the Russian Federation).
func orgHeadWord(w string) bool {
	switch w {
	case "exchange", "group", "university", "ministry", "party", "club", "association", "council", "committee",
		"agency", "airlines", "airways", "bancshares", "commission", "institute", "board", "company", "motors",
		"bureau", "foundation", "society", "organisation", "organization", "holdings", "industries", "bancorp",
		"securities":
		return true
	}
	return false
}

// orgJoins makes an organisation of a person's or place's name that ends
// in an organisation's head word, of a name and the company suffix after
// it ("First Kessary Corp.") and of capitalised names joined by an
// ampersand ("Holm & Lind", "Marrow & Sons"). spans is the names tagged
// in tg (spansOf).
func orgJoins(s *sentence, tg []int, spans []span) {
	capital := func(k int) bool { return !s.allCaps && s.upperStart[k] }
	done := 0
	for _, sp := range spans {
		if sp.typ == 4 || sp.s < done {
			continue
		}
		if (sp.typ == 1 || sp.typ == 2) && sp.e-sp.s >= 2 && (orgHeadWord(s.lower[sp.e-1]) || orgSuffix(s.lower[sp.e-1])) {
			tg[sp.s] = 5 // "Anselm Stock Exchange", "Harbour Bancshares Inc."
			for k := sp.s + 1; k < sp.e; k++ {
				tg[k] = 6
			}
		}
		e := sp.e
		for {
			switch {
			case e+1 < len(tg) && s.words[e] == "&" && capital(e+1) && (tg[e+1] != 0 || orgSuffix(s.lower[e+1])):
				e += 2
				for e < len(tg) && tg[e] != 0 && tg[e]%2 == 0 {
					e++
				}
				continue
			case e < len(tg) && capital(e) && (tg[e] == 0 || tg[e]%2 == 1) &&
				(e+1 >= len(tg) || tg[e+1] == 0 || tg[e+1]%2 == 1) && orgSuffix(s.lower[e]):
				e++
				continue
			}
			break
		}
		if e == sp.e {
			continue
		}
		done = e
		tg[sp.s] = 5
		for k := sp.s + 1; k < e; k++ {
			tg[k] = 6
		}
	}
}

// placePreps before a place name keep it a place in sports news ("at Kessary").
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "near": true, "of": true}

// teamCues next to a name show it playing: "Vellmouth beat Kessary", "Kessary v Vellmouth".
var teamCues = map[string]bool{"beat": true, "beats": true, "v": true, "vs": true, "vs.": true, "against": true,
	"drew": true, "edged": true, "routed": true, "thrashed": true, "overcame": true, "lost": true, "win": true,
	"victory": true, "defeat": true, "draw": true}

// teamLinks join a name to a word of playing or a score before them:
// "lost to Vellmouth", "drew 1-1 with Vellmouth", "a 2-0 win over
// Vellmouth".
var teamLinks = map[string]bool{"to": true, "with": true, "over": true}

// teamAfter after a name show it a team: "Vellmouth captain Ola Brandt".
var teamAfter = map[string]bool{"captain": true, "coach": true, "manager": true, "won": true, "striker": true,
	"midfielder": true, "goalkeeper": true, "defender": true, "batsman": true, "bowler": true, "pitcher": true}

// homeNation reports whether w is a country in sport though gazetteers
// list it as a region.
func homeNation(w string) bool {
	switch w {
	case "england", "scotland", "wales", "northern ireland", "ireland":
		return true
	}
	return false
}

// sportsTeams retypes, in a sports report, the names of places (and
// one-word towns taken for people) as the teams named after them, when at
// least one mention shows the name playing: next to a score ("Vellmouth
// 429-7", "Chicago 11") or to a word like beat, against or captain.
// Countries stay places (national teams are tagged as their countries), as
// do mentions after a place preposition ("at Kessary") and in the headline
// and dateline.
func sportsTeams(sents []*sentence, tags [][]int, surnames map[string]bool) {
	var spans []span // reused for every sentence
	g := loadGazetteer()
	if g == nil {
		return
	}
	town := func(key string) bool {
		k := g.names[key]
		return k&(gzCity|gzRegion) != 0 && k&(gzCountry|gzDemonym) == 0 && !homeNation(key)
	}
	number := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return r >= '0' && r <= '9' && strings.Count(w, "-") < 2 // not a date
	}
	// a place, or a one-word town taken for a person ("Kessary made up for
	// lost time") who is no one's surname here
	candidate := func(sp span, key string) bool {
		if sp.typ == 2 && g.names[key] == 0 && !homeNation(key) {
			return true // a county or town the gazetteers lack
		}
		return town(key) && (sp.typ == 2 || sp.typ == 1 && sp.e-sp.s == 1 && !surnames[key])
	}
	teams := map[string]bool{}
	for i, s := range sents {
		if i < 2 {
			continue // headline and dateline ("KESSARY 2026-03-04")
		}
		spans = appendSpans(spans[:0], tags[i])
		for _, sp := range spans {
			key := strings.Join(s.lower[sp.s:sp.e], " ")
			if !candidate(sp, key) {
				continue
			}
			if (sp.e < len(s.words) && (number(s.words[sp.e]) || teamCues[s.lower[sp.e]] || teamAfter[s.lower[sp.e]])) ||
				(sp.s > 0 && teamCues[s.lower[sp.s-1]]) || (sp.s > 1 && teamLinks[s.lower[sp.s-1]] && (teamCues[s.lower[sp.s-2]] || isScore(s.lower[sp.s-2]))) {
				teams[key] = true
			}
		}
	}
	for i, s := range sents {
		if i < 2 {
			continue
		}
		spans = appendSpans(spans[:0], tags[i])
		for _, sp := range spans {
			key := strings.Join(s.lower[sp.s:sp.e], " ")
			if !candidate(sp, key) || (sp.s > 0 && placePreps[s.lower[sp.s-1]]) || !teams[key] {
				continue
			}
			tags[i][sp.s] = 5
			for j := sp.s + 1; j < sp.e; j++ {
				tags[i][j] = 6
			}
		}
	}
}

// countries types a country's name tagged as an organisation as the place:
// "Norway fined the company", "Wales captain" (the news convention for
// governments and national teams). It reads the names as found in names,
// rewriting a sentence's tags only after reading its names, and reports
// whether it retyped any.
func countries(sents []*sentence, tags [][]int, names *docSpans) bool {
	var key []byte // the name, looked up by its bytes
	g := loadGazetteer()
	if g == nil {
		return false
	}
	changed := false
	for i, s := range sents {
		for _, sp := range names.of(i) {
			if sp.typ != 3 {
				continue
			}
			key = joinWords(key[:0], s.lower[sp.s:sp.e])
			if g.names[string(key)]&gzCountry == 0 && !homeNation(string(key)) {
				continue
			}
			tags[i][sp.s], changed = 3, true
			for k := sp.s + 1; k < sp.e; k++ {
				tags[i][k] = 4
			}
		}
	}
	return changed
}

// competitionHeads end the names of sporting competitions, which are
// events, not organisations, in sports news: "American League", "Central
// Division" (elsewhere a league is a body: "Arab League").
var competitionHeads = map[string]bool{"league": true, "division": true, "conference": true}

// competitions types the names of leagues and divisions in a sports report
// as the competitions they are (MISC).
func competitions(sents []*sentence, tags [][]int) {
	var spans []span // reused for every sentence
	for i, s := range sents {
		spans = appendSpans(spans[:0], tags[i])
		for _, sp := range spans {
			if sp.typ == 4 || !competitionHeads[s.lower[sp.e-1]] {
				continue
			}
			tags[i][sp.s] = 7
			for k := sp.s + 1; k < sp.e; k++ {
				tags[i][k] = 8
			}
		}
	}
}

// resultLine types the names of a line of results or of a standings table
// as teams (organisations; countries() turns national sides back into
// places): "Harrow 2 Dunmore 1", "KESSARY 0 VELLMOUTH 3" anywhere, and in
// a sports report a name and its figures, "Dunmore 12 5 3 4 18". The
// tagger, which reads prose, leaves most of these untagged. A name of two
// words or more that it took for a person's stays one ("Ana Ruiz 68 70 71"
// is a golfer).
func resultLine(s *sentence, tg []int, sport bool) {
	if !sport {
		// outside sports news only a line of names and figures can be one:
		// prose leaves at once, with nothing allocated
		for k, w := range s.words {
			if !s.upperStart[k] && !isFigure(w) {
				return
			}
		}
	}
	// the line as runs of name words and of numbers
	type run struct {
		s, e   int
		number bool
	}
	team := func(r run) {
		if r.number || r.e-r.s > 4 {
			return
		}
		if tg[r.s] == 1 && r.e-r.s > 1 && (r.e == len(tg) || tg[r.e] != 2) {
			return // a person's whole name
		}
		for k := r.s; k < r.e; k++ {
			tg[k] = 6
		}
		tg[r.s] = 5
	}
	var runs []run
	for k := 0; k < len(s.words); k++ {
		w := s.words[k]
		number := isFigure(w)
		if !number && !s.upperStart[k] {
			if sport {
				scoreNames(s, tg, func(s, e int) { team(run{s, e, false}) })
			}
			return
		}
		if n := len(runs); n > 0 && runs[n-1].number == number && runs[n-1].e == k {
			runs[n-1].e = k + 1
			continue
		}
		runs = append(runs, run{k, k + 1, number})
	}
	figures := func() {
		for _, r := range runs {
			for k := r.s; r.number && k < r.e; k++ {
				tg[k] = 0
			}
		}
	}
	if len(runs) < 2 {
		return
	}
	switch {
	case len(runs) == 4 && !runs[0].number && runs[1].number && !runs[2].number && runs[3].number &&
		runs[1].e-runs[1].s == 1 && runs[3].e-runs[3].s == 1:
		team(runs[0])
		team(runs[2])
		figures()
	case sport && len(runs) == 2 && !runs[0].number && runs[1].e-runs[1].s >= 3:
		team(runs[0])
		figures()
	default:
		if sport {
			scoreNames(s, tg, func(s, e int) { team(run{s, e, false}) })
		}
	}
}

// scoreNames finds, in a line of a sports report, the names that a score
// follows outside brackets, at the start of the line or after a colon or a
// comma: "At Dunmore : Kessary 250 and 120-3 ( A. Ruiz 80 ) , Vell 301"
// names the teams Kessary and Vell (the players are in the brackets).
func scoreNames(s *sentence, tg []int, team func(s, e int)) {
	depth := 0
	for k := 0; k < len(s.words); k++ {
		switch s.words[k] {
		case "(":
			depth++
			continue
		case ")":
			depth = max(depth-1, 0)
			continue
		}
		if k > 0 && s.words[k-1] != ":" && s.words[k-1] != "," && s.words[k-1] != ";" && s.words[k-1] != "(" ||
			!isUpperStart(s.words[k]) || calendar[s.lower[k]] {
			continue
		}
		e := k
		for e < len(s.words) && e-k < 3 && isUpperStart(s.words[e]) {
			e++
		}
		if e == k || e == len(s.words) || !isFigure(s.words[e]) && !isScore(s.words[e]) {
			continue
		}
		if depth == 0 {
			team(k, e)
			continue
		}
		// a player and his figures in the brackets: "( Ruiz 56 , A. Brandt
		// 3-20 )", which the tagger, seeing the number, took for a thing
		if f := e + 1; f < len(s.words) && (s.words[f] == "," || s.words[f] == ")" || s.words[f] == ";") {
			tg[k], tg[e] = 1, 0
			for j := k + 1; j < e; j++ {
				tg[j] = 2
			}
		}
	}
}

// calendar words open dates, not results: "August 30", "Monday 5".
var calendar = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// isFigure reports whether w is a number as results and tables print
// them: "2", "61", ".452", "1/2".
func isFigure(w string) bool {
	digits := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == '/':
		default:
			return false
		}
	}
	return digits > 0
}

// notNicknames are plurals after "the" in sports news that name events,
// not teams: "the Olympics", "the Nationals" as a meeting.
var notNicknames = map[string]bool{"olympics": true, "games": true, "championships": true, "finals": true,
	"series": true, "masters": true, "nationals": true, "playoffs": true, "paralympics": true, "internationals": true}

// nicknames types, in a sports report, a capitalised plural after "the"
// that the tagger left untagged as the team it is: "the Harriers", "the
// Blue Herons", "the Mariners". Places ("the Netherlands") and peoples ("the
// Australians") are not teams.
func nicknames(sents []*sentence, tags [][]int) {
	g := loadGazetteer()
	if g == nil {
		return
	}
	for i, s := range sents {
		if s.allCaps {
			continue
		}
		tg := tags[i]
		for j := 1; j < len(tg); j++ {
			if s.lower[j-1] != "the" || !isUpperStart(s.words[j]) {
				continue
			}
			e := j
			for e < len(tg) && e-j < 3 && isUpperStart(s.words[e]) && tg[e] == 0 {
				e++
			}
			if e == j || e < len(tg) && (isUpperStart(s.words[e]) || tg[e] != 0) {
				continue
			}
			last := s.lower[e-1]
			if len(last) < 4 || !strings.HasSuffix(last, "s") || notNicknames[last] ||
				g.names[strings.Join(s.lower[j:e], " ")] != 0 || g.names[strings.TrimSuffix(last, "s")]&gzDemonym != 0 {
				continue
			}
			tg[j] = 5
			for k := j + 1; k < e; k++ {
				tg[k] = 6
			}
			j = e
		}
	}
}

// cityClubs types, in a sports report, a name of two or three words that
// ends in a big city's name and starts with words that name no place as
// the club it is: "Dynamo Vellmouth", "Rotor Kessary", "Real Dunmore" (the
// tagger takes them for people or places). "New York" and "Rio de Janeiro"
// are places: their first words are places' too, or the whole is one.
func cityClubs(sents []*sentence, tags [][]int) {
	var spans []span // reused for every sentence
	g := loadGazetteer()
	if g == nil {
		return
	}
	for i, s := range sents {
		spans = appendSpans(spans[:0], tags[i])
		for _, sp := range spans {
			if sp.typ == 3 || sp.typ == 4 || sp.e-sp.s < 2 || sp.e-sp.s > 3 || g.names[s.lower[sp.e-1]]&gzBigCity == 0 ||
				g.names[strings.Join(s.lower[sp.s:sp.e], " ")] != 0 || g.names[s.lower[sp.s]] != 0 {
				continue
			}
			tags[i][sp.s] = 5
			for k := sp.s + 1; k < sp.e; k++ {
				tags[i][k] = 6
			}
		}
	}
}
