package ui

import (
	"io"
	"net/url"
	"os"
	"os/exec"
	"sort"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/cli/browser"

	"github.com/byline-reader/byline/model"
)

// The actions of the article pane: copy a quotation, open the article's
// address in a browser, edit its file. Each says plainly when there is
// nothing to do.

// openInBrowser opens an address in the system's browser; tests replace
// it so that none is started.
var openInBrowser = func(u string) error {
	quietBrowser.Do(func() { browser.Stdout, browser.Stderr = io.Discard, io.Discard })
	return browser.OpenURL(u)
}

// quietBrowser keeps what a browser prints off the reader's screen.
var quietBrowser sync.Once

// editedMsg says the editor started on article Article has exited.
type editedMsg struct {
	Article int
	Err     error
}

// cursorQuote is the quotation under the cursor, when the cursor is on
// screen: the quotation itself, or one a name under the cursor stands in.
func (p *articlePane) cursorQuote() (int, bool) {
	if p.cursor < 0 || p.cursor >= len(p.links) || !p.visible(p.cursor) {
		return -1, false
	}
	l := p.links[p.cursor]
	switch l.kind {
	case linkQuote:
		return l.quote, true
	case linkMention:
		qs := p.a.Quotes
		qi := sort.Search(len(qs), func(i int) bool { return qs[i].End > l.span.Start })
		if qi < len(qs) && qs[qi].Start <= l.span.Start && qs[qi].Speech {
			return qi, true
		}
	}
	return -1, false
}

// quoteCitation is a quotation as it is copied: the words, who said them,
// and where: “…” — Name, Headline, Source, Date.
func quoteCitation(a *model.Article, q model.Quote) string {
	var where []string
	for _, s := range []string{q.Speaker, a.Title, a.Source, a.Date} {
		if s = strings.TrimSpace(sanitizeLine(s)); s != "" {
			where = append(where, s)
		}
	}
	return "“" + strings.TrimSpace(sanitizeLine(q.Text)) + "” — " + strings.Join(where, ", ")
}

// copyQuote copies the quotation under the cursor, with its attribution,
// to the clipboard (OSC 52, which reaches the clipboard over ssh too).
func (p *articlePane) copyQuote() tea.Cmd {
	qi, ok := p.cursorQuote()
	if !ok {
		return send(statusMsg{"Move to a quotation with tab, then press y to copy it."})
	}
	q := p.a.Quotes[qi]
	who := "unnamed speaker"
	if q.Speaker != "" {
		who = sanitizeLine(q.Speaker)
	}
	return tea.Batch(tea.SetClipboard(quoteCitation(p.a, q)),
		send(statusMsg{"Copied the quotation by " + who + " to the clipboard."}))
}

// openURL opens the article's address (front matter url) in a browser,
// in the background: the reader never waits for it.
func (p *articlePane) openURL() tea.Cmd {
	raw := strings.TrimSpace(p.a.URL)
	if raw == "" {
		return send(statusMsg{"This article gives no address (a url: line in its front matter)."})
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		// an address from a file is opened only if it is a web page
		return send(statusMsg{"Not a web address: " + sanitizeLine(raw)})
	}
	s := u.String()
	return func() tea.Msg {
		if err := openInBrowser(s); err != nil {
			return statusMsg{"Cannot open a browser: " + sanitizeLine(err.Error())}
		}
		return statusMsg{"Opened " + sanitizeLine(s) + " in the browser."}
	}
}

// edit opens the article's file in $VISUAL or $EDITOR; the reader gives
// the editor the terminal and reads the file again when it exits.
func (p *articlePane) edit() tea.Cmd {
	editor := strings.Fields(os.Getenv("VISUAL"))
	if len(editor) == 0 {
		editor = strings.Fields(os.Getenv("EDITOR"))
	}
	if len(editor) == 0 {
		return send(statusMsg{"Set $EDITOR (or $VISUAL) to edit articles."})
	}
	st, err := os.Stat(p.a.Path)
	if err != nil || !st.Mode().IsRegular() {
		return send(statusMsg{"This article is not a file on disk (the bundled ones are inside byline)."})
	}
	idx := p.idx
	cmd := exec.Command(editor[0], append(editor[1:], p.a.Path)...)
	return tea.ExecProcess(cmd, func(err error) tea.Msg { return editedMsg{Article: idx, Err: err} })
}

// Reloader is a Source that can read a file again, after it was edited.
type Reloader interface {
	Reload(i int) (*model.Article, error)
}

// reloaded brings an article read again after editing.
type reloadedMsg struct {
	Article int
	Art     *model.Article
	Err     error
}

// edited reads the article again once its editor has exited.
func (a *App) edited(msg editedMsg) tea.Cmd {
	if msg.Err != nil {
		a.status = "The editor failed: " + sanitizeLine(msg.Err.Error())
		return nil
	}
	r, ok := a.src.(Reloader)
	if !ok {
		a.status = "Saved; open byline again to see the changes."
		return nil
	}
	idx := msg.Article
	return func() tea.Msg {
		art, err := r.Reload(idx)
		return reloadedMsg{Article: idx, Art: art, Err: err}
	}
}

// reloaded shows an article read again, where the reader left it.
func (a *App) reloaded(msg reloadedMsg) {
	switch {
	case msg.Err != nil:
		a.status = "Cannot read " + sanitizeLine(a.src.Path(msg.Article)) + " again: " + readError(msg.Err)
		return
	case msg.Art == nil:
		a.status = "Cannot read " + sanitizeLine(a.src.Path(msg.Article)) + " again."
		return
	}
	if a.main != pageArticle || a.article.idx != msg.Article {
		return
	}
	offset := a.article.offset
	a.article = newArticlePane(a.lib, msg.Article, msg.Art, a.st, a.keys)
	a.layout()
	a.article.offset = offset
	a.article.clampOffset()
	a.status = "Read the article again after editing."
}
