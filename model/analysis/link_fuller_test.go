package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestFullerName: a full name written shorter elsewhere in the article is
// one person with the longer name, unless the longer names it could be
// are two people, or the two differ by a generational suffix only, or the
// article writes both in one sentence.
func TestFullerName(t *testing.T) {
	cases := []struct {
		text   string
		people []string // every person entity, in order of first mention
	}{
		{"Ilse M. Varga opened the session on Monday. Later, Ilse Varga spoke for an hour.",
			[]string{"Ilse M. Varga"}},
		{"Tomas Varga said little. Halvard chairman Tomas Reinholt Varga said more.",
			[]string{"Tomas Reinholt Varga"}},
		// two longer names, neither within the other: left alone
		{"Peter B. Olsen spoke first. Peter C. Olsen spoke next. On Monday, Peter Olsen said he would resign.",
			[]string{"Peter B. Olsen", "Peter C. Olsen", "Peter Olsen"}},
		// a chain: the longest
		{"Ana Reed arrived. Ana J. Reed waved. Ana Lise J. Reed sat down.",
			[]string{"Ana Lise J. Reed"}},
		// father and son
		{"Ola P. Brandt founded the yard. Ola P. Brandt Jr. runs it now.",
			[]string{"Ola P. Brandt", "Ola P. Brandt Jr."}},
		{"Ola Brandt spoke first. Ola P. Brandt Jr. runs the yard now.",
			[]string{"Ola Brandt", "Ola P. Brandt Jr."}},
		// one sentence, two people
		{"He is Nils Holm's son and Nils K. Holm's brother. Nils K. Holm spoke.",
			[]string{"Nils Holm", "Nils K. Holm"}},
	}
	for _, c := range cases {
		a := article(c.text)
		p := Default()
		tz := p.prepare(a)
		var got []string
		for _, e := range linkWith(a, tz, p.recognise(tz), linkPasses) {
			if e.Type == model.Person {
				got = append(got, e.Name)
			}
		}
		if !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}
