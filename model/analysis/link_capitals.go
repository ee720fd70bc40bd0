package analysis

import (
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// Names in a line of capitals: a list's section head or a summary's lead
// ("4. DESPITE ZIKA SCARE, PARTY GOES ON.", "ROLLER COASTERS GET LESS
// FUN") gives the tagger words in capitals it may take for a person. Two
// words or more in capitals are no person unless the article writes a
// person with that surname in lower case ("DANKO VARGA" where Ilse Varga
// is), the first is a given name ("RYAN LOCHTE IN HOT WATER") or they are
// a transcript's speaker ("JAKE TAPPER:"). One word stays a person: a
// surname in capitals ("OBAMA PLANS") is as often as not a person's.

// capitalsHeads types the person mentions written in capitals among
// capitals as above: no person, Other.
func capitalsHeads(l *linker) {
	toks := l.tz.toks
	inCaps := func(m mention) bool {
		for k := m.ts; k < m.te; k++ {
			if w := toks[k].text; !capitalsOnly(w) || !hasLetter(w) {
				return false
			}
		}
		return true
	}
	any := false
	for _, m := range l.ms {
		if m.typ == model.Person && inCaps(m) && (l.inCapitals(m.ts) || l.inCapitals(m.te-1)) {
			any = true
			break
		}
	}
	if !any {
		return // nearly every article: no map is made
	}
	// the people written in lower case, by key and by surname
	keys := map[string]bool{}
	surnames := map[string]bool{}
	for _, m := range l.ms {
		if m.typ == model.Person && !inCaps(m) {
			keys[m.key] = true
			surnames[l.lastWord(m)] = true
		}
	}
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person || keys[m.key] || !inCaps(*m) || !l.inCapitals(m.ts) && !l.inCapitals(m.te-1) {
			continue
		}
		if _, ok := surnames[l.lastWord(*m)]; ok || m.te-m.ts < 2 || givenNameGender(l.firstWord(*m)) != "" ||
			m.te < len(toks) && toks[m.te].text == ":" {
			continue // "OBAMA PLANS …": one word in capitals is a surname as often as not
		}
		m.typ = model.Other
	}
}

// capitalsOnly reports a word with no lower-case letter, read byte by byte
// (a name's second letter is lower case nearly always), with no copy.
func capitalsOnly(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if unicode.IsLower(r) {
			return false
		}
		i += n
	}
	return true
}
