package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/model"
)

// The evidence of a speaker: while the cursor is on a quotation, the foot
// of the article pane says what the text writes about who spoke it and how
// byline got from those words to the name in the margin (“he said” → Ann
// Reed, after the quotation), and the words themselves are marked in the
// text; w scrolls to them and back. A wrong name looks as sure as a right
// one, so the reader can always check.

// evidence is what the article pane knows of the quotation under the
// cursor's speaker.
type evidence struct {
	quote int // index into Article.Quotes; -1 when the cursor is on none
	ev    model.Evidence
	// from is the first line shown before w went to the words, so that w
	// (or backspace) comes back to it; -1 when w has not gone
	from  int
	lines []string // drawn at the foot of the pane
}

func noEvidence() evidence { return evidence{quote: -1, from: -1} }

// jumped reports whether w went to the words and has not come back.
func (e evidence) jumped() bool { return e.from >= 0 }

// Evidence takes one line of the pane, or two on a narrow one, and none
// on a pane so short that the text would be left with almost nothing.
const (
	minEvidencePane    = 5  // rows: fewer, and there is no evidence line
	minTwoLineEvidence = 12 // rows: fewer, and the evidence is cut to one
)

// fitEvidence makes the evidence of the quotation now under the cursor and
// gives the text the rows it leaves. The cursor's quotation may be out of
// view (w went to its words), and still has its evidence shown.
func (p *articlePane) fitEvidence() {
	qi := -1
	if p.a != nil && !p.partial && p.cursor >= 0 && p.cursor < len(p.links) && p.links[p.cursor].kind == linkQuote {
		qi = p.links[p.cursor].quote
	}
	if qi != p.why.quote {
		old := p.why.ev.Phrase
		p.why = noEvidence()
		p.why.quote = qi
		if qi >= 0 {
			p.why.ev = p.a.Evidence(qi)
		}
		p.repaintSpans(old, p.why.ev.Phrase)
	}
	if p.sizeForEvidence() && p.lines != nil {
		p.clampOffset()
	}
}

// sizeForEvidence draws the evidence again and gives the text the rows it
// leaves, reporting whether that changed them.
func (p *articlePane) sizeForEvidence() bool {
	p.why.lines = p.evidenceLines()
	h := max(0, p.paneHeight-len(p.why.lines))
	changed := h != p.height
	p.height = h
	return changed
}

// evidenceLines draws the evidence: the words as written in quotation
// marks, an arrow to the name when the words do not already write it (and
// where the text last named that speaker), and where the words stand;
// then the key that goes to them, if it fits.
func (p *articlePane) evidenceLines() []string {
	if p.why.quote < 0 || p.paneHeight < minEvidencePane || p.width < 4 {
		return nil
	}
	q := p.a.Quotes[p.why.quote]
	ev := p.why.ev
	faint := p.st.Evidence
	colour := p.sty.style(look{speaker: p.speakerColour(q)})
	var runs []run
	add := func(text string, st lipgloss.Style) { runs = append(runs, run{text: text, style: st}) }
	words := truncate(sanitizeLine(ev.Words), 3*p.width) // a long phrase cannot crowd out the name
	speaker := sanitizeLine(ev.Speaker)
	switch {
	case words == "" && speaker == "":
		add("No speaker: nothing in the text says who said this.", faint)
	case words == "":
		add(speaker, colour.Inherit(p.st.EvidenceName))
	default:
		add("“"+words+"”", p.st.EvidenceWords)
		switch {
		case speaker == "":
			add(" → nobody the article names", faint)
		case !ev.Names:
			add(" → ", faint)
			add(speaker, colour.Inherit(p.st.EvidenceName))
			if ev.LastNamed != "" {
				add(" (named "+ev.LastNamed+")", faint)
			}
		}
	}
	if ev.How != "" {
		add(", "+ev.How, faint)
	}
	// beside the text, with a label in the margin where the speakers are
	// named, or after a bar where there is no margin
	gw := p.gutterWidth()
	w := p.textWidth()
	if gw == 0 {
		w = max(1, p.width-2*p.margin()-2)
	}
	rows := 2
	if p.paneHeight < minTwoLineEvidence {
		rows = 1
	}
	lines := wrapRuns(runs, w).lines
	// the key that goes to the words, only where it fits on the last line:
	// the status line names it too
	if ev.Phrase.Len() > 0 || p.why.jumped() {
		hint := []run{{text: " · ", style: faint}, {text: "w", style: p.st.StatusKey}, {text: "\u00a0to\u00a0the\u00a0words", style: faint}}
		if p.why.jumped() {
			hint[2].text = "\u00a0back"
		}
		if with := wrapRuns(append(runs[:len(runs):len(runs)], hint...), w).lines; len(with) == len(lines) {
			lines = with
		}
	}
	if len(lines) > rows {
		lines = lines[:rows]
		// cut, not dropped: the ellipsis says there is more
		lines[rows-1] = ansi.Truncate(lines[rows-1], max(0, w-1), "") + faint.Render("…")
	}
	pad := strings.Repeat(" ", p.margin())
	for i, l := range lines {
		var lead string
		switch {
		case gw == 0 && i == 0:
			lead = colour.Render("▌") + " "
		case gw == 0:
			lead = "  "
		case i == 0:
			label := "why"
			lead = strings.Repeat(" ", max(0, gw-3-len(label))) + faint.Render(label) + " " + colour.Render("▌") + " "
		default:
			lead = strings.Repeat(" ", gw-3) + " " + colour.Render("▌") + " "
		}
		lines[i] = pad + lead + l
	}
	return lines
}

// phraseMark marks, inside span, the words that name the speaker of the
// quotation under the cursor, in that speaker's colour.
func (p *articlePane) phraseMark(span model.Span) (spanMark, bool) {
	ph := p.why.ev.Phrase
	if p.why.quote < 0 || ph.Len() == 0 || !ph.Overlaps(span) {
		return spanMark{}, false
	}
	return spanMark{Span: ph, kind: markPhrase, val: p.speakerColour(p.a.Quotes[p.why.quote]), link: -1}, true
}

// toggleWords scrolls to the words that name the speaker of the quotation
// under the cursor, a third of the way down when they are out of view, or
// back to where the reader was when it has scrolled there already.
func (p *articlePane) toggleWords() tea.Cmd {
	if p.why.jumped() {
		p.offset = p.why.from
		p.why.from = -1
		p.clampOffset()
		p.keepVisible()
		p.fitEvidence()
		return nil
	}
	if p.why.quote < 0 {
		return send(statusMsg{"Move to a quotation with tab, then press w to see who says so."})
	}
	ph := p.why.ev.Phrase
	if ph.Len() == 0 {
		return send(statusMsg{"No words in the text name this quotation's speaker."})
	}
	bi := p.blockOf(ph.Start)
	if bi < 0 {
		return send(statusMsg{"The words that name the speaker are not in the text shown."})
	}
	lastBi := max(bi, p.blockOf(ph.End-1))
	p.ensureBlock(lastBi)
	// the line of the phrase's first word, which wraps as a whole
	firstWord := ph.End
	if i := strings.IndexAny(p.a.Text[ph.Start:ph.End], " \n"); i > 0 && bi == lastBi {
		firstWord = ph.Start + i
	}
	first := p.blocks[bi].top + p.lineIn(bi, min(firstWord, p.blocks[bi].span.End))
	last := p.blocks[lastBi].top + p.lineIn(lastBi, min(ph.End, p.blocks[lastBi].span.End))
	if first >= p.offset && last < p.offset+p.height {
		return send(statusMsg{"The words that name the speaker are marked on screen."})
	}
	p.why.from = p.offset
	p.offset = first - p.height/3
	p.clampOffset()
	p.fitEvidence()
	return nil
}
