package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// datelinePlace (a linking pass): the words in capitals that open a story
// before a dash, a colon or an agency in brackets ("KUMASI —", "ADDIS
// ABABA —", "SAN ISIDRO, Sorsogon —", "AMBRAPUR:") are the place the story
// was filed from, one name however the tagger cut or typed it ("KUALA" of
// "KUALA LANGAT", "AL QARYAH" a body), and every other mention of that
// name is the place too ("Addis Ababa light rail", typed a person in the
// headline), but for a person of one word ("Jackson said"). News from
// everywhere opens so; the tagger, which learnt
// place names from American and European news, knows few of the towns.
// A run of capitals with no dash after it ("JOHN REED, Staff Writer") is
// left alone, as is a story with no name there. A credit line that opens
// the story ("By Ana Reed") is passed over: the dateline opens the
// paragraph after it.
func datelinePlace(l *linker) {
	toks := l.tz.toks
	k0 := 0
	for k0 < len(toks) && toks[k0].para < 0 {
		k0++ // the headline's tokens, a dozen or so
	}
	// a credit line before the story ("By Ana Reed", furniture) does not
	// hold the dateline; the paragraph after it does (ppl18_names.go)
	for k0 < len(toks) && len(l.a.Furniture) > 0 && l.a.Furniture[0].Start <= toks[k0].Start && l.a.InFurniture(toks[k0].Span) {
		k0++
	}
	e := k0
	for e < len(toks) && e-k0 < 4 && toks[e].sent == toks[k0].sent && hasLetter(toks[e].text) && capitalsOnly(toks[e].text) {
		e++
	}
	if e == k0 || e >= len(toks) || !datelineSeparator(toks, e) || l.a.InFurniture(toks[k0].Span) {
		return
	}
	name := normalizeName(l.a.Text[toks[k0].Start:toks[e-1].End])
	key := strings.ToLower(name)
	found := false
	out := l.ms[:0]
	for _, m := range l.ms {
		switch {
		case m.ts < e && m.te > k0:
			// a mention in the dateline: the one place stands for them all
			if !found {
				out = append(out, mention{ts: k0, te: e, typ: model.Place, key: key, name: name})
			}
			found = true
			continue
		case m.key == key && !m.title && (m.typ != model.Person || m.te-m.ts > 1):
			// not a one-word person: "JACKSON, Miss. —" and "Jackson said"
			m.typ = model.Place
		}
		out = append(out, m)
	}
	l.ms = out
}

// datelineSeparator reports whether the token at e ends a dateline: a
// dash, a colon, an agency in brackets, or a comma with a region and one
// of those within a few words ("SAN ISIDRO, Sorsogon —"), a date among
// them ("PORT LOUIS, Mauritius, March 3 (Reuters) -", recog46).
func datelineSeparator(toks []token, e int) bool {
	switch toks[e].text {
	case "—", "–", "-", "--", ":", "(":
		return true
	case ",":
		for k := e + 1; k < len(toks) && k <= e+6 && toks[k].sent == toks[e].sent; k++ {
			switch toks[k].text {
			case "—", "–", "-", "--", "(":
				return true
			}
			if !toks[k].capital && toks[k].text != "," && toks[k].text != "." && !dayNumber(toks[k].text) {
				return false
			}
		}
	}
	return false
}

// dayNumber: w is a day of the month written in figures, "3" or "21".
func dayNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
