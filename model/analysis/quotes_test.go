package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestMisturnedOpeningMark: an opening mark typed where a closing one
// belongs, after a word or punctuation and before a space, closes the
// quotation; one before a word still opens.
func TestMisturnedOpeningMark(t *testing.T) {
	cases := []struct {
		name, para string
		want       []string
	}{
		{"after a comma", `“It is unusual,“ said Ola Brandt. “It is a hard thing to do.”`, []string{"It is unusual,", "It is a hard thing to do."}},
		{"after a word", `He blasted the film “Frozen“ and the books.`, []string{"Frozen"}},
		{"at the end", `She called the board “reckless.“`, []string{"reckless."}},
		{"opening as usual", `“We will rebuild,” Ola Brandt said.`, []string{"We will rebuild,"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.para
			got := []string{}
			for _, q := range findQuotes(text, []model.Paragraph{{Span: model.Span{Start: 0, End: len(text)}}}) {
				got = append(got, q.Text)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("quotations %q, want %q", got, c.want)
			}
		})
	}
}
