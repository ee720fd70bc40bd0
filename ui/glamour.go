package ui

import (
	"strings"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/model"
)

// structuredMarkdown reports whether paragraph i of a Markdown article is
// a table or the start of a fenced code block: Markdown whose structure
// matters more than its quotations, drawn by Glamour. It returns the last
// paragraph of the block, since a code block may hold blank lines.
func structuredMarkdown(t string, pars []model.Paragraph, i int) (int, bool) {
	first := strings.TrimSpace(t[pars[i].Start:pars[i].End])
	for _, fence := range []string{"```", "~~~"} {
		if !strings.HasPrefix(first, fence) {
			continue
		}
		for j := i; j < len(pars); j++ {
			body := strings.TrimSpace(t[pars[j].Start:pars[j].End])
			if (j > i || strings.Count(body, fence) > 1) && strings.HasSuffix(body, fence) {
				return j, true
			}
		}
		return len(pars) - 1, true // an unclosed fence runs to the end, as in Markdown
	}
	lines := strings.Split(first, "\n")
	if len(lines) < 2 {
		return i, false
	}
	for _, l := range lines {
		if !strings.HasPrefix(strings.TrimSpace(l), "|") {
			return i, false
		}
	}
	return i, true
}

// renderMarkdown draws Markdown with Glamour at width w. The text is made
// safe before Glamour sees it and again after, since Glamour turns some
// HTML entities into control characters.
func renderMarkdown(src string, w int, dark bool) []string {
	style := "light"
	if dark {
		style = "dark"
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(max(w, 1)))
	if err != nil {
		return []string{sanitizeLine(src)}
	}
	src = sanitize(src)
	if t := strings.TrimSpace(src); !strings.HasPrefix(t, "```") && !strings.HasPrefix(t, "~~~") {
		// Glamour decodes HTML entities, and &#27; would become a live ESC:
		// outside code (where entities are not decoded) they stay as written
		src = strings.ReplaceAll(src, "&", "&amp;")
	}
	out, err := r.Render(src)
	if err != nil {
		return []string{sanitizeLine(src)}
	}
	lines := strings.Split(sanitizeStyled(out), "\n")
	// Glamour frames its output with blank lines; the pane spaces blocks itself
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return []string{""}
	}
	return lines
}
