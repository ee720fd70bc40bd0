package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestGivenNamePeople: a name that opens with a known given name is a
// person's however the tagger typed it, unless it is a longer name's
// part, a body's or a place's.
func TestGivenNamePeople(t *testing.T) {
	cases := []nameCase{
		{"given and family name", []string{"“This is childish,” Alicia Pruwe wrote on Young Conservatives. “Blacklisted?”"},
			"Alicia Pruwe", []string{"Alicia Pruwe"}, nil},
		{"a given name alone", []string{"The woman who started it all said she was a 52-year-old Dunmore resident named Caroline."},
			"", []string{"Caroline"}, nil},
		{"a given name the tagger took for a place", []string{"Aides say Ivanka also advises her father on hiring."},
			"", []string{"Ivanka"}, nil},
		{"after a closing quotation mark", []string{"''This raises worries for people who may lose out in the change,'' Craig Marrisk, an energy blogger, wrote in German."},
			"", []string{"Craig Marrisk"}, nil},
		{"a family name that is a common word", []string{"“You are no longer welcome,” said Kristen Day, director of Democrats for Life. “This has been a long day.”",
			"Day after day the group met."}, "Kristen Day", []string{"Kristen Day"}, []string{"Kristen"}},
		{"a family name the tagger took apart", []string{"But as Liz Krautz points out in a column, the rally was small."},
			"", []string{"Liz Krautz"}, []string{"Liz", "Krautz"}},
		{"before a possessive", []string{"He spoke on Hugh Hewell’s radio show on Thursday."},
			"", []string{"Hugh Hewell"}, []string{"Hugh"}},
	}
	runNameCases(t, cases)
	// names the tagger typed a body or a place that stay so
	for _, c := range []struct{ text, name string }{
		{"She taught at Eugene Vell Elementary School in Dunmore for a decade.", "Eugene Vell Elementary School"},
		{"Tickets for the Sylvia went on sale in Dunmore on Monday.", "Sylvia"},
		{"Guests at the Felix praised the view.", "Felix"},
	} {
		for _, e := range analyse(c.text).Entities {
			if e.Name == c.name && e.Type == model.Person {
				t.Errorf("%q: %q typed a person", c.text, c.name)
			}
		}
	}
}
