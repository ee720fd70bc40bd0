package tagger

import (
	"bytes"
	"embed"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The gazetteers are lists of names, one a line, used as features (never as
// hard rules: "March" and "Reading" are cities too).
//
// Contains data from GeoNames (geonames.org), licensed under CC BY 4.0
// (geonames-*.txt), and country data from mledoze/countries, ODbL 1.0
// (countries-en.txt, demonyms-en.txt). See NOTICE in this folder.
//
//go:embed gazetteers/*.txt
var gazetteerFS embed.FS

// Gazetteer kinds, as bit flags.
const (
	gzCountry uint8 = 1 << iota
	gzCity
	gzRegion
	gzDemonym
	gzBigCity // among the largest cities (the list is ordered by population)
)

// bigCities is how many of the largest cities count as big.
const bigCities = 600

// gazetteer maps lower-cased names (single words and multi-word phrases)
// to the kinds of list they are in; prefixes marks the first words of
// multi-word names, with the longest length seen.
type gazetteer struct {
	names    map[string]uint8
	maxWords map[string]int // first word -> most words in a name starting with it
	// pairs is gazetteerPairs, worked out as the names are read: a pass
	// of its own over the names split each again
	pairs map[uint64]int
}

var (
	gzOnce sync.Once
	gz     *gazetteer
)

func loadGazetteer() *gazetteer {
	gzOnce.Do(func() {
		g := &gazetteer{names: make(map[string]uint8, 50000), maxWords: make(map[string]int, 30000), pairs: make(map[uint64]int, 12000)}
		for _, f := range []struct {
			file string
			kind uint8
		}{
			{"geonames-countries.txt", gzCountry},
			{"countries-en.txt", gzCountry},
			{"geonames-cities15000.txt", gzCity},
			{"geonames-admin1.txt", gzRegion},
			{"demonyms-en.txt", gzDemonym},
		} {
			data, err := gazetteerFS.ReadFile("gazetteers/" + f.file)
			if err != nil {
				panic(err) // embedded at build time
			}
			// every name lowered into one buffer and made one string, of
			// which the keys are slices: a string made for every name cost
			// as much as lowering it
			low, lines := lowerLines(data)
			start := 0
			for _, ln := range lines {
				key := low[start:ln.end]
				start = int(ln.end)
				g.names[key] |= f.kind
				if f.kind == gzCity && ln.row < bigCities {
					g.names[key] |= gzBigCity
				}
				n, first, second := 0, "", ""
				if ln.spaced { // the others are one word
					n, first, second = fieldsHead(key)
				}
				if n > 1 {
					if n > g.maxWords[first] {
						g.maxWords[first] = n
					}
					// a hash shared by two pairs gives both the larger bound: never too small
					k := hs(hs(h0(gzPairSeed), first), second)
					g.pairs[k] = max(g.pairs[k], n)
				}
			}
		}
		gz = g
	})
	return gz
}

// gzLine is a name of a gazetteer file as lowerLines gives it: the end
// of its lowered form in the string of them all, its line's number, and
// whether it may be more than one word (spaced: a byte of white space or
// control, or one beyond ASCII).
type gzLine struct {
	end, row int32
	spaced   bool
}

// lowerLines is every line of data that holds more than white space, cut
// as strings.TrimSpace cuts it and lowered as strings.ToLower lowers it
// (appendLower), one after another in one string, and where each ends.
func lowerLines(data []byte) (string, []gzLine) {
	buf := make([]byte, 0, len(data)+len(data)/16)
	var lines []gzLine
	for row := 0; len(data) > 0; row++ {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var spaced bool
		buf, spaced = appendLower(buf, line)
		lines = append(lines, gzLine{end: int32(len(buf)), row: int32(row), spaced: spaced})
	}
	return string(buf), lines
}

// appendLower appends s lowered as strings.ToLower lowers it: each rune
// as unicode.ToLower gives it, a byte that is no UTF-8 as U+FFFD. ASCII
// is copied and then lowered in place, and the rest from the first byte
// beyond ASCII rune by rune (appendLowerRunes), where ToLower wrote a line
// beyond ASCII through strings.Map's builder. spaced is false when s is
// ASCII with no byte up to ' ' (white space or a control): a name of one
// word.
func appendLower(dst, s []byte) (out []byte, spaced bool) {
	n := len(dst)
	dst = append(dst, s...)
	b := dst[n:]
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return appendLowerRunes(dst[:n+i], s[i:]), true
		}
		if c <= ' ' {
			spaced = true
		}
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return dst, spaced
}

// appendLowerRunes is appendLower rune by rune.
func appendLowerRunes(dst, s []byte) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// fieldsHead is how many fields strings.Fields finds in s, and the first
// two, without making the slice: loading the gazetteers asks it of every
// name.
func fieldsHead(s string) (n int, first, second string) {
	// a name of ASCII, nearly all, by a byte loop with no decoding
	start := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return fieldsHeadRunes(s)
		}
		if c == ' ' || c-'\t' <= '\r'-'\t' { // as unicode.IsSpace
			if start >= 0 {
				switch n {
				case 0:
					first = s[start:i]
				case 1:
					second = s[start:i]
				}
				n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		switch n {
		case 0:
			first = s[start:]
		case 1:
			second = s[start:]
		}
		n++
	}
	return n, first, second
}

// fieldsHeadRunes is fieldsHead for a name with bytes beyond ASCII.
func fieldsHeadRunes(s string) (n int, first, second string) {
	for i := 0; i < len(s); {
		start := -1
		for i < len(s) {
			c, size, space := s[i], 1, false
			if c < utf8.RuneSelf {
				space = c == ' ' || c-'\t' <= '\r'-'\t' // as unicode.IsSpace
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				space = unicode.IsSpace(r)
			}
			if space {
				if start >= 0 {
					break
				}
			} else if start < 0 {
				start = i
			}
			i += size
		}
		if start < 0 {
			break
		}
		switch n {
		case 0:
			first = s[start:i]
		case 1:
			second = s[start:i]
		}
		n++
	}
	return n, first, second
}

// match returns, for each token, the gazetteer kinds of the longest
// multi-word name covering it and whether it begins that name.
func (g *gazetteer) match(lower []string, kinds []uint8, begin []bool) {
	bound := make([]int32, len(lower))
	for i, w := range lower {
		bound[i] = int32(g.maxWords[w])
	}
	g.matchWith(lower, bound, kinds, begin)
}

// matchWith is match given, for each token, the most words of a name that
// starts with it (bound), which word types know already: a slice rather
// than a function, which cost a call for every token.
func (g *gazetteer) matchWith(lower []string, bound []int32, kinds []uint8, begin []bool) {
	for i := range lower {
		kinds[i], begin[i] = 0, false
	}
	var name []byte
	for i := 0; i < len(lower); i++ {
		n := int(bound[i])
		if n < 2 {
			continue
		}
		best, bestKind := 0, uint8(0)
		name = append(name[:0], lower[i]...)
		for j := i + 1; j < len(lower) && j-i < n; j++ {
			name = append(name, ' ')
			name = append(name, lower[j]...)
			if k, ok := g.names[string(name)]; ok {
				best, bestKind = j-i+1, k&^gzBigCity
			}
		}
		if best > 0 {
			for j := i; j < i+best; j++ {
				kinds[j] |= bestKind
			}
			begin[i] = true
			i += best - 1
		}
	}
}
