package ui

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/model"
)

// rowKind is what a row of an entity page is.
type rowKind int

const (
	rowText    rowKind = iota // words of the page itself
	rowArticle                // an article that mentions the entity
	rowQuote                  // a quotation by it
	rowEntity                 // an entity mentioned with it
)

// row is one item of an entity page; the selectable ones lead somewhere.
type row struct {
	kind    rowKind
	look    look
	text    string
	detail  string // drawn faint after the text
	article int
	quote   int
	entity  string
	maxLine int // most lines the row may take; 0 for no limit

	lines []string
	top   int
}

func (r row) selectable() bool { return r.kind != rowText }

// entityPage is everything the library knows about one entity: the names
// it goes by, the articles that mention it, its quotations and the
// entities most often mentioned with it.
type entityPage struct {
	keys *keyMap
	st   *Styles
	sty  *styler
	lib  *model.Library
	id   string

	rows          []row
	lines         []string
	width, height int
	offset        int
	cursor        int // index into rows; -1 when nothing can be chosen
}

// coMentions is how many related entities a page lists.
const coMentions = 12

// maxRows is how many articles or quotations a page lists; a page for an
// entity with thousands stays quick to draw and to move through.
const maxRows = 500

func newEntityPage(lib *model.Library, id string, st *Styles, keys *keyMap) entityPage {
	p := entityPage{keys: keys, st: st, sty: newStyler(st), lib: lib, id: id, cursor: -1}
	p.build()
	return p
}

func (p *entityPage) build() {
	info, ok := p.lib.About(p.id)
	add := func(r row) { p.rows = append(p.rows, r) }
	text := func(kind blockKind, s string) { add(row{kind: rowText, look: look{block: kind}, text: s}) }
	blank := func() { text(blockBlank, "") }
	if !ok {
		text(blockTitle, "Unknown entity")
		text(blockNote, "Nothing in the library is known by this name.")
		return
	}
	text(blockTitle, info.Name)
	meta := typeName(info.Type)
	if len(info.Aliases) > 1 {
		meta += " · also " + strings.Join(info.Aliases[1:], ", ")
	}
	text(blockMeta, meta)
	blank()

	arts := p.lib.ArticlesMentioning(p.id)
	text(blockHeading, "Mentioned in "+wholeCount(len(arts), "article", "articles"))
	for i, ac := range arts {
		if i == maxRows {
			text(blockNote, fmt.Sprintf("… and %d more", len(arts)-maxRows))
			break
		}
		a := p.lib.Header(ac.Article)
		detail := plural(ac.Count, "mention", "mentions")
		if a.Date != "" {
			detail = a.Date + " · " + detail
		}
		add(row{kind: rowArticle, text: a.Title, detail: detail, article: ac.Article, entity: p.id, quote: -1, maxLine: 1})
	}
	blank()

	quotes := p.lib.QuotesBy(p.id)
	if len(quotes) == 0 {
		text(blockNote, "No quotations are attributed to "+info.Name+".")
	} else {
		text(blockHeading, "Quotations ("+fmt.Sprint(len(quotes))+")")
		// the words are read for the rows shown only: from the cache, in a large library
		texts := p.lib.QuoteTexts(quotes[:min(len(quotes), maxRows)])
		for i, qr := range quotes {
			if i == maxRows {
				text(blockNote, fmt.Sprintf("… and %d more", len(quotes)-maxRows))
				break
			}
			a := p.lib.Header(qr.Article)
			add(row{kind: rowQuote, look: look{speaker: 1}, text: "“" + strings.TrimRight(texts[i], ", ") + "”", detail: quoteSource(a),
				article: qr.Article, quote: qr.Quote, maxLine: 3})
		}
	}
	blank()

	with := p.lib.MentionedWith(p.id, coMentions)
	if len(with) > 0 {
		text(blockHeading, "Often mentioned with")
		for _, ec := range with {
			add(row{kind: rowEntity, text: ec.Name, detail: typeName(ec.Type) + "\u00a0· " + wholeCount(ec.Count, "article", "articles"), entity: ec.ID})
		}
	}
	for i, r := range p.rows {
		if r.selectable() {
			p.cursor = i
			break
		}
	}
}

// quoteSource names the article a quotation comes from.
func quoteSource(a model.Header) string {
	if a.Date != "" {
		return a.Date + " · " + a.Title
	}
	return a.Title
}

// indexing tells the page that the library is still being built, so that
// it says so under the name.
func (p *entityPage) indexing(pr model.Progress) {
	note := row{kind: rowText, look: look{block: blockNote},
		text: fmt.Sprintf("Still indexing: %d of %d articles analysed, so this page may grow.", pr.Analysed, pr.Total)}
	at := min(2, len(p.rows))
	p.rows = append(p.rows[:at], append([]row{note}, p.rows[at:]...)...)
	if p.cursor >= at {
		p.cursor++
	}
}

func typeName(t model.EntityType) string {
	switch t {
	case model.Person:
		return "Person"
	case model.Place:
		return "Place"
	case model.Organization:
		return "Organisation"
	}
	return "Other"
}

func (p *entityPage) setSize(w, h int) {
	if w == p.width && h == p.height && p.lines != nil {
		return
	}
	p.width, p.height = max(w, 0), max(h, 0)
	p.layout()
	p.keepVisible()
}

func (p *entityPage) layout() {
	p.lines = p.lines[:0]
	for i := range p.rows {
		p.wrapRow(i)
		p.rows[i].top = len(p.lines)
		p.lines = append(p.lines, p.rows[i].lines...)
	}
	p.clampOffset()
}

func (p *entityPage) margin() int {
	if p.width >= 40 {
		return 2
	}
	return 0
}

// wrapRow lays out row i; a row keeps its number of lines whether it is
// selected or not, so the cursor can move by re-wrapping two rows.
func (p *entityPage) wrapRow(i int) {
	r := &p.rows[i]
	pad := strings.Repeat(" ", p.margin())
	w := max(1, min(p.width-2*p.margin(), 88))
	if r.kind == rowText {
		if r.text == "" {
			r.lines = []string{""}
			return
		}
		st := p.sty.style(r.look)
		if r.look.block == blockNote {
			st = p.st.Faint
		}
		wr := wrapRuns([]run{{text: sanitizeLine(r.text), style: st}}, w)
		r.lines = prefixLines(wr.lines, pad, pad)
		return
	}
	l := r.look
	l.selected = i == p.cursor
	marker := "  "
	if i == p.cursor {
		marker = "▸ "
	}
	runs := []run{{text: sanitizeLine(r.text), style: p.sty.style(l)}}
	detail := r.detail
	if r.kind == rowEntity { // short enough to share the line
		// a break falls after a separator, never before one, and the
		// kind and count stay whole
		runs = append(runs, run{text: "\u00a0· " + sanitizeLine(detail), style: p.st.Faint})
		detail = ""
	}
	wr := wrapRuns(runs, max(1, w-2))
	lines := wr.lines
	if r.maxLine > 0 && len(lines) > r.maxLine {
		lines = lines[:r.maxLine]
		// cut the last line shown short enough for the ellipsis that
		// says there is more, which stands against the last word
		lines[len(lines)-1] = trimRightSpace(cutAtWord(lines[len(lines)-1], max(1, w-3))) + p.sty.style(l).Render("…")
	}
	if detail != "" {
		lines = append(lines, p.st.Faint.Render(truncate(sanitizeLine(detail), max(1, w-2))))
	}
	r.lines = prefixLines(lines, pad+p.st.StatusKey.Render(marker), pad+"  ")
}

// cutAtWord cuts a styled line to w cells, back to the end of its last
// whole word when the cut would fall inside one, so that the ellipsis
// after it does not stand after half a word ("season of Ve …"). A line
// of one word longer than w is cut inside it.
func cutAtWord(line string, w int) string {
	if ansi.StringWidth(line) <= w {
		return line
	}
	cut := ansi.Truncate(line, w, "")
	text, whole := ansi.Strip(cut), ansi.Strip(line)
	// the chosen row joins its words with no-break spaces: spaces too
	if next, _ := utf8.DecodeRuneInString(whole[len(text):]); unicode.IsSpace(next) {
		return cut // the cut falls between words
	}
	text = strings.TrimRightFunc(text, unicode.IsSpace)
	if i := strings.LastIndexFunc(text, unicode.IsSpace); i > 0 {
		return ansi.Truncate(line, ansi.StringWidth(strings.TrimRightFunc(text[:i], unicode.IsSpace)), "")
	}
	return cut
}

// trimRightSpace drops the spaces that end a styled line.
func trimRightSpace(line string) string {
	text := ansi.Strip(line)
	trimmed := strings.TrimRightFunc(text, unicode.IsSpace)
	if len(trimmed) == len(text) {
		return line
	}
	return ansi.Truncate(line, ansi.StringWidth(trimmed), "")
}

func prefixLines(lines []string, first, rest string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		if i == 0 {
			out[i] = first + l
		} else {
			out[i] = rest + l
		}
	}
	return out
}

func (p entityPage) Update(msg tea.Msg) (entityPage, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	case tea.MouseWheelMsg:
		p.offset += wheelLines(msg)
		p.clampOffset()
	}
	return p, nil
}

func (p entityPage) handleKey(msg tea.KeyPressMsg) (entityPage, tea.Cmd) {
	k := p.keys
	switch {
	case key.Matches(msg, k.Up, k.PrevLink):
		p.step(-1)
	case key.Matches(msg, k.Down, k.NextLink):
		p.step(1)
	case key.Matches(msg, k.PageUp):
		p.stepLines(-max(1, p.height-2))
	case key.Matches(msg, k.PageDown):
		p.stepLines(max(1, p.height-2))
	case key.Matches(msg, k.HalfUp):
		p.stepLines(-max(1, p.height/2))
	case key.Matches(msg, k.HalfDown):
		p.stepLines(max(1, p.height/2))
	case key.Matches(msg, k.Top):
		p.step(-len(p.rows))
		p.offset = 0
	case key.Matches(msg, k.Bottom):
		p.step(len(p.rows))
		p.offset = len(p.lines)
		p.clampOffset()
	case key.Matches(msg, k.Open):
		return p, p.open()
	}
	return p, nil
}

// step moves the cursor n selectable rows.
func (p *entityPage) step(n int) {
	if p.cursor < 0 {
		return
	}
	c := p.cursor
	for n != 0 {
		dir := 1
		if n < 0 {
			dir = -1
		}
		next := c + dir
		for next >= 0 && next < len(p.rows) && !p.rows[next].selectable() {
			next += dir
		}
		if next < 0 || next >= len(p.rows) {
			break
		}
		c = next
		n -= dir
	}
	p.setCursor(c)
}

// stepLines moves the cursor about n lines, a page at a time, and always at
// least one row when there is one to go to.
func (p *entityPage) stepLines(n int) {
	p.offset += n
	if p.cursor < 0 {
		p.clampOffset()
		return
	}
	target := p.rows[p.cursor].top + n
	dir := 1
	if n < 0 {
		dir = -1
	}
	c := p.cursor
	for i := p.cursor + dir; i >= 0 && i < len(p.rows); i += dir {
		if !p.rows[i].selectable() {
			continue
		}
		if c != p.cursor && (p.rows[i].top-target)*dir > 0 {
			break
		}
		c = i
	}
	p.setCursor(c)
}

func (p *entityPage) setCursor(c int) {
	if c >= len(p.rows) {
		return
	}
	if c == p.cursor {
		p.keepVisible()
		return
	}
	old := p.cursor
	p.cursor = c
	for _, i := range []int{old, c} {
		if i >= 0 && p.lines != nil {
			p.wrapRow(i)
			copy(p.lines[p.rows[i].top:], p.rows[i].lines)
		}
	}
	p.keepVisible()
}

func (p *entityPage) keepVisible() {
	if p.cursor < 0 || p.cursor >= len(p.rows) {
		p.clampOffset()
		return
	}
	r := p.rows[p.cursor]
	if r.top < p.offset {
		p.offset = r.top
	}
	if end := r.top + len(r.lines); end > p.offset+p.height {
		p.offset = end - p.height
	}
	// the page's headings above the first row stay in view
	if p.cursor == p.firstSelectable() {
		p.offset = 0
	}
	p.clampOffset()
}

func (p *entityPage) firstSelectable() int {
	for i, r := range p.rows {
		if r.selectable() {
			return i
		}
	}
	return -1
}

func (p *entityPage) clampOffset() {
	p.offset = max(0, min(p.offset, len(p.lines)-p.height))
}

func (p *entityPage) open() tea.Cmd {
	if p.cursor < 0 {
		return nil
	}
	r := p.rows[p.cursor]
	switch r.kind {
	case rowArticle:
		return send(openArticleMsg{Article: r.article, Entity: p.id, Quote: -1})
	case rowQuote:
		return send(openArticleMsg{Article: r.article, Quote: r.quote})
	case rowEntity:
		return send(openEntityMsg{ID: r.entity})
	}
	return nil
}

func (p entityPage) View() string {
	if p.height <= 0 || p.width <= 0 {
		return ""
	}
	end := min(len(p.lines), p.offset+p.height)
	return strings.Join(p.lines[p.offset:end], "\n")
}

func (p entityPage) help() paneHelp {
	k := *p.keys
	k.Open.SetEnabled(p.cursor >= 0)
	k.Up.SetHelp("↑/k", "previous item")
	k.Down.SetHelp("↓/j", "next item")
	// tab moves through the rows as it moves through an article's links
	k.NextLink.SetHelp("tab", "next item")
	k.PrevLink.SetHelp("shift+tab", "previous item")
	return paneHelp{
		short: []key.Binding{k.Down, k.Open, k.Back, k.List, k.Help, k.Quit},
		full:  [][]key.Binding{k.scrollKeys(), {k.Open, k.NextLink, k.PrevLink}, k.globalKeys()},
	}
}

// setStyles draws the page with new styles.
func (p *entityPage) setStyles(st *Styles) {
	p.st, p.sty = st, newStyler(st)
	p.layout()
}
