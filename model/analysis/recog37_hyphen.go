package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// hyphenSurnames (a recogniser pass) runs a name on over the
// double-barrelled surname right after it that the tagger left out:
// "Kwame Asante-Lloyd", "Sion Ellis-Hughes". The tagger learnt few such
// surnames, and stops the name before one, which leaves a given name
// alone (or with a role before it: "Driver Kwame") for the person. The
// word must be two or more parts each capitalised and in lower case
// after ("Asante-Lloyd"; not "U-Turn" or "Anglo-French", whose first part
// is a prefix of peoples), untagged, and in the name's sentence; the
// name must end in a name word. A name that opens its sentence with a
// capitalised word of a person's role ("Driver Kwame Asante-Lloyd",
// "Referee Sion Ellis-Hughes") loses the role and is a person's: a role
// is said of a person.
func hyphenSurnames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	for i := range raw {
		r := &raw[i]
		e := r.te
		if r.title || r.handle || e >= len(toks) || toks[e].sent != toks[e-1].sent || !toks[e-1].capital ||
			!toks[e-1].isNameWord() || !doubleBarrelled(toks[e].text) || i+1 < len(raw) && raw[i+1].ts <= e {
			continue
		}
		if e+1 < len(toks) && toks[e+1].sent == toks[e].sent && toks[e+1].capital {
			continue // a longer run of capitals: a title or a body's name
		}
		r.te++
		if r.te-r.ts >= 3 && toks[r.ts].capital && (r.ts == 0 || toks[r.ts-1].sent != toks[r.ts].sent) && personRoleWord(&toks[r.ts]) {
			r.ts++
			r.typ = model.Person
		}
	}
	return raw
}

// doubleBarrelled reports whether w is a surname of two or more parts
// joined by hyphens, each a capital and then letters in lower case
// ("Asante-Lloyd", "Roberts-Lloyd-Jones"), the first no prefix of peoples
// ("Anglo-", "Franco-", "Sino-"; a short part ending in o).
func doubleBarrelled(w string) bool {
	first := strings.IndexByte(w, '-')
	if first < 0 || first <= 6 && strings.HasSuffix(w[:first], "o") || strings.HasSuffix(w, "-") {
		return false
	}
	for w != "" {
		p := w
		if j := strings.IndexByte(w, '-'); j >= 0 {
			p, w = w[:j], w[j+1:]
		} else {
			w = ""
		}
		c, n := utf8.DecodeRuneInString(p)
		if n == 0 || !unicode.IsUpper(c) || len(p) < 3 {
			return false
		}
		for _, d := range p[n:] {
			if !unicode.IsLower(d) {
				return false
			}
		}
	}
	return true
}
