package analysis

import "strings"

// nameFormGender is the gender that the form of a person's name tells in
// the naming customs that mark it, or "": an East Slavic or Central Asian
// patronymic ("Aigerim Nurlanovna Suleimenova", "Viktor Ivanovich
// Lebedev", "Olena Petrivna Koval") or a surname with a woman's or a
// man's ending ("Bakytgul Omarova", "Yerlan Bekov", "Daria Kovalevskaya").
// The given name's own gender comes first (chainGenderOfWord); this is for
// given names no list knows.
func nameFormGender(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	for _, w := range words[1:] {
		w = strings.ToLower(w)
		switch {
		case strings.HasSuffix(w, "ovna") || strings.HasSuffix(w, "evna") || strings.HasSuffix(w, "ivna") || strings.HasSuffix(w, "ichna"):
			return "f"
		case strings.HasSuffix(w, "ovich") || strings.HasSuffix(w, "evich") || strings.HasSuffix(w, "ovych") || strings.HasSuffix(w, "ievych") || strings.HasSuffix(w, "yevich"):
			return "m"
		}
	}
	last := strings.ToLower(words[len(words)-1])
	if len([]rune(last)) < 5 || strings.Contains(last, "-") {
		return ""
	}
	switch {
	case strings.HasSuffix(last, "nova"):
		return "" // "Casanova", "Villanova": no Slavic ending
	case strings.HasSuffix(last, "ova") || strings.HasSuffix(last, "eva") || strings.HasSuffix(last, "skaya") || strings.HasSuffix(last, "tskaya"):
		return "f"
	case strings.HasSuffix(last, "ov") || strings.HasSuffix(last, "ev") || strings.HasSuffix(last, "skiy") || strings.HasSuffix(last, "skyi"):
		return "m"
	}
	return ""
}
