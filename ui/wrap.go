package ui

import (
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// run is a stretch of text drawn in one style: a piece of a paragraph
// between two highlight boundaries, or a decoration such as a speaker tag.
type run struct {
	text  string // already sanitised
	style lipgloss.Style
}

// wrapped is a paragraph laid out in lines, with where each run landed, so
// that the cursor can be scrolled into view.
type wrapped struct {
	lines []string
	// first and last are, per run, the lines of its first and last
	// non-blank piece; -1 when the run is blank.
	first, last []int
}

// piece is text of one run on one line, before styling.
type piece struct {
	text string
	run  int
}

// word is a stretch of text without spaces, possibly across runs.
type word struct {
	space    bool // a space comes before it
	spaceRun int  // the run the space belongs to
	frags    []piece
	width    int
}

// wrapRuns lays runs out in lines at most width cells wide, breaking at
// spaces (not no-break spaces), and breaking words wider than a line
// wherever they must. Runs of spaces and line breaks become one space.
func wrapRuns(runs []run, width int) wrapped {
	width = max(width, 1)
	w := wrapped{first: make([]int, len(runs)), last: make([]int, len(runs))}
	for i := range runs {
		w.first[i], w.last[i] = -1, -1
	}
	var line []piece
	lineW := 0
	emit := func() {
		var b strings.Builder
		for _, p := range line {
			t := p.text
			if runs[p.run].style.GetReverse() {
				// lipgloss draws spaces without reverse video, which would
				// break a selected name in two
				t = strings.ReplaceAll(t, " ", "\u00a0")
			} else {
				// a no-break space has done its work once the line is
				// made: the terminal gets a space, as a copy of the text does
				t = strings.ReplaceAll(t, "\u00a0", " ")
			}
			b.WriteString(runs[p.run].style.Render(t))
		}
		w.lines = append(w.lines, b.String())
		line, lineW = line[:0], 0
	}
	put := func(text string, r int, visible bool) {
		if n := len(line); n > 0 && line[n-1].run == r {
			line[n-1].text += text
		} else {
			line = append(line, piece{text, r})
		}
		lineW += cells(text)
		if visible {
			if w.first[r] < 0 {
				w.first[r] = len(w.lines)
			}
			w.last[r] = len(w.lines)
		}
	}
	for _, wd := range splitWords(runs) {
		if lineW > 0 && wd.space && lineW+1+wd.width <= width {
			put(" ", wd.spaceRun, false)
		} else if lineW > 0 {
			emit()
		}
		if lineW+wd.width <= width {
			for _, f := range wd.frags {
				put(f.text, f.run, true)
			}
			continue
		}
		for _, f := range wd.frags { // wider than a line: break it anywhere
			for t := f.text; t != ""; {
				if lineW >= width {
					emit()
				}
				head := ansi.Truncate(t, width-lineW, "")
				for head != "" && cells(head) > width-lineW {
					head = ansi.Truncate(head, ansi.StringWidth(head)-1, "")
				}
				if head == "" {
					if lineW > 0 {
						emit()
						continue
					}
					head = firstRune(t) // wider than the whole line: draw it and let the frame cut it
				}
				put(head, f.run, true)
				t = t[len(head):]
			}
		}
	}
	if len(line) > 0 || len(w.lines) == 0 {
		emit()
	}
	return w
}

// cells is how many cells text takes on screen at most. Bubble Tea draws
// by each character's width unless the terminal counts graphemes (tmux
// and most terminals do not), and lipgloss counts graphemes; sanitize
// makes the two agree for emoji and letters written decomposed, but in
// Indic scripts a vowel sign is a cell of its own one way and none the
// other ('प्रधानमंत्री' takes 9 cells or 5). A line laid out by the
// larger count fits the window either way, where by graphemes alone its
// last words ran past the edge and were lost.
func cells(text string) int {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			return max(ansi.StringWidth(text), ansi.StringWidthWc(text))
		}
	}
	return ansi.StringWidth(text)
}

// splitWords cuts runs into words at white space; a word may span runs.
func splitWords(runs []run) []word {
	var words []word
	var cur word
	space, spaceRun := false, 0
	flush := func() {
		if len(cur.frags) > 0 {
			words = append(words, cur)
		}
		cur = word{}
	}
	for ri, r := range runs {
		t := r.text
		for t != "" {
			i := strings.IndexFunc(t, breaksLine)
			if i == 0 {
				flush()
				j := strings.IndexFunc(t, func(r rune) bool { return !breaksLine(r) })
				if j < 0 {
					j = len(t)
				}
				space, spaceRun = true, ri
				t = t[j:]
				continue
			}
			if i < 0 {
				i = len(t)
			}
			if len(cur.frags) == 0 {
				cur.space, cur.spaceRun = space, spaceRun
				space = false
			}
			cur.frags = append(cur.frags, piece{t[:i], ri})
			cur.width += cells(t[:i])
			t = t[i:]
		}
	}
	flush()
	return words
}

// breaksLine reports whether a line may break at r: any white space but
// the no-break spaces, which hold "300 m" and "M. Dupont" together.
func breaksLine(r rune) bool {
	switch r {
	case '\u00a0', '\u202f', '\u2007':
		return false
	}
	return unicode.IsSpace(r)
}

func firstRune(s string) string {
	for i := range s {
		if i > 0 {
			return s[:i]
		}
	}
	return s
}

// truncate cuts a single line of plain text to w cells with an ellipsis.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	if w == 1 {
		return ansi.Truncate(s, 1, "")
	}
	return cutWithEllipsis(s, w)
}

// cutWithEllipsis cuts a line, plain or styled, to w cells ending in an
// ellipsis, and drops the spaces a cut between words would leave before
// it: "Halvard Lines…", never "Halvard Lines …".
func cutWithEllipsis(s string, w int) string {
	if w <= 0 {
		return ""
	}
	kept := ansi.Strip(ansi.Truncate(s, w-1, ""))
	if trimmed := strings.TrimRightFunc(kept, unicode.IsSpace); len(trimmed) < len(kept) {
		w = ansi.StringWidth(trimmed) + 1
	}
	return ansi.Truncate(s, w, "…")
}
