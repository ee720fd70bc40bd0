package ui

import (
	"fmt"
	"sort"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/text/language"
	"golang.org/x/text/search"

	"github.com/byline-reader/byline/model"
)

// maxMatches is the most matches a search in one article marks.
const maxMatches = 10000

// findAll finds every place where query occurs in text, ignoring case and
// accents ("sao paulo" finds "São Paulo"), within the given spans (what
// the pane draws), in text order.
func findAll(text, query string, within []model.Span) []model.Span {
	if query == "" {
		return nil
	}
	pat := search.New(language.Und, search.IgnoreCase, search.IgnoreDiacritics, search.IgnoreWidth).CompileString(query)
	var out []model.Span
	for _, sp := range within {
		for off := sp.Start; off < sp.End && len(out) < maxMatches; {
			s, e := pat.IndexString(text[off:sp.End])
			if s < 0 || e <= s {
				break
			}
			out = append(out, model.Span{Start: off + s, End: off + e})
			off += e
		}
	}
	return out
}

// articleSearch is a search inside the article pane: the prompt while it
// is typed, then the matches, which n and N step through.
type articleSearch struct {
	prompt  bool   // the query is being typed
	typed   string // what has been typed so far
	query   string
	matches []model.Span
	current int // index into matches
}

// edit takes a key typed at the prompt: a letter is added, backspace
// takes the last one back, ctrl+u clears the line. (A line editor of its
// own: bubbles' textinput is 8 KB, which App would copy at every message.)
func (s *articleSearch) edit(msg tea.KeyPressMsg) {
	switch msg.String() {
	case "backspace":
		if r := []rune(s.typed); len(r) > 0 {
			s.typed = string(r[:len(r)-1])
		}
	case "ctrl+u":
		s.typed = ""
	default:
		if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
			s.typed += msg.Text
		}
	}
}

// active reports whether a search has matches on show.
func (s *articleSearch) active() bool { return len(s.matches) > 0 }

// within is the marks of the matches inside span, the current one set
// apart.
func (s *articleSearch) within(span model.Span) []spanMark {
	if len(s.matches) == 0 {
		return nil
	}
	var out []spanMark
	for i := sort.Search(len(s.matches), func(i int) bool { return s.matches[i].End > span.Start }); i < len(s.matches) && s.matches[i].Start < span.End; i++ {
		m := s.matches[i]
		val := 1
		if i == s.current {
			val = 2
		}
		out = append(out, spanMark{Span: model.Span{Start: max(m.Start, span.Start), End: min(m.End, span.End)},
			kind: markMatch, val: val, link: -1, quote: -1})
	}
	return out
}

// status is what the status line says of the search.
func (s *articleSearch) status() string {
	if !s.active() {
		return ""
	}
	return fmt.Sprintf("match %d of %d", s.current+1, len(s.matches))
}
