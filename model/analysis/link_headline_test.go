package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// headlined is an article with a headline of its own.
func headlined(title string, paras ...string) *model.Article {
	text := title + "\n" + strings.Join(paras, "\n") + "\n"
	return &model.Article{Path: "t.txt", Text: text, Format: "text", Title: title,
		TitleAt: model.Span{Start: 0, End: len(title)}, Body: model.Span{Start: len(title) + 1, End: len(text)}}
}

// TestHeadlineTrim: the common words a title-case headline runs into a
// person's name come off it, and what is left joins the person.
func TestHeadlineTrim(t *testing.T) {
	cases := []struct {
		title  string
		paras  []string
		people []string
	}{
		{"Hillary Just Vowed To Never Utter These Words",
			[]string{"Hillary Brandvold said on Monday that she would just cut taxes.", "Brandvold vowed to do so in Tarrow."},
			[]string{"Hillary Brandvold"}},
	}
	for _, c := range cases {
		if got := peopleOf(headlined(c.title, c.paras...)); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.title, got, c.people)
		}
	}
}
