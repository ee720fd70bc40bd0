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
	// Phrase marks, in the speaker's colour, the words that name the
	// speaker of the quotation under the cursor.
	Phrase lipgloss.Style
	// Evidence is the line at the foot of an article that says why a
	// quotation's speaker was named; EvidenceWords are the article's own
	// words in it, and EvidenceName the name they lead to.
	Evidence, EvidenceWords, EvidenceName lipgloss.Style
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

	// sixteen speaker colours, light and dark: eight hues 45° apart, then
	// eight more between them a step lighter (dark) or darker (light), so
	// the first speakers of an article differ most. Chosen in OKLCH to be
	// as far apart as colours can be while each reads at 4.5:1 or better
	// on its background (TestContrast, TestSpeakerColoursDistinct).
	pairs := [][2]string{
		{"#A04034", "#EB8373"}, // red
		{"#8D5500", "#D49838"}, // orange
		{"#5A6D00", "#9AB04B"}, // olive
		{"#007950", "#3FBE90"}, // green
		{"#00758C", "#00BAD1"}, // teal
		{"#2863AB", "#6AA7F4"}, // blue
		{"#6F4FA1", "#B191EA"}, // violet
		{"#954074", "#DE82B7"}, // magenta
		{"#7E2700", "#FFB676"}, // rust
		{"#5D4500", "#EAD15A"}, // bronze
		{"#005900", "#99E892"}, // forest
		{"#005D55", "#38EEE1"}, // pine
		{"#005085", "#61E0FF"}, // navy
		{"#393A91", "#BBC8FF"}, // indigo
		{"#692573", "#FDB1FF"}, // plum
		{"#81183A", "#FFA9C0"}, // wine
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
	// reverse video in the speaker's colour reads as well as the colour
	// itself, on either background, and without colour it still shows
	s.Phrase = base.Reverse(true)
	s.Evidence = base.Foreground(faint)
	s.EvidenceWords = base.Foreground(c("#1A1A1A", "#E8E8E8"))
	s.EvidenceName = base.Bold(true)
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

	// the help and the list's own lines in the same readable pair as the
	// status line: bubbles' defaults are about 2:1 on either background
	key, desc := base.Foreground(accent), base.Foreground(faint)
	s.Help = help.DefaultStyles(isDark)
	s.Help.ShortKey, s.Help.ShortDesc, s.Help.ShortSeparator = key, desc, desc
	s.Help.FullKey, s.Help.FullDesc, s.Help.FullSeparator = key, desc, desc
	s.Help.Ellipsis = desc
	s.ListBase = list.DefaultStyles(isDark)
	s.ListBase.StatusBar = s.ListBase.StatusBar.Foreground(faint)
	s.ListBase.StatusEmpty = s.ListBase.StatusEmpty.Foreground(faint)
	s.ListBase.StatusBarActiveFilter = s.ListBase.StatusBarActiveFilter.Foreground(accent)
	s.ListBase.StatusBarFilterCount = s.ListBase.StatusBarFilterCount.Foreground(faint)
	// indented as the rows would be, not at the window's edge
	s.ListBase.NoItems = s.ListBase.NoItems.Foreground(faint).PaddingLeft(2)
	s.ListBase.PaginationStyle = s.ListBase.PaginationStyle.Foreground(faint)
	s.ListBase.HelpStyle = s.ListBase.HelpStyle.Foreground(faint)
	s.ListBase.DividerDot = s.ListBase.DividerDot.Foreground(faint)
	s.ListBase.ArabicPagination = s.ListBase.ArabicPagination.Foreground(faint)
	s.ListBase.Filter.Focused.Prompt = s.ListBase.Filter.Focused.Prompt.Foreground(accent)
	s.ListBase.Filter.Blurred.Prompt = s.ListBase.Filter.Blurred.Prompt.Foreground(accent)
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
