package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
)

// headerSource is a library of n articles whose headlines are known and
// none analysed: the list as it stands while a large library is indexed.
type headerSource struct {
	heads []*model.Article
	lib   *model.Library
}

func newHeaderSource(tb testing.TB, n int) headerSource {
	tb.Helper()
	docs, _ := articles.ScanFS(articles.Bundled(), articles.Options{})
	base := make([]*model.Article, len(docs))
	for i, d := range docs {
		h, err := d.Header()
		if err != nil {
			tb.Fatal(err)
		}
		base[i] = h
	}
	s := headerSource{heads: make([]*model.Article, n)}
	for i := range s.heads {
		h := *base[i%len(base)]
		h.Path = fmt.Sprintf("%06d-%s", i, h.Path)
		h.Title = fmt.Sprintf("%s (%d)", h.Title, i)
		s.heads[i] = &h
	}
	s.lib = model.NewLibrary(make([]*model.Article, n))
	return s
}

func (s headerSource) Len() int          { return len(s.heads) }
func (s headerSource) Path(i int) string { return s.heads[i].Path }
func (s headerSource) Article(i int) (model.Header, bool, error) {
	return model.HeaderOf(s.heads[i], false), false, nil
}
func (s headerSource) Load(i int) (*model.Article, error) { return s.heads[i], nil }
func (s headerSource) Library() *model.Library            { return s.lib }
func (s headerSource) Progress() model.Progress {
	return model.Progress{Read: len(s.heads), Total: len(s.heads)}
}
func (s headerSource) Problems() []string       { return nil }
func (s headerSource) Updates() <-chan struct{} { return nil }

// BenchmarkListKeypress is one key in the list and the frame after it, with
// 10,000 and 100,000 articles: what a person waits for when scrolling.
func BenchmarkListKeypress(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			a := NewFromSource(newHeaderSource(b, n), nil)
			m, _ := a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			keys := []tea.Msg{keyDown, keyDown, tea.KeyPressMsg{Code: tea.KeyPgDown}, runeKey('k')}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				m, _ = m.Update(keys[i%len(keys)])
				_ = m.View()
			}
		})
	}
}

// BenchmarkFirstFrame is building the reader on n articles known only by
// their headlines and drawing its first frame.
func BenchmarkFirstFrame(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			src := newHeaderSource(b, n)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				a := NewFromSource(src, nil)
				m, _ := a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				_ = m.View()
			}
		})
	}
}

// BenchmarkArticleKeypress is tab and the frame after it in a long article.
func BenchmarkArticleKeypress(b *testing.B) {
	arts, _ := articles.LoadFS(articles.Bundled())
	a := New(model.NewLibrary(arts), nil)
	var m tea.Model = a
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m, cmd := m.Update(keyEnter)
	for _, msg := range runCmd(cmd) {
		m, _ = m.Update(msg)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m, _ = m.Update(keyTab)
		_ = m.View()
	}
}
