package ui

import (
	"github.com/byline-reader/byline/model"
)

// Source is where the reader's articles come from: a library analysed
// up front, or an index that reads and analyses in the background while
// the reader is already open. Its methods are called on the reader's
// goroutine, except Load, which runs in a command.
type Source interface {
	// Len is the number of files.
	Len() int
	// Path names file i.
	Path(i int) string
	// Article is what the list shows of file i so far: its headline,
	// metadata and, once it is analysed (analysed), its counts; a zero
	// Header when nothing is read yet; err when it cannot be read.
	Article(i int) (h model.Header, analysed bool, err error)
	// Load gives the analysis of file i: quickly when it is analysed
	// already (it is read back), else analysing it now, which may take a
	// while.
	Load(i int) (*model.Article, error)
	// Library is the latest cross-article index.
	Library() *model.Library
	// Progress says how far the background work has come.
	Progress() model.Progress
	// Problems lists the files that could not be read so far.
	Problems() []string
	// Updates delivers a notice when something has changed; nil when
	// nothing ever will.
	Updates() <-chan struct{}
}

// staticSource is a library analysed up front.
type staticSource struct{ lib *model.Library }

func (s staticSource) Len() int          { return len(s.lib.Articles) }
func (s staticSource) Path(i int) string { return s.lib.Articles[i].Path }
func (s staticSource) Article(i int) (model.Header, bool, error) {
	h := s.lib.Header(i)
	return h, h.Analysed, nil
}
func (s staticSource) Load(i int) (*model.Article, error) { return s.lib.Articles[i], nil }
func (s staticSource) Library() *model.Library            { return s.lib }
func (s staticSource) Progress() model.Progress {
	n := len(s.lib.Articles)
	return model.Progress{Read: n, Analysed: n, Total: n}
}
func (s staticSource) Problems() []string       { return nil }
func (s staticSource) Updates() <-chan struct{} { return nil }

// ReadMarks is what a source of saved articles may add: which articles
// are still unread (drawn in bold) and a way to mark one read, which the
// reader does when it opens it.
type ReadMarks interface {
	Unread(i int) bool
	MarkRead(i int)
}

// Bookmarks is what a source of saved articles may add: where the reader
// left each article, as a byte offset into its text (a place that holds
// at any width), so that it reopens there.
type Bookmarks interface {
	Position(i int) int
	SetPosition(i, offset int)
}

// Growing is what a source of saved articles may add: files saved while
// the reader is open (by a refresh) join it. Add returns how many it took
// (it leaves out files it has); they are read and analysed in the
// background, and Updates tells of them as of the others.
type Growing interface {
	Add(paths []string) int
}

// Changes is what a source may add to say which files have news (a
// headline read, an analysis, an error) since it was last asked, so that
// the list remakes their items only: in a large library, looking at
// every file at each notice would take the reader's time from the
// indexing.
type Changes interface {
	Changed() []int
}
