package tagger

import (
	"embed"
	"strings"
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
			var buf []byte
			rest := string(data)
			for row := 0; rest != ""; row++ {
				var line string
				line, rest, _ = strings.Cut(rest, "\n")
				line = strings.TrimSpace(line)
				if line == "" {
					continue
				}
				key := lowerName(line, &buf)
				g.names[key] |= f.kind
				if f.kind == gzCity && row < bigCities {
					g.names[key] |= gzBigCity
				}
				n, first, second := fieldsHead(key)
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

// lowerName is strings.ToLower(s), with a byte loop over ASCII where
// ToLower writes each byte through a strings.Builder call: loading the
// gazetteers asks it of every name. buf is kept for the next name.
func lowerName(s string, buf *[]byte) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	b := append((*buf)[:0], s...)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	*buf = b
	return string(b)
}

// fieldsHead is how many fields strings.Fields finds in s, and the first
// two, without making the slice: loading the gazetteers asks it of every
// name.
func fieldsHead(s string) (n int, first, second string) {
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
