package model

import (
	"slices"
	"testing"
)

// TestNameForms: the short names that may stand for a person in a narrow
// margin are the article's own shorter forms first, then the name's last
// words, never a form another person of the article shares.
func TestNameForms(t *testing.T) {
	person := func(name string, written ...string) Entity {
		e := Entity{Name: name, Type: Person}
		for _, w := range written {
			e.Mentions = append(e.Mentions, Mention{Text: w})
		}
		return e
	}
	cases := []struct {
		name   string
		people []Entity
		want   []string
	}{
		{"particle surname as written", []Entity{person("Rosario Dela Pena-Ledesma", "Rosario Dela Pena-Ledesma", "Dela Pena-Ledesma", "Dela Pena-Ledesma", "she")},
			[]string{"Rosario Dela Pena-Ledesma", "Dela Pena-Ledesma", "Pena-Ledesma"}},
		{"surname first", []Entity{person("Kim Jae-won", "Kim Jae-won", "Kim", "Kim")},
			[]string{"Kim Jae-won", "Kim", "Jae-won"}},
		{"first of two surnames", []Entity{person("Hilario Quispe Mamani", "Hilario Quispe Mamani", "Quispe", "Quispe", "Quispe Mamani")},
			[]string{"Hilario Quispe Mamani", "Quispe", "Quispe Mamani", "Mamani"}},
		{"never written short", []Entity{person("Ines Vell", "Ines Vell")},
			[]string{"Ines Vell", "Vell"}},
		{"a title is not the name's own word", []Entity{person("Chen Mei-ling", "Ms. Chen", "Chen")},
			[]string{"Chen Mei-ling", "Chen", "Mei-ling"}},
		{"relatives share the surname", []Entity{person("Mahmoud Abu Rumman", "Mahmoud Abu Rumman", "Mahmoud", "Abu Rumman"), person("Khaled Abu Rumman", "Khaled Abu Rumman")},
			[]string{"Mahmoud Abu Rumman", "Mahmoud"}},
		{"a place is no other person", []Entity{person("Ola Brandt", "Brandt"), {Name: "Brandt", Type: Place}},
			[]string{"Ola Brandt", "Brandt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := &Article{Entities: c.people}
			if got := a.NameForms(0); !slices.Equal(got, c.want) {
				t.Errorf("NameForms = %q, want %q", got, c.want)
			}
		})
	}
	a := &Article{Entities: []Entity{{Name: "Vell Harbour Board", Type: Organization}}}
	if got := a.NameForms(0); got != nil || a.NameForms(3) != nil {
		t.Errorf("NameForms of no person = %q, want nil", got)
	}
}
