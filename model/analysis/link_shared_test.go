package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestSharedSurname: two given names joined by "and" before one surname
// are two people, each with the surname; firms and countries of two names
// joined so, and the last two of a list of names, are not.
func TestSharedSurname(t *testing.T) {
	cases := []nameCase{
		{"a couple", []string{"Ana and Tomas Reed run a bakery in Dunmore.", "“It is hard work,” Mrs. Reed said."},
			"Ana Reed", []string{"Ana Reed", "Tomas Reed"}, []string{"Ana", "Reed"}},
		{"a given name that is a common word first", []string{"Bill and Hillary Varnell hosted the dinner in Dunmore on Friday."},
			"", []string{"Bill Varnell", "Hillary Varnell"}, []string{"Bill"}},
		{"a second given name the tagger typed a body", []string{"Khizr and Ghazala Okafor spoke at the convention on Thursday."},
			"", []string{"Khizr Okafor", "Ghazala Okafor"}, []string{"Khizr", "Ghazala"}},
		{"after an appositive comma", []string{"The couple, Ivan and Marta Holm, wrote to the council in March."},
			"", []string{"Ivan Holm", "Marta Holm"}, []string{"Ivan"}},
		{"the last two of a list", []string{"The night had songs from stars like Brandy, Monica and Lauryn Vell."},
			"", []string{"Lauryn Vell"}, []string{"Monica Vell"}},
		{"a place the tagger read before a person", []string{"Ada Holm, a lawyer from Virginia and John Brandt met in Dunmore."},
			"", []string{"John Brandt"}, []string{"Virginia Brandt"}},
		{"the given name is another person's surname", []string{"Ivo Dean spoke first. The next day Dean and Hillary Reed debated in Dunmore."},
			"", []string{"Ivo Dean", "Hillary Reed"}, []string{"Dean Reed"}},
		{"the given name is another person's", []string{"Tomas Holm, the mayor, thanked Tomas and Ana Reed for the gift."},
			"", []string{"Tomas Holm", "Ana Reed"}, []string{"Tomas Reed"}},
	}
	runNameCases(t, cases)
	for _, c := range []struct{ text, not string }{
		{"Shares of Procter and Gamble Holdings rose, and Marks and Spencer fell.", "Procter Gamble Holdings"},
		{"Simon and Schuster will publish the book in Dunmore.", "Simon Schuster"},
		{"Trinidad and Tobago will host the games.", "Trinidad Tobago"},
		{"The Bill and Melinda Varnell Foundation gave the school a grant.", "Bill Varnell"},
	} {
		for _, e := range analyse(c.text).Entities {
			if e.Name == c.not || e.Type == model.Person && e.Name == "Bill Varnell Foundation" {
				t.Errorf("%q: %s %q", c.text, e.Type, e.Name)
			}
		}
	}
}
