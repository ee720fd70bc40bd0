package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/list"
	"charm.land/lipgloss/v2"

	"github.com/byline-reader/byline/model"
)

// Styles is every style the reader draws with, named for what it means.
// Views never build styles of their own; they ask Styles. Colours come in
// light and dark pairs, chosen once the terminal's background is known.
// A Styles is never changed once made: panes may share one, read-only,
// and a change of theme makes a new one and hands it to every pane, so no
// pane's drawing changes behind its back. (Not a value per pane: at 35 KB
// a copy in each pane made every keypress copy 175 KB of App.)
type Styles struct {
	isDark bool

	Title, Meta, Heading, Faint, Rule lipgloss.Style
	Strong, Emph, Code                lipgloss.Style

	// Speakers is the palette quotations are coloured from, by the
	// speaker's place in the article; Unattributed is for quotations the
	// text gives no speaker.
	Speakers     []lipgloss.Style
	Unattributed lipgloss.Style
	// Tag is added to a speaker's colour for the name shown after a quote.
	Tag lipgloss.Style

	// Mentions by entity type: person, place, organisation, other.
	Mentions [4]lipgloss.Style

	// Selected marks the link under the cursor and the chosen row.
	Selected lipgloss.Style
	// Match marks what a search found; MatchCurrent the match it is on.
	Match, MatchCurrent lipgloss.Style

	Status, StatusKey, Warning, Border lipgloss.Style
	ListTitle, ItemTitle, ItemMeta     lipgloss.Style
	ItemUnread                         lipgloss.Style // the title of an article not yet opened
	ItemSelected, ItemSelectedMeta     lipgloss.Style

	Help     help.Styles
	ListBase list.Styles
}

// NewStyles builds the styles for a dark or a light background.
func NewStyles(isDark bool) *Styles {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	base := lipgloss.NewStyle()
	s := &Styles{isDark: isDark}

	accent := c("#5A3FC0", "#B4A2FF")
	faint := c("#6B6B6B", "#9A9A9A")
	s.Title = base.Bold(true).Foreground(c("#1A1A1A", "#F2F2F2"))
	s.Meta = base.Foreground(faint)
	s.Heading = base.Bold(true).Foreground(accent)
	s.Faint = base.Foreground(faint)
	s.Rule = base.Foreground(c("#C8C8C8", "#4A4A4A"))
	s.Strong = base.Bold(true)
	s.Emph = base.Italic(true)
	s.Code = base.Foreground(c("#9C3D00", "#F0B070"))

	// eight speaker colours, far enough apart in hue to tell apart, each
	// readable on its background
	pairs := [][2]string{
		{"#B5121B", "#FF7A7A"}, // red
		{"#0B5CAD", "#6FB4FF"}, // blue
		{"#1C7A2E", "#7DDC8A"}, // green
		{"#8A4B00", "#FFB454"}, // amber
		{"#7A1FA2", "#D59BFF"}, // violet
		{"#00707A", "#5FE0E8"}, // teal
		{"#A3126B", "#FF8AD0"}, // magenta
		{"#5C5C00", "#E4E46A"}, // olive
	}
	for _, p := range pairs {
		s.Speakers = append(s.Speakers, base.Foreground(c(p[0], p[1])))
	}
	s.Unattributed = base.Italic(true).Foreground(faint)
	s.Tag = base.Italic(true)

	// plain attributes rather than curly or dotted underlines, which many
	// terminals (and tmux) do not draw
	s.Mentions[model.Person] = base.Underline(true).Bold(true)
	s.Mentions[model.Place] = base.Underline(true)
	s.Mentions[model.Organization] = base.Underline(true).Italic(true)
	s.Mentions[model.Other] = base.Underline(true)

	s.Selected = base.Reverse(true)
	// dark text on a light ground reads on either background; without
	// colour (NO_COLOR) the underline and reverse video still show them
	s.Match = base.Foreground(lipgloss.Color("#000000")).Background(lipgloss.Color("#F2D479")).Underline(true)
	s.MatchCurrent = base.Foreground(lipgloss.Color("#000000")).Background(lipgloss.Color("#FF9F43")).Bold(true).Reverse(false)

	s.Status = base.Foreground(faint)
	s.StatusKey = base.Foreground(accent)
	s.Warning = base.Foreground(c("#A34700", "#FFB454"))
	s.Border = base.Foreground(c("#C8C8C8", "#4A4A4A"))
	s.ListTitle = base.Bold(true).Foreground(accent)
	s.ItemTitle = base.Foreground(c("#1A1A1A", "#E8E8E8"))
	s.ItemUnread = s.ItemTitle.Bold(true)
	s.ItemMeta = base.Foreground(faint)
	s.ItemSelected = base.Bold(true).Foreground(accent)
	s.ItemSelectedMeta = base.Foreground(accent)

	s.Help = help.DefaultStyles(isDark)
	s.ListBase = list.DefaultStyles(isDark)
	return s
}

// speaker is the colour of the i-th speaker of an article; i < 0 means the
// quotation has no speaker.
func (s *Styles) speaker(i int) lipgloss.Style {
	if i < 0 {
		return s.Unattributed
	}
	return s.Speakers[i%len(s.Speakers)]
}

// mention is the style of a mention of an entity of type t.
func (s *Styles) mention(t model.EntityType) lipgloss.Style {
	if int(t) < 0 || int(t) >= len(s.Mentions) {
		return s.Mentions[model.Other]
	}
	return s.Mentions[t]
}
