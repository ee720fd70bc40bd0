package articles

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// The bundled corpus shows every quotation style real news uses; each row
// pins one of them to the speaker a careful reader would name.
func TestCorpusQuotationStyles(t *testing.T) {
	arts, probs := LoadFS(Bundled())
	if len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	byFile := map[string]*model.Article{}
	for _, a := range arts {
		byFile[a.Path] = a
	}
	cases := []struct {
		style, file, quote, speaker string
		speech                      bool
	}{
		// speaker after the quotation, curly and straight marks
		{"after, curly", "2026-02-03-varga-unveils-harbour-plan.md", "For thirty years we have patched", "Anneliese Varga", true},
		{"after, straight", "2026-07-02-varga-survives-confidence-vote.txt", "It is not an overrun.", "Oskar Lind", true},
		{"said X, a role", "2026-03-04-port-anselm-dock-strike.txt", "I grew up listening to these cranes", "Ruth Calloway", true},
		// speaker before
		{"before, colon", "2026-03-04-port-anselm-dock-strike.txt", "We did not choose this fight.", "Greta Solberg", true},
		{"before, wrote in a statement", "2026-03-21-kessary-estuary-porpoise-study.md", "We take the university's findings", "Tomas Reinholt", true},
		// split quotations, the speaker in the middle
		{"split, first part", "2026-03-04-port-anselm-dock-strike.txt", "The port is open,", "Tomas Reinholt", true},
		{"split, second part", "2026-03-04-port-anselm-dock-strike.txt", "The ships are not moving", "Tomas Reinholt", true},
		{"split mid-sentence", "2026-02-03-varga-unveils-harbour-plan.md", "because we cannot afford the alternative.", "Oskar Lind", true},
		// partial quotations inside reported speech
		{"partial", "2026-02-03-varga-unveils-harbour-plan.md", "a bridge, not a wall", "Anneliese Varga", true},
		{"partial after a coordinated verb", "2026-01-14-bank-of-veldoria-holds-rates.txt", "take the heat out of freight costs", "Oskar Lind", true},
		{"partial, name in apposition", "2026-09-18-calloway-anselm-prize.md", "startled by the confidence", "Beatrix Hollis", true},
		// pronouns referring back
		{"she said, a paragraph later", "2026-05-16-salt-harbour-premiere.txt", "It’s a strange thing to see your own family", "Ruth Calloway", true},
		{"he said, after a role noun", "2026-08-30-rovers-season-opener.txt", "We looked like a team playing", "Luka Brandt", true},
		// unnamed sources
		{"a spokeswoman for", "2026-03-04-port-anselm-dock-strike.txt", "The prime minister has spoken to both", "a spokeswoman for the prime minister's office", true},
		{"a source familiar with", "2026-03-04-port-anselm-dock-strike.txt", "There is a deal to be had", "a source familiar with the talks", true},
		{"a diplomat, split", "2026-04-29-maritime-council-blue-corridor.md", "Everybody else wanted to go home", "a diplomat", true},
		// according to
		{"according to, after a quotation", "2026-03-21-kessary-estuary-porpoise-study.md", "Slowing down costs a ship", "Hana Ibsen", true},
		{"according to, with a role", "2026-07-25-halvard-lines-profit-falls.md", "Two days of a closed port", "Elin Dahlberg", true},
		// social media and other cues
		{"posted on social media", "2026-01-14-bank-of-veldoria-holds-rates.txt", "Families in Kessary and Port Anselm", "Matthias Okafor", true},
		{"asked", "2026-06-09-kessary-floods.md", "What else would I be doing?", "Emeka Dovran", true},
		// titles and scare quotes are not speech
		{"book title", "2026-03-04-port-anselm-dock-strike.txt", "The Long Tide", "", false},
		{"so-called", "2026-10-07-blue-corridor-porpoise-results.txt", "blue corridor", "", false},
		{"provisionally titled", "2026-08-30-rovers-season-opener.txt", "Home Games", "", false},
		// single marks, as much of the British and Irish press quotes
		{"single marks, after", "2026-11-24-skerries-ferry-strike.md", "Nobody on the boats wanted this,", "Callum Rennie", true},
		{"single marks, before, a title without a full stop", "2026-11-24-skerries-ferry-strike.md", "If someone pays for the crews", "Ingrid Hallsten", true},
		{"single marks, partial", "2026-11-24-skerries-ferry-strike.md", "a failure of planning, not of goodwill", "Petra Solvik", true},
		{"single marks, double ones inside", "2026-11-24-skerries-ferry-strike.md", "We’ve had the “look again in the spring” letter before,", "Callum Rennie", true},
		// the seed
		{"seed, Truth Social post", "2025-05-19-russia-ukraine-truce-talks.txt", "Negotiations between Russia and Ukraine", "Donald Trump", true},
	}
	for _, c := range cases {
		t.Run(c.style, func(t *testing.T) {
			a := byFile[c.file]
			if a == nil {
				t.Fatalf("no bundled file %s", c.file)
			}
			q, ok := findQuote(a, c.quote)
			if !ok {
				t.Fatalf("no quotation starting %q", c.quote)
			}
			if q.Speaker != c.speaker || q.Speech != c.speech {
				t.Errorf("speaker %q speech %v, want %q %v", q.Speaker, q.Speech, c.speaker, c.speech)
			}
		})
	}

	// a quotation in single marks over two paragraphs is one quotation,
	// and the apostrophes in it close nothing
	q, _ := findQuote(byFile["2026-11-24-skerries-ferry-strike.md"], "Not this year, maybe not next year.")
	if !strings.Contains(q.Text, "My grandmother used to say") {
		t.Errorf("the islander's quotation should run into the next paragraph; it is %q", q.Text)
	}
	q, _ = findQuote(byFile["2026-11-24-skerries-ferry-strike.md"], "We run a lifeline service")
	if q.Speaker != "Ingrid Hallsten" {
		t.Errorf("the chief executive's quotation: speaker %q", q.Speaker)
	}
	if q, _ = findQuote(byFile["2026-11-24-skerries-ferry-strike.md"], "It’s our job"); !strings.HasSuffix(q.Text, "neither.") {
		t.Errorf("an apostrophe closed the quotation early: %q", q.Text)
	}

	// a quotation over several paragraphs is one quotation
	q, _ = findQuote(byFile["2026-03-04-port-anselm-dock-strike.txt"], "We did not choose this fight.")
	if n := strings.Count(q.Text, "\n"); n < 1 {
		t.Errorf("the strike leader's quotation should run over paragraphs; it has %d breaks", n)
	}
	// a quotation nested in another belongs to it
	if _, ok := findQuote(byFile["2026-03-04-port-anselm-dock-strike.txt"], "not before the summer"); ok {
		t.Error("the nested quotation is listed on its own")
	}
	// apostrophes written as ’ do not open or close quotations
	if q, ok := findQuote(byFile["2026-02-03-varga-unveils-harbour-plan.md"], "Cranes that drive themselves don’t pay taxes"); !ok || q.Speaker != "Greta Solberg" {
		t.Errorf("quotation with ’ apostrophes: found %v, speaker %q", ok, q.Speaker)
	}
}

func findQuote(a *model.Article, prefix string) (model.Quote, bool) {
	for _, q := range a.Quotes {
		if strings.HasPrefix(q.Text, prefix) {
			return q, true
		}
	}
	return model.Quote{}, false
}
