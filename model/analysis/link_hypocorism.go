package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// hypocorisms joins a pet form of a person's name, written alone, to the
// person: "Pemmo was enormous" after "Liam Pemberton", "Sully" for Sam
// Sullivan, as sports copy and quotations call players. The evidence is
// in the words themselves: the pet form opens with the first three
// letters or more of the surname or given name of exactly one person of
// the article named in full, is no longer than that name, and ends as pet
// forms are made ("-o", "-y", "-ie", "-ey", "-za"); it is no known given
// name ("Danny" is a name of its own) and no person's surname. A given
// name cut short, of four letters or more, is one too, however it ends:
// "Tobi" for Tobiloba Adeyemi (recog46, clipOf).
func hypocorisms(l *linker) {
	for i := range l.ms {
		m := &l.ms[i]
		if m.typ != model.Person || m.te-m.ts != 1 || m.key != l.firstWord(*m) || len(m.key) < 4 || givenNameGender(m.key) != "" {
			continue
		}
		pet := petEnding(m.key)
		if !pet && m.ts > 0 && l.tz.toks[m.ts-1].capital && l.tz.toks[m.ts-1].sent == l.tz.toks[m.ts].sent {
			continue // "Capitol Hill", cut: a clipped name stands alone
		}
		full := -1
		for j, o := range l.ms {
			if o.typ != model.Person || o.te-o.ts < 2 {
				continue
			}
			if l.lastWord(o) == m.key {
				full = -2 // a person's surname
				break
			}
			if o.key == m.key || !(pet && (petOf(m.key, l.firstWord(o)) || petOf(m.key, l.lastWord(o))) || clipOf(m.key, l.firstWord(o))) {
				continue
			}
			if full >= 0 && l.ms[full].key != o.key {
				full = -2 // two people it could stand for
				break
			}
			full = j
		}
		if full >= 0 {
			f := l.ms[full]
			m.key, m.name = f.key, f.name
		}
	}
}

// petEnding: how pet forms of names end.
func petEnding(w string) bool {
	for _, e := range []string{"o", "y", "ie", "za"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// petOf reports whether pet may be a pet form of name: they share their
// first three letters or more, and the pet form is the shorter.
func petOf(pet, name string) bool {
	return len(pet) >= 4 && len(pet) < len(name) && pet[:3] == name[:3] && wordOfLetters(name)
}

// clipOf reports whether short is a given name cut short: the first four
// letters or more of name, three letters at least left off ("Tobi" of
// "Tobiloba", "Nkosi" of "Nkosinathi"; "Fred" and "Freddy" may be father
// and son).
func clipOf(short, name string) bool {
	return len(short) >= 4 && len(name) >= len(short)+3 && strings.HasPrefix(name, short) && wordOfLetters(name)
}
