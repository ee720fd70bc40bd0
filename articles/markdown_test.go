package articles

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/model/analysis"
)

// analysed parses name and text and analyses them, failing on a parse
// error or an analysis that does not fit its text.
func analysed(t *testing.T, name, text string) *model.Article {
	t.Helper()
	a, err := Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	analysis.Analyze(a)
	if err := a.Check(); err != nil {
		t.Fatal(err)
	}
	return a
}

// quoteOf is the quotation whose text is q, or nil.
func quoteOf(a *model.Article, q string) *model.Quote {
	for i := range a.Quotes {
		if a.Quotes[i].Text == q {
			return &a.Quotes[i]
		}
	}
	return nil
}

func TestMarkdownIsReadThroughItsStructure(t *testing.T) {
	type said struct{ text, speaker string } // speaker "-": no speaker
	cases := []struct {
		name, md string
		quotes   []said // every quotation, in order
		entities []string
		absent   []string // no entity and no quotation has these words
	}{
		{name: "strong name",
			md:       "**Marta Quill** said: \"The strike is over.\"\n",
			quotes:   []said{{"The strike is over.", "Marta Quill"}},
			entities: []string{"Marta Quill"}},
		{name: "emphasis inside a quotation",
			md:     "\"We are *very* happy,\" said Tomas Berg.\n",
			quotes: []said{{"We are very happy,", "Tomas Berg"}}},
		{name: "fenced code is not speech",
			md:     "Ilse Ward wrote a script.\n\n```\n\"This is code,\" said Nobody Atall.\n```\n",
			absent: []string{"This is code", "Nobody Atall"}},
		{name: "indented code and inline code are not speech",
			md:     "Ilse Ward typed `\"echo,\" said Bram Hollis` twice.\n\n    \"Indented,\" said Cora Lind.\n",
			absent: []string{"echo", "Bram Hollis", "Indented", "Cora Lind"}},
		{name: "inline link keeps its words, not its address or title",
			md:       "She works for [Reuters](https://reuters.example/about \"The Reuters site\") in Kessary.\n",
			entities: []string{"Reuters"},
			absent:   []string{"The Reuters site", "reuters.example"}},
		{name: "reference link and its definition",
			md:       "\"We agreed,\" said Tomas Berg of the [Dockers Union][du].\n\n[du]: https://example.org/du \"The Dockers Union home\"\n",
			quotes:   []said{{"We agreed,", "Tomas Berg"}},
			entities: []string{"Tomas Berg", "Dockers Union"},
			absent:   []string{"The Dockers Union home", "[Dockers Union"}},
		{name: "escapes",
			md:     "\"It costs \\*nothing\\*,\" said Ola Nord.\n",
			quotes: []said{{"It costs *nothing*,", "Ola Nord"}}},
		{name: "ordered list",
			md:     "Three people spoke.\n\n1. \"First,\" said Ilse Ward.\n2. \"Second,\" said Bram Hollis.\n",
			quotes: []said{{"First,", "Ilse Ward"}, {"Second,", "Bram Hollis"}}},
		{name: "block quote",
			md:     "> \"Stay home,\" said Luka Brandt.\n> \"The water is high.\"\n",
			quotes: []said{{"Stay home,", "Luka Brandt"}, {"The water is high.", "Luka Brandt"}}},
		{name: "entities stand for their characters",
			md:     "&#8220;Procter &amp; Gamble agreed,&#8221; said Ola Nord.\n",
			quotes: []said{{"Procter & Gamble agreed,", "Ola Nord"}}},
		{name: "HTML is not prose",
			md:     "<span title=\"A quotation in an attribute\">\"Hello,\" said Cora Lind.</span>\n",
			quotes: []said{{"Hello,", "Cora Lind"}},
			absent: []string{"A quotation in an attribute"}},
		{name: "a bare address is not prose",
			md:     "Read it at https://example.org/\"quoted\"/page today, said Cora Lind.\n",
			absent: []string{"quoted"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analysed(t, "x.md", "# Headline\n\n"+c.md)
			var got []said
			for _, q := range a.Quotes {
				s := q.Speaker
				if s == "" {
					s = "-"
				}
				got = append(got, said{q.Text, s})
				for _, w := range c.absent {
					if strings.Contains(q.Text, w) {
						t.Errorf("quotation %q holds %q", q.Text, w)
					}
				}
			}
			if len(got) != len(c.quotes) {
				t.Fatalf("quotations %q, want %q", got, c.quotes)
			}
			for i := range got {
				if got[i] != c.quotes[i] {
					t.Errorf("quotation %d: %q, want %q", i, got[i], c.quotes[i])
				}
			}
			names := map[string]bool{}
			for _, e := range a.Entities {
				names[e.Name] = true
				for _, w := range c.absent {
					if strings.Contains(e.Name, w) {
						t.Errorf("entity %q holds %q", e.Name, w)
					}
				}
			}
			for _, e := range c.entities {
				if !names[e] {
					t.Errorf("no entity %q among %v", e, names)
				}
			}
		})
	}
}

// A highlight lands on the file's own characters: the text under every
// quotation's span reads as the quotation does once its markup is left
// out, and a span never cuts an entity in two.
func TestMarkdownSpansAreFileOffsets(t *testing.T) {
	md := "# Headline\n\n&#8220;Yes,&#8221; said **Marta Quill**. \"It was [huge](https://x.example),\" she said.\n"
	a := analysed(t, "x.md", md)
	if q := quoteOf(a, "Yes,"); q == nil {
		t.Fatalf("no quotation Yes, in %+v", a.Quotes)
	} else if got := a.Text[q.Start:q.End]; got != "&#8220;Yes,&#8221;" {
		t.Errorf("span of the entity-marked quotation is %q", got)
	}
	q := quoteOf(a, "It was huge,")
	if q == nil {
		t.Fatalf("no quotation It was huge, in %+v", a.Quotes)
	}
	if got := a.Text[q.Start:q.End]; got != "\"It was [huge](https://x.example),\"" {
		t.Errorf("span %q", got)
	}
	if q.Speaker != "Marta Quill" {
		t.Errorf("speaker %q", q.Speaker)
	}
	m := a.Entities[0].Mentions[0]
	if a.Entities[0].Name != "Marta Quill" || m.Text != "Marta Quill" || a.Text[m.Start:m.End] != "Marta Quill" {
		t.Errorf("first entity %q mention %q at %q", a.Entities[0].Name, m.Text, a.Text[m.Start:m.End])
	}
}

func TestMarkdownTitle(t *testing.T) {
	cases := []struct{ name, md, title, bodyStarts string }{
		{"ATX", "# Harbour strike ends\n\nBody.\n", "Harbour strike ends", "\n\nBody."},
		{"emphasis in the heading", "# Harbour *strike* ends\nBody.\n", "Harbour strike ends", "\nBody."},
		{"closing hashes", "# Harbour strike ends ##\n\nBody.\n", "Harbour strike ends", "\n\nBody."},
		{"setext", "Harbour strike ends\n===================\n\nBody.\n", "Harbour strike ends", "\n\nBody."},
		{"level two is not the headline", "## Harbour strike ends\n\nBody.\n", "x", "## Harbour"},
		{"a paragraph first", "Body.\n\n# Harbour strike ends\n", "x", "Body."},
		{"after a byte-order mark", "\uFEFF# Harbour strike ends\n\nBody.\n", "Harbour strike ends", "\n\nBody."},
		// regressions: inline code's words were dropped from the headline
		{"inline code", "# Markdown heading with `code` and **bold**\n\nBody.\n", "Markdown heading with code and bold", "\n\nBody."},
		{"code first and last", "# `yaml` parsing in ``a `b` c``\n\nBody.\n", "yaml parsing in a `b` c", "\n\nBody."},
		{"only code", "# `main.go`\n\nBody.\n", "main.go", "\n\nBody."},
		{"code in a setext heading", "Parsing `yaml`\n===\n\nBody.\n", "Parsing yaml", "\n\nBody."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse("x.md", []byte(c.md))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != c.title {
				t.Errorf("title %q, want %q", a.Title, c.title)
			}
			if body := a.Text[a.Body.Start:a.Body.End]; !strings.HasPrefix(body, c.bodyStarts) {
				t.Errorf("body %q does not start with %q", body, c.bodyStarts)
			}
			// the analysis reads no code, so its plain text lacks the code's words
			if a.TitleAt.End > a.TitleAt.Start && a.Plain(a.TitleAt) != a.Title && !strings.Contains(c.md, "`") {
				t.Errorf("title span reads %q", a.Plain(a.TitleAt))
			}
		})
	}
}

// The bundled Markdown articles have markup: headings and block quotes.
func TestBundledMarkdownHasMarkup(t *testing.T) {
	data, err := fs.ReadFile(Bundled(), "2026-06-09-kessary-floods.md")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("2026-06-09-kessary-floods.md", data)
	if err != nil {
		t.Fatal(err)
	}
	prose := a.Prose()
	if len(prose) != len(a.Text) {
		t.Fatalf("prose of %d bytes for a text of %d", len(prose), len(a.Text))
	}
	for _, w := range []string{"## ", "\n> ", "\n- "} {
		if strings.Contains(prose, w) {
			t.Errorf("prose still holds %q", w)
		}
	}
	if !strings.Contains(prose, "\"The worst I have seen\"") {
		t.Errorf("prose lost a heading's words")
	}
}

func TestTangledMarkdownIsReadAsWritten(t *testing.T) {
	cases := []struct {
		name, body string
		tangled    bool
	}{
		{"an article", "# T\n\n**Ann** said [x](y).\n\n| a | b |\n|---|---|\n", false},
		{"many delimiters, in short paragraphs", strings.Repeat("*a_ *a_ [b]\n\n", 500), false},
		{"too many in all", strings.Repeat("*a_ *a_ [b]\n\n", 9000), true},
		// errors: goldmark's time grows with their square
		{"mismatched emphasis in one paragraph", strings.Repeat("*a_ ", 120), true},
		{"unclosed links in one paragraph", strings.Repeat("[a](<b ", 120), true},
		{"a wide table row", "|" + strings.Repeat("a|", 120) + "\n", true},
		{"deep nesting", strings.Repeat("> - ", 30) + "x\n", true},
	}
	for _, c := range cases {
		if got := tangled(c.body); got != c.tangled {
			t.Errorf("%s: tangled %v", c.name, got)
		}
	}
	md := readMarkdown("# Head *line*\n\n**Ann** "+strings.Repeat("*a_ ", 120), 0)
	if len(md.markup) != 0 {
		t.Errorf("a tangled body has markup %v", md.markup[:1])
	}
	if md.title != "Head *line*" {
		t.Errorf("a tangled body's headline is %q", md.title)
	}
}

// BenchmarkReadMarkdown parses the bundled Markdown articles, and bodies
// just short of being too tangled to parse.
func BenchmarkReadMarkdown(b *testing.B) {
	data, err := fs.ReadFile(Bundled(), "2026-06-09-kessary-floods.md")
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, text string }{
		{"article", string(data)},
		{"brackets", strings.Repeat(strings.Repeat("[", maxDelimiters-1)+"\n\n", maxInAll/maxDelimiters)},
		{"emphasis", strings.Repeat(strings.Repeat("*a_ ", maxDelimiters/2-1)+"\n\n", maxInAll/maxDelimiters)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				readMarkdown(c.text, 0)
			}
		})
	}
}
