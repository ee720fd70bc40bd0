package web

import (
	"context"
	"fmt"
	"io"
	"sync/atomic"

	"github.com/byline-reader/byline/articles/store"
)

// refreshing is set while a background refresh runs, so that a second
// request (r pressed twice) does not start another.
var refreshing atomic.Bool

// RefreshOnStart says whether the reader should refresh the subscriptions
// as it opens the library: there are some, and the config does not say
// otherwise.
func RefreshOnStart() bool {
	path, err := store.ConfigFile()
	if err != nil {
		return false
	}
	c, _, err := store.LoadConfig(path)
	return err == nil && len(c.Feeds) > 0 && c.RefreshOnStart()
}

// Theme is the theme config.toml names ("dark", "light", or "" to follow
// the terminal).
func Theme() string {
	path, err := store.ConfigFile()
	if err != nil {
		return ""
	}
	c, _, err := store.LoadConfig(path)
	if err != nil {
		return ""
	}
	return c.Theme
}

// BackgroundRefresh fetches every subscription once, telling report how
// it goes, one line at a time, ending with a summary, and saved (when not
// nil) every saved article after each feed that brought new ones, so that
// an open reader can list them at once. It returns at once when a refresh
// is already running or there is nothing to refresh.
func BackgroundRefresh(ctx context.Context, version string, report func(line string), saved func([]*store.Saved)) {
	if !refreshing.CompareAndSwap(false, true) {
		report("A refresh is already running.")
		return
	}
	defer refreshing.Store(false)
	e, err := newEnv(version, io.Discard, io.Discard)
	if err != nil {
		report("Cannot refresh: " + CleanLine(err.Error()))
		return
	}
	c, warn, err := store.LoadConfig(e.config)
	if err != nil {
		report("Cannot refresh: " + CleanLine(err.Error()))
		return
	}
	if len(c.Feeds) == 0 {
		report("No subscriptions yet: add one with byline add URL.")
		return
	}
	if len(warn) > 0 {
		report(CleanLine(warn[0]))
	}
	report(fmt.Sprintf("Refreshing %s…", count(len(c.Feeds), "feed")))
	e.svc.Progress = func(p Progress) {
		report(fmt.Sprintf("Refreshing feeds: %d of %d done…", p.Done, p.Total))
		if saved != nil && p.Result.New > 0 {
			// the service's library learnt of the new files as it saved
			// them: no folder is read again
			if all, err := e.svc.Library.Scan(); err == nil {
				saved(all)
			}
		}
	}
	res := e.svc.Refresh(ctx, c.Feeds)
	if ctx.Err() != nil {
		return
	}
	report(refreshSummary(res))
}

// refreshSummary is one line on a whole refresh: new articles, and the
// first failure if any feed failed.
func refreshSummary(res map[string]FeedResult) string {
	fresh, failed := 0, 0
	var first string
	for url, r := range res {
		fresh += r.New
		if r.Err != nil {
			failed++
			if first == "" || url < first {
				first = url + ": " + CleanLine(r.Err.Error())
			}
		}
	}
	s := fmt.Sprintf("Refreshed %s: %s", count(len(res), "feed"), count(fresh, "new article"))
	if failed > 0 {
		s += fmt.Sprintf("; %d failed (byline feeds says why): %s", failed, first)
	}
	return s + "."
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// InOrder returns a function that hands lines to send one at a time, in
// the order given, from a goroutine of its own, without ever blocking the
// caller: a line is dropped when 64 are already waiting.
func InOrder(send func(line string)) func(line string) {
	lines := make(chan string, 64)
	go func() {
		for l := range lines {
			send(l)
		}
	}()
	return func(line string) {
		select {
		case lines <- line:
		default:
		}
	}
}
