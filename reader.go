package main

import (
	"fmt"
	"io"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/articles/web"
	"github.com/byline-reader/byline/ui"
)

// runReader opens the terminal reader at once on the files found, while an
// index reads and analyses them in the background; hint, if any, is shown
// once the reader closes.
func runReader(docs []articles.Doc, probs []articles.Problem, cache *articles.Cache, hint string, marks *web.Marks, stderr io.Writer) int {
	if len(docs) == 0 {
		for _, p := range probs {
			fmt.Fprintln(stderr, "byline: skipped", p.Error())
		}
		fmt.Fprintln(stderr, "byline: no articles to show")
		return 1
	}
	problems := make([]string, len(probs))
	for i, p := range probs {
		problems[i] = p.Error()
	}
	ix := articles.NewIndex(docs, cache, 0)
	ix.Start()
	defer ix.Stop()
	if _, err := tea.NewProgram(ui.NewFromSource(indexSource{ix, marks}, problems)).Run(); err != nil {
		fmt.Fprintln(stderr, "byline:", err)
		return 1
	}
	if hint != "" {
		fmt.Fprintln(stderr, hint)
	}
	return 0
}

// indexSource lets the reader read from the index, with the read marks
// of the saved library (nil for files named on the command line).
type indexSource struct {
	*articles.Index
	marks *web.Marks
}

func (s indexSource) Unread(i int) bool { return s.marks.Unread(s.Path(i)) }
func (s indexSource) MarkRead(i int)    { s.marks.MarkRead(s.Path(i)) }

func (s indexSource) Problems() []string {
	probs := s.Index.Problems()
	out := make([]string, len(probs))
	for i, p := range probs {
		out[i] = p.Error()
	}
	return out
}
