package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// Genders in a family: linking joins a bare surname to one of the people
// who carry it, and where it joins a senator's surname to his wife the
// pronouns after it vote for her. The title before each full name and
// its given name are the person's own; in a family they decide.

// familyGenders sets, in out, the gender of each person whose surname
// another person of the article carries to the one the titles before
// their full name and their given name give, where those give one: a
// senator and her husband share the bare surname, and with it the
// pronouns after it, which genders counted for whichever of them the
// surname was joined to.
func (at *attributor) familyGenders(out []string) {
	ents := at.a.Entities
	// the people with a name of two words or more and their surnames, on
	// the stack for most articles, each with a byte of its surname's
	// length and end letters: only those whose byte another shares are
	// compared, by that byte before their letters
	type named struct {
		surname string
		ei      int32
		hash    uint8
		family  bool
	}
	var buf [48]named
	people := buf[:0]
	for ei := range ents {
		if ents[ei].Type != model.Person {
			continue
		}
		if s := surnameOf(ents[ei].Name); s != "" {
			h := uint8(len(s)*7) ^ s[0]*3 ^ s[len(s)-1]
			people = append(people, named{surname: s, ei: int32(ei), hash: h})
		}
	}
	var count [256]uint8
	for _, p := range people {
		if count[p.hash] < 255 {
			count[p.hash]++
		}
	}
	for i := range people {
		if count[people[i].hash] < 2 {
			continue
		}
		for j := i + 1; j < len(people); j++ {
			if people[i].hash == people[j].hash && people[i].surname == people[j].surname {
				people[i].family, people[j].family = true, true
			}
		}
	}
	toks := at.tz.toks
	for _, p := range people {
		if !p.family {
			continue
		}
		// the titles before the full name ("Mrs. Ana Reed") and the given
		// name's gender, counted as genders counts them
		var v [2]int
		for _, m := range ents[p.ei].Mentions {
			s := at.tokAt(m.Start)
			if s < 0 || m.End <= toks[s].End {
				continue // a bare surname: its title may be a relative's
			}
			for k := max(s-2, 0); k <= s; k++ {
				switch strings.TrimSuffix(toks[k].low, ".") {
				case "mr", "sir", "king", "prince", "lord", "father", "congressman", "councilman", "chairman", "spokesman", "businessman":
					v[0] += 6
				case "mrs", "ms", "miss", "dame", "queen", "princess", "lady", "congresswoman", "councilwoman", "chairwoman", "spokeswoman", "businesswoman":
					v[1] += 6
				}
			}
		}
		first, _ := nextField(ents[p.ei].Name)
		if crossGenderName(first) {
			first = "" // "Andrea Pinna", Gavino's son (coref46_given.go)
		}
		switch genderOfWord(first) {
		case "m":
			v[0] += 4
		case "f":
			v[1] += 4
		}
		switch {
		case v[0] > v[1]:
			out[p.ei] = "m"
		case v[1] > v[0]:
			out[p.ei] = "f"
		}
	}
}

// surnameOf is the last word of a name of two words or more, or the word
// before a generational suffix ("Reed" of "Tomas Reed Jr."); "" for a
// name of one word.
func surnameOf(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return ""
	}
	if w := name[i+1:]; len(w) <= 3 && suffixes[w] { // every suffix is short
		name = name[:i]
		if i = strings.LastIndexByte(name, ' '); i < 0 {
			return ""
		}
	}
	return name[i+1:]
}
