package analysis

import "strings"

// Given names whose gender differs between countries: "Andrea" and
// "Nicola" are men's names in Italy, "Jean" and "Claude" in France, "Jan"
// in the Netherlands and Poland, "Joan" in Catalonia, "Nikita" and
// "Sasha" in Russia, "Kim" in Scandinavia; the lists read them as women's
// (or not at all). Wire copy from those countries writes them without a
// title, so the pronouns the text ties to the person decide, the list's
// gender counting only where the text tells none (genders, coref.go;
// familyGenders, coref_family.go).

// crossGenderNames are the given names read as one gender in one country
// and as the other in another.
var crossGenderNames = wordSet(`andrea nicola simone michele jean jan joan dominique claude camille sasha nikita
ariel robin kim carol`)

// crossGenderName reports whether the given name w, as written, is one of
// crossGenderNames.
func crossGenderName(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	// lower-cased on the stack: strings.ToLower made a string of every
	// given name written with a capital; beyond ASCII it still decides
	// (the Kelvin sign lowers to "k")
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return crossGenderNames[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return crossGenderNames[string(buf[:len(w)])]
}
