package ui

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/model"
)

// blockKind is what a block of the article pane holds.
type blockKind int

const (
	blockText    blockKind = iota // a paragraph of the body
	blockTitle                    // the headline
	blockMeta                     // section, date, source, author
	blockHeading                  // a Markdown heading
	blockSpeaker                  // one line of the who-said-what summary
	blockNote                     // a line of the reader's own words
	blockWarning                  // a notice the reader must not miss
	blockBlank
	blockRule
	blockRendered // Markdown whose structure matters (tables, code), drawn by Glamour
)

// block is a piece of the article pane laid out on its own: a paragraph,
// the headline, a line of the summary. Blocks are wrapped when the width
// changes and re-wrapped one at a time when the cursor enters or leaves
// them, so moving the cursor costs the same in a long article as in a short.
type block struct {
	kind blockKind
	span model.Span // the article text it draws, for titles and paragraphs
	md   *mdPara    // Markdown markers of a paragraph, nil for plain text
	text string     // fixed text, for notes and the meta line
	// cut draws text on one line cut with an ellipsis, not wrapped: a
	// file name standing for its headline, which has no place to break
	cut     bool
	speaker int        // index into the summary, for speaker lines
	marks   []spanMark // quotations, mentions and Markdown marks inside it

	lines []string
	top   int // the block's first line in the pane
}

// linkKind is what a link leads to.
type linkKind int

const (
	linkQuote   linkKind = iota // a quotation: its speaker's page
	linkMention                 // a mention: the entity's page
	linkSpeaker                 // a line of the summary: the speaker's page
)

// link is something the cursor can stop on, like a link in a text browser.
type link struct {
	kind   linkKind
	span   model.Span // where it stands in the article text; zero for speaker lines
	quote  int        // index into Article.Quotes, for quotations
	entity string     // the library ID it leads to ("" when none)
	block  int
	line   int // its first line within the block, set by layout
}

// articlePane shows one article: headline, who said what, and the body
// with every quotation coloured by speaker and every mention underlined.
type articlePane struct {
	keys *keyMap
	st   *Styles
	sty  *styler
	lib  *model.Library

	idx int // index of the article in the library; -1 for none
	a   *model.Article
	// partial is set for a preview that shows only the headline and a
	// note while the article is read, analysed or laid out.
	partial bool
	// preview is set while the article is shown beside the list without
	// having been opened: it has no reading position to keep.
	preview bool
	// onDisk is set when the article is a file that e can open in an
	// editor: the bundled articles are not, and the help then leaves e out
	onDisk bool

	speakers    []model.SpeakerCount
	palette     map[string]int      // speaker name → palette index
	longestName int                 // cells of the longest speaker's name, for the margin
	nameForms   map[string][]string // person speaker's ID → the names that may stand for it (model.Article.NameForms)

	blocks []block
	links  []link
	// lines holds the wrapped lines of blocks[:laid]. Blocks are wrapped as
	// the view reaches them, so a very long article opens at once and a
	// resize costs what is on screen, not the whole article.
	lines []string
	laid  int

	width int
	// paneHeight is every row the pane has; height is the rows the text
	// gets, less the evidence at the foot while the cursor is on a quotation
	paneHeight, height int
	offset             int // first line shown
	cursor             int // index into links; -1 for none

	search articleSearch
	why    evidence
}

// newArticlePane shows article a, number idx in the library; lib joins
// its entities to the library's.
func newArticlePane(lib *model.Library, idx int, a *model.Article, st *Styles, keys *keyMap) articlePane {
	p := articlePane{keys: keys, st: st, sty: newStyler(st), lib: lib, idx: idx, a: a, cursor: -1, why: noEvidence()}
	if a != nil {
		fi, err := os.Stat(a.Path)
		p.onDisk = err == nil && fi.Mode().IsRegular()
		p.build()
	}
	return p
}

// newPartialPane stands for article idx while it is being made ready: its
// headline and metadata when known (head may be nil) and a note.
func newPartialPane(idx int, head model.Header, path, note string, st *Styles, keys *keyMap) articlePane {
	a := &model.Article{Path: path, Title: head.Title, Section: head.Section, Date: head.Date, Source: head.Source}
	fileName := a.Title == ""
	if fileName {
		a.Title = path[strings.LastIndexAny(path, `/\`)+1:]
	}
	p := articlePane{keys: keys, st: st, sty: newStyler(st), idx: idx, a: a, cursor: -1, partial: true, why: noEvidence()}
	p.blocks = append(p.blocks, block{kind: blockTitle, text: a.Title, cut: fileName})
	if meta := p.metaLine(); meta != "" {
		p.blocks = append(p.blocks, block{kind: blockMeta, text: meta})
	}
	p.blocks = append(p.blocks, block{kind: blockBlank}, block{kind: blockNote, text: note})
	return p
}

// build turns the article into blocks, marks and links. It depends on the
// article alone, not on the size of the pane.
func (p *articlePane) build() {
	a := p.a
	p.speakers = a.Speakers()
	p.palette = map[string]int{}
	p.nameForms = map[string][]string{}
	for i, s := range p.speakers {
		p.palette[s.Name] = i
		p.longestName = max(p.longestName, ansi.StringWidth(sanitizeLine(s.Name)))
		if strings.HasPrefix(s.ID, "person:") {
			if e := slices.IndexFunc(a.Entities, func(e model.Entity) bool { return e.ID == s.ID }); e >= 0 {
				p.nameForms[s.ID] = a.NameForms(e)
			}
		}
	}
	mentions := p.sortedMentions()
	add := func(b block) { p.blocks = append(p.blocks, b) }

	if a.TitleAt.End > a.TitleAt.Start {
		add(p.textBlock(blockTitle, a.TitleAt, titleMarkdown(a), mentions))
	} else {
		add(block{kind: blockTitle, text: a.Title})
	}
	if meta := p.metaLine(); meta != "" {
		add(block{kind: blockMeta, text: meta})
	}
	if a.Truncated > 0 {
		add(block{kind: blockWarning, text: fmt.Sprintf("Only the first %s of this %s file is shown (see --max-size).",
			ByteSize(int64(len(a.Text))), ByteSize(a.Truncated))})
	}
	if a.Warning != "" {
		add(block{kind: blockWarning, text: a.Warning})
	}
	add(block{kind: blockBlank})

	speech := 0
	unattributed := 0
	for _, q := range a.Quotes {
		if q.Speech {
			speech++
			if q.Speaker == "" {
				unattributed++
			}
		}
	}
	switch {
	case speech == 0:
		add(block{kind: blockNote, text: "No quotations in this article."})
	default:
		add(block{kind: blockHeading, text: "Who said what"})
		for i := range p.speakers {
			b := block{kind: blockSpeaker, speaker: i}
			if id := p.lib.ID(p.speakers[i].ID); id != "" {
				p.links = append(p.links, link{kind: linkSpeaker, entity: id, block: len(p.blocks)})
			}
			add(b)
		}
		if unattributed > 0 {
			add(block{kind: blockNote, text: fmt.Sprintf("%s the text gives no speaker for", plural(unattributed, "quotation", "quotations"))})
		}
	}
	add(block{kind: blockRule})

	for pi := 0; pi < len(a.Paragraphs); pi++ {
		par := a.Paragraphs[pi]
		var md *mdPara
		kind := blockText
		if a.Format == "markdown" {
			if end, ok := structuredMarkdown(a.Text, a.Paragraphs, pi); ok {
				add(block{kind: blockRendered, span: model.Span{Start: par.Start, End: a.Paragraphs[end].End}})
				add(block{kind: blockBlank})
				pi = end
				continue
			}
			m := parseMarkdownPara(a.Text, par.Span)
			if m.rule {
				add(block{kind: blockRule})
				add(block{kind: blockBlank})
				continue
			}
			md = &m
			if m.heading {
				kind = blockHeading
			}
		}
		for ci, sp := range pieces(a.Text, par, mentions) {
			mdc := md
			if ci > 0 && md != nil { // a list item's later pieces hang under its text
				c := *md
				c.prefix = strings.Repeat(" ", len([]rune(md.prefix)))
				mdc = &c
			}
			add(p.textBlock(kind, sp, mdc, mentions))
		}
		// the items of a list stand together
		if md != nil && md.prefix == "• " && pi+1 < len(a.Paragraphs) {
			if next := parseMarkdownPara(a.Text, a.Paragraphs[pi+1].Span); next.prefix == "• " {
				continue
			}
		}
		add(block{kind: blockBlank})
	}
}

// titleMarkdown reads the inline markers of a headline that is the
// Markdown body's opening heading (# Title), so that its backticks and
// asterisks are drawn as code and bold rather than as themselves. The
// analysis points to such a headline from its first word to its last, so
// the markers are read to the end of its line, where a closing one may
// stand. Nil for any other headline: front matter is not Markdown.
func titleMarkdown(a *model.Article) *mdPara {
	if a.Format != "markdown" {
		return nil
	}
	t := a.Text
	from := strings.LastIndexByte(t[:a.TitleAt.Start], '\n') + 1
	if lead := strings.TrimSpace(t[from:a.TitleAt.Start]); lead == "" || strings.Trim(lead, "#") != "" {
		return nil
	}
	to := len(t)
	if i := strings.IndexByte(t[a.TitleAt.End:], '\n'); i >= 0 {
		to = a.TitleAt.End + i
	}
	var md mdPara
	md.inline(t, a.TitleAt.Start, to)
	return &md
}

// textBlock makes the block for a stretch of article text, with the links
// and marks of the quotations and mentions inside it.
func (p *articlePane) textBlock(kind blockKind, sp model.Span, md *mdPara, mentions []model.Mention) block {
	b := block{kind: kind, span: sp, md: md}
	bi := len(p.blocks)
	qs := p.a.Quotes
	// quotations are sorted and do not overlap, so their ends are sorted too
	for qi := sort.Search(len(qs), func(i int) bool { return qs[i].End > sp.Start }); qi < len(qs) && qs[qi].Start < sp.End; qi++ {
		q := qs[qi]
		if !q.Speech {
			b.marks = append(b.marks, spanMark{Span: q.Span, kind: markEmph, link: -1})
			continue
		}
		li := -1
		if q.Start >= sp.Start { // the link stands where the quotation opens
			li = len(p.links)
			p.links = append(p.links, link{kind: linkQuote, span: q.Span, quote: qi, entity: p.lib.ID(q.SpeakerID), block: bi})
		} else {
			li = p.quoteLink(qi)
		}
		b.marks = append(b.marks, spanMark{Span: q.Span, kind: markQuote, val: p.speakerColour(q), link: li, quote: qi})
	}
	for mi := sort.Search(len(mentions), func(i int) bool { return mentions[i].Start >= sp.Start }); mi < len(mentions) && mentions[mi].End <= sp.End; mi++ {
		m := mentions[mi]
		e := p.a.Entities[m.Entity]
		li := len(p.links)
		p.links = append(p.links, link{kind: linkMention, span: m.Span, entity: p.lib.ID(e.ID), block: bi})
		b.marks = append(b.marks, spanMark{Span: m.Span, kind: markMention, val: int(e.Type) + 1, link: li})
	}
	// photo credits, bylines, related links: drawn faint, as not the story
	for _, f := range p.a.Furniture {
		if f.Start < sp.End && f.End > sp.Start {
			b.marks = append(b.marks, spanMark{Span: f.Span, kind: markFurniture, link: -1})
		}
	}
	if md != nil {
		for _, s := range md.hidden {
			b.marks = append(b.marks, spanMark{Span: s, kind: markHidden, link: -1})
		}
		for _, s := range md.strong {
			b.marks = append(b.marks, spanMark{Span: s, kind: markStrong, link: -1})
		}
		for _, s := range md.emph {
			b.marks = append(b.marks, spanMark{Span: s, kind: markEmph, link: -1})
		}
		for _, s := range md.code {
			b.marks = append(b.marks, spanMark{Span: s, kind: markCode, link: -1})
		}
	}
	// links in reading order; a quotation before the mentions inside it
	first := len(p.links)
	for first > 0 && p.links[first-1].block == bi {
		first--
	}
	ls := p.links[first:]
	order := make([]int, len(ls))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return ls[order[i]].span.Start < ls[order[j]].span.Start })
	moved := make([]int, len(ls))
	sorted := make([]link, len(ls))
	for to, from := range order {
		sorted[to] = ls[from]
		moved[from] = first + to
	}
	copy(ls, sorted)
	for i := range b.marks {
		if l := b.marks[i].link; l >= first {
			b.marks[i].link = moved[l-first]
		}
	}
	return b
}

// maxBlock is the most text one block holds. A longer paragraph (a file
// that is one enormous line) is laid out as several blocks, cut between
// sentences, so that moving the cursor through it re-wraps a few
// kilobytes, not the whole paragraph.
const maxBlock = 4096

// pieces cuts a paragraph into spans of at most about maxBlock bytes, at
// sentence ends where it can and else at a space outside any name.
func pieces(t string, par model.Paragraph, mentions []model.Mention) []model.Span {
	if par.Len() <= maxBlock {
		return []model.Span{par.Span}
	}
	var out []model.Span
	start := par.Start
	cut := func(at int) {
		if at > start && at < par.End {
			out = append(out, model.Span{Start: start, End: at})
			start = at
		}
	}
	inName := func(i int) bool {
		k := sort.Search(len(mentions), func(k int) bool { return mentions[k].End > i })
		return k < len(mentions) && mentions[k].Start < i
	}
	for _, sen := range par.Sentences {
		for sen.End-start > maxBlock { // a sentence too long to wait for: cut at a space
			at := start + maxBlock/2
			for at < sen.End && (t[at] != ' ' || inName(at)) {
				at++
			}
			if at >= sen.End {
				break
			}
			cut(at)
		}
		if sen.End-start >= maxBlock/2 {
			cut(sen.End)
		}
	}
	return append(out, model.Span{Start: start, End: par.End})
}

// quoteLink finds the link of a quotation that opened in an earlier block.
func (p *articlePane) quoteLink(qi int) int {
	for i := len(p.links) - 1; i >= 0; i-- {
		if p.links[i].kind == linkQuote && p.links[i].quote == qi {
			return i
		}
	}
	return -1
}

func (p *articlePane) speakerColour(q model.Quote) int {
	if i, ok := p.palette[q.Speaker]; ok && q.Speaker != "" {
		return i + 1
	}
	return -1
}

// sortedMentions lists every mention of the article in text order.
func (p *articlePane) sortedMentions() []model.Mention {
	var ms []model.Mention
	for _, e := range p.a.Entities {
		ms = append(ms, e.Mentions...)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	// overlapping mentions cannot both be drawn; keep the first
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.Start >= end {
			out = append(out, m)
			end = m.End
		}
	}
	return out
}

func (p *articlePane) metaLine() string {
	var parts []string
	for _, s := range []string{p.a.Section, p.a.Date, p.a.Source, p.a.Author} {
		if s = strings.TrimSpace(sanitizeLine(s)); s != "" {
			parts = append(parts, s)
		}
	}
	// a break falls after a separator, never before one: no line of the
	// headline's metadata opens with "·"
	return strings.Join(parts, metaSep)
}

// metaSep divides the parts of a headline's metadata.
const metaSep = "\u00a0· "

// keepPartsWhole binds the words of each part of a headline's metadata
// with no-break spaces where the part, with its separator, fits in w
// cells: the line breaks between parts, not inside a name ("· Pavel" over
// "Orsk" at 120 columns). A longer part still breaks between its words.
func keepPartsWhole(meta string, w int) string {
	parts := strings.Split(meta, metaSep)
	for i, s := range parts {
		if ansi.StringWidth(s)+2 <= w {
			parts[i] = strings.ReplaceAll(s, " ", "\u00a0")
		}
	}
	return strings.Join(parts, metaSep)
}

// ByteSize writes a number of bytes as byline writes sizes everywhere (in
// --max-size, its notices and the reader): 8MB, 1.5MB, 512KB, 20 bytes.
func ByteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%dMB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1fMB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%dKB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1fKB", float64(n)/(1<<10))
	}
	return plural(int(n), "byte", "bytes")
}

// wholeCount is plural's count joined by a no-break space, for text that
// wraps: a line never opens with the noun of a count.
func wholeCount(n int, one, many string) string {
	return strings.Replace(plural(n, one, many), " ", "\u00a0", 1)
}

// noQuotations is how the reader says that there are none, wherever it
// counts them: the list said "0 quotes" where the people index said this.
const noQuotations = "no quotations"

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// textWidth is the measure the article is set in: the pane less a margin,
// and never wider than reads comfortably.
func (p *articlePane) textWidth() int {
	return max(1, min(p.width-2*p.margin()-p.gutterWidth(), maxMeasure))
}

// gutterWidth is the width of the margin where speakers are named beside
// their quotations: wide enough for the longest name when the pane has
// room (a quarter of it, or whatever the text's measure leaves over), so a
// name is cut only when it must be. A narrow pane has no margin and names
// speakers after their quotations instead.
func (p *articlePane) gutterWidth() int {
	if p.width < minGutterPane {
		return 0
	}
	room := max(14, p.width/4, p.width-2*p.margin()-maxMeasure)
	return min(max(p.longestName+3, 10), room)
}

// minGutterPane is the narrowest pane that names speakers in a margin.
const minGutterPane = 56

// maxMeasure is the widest the text is set: wider lines are hard to follow.
const maxMeasure = 88

func (p *articlePane) margin() int {
	if p.width >= 40 {
		return 2
	}
	return 0
}

// setSize lays the article out again for a new size.
func (p *articlePane) setSize(w, h int) {
	if w == p.width && h == p.paneHeight && p.lines != nil {
		return
	}
	// the cursor stays in view through a resize only if it was in view
	follow := p.cursor >= 0 && p.cursor < len(p.links) && p.lines != nil && p.visible(p.cursor)
	p.width, p.paneHeight = max(w, 0), max(h, 0)
	p.why.from = -1 // the lines it would go back to are wrapped anew
	p.sizeForEvidence()
	p.layout()
	if follow {
		p.keepVisible()
	}
}

// layout wraps the article again at the current width, keeping the block
// at the top of the view at the top.
func (p *articlePane) layout() {
	if p.a == nil {
		return
	}
	anchor := p.blockAt(p.offset)
	p.lines = p.lines[:0]
	p.laid = 0
	if anchor > 0 {
		p.ensureBlock(anchor)
		p.offset = p.blocks[anchor].top
	} else {
		p.offset = 0
	}
	p.clampOffset()
}

// blockAt is the laid-out block that holds line n.
func (p *articlePane) blockAt(n int) int {
	i := sort.Search(p.laid, func(i int) bool { return p.blocks[i].top > n })
	return max(0, i-1)
}

// wrapNext wraps the next block and adds its lines.
func (p *articlePane) wrapNext() {
	i := p.laid
	p.wrapBlock(i)
	p.blocks[i].top = len(p.lines)
	p.lines = append(p.lines, p.blocks[i].lines...)
	p.laid++
}

// ensureLine wraps blocks until line n exists or the article ends.
func (p *articlePane) ensureLine(n int) {
	for len(p.lines) <= n && p.laid < len(p.blocks) {
		p.wrapNext()
	}
}

// ensureBlock wraps blocks up to and including block bi.
func (p *articlePane) ensureBlock(bi int) {
	for p.laid <= bi && p.laid < len(p.blocks) {
		p.wrapNext()
	}
}

// laidOut reports whether every block is wrapped.
func (p *articlePane) laidOut() bool { return p.laid == len(p.blocks) }

// wrapBlock lays out block i and records the line of each of its links.
func (p *articlePane) wrapBlock(i int) {
	b := &p.blocks[i]
	w := p.textWidth()
	gw := p.gutterWidth()
	pad := strings.Repeat(" ", p.margin())
	blankGutter := strings.Repeat(" ", gw)
	var runs []run
	var links, quotes []int
	prefix, prefixStyle := "", p.st.Faint
	if b.cut {
		st := p.sty.style(look{block: b.kind})
		b.lines = []string{pad + blankGutter + st.Render(truncate(sanitizeLine(b.text), w))}
		return
	}
	switch b.kind {
	case blockBlank:
		b.lines = []string{""}
		return
	case blockRule:
		b.lines = []string{pad + blankGutter + p.st.Rule.Render(strings.Repeat("─", w))}
		return
	case blockRendered:
		b.lines = b.lines[:0]
		for _, l := range renderMarkdown(p.a.Text[b.span.Start:b.span.End], w, p.st.isDark) {
			b.lines = append(b.lines, pad+blankGutter+l)
		}
		return
	case blockSpeaker:
		runs, links = p.speakerRuns(b.speaker, i)
		// the square hangs: a name or count that wraps goes on under the name
		prefix, prefixStyle = "■ ", p.sty.style(look{speaker: b.speaker + 1})
	default:
		if b.span.End > b.span.Start {
			runs, links, quotes = p.textRuns(b, b.span.End)
			if b.md != nil {
				prefix = b.md.prefix
			}
		} else {
			text := sanitizeLine(b.text)
			if b.kind == blockMeta {
				text = keepPartsWhole(text, w)
			}
			runs = []run{{text: text, style: p.sty.style(look{block: b.kind})}}
			links = []int{-1}
		}
	}
	switch b.kind {
	case blockNote:
		runs[0].style = p.st.Faint
	case blockWarning:
		runs[0].style = p.st.Warning
	}
	pw := len([]rune(prefix))
	wr := wrapRuns(runs, max(1, w-pw))
	gutter := p.gutter(wr, quotes, len(wr.lines), b.span.Start)
	b.lines = b.lines[:0]
	for li, l := range wr.lines {
		lp := prefix
		if li > 0 {
			lp = strings.Repeat(" ", pw)
		}
		g := blankGutter
		if gutter != nil {
			g = gutter[li]
		}
		if lp != "" {
			lp = prefixStyle.Render(lp)
		}
		b.lines = append(b.lines, pad+g+lp+l)
	}
	seen := map[int]bool{}
	for ri, l := range links {
		if l >= 0 && !seen[l] && wr.first[ri] >= 0 && p.links[l].block == i {
			seen[l] = true
			p.links[l].line = wr.first[ri]
		}
	}
}

// gutter draws the margin beside a wrapped paragraph: the speaker's name
// on the line where a quotation opens, and a bar in the speaker's colour on
// every line it covers, so that who said what reads down the page.
func (p *articlePane) gutter(wr wrapped, quotes []int, n, from int) []string {
	gw := p.gutterWidth()
	if gw == 0 || quotes == nil {
		return nil
	}
	type extent struct{ first, last int }
	ext := map[int]*extent{}
	var order []int
	for ri, q := range quotes {
		if q < 0 || wr.first[ri] < 0 {
			continue
		}
		e, ok := ext[q]
		if !ok {
			e = &extent{wr.first[ri], wr.last[ri]}
			ext[q] = e
			order = append(order, q)
		}
		e.first = min(e.first, wr.first[ri])
		e.last = max(e.last, wr.last[ri])
	}
	if len(order) == 0 {
		return nil
	}
	names := make([][]string, n)
	bars := make([]int, n) // the quotation whose bar a line shows, +1
	for _, qi := range order {
		q := p.a.Quotes[qi]
		e := ext[qi]
		// the name stands where the quotation opens, not where a quotation
		// running on from the paragraph before continues
		// a split quotation's second part, on the line after the first,
		// needs no second name
		sameAsAbove := e.first > 0 && bars[e.first-1] > 0 && p.a.Quotes[bars[e.first-1]-1].Speaker == q.Speaker
		if label := p.speakerLabel(q, gw-3); q.Start >= from && !sameAsAbove && !slices.Contains(names[e.first], label) {
			names[e.first] = append(names[e.first], label)
		}
		for l := e.first; l <= e.last && l < n; l++ {
			if bars[l] == 0 {
				bars[l] = qi + 1
			}
		}
	}
	out := make([]string, n)
	nameW := gw - 3
	for l := 0; l < n; l++ {
		name := ""
		var nameStyle = p.st.Faint
		if len(names[l]) > 0 {
			name = truncate(strings.Join(names[l], ", "), nameW)
		}
		bar := " "
		if bars[l] > 0 {
			q := p.a.Quotes[bars[l]-1]
			st := p.sty.style(look{speaker: p.speakerColour(q)})
			nameStyle = st
			bar = st.Render("▌")
		}
		out[l] = strings.Repeat(" ", max(0, nameW-ansi.StringWidth(name))) + nameStyle.Render(name) + " " + bar + " "
	}
	return out
}

// speakerLabel is how a quotation's speaker is named in a gutter w cells
// wide: the whole name when it fits, else the fullest shorter name of a
// person's that does (the article's own short form, "Dela Pena-Ledesma",
// "Quispe" for "Hilario Quispe Mamani"), else the shortest of those, cut.
func (p *articlePane) speakerLabel(q model.Quote, w int) string {
	if q.Speaker == "" {
		return "?"
	}
	name := sanitizeLine(q.Speaker)
	if ansi.StringWidth(name) <= w || !strings.HasPrefix(q.SpeakerID, "person:") {
		return name
	}
	// the fullest of the names the article gives the person that fits
	// and that no other person of the article shares
	forms := p.nameForms[q.SpeakerID]
	for _, f := range forms {
		if f = sanitizeLine(f); ansi.StringWidth(f) <= w {
			return f
		}
	}
	// none fits: the shortest, which the margin cuts
	if len(forms) > 1 {
		return sanitizeLine(slices.MinFunc(forms[1:], func(x, y string) int { return ansi.StringWidth(x) - ansi.StringWidth(y) }))
	}
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	return name
}

// textRuns composes the runs of a text block from its start up to end:
// its quotations and names, the matches of a search, and on a pane without
// a margin the speakers' names after their quotations.
func (p *articlePane) textRuns(b *block, end int) ([]run, []int, []int) {
	marks := b.marks
	if ms := p.search.within(b.span); len(ms) > 0 {
		marks = append(slices.Clip(marks), ms...)
	}
	if m, ok := p.phraseMark(b.span); ok {
		marks = append(slices.Clip(marks), m)
	}
	var tags []tagRun
	if p.gutterWidth() == 0 {
		tags = p.tagsIn(b.span)
	}
	return compose(p.a.Text, b.span.Start, end, look{block: b.kind}, marks, p.cursor, p.sty, tags)
}

// tagsIn names, on a pane without a margin, the speakers of the
// quotations that end inside span: at the end of the sentence, so the name
// never breaks into it ("…,” she said. — Ann Lee); not again for the same
// speaker's next quotation in the paragraph; and not at all where the
// words beside the quotation already name the speaker.
func (p *articlePane) tagsIn(span model.Span) []tagRun {
	qs := p.a.Quotes
	var tags []tagRun
	last := ""
	for qi := sort.Search(len(qs), func(i int) bool { return qs[i].End > span.Start }); qi < len(qs) && qs[qi].End <= span.End; qi++ {
		q := qs[qi]
		if !q.Speech {
			continue
		}
		prev := last
		last = q.Speaker
		if q.Speaker == "" || p.namedBeside(q) || q.Speaker == prev {
			continue
		}
		at := min(max(p.sentenceEnd(q.End), q.End), span.End)
		name := sanitizeLine(q.Speaker)
		if n := len(tags); n > 0 && tags[n-1].at == at {
			if !strings.Contains(tags[n-1].text+",", " "+name+",") {
				tags[n-1].text += ", " + name
			}
			continue
		}
		tags = append(tags, tagRun{at: at, text: " — " + name, look: look{speaker: p.speakerColour(q), tag: true}})
	}
	return tags
}

// sentenceEnd is the end of the sentence that holds the byte before off.
func (p *articlePane) sentenceEnd(off int) int {
	pars := p.a.Paragraphs
	pi := sort.Search(len(pars), func(i int) bool { return pars[i].End >= off })
	if pi >= len(pars) {
		return off
	}
	ss := pars[pi].Sentences
	si := sort.Search(len(ss), func(i int) bool { return ss[i].End >= off })
	if si >= len(ss) {
		return off
	}
	return ss[si].End
}

// namedBeside reports whether the words that attribute a quotation name its
// speaker right beside it ("…,” said Marta Quill), so that a tag would only
// repeat them. A pronoun does not name anyone.
func (p *articlePane) namedBeside(q model.Quote) bool {
	if !q.HasSpeakerMention() {
		return false
	}
	switch strings.ToLower(p.a.Text[q.Attributed.Start:q.Attributed.End]) {
	case "he", "she", "they", "it", "we", "i", "you":
		return false
	}
	const near = 40 // bytes: "…,” the finance minister, Oskar Lind, said"
	return (q.Attributed.Start >= q.End && q.Attributed.Start-q.End <= near) ||
		(q.Attributed.End <= q.Start && q.Start-q.Attributed.End <= near)
}

// speakerRuns draws one line of the who-said-what summary.
func (p *articlePane) speakerRuns(si, bi int) ([]run, []int) {
	s := p.speakers[si]
	li := -1
	for i, l := range p.links {
		if l.kind == linkSpeaker && l.block == bi {
			li = i
		}
	}
	name := look{speaker: si + 1}
	if li >= 0 && li == p.cursor {
		name.selected = true
	}
	runs := []run{
		{text: sanitizeLine(s.Name), style: p.sty.style(name)},
		// the count stays whole, after the name's separator
		{text: "\u00a0· " + wholeCount(s.Quotes, "quotation", "quotations"), style: p.st.Faint},
	}
	return runs, []int{li, -1}
}

// rewrap lays out again the blocks of the given links, after the cursor
// moved between them. Their line counts cannot change: only styles do.
func (p *articlePane) rewrap(links ...int) {
	done := map[int]bool{}
	for _, l := range links {
		if l < 0 || l >= len(p.links) {
			continue
		}
		// a quotation may run over several blocks
		for bi := range p.blocksOf(l) {
			if done[bi] || bi >= p.laid {
				continue
			}
			done[bi] = true
			p.wrapBlock(bi)
			b := p.blocks[bi]
			copy(p.lines[b.top:], b.lines)
		}
	}
}

// blocksOf lists the blocks a link is drawn in.
func (p *articlePane) blocksOf(l int) map[int]bool {
	out := map[int]bool{p.links[l].block: true}
	if p.links[l].kind != linkQuote {
		return out
	}
	q := p.links[l].span
	for bi := p.links[l].block + 1; bi < len(p.blocks); bi++ {
		b := p.blocks[bi]
		if b.span.End == 0 {
			continue
		}
		if b.span.Start >= q.End {
			break
		}
		out[bi] = true
	}
	return out
}

// linkLine is the line of the pane a link starts on.
func (p *articlePane) linkLine(l int) int {
	k := p.links[l]
	p.ensureBlock(k.block)
	return p.blocks[k.block].top + max(k.line, 0)
}

// MESSAGES

// openArticleMsg asks the root to open an article, with the cursor on an
// entity's first mention or on a quotation when either is given.
type openArticleMsg struct {
	Article int
	Entity  string // "" for none
	Quote   int    // -1 for none
}

// openEntityMsg asks the root to open an entity's page.
type openEntityMsg struct{ ID string }

// statusMsg is a line for the status bar.
type statusMsg struct{ Text string }

func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// UPDATE

func (p articlePane) Update(msg tea.Msg) (articlePane, tea.Cmd) {
	if p.a == nil {
		return p, nil
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	case tea.MouseWheelMsg:
		p.scroll(wheelLines(msg))
	}
	return p, nil
}

func (p articlePane) handleKey(msg tea.KeyPressMsg) (articlePane, tea.Cmd) {
	k := p.keys
	if p.search.prompt {
		return p.handlePrompt(msg)
	}
	switch {
	case key.Matches(msg, k.Search):
		p.search.prompt = true
		p.search.typed = ""
		return p, nil
	case p.search.active() && key.Matches(msg, k.NextMatch):
		return p, p.stepMatch(1)
	case p.search.active() && key.Matches(msg, k.PrevMatch):
		return p, p.stepMatch(-1)
	case p.search.active() && key.Matches(msg, k.ClearSearch):
		p.setMatches("", nil, 0)
		return p, nil
	case key.Matches(msg, k.Up):
		p.scroll(-1)
	case key.Matches(msg, k.Down):
		p.scroll(1)
	case key.Matches(msg, k.PageUp):
		p.scroll(-max(1, p.height-2))
	case key.Matches(msg, k.PageDown):
		p.scroll(max(1, p.height-2))
	case key.Matches(msg, k.HalfUp):
		p.scroll(-max(1, p.height/2))
	case key.Matches(msg, k.HalfDown):
		p.scroll(max(1, p.height/2))
	case key.Matches(msg, k.Top):
		p.scroll(-p.offset)
	case key.Matches(msg, k.Bottom):
		p.ensureBlock(len(p.blocks) - 1)
		p.scroll(len(p.lines))
	case key.Matches(msg, k.NextLink):
		p.stepLink(1)
	case key.Matches(msg, k.PrevLink):
		p.stepLink(-1)
	case key.Matches(msg, k.NextMention):
		return p, p.stepMention(1)
	case key.Matches(msg, k.PrevMention):
		return p, p.stepMention(-1)
	case key.Matches(msg, k.Open):
		return p, p.open()
	case key.Matches(msg, k.Why), p.why.jumped() && key.Matches(msg, k.Back):
		return p, p.toggleWords()
	case key.Matches(msg, k.Copy):
		return p, p.copyQuote()
	case key.Matches(msg, k.OpenURL):
		return p, p.openURL()
	case key.Matches(msg, k.Edit):
		return p, p.edit()
	}
	return p, nil
}

// topOffset is where the text at the top of the pane starts in the
// article, or 0 at the very top.
func (p *articlePane) topOffset() int {
	if p.a == nil || p.offset == 0 || p.laid == 0 {
		return 0
	}
	for bi := p.blockAt(p.offset); bi >= 0; bi-- {
		if sp := p.blocks[bi].span; sp.End > 0 {
			return sp.Start
		}
	}
	return 0
}

// scrollToOffset puts the block that holds byte offset off at the top.
func (p *articlePane) scrollToOffset(off int) {
	if p.a == nil || off <= 0 {
		return
	}
	for bi, b := range p.blocks {
		if b.span.End > off {
			p.ensureBlock(bi)
			p.offset = p.blocks[bi].top
			p.clampOffset()
			return
		}
	}
}

// capturesKey reports whether the pane must have a key before the root
// sees it: every key while a search is typed, esc while one is shown, and
// backspace while w has gone to a speaker's words (it comes back first).
func (p *articlePane) capturesKey(msg tea.KeyPressMsg) bool {
	return p.search.prompt || (p.search.active() && key.Matches(msg, p.keys.ClearSearch)) ||
		(p.why.jumped() && key.Matches(msg, p.keys.Back))
}

// handlePrompt edits the search being typed; enter runs it, esc drops it.
func (p articlePane) handlePrompt(msg tea.KeyPressMsg) (articlePane, tea.Cmd) {
	switch msg.String() {
	case "enter":
		p.search.prompt = false
		return p, p.runSearch(strings.TrimSpace(p.search.typed))
	case "esc":
		p.search.prompt = false
		return p, nil
	}
	p.search.edit(msg)
	return p, nil
}

// runSearch finds every match of query in what the pane draws and goes to
// the first at or below the top of the view.
func (p *articlePane) runSearch(query string) tea.Cmd {
	if query == "" {
		p.setMatches("", nil, 0)
		return nil
	}
	var within []model.Span
	for _, b := range p.blocks {
		if b.span.End > b.span.Start {
			within = append(within, b.span)
		}
	}
	matches := findAll(p.a.Text, query, within)
	if len(matches) == 0 {
		p.setMatches("", nil, 0)
		return send(statusMsg{"Nothing matches “" + sanitizeLine(query) + "”."})
	}
	top := p.blockAt(p.offset)
	first := 0
	for i, m := range matches {
		if p.blockOf(m.Start) >= top {
			first = i
			break
		}
	}
	p.setMatches(query, matches, first)
	p.showMatch()
	return nil
}

// setMatches puts a new search on show and draws its marks.
func (p *articlePane) setMatches(query string, matches []model.Span, current int) {
	had := p.search.active()
	p.search.query, p.search.matches, p.search.current = query, matches, current
	if had || len(matches) > 0 {
		p.repaint()
	}
}

// stepMatch goes to the next (1) or previous (-1) match, wrapping round.
func (p *articlePane) stepMatch(dir int) tea.Cmd {
	n := len(p.search.matches)
	old := p.search.current
	p.search.current = ((old+dir)%n + n) % n
	p.repaintSpans(p.search.matches[old], p.search.matches[p.search.current])
	p.showMatch()
	if (dir > 0) != (p.search.current > old) && n > 1 {
		return send(statusMsg{"Search wrapped round the article: " + p.search.status() + "."})
	}
	return nil
}

// showMatch scrolls the current match into view, a third of the way down
// when it was out of sight.
func (p *articlePane) showMatch() {
	m := p.search.matches[p.search.current]
	bi := p.blockOf(m.Start)
	if bi < 0 {
		return
	}
	p.ensureBlock(bi)
	line := p.blocks[bi].top + p.lineIn(bi, m.End)
	if line < p.offset || line >= p.offset+p.height {
		p.offset = line - p.height/3
		p.clampOffset()
	}
}

// blockOf is the block that draws the text at off, -1 for none.
func (p *articlePane) blockOf(off int) int {
	for i, b := range p.blocks {
		if b.span.Start <= off && off < b.span.End {
			return i
		}
	}
	return -1
}

// lineIn is the line of block bi, as laid out, on which the text up to end
// finishes.
func (p *articlePane) lineIn(bi, end int) int {
	b := &p.blocks[bi]
	if b.kind == blockRendered || b.span.End <= b.span.Start {
		return 0
	}
	runs, _, _ := p.textRuns(b, end)
	pw := 0
	if b.md != nil {
		pw = len([]rune(b.md.prefix))
	}
	return max(0, len(wrapRuns(runs, max(1, p.textWidth()-pw)).lines)-1)
}

// repaint draws every block laid out so far again; their lines do not
// change in number, only in style.
func (p *articlePane) repaint() {
	for bi := 0; bi < p.laid; bi++ {
		p.wrapBlock(bi)
		copy(p.lines[p.blocks[bi].top:], p.blocks[bi].lines)
	}
}

// repaintSpans draws again the laid-out blocks that hold the given spans.
func (p *articlePane) repaintSpans(spans ...model.Span) {
	for _, sp := range spans {
		for bi := 0; bi < p.laid; bi++ {
			if b := p.blocks[bi]; b.span.Start < sp.End && sp.Start < b.span.End {
				p.wrapBlock(bi)
				copy(p.lines[b.top:], p.blocks[bi].lines)
			}
		}
	}
}

func (p *articlePane) scroll(n int) {
	p.offset += n
	p.clampOffset()
	p.cursorOnScreen(n)
}

// cursorOnScreen keeps the cursor in view after the view moved by n lines,
// as a text browser does: a link scrolled out of sight gives the cursor to
// the nearest link on screen (the first when the view went down, the last
// when it went up), or to none, so that enter never follows a link the
// reader cannot see.
func (p *articlePane) cursorOnScreen(n int) {
	if p.cursor < 0 || p.cursor >= len(p.links) || p.visible(p.cursor) {
		return
	}
	next := -1
	for i := range p.links {
		l := i
		if n < 0 {
			l = len(p.links) - 1 - i
		}
		if p.visible(l) {
			next = l
			break
		}
	}
	old := p.cursor
	p.cursor = next
	p.rewrap(old, next)
	p.fitEvidence()
}

func (p *articlePane) clampOffset() {
	p.ensureLine(p.offset + p.height)
	p.offset = max(0, min(p.offset, len(p.lines)-p.height))
}

// stepLink moves the cursor to the next or previous link. A cursor that has
// scrolled out of sight starts again from what is on screen, as in a text
// browser.
func (p *articlePane) stepLink(dir int) {
	if len(p.links) == 0 {
		return
	}
	next := -1
	if p.cursor < 0 || !p.visible(p.cursor) {
		for i := range p.links {
			l := i
			if dir < 0 {
				l = len(p.links) - 1 - i
			}
			if p.visible(l) {
				next = l
				break
			}
		}
		if next < 0 { // nothing on screen: the first link below, or the last above
			for l := range p.links {
				below := p.linkLine(l) >= p.offset
				if below && dir > 0 {
					next = l
					break
				}
				if below {
					break
				}
				next = l
			}
		}
	} else {
		next = p.cursor + dir
	}
	if next < 0 || next >= len(p.links) {
		return
	}
	p.setCursor(next)
}

func (p *articlePane) visible(l int) bool {
	if p.links[l].block >= p.laid {
		return false // not wrapped yet, so below the view
	}
	line := p.linkLine(l)
	return line >= p.offset && line < p.offset+p.height
}

// setCursor puts the cursor on link l and scrolls it into view.
func (p *articlePane) setCursor(l int) {
	old := p.cursor
	p.cursor = l
	p.rewrap(old, l)
	p.fitEvidence()
	p.keepVisible()
}

// keepVisible scrolls so that the cursor's link is on screen, with a little
// context above it when the pane has room.
func (p *articlePane) keepVisible() {
	if p.cursor < 0 || p.cursor >= len(p.links) {
		return
	}
	line := p.linkLine(p.cursor)
	last := max(line, p.linkEndLine(p.cursor))
	ctx := min(2, max(0, p.height/4))
	if line < p.offset+ctx {
		p.offset = line - ctx
	} else if last >= p.offset+p.height-ctx {
		// a quotation comes into view whole when it fits, else from its
		// opening: tab stopped on one whose first line only was in view
		p.offset = min(last-p.height+1+ctx, line-ctx)
	}
	p.clampOffset()
}

// linkEndLine is the line on which link l ends: a quotation's last line,
// in the block that holds its closing mark; a name's own line.
func (p *articlePane) linkEndLine(l int) int {
	k := p.links[l]
	if k.kind != linkQuote || k.quote < 0 || k.quote >= len(p.a.Quotes) {
		return p.linkLine(l)
	}
	end := p.a.Quotes[k.quote].End - 1
	for bi := k.block; bi < len(p.blocks); bi++ {
		b := p.blocks[bi]
		if b.span.End <= b.span.Start {
			continue // a blank, a rule: no text
		}
		if b.span.Start > end {
			break
		}
		if end < b.span.End {
			p.ensureBlock(bi)
			return p.blocks[bi].top + p.lineIn(bi, end+1)
		}
	}
	return p.linkLine(l)
}

// cursorEntity is the entity the cursor points at: a mention's entity or a
// quotation's speaker.
func (p *articlePane) cursorEntity() string {
	if p.cursor < 0 || p.cursor >= len(p.links) {
		return ""
	}
	return p.links[p.cursor].entity
}

// stepMention moves to the next (dir 1) or previous (-1) mention of the
// entity under the cursor, wrapping round the article.
func (p *articlePane) stepMention(dir int) tea.Cmd {
	id := p.cursorEntity()
	if id == "" {
		return send(statusMsg{"Put the cursor on a name first (tab)."})
	}
	n := len(p.links)
	for i := 1; i <= n; i++ {
		l := ((p.cursor+dir*i)%n + n) % n
		if p.links[l].kind == linkMention && p.links[l].entity == id {
			wrapped := (dir > 0) == (l <= p.cursor)
			p.setCursor(l)
			if wrapped {
				return send(statusMsg{"Search wrapped round the article."})
			}
			return nil
		}
	}
	return send(statusMsg{"No other mention in this article."})
}

// open follows the link under the cursor.
func (p *articlePane) open() tea.Cmd {
	if p.cursor < 0 || p.cursor >= len(p.links) || !p.visible(p.cursor) {
		return send(statusMsg{"Move to a quotation or a name with tab, then press enter."})
	}
	l := p.links[p.cursor]
	if l.entity != "" {
		return send(openEntityMsg{ID: l.entity})
	}
	if l.kind == linkQuote {
		q := p.a.Quotes[l.quote]
		if q.Speaker != "" {
			return send(statusMsg{"Said by " + sanitizeLine(q.Speaker) + ", who is not named."})
		}
		return send(statusMsg{"The article does not say who said this."})
	}
	return nil
}

// focusEntity puts the cursor on the first mention of an entity.
func (p *articlePane) focusEntity(id string) {
	p.focusFirst(func(l link) bool { return l.kind == linkMention && l.entity == id })
}

// focusQuote puts the cursor on a quotation.
func (p *articlePane) focusQuote(qi int) {
	p.focusFirst(func(l link) bool { return l.kind == linkQuote && l.quote == qi })
}

// focusFirst puts the cursor on the first link that matches, a third of
// the way down the pane.
func (p *articlePane) focusFirst(match func(link) bool) {
	for i, l := range p.links {
		if match(l) {
			p.setCursor(i)
			p.centre()
			return
		}
	}
}

// centre scrolls the cursor's line to a third of the way down, where the
// eye expects what it jumped to.
func (p *articlePane) centre() {
	if p.cursor < 0 {
		return
	}
	p.offset = p.linkLine(p.cursor) - p.height/3
	p.clampOffset()
}

// VIEW

func (p articlePane) View() string {
	if p.a == nil || p.height <= 0 || p.width <= 0 {
		return ""
	}
	end := min(len(p.lines), p.offset+p.height)
	text := p.lines[p.offset:end]
	if len(p.why.lines) == 0 {
		return strings.Join(text, "\n")
	}
	// the evidence stands at the foot of the pane, below a short article too
	out := make([]string, 0, p.paneHeight)
	out = append(out, text...)
	for len(out) < p.height {
		out = append(out, "")
	}
	return strings.Join(append(out, p.why.lines...), "\n")
}

// status is the article's part of the status line: the search being
// typed, or the match it is on and how far through the article the view is.
func (p articlePane) status() string {
	if p.search.prompt {
		return "/" + sanitizeLine(p.search.typed) + p.st.Selected.Render(" ")
	}
	if s := p.search.status(); s != "" {
		return s + " · " + p.position()
	}
	return p.position()
}

// position says how far through the article the view is.
func (p articlePane) position() string {
	if !p.laidOut() && p.offset > 0 {
		// the lines below are not wrapped yet: say how far through the blocks
		return fmt.Sprintf("%d%%", p.blockAt(p.offset+p.height)*100/max(1, len(p.blocks)))
	}
	if p.laidOut() && len(p.lines) <= p.height {
		return "all"
	}
	switch {
	case p.offset == 0:
		return "top"
	case p.offset+p.height >= len(p.lines):
		return "end"
	}
	return fmt.Sprintf("%d%%", (p.offset+p.height)*100/len(p.lines))
}

// help lists the keys that do something here and now.
func (p articlePane) help() paneHelp {
	k := *p.keys
	onLink := p.cursor >= 0
	k.Open.SetEnabled(onLink)
	k.NextMention.SetEnabled(p.cursorEntity() != "")
	k.PrevMention.SetEnabled(p.cursorEntity() != "")
	k.Open.SetHelp("enter", "follow")
	if p.search.prompt {
		return paneHelp{short: []key.Binding{
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "search")),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		}}
	}
	_, onQuote := p.cursorQuote()
	k.Copy.SetEnabled(onQuote)
	k.Why.SetEnabled(p.why.jumped() || p.why.ev.Phrase.Len() > 0)
	if p.why.jumped() {
		k.Why.SetHelp("w", "back to the quotation")
	}
	k.OpenURL.SetEnabled(strings.TrimSpace(p.a.URL) != "")
	k.Edit.SetEnabled(p.onDisk)
	searching := p.search.active()
	k.NextMatch.SetEnabled(searching)
	k.PrevMatch.SetEnabled(searching)
	k.ClearSearch.SetEnabled(searching)
	if searching { // n and N step through the matches instead
		k.NextMention.SetEnabled(false)
		k.PrevMention.SetEnabled(false)
		k.List.SetEnabled(false)
	}
	short := []key.Binding{k.NextLink, k.Open, k.Why, k.Copy, k.NextMatch, k.ClearSearch, k.NextMention, k.Search, k.Back, k.List, k.Help, k.Quit}
	if p.why.quote >= 0 {
		// on a quotation, the key that shows who says so comes first, so
		// that a narrow status line still names it
		short = append([]key.Binding{k.Why}, slices.DeleteFunc(short, func(b key.Binding) bool { return b.Help().Key == "w" })...)
	}
	return paneHelp{
		short: short,
		full: [][]key.Binding{
			k.scrollKeys(),
			{k.NextLink, k.PrevLink, k.Open, k.Why, k.NextMention, k.PrevMention},
			{k.Search, k.NextMatch, k.PrevMatch, k.ClearSearch, k.Copy, k.OpenURL, k.Edit},
			k.globalKeys(),
		},
	}
}

// setStyles draws the article with new styles.
func (p *articlePane) setStyles(st *Styles) {
	p.st, p.sty = st, newStyler(st)
	p.why.from = -1
	p.sizeForEvidence()
	p.layout()
}
