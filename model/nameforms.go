package model

import (
	"slices"
	"strings"
)

// NameForms lists the names that may stand for person entity e where its
// full name does not fit (a speaker's name in a narrow margin), fullest
// first: the full name; then the shorter forms the article itself writes
// for the person, made of the full name's own words in order ("Dela
// Pena-Ledesma", "Kim" for "Kim Jae-won", "Quispe" for "Hilario Quispe
// Mamani"), the most used first; then the full name's last words, the
// longest first. A form that another person of the article could also be
// called ("Abu Rumman" beside two people of that name) is left out, so
// that a short name never points at the wrong person. It returns nil for
// an index that is no person.
func (a *Article) NameForms(e int) []string {
	if e < 0 || e >= len(a.Entities) || a.Entities[e].Type != Person {
		return nil
	}
	full := strings.Fields(a.Entities[e].Name)
	forms := []string{strings.Join(full, " ")}
	shared := func(f []string) bool {
		for k := range a.Entities {
			if k != e && a.Entities[k].Type == Person && containsRun(strings.Fields(a.Entities[k].Name), f) {
				return true
			}
		}
		return false
	}
	// the article's own shorter forms, by how often it writes them
	count := map[string]int{}
	var written []string
	for _, m := range a.Entities[e].Mentions {
		f := strings.Fields(m.Text)
		if len(f) == 0 || len(f) >= len(full) || !containsRun(full, f) {
			continue
		}
		s := strings.Join(f, " ")
		if count[s] == 0 {
			written = append(written, s)
		}
		count[s]++
	}
	slices.SortStableFunc(written, func(x, y string) int { return count[y] - count[x] })
	for _, s := range written {
		if !shared(strings.Fields(s)) {
			forms = append(forms, s)
		}
	}
	// the name's last words, for a person the article never shortens
	for k := 1; k < len(full); k++ {
		tail := full[k:]
		if s := strings.Join(tail, " "); !slices.Contains(forms, s) && !shared(tail) {
			forms = append(forms, s)
		}
	}
	return forms
}

// containsRun reports whether the words f stand together, in order,
// among the words of name.
func containsRun(name, f []string) bool {
	for i := 0; i+len(f) <= len(name); i++ {
		if slices.Equal(name[i:i+len(f)], f) {
			return true
		}
	}
	return false
}
