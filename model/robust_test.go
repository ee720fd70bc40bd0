package model

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkInvariants asserts what must hold for any input: offsets in bounds
// and on character boundaries, top-level quotations not overlapping,
// mentions naming the text they cover.
func checkInvariants(t *testing.T, a *Article) {
	t.Helper()
	n := len(a.Text)
	onBoundary := func(i int) bool { return i == n || i >= 0 && i < n && utf8.RuneStart(a.Text[i]) }
	span := func(what string, s Span) {
		if s.Start < 0 || s.End > n || s.Start > s.End || !onBoundary(s.Start) || !onBoundary(s.End) {
			t.Fatalf("%s span %v out of bounds or off a character boundary (len %d)", what, s, n)
		}
	}
	prevEnd := 0
	for _, q := range a.Quotes {
		span("quote", q.Span)
		if q.Start < prevEnd {
			t.Fatalf("quotations overlap at %d", q.Start)
		}
		prevEnd = q.End
		if !strings.Contains(a.Text[q.Start:q.End], q.Text) {
			t.Fatalf("quote text %q not inside its span", q.Text)
		}
		if q.HasSpeakerMention() {
			span("speaker mention", q.Attributed)
		}
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			span("mention", m.Span)
			if a.Text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %q does not name its span %q", m.Text, a.Text[m.Start:m.End])
			}
		}
	}
}

func TestPathological(t *testing.T) {
	cases := map[string]string{
		"unbalanced openers":   strings.Repeat("“a ", 5000),
		"unbalanced closers":   strings.Repeat("b” ", 5000),
		"straight marks":       strings.Repeat(`" x "`, 5000),
		"nested":               strings.Repeat("“‘«", 3000) + strings.Repeat("»’”", 3000),
		"megabyte line":        strings.Repeat("He said “yes” and Smith said no. ", 30000),
		"many paragraphs":      strings.Repeat("“Go,” she said.\n", 50000),
		"invalid utf-8":        "Head\n\xff\xfe “q\xff” said Bob \xc3\n",
		"lone marks":           "“\n”\n\"\n''\n``\n«\n»\n",
		"only punctuation":     ".,;:!? — – - ( ) [ ]",
		"empty body":           "",
		"pronoun with no one":  "“Fine,” he said.",
		"colon at the end":     "Smith said:",
		"quote at very end":    "Smith said “",
		"title words only":     "Mr. Mrs. Dr. President",
		"apostrophes as marks": strings.Repeat("it’s the city’s ‘plan’ ", 2000),
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			a := analyse(body)
			checkInvariants(t, a)
		})
	}
}

// TestQuotationStyles checks quotation finding for each convention news uses.
func TestQuotationStyles(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string // quotation texts, in order
	}{
		{"curly", "“One,” she said.", []string{"One,"}},
		{"straight", `"One," she said.`, []string{"One,"}},
		{"NYT two apostrophes", "''One,'' she said.", []string{"One,"}},
		{"guillemets", "« One », dit-elle.", []string{" One "}},
		{"nested single inside double", "“He said, ‘Not on my watch,’ and left,” Okafor said.", []string{"He said, ‘Not on my watch,’ and left,"}},
		{"apostrophes are not marks", "“The city’s plan won’t work,” she said.", []string{"The city’s plan won’t work,"}},
		{"unbalanced stops at paragraph end", "“Never closed\nNext paragraph “closed” here.", []string{"Never closed", "closed"}},
		{"multi-paragraph", "She said: “One.\n“Two.\n“Three.”", []string{"One.\n“Two.\n“Three."}},
		{"straight opener after space", `He called it "a gift" and "a trap".`, []string{"a gift", "a trap"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(strings.Split(c.text, "\n")...)
			checkInvariants(t, a)
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Text)
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("quotations %q, want %q", got, c.want)
			}
		})
	}
}
