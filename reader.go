package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/articles/store"
	"github.com/byline-reader/byline/articles/web"
	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/ui"
)

// library is what the reader adds when it shows the saved library (or the
// bundled articles standing in for an empty one): read marks, a hint,
// refreshing the subscriptions. It is nil for files named on the command
// line.
type library struct {
	marks *web.Marks
	hint  string
}

// runReader opens the terminal reader at once on docs and on the files of
// paths, which are found while it draws (the first frame waits for the
// first file, not for the walk of a large folder), while an index reads
// and analyses them in the background.
func runReader(docs []articles.Doc, paths []string, probs []articles.Problem, cache *articles.Cache, lib *library, opt articles.Options, theme string, profile colorprofile.Profile, stderr io.Writer) int {
	ix := articles.NewIndex(docs, cache, 0)
	if len(paths) > 0 {
		ix.Walk(paths, opt)
	}
	defer ix.Stop()
	if ix.WaitForFiles() == 0 {
		for _, p := range append(probs, ix.Problems()...) {
			fmt.Fprintln(stderr, "byline: skipped", p.Error())
		}
		// say what would have been read: a folder of .html or .json files
		// is otherwise a puzzle
		fmt.Fprintln(stderr, "byline: no articles to show (byline reads .txt, .md and .markdown files)")
		return 1
	}
	ix.Start()
	if os.Getenv("GOMEMLIMIT") == "" {
		// a library larger than memoryLimit is meant for gets more room,
		// once the walk knows its size
		go func() { debug.SetMemoryLimit(memoryLimitFor(ix.WaitForWalk())) }()
	}
	problems := make([]string, len(probs))
	for i, p := range probs {
		problems[i] = p.Error()
	}
	if lib == nil {
		lib = &library{}
	}
	// --theme wins over the settings' theme; "auto" asks the terminal
	if theme == "" {
		theme = web.Theme()
	}
	app := ui.NewFromSource(indexSource{ix, lib.marks, opt}, problems).WithTheme(theme)
	var prog *tea.Program
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// a refresh runs beside the reader and tells it how it goes; the
	// articles it saves join the list as each feed is done
	notice := web.InOrder(func(line string) { prog.Send(ui.Notice(line)) })
	saved := func(all []*store.Saved) {
		if fresh := lib.marks.Learn(all); len(fresh) > 0 {
			prog.Send(ui.ArticlesSaved(fresh))
		}
	}
	refresh := func() { go web.BackgroundRefresh(ctx, versionString(), notice, saved) }
	if lib.marks != nil || lib.hint != "" {
		app = app.WithRefresh(func() tea.Cmd { refresh(); return nil })
	}
	prog = tea.NewProgram(app, tea.WithColorProfile(profile))
	if lib.hint != "" {
		notice(lib.hint)
	}
	if (lib.marks != nil || lib.hint != "") && web.RefreshOnStart() {
		refresh()
	}
	if _, err := prog.Run(); err != nil {
		fmt.Fprintln(stderr, "byline:", err)
		return 1
	}
	return 0
}

// indexSource lets the reader read from the index, with the read marks
// of the saved library (nil for files named on the command line).
type indexSource struct {
	*articles.Index
	marks *web.Marks
	opt   articles.Options
}

// Add lists files saved while the reader is open.
func (s indexSource) Add(paths []string) int {
	docs, _, err := articles.ScanPaths(paths, s.opt)
	if err != nil {
		return 0
	}
	return s.Index.Add(docs)
}

func (s indexSource) Unread(i int) bool { return s.marks.Unread(s.Path(i)) }
func (s indexSource) MarkRead(i int)    { s.marks.MarkRead(s.Path(i)) }

func (s indexSource) Position(i int) int        { return s.marks.Position(s.Path(i)) }
func (s indexSource) SetPosition(i, offset int) { s.marks.SetPosition(s.Path(i), offset) }

func (s indexSource) Problems() []string {
	probs := s.Index.Problems()
	out := make([]string, len(probs))
	for i, p := range probs {
		out[i] = p.Error()
	}
	return out
}

// Reload reads file i again, after it was edited in the reader.
func (s indexSource) Reload(i int) (*model.Article, error) {
	arts, probs, err := articles.LoadPaths([]string{s.Path(i)})
	switch {
	case err != nil:
		return nil, err
	case len(probs) > 0:
		return nil, probs[0].Err
	case len(arts) == 0:
		return nil, articles.ErrNotExist
	}
	return arts[0], nil
}
