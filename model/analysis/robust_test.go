package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// checkInvariants asserts what must hold for any input (Article.Check).
func checkInvariants(t *testing.T, a *model.Article) {
	t.Helper()
	if err := a.Check(); err != nil {
		t.Fatal(err)
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
