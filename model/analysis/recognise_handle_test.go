package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestHandleSpeakers: an account's handle is a name wherever a speaker
// phrase can hold one, shown with its "@"; a name written with its
// handle, or a handle that spells a name the article gives, is that
// person; an embedded post's signature line names no one.
func TestHandleSpeakers(t *testing.T) {
	cases := []struct {
		name    string
		paras   []string
		quote   string
		speaker string
		people  []string // the people list, in order
	}{
		{"apposition after a description", []string{"One commuter, @quayside_kat, wrote on X: “The night boat never waits for the train.”"},
			"night boat", "@quayside_kat", []string{"@quayside_kat"}},
		{"subject after the quotation", []string{"“Nobody on the council rides the ferry,” @ValePeder posted on Instagram."},
			"Nobody on the council", "@ValePeder", []string{"@ValePeder"}},
		{"inverted tag", []string{"“The fares doubled in a year,” wrote @tarn_walks_99 on Bluesky."},
			"fares doubled", "@tarn_walks_99", []string{"@tarn_walks_99"}},
		{"the account", []string{"The account @OrkneyBuses answered: “The extra service starts on Monday.”"},
			"extra service", "@OrkneyBuses", nil},
		{"a name with its handle", []string{"Mira Castell (@miracastell) wrote on X: “Twenty minutes on the quay in the rain.”"},
			"Twenty minutes", "Mira Castell", []string{"Mira Castell"}},
		{"a handle that spells a name", []string{"Mira Castell chairs the ferry users’ group.", "“The board should resign,” @realMiraCastell wrote later."},
			"board should resign", "Mira Castell", []string{"Mira Castell"}},
		{"the account a post appeared on", []string{"Mira Castell called for the harbour board to go. Castell said the board had lost its way.", "“The board has failed every island with its plans,” the veteran campaigner wrote in a late post on @MiraCastell. “Go now!”"},
			"failed every island", "Mira Castell", []string{"Mira Castell"}},
		{"a signature line", []string{"The harbour master answered online.", "The night boat runs again from Monday. pic.twitter.com/q8Zt0", "— Mira Castell (@miracastell) June 4, 2019", "Not everyone was pleased."},
			"", "", nil},
		{"no pronoun goes back to a handle", []string{"Ann Reed waited two hours on the quay for the night boat.", "One commuter, @quay_kat, wrote on X: “The night boat never waits for the train.”", "“We were all soaked to the skin,” she said."},
			"soaked to the skin", "Ann Reed", []string{"Ann Reed", "@quay_kat"}},
		{"a reader's post signed on the line after", []string{"We asked readers who won the debate.", "The mayor won it easily. Nobody else came close.", "@quaywatcher88.", "Follow @HarbourOpinion for more."},
			"", "", nil},
		{"an e-mail address and a contact line", []string{"Tickets: write to mira@castell.example.", "Twitter: @castellwrites"},
			"", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.paras...)
			if c.quote != "" {
				q, ok := findQuote(a, c.quote)
				if !ok {
					t.Fatalf("no quotation %q in %q", c.quote, quoteTexts(a))
				}
				if q.Speaker != c.speaker {
					t.Errorf("speaker of %q = %q, want %q", c.quote, q.Speaker, c.speaker)
				}
			}
			var people []string
			for _, e := range a.Entities {
				if e.Type == model.Person {
					people = append(people, e.Name)
				}
				if strings.Contains(e.Name, "@") && !slices.Contains(c.people, e.Name) && e.Name != c.speaker {
					t.Errorf("entity %q (%v)", e.Name, e.Type)
				}
			}
			if c.people != nil && !slices.Equal(people, c.people) {
				t.Errorf("people %q, want %q", people, c.people)
			}
		})
	}
}
