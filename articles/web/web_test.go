package web

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/articles/store"
	"github.com/byline-reader/byline/model/analysis"
)

// testService is a service on a fresh library with short timeouts.
func testService(t *testing.T) *Service {
	t.Helper()
	dir := t.TempDir()
	return &Service{
		Client:     NewClient(Options{Version: "test", Timeout: 15 * time.Second, ConnectTimeout: time.Second, Backoff: 10 * time.Millisecond, MaxWait: time.Second}),
		Library:    &store.Library{Dir: filepath.Join(dir, "articles")},
		State:      &store.State{Path: filepath.Join(dir, "state", "state.db")},
		ConfigPath: filepath.Join(dir, "config", "config.toml"),
	}
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// safe fails when text holds anything that could act on a terminal.
func safe(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s is not valid UTF-8", what)
	}
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || r >= 0x80 && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			t.Errorf("%s holds control character %U", what, r)
			return
		}
	}
}

func TestPageBecomesArticle(t *testing.T) {
	h := newHostile(t)
	s := testService(t)
	for _, path := range []string{"/article.html", "/page-no-type", "/page-as-feed", "/gzip-page"} {
		t.Run(path, func(t *testing.T) {
			paths, _, err := s.Open(context.Background(), h.URL+path)
			if err != nil {
				t.Fatal(err)
			}
			if len(paths) != 1 {
				t.Fatalf("saved %d files, want 1", len(paths))
			}
			got := readFile(t, paths[0])
			for _, want := range []string{
				"title: Ferry to Calder Isle will sail again by spring",
				"url: " + h.URL + "/news/ferry-returns\n", // canonical, tracking dropped
				"source: The Calder Courier",
				"date: 2026-03-04",
				"said **Marta Quill**, the director of the *harbour board*", // emphasis kept
				"**Owen *Pryce***, who runs",
				"I will believe it when I can drive my van on board",
				"## A winter of detours",
				"> The crossing is the island's road",
				"The ferry Wren Star in dry dock at Easthaven", // alt text
				"[our report on the storm](" + h.URL + "/news/storm-damage)",
				"vote in our poll", "timetable",
			} {
				if !strings.Contains(got, want) {
					t.Errorf("saved article lacks %q:\n%s", want, got)
				}
			}
			for _, furniture := range []string{"cookies", "Buy two harbour tours", "First!!!", "All rights reserved", "javascript:", "data:", "tracker", "Lifeboat crew honoured", "ferry.jpg"} {
				if strings.Contains(got, furniture) {
					t.Errorf("saved article keeps %q:\n%s", furniture, got)
				}
			}
			// the loader reads it as any other article
			a, err := articles.Parse(paths[0], []byte(got))
			if err != nil || a.Title != "Ferry to Calder Isle will sail again by spring" || a.Source != "The Calder Courier" {
				t.Fatalf("loader read title %q source %q (%v)", a.Title, a.Source, err)
			}
			// and the analysis reads the emphasis as the names it marks
			analysis.Analyze(a)
			speakers := map[string]bool{}
			for _, q := range a.Quotes {
				speakers[q.Speaker] = true
			}
			if !speakers["Marta Quill"] || !speakers["Owen Pryce"] {
				t.Errorf("speakers %v, want Marta Quill and Owen Pryce", speakers)
			}
		})
	}
	// the four fetches are one article: one file
	all, _ := s.Library.Paths()
	if len(all) != 1 {
		t.Errorf("library holds %d files after fetching one article four ways: %v", len(all), all)
	}
}

func TestFeedFormats(t *testing.T) {
	h := newHostile(t)
	cases := []struct {
		path  string
		files int
		want  []string // in the saved files, together
	}{
		{"/feed.rss", 2, []string{"said **Marta Quill**", "They went out when nobody else would", "The crew on the slipway", "feed: BASE/feed.rss", "guid: courier-2026-0302-lifeboat"}},
		{"/rss091.xml", 1, []string{"title: Café on the quay wins award", "£500", "said its owner, Rhian Bowen"}},
		{"/rss1.rdf", 1, []string{"Spring tides to flood the causeway", "said the coastguard officer, Tomos Reed", "date: 2026-03-01"}},
		{"/atom.xml", 1, []string{"author: Cerys Hale", "said the councillor, Bryn Ashe", "source: Wren Valley Voice"}},
		{"/feed.json", 1, []string{"Saturday market moves indoors", "said the market manager, Nia Fox", "date: 2026-02-28"}},
		{"/feed-as-html", 2, []string{"said **Marta Quill**"}},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			s := testService(t)
			paths, errs, err := s.Open(context.Background(), h.URL+c.path)
			if err != nil {
				t.Fatal(err, errs)
			}
			if len(paths) != c.files {
				t.Fatalf("saved %d files, want %d (%v)", len(paths), c.files, errs)
			}
			var all strings.Builder
			for _, p := range paths {
				all.WriteString(readFile(t, p))
			}
			for _, w := range c.want {
				w = strings.ReplaceAll(w, "BASE", h.URL)
				if !strings.Contains(all.String(), w) {
					t.Errorf("saved items lack %q:\n%s", w, all.String())
				}
			}
			// a second fetch saves nothing new
			again, _, err := s.Open(context.Background(), h.URL+c.path)
			if err != nil {
				t.Fatal(err)
			}
			now, _ := s.Library.Paths()
			if len(now) != c.files || len(again) != c.files {
				t.Errorf("after fetching again the library holds %d files, want %d", len(now), c.files)
			}
		})
	}
}

func TestHostileWeb(t *testing.T) {
	h := newHostile(t)
	bomb() // made before the clock starts
	cases := []struct {
		name    string
		path    string
		timeout time.Duration
		want    error  // errors.Is
		msg     string // in the message
		in      time.Duration
	}{
		{name: "redirect loop", path: "/loop", want: ErrRedirects, msg: "too many redirects (more than 10)"},
		{name: "redirect to javascript", path: "/to-javascript", want: ErrScheme, msg: "redirected to javascript"},
		{name: "drip", path: "/drip", timeout: 700 * time.Millisecond, msg: "timed out", in: 3 * time.Second},
		{name: "gzip bomb", path: "/bomb", want: ErrGzipBomb, msg: "compressed body grows past the size limit (10 MB)"},
		{name: "not gzip", path: "/bad-gzip", msg: "body says it is gzip but is not"},
		{name: "binary", path: "/binary", want: ErrNeither, msg: "neither a web page nor a feed (text/html)"},
		{name: "404", path: "/nowhere", msg: "server answered 404 Not Found"},
		{name: "always 503", path: "/always-503", msg: "server answered 503 Service Unavailable"},
		{name: "429 with a long wait", path: "/too-many", msg: "the server asks to wait 1h0m0s", in: 2 * time.Second},
		{name: "50 MB body", path: "/huge", want: ErrNeither, msg: "neither a web page nor a feed (text/plain, cut at 10485760 bytes)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := testService(t)
			if c.timeout > 0 {
				s.Client = NewClient(Options{Timeout: c.timeout, Backoff: 10 * time.Millisecond})
			}
			start := time.Now()
			_, _, err := s.Open(context.Background(), h.URL+c.path)
			if err == nil {
				t.Fatal("no error")
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("error %v, want %v", err, c.want)
			}
			if !strings.Contains(err.Error(), c.msg) {
				t.Errorf("message %q lacks %q", err, c.msg)
			}
			if c.in > 0 && time.Since(start) > c.in {
				t.Errorf("took %s, want under %s", time.Since(start), c.in)
			}
			if all, _ := s.Library.Paths(); len(all) != 0 {
				t.Errorf("saved %v", all)
			}
		})
	}
	for _, bad := range []string{"javascript:alert(1)", "data:text/html,<p>hi", "file:///etc/passwd", "ftp://127.0.0.1/x"} {
		s := testService(t)
		if _, _, err := s.Open(context.Background(), bad); !errors.Is(err, ErrScheme) {
			t.Errorf("%s: error %v, want %v", bad, err, ErrScheme)
		}
	}
}

func TestBodyCap(t *testing.T) {
	h := newHostile(t)
	c := NewClient(Options{})
	r, err := c.Fetch(context.Background(), Request{URL: h.URL + "/huge"})
	if err != nil {
		t.Fatal(err)
	}
	if !r.Truncated || len(r.Body) != 10<<20 {
		t.Errorf("50 MB body: truncated %v, kept %d bytes; want cut at 10 MB", r.Truncated, len(r.Body))
	}
}

func TestRetryAndUserAgent(t *testing.T) {
	h := newHostile(t)
	s := testService(t)
	if _, _, err := s.Open(context.Background(), h.URL+"/retry"); err != nil {
		t.Fatal(err)
	}
	if n := h.hits.Load(); n != 2 {
		t.Errorf("%d requests, want 2 (one 503, one retry)", n)
	}
	r, err := s.Client.Fetch(context.Background(), Request{URL: h.URL + "/ua"})
	if err != nil || string(r.Body) != "byline/test" {
		t.Errorf("User-Agent %q (%v)", r.Body, err)
	}
}

func TestCharsets(t *testing.T) {
	h := newHostile(t)
	s := testService(t)
	paths, _, err := s.Open(context.Background(), h.URL+"/latin1")
	if err != nil {
		t.Fatal(err)
	}
	got := readFile(t, paths[0])
	for _, w := range []string{"title: Café prices rise", "costs £3", "“We held out as long as we could,” said the owner"} {
		if !strings.Contains(got, w) {
			t.Errorf("windows-1252 page: saved text lacks %q:\n%s", w, got)
		}
	}
	paths, _, err = s.Open(context.Background(), h.URL+"/bad-utf8")
	if err != nil {
		t.Fatal(err)
	}
	got = readFile(t, paths[0])
	safe(t, "page with invalid UTF-8", got)
	if !strings.Contains(got, "Half a character: \uFFFD") {
		t.Errorf("invalid bytes not replaced:\n%s", got)
	}
}

func TestEscapesAndBidi(t *testing.T) {
	h := newHostile(t)
	s := testService(t)
	for _, path := range []string{"/escapes", "/escapes-feed"} {
		paths, _, err := s.Open(context.Background(), h.URL+path)
		if err != nil {
			t.Fatal(path, err)
		}
		for _, p := range paths {
			got := readFile(t, p)
			safe(t, path, got)
			a, err := articles.Parse(p, []byte(got))
			if err != nil {
				t.Fatal(err)
			}
			safe(t, path+" title", a.Title)
			if strings.Contains(a.Title, "\n") {
				t.Errorf("%s: title on two lines: %q", path, a.Title)
			}
		}
	}
}

func TestBigFeedAndDuplicates(t *testing.T) {
	h := newHostile(t)
	s := testService(t)
	s.MaxItems = 25
	res, st := s.RefreshFeed(context.Background(), h.URL+"/big-feed", store.FeedState{})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if res.Items != 10000 || res.New != 25 || res.Kept != 9975 {
		t.Errorf("10,000 items: %d read, %d saved, %d left out; want 10000, 25, 9975", res.Items, res.New, res.Kept)
	}
	if st.Title != "Firehose" || st.Error != "" {
		t.Errorf("state %+v", st)
	}
	all, _ := s.Library.Scan()
	if len(all) != 25 || !strings.Contains(all[len(all)-1].Title, "Bulletin 9999") {
		t.Errorf("kept %d items, the newest last %q", len(all), all[len(all)-1].Title)
	}

	s = testService(t)
	for i := 0; i < 2; i++ {
		res, _ = s.RefreshFeed(context.Background(), h.URL+"/dup-feed", store.FeedState{})
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		if res.Duplicates != 1 || res.Items != 2 {
			t.Errorf("duplicate GUIDs: %d items, %d dropped; want 2, 1", res.Items, res.Duplicates)
		}
	}
	if all, _ := s.Library.Paths(); len(all) != 2 {
		t.Errorf("two refreshes of a feed with a repeated GUID saved %d files, want 2", len(all))
	}
}

func TestConditionalRefresh(t *testing.T) {
	h := newHostile(t)
	s := testService(t)
	feeds := []store.Feed{{URL: h.URL + "/etag-feed"}, {URL: h.URL + "/always-503"}}
	res := s.Refresh(context.Background(), feeds)
	if r := res[feeds[0].URL]; r.Err != nil || r.New != 1 {
		t.Fatalf("first refresh: %+v", r)
	}
	res = s.Refresh(context.Background(), feeds)
	if r := res[feeds[0].URL]; !r.NotModified {
		t.Errorf("second refresh fetched the unchanged feed again: %+v", r)
	}
	st, err := s.State.Feeds()
	if err != nil {
		t.Fatal(err)
	}
	if st[feeds[0].URL].ETag != `"v1"` || st[feeds[0].URL].Error != "" {
		t.Errorf("feed state %+v", st[feeds[0].URL])
	}
	if !strings.Contains(st[feeds[1].URL].Error, "503") {
		t.Errorf("failing feed's error not kept: %+v", st[feeds[1].URL])
	}
	if all, _ := s.Library.Paths(); len(all) != 1 {
		t.Errorf("library holds %d files, want 1", len(all))
	}
}

func TestFindFeed(t *testing.T) {
	h := newHostile(t)
	s := testService(t)
	for path, want := range map[string]string{"/feed.rss": "/feed.rss", "/article.html": "/feed.rss", "/atom.xml": "/atom.xml"} {
		got, err := s.FindFeed(context.Background(), h.URL+path)
		if err != nil || got != h.URL+want {
			t.Errorf("%s: feed %q (%v), want %s", path, got, err, want)
		}
	}
	if _, err := s.FindFeed(context.Background(), h.URL+"/latin1"); !errors.Is(err, ErrNoFeed) {
		t.Errorf("page without a feed link: %v", err)
	}
}

func TestCanonicalURL(t *testing.T) {
	for in, want := range map[string]string{
		"HTTP://Example.ORG/a?utm_source=x&id=3#top": "http://example.org/a?id=3",
		"https://example.org/a":                      "https://example.org/a",
		"not a url":                                  "not a url",
	} {
		if got := CanonicalURL(in); got != want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPoliteness(t *testing.T) {
	// six servers (six hosts, by port), each counting requests in flight
	var now, most, hostMost atomic.Int64
	type host struct{ now atomic.Int64 }
	var urls []string
	for i := 0; i < 6; i++ {
		hs := &host{}
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n := now.Add(1)
			hn := hs.now.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			for m := hostMost.Load(); hn > m && !hostMost.CompareAndSwap(m, hn); m = hostMost.Load() {
			}
			time.Sleep(30 * time.Millisecond)
			hs.now.Add(-1)
			now.Add(-1)
			w.Write([]byte("ok"))
		}))
		t.Cleanup(srv.Close)
		for j := 0; j < 3; j++ {
			urls = append(urls, srv.URL+"/"+strconv.Itoa(j))
		}
	}
	c := NewClient(Options{})
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Fetch(context.Background(), Request{URL: u}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if most.Load() > 4 || hostMost.Load() > 1 {
		t.Errorf("at most %d requests at once and %d to one host; want 4 and 1", most.Load(), hostMost.Load())
	}
	if most.Load() < 2 {
		t.Errorf("requests to different hosts never overlapped")
	}
}

func TestRetryAfter(t *testing.T) {
	for in, want := range map[string]time.Duration{"": 0, "7": 7 * time.Second, "-1": 0, "soon": 0,
		time.Now().Add(time.Hour).UTC().Format(http.TimeFormat): time.Hour} {
		if got := retryAfter(in); got.Round(time.Minute) != want.Round(time.Minute) {
			t.Errorf("retryAfter(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestFeedTextBeatsTeaser(t *testing.T) {
	h := newHostile(t)
	s := testService(t)
	paths, _, err := s.Open(context.Background(), h.URL+"/paywall-feed")
	if err != nil || len(paths) != 1 {
		t.Fatalf("%v %v", paths, err)
	}
	got := readFile(t, paths[0])
	if !strings.Contains(got, "visitors do not") || strings.Contains(got, "Subscribe to read the rest") {
		t.Errorf("the page's teaser was kept over the feed's full text:\n%s", got)
	}
}

func TestPausedHostHoldsNoSlot(t *testing.T) {
	var tries atomic.Int64
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if tries.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Write([]byte("late"))
	}))
	defer slow.Close()
	quick := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("quick")) }))
	defer quick.Close()
	c := NewClient(Options{MaxParallel: 1, MaxWait: 5 * time.Second})
	done := make(chan time.Duration, 1)
	start := time.Now()
	go func() {
		if _, err := c.Fetch(context.Background(), Request{URL: slow.URL}); err != nil {
			t.Error(err)
		}
		done <- time.Since(start)
	}()
	for tries.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	if _, err := c.Fetch(context.Background(), Request{URL: quick.URL}); err != nil {
		t.Fatal(err)
	}
	if quickTook := time.Since(start); quickTook > 800*time.Millisecond {
		t.Errorf("another host waited %s behind a host's Retry-After", quickTook)
	}
	if slowTook := <-done; slowTook < time.Second || tries.Load() != 2 {
		t.Errorf("Retry-After: 1 honoured after %s, %d tries", slowTook, tries.Load())
	}
}
