package main

import (
	"fmt"
	"io"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/ui"
)

// runReader opens the terminal reader on the analysed articles.
func runReader(arts []*model.Article, probs []articles.Problem, stderr io.Writer) int {
	problems := make([]string, len(probs))
	for i, p := range probs {
		problems[i] = p.Error()
	}
	if len(arts) == 0 {
		for _, p := range problems {
			fmt.Fprintln(stderr, "byline: skipped", p)
		}
		fmt.Fprintln(stderr, "byline: no articles to show")
		return 1
	}
	if _, err := tea.NewProgram(ui.New(model.NewLibrary(arts), problems)).Run(); err != nil {
		fmt.Fprintln(stderr, "byline:", err)
		return 1
	}
	return 0
}
