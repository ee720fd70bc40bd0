// Package ui is byline's terminal reader, built on Bubble Tea: a list of
// articles, an article pane that shows who said what, and a page for every
// person, place and organisation, joined by links.
package ui

import (
	"fmt"
	"io/fs"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/model"
)

// page is what the main pane shows.
type page int

const (
	pageList page = iota
	pageArticle
	pageEntity
	pagePeople
)

func (p page) String() string {
	return [...]string{"list", "article", "entity", "people"}[p]
}

// place is a point in the reader's history: what was shown and where.
type place struct {
	page    page
	article int
	entity  string // the entity shown; for the people index, its filter
	cursor  int
	offset  int
}

// wideWidth is the width from which the list stays beside the article.
const wideWidth = 100

// App is the root of the reader. It owns the panes, routes messages
// between them and keeps the history that backspace and ] walk.
type App struct {
	src      Source
	lib      *model.Library // the source's latest library
	progress model.Progress
	pending  *openRequest // an article being analysed to be opened
	keys     *keyMap
	st       *Styles
	help     help.Model
	problems []string
	// staticProblems is how many of problems were given at the start;
	// the source's own follow them.
	staticProblems int

	list    listPane
	article articlePane
	entity  entityPage
	// people is the people index once opened. It is held by pointer to
	// keep App small (Bubble Tea copies App at every message, and the
	// index's list is 30 KB) but treated as a value: every change is made
	// to a copy that then replaces it, so App values never share a change.
	people *peoplePage
	main   page // what the main pane holds: an article, an entity, or nothing yet (pageList)
	focus  page // pageList, or main
	// previewed is the list's highlighted article when the main pane last
	// followed it; when the highlight moves, the main pane previews the
	// new one. -2 asks for a preview whatever is highlighted.
	previewed  int
	previewSeq int // numbers previews, so that a late one is dropped

	back, forward []place
	showHelp      bool
	helpTop       int    // the first line of the help's scrolling part shown, when it does not fit
	summary       string // what the library holds, counted once
	status        string
	refresh       func() tea.Cmd // starts a refresh of the subscriptions; nil: none
	// listening is set while a command waits for the source's next
	// notice, so that files added later start one only when none waits
	listening bool
	theme     string // "dark" or "light" when the settings say; "" follows the terminal

	width, height int
}

// openRequest is an article to open once it is analysed.
type openRequest struct {
	article int
	at      place
	entity  string
	quote   int
}

// New makes the reader for a library analysed up front; problems are the
// files that could not be read, shown in the status line and the help.
func New(lib *model.Library, problems []string) App {
	return NewFromSource(staticSource{lib}, problems)
}

// NewFromSource makes the reader for a source that may still be reading
// and analysing its files: the list shows at once and fills in.
func NewFromSource(src Source, problems []string) App {
	keys := defaultKeys()
	st := NewStyles(true)
	lib := src.Library()
	a := App{src: src, lib: lib, progress: src.Progress(), keys: &keys, st: st, help: help.New(),
		problems: problems, staticProblems: len(problems), main: pageList, focus: pageList, previewed: -2}
	a.help.Styles = st.Help
	a.problems = append(a.problems[:a.staticProblems:a.staticProblems], src.Problems()...)
	a.list = newListPane(src, st, a.keys)
	a.article = newArticlePane(lib, -1, nil, st, a.keys)
	a.summary = librarySummary(lib, a.progress)
	a.entity = entityPage{keys: a.keys, st: st, sty: newStyler(st), lib: lib, cursor: -1}
	a.listening = src.Updates() != nil // Init listens
	return a
}

// WithRefresh gives the reader a way to refresh the subscriptions: start
// is called when r is pressed, and its progress comes back as Notice
// messages.
func (a App) WithRefresh(start func() tea.Cmd) App {
	a.refresh = start
	a.keys.Refresh.SetEnabled(start != nil)
	return a
}

// WithTheme fixes the colours to "dark" or "light" whatever the
// terminal's background (which is then not asked for); anything else
// follows the terminal, which not every terminal (nor tmux) tells, and
// until it does the colours are dark.
func (a App) WithTheme(theme string) App {
	switch theme {
	case "dark", "light":
		a.theme = theme
		a.restyle(theme == "dark")
	}
	return a
}

// Notice is a message that puts a line in the status bar until the next
// key, for news from outside the reader (a refresh's progress).
func Notice(text string) tea.Msg { return statusMsg{Text: text} }

// ArticlesSaved is a message that gives the reader files saved while it is
// open (by a refresh): a source that can grow (Growing) lists them at once.
func ArticlesSaved(paths []string) tea.Msg { return savedMsg{Paths: paths} }

// savedMsg brings files saved while the reader is open.
type savedMsg struct{ Paths []string }

// Init asks the terminal for its background, to choose light or dark
// colours, and listens to the source.
func (a App) Init() tea.Cmd {
	if a.theme != "" {
		return a.waitForSource()
	}
	return tea.Batch(tea.RequestBackgroundColor, a.waitForSource())
}

// MESSAGES

// sourceMsg says the source has news: headlines, analyses, a library.
type sourceMsg struct{}

// articleLoadedMsg brings an article analysed on demand.
type articleLoadedMsg struct {
	Article int
	Art     *model.Article
	Err     error
}

// waitForSource waits for the source's next notice.
func (a App) waitForSource() tea.Cmd {
	ch := a.src.Updates()
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		<-ch
		return sourceMsg{}
	}
}

// fromSource takes in what the source has learned, and listens again
// while it is still working.
func (a *App) fromSource() tea.Cmd {
	a.progress = a.src.Progress()
	if lib := a.src.Library(); lib != a.lib {
		a.lib = lib
		a.summary = librarySummary(lib, a.progress)
		a.article.lib = lib
		switch {
		case a.main == pageEntity:
			a.refreshEntity()
		case a.main == pagePeople && a.people != nil && a.people.list.FilterState() == list.Unfiltered:
			focus := a.focus
			a.openPeople(place{cursor: a.people.list.Index(), offset: int(a.people.kind)})
			a.setFocus(focus)
		}
	}
	if probs := a.src.Problems(); len(probs) > 0 {
		a.problems = append(a.problems[:a.staticProblems:a.staticProblems], probs...)
	}
	// files found since (a large folder is walked while the reader is
	// open) join the list first
	cmds := []tea.Cmd{a.list.grow(), a.list.refresh()}
	if !a.progress.Done() {
		a.listening = true
		cmds = append(cmds, a.waitForSource())
	} else {
		a.summary = librarySummary(a.lib, a.progress)
	}
	return tea.Batch(cmds...)
}

// saved adds files saved while the reader is open to the source and the
// list, and listens to the source again for what it reads of them.
func (a *App) saved(paths []string) tea.Cmd {
	g, ok := a.src.(Growing)
	if !ok || g.Add(paths) == 0 {
		return nil
	}
	a.progress = a.src.Progress()
	cmd := a.list.grow()
	if a.listening {
		return cmd
	}
	a.listening = true
	return tea.Batch(cmd, a.waitForSource())
}

// Update routes a message: sizes and colours to every pane, global keys to
// the root, navigation messages to open, the rest to the focused pane.
// Then, if the list's highlight moved, the main pane previews the article
// now highlighted.
func (a App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// the handlers return App, not tea.Model: an App in an interface is a
	// copy on the heap, made once here rather than at every step
	a, cmd := a.route(msg)
	if pc := a.syncPreview(); pc != nil {
		return a, tea.Batch(cmd, pc)
	}
	return a, cmd
}

func (a App) route(msg tea.Msg) (App, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.layout()
		return a, nil
	case tea.BackgroundColorMsg:
		if a.theme == "" {
			a.restyle(msg.IsDark())
		}
		return a, nil
	case tea.KeyPressMsg:
		return a.handleKey(msg)
	case tea.MouseWheelMsg:
		return a.handleWheel(msg)
	case openArticleMsg:
		a.push()
		return a, a.openArticle(msg.Article, place{cursor: -1}, msg.Entity, msg.Quote)
	case articleLoadedMsg:
		return a, a.loaded(msg)
	case sourceMsg:
		a.listening = false
		return a, a.fromSource()
	case savedMsg:
		return a, a.saved(msg.Paths)
	case openEntityMsg:
		a.push()
		a.openEntity(msg.ID, place{cursor: -1})
		return a, nil
	case statusMsg:
		a.status = msg.Text
		return a, nil
	case editedMsg:
		return a, a.edited(msg)
	case reloadedMsg:
		a.reloaded(msg)
		return a, nil
	case previewDueMsg:
		return a, a.previewDue(msg)
	case previewMsg:
		a.previewReady(msg)
		return a, nil
	case filterDoneMsg:
		return a.updatePage(msg.to, msg)
	}
	// everything else (a filter's results, timers) belongs to the list
	// being filtered: the people index when it has the keyboard, else
	// the list of articles
	if a.focus == pagePeople {
		return a.updatePage(pagePeople, msg)
	}
	return a.updatePage(pageList, msg)
}

func (a App) handleKey(msg tea.KeyPressMsg) (App, tea.Cmd) {
	a.status = ""
	k := a.keys
	if a.focus == pageList && a.list.filtering() {
		if msg.String() == "ctrl+c" {
			return a, tea.Quit
		}
		return a.updateFocused(msg)
	}
	if (a.focus == pageArticle && a.article.capturesKey(msg)) || (a.focus == pagePeople && a.people != nil && a.people.capturesKey(msg)) {
		if msg.String() == "ctrl+c" {
			return a, tea.Quit
		}
		return a.updateFocused(msg)
	}
	if a.showHelp {
		if msg.String() == "ctrl+c" {
			return a, tea.Quit
		}
		if a.scrollHelp(msg) {
			return a, nil
		}
		a.showHelp = false // any other key closes the help
		return a, nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		a.keepPosition()
		return a, tea.Quit
	case key.Matches(msg, k.Help):
		a.showHelp, a.helpTop = true, 0
		return a, nil
	case key.Matches(msg, k.Refresh) && a.refresh != nil:
		return a, a.refresh()
	case key.Matches(msg, k.Back):
		a.goBack()
		return a, nil
	case key.Matches(msg, k.Forward):
		a.goForward()
		return a, nil
	case key.Matches(msg, k.People) && a.focus != pagePeople:
		a.push()
		a.openPeople(place{cursor: 0})
		return a, nil
	case key.Matches(msg, k.List) && a.focus != pageList:
		a.push()
		a.setFocus(pageList)
		return a, nil
	}
	return a.updateFocused(msg)
}

func (a App) updateFocused(msg tea.Msg) (App, tea.Cmd) { return a.updatePage(a.focus, msg) }

// updatePage hands a message to the pane that shows page p.
func (a App) updatePage(p page, msg tea.Msg) (App, tea.Cmd) {
	var cmd tea.Cmd
	switch p {
	case pageList:
		a.list, cmd = a.list.Update(msg)
	case pageArticle:
		a.article, cmd = a.article.Update(msg)
	case pageEntity:
		a.entity, cmd = a.entity.Update(msg)
	case pagePeople:
		if a.people != nil {
			var np peoplePage
			np, cmd = a.people.Update(msg)
			a.people = &np
		}
	}
	return a, cmd
}

// handleWheel scrolls whatever is under the mouse.
func (a App) handleWheel(msg tea.MouseWheelMsg) (App, tea.Cmd) {
	if a.showHelp {
		// the help covers the page: it scrolls, if it is taller than the
		// window, and nothing under it moves
		switch msg.Button {
		case tea.MouseWheelDown:
			a.helpTop += 3
		case tea.MouseWheelUp:
			a.helpTop -= 3
		}
		a.helpTop = a.clampHelp(a.helpTop)
		return a, nil
	}
	overList := a.focus == pageList
	if a.wide() {
		overList = msg.Mouse().X < a.listWidth()
	}
	if overList {
		return a.updatePage(pageList, msg)
	}
	return a.updatePage(a.main, msg)
}

// NAVIGATION

func (a *App) current() place {
	if a.focus == pageList {
		return place{page: pageList, cursor: -1}
	}
	switch a.main {
	case pageArticle:
		return place{page: pageArticle, article: a.article.idx, cursor: a.article.cursor, offset: a.article.offset}
	case pageEntity:
		return place{page: pageEntity, entity: a.entity.id, cursor: a.entity.cursor, offset: a.entity.offset}
	case pagePeople:
		// the filter, if one is applied, comes back with the place
		filter := ""
		if a.people.list.IsFiltered() {
			filter = a.people.list.FilterValue()
		}
		return place{page: pagePeople, cursor: a.people.list.Index(), offset: int(a.people.kind), entity: filter}
	}
	return place{page: pageList, cursor: -1}
}

// push records where the reader is before it goes somewhere new.
func (a *App) push() {
	a.back = append(a.back, a.current())
	a.forward = a.forward[:0]
}

func (a *App) goBack() { a.travel(&a.back, &a.forward, "Nothing to go back to.") }

func (a *App) goForward() { a.travel(&a.forward, &a.back, "Nothing to go forward to.") }

// travel goes to the last place of from, leaving the current one on to.
func (a *App) travel(from, to *[]place, nowhere string) {
	if len(*from) == 0 {
		a.status = nowhere
		return
	}
	dest := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, a.current())
	a.restore(dest)
}

func (a *App) restore(p place) {
	switch p.page {
	case pageArticle:
		a.openArticle(p.article, p, "", -1) // visited, so analysed: no command
	case pageEntity:
		a.openEntity(p.entity, p)
	case pagePeople:
		a.openPeople(p)
	default:
		a.setFocus(pageList)
	}
}

// openArticle shows article idx, restoring the cursor and scroll of a
// place, or with the cursor on an entity's first mention or a quotation.
// An article not yet analysed is analysed first, by the command returned.
func (a *App) openArticle(idx int, at place, entity string, quote int) tea.Cmd {
	if idx < 0 || idx >= a.src.Len() {
		return nil
	}
	_, analysed, err := a.src.Article(idx)
	var art *model.Article
	if err == nil && analysed {
		art, err = a.src.Load(idx) // analysed already: read back at once
	}
	if err != nil {
		a.status = "Cannot read " + sanitizeLine(a.src.Path(idx)) + ": " + readError(err)
		return nil
	}
	if !analysed {
		a.pending = &openRequest{article: idx, at: at, entity: entity, quote: quote}
		a.status = "Analysing " + sanitizeLine(a.src.Path(idx)) + "…"
		src := a.src
		return func() tea.Msg {
			art, err := src.Load(idx)
			return articleLoadedMsg{Article: idx, Art: art, Err: err}
		}
	}
	a.pending = nil
	a.showArticle(idx, art, at, entity, quote)
	return nil
}

// readError is why a file could not be read, without the path when the
// error is the system's about the file itself: the reader names the file
// beside it already, and "Cannot read /a/b.txt: open /a/b.txt: no such
// file or directory" said it twice.
func readError(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		return sanitizeLine(pe.Err.Error())
	}
	return sanitizeLine(err.Error())
}

// loaded opens an article analysed on demand, if it is still wanted.
func (a *App) loaded(msg articleLoadedMsg) tea.Cmd {
	req := a.pending
	if req == nil || req.article != msg.Article {
		return nil
	}
	a.pending = nil
	a.status = ""
	if msg.Err != nil {
		a.status = "Cannot read " + sanitizeLine(a.src.Path(msg.Article)) + ": " + readError(msg.Err)
		return nil
	}
	a.showArticle(msg.Article, msg.Art, req.at, req.entity, req.quote)
	return a.list.refresh()
}

func (a *App) showArticle(idx int, art *model.Article, at place, entity string, quote int) {
	a.list.markRead(idx)
	reuse := a.main == pageArticle && a.article.idx == idx && !a.article.partial
	fresh := !reuse || a.article.preview // shown as opened for the first time
	if !reuse {
		a.keepPosition()
		a.article = newArticlePane(a.lib, idx, art, a.st, a.keys)
	}
	a.article.preview = false
	a.main = pageArticle
	a.setFocus(pageArticle)
	a.layout()
	switch {
	case entity != "":
		a.article.focusEntity(entity)
	case quote >= 0:
		a.article.focusQuote(quote)
	default:
		if at.cursor >= 0 && at.cursor < len(a.article.links) {
			a.article.setCursor(at.cursor)
		} else if a.article.cursor >= 0 {
			a.article.setCursor(-1)
		}
		a.article.offset = at.offset
		a.article.clampOffset()
		if b, ok := a.src.(Bookmarks); ok && fresh && at.offset == 0 && at.cursor < 0 {
			a.article.scrollToOffset(b.Position(idx))
		}
	}
	a.list.choose(idx)
	a.previewed = a.list.selected()
}

// keepPosition tells a source that keeps bookmarks where the open article
// was left.
func (a *App) keepPosition() {
	if a.article.preview || a.article.partial {
		return // only an article opened has a place to keep
	}
	if b, ok := a.src.(Bookmarks); ok && a.article.a != nil && a.article.idx >= 0 {
		b.SetPosition(a.article.idx, a.article.topOffset())
	}
}

// refreshEntity rebuilds the open entity page from a newer library,
// keeping its place.
func (a *App) refreshEntity() {
	a.openEntity(a.entity.id, place{cursor: a.entity.cursor, offset: a.entity.offset})
}

func (a *App) openEntity(id string, at place) {
	a.entity = newEntityPage(a.lib, id, a.st, a.keys)
	if !a.progress.Done() {
		a.entity.indexing(a.progress)
	}
	a.main = pageEntity
	a.setFocus(pageEntity)
	a.layout()
	if at.cursor >= 0 && at.cursor < len(a.entity.rows) && a.entity.rows[at.cursor].selectable() {
		a.entity.setCursor(at.cursor)
		a.entity.offset = at.offset
		a.entity.clampOffset()
	}
	a.previewed = a.list.selected()
}

// openPeople shows the people index, on the tab and row of a place.
func (a *App) openPeople(at place) {
	np := newPeoplePage(a.lib, entityKind(at.offset), !a.progress.Done(), a.st, a.keys)
	a.people = &np
	a.main = pagePeople
	a.setFocus(pagePeople)
	a.layout()
	np = *a.people
	if at.entity != "" {
		np.list.SetFilterText(at.entity)
	}
	np.list.Select(at.cursor)
	a.people = &np
	a.previewed = a.list.selected()
}

// PREVIEW

// previewDelay is how long the highlight must rest on an article that is
// not yet analysed before it is analysed for the preview, so that holding
// a key down does not start an analysis per article passed.
const previewDelay = 80 * time.Millisecond

// previewLimit is the size of article text that is laid out for a preview
// at once, in the keypress; a longer one is made ready in the background.
const previewLimit = 64 << 10

// previewDueMsg says the highlight has rested long enough on preview seq.
type previewDueMsg struct{ seq int }

// previewMsg brings a preview made ready in the background.
type previewMsg struct {
	seq  int
	pane articlePane
}

// syncPreview makes the main pane show the article the list highlights,
// when the list has the keyboard and the highlight has moved. What it
// cannot show at once (an article not yet analysed, or a very long one)
// it shows as its headline and makes ready in the background: a keypress
// never waits for an analysis.
func (a *App) syncPreview() tea.Cmd {
	if a.focus != pageList || !a.wide() {
		return nil
	}
	idx := a.list.selected()
	if idx < 0 || idx == a.previewed {
		return nil
	}
	if a.previewed == -2 && a.main == pageArticle && a.article.idx == idx {
		a.previewed = idx
		return nil
	}
	a.previewed = idx
	a.previewSeq++
	art, analysed, err := a.src.Article(idx)
	switch {
	case err != nil:
		a.setPreview(newPartialPane(idx, model.Header{}, a.src.Path(idx), "Cannot be read: "+readError(err), a.st, a.keys))
		return nil
	case analysed:
		// an analysed article is read back from the cache (or the index's
		// few recent ones) in about a millisecond; only laying out a very
		// long one waits for the background
		if full, err := a.src.Load(idx); err == nil && len(full.Text) <= previewLimit {
			a.setPreview(newArticlePane(a.lib, idx, full, a.st, a.keys))
			return nil
		}
	}
	a.setPreview(newPartialPane(idx, art, a.src.Path(idx), "Analysing…", a.st, a.keys))
	seq := a.previewSeq
	if analysed {
		return a.makePreview(seq, idx)
	}
	return tea.Tick(previewDelay, func(time.Time) tea.Msg { return previewDueMsg{seq} })
}

func (a *App) setPreview(p articlePane) {
	a.keepPosition()
	p.preview = true
	a.article = p
	a.main = pageArticle
	a.layout()
}

// previewDue makes the preview ready if the highlight is still on it.
func (a *App) previewDue(msg previewDueMsg) tea.Cmd {
	if msg.seq != a.previewSeq {
		return nil
	}
	return a.makePreview(msg.seq, a.previewed)
}

// makePreview analyses and lays out article idx in the background.
func (a *App) makePreview(seq, idx int) tea.Cmd {
	src, lib, st, keys := a.src, a.lib, a.st, a.keys
	return func() tea.Msg {
		art, err := src.Load(idx)
		if err != nil {
			return previewMsg{seq, newPartialPane(idx, model.Header{}, src.Path(idx), "Cannot be read: "+readError(err), st, keys)}
		}
		return previewMsg{seq, newArticlePane(lib, idx, art, st, keys)}
	}
}

// previewReady shows a preview made in the background, if it is still the
// one wanted and the article pane still shows a preview.
func (a *App) previewReady(msg previewMsg) {
	if msg.seq != a.previewSeq || a.focus != pageList || a.main != pageArticle || a.article.idx != msg.pane.idx {
		return
	}
	msg.pane.lib = a.lib
	a.setPreview(msg.pane)
}

func (a *App) setFocus(p page) {
	a.focus = p
	a.list.setFocused(p == pageList)
	if p == pageList && a.main == pageArticle && a.article.idx != a.list.selected() {
		a.previewed = -2 // the open article is not the one highlighted
	}
}

// LAYOUT

func (a *App) wide() bool { return a.width >= wideWidth }

// listWidth grows with the window, so that at 120 columns most headlines
// fit on their two lines and the preview beside them is still a
// comfortable measure.
func (a *App) listWidth() int { return max(30, min(72, a.width*3/8+4)) }

// mainHeight is the height of the panes: the window less the status line.
func (a *App) mainHeight() int {
	if a.height >= 2 {
		return a.height - 1
	}
	return a.height
}

// layout sizes every pane for the window.
func (a *App) layout() {
	h := a.mainHeight()
	a.help.SetWidth(a.width)
	if a.wide() {
		lw := a.listWidth()
		a.list.setSize(lw, h)
		a.article.setSize(a.width-lw-1, h)
		a.entity.setSize(a.width-lw-1, h)
		a.people = a.people.sized(a.width-lw-1, h)
		return
	}
	a.list.setSize(a.width, h)
	a.article.setSize(a.width, h)
	a.entity.setSize(a.width, h)
	a.people = a.people.sized(a.width, h)
}

// restyle hands every pane the styles for a dark or a light background.
func (a *App) restyle(dark bool) {
	a.st = NewStyles(dark)
	a.help.Styles = a.st.Help
	a.list.setStyles(a.st)
	a.article.setStyles(a.st)
	a.entity.setStyles(a.st)
	if a.people != nil {
		np := *a.people
		np.setStyles(a.st)
		a.people = &np
	}
}

// VIEW

// View draws the window: the panes, then the status line. Every line is cut
// to the window, whatever the panes hold, so no size can break the frame.
func (a App) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

func (a App) render() string {
	if a.width <= 0 || a.height <= 0 {
		return ""
	}
	h := a.mainHeight()
	var body string
	switch {
	case a.showHelp:
		body = box(a.helpView(), a.width, h)
	case a.wide():
		lw := a.listWidth()
		sep := strings.TrimSuffix(strings.Repeat(a.st.Border.Render("│")+"\n", h), "\n")
		body = joinColumns(box(a.list.View(), lw, h), sep, box(a.mainView(), a.width-lw-1, h))
	case a.focus == pageList:
		body = box(a.list.View(), a.width, h)
	default:
		body = box(a.mainView(), a.width, h)
	}
	if h == a.height {
		return body
	}
	return body + "\n" + box(a.statusLine(), a.width, 1)
}

func (a App) mainView() string {
	switch a.main {
	case pageArticle:
		return a.article.View()
	case pageEntity:
		return a.entity.View()
	case pagePeople:
		return a.people.View()
	}
	return a.welcome()
}

// welcome fills the main pane before anything is opened.
func (a App) welcome() string {
	lines := []string{
		"",
		"  " + a.st.Heading.Render("byline"),
		"",
		"  " + a.st.Faint.Render(a.summary),
		"",
		"  Choose an article and press enter.",
		"  In an article, tab moves between quotations and names;",
		"  enter follows one, backspace comes back.",
	}
	return strings.Join(append(lines, a.problemLines()...), "\n")
}

// librarySummary counts the articles, quotations and named speakers.
func librarySummary(lib *model.Library, p model.Progress) string {
	quotes, speakers := lib.Totals()
	// files that could not be read are not articles: they are listed as skipped
	q, who := noQuotations, "no named speakers"
	if quotes > 0 {
		q = plural(quotes, "quotation", "quotations")
	}
	if speakers > 0 {
		who = plural(speakers, "named speaker", "named speakers")
	}
	s := fmt.Sprintf("%s, %s, %s", plural(p.Total-p.Failed, "article", "articles"), q, who)
	if !p.Done() {
		return s + fmt.Sprintf(" so far (%d analysed).", p.Analysed)
	}
	return s + "."
}

func (a App) problemLines() []string {
	if len(a.problems) == 0 {
		return nil
	}
	out := append([]string{""}, a.helpNote(a.st.Warning, "Skipped "+plural(len(a.problems), "file", "files")+":")...)
	for _, p := range a.problems {
		out = append(out, a.helpNote(a.st.Faint, sanitizeLine(p))...)
	}
	return out
}

func (a App) focusedHelp() paneHelp {
	switch a.focus {
	case pageArticle:
		return a.article.help()
	case pageEntity:
		return a.entity.help()
	case pagePeople:
		return a.people.help()
	}
	return a.list.help()
}

// helpHint says how to move through a help taller than the window;
// helpStatus says it in the status line, in the 24 columns of a small
// terminal (any key but the scrolling ones closes, esc as well as any).
const (
	helpHint   = "j/k, space and b scroll; any other key closes"
	helpStatus = "j/k scroll · esc closes"
)

// helpPage is the help: its heading, which stays in view, and the rest,
// which scrolls when the window is too short for it all (scrolls), so
// that no key is out of reach; the notes and skipped files were dropped
// from a short window, and keys past its foot were cut off unsaid.
func (a App) helpPage() (head, body []string, scrolls bool) {
	// the groups side by side as far as they fit, the rest in rows below,
	// so that no key is cut off on a narrow terminal
	hv := a.help
	hv.SetWidth(0)
	var rows []string
	var row []string
	rowW := 0
	for _, g := range a.focusedHelp().FullHelp() {
		block := hv.FullHelpView([][]key.Binding{g})
		if block == "" {
			continue
		}
		bw := maxLineWidth(block)
		if len(row) > 0 && rowW+4+bw > a.width-2 {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowW = nil, 0
		}
		if len(row) > 0 {
			block = indentBlock(block, "    ")
			bw += 4
		}
		row = append(row, block)
		rowW += bw
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	for _, l := range strings.Split(strings.Join(rows, "\n\n"), "\n") {
		body = append(body, a.helpKeyLine("  "+l)...)
	}
	body = append(body, "")
	body = append(body, a.helpNote(a.st.Faint, "Quotations are coloured by speaker, and each speaker is named beside them.")...)
	body = append(body, a.helpNote(a.st.Faint, "Names are underlined: people in bold, organisations in italics.")...)
	problems := a.problemLines()
	heading := "  " + a.st.Heading.Render("Keys")
	if 3+len(body)+2+len(problems) <= a.mainHeight() {
		body = append(body, "")
		body = append(body, a.helpNote(a.st.Faint, "Press any key to close this help.")...)
		return []string{"", heading, ""}, append(body, problems...), false
	}
	// too tall: the heading says how to scroll when the window is wide
	// enough, and the status line always does
	if hint := "  " + a.st.Faint.Render("("+helpHint+")"); 2+ansi.StringWidth(heading+hint) <= a.width {
		heading += hint
	}
	return []string{heading, ""}, append(body, problems...), true
}

// helpRoom is how many lines of the help's scrolling part the window shows.
func (a App) helpRoom(head []string) int { return max(1, a.mainHeight()-len(head)) }

// clampHelp is top kept within the help's scrolling part.
func (a App) clampHelp(top int) int {
	head, body, scrolls := a.helpPage()
	if !scrolls {
		return 0
	}
	return max(0, min(top, len(body)-a.helpRoom(head)))
}

// scrollHelp moves a help taller than the window by a scrolling key, and
// reports whether msg was one.
func (a *App) scrollHelp(msg tea.KeyPressMsg) bool {
	head, _, scrolls := a.helpPage()
	if !scrolls {
		return false
	}
	k, page := a.keys, a.helpRoom(head)
	top := a.helpTop
	switch {
	case key.Matches(msg, k.Down):
		top++
	case key.Matches(msg, k.Up):
		top--
	case key.Matches(msg, k.PageDown):
		top += page
	case key.Matches(msg, k.PageUp):
		top -= page
	case key.Matches(msg, k.HalfDown):
		top += max(1, page/2)
	case key.Matches(msg, k.HalfUp):
		top -= max(1, page/2)
	case key.Matches(msg, k.Top):
		top = 0
	case key.Matches(msg, k.Bottom):
		top = 1 << 30 // clamped to the end
	default:
		return false
	}
	a.helpTop = a.clampHelp(top)
	return true
}

func (a App) helpView() string {
	head, body, scrolls := a.helpPage()
	if scrolls {
		top := a.clampHelp(a.helpTop)
		body = body[top:min(len(body), top+a.helpRoom(head))]
	}
	return strings.Join(append(head, body...), "\n")
}

// helpKeyLine is a line of keys, wrapped when it is wider than the window
// (a long description on a narrow one), its later lines indented under
// the key, so that none is cut off at the edge.
func (a App) helpKeyLine(l string) []string {
	w := max(1, a.width-1)
	if ansi.StringWidth(strings.TrimRight(ansi.Strip(l), " ")) <= w {
		return []string{ansi.Truncate(l, w, "")} // only padding is cut
	}
	const indent = "      "
	first, rest, _ := strings.Cut(ansi.Wrap(l, w, ""), "\n")
	out := []string{first}
	rest = strings.Join(strings.Fields(ansi.Strip(rest)), " ")
	if rest == "" {
		return out
	}
	for _, r := range strings.Split(ansi.Wrap(rest, max(1, w-len(indent)), ""), "\n") {
		out = append(out, indent+a.st.Help.FullDesc.Render(r))
	}
	return out
}

// helpNote is a line of the help in a style, wrapped to the window (a
// word longer than the window, such as a path, broken where it must) so
// that a narrow one does not cut it off.
func (a App) helpNote(st lipgloss.Style, s string) []string {
	lines := strings.Split(ansi.Wrap(s, max(1, a.width-4), ""), "\n")
	for i, l := range lines {
		lines[i] = "  " + st.Render(l)
	}
	return lines
}

// indentBlock puts prefix before every line of a block.
func indentBlock(s, prefix string) string {
	return prefix + strings.ReplaceAll(s, "\n", "\n"+prefix)
}

func maxLineWidth(s string) int {
	w := 0
	for _, l := range strings.Split(s, "\n") {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}

// statusLine shows a message, or the skipped files, or where the reader is,
// and then the keys that matter here.
func (a App) statusLine() string {
	left := ""
	helpScrolls := false
	if a.showHelp {
		_, _, helpScrolls = a.helpPage()
	}
	switch {
	case a.focus == pageArticle && a.article.search.prompt:
		left = a.article.status()
	case a.status != "":
		left = a.st.Warning.Render(sanitizeLine(a.status))
	case !a.progress.Done():
		left = a.st.Status.Render(fmt.Sprintf("indexing %d%%", (a.progress.Analysed+a.progress.Failed)*100/max(1, a.progress.Total)))
	case helpScrolls:
		// the help covers the page: where the page is, or that files were
		// skipped (the help lists them), is not news
	case len(a.problems) > 0 && a.focus == pageList:
		left = a.st.Warning.Render(fmt.Sprintf("⚠ %s skipped (?)", plural(len(a.problems), "file", "files")))
	case a.focus == pageArticle:
		left = a.st.Status.Render(a.article.status())
	}
	if room := a.width - 1; ansi.StringWidth(left) > room {
		// a message longer than the window ends in an ellipsis, so that
		// it reads as cut rather than as said
		left = cutWithEllipsis(left, max(0, room))
	}
	hv := a.help
	hv.SetWidth(max(0, a.width-ansi.StringWidth(left)-2))
	right := hv.ShortHelpView(a.focusedHelp().ShortHelp())
	if helpScrolls {
		// the keys that matter now are the help's own
		k, rest, _ := strings.Cut(helpStatus, " ")
		room := a.width - 1 // after the leading space
		if left != "" {
			room -= ansi.StringWidth(left) + 2
		}
		right = truncate(a.st.Help.ShortKey.Render(k)+" "+a.st.Help.ShortDesc.Render(rest), max(0, room))
	}
	if left == "" {
		return " " + right
	}
	if right == "" {
		return " " + left
	}
	return " " + left + "  " + right
}

// box cuts s to exactly w cells by h lines, padding short lines and
// missing ones with spaces, so panes can be set side by side.
func box(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lw := ansi.StringWidth(l)
		if lw > w {
			l = cutLine(l, w)
			lw = ansi.StringWidth(l)
		}
		lines[i] = l + strings.Repeat(" ", w-lw)
	}
	return strings.Join(lines, "\n")
}

// cutLine cuts a line to w cells, with an ellipsis when words are cut
// off, so that it reads as cut; a line that only overhangs with spaces
// (a list pads its rows) is cut clean.
func cutLine(l string, w int) string {
	cut := ansi.Truncate(l, w, "")
	if strings.TrimSpace(strings.TrimPrefix(ansi.Strip(l), ansi.Strip(cut))) == "" {
		return cut
	}
	return cutWithEllipsis(l, w)
}

// joinColumns sets blocks of equal height side by side.
func joinColumns(cols ...string) string {
	split := make([][]string, len(cols))
	n := 0
	for i, c := range cols {
		split[i] = strings.Split(c, "\n")
		n = max(n, len(split[i]))
	}
	var b strings.Builder
	for r := 0; r < n; r++ {
		if r > 0 {
			b.WriteByte('\n')
		}
		for _, c := range split {
			if r < len(c) {
				b.WriteString(c[r])
			}
		}
	}
	return b.String()
}
