package articles_test

import (
	"fmt"
	"reflect"
	"sort"
	"testing"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/articles/biglib"
	"github.com/byline-reader/byline/model"
)

// The compact library an index builds (summaries only, quotations read
// back from the cache) shows what the all-in-memory library shows: the
// same headers and counts, entity pages and quotations, whether it was
// indexed cold, warm from the cache, or with no cache at all.
func TestCompactLibraryMatchesInMemory(t *testing.T) {
	generated := t.TempDir()
	if _, err := biglib.Write(generated, 120, articles.Bundled()); err != nil {
		t.Fatal(err)
	}
	for name, scan := range map[string]func() []articles.Doc{
		"bundled": func() []articles.Doc {
			docs, _ := articles.ScanFS(articles.Bundled(), articles.Options{})
			return docs
		},
		"generated": func() []articles.Doc {
			docs, _, err := articles.ScanPaths([]string{generated}, articles.Options{})
			if err != nil {
				t.Fatal(err)
			}
			return docs
		},
	} {
		docs := scan()
		arts, probs := articles.LoadAll(docs, nil, 0)
		if len(probs) > 0 || len(arts) != len(docs) {
			t.Fatalf("%s: %d articles of %d, %v", name, len(arts), len(docs), probs)
		}
		want := model.NewLibrary(arts)
		cacheDir := t.TempDir()
		for _, run := range []string{"cold", "warm", "no cache"} {
			var c *articles.Cache
			if run != "no cache" {
				var err error
				if c, err = articles.OpenCache(cacheDir, "test"); err != nil {
					t.Fatal(err)
				}
			}
			ix := articles.NewIndex(docs, c, 2)
			ix.Start()
			ix.Wait()
			compareLibraries(t, name+", "+run, ix, want)
			c.Close()
		}
	}
}

func compareLibraries(t *testing.T, what string, ix *articles.Index, want *model.Library) {
	t.Helper()
	got := ix.Library()
	if p := ix.Progress(); p.Analysed != len(want.Articles) || got.Added() != len(want.Articles) {
		t.Fatalf("%s: progress %+v, library of %d", what, p, got.Added())
	}
	for i, a := range want.Articles {
		h, analysed, err := ix.Article(i)
		if !analysed || err != nil || h != want.Header(i) {
			t.Errorf("%s: article %d header %+v, want %+v", what, i, h, want.Header(i))
		}
		if full, err := ix.Load(i); err != nil || fmt.Sprint(full.Quotes) != fmt.Sprint(a.Quotes) || fmt.Sprint(full.Entities) != fmt.Sprint(a.Entities) {
			t.Errorf("%s: article %d loaded again differs (%v)", what, i, err)
		}
	}
	gq, gs := got.Totals()
	wq, ws := want.Totals()
	if gq != wq || gs != ws || wq == 0 {
		t.Errorf("%s: totals %d quotations, %d speakers; want %d, %d", what, gq, gs, wq, ws)
	}
	ge, we := got.Entities(), want.Entities()
	if len(ge) != len(we) {
		t.Fatalf("%s: %d entities, want %d", what, len(ge), len(we))
	}
	for k, e := range we {
		if !reflect.DeepEqual(ge[k], e) {
			t.Errorf("%s: entity %d is %+v, want %+v", what, k, ge[k], e)
			continue
		}
		if g, w := got.ArticlesMentioning(e.ID), want.ArticlesMentioning(e.ID); !reflect.DeepEqual(g, w) {
			t.Errorf("%s: articles mentioning %s differ", what, e.ID)
		}
		gq, wq := got.QuotesBy(e.ID), want.QuotesBy(e.ID)
		if !reflect.DeepEqual(gq, wq) {
			t.Errorf("%s: quotations by %s differ", what, e.ID)
		} else if g, w := got.QuoteTexts(gq), want.QuoteTexts(wq); !reflect.DeepEqual(g, w) {
			t.Errorf("%s: words of the quotations by %s differ:\n%q\n%q", what, e.ID, g, w)
		}
		if g, w := withCounts(got.MentionedWith(e.ID, 0)), withCounts(want.MentionedWith(e.ID, 0)); !reflect.DeepEqual(g, w) {
			t.Errorf("%s: mentioned with %s: %v, want %v", what, e.ID, g, w)
		}
	}
}

// withCounts is a co-mention list as sorted lines (entities with equal
// counts and names come in either order).
func withCounts(ecs []model.EntityCount) []string {
	out := make([]string, len(ecs))
	for i, ec := range ecs {
		out[i] = fmt.Sprintf("%s %s %d", ec.ID, ec.Name, ec.Count)
	}
	sort.Strings(out)
	return out
}
