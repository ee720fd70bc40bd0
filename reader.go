package main

import (
	"fmt"
	"io"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
)

func runReader(arts []*model.Article, probs []articles.Problem, stderr io.Writer) int {
	fmt.Fprintln(stderr, "byline: the reader is not built yet; use --json")
	return 1
}
