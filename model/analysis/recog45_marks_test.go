package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestStraightClosingMarks: a surname after a straight closing quotation
// mark is typed as after a curly one, a person's.
func TestStraightClosingMarks(t *testing.T) {
	cases := []nameCase{
		{"a surname with a particle", []string{`"The water came at night," Le Goff said.`}, "Le Goff", []string{"Le Goff"}, nil},
		{"a particle after a question", []string{`"Who will pay for the pumps?" Du Plessis asked.`}, "Du Plessis", []string{"Du Plessis"}, nil},
		{"the surname of a person named before", []string{"Hendrik De Smet grows wheat near Ghent and has not ploughed since 2019.",
			`"We stopped tilling the fields five years ago," De Smet said.`}, "Hendrik De Smet", []string{"Hendrik De Smet"}, []string{"De Smet"}},
	}
	runNameCases(t, cases)
}

// TestStraightMarksAsCurly: an article written with straight marks gives
// the people the same article gives with curly ones.
func TestStraightMarksAsCurly(t *testing.T) {
	paras := []string{
		"Hendrik De Smet grows wheat near Ghent and has not ploughed since 2019.",
		`"We stopped tilling the fields five years ago," De Smet said.`,
		`"The water came at night," Le Goff said, standing outside her flooded shop in Quimper.`,
		`The keeper could only watch as Fiifi Owusu-Badu's free kick curled over the wall.`,
		`Best film went to "The Last Train to Sfax", a drama set in 1956.`,
	}
	people := func(paras []string) []string {
		var out []string
		for _, e := range analyse(paras...).Entities {
			if e.Type == model.Person {
				out = append(out, e.Name)
			}
		}
		slices.Sort(out)
		return out
	}
	curly := make([]string, len(paras))
	for i, p := range paras {
		p = strings.ReplaceAll(p, "'", "’")
		for strings.Contains(p, `"`) {
			p = strings.Replace(strings.Replace(p, `"`, "“", 1), `"`, "”", 1)
		}
		curly[i] = p
	}
	s, c := people(paras), people(curly)
	if !slices.Equal(s, c) {
		t.Errorf("straight marks give %q, curly ones %q", s, c)
	}
	if !slices.Contains(c, "Fiifi Owusu-Badu") || !slices.Contains(c, "Hendrik De Smet") {
		t.Errorf("curly marks give %q", c)
	}
}

// TestPossessiveEndsName: the tagger runs a name on into the possessive
// after it ("Owusu-Badu's/I-ORG free kick"); the mention ends before it, and
// the given name before joins the surname.
func TestPossessiveEndsName(t *testing.T) {
	cases := []nameCase{
		{"straight", []string{"The keeper could only watch as Fiifi Owusu-Badu's free kick curled over the wall."},
			"", []string{"Fiifi Owusu-Badu"}, []string{"Fiifi", "Owusu-Badu"}},
		{"curly", []string{"The keeper could only watch as Fiifi Owusu-Badu’s free kick curled over the wall."},
			"", []string{"Fiifi Owusu-Badu"}, []string{"Fiifi", "Owusu-Badu"}},
	}
	runNameCases(t, cases)
}
