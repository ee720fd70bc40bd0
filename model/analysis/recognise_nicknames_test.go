package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestNicknames: a quoted nickname inside a name is no quotation, and
// the name around it is one person, named without the nickname (or by
// the nickname and surname where the article calls the person so); a
// quoted stretch that only looks like one stays a quotation.
func TestNicknames(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		quotes []string // the quotations' texts, in order
		people []string // person entities that must be
		not    []string // entities that must not be
	}{
		{"straight marks", []string{`Rodolfo "Dodong" Villanueva, the mayor, said the town would rebuild. "We will not leave," Villanueva said.`},
			[]string{"We will not leave,"}, []string{"Rodolfo Villanueva"}, []string{"Dodong", "Rodolfo", `Rodolfo "Dodong" Villanueva`}},
		{"curly marks, after a title", []string{"Science adviser George “Jay” Keyworth said funds were short."},
			nil, []string{"George Keyworth"}, []string{"Jay", "George", "Keyworth"}},
		{"two words", []string{"Dwayne “The Rock” Johnson visited the shelter. Johnson said he was moved."},
			nil, []string{"Dwayne Johnson"}, []string{"The Rock", "Dwayne"}},
		{"after an initial, known by the nickname", []string{`Rep. Robert C. "Bobby" Scott spoke first. "We have work to do," Bobby Scott said.`},
			[]string{"We have work to do,"}, []string{"Bobby Scott"}, []string{"Robert C. Scott", "Robert C."}},
		{"single marks in an article that quotes in them", []string{
			"‘We will not sail until the pay is fixed,’ said Abdul ‘Bobby’ Rahman, the shop steward.",
			"‘It is a matter of safety,’ Rahman said. ‘Nobody wants a strike.’"},
			[]string{"We will not sail until the pay is fixed,", "It is a matter of safety,", "Nobody wants a strike."},
			[]string{"Abdul Rahman"}, []string{"Bobby", "Abdul"}},
		// no given name before, or no surname after: quotations
		{"after a function word", []string{`The "Big Three" Automakers asked for help, Ilse Varga said.`},
			[]string{"Big Three"}, nil, nil},
		{"after a verb", []string{`Mayor Ada Holm called it "Absurd" Tuesday.`},
			[]string{"Absurd"}, []string{"Ada Holm"}, nil},
		{"before a lower-case word", []string{`Ilse Varga said "Never" again and left.`},
			[]string{"Never"}, []string{"Ilse Varga"}, nil},
		{"four words", []string{`Tomas "The Man Who Knew" Brandt left.`},
			[]string{"The Man Who Knew"}, nil, []string{"Tomas Brandt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.paras...)
			var quotes []string
			for _, q := range a.Quotes {
				quotes = append(quotes, q.Text)
			}
			if !slices.Equal(quotes, c.quotes) {
				t.Errorf("quotations %q, want %q", quotes, c.quotes)
			}
			got := map[string]model.EntityType{}
			for _, e := range a.Entities {
				got[e.Name] = e.Type
			}
			for _, n := range c.people {
				if got[n] != model.Person {
					t.Errorf("no person %q; got %v", n, got)
				}
			}
			for _, n := range c.not {
				if _, ok := got[n]; ok {
					t.Errorf("unexpected entity %q; got %v", n, got)
				}
			}
		})
	}
}
