package web

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/byline-reader/byline/articles/store"
)

func TestMarksSurviveAndCount(t *testing.T) {
	h := newHostile(t)
	home := t.TempDir()
	for _, v := range []string{"XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"} {
		t.Setenv(v, filepath.Join(home, v))
	}
	paths, marks := Library()
	if len(paths) != 0 || marks == nil {
		t.Fatalf("empty library: %v %v, want no paths and marks to learn later ones", paths, marks)
	}
	lib, _ := store.OpenLibrary()
	st, _ := store.OpenState()
	s := testService(t)
	s.Library, s.State = lib, st
	feed := h.URL + "/feed.rss"
	if res, _ := s.RefreshFeed(context.Background(), feed, store.FeedState{}); res.Err != nil || res.New != 2 {
		t.Fatalf("refresh: %+v", res)
	}
	all, _ := lib.Scan()
	if fresh := marks.Learn(all); len(fresh) != 2 || !marks.Unread(fresh[0]) || !marks.Unread(fresh[1]) {
		t.Fatalf("learnt %v after the refresh, want the 2 new articles, unread", fresh)
	}
	if again := marks.Learn(all); len(again) != 0 {
		t.Errorf("learnt %v a second time", again)
	}
	paths, marks = Library()
	if len(paths) != 2 || marks == nil || !marks.Unread(paths[0]) || !marks.Unread(paths[1]) {
		t.Fatalf("after the refresh: %v, unread %v %v", paths, marks.Unread(paths[0]), marks.Unread(paths[1]))
	}
	if marks.Unread("/elsewhere/notes.md") {
		t.Error("a file outside the library counted unread")
	}
	marks.MarkRead(paths[1])
	marks.MarkRead(paths[1])
	marks.SetPosition(paths[1], 321)
	marks.SetPosition("/elsewhere/notes.md", 5)
	if marks.Unread(paths[1]) {
		t.Error("marked article still unread")
	}
	marks.Close()
	_, again := Library()
	if !again.Unread(paths[0]) || again.Unread(paths[1]) {
		t.Errorf("marks after reopening: %v %v, want true false", again.Unread(paths[0]), again.Unread(paths[1]))
	}
	if again.Position(paths[1]) != 321 || again.Position(paths[0]) != 0 || again.Position("/elsewhere/notes.md") != 0 {
		t.Errorf("positions after reopening: %d %d", again.Position(paths[0]), again.Position(paths[1]))
	}
	sts, err := Statuses(&store.Config{Feeds: []store.Feed{{URL: feed}}}, lib, st)
	if err != nil || len(sts) != 1 || sts[0].Items != 2 || sts[0].Unread != 1 {
		t.Errorf("feed status %+v (%v), want 2 items, 1 unread", sts, err)
	}
}

func TestInOrder(t *testing.T) {
	got := make(chan string, 10)
	release := make(chan struct{})
	notify := InOrder(func(l string) { <-release; got <- l })
	for _, l := range []string{"a", "b", "c"} {
		notify(l) // must not block although nothing is sent yet
	}
	close(release)
	for _, want := range []string{"a", "b", "c"} {
		if l := <-got; l != want {
			t.Fatalf("got %q, want %q", l, want)
		}
	}
}
