package analysis

import (
	"hash/maphash"
	"slices"
	"unicode/utf8"
)

// The token index reads most of an article's bytes eight at a time:
// scanTokens finds where a word of ASCII letters and digits ends, which
// of its letters are capitals, and its lower-case form, in one pass over
// each eight bytes, and hashes the form by the same eight bytes
// (formHash), so that indexForms reads no form again. Anything else, a
// word with bytes beyond ASCII or with inner marks, goes to the
// byte-by-byte scanner (wordScanner.next), which gives the same tokens
// for all of it (TestAddSentenceMatchesScanner).

// formKey is a token as scanTokens reads it: where it is, its shape, and
// what the token index learns of its lower-case form as it builds the
// token, for indexForms.
type formKey struct {
	hash uint64 // formHash of the form
	pre  uint64 // formPrefix of the form
	// s and e are the token's span, in int32 as the buffer of lower-case
	// forms is (tokenized.lowEnds)
	s, e  int32
	shape uint8 // and shapeHashed when hash and pre hold already
	// asIs: the token writes its form as it is, starting in lower case
	// (vocabEntry.asIs)
	asIs    bool
	capital bool // token.capital
}

// formBasis is a random start for formHash.
var formBasis = new(maphash.Hash).Sum64()

// formHash hashes the form's bytes eight at a time, little-endian, the
// last few padded with zeros, and the length: forms are short, and this
// is several times cheaper than a general string hash. It starts from a
// random value made once per process, so that no article can be written
// to make its forms collide.
func formHash[W string | []byte](w W) uint64 {
	h := formBasis
	i := 0
	for ; i+8 <= len(w); i += 8 {
		h = formMix(h, le64(w, i))
	}
	if i < len(w) {
		h = formMix(h, loadTail(w[i:]))
	}
	return formFinish(h, len(w))
}

// formMix adds eight bytes of a form to its hash.
func formMix(h, c uint64) uint64 { return (h ^ c) * 0x9E3779B97F4A7C15 }

// formFinish folds the high bits of h, which the multiplications filled,
// into the low ones the table indexes by, with the form's length.
func formFinish(h uint64, n int) uint64 {
	h ^= uint64(n)
	h ^= h >> 32
	h *= 0xD6E8FEB86659FD93
	return h ^ h>>32
}

// formPrefix is the first eight bytes of the form, padded with zeros:
// with the length, the whole of a form of eight bytes or fewer, which
// most are, so that the index compares them without reading them again.
func formPrefix[W string | []byte](w W) uint64 {
	if len(w) >= 8 {
		return le64(w, 0)
	}
	return loadTail(w)
}

// le64 is the eight bytes of w at i, the first the lowest (load64 for
// strings and byte slices, at an offset).
func le64[W string | []byte](w W, i int) uint64 {
	w = w[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// loadTail is w, fewer than eight bytes, as le64 reads eight.
func loadTail[W string | []byte](w W) uint64 {
	var c uint64
	for i := len(w) - 1; i >= 0; i-- {
		c = c<<8 | uint64(w[i])
	}
	return c
}

// caseBits has the bit of each of eight bytes that tells an ASCII
// letter in lower case from its capital: a letter or digit ORed with it
// is in lower case, and is a capital if it lacked it (TestCaseBits).
const caseBits = 0x2020202020202020

// byteMasks[n] keeps the first n of eight bytes.
var byteMasks = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff,
	0xffffffffffffffff}

// scanTokens appends the tokens of t[start:end] to ks: the words of
// ASCII letters and digits and the marks of ASCII, which are most of any
// text, as it reads them, with their forms' hashes and prefixes
// (shapeHashed), and the rest as the scanner gives them (scanSlow). The
// index calls it once for a sentence, rather than the scanner once for
// every token: the call and the scanner's state in memory cost as much
// as reading the token's bytes. A word's end is found byte by byte, but
// its form is lowered and hashed eight bytes at a time.
func scanTokens(ks []formKey, t string, start, end int) []formKey {
	// room for every token at once, so that the loop writes them
	// without asking: each has a byte of its own at least
	n := len(ks)
	out := slices.Grow(ks, end-start)
	out = out[:cap(out)]
	for i := start; i < end; {
		c := t[i]
		k := byteClass[c]
		switch {
		case k == byteSpace:
			i++
			continue
		case k == byteHigh:
			if c != 0xE2 || i+2 >= end || t[i+1] != 0x80 || !curlyMark[t[i+2]] {
				ks, i = scanSlow(out[:n], t, i, end)
				n = len(ks)
				continue
			}
			// a quotation mark or dash of three bytes, a token of its
			// own wherever it stands, the form itself
			pre := uint64(c) | uint64(t[i+1])<<8 | uint64(t[i+2])<<16
			f := &out[n]
			h := formFinish(formMix(formBasis, pre), 3)
			f.hash, f.pre, f.s, f.e, f.shape, f.asIs, f.capital = h, pre, int32(i), int32(i+3), shapeHashed, false, false
			n++
			if i += 3; i < end && t[i] == ' ' {
				i++ // a space after it, the loop's next step
			}
			continue
		case k < byteWord:
			// a mark: '' and `` as one (NYT style)
			m, pre := 1, uint64(c)
			if (c == '\'' || c == '`') && i+1 < end && t[i+1] == c {
				m, pre = 2, pre*0x101
			}
			h := formFinish(formMix(formBasis, pre), m)
			f := &out[n]
			f.hash, f.pre, f.s, f.e, f.shape, f.asIs, f.capital = h, pre, int32(i), int32(i+m), shapeHashed, false, false
			n++
			if i += m; i < end && t[i] == ' ' {
				i++ // a space after it, the loop's next step
			}
			continue
		}
		// the word's letters and digits, in a slice that ends with the
		// sentence so that the compiler need not check each index
		e := i + 1
		for w := t[:end]; e < len(w) && byteClass[w[e]] >= byteWord; {
			e++
		}
		dot := false
		if e < end && byteClass[t[e]] >= byteJoin {
			if (t[e] == '\'' || t[e] == 0xE2) && velarNameEnd(t[i:e]) {
				// Ochieng': the scanner decides whether the name keeps
				// its apostrophe
				ks, i = scanSlow(out[:n], t, i, end)
				n = len(ks)
				continue
			}
			// does the word end before the mark?
			if !plainWordEnd(t, e, end) {
				ks, i = scanJoined(out[:n], t, i, e, end)
				n = len(ks)
				continue
			}
			dot = t[e] == '.' && keepsDot(t[i:e], t, e, end)
		}
		if e+8 > len(t) {
			// the last bytes of the text, which eight at a time would
			// read past
			ks, i = scanSlow(out[:n], t, i, end)
			n = len(ks)
			continue
		}
		// the form: eight bytes at a time hashed, but the last few (tn
		// of them), which a full stop the word keeps may join
		h, p := formBasis, i
		var pre, capitals uint64
		for ; p+8 <= e; p += 8 {
			x := le64(t, p)
			capitals |= ^x & caseBits
			if p == i {
				pre = x | caseBits
			}
			h = formMix(h, x|caseBits)
		}
		tn := e - p
		mask := byteMasks[tn&7]
		x := le64(t, p) & mask
		capitals |= ^x & caseBits & mask
		tail := (x | caseBits) & mask
		if dot {
			tail |= '.' << (8 * tn & 63)
			tn++
			e++
		}
		if tn > 0 {
			if e-i <= 8 {
				pre = tail
			}
			h = formMix(h, tail)
		}
		f := &out[n]
		f.hash, f.pre, f.s, f.e = formFinish(h, e-i), pre, int32(i), int32(e)
		// a form written as it is, if a letter comes first
		f.shape, f.asIs, f.capital = shapeHashed, c-'a' < 26, c-'A' < 26
		if capitals != 0 {
			f.shape, f.asIs = shapeHashed|shapeUpper, false
		}
		n++
		if i = e; i < end && t[i] == ' ' {
			i++ // a space after it, the loop's next step
		}
	}
	return out[:n]
}

// curlyMark holds the last bytes of the marks from U+2013 to U+2026 (E2
// 80 and that byte) that scanTokens reads as tokens itself: the dashes –
// and —, the quotation marks ‘ ’ “ ”, and the ellipsis …, none of them a
// letter or a space (TestCurlyMarks).
var curlyMark = [256]bool{0x93: true, 0x94: true, 0x98: true, 0x99: true, 0x9c: true, 0x9d: true, 0xa6: true}

// scanJoined appends the word at t[i:end] whose letters and digits run
// to e, where a mark stands that may join more of them to it: the ASCII
// marks the scanner joins, and the curly apostrophe ("U.S.", "1,000",
// "don’t", "Trump’s"), and the possessive split off as the scanner splits
// it. A byte beyond ASCII in the word, other than the apostrophe's, sends
// it to the scanner. It returns where the next token may start.
func scanJoined(ks []formKey, t string, i, e, end int) ([]formKey, int) {
	for e < end {
		c, size := t[e], 1
		switch {
		case c == 0xE2 && e+2 < end && t[e+1] == 0x80 && t[e+2] == 0x99:
			size = 3 // ’
		case c >= utf8.RuneSelf:
			return scanSlow(ks, t, i, end)
		case byteClass[c] != byteJoin || c == ',' && !isDigitAt(t, e-1):
			size = 0 // the word ends
		}
		if size == 0 || e+size >= end {
			break
		}
		// the mark joins a letter or digit after it (a digit after a
		// comma)
		next := t[e+size]
		if next >= utf8.RuneSelf {
			return scanSlow(ks, t, i, end)
		}
		if byteClass[next] < byteWord || c == ',' && next-'0' >= 10 {
			break
		}
		for e += size; e < end && byteClass[t[e]] >= byteWord; {
			e++
		}
	}
	if k := possessiveAt(t[i:e]); k > 0 {
		ks = appendScanned(ks, t, i, i+k)
		return appendScanned(ks, t, i+k, e), e
	}
	if e < end && t[e] == '.' && keepsDot(t[i:e], t, e, end) {
		e++
	}
	return appendScanned(ks, t, i, e), e
}

// appendScanned appends the token t[s:e] that the index is to hash and
// lower (lowerForm).
func appendScanned(ks []formKey, t string, s, e int) []formKey {
	w := t[s:e]
	return append(ks, formKey{s: int32(s), e: int32(e), shape: wordShape(w), capital: isCapitalised(w)})
}

// scanSlow appends the token at t[i:end] as wordScanner.next gives it,
// both halves of a word split at a possessive, and returns where the next
// token may start.
func scanSlow(ks []formKey, t string, i, end int) ([]formKey, int) {
	sc := wordScanner{t: t, i: i, end: end}
	for {
		s, e, sh, ok := sc.next()
		if !ok {
			break
		}
		ks = append(ks, formKey{s: int32(s), e: int32(e), shape: sh, capital: isCapitalised(t[s:e])})
		if sc.pendE == 0 {
			break
		}
	}
	return ks, sc.i
}

// plainWordEnd reports whether the scanner ends a word of ASCII letters
// and digits before the mark t[j] (a joiner or a byte beyond ASCII), as
// the word ends before a space: it does before a joiner that no letter or
// digit follows, and before a comma after a letter. Any other word goes
// to the scanner.
func plainWordEnd(t string, j, end int) bool {
	switch c := t[j]; {
	case c >= utf8.RuneSelf:
		return false
	case c == ',':
		return !isDigitAt(t, j-1)
	}
	return j+1 == end || byteClass[t[j+1]] < byteHigh
}
