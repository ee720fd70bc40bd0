package model

import (
	"strings"
	"testing"
)

// article makes an article of one paragraph whose sentences end at each
// ". ", with one quotation: the first “…” in the text, attributed to the
// first occurrence of phrase after it (or before it, with before set).
func evidenceArticle(text, phrase string, before bool, speaker, cue, rule string) *Article {
	a := &Article{Text: text}
	par := Paragraph{Span: Span{End: len(text)}}
	start := 0
	for i := 0; i+2 <= len(text); i++ {
		if text[i:i+2] == ". " {
			par.Sentences = append(par.Sentences, Span{Start: start, End: i + 1})
			start = i + 2
		}
	}
	par.Sentences = append(par.Sentences, Span{Start: start, End: len(text)})
	a.Paragraphs = []Paragraph{par}
	qs := strings.Index(text, "“")
	qe := strings.Index(text, "”") + len("”")
	q := Quote{Span: Span{Start: qs, End: qe}, Speaker: speaker, Cue: cue, Rule: rule, Speech: true}
	if phrase != "" {
		at := qe + strings.Index(text[qe:], phrase)
		if before {
			at = strings.Index(text, phrase)
		}
		q.Attributed = Span{Start: at, End: at + len(phrase)}
	}
	a.Quotes = []Quote{q}
	return a
}

func TestEvidence(t *testing.T) {
	defer SetRuleNotes(ruleNotes)
	SetRuleNotes(map[string]string{"tag-after": "after the quotation", "tag-before": "before the quotation, in its sentence"})
	cases := []struct {
		name, text, phrase string
		before             bool
		speaker, cue, rule string
		words              string
		names              bool
		how                string
	}{
		{"pronoun then cue", "Ann Reed spoke. “We will,” he said. Then he left.", "he", false, "Ann Reed", "said", "tag-after",
			"he said", false, "after the quotation"},
		{"cue then name", "“We will,” said Ms. Reed on Monday.", "Ms. Reed", false, "Ann Reed", "said", "tag-after",
			"said Ms. Reed", false, "after the quotation"},
		{"full name", "“We will,” said Ann Reed.", "Ann Reed", false, "Ann Reed", "said", "tag-after",
			"said Ann Reed", true, "after the quotation"},
		{"according to", "The plan is “dead”, according to the ministry.", "the ministry", false, "Vell Ministry", "according to", "tag-after",
			"according to the ministry", false, "after the quotation"},
		{"apposition between", "Reed, a teacher from Holm, said: “We will.”", "Reed", true, "Ann Reed", "said", "tag-before",
			"Reed, a teacher from Holm, said", false, "before the quotation, in its sentence"},
		{"far apart", "Reed, who has taught at the college in Holm for twenty-two years, said: “We will.”", "Reed", true, "Ann Reed", "said", "tag-before",
			"Reed … said", false, "before the quotation, in its sentence"},
		{"cue case and line break", "“We will,” Ann\nReed\nSaid.", "Ann\nReed", false, "Ann Reed", "said", "tag-after",
			"Ann Reed Said", true, "after the quotation"},
		{"cue only as a whole word", "“We will,” Reed saidly said.", "Reed", false, "Ann Reed", "said", "tag-after",
			"Reed saidly said", false, "after the quotation"},
		{"the nearest cue in the sentence", "Reed said it. “We will,” Reed said.", "Reed said", false, "Ann Reed", "said", "tag-after",
			"Reed said", false, "after the quotation"},
		{"no cue", "“We will!” Reed groaned.", "Reed", false, "Ann Reed", "", "dialogue-tag",
			"Reed", false, ""},
		{"unresolved", "“We will,” they said.", "they", false, "", "said", "tag-after",
			"they said", false, "after the quotation"},
		{"unnamed source", "“We will,” a source said.", "a source", false, "a source", "said", "tag-after",
			"a source said", true, "after the quotation"},
		// errors
		{"no speaker", "“We will.”", "", false, "", "", "", "", false, ""},
		{"cue in another sentence", "They said so. “We will,” Reed added.", "Reed", false, "Ann Reed", "said", "tag-after",
			"Reed", false, "after the quotation"},
		{"cue inside the quotation", "“We said it,” Reed.", "Reed", false, "Ann Reed", "said", "tag-after",
			"Reed", false, "after the quotation"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := evidenceArticle(c.text, c.phrase, c.before, c.speaker, c.cue, c.rule)
			ev := a.Evidence(0)
			if ev.Words != c.words || ev.Names != c.names || ev.How != c.how || ev.Speaker != c.speaker {
				t.Errorf("got %+v, want words %q names %v how %q", ev, c.words, c.names, c.how)
			}
			if ev.Phrase != a.Quotes[0].Attributed {
				t.Errorf("phrase at %v, want %v", ev.Phrase, a.Quotes[0].Attributed)
			}
		})
	}
	if ev := (&Article{}).Evidence(3); ev != (Evidence{}) {
		t.Errorf("no quotation 3, got %+v", ev)
	}
}

// A cue written in Markdown markup is found, and the words are shown
// without the markup.
func TestEvidenceReadsPastMarkup(t *testing.T) {
	a := evidenceArticle("“We will,” **Reed** said.", "**Reed**", false, "Ann Reed", "said", "tag-after")
	a.Markup = []Markup{{Span: Span{Start: 15, End: 17}}, {Span: Span{Start: 21, End: 23}}}
	if ev := a.Evidence(0); ev.Words != "Reed said" {
		t.Errorf("words %q, want %q", ev.Words, "Reed said")
	}
}

// paragraphs makes an article of paragraphs split at "\n", sentences at
// ". ", with the person ID "person:ann reed" mentioned wherever "Reed"
// stands, and one quotation (the first “…”) attributed to the last
// occurrence of phrase.
func paragraphs(text, phrase string) *Article {
	a := &Article{Text: text}
	start := 0
	for _, p := range strings.SplitAfter(text, "\n") {
		par := Paragraph{Span: Span{Start: start, End: start + len(strings.TrimSuffix(p, "\n"))}}
		s := par.Start
		for i := par.Start; i+2 <= par.End; i++ {
			if text[i:i+2] == ". " {
				par.Sentences = append(par.Sentences, Span{Start: s, End: i + 1})
				s = i + 2
			}
		}
		par.Sentences = append(par.Sentences, Span{Start: s, End: par.End})
		a.Paragraphs = append(a.Paragraphs, par)
		start += len(p)
	}
	e := Entity{ID: "person:ann reed", Name: "Ann Reed", Type: Person}
	for i := 0; ; {
		j := strings.Index(text[i:], "Reed")
		if j < 0 {
			break
		}
		e.Mentions = append(e.Mentions, Mention{Span: Span{Start: i + j, End: i + j + 4}, Text: "Reed"})
		i += j + 4
	}
	a.Entities = []Entity{e}
	qs, qe := strings.Index(text, "“"), strings.Index(text, "”")+len("”")
	at := strings.LastIndex(text, phrase)
	a.Quotes = []Quote{{Span: Span{Start: qs, End: qe}, Speaker: "Ann Reed", SpeakerID: e.ID, Speech: true,
		Attributed: Span{Start: at, End: at + len(phrase)}, Cue: "said", Rule: "tag-after"}}
	return a
}

// Where words that do not name the speaker stand from the last words that
// do: a reader checking “he said” knows where to look.
func TestEvidenceLastNamed(t *testing.T) {
	cases := []struct{ name, text, phrase, want string }{
		{"same sentence", "Reed paused and “we will,” she said.", "she", "in the same sentence"},
		{"sentence before", "Reed paused. “We will,” she said.", "she", "in the sentence before"},
		{"sentences before", "Reed paused. It rained. “We will,” she said.", "she", "2 sentences before"},
		{"paragraph before", "Reed paused.\n“We will,” she said.", "she", "in the paragraph before"},
		{"paragraphs up", "Reed paused.\nIt rained.\nIt poured.\n“We will,” she said.", "she", "3 paragraphs up"},
		{"the latest mention counts", "Reed came.\nReed paused. “We will,” she said.", "she", "in the sentence before"},
		{"a description", "Reed paused. “We will,” the teacher said.", "the teacher", "in the sentence before"},
		// errors
		{"the words name her", "Reed paused. “We will,” said Reed.", "Reed", ""},
		{"named only after", "“We will,” she said. Reed left.", "she", ""},
	}
	for _, c := range cases {
		a := paragraphs(c.text, c.phrase)
		if got := a.Evidence(0).LastNamed; got != c.want {
			t.Errorf("%s: last named %q, want %q", c.name, got, c.want)
		}
	}
}
