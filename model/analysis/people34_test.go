package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestPeople34Bylines: a name at the top with a bar, a dash or a comma
// and a writer's role in any case, a place or, after a bar, a date is the
// byline, and no person of the story.
func TestPeople34Bylines(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen | Transport reporter", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen | Senior political correspondent", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen | Court reporter | Kelby", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen | 12 March 2026", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen – Court reporter", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen | Senior court reporter, Kelby", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour master fined over ferry fares", "By Maren Tollefsen, court reporter", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		// the story
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen | who owns the boats", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Maren Tollefsen", "Ilse Marrow"}},
		{[]string{"Harbour master fined over ferry fares", "Maren Tollefsen, a reporter", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Maren Tollefsen", "Ilse Marrow"}},
	})
}

// TestPeople34AgedSurname: a name the recogniser took for a body's is a
// person's when its last word stands alone before an age elsewhere, or
// when it is set off by commas after a role at a body.
func TestPeople34AgedSurname(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"The former treasurer of the Kelby Harbour Board, Tumelo Sebokeng, was fined on Monday.", "Sebokeng, 61, was convicted in May."}, []string{"Tumelo Sebokeng"}},
		// an apposition to a role at a body
		{[]string{"The former treasurer of the Kelby Harbour Board, Tumelo Sebokeng, was fined on Monday."}, []string{"Tumelo Sebokeng"}},
		// no age and no role: the name is left to the recogniser
		{[]string{"The former offices of the Kelby Harbour Board, Tumelo Sebokeng, were sold on Monday.", "The board, 61 members strong, met in May."}, nil},
	})
}

// linkFrom links the names the tagger is made to have found, each "p:",
// "o:" or "l:" (person, organisation, place) and its words, found in order
// in the paragraphs, and returns the entities.
func linkFrom(paras []string, names []string) []model.Entity {
	a := article(paras...)
	tz := Default().prepare(a)
	var raw []rawMention
	from := 0
	for _, n := range names {
		typ := map[byte]model.EntityType{'p': model.Person, 'o': model.Organization, 'l': model.Place}[n[0]]
		words := strings.Fields(n[2:])
		for k := from; k+len(words) <= len(tz.toks); k++ {
			if tz.toks[k].text == words[0] && tz.toks[k+len(words)-1].text == words[len(words)-1] {
				raw = append(raw, rawMention{ts: k, te: k + len(words), typ: typ})
				from = k + len(words)
				break
			}
		}
	}
	return linkWith(a, tz, raw, linkPasses)
}

// linkedFrom is linkFrom's person entities' names.
func linkedFrom(paras []string, names []string) []string {
	var people []string
	for _, e := range linkFrom(paras, names) {
		if e.Type == model.Person {
			people = append(people, e.Name)
		}
	}
	return people
}

// entitiesFrom is linkFrom's every entity, as "type:name".
func entitiesFrom(paras []string, names []string) []string {
	var got []string
	for _, e := range linkFrom(paras, names) {
		got = append(got, e.Type.String()[:3]+":"+e.Name)
	}
	return got
}

// TestPeople34Branches: a body's name and the country of its branch after
// it are one organisation, whatever the recogniser made of the country;
// a place's name before a country stays a place.
func TestPeople34Branches(t *testing.T) {
	cases := []struct {
		paras []string
		names []string // as the tagger is made to find them
		want  []string
	}{
		{[]string{"The charity Hearing Help Australia said the rules were weak."}, []string{"l:Australia"}, []string{"org:Hearing Help Australia"}},
		{[]string{"A spokesman for Hearts for Kelby UK said it would appeal."}, []string{"o:UK"}, []string{"org:Hearts for Kelby UK"}},
		{[]string{"The fund, Kestrel Canada, gave the money."}, []string{"o:Kestrel", "l:Canada"}, []string{"org:Kestrel Canada"}},
		{[]string{"The charity Memory Harbour International said the rules were weak."}, []string{"o:Harbour International"}, []string{"org:Memory Harbour International"}},
		{[]string{"A spokesman for Rescue the Kelby Children UK said the camps were full."}, []string{"l:Rescue", "o:Kelby Children", "o:UK"}, []string{"org:Rescue the Kelby Children UK"}},
		{[]string{"Priorities Vell UK raised the money."}, []string{"o:Priorities Vell", "o:UK"}, []string{"org:Priorities Vell UK"}},
		// places, and a word that opens its sentence
		{[]string{"The firm moved from Kelby UK to Vellmouth."}, []string{"l:Kelby", "l:UK"}, []string{"pla:Kelby", "pla:United Kingdom"}},
		{[]string{"Trade between Kessary and Europe fell."}, []string{"l:Kessary", "l:Europe"}, []string{"pla:Kessary", "pla:Europe"}},
		{[]string{"Meanwhile Canada waited for the vote."}, []string{"l:Canada"}, []string{"pla:Canada"}},
		{[]string{"The office is in Houston, Texas USA, near the port."}, []string{"l:Houston", "o:Texas", "l:USA"}, []string{"pla:Houston", "org:Texas", "pla:United States"}},
		{[]string{"Snow fell on New England on Monday."}, []string{"l:England"}, []string{"pla:England"}},
	}
	for _, c := range cases {
		if got := entitiesFrom(c.paras, c.names); !slices.Equal(got, c.want) {
			t.Errorf("%q: entities %q, want %q", c.paras, got, c.want)
		}
	}
}

// TestPeople34NameInNames: a word that opens the names of bodies or
// places, or heads a line of results, is no person, unless the article
// puts it in a person's place.
func TestPeople34NameInNames(t *testing.T) {
	cases := []struct {
		paras  []string
		names  []string // as the tagger is made to find them (linkedFrom)
		people []string
	}{
		{[]string{"Kestrava polls: Harbour Front sweeps the coast", "The Harbour Front won 90 of the 160 seats in the Kestrava Legislative Assembly, ending the rule of the Kestrava Farmers Party."},
			[]string{"p:Kestrava", "o:Harbour Front", "o:Harbour Front", "o:Kestrava Legislative Assembly", "o:Kestrava Farmers Party"}, nil},
		{[]string{"Former Dunvale water manager jailed for fraud", "The former water manager of the Dunvale Local Municipality, Pieter Oosthuis, was sentenced on Friday.", "The Dunvale municipality said it welcomed the outcome."},
			[]string{"p:Dunvale", "o:Dunvale Local Municipality", "p:Pieter Oosthuis", "p:Dunvale"}, []string{"Pieter Oosthuis"}},
		{[]string{"Seaview hold off brave Tallow Gully to reach the final", "Goals – Seaview: Doyle 4, Marrow 3. Tallow Gully: Okafor 5, Kinsella 3."},
			[]string{"o:Seaview", "p:Tallow Gully", "o:Seaview", "p:Doyle", "p:Marrow", "p:Tallow Gully", "p:Okafor", "p:Kinsella"}, []string{"Doyle", "Marrow", "Okafor", "Kinsella"}},
		// a timeline's date after a colon is no line of results
		{[]string{"Key dates in the life of Kestrel Vance", "Vance: January 20, 2009, sworn in."},
			[]string{"p:Kestrel Vance", "p:Vance"}, []string{"Kestrel Vance"}},
		{[]string{"Key dates", "Vance: January 20, 2009, sworn in."},
			[]string{"p:Vance"}, []string{"Vance"}},
		// a person named in full is not retyped by a short form's use
		{[]string{"Kestrel Vance picked the side.", "Vance: Holm 3, Brandt 2."},
			[]string{"p:Kestrel Vance", "p:Vance", "p:Holm", "p:Brandt"}, []string{"Kestrel Vance", "Holm", "Brandt"}},
		// a person's place keeps the person: a speech verb, a role before
		// the name, a given name beside it
		{[]string{"Kestrava speaks: the founder's last interview", "Kestrava said the Kestrava Foundation would give the land to the town."},
			[]string{"p:Kestrava", "p:Kestrava", "o:Kestrava Foundation"}, []string{"Kestrava"}},
		{[]string{"Former Dunvale chief jailed", "Mayor Dunvale ran the Dunvale Local Municipality for ten years."},
			[]string{"p:Dunvale", "p:Dunvale", "o:Dunvale Local Municipality"}, []string{"Dunvale"}},
		{[]string{"Tomas or Kestrel will speak at the Kestrel Holm Foundation and the Kestrel Holm Institute."},
			[]string{"p:Kestrel", "o:Kestrel Holm Foundation", "o:Kestrel Holm Institute"}, []string{"Kestrel"}},
	}
	for _, c := range cases {
		if got := linkedFrom(c.paras, c.names); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}

// TestPeople34Callings: the name words after a noun of what a person does
// are a person's name, where the tagger found none or took them for
// something else; a creed's adjective before a name is no calling.
func TestPeople34Callings(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Her death was confirmed by her nephew, the oboist Teodor Brannvik-Aas, who said she had been ill."}, []string{"Teodor Brannvik-Aas"}},
		{[]string{"The house was built for the violinist Ottilie Marrowby Vance."}, []string{"Ottilie Marrowby Vance"}},
		// found by callingNames, then given the family's surname by kinGivenName (names34)
		{[]string{"Tomas Brandt said he lost his sister Kestrel at the quay."}, []string{"Tomas Brandt", "Kestrel Brandt"}},
		// no calling, or no person's name after it
		{[]string{"Tomas Brandt said he grew up in communist Kelvany."}, []string{"Tomas Brandt"}},
		{[]string{"Tomas Brandt said he joined the centrist Dem caucus in May."}, []string{"Tomas Brandt"}},
		{[]string{"Tomas Brandt said he read the nationalist Harbour Times tabloid."}, []string{"Tomas Brandt"}},
	})
}

// TestPeople34Hypocorisms: a pet form of one person's surname or given
// name, written alone, is that person; not when two people could own it.
func TestPeople34Hypocorisms(t *testing.T) {
	cases := []struct {
		paras  []string
		names  []string // as the tagger is made to find them (linkedFrom)
		people []string
	}{
		{[]string{"Coach Dean Carrow praised his skipper, Liam Marchbank, who kicked three goals.", "\"Marchy was enormous,\" Carrow said."},
			[]string{"p:Dean Carrow", "p:Liam Marchbank", "p:Marchy", "p:Carrow"}, []string{"Dean Carrow", "Liam Marchbank"}},
		{[]string{"Coach Dean Carrow praised Liam Tollemache.", "\"Tollo was enormous,\" Carrow said."},
			[]string{"p:Dean Carrow", "p:Liam Tollemache", "p:Tollo", "p:Carrow"}, []string{"Dean Carrow", "Liam Tollemache"}},
		// two people it could stand for
		{[]string{"Coach Dean Carrow praised Liam Marchbank and Ada Marchetti.", "\"Marchy was enormous,\" Carrow said."},
			[]string{"p:Dean Carrow", "p:Liam Marchbank", "p:Ada Marchetti", "p:Marchy", "p:Carrow"}, []string{"Dean Carrow", "Liam Marchbank", "Ada Marchetti", "Marchy"}},
	}
	for _, c := range cases {
		if got := linkedFrom(c.paras, c.names); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}
