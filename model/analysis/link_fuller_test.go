package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// peopleCase is a table row of the people tests: the paragraphs of an
// article and the people byline should list, in order.
type peopleCase struct {
	paras  []string
	people []string
}

// runPeopleCases checks linkedPeople on every row of cases.
func runPeopleCases(t *testing.T, cases []peopleCase) {
	t.Helper()
	for _, c := range cases {
		if got := linkedPeople(c.paras...); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}

// linkedPeople recognises and links an article of paras and returns its
// person entities' names, in order of first mention.
func linkedPeople(paras ...string) []string {
	return peopleOf(article(paras...))
}

// peopleOf recognises and links a and returns its person entities' names,
// in order of first mention.
func peopleOf(a *model.Article) []string {
	p := Default()
	tz := p.prepare(a)
	var got []string
	for _, e := range linkWith(a, tz, p.recognise(tz), linkPasses) {
		if e.Type == model.Person {
			got = append(got, e.Name)
		}
	}
	return got
}

// mentionCount is how many mentions the entity of that name and type
// has in a, or -1 when a has no such entity.
func mentionCount(a *model.Article, name string, typ model.EntityType) int {
	for _, e := range a.Entities {
		if e.Name == name && e.Type == typ {
			return len(e.Mentions)
		}
	}
	return -1
}

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
		if got := linkedPeople(c.text); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}

// TestFullerNameTail: a name of several words that ends a longer name
// opening with a given name is that name's surname ("Vander Holm" of Anna
// Vander Holm); not where the longer name opens with other words (a
// headline's "Harbourside Tomas Brandt"), nor where two longer names end
// so.
func TestFullerNameTail(t *testing.T) {
	cases := []struct {
		text   string
		names  []string // the tagger's people, in text order
		people []string
	}{
		{"Anna Vander Holm spoke first. Later Vander Holm left.", []string{"Anna Vander Holm", "Vander Holm"},
			[]string{"Anna Vander Holm"}},
		{"Harbourside Tomas Brandt Wins. Tomas Brandt spoke.", []string{"Harbourside Tomas Brandt", "Tomas Brandt"},
			[]string{"Harbourside Tomas Brandt", "Tomas Brandt"}},
		{"Anna Van Holm and Peter Van Holm spoke. Van Holm left.", []string{"Anna Van Holm", "Peter Van Holm", "Van Holm"},
			[]string{"Anna Van Holm", "Peter Van Holm", "Van Holm"}},
	}
	for _, c := range cases {
		a := article(c.text)
		tz := Default().prepare(a)
		var raw []rawMention
		from := 0
		for _, n := range c.names {
			words := strings.Fields(n)
			for k := from; k+len(words) <= len(tz.toks); k++ {
				if a.Text[tz.toks[k].Start:tz.toks[k+len(words)-1].End] == n {
					raw = append(raw, rawMention{ts: k, te: k + len(words), typ: model.Person})
					from = k + len(words)
					break
				}
			}
		}
		var got []string
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			if e.Type == model.Person {
				got = append(got, e.Name)
			}
		}
		if !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}
