package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// spellingVariants (a linking pass): one person written two ways in one
// article is one person, under the name written more often: "Hilary
// Clinton" once beside "Hillary Clinton", "Rahm Emanual" beside "Rahm
// Emanuel". Two full names are one person's when they have the same number
// of words and differ in one word only, and there by a doubled letter
// ("Philip", "Phillip") or by one vowel in a word of five letters or more
// ("Emanual", "Emanuel"); "Mary Brandt" and "Mark Brandt", "Ada Holm" and
// "Ida Holm" stay two.
func spellingVariants(l *linker) {
	ms, toks, forms := l.ms, l.tz.toks, l.tz.forms
	// names one word apart share their first word or their last: each
	// full name is compared only with the earlier ones that share one,
	// found through chains by word form (tz.forms), as oneWordPerson
	// finds a short name's full one, rather than with every other name
	// (and each name chained to the one before it with the same word, in
	// the same buffer, taken at the first full name)
	nv, nm := len(l.tz.vocab), len(ms)
	slots := l.tz.formInts(2*nv + 2*nm)
	lastAt, firstAt := slots[:nv], slots[nv:2*nv] // the latest full name with the form, plus one
	var prevLast, prevFirst []int32               // taken at the first full name
	var into map[string]string                    // a variant's key: the key and name it joins
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Person || m.title || m.te-m.ts < 2 {
			continue
		}
		if prevLast == nil {
			prevLast, prevFirst = slots[2*nv:2*nv+nm], slots[2*nv+nm:]
		}
		lf, ff := forms[m.te-1], forms[m.ts]
		for _, c := range [2]struct {
			at   []int32
			prev []int32
			f    int32
		}{{lastAt, prevLast, lf}, {firstAt, prevFirst, ff}} {
			for j := c.at[c.f] - 1; j >= 0; j = c.prev[j] {
				o := &ms[j]
				if o.key == m.key {
					break // the same name: compared already when it was first seen
				}
				if o.te-o.ts == m.te-m.ts && variantNames(toks, forms, o.ts, m.ts, m.te-m.ts) {
					into = joinVariant(ms, into, o, m)
				}
			}
		}
		prevLast[i], prevFirst[i] = lastAt[lf]-1, firstAt[ff]-1
		lastAt[lf], firstAt[ff] = int32(i)+1, int32(i)+1
	}
	if into == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.typ != model.Person {
			continue
		}
		to, ok := into[m.key]
		if !ok {
			continue
		}
		for hops := 0; hops < len(into); hops++ { // a chain of variants: its end
			next, ok := into[to[:strings.IndexByte(to, 0)]]
			if !ok {
				break
			}
			to = next
		}
		cut := strings.IndexByte(to, 0)
		if to[:cut] != m.key {
			m.key, m.name = to[:cut], to[cut+1:]
		}
	}
}

// joinVariant records that the names of x and y are one person's, under
// the one written more often (the earlier, x, on a tie).
func joinVariant(ms []mention, into map[string]string, x, y *mention) map[string]string {
	nx, ny := 0, 0
	for k := range ms {
		switch ms[k].key {
		case x.key:
			nx++
		case y.key:
			ny++
		}
	}
	from, to := y, x
	if ny > nx {
		from, to = x, y
	}
	if into == nil {
		into = map[string]string{}
	}
	// a name joins one other only, and never the name that joins it
	if _, done := into[from.key]; !done && !strings.HasPrefix(into[to.key], from.key+"\x00") {
		into[from.key] = to.key + "\x00" + to.name
	}
	return into
}

// variantNames reports whether the names of n words at x and y are one
// name spelt two ways: the same words but one (spellingVariants).
func variantNames(toks []token, forms []int32, x, y, n int) bool {
	diff := -1
	for k := 0; k < n; k++ {
		if forms[x+k] != forms[y+k] {
			if diff >= 0 {
				return false
			}
			diff = k
		}
	}
	return diff >= 0 && variantWords(toks[x+diff].low, toks[y+diff].low)
}

// variantWords reports whether two different words differ by a doubled
// letter or by one vowel in five letters or more.
func variantWords(a, b string) bool {
	if len(a) == len(b) {
		if len(a) < 5 {
			return false
		}
		k := -1
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				if k >= 0 {
					return false
				}
				k = i
			}
		}
		return k > 0 && strings.IndexByte("aeiou", a[k]) >= 0 && strings.IndexByte("aeiou", b[k]) >= 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	// b is a with one letter doubled
	if len(b) != len(a)+1 {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return i > 0 && b[i] == b[i-1] && a[i:] == b[i+1:]
		}
	}
	return b[len(b)-1] == b[len(b)-2] // the doubled letter at the end: "Jeff", "Jef"
}
