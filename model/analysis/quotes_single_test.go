package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// paragraphsOf joins paras into a text, one paragraph a line.
func paragraphsOf(paras []string) (string, []model.Paragraph) {
	text, ps := "", []model.Paragraph(nil)
	for _, p := range paras {
		ps = append(ps, model.Paragraph{Span: model.Span{Start: len(text), End: len(text) + len(p)}})
		text += p + "\n"
	}
	return text, ps
}

// TestSingleMarkQuotations: an article that quotes in single marks, curly
// or straight, has its quotations found as one in double marks has, and
// the apostrophes among them (It’s, O’Brien, the islanders’, ‘90s, rock ‘n’
// roll) neither open nor close one. An article in double marks keeps its
// single marks to the quotations they stand in.
func TestSingleMarkQuotations(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []string
	}{
		{"curly, split", []string{"‘This is a good day for the islands,’ said councillor Mairi Dunlop. ‘We waited twenty years.’"},
			[]string{"This is a good day for the islands,", "We waited twenty years."}},
		{"straight, split", []string{"'This is a good day for the islands,' said councillor Mairi Dunlop. 'We waited twenty years.'"},
			[]string{"This is a good day for the islands,", "We waited twenty years."}},
		{"apostrophes inside words", []string{"‘It’s time we didn’t wait,’ said Sean O’Brien. ‘Don’t.’"},
			[]string{"It’s time we didn’t wait,", "Don’t."}},
		{"plural possessive inside", []string{"‘The islanders’ best hope is the ferry,’ said Mairi Dunlop."},
			[]string{"The islanders’ best hope is the ferry,"}},
		{"plural possessive in the tag", []string{"‘We have waited,’ said the islanders’ leader, Mairi Dunlop. ‘No more.’"},
			[]string{"We have waited,", "No more."}},
		{"plural possessive ends the quotation", []string{"She called it ‘a gift to the islanders’ and left. ‘It is,’ she said."},
			[]string{"a gift to the islanders", "It is,"}},
		{"straight plural possessive", []string{"'The islanders' best hope is the ferry,' said Mairi Dunlop."},
			[]string{"The islanders' best hope is the ferry,"}},
		{"elisions", []string{"‘It felt like the ‘90s, all rock ‘n’ roll,’ said Ravi Menon. ‘We’ll get ’em.’"},
			[]string{"It felt like the ‘90s, all rock ‘n’ roll,", "We’ll get ’em."}},
		{"a number, not a year", []string{"Dunlop put the cost at ‘90 to 95 per cent’ of the grant, and ‘15%’ of the rest, in the ’90s style."},
			[]string{"90 to 95 per cent", "15%"}},
		{"the space after a closing mark left out", []string{"‘We waited,’Dunlop said. ‘It is ours!’After that she left."},
			[]string{"We waited,", "It is ours!"}},
		{"a possessive-like close within a sentence, the next paragraph quoting", []string{"He pointed to his ‘D-minus’ rating from the anglers.", "‘It is unfair,’ he said."},
			[]string{"D-minus", "It is unfair,"}},
		{"a possessive-like close before a dash", []string{"Voters wanted a candidate who would ‘tell it like it is’ -- the slogan of the campaign."},
			[]string{"tell it like it is"}},
		{"a space before the closing mark", []string{"‘I think it is a disgrace, ’ Dunlop said. ‘Is it? ’ Menon asked. He said, ‘ … and no more.’"},
			[]string{"I think it is a disgrace, ", "Is it? ", " … and no more."}},
		{"a partial quotation", []string{"The minister, Ravi Menon, said the plan was ‘ambitious but affordable’. ‘It is,’ he said."},
			[]string{"ambitious but affordable", "It is,"}},
		{"over two paragraphs", []string{"Dunlop said: ‘We waited twenty years for this.", "‘Now the boat is here,’ she said. ‘And it is ours.’"},
			[]string{"We waited twenty years for this.\n‘Now the boat is here,", "And it is ours."}},
		{"double marks within", []string{`‘He told me "go home", and I did,’ said Aisha Bello. ‘I never went back.’`},
			[]string{`He told me "go home", and I did,`, "I never went back."}},
		{"more double marks within than single quotations", []string{`‘He called it "mad", "bad" and "sad",’ said Aisha Bello.`},
			[]string{`He called it "mad", "bad" and "sad",`}},
		{"single marks within", []string{"‘Then she says, ‘No,’ and leaves,’ said Aisha Bello. ‘Just like that.’"},
			[]string{"Then she says, ‘No,’ and leaves,", "Just like that."}},
		{"text split into tokens", []string{"Pakistan 's captain said I 'm sure they 're ready and 'd go again , he 's said ."},
			[]string{}},
		{"double-mark article", []string{"“He said ‘no’ to the islanders’ plan,” said Ravi Menon. ‘Twice’, she said."},
			[]string{"He said ‘no’ to the islanders’ plan,"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, ps := paragraphsOf(c.paras)
			got := []string{}
			for _, q := range findQuotes(text, ps) {
				got = append(got, q.Text)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("quotations %q, want %q", got, c.want)
			}
		})
	}
}

// TestSingleMarkSpeakers: quotations in single marks get their speakers as
// double-quoted ones do, by the tag after and before, across a split
// quotation and into the next paragraph, straight marks as curly ones.
func TestSingleMarkSpeakers(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  []wantQuote
	}{
		{"tag after and split", []string{"The council voted on Tuesday to fund a ferry.",
			"‘This is a good day for the islands,’ said councillor Mairi Dunlop. ‘We have waited twenty years.’"},
			[]wantQuote{{"good day", "Mairi Dunlop", "Mairi Dunlop"}, {"twenty years", "Mairi Dunlop", ""}}},
		{"tag before", []string{"Dr Aisha Bello told reporters: ‘The ferry will save lives.’"},
			[]wantQuote{{"save lives", "Aisha Bello", "Aisha Bello"}}},
		{"partial", []string{"The transport minister, Ravi Menon, said the plan was ‘ambitious but affordable’."},
			[]wantQuote{{"ambitious", "Ravi Menon", "Ravi Menon"}}},
		{"straight, split after a sentence", []string{"'Your ferry is late,' Ravi Menon told Mairi Dunlop, after Dunlop assured Menon that the islanders were patient. 'I will not let you down.'"},
			[]wantQuote{{"ferry is late", "Ravi Menon", "Ravi Menon"}, {"let you down", "Ravi Menon", ""}}},
		{"straight, a sentence opens with the mark", []string{"The council met on Tuesday.",
			"Mairi Dunlop said the vote was close. 'It was a good day,' she said."},
			[]wantQuote{{"good day", "Mairi Dunlop", ""}}},
		{"reckons", []string{"‘It’ll be packed on match days,’ reckons councillor Tom Reid."},
			[]wantQuote{{"packed", "Tom Reid", "Tom Reid"}}},
		{"next paragraph", []string{"‘The boat is here,’ said Mairi Dunlop.", "‘We will sail on Friday. The islanders’ wait is over.’"},
			[]wantQuote{{"boat is here", "Mairi Dunlop", "Mairi Dunlop"}, {"sail on Friday", "Mairi Dunlop", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.paras...)
			for _, w := range c.want {
				q, ok := findQuote(a, w.text)
				if !ok {
					t.Fatalf("no quotation %q in %q", w.text, quoteTexts(a))
				}
				if q.Speaker != w.speaker {
					t.Errorf("%q: speaker %q, want %q", w.text, q.Speaker, w.speaker)
				}
				if w.mention != "" && (!q.HasSpeakerMention() || a.Text[q.Attributed.Start:q.Attributed.End] != w.mention) {
					t.Errorf("%q: mention %v, want %q", w.text, q.Attributed, w.mention)
				}
			}
		})
	}
}

// TestSingleMarkHeadline: a headline quotes in the marks its article
// does: in single ones where the body quotes in single marks, and not at
// all in single marks where the body quotes in double ones (an American
// headline sets its article's double marks as single ones).
func TestSingleMarkHeadline(t *testing.T) {
	cases := []struct {
		name, title, body string
		want              []string
	}{
		{"single-mark article", "‘We waited twenty years’: islanders cheer ferry", "‘We waited twenty years,’ said Mairi Dunlop.", []string{"We waited twenty years"}},
		{"double-mark article", "Menon: ‘We Will Build the Ferry’", "“We will build it,” said Ravi Menon.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.title + "\n" + c.body + "\n"
			a := &model.Article{Path: "t.txt", Text: text, Format: "text", Title: c.title,
				TitleAt: model.Span{Start: 0, End: len(c.title)}, Body: model.Span{Start: len(c.title) + 1, End: len(text)}}
			Analyze(a)
			var got []string
			for _, q := range titleQuotes(a) {
				got = append(got, strings.TrimSpace(q.Text))
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("headline quotations %q, want %q", got, c.want)
			}
		})
	}
}

// TestSingleMarksAsDouble: an article in single marks gets the speakers
// the same article gets in double marks, quotation by quotation: the
// stages after finding the quotations (the tagger, the sieve) read their
// single marks as double ones.
func TestSingleMarksAsDouble(t *testing.T) {
	articles := [][]string{
		{"Piet Halvorsen, co-founder of the Fjordline Institute and advocate of a harbour-type effort to build new ferries, welcomed “the recognition that we do not, in fact, have all the boats we need to reach the islands.”",
			"Halvorsen said: “No large island in the region has yet succeeded in making a big dent in its isolation with bridges. Tunnels have been taken off the table by most of the councils and are growing too slowly to really matter.”",
			"And the council, for all the progress it helped wrangle, seems to agree."},
		{"“This is a good day for the islands,” said councillor Mairi Dunlop. “We have waited twenty years.”",
			"Another said he hoped with his “whole heart” that the ferry would run: “That way I can visit my mother every week.”"},
		{"Presidential candidate Piet Halvorsen suggests cutting harbour rules as a step toward reducing poverty in towns like Keswin Bay.",
			`"It might surprise you, but the answer is to cut the rules," the Republican said this week.`},
	}
	single := strings.NewReplacer("“", "‘", "”", "’", `"`, "'")
	for _, paras := range articles {
		double := analyse(paras...)
		var sparas []string
		for _, p := range paras {
			sparas = append(sparas, single.Replace(p))
		}
		a := analyse(sparas...)
		if len(a.Quotes) != len(double.Quotes) {
			t.Fatalf("%d quotations in single marks, %d in double: %q", len(a.Quotes), len(double.Quotes), quoteTexts(a))
		}
		for i, q := range a.Quotes {
			if d := double.Quotes[i]; q.Speaker != d.Speaker || q.Rule != d.Rule {
				t.Errorf("%q: speaker %q by %q in single marks, %q by %q in double", q.Text, q.Speaker, q.Rule, d.Speaker, d.Rule)
			}
		}
	}
}

// FuzzSingleMarks is FuzzAnalyze from articles that quote in single marks,
// where every apostrophe may open or close a quotation.
func FuzzSingleMarks(f *testing.F) {
	for _, s := range []string{
		"T\n‘We waited,’ said Mairi Dunlop. ‘The islanders’ hope.\n‘Still open\n’ … closed,’ she said.",
		"T\n'It's the lads' club,' said Ann O'Neill. 'Rock 'n' roll in the '90s, 15% of it.'\n'x' 'y '' z'",
		"T\n‘‘’’ ‘ ’ '‘’' :‘a’, ‘b’After ,’c ‘“d”’ ‘\"e\"’ ‘90 to",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		a := &model.Article{Text: text, Body: model.Span{Start: 0, End: len(text)}}
		Analyze(a)
		checkInvariants(t, a)
	})
}
