package ui

import (
	"sort"

	"charm.land/lipgloss/v2"

	"github.com/byline-reader/byline/model"
)

// look is how one stretch of article text is drawn: the layers that apply
// to it, from the block it stands in up to the cursor. It is a map key, so
// each distinct look is turned into a lipgloss.Style once.
type look struct {
	block    blockKind
	speaker  int  // palette index + 1; 0 outside quotations; -1 for no speaker
	mention  int8 // entity type + 1; 0 outside mentions
	strong   bool
	emph     bool
	code     bool
	tag      bool // the speaker's name after a quotation
	match    int8 // 1 for a search match, 2 for the current one
	faint    bool // text that is not the story: a credit, a byline, a link line
	phrase   bool // the words that name the speaker of the quotation under the cursor
	selected bool
}

// styler turns looks into styles, remembering each.
type styler struct {
	st    *Styles
	cache map[look]lipgloss.Style
}

func newStyler(st *Styles) *styler { return &styler{st: st, cache: map[look]lipgloss.Style{}} }

func (s *styler) style(l look) lipgloss.Style {
	if st, ok := s.cache[l]; ok {
		return st
	}
	// layers from the bottom up: each overrides what the ones below set
	layers := make([]lipgloss.Style, 0, 6)
	switch l.block {
	case blockTitle:
		layers = append(layers, s.st.Title)
	case blockHeading:
		layers = append(layers, s.st.Heading)
	case blockMeta:
		layers = append(layers, s.st.Meta)
	}
	if l.faint {
		layers = append(layers, s.st.Faint)
	}
	if l.code {
		layers = append(layers, s.st.Code)
	}
	if l.speaker != 0 {
		layers = append(layers, s.st.speaker(l.speaker-1))
		if l.speaker < 0 {
			layers[len(layers)-1] = s.st.Unattributed
		}
	}
	if l.tag {
		layers = append(layers, s.st.Tag)
	}
	if l.mention > 0 {
		layers = append(layers, s.st.mention(model.EntityType(l.mention-1)))
	}
	if l.strong {
		layers = append(layers, s.st.Strong)
	}
	if l.emph {
		layers = append(layers, s.st.Emph)
	}
	switch l.match {
	case 1:
		layers = append(layers, s.st.Match)
	case 2:
		layers = append(layers, s.st.MatchCurrent)
	}
	if l.phrase {
		layers = append(layers, s.st.Phrase)
	}
	if l.selected {
		layers = append(layers, s.st.Selected)
	}
	var out lipgloss.Style
	for _, layer := range layers {
		out = layer.Inherit(out)
	}
	if l.phrase || l.selected {
		// lipgloss draws the spaces of underlined text apart, without
		// reverse video, which would cut a marked name in two (Tomas▯Osei);
		// reverse video shows it well enough without the name's underline
		out = out.Underline(false)
	}
	s.cache[l] = out
	return out
}

// spanMark is a stretch of article text with something to say about how it
// is drawn.
type spanMark struct {
	model.Span
	kind  markKind
	val   int // speaker palette index + 1, or entity type + 1
	link  int // the link it belongs to, -1 for none
	quote int // index into Article.Quotes, for quotations
}

type markKind int

const (
	markQuote markKind = iota
	markMention
	markStrong
	markEmph
	markCode
	markHidden
	markMatch     // a search match; val 2 for the current one
	markFurniture // text that is not the story, drawn faint
	markPhrase    // the words that name a speaker; val is the speaker's colour
)

// tagRun is text the reader adds after position at: the speaker's name
// after a quotation, on a pane too narrow for the margin.
type tagRun struct {
	at   int
	text string
	look look
}

// compose cuts the text between from and to into runs at every boundary
// of the marks that touch it, each run drawn in the look of the marks
// around it. It returns the runs and, for each, the link it belongs to
// (-1 for none) and the quotation it stands in (-1 for none). Hidden marks
// (Markdown syntax) are left out, and each tag is added where it stands.
func compose(text string, from, to int, base look, marks []spanMark, selected int,
	sty *styler, tags []tagRun) (runs []run, links, quotes []int) {
	cuts := []int{from, to}
	for _, m := range marks {
		if m.Start > from && m.Start < to {
			cuts = append(cuts, m.Start)
		}
		if m.End > from && m.End < to {
			cuts = append(cuts, m.End)
		}
	}
	for _, t := range tags {
		if t.at > from && t.at < to {
			cuts = append(cuts, t.at)
		}
	}
	sort.Ints(cuts)
	for i := 0; i+1 < len(cuts); i++ {
		s, e := cuts[i], cuts[i+1]
		if s == e {
			continue
		}
		l := base
		link, quote := -1, -1
		hidden := false
		for _, m := range marks {
			if m.Start > s || m.End < e {
				continue
			}
			switch m.kind {
			case markQuote:
				l.speaker = m.val
				quote = m.quote
				if link < 0 {
					link = m.link
				}
			case markMention:
				l.mention = int8(m.val)
				link = m.link
			case markStrong:
				l.strong = true
			case markEmph:
				l.emph = true
			case markCode:
				l.code = true
			case markHidden:
				hidden = true
			case markMatch:
				l.match = int8(m.val)
			case markFurniture:
				l.faint = true
			case markPhrase:
				l.phrase = true
				l.speaker = m.val
			}
		}
		if hidden {
			continue
		}
		if selected >= 0 {
			for _, m := range marks {
				if m.link == selected && m.Start <= s && m.End >= e {
					l.selected = true
				}
			}
		}
		runs = append(runs, run{text: sanitize(text[s:e]), style: sty.style(l)})
		links = append(links, link)
		quotes = append(quotes, quote)
		for _, t := range tags {
			if t.at == e {
				runs = append(runs, run{text: t.text, style: sty.style(t.look)})
				links = append(links, -1)
				quotes = append(quotes, -1)
			}
		}
	}
	return runs, links, quotes
}
