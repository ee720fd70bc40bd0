package web

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/byline-reader/byline/articles/store"
)

// Service brings articles from the web into the library: one address at
// a time, or every subscription.
type Service struct {
	Client     *Client
	Library    *store.Library
	State      *store.State
	ConfigPath string
	// MaxItems caps how many of a feed's newest items one fetch keeps
	// (0: the configuration's max_items, or its default).
	MaxItems int
	// Progress, if set, hears of each feed as its refresh ends, one call
	// at a time.
	Progress func(Progress)
}

// Progress is one feed's refresh ended, of Total in this run.
type Progress struct {
	Done, Total int
	Feed        string
	Result      FeedResult
}

// FeedResult says what fetching one feed did.
type FeedResult struct {
	Title       string
	Items       int // items in the feed, after dropping duplicates
	New         int // articles saved that were not in the library
	Kept        int // items left out past the item limit
	Duplicates  int
	NotModified bool
	Failed      []error // items that could not be saved; the rest were
	Err         error   // the feed itself could not be fetched or read
}

// ErrNoFeed is a page that links no feed.
var ErrNoFeed = errors.New(`no feed here: the address is a page that links no feed with <link rel="alternate">`)

// ErrNeither is a body that is neither a page nor a feed.
var ErrNeither = errors.New("neither a web page nor a feed")

// pageAccept asks for HTML first; feedAccept for feeds first.
const (
	pageAccept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
	feedAccept = "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)

// Open fetches an address and saves what is there: a page as its
// article, a feed as its items. It returns the saved files' paths.
func (s *Service) Open(ctx context.Context, url string) ([]string, []error, error) {
	resp, err := s.Client.Fetch(ctx, Request{URL: url, Accept: pageAccept})
	if err != nil {
		return nil, nil, err
	}
	switch Sniff(resp.Body, resp.ContentType) {
	case Feed:
		fd, err := ParseFeed(resp.Body, resp.URL)
		if err != nil {
			return nil, nil, err
		}
		paths, errs := s.saveItems(ctx, url, fd, s.maxItems())
		if len(paths) == 0 && len(errs) > 0 {
			return nil, errs, fmt.Errorf("no item of the feed could be saved")
		}
		return paths, errs, nil
	case Page:
		a, err := Readable(resp.Body, resp.URL)
		if err != nil {
			return nil, nil, err
		}
		if resp.Truncated {
			a.Markdown += "\n\n*(byline kept only the first " + sizeText(s.Client.opt.MaxBody) + " of this page.)*\n"
		}
		p, err := s.Library.Save(entry(a))
		if err != nil {
			return nil, nil, err
		}
		return []string{p}, nil, nil
	}
	return nil, nil, neither(resp)
}

func neither(resp *Response) error {
	ct := resp.ContentType
	if ct == "" {
		ct = "no content type"
	}
	if resp.Truncated {
		return fmt.Errorf("%w (%s, cut at %d bytes)", ErrNeither, ct, len(resp.Body))
	}
	return fmt.Errorf("%w (%s)", ErrNeither, ct)
}

func (s *Service) maxItems() int {
	if s.MaxItems > 0 {
		return s.MaxItems
	}
	if c, _, err := store.LoadConfig(s.ConfigPath); err == nil {
		return c.ItemLimit()
	}
	return store.DefaultMaxItems
}

func entry(a *Article) *store.Entry {
	return &store.Entry{Title: a.Title, URL: a.URL, GUID: a.GUID, Source: a.Source, Author: a.Author,
		Date: a.Date, Feed: a.Feed, Body: a.Markdown}
}

// saveItems saves a feed's newest items, fetching each item's page, a few
// at once; items already in the library are not fetched again.
func (s *Service) saveItems(ctx context.Context, feedURL string, fd *FeedDoc, limit int) ([]string, []error) {
	items := fd.Items
	if len(items) > limit {
		items = items[:limit]
	}
	paths := make([]string, len(items))
	errs := make([]error, len(items))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(4, len(items)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				paths[i], errs[i] = s.saveItem(ctx, feedURL, fd, items[i])
			}
		}()
	}
	for i := range items {
		select {
		case next <- i:
		case <-ctx.Done():
		}
	}
	close(next)
	wg.Wait()
	var ps []string
	var es []error
	for i := range items {
		if errs[i] != nil {
			es = append(es, errs[i])
		} else if paths[i] != "" {
			ps = append(ps, paths[i])
		}
	}
	return ps, es
}

// saveItem saves one item: its page made readable, or the feed's own
// content when the page cannot be fetched or holds too little text.
func (s *Service) saveItem(ctx context.Context, feedURL string, fd *FeedDoc, it Item) (string, error) {
	if ctx.Err() != nil {
		return "", ctx.Err()
	}
	link := CanonicalURL(it.Link)
	if old, err := s.Library.Find(it.GUID, link); err != nil {
		return "", err
	} else if old != nil {
		return old.Path, nil
	}
	a := &Article{Title: it.Title, URL: link, GUID: it.GUID, Source: fd.Title, Author: it.Author, Date: it.Date, Feed: feedURL}
	var pageErr error
	var own string // the feed's own text, in Markdown
	if strings.TrimSpace(it.Content) != "" {
		if md, err := HTMLToMarkdown(it.Content, it.Link); err == nil {
			own = md
		}
	}
	if it.Link != "" {
		var page *Article
		page, pageErr = s.page(ctx, it.Link)
		// the page is taken unless it says too little, or less than the
		// feed does (a paywall's teaser against a feed's full text)
		if n := textLength(page.markdown()); n >= MinText && n >= textLength(own) {
			a.Markdown = page.Markdown
			if a.Title == "" {
				a.Title = page.Title
			}
			if a.Author == "" {
				a.Author = page.Author
			}
			if a.Date.IsZero() {
				a.Date = page.Date
			}
		}
	}
	if a.Markdown == "" {
		a.Markdown = own
	}
	if strings.TrimSpace(a.Markdown) == "" {
		what := it.Title
		if what == "" {
			what = it.Link
		}
		if pageErr != nil {
			return "", fmt.Errorf("%q: %w", clip(what), pageErr)
		}
		return "", fmt.Errorf("%q: no text in the feed or on its page", clip(what))
	}
	if a.Title == "" {
		a.Title = "(untitled)"
	}
	if a.Source == "" {
		a.Source = hostname(feedURL)
	}
	return s.Library.Save(entry(a))
}

// page fetches an item's page and makes it readable.
func (s *Service) page(ctx context.Context, url string) (*Article, error) {
	resp, err := s.Client.Fetch(ctx, Request{URL: url, Accept: pageAccept})
	if err != nil {
		return nil, err
	}
	if Sniff(resp.Body, resp.ContentType) != Page {
		return nil, neither(resp)
	}
	return Readable(resp.Body, resp.URL)
}

func (a *Article) markdown() string {
	if a == nil {
		return ""
	}
	return a.Markdown
}

func textLength(md string) int {
	return len([]rune(strings.Join(strings.Fields(md), " ")))
}

func hostname(u string) string {
	_, rest, _ := strings.Cut(u, "://")
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// FindFeed returns the address of the feed at url: url itself when it is
// a feed, or the first feed a page links with <link rel="alternate">.
func (s *Service) FindFeed(ctx context.Context, url string) (string, error) {
	resp, err := s.Client.Fetch(ctx, Request{URL: url, Accept: feedAccept})
	if err != nil {
		return "", err
	}
	switch Sniff(resp.Body, resp.ContentType) {
	case Feed:
		if _, err := ParseFeed(resp.Body, resp.URL); err != nil {
			return "", err
		}
		return url, nil
	case Page:
		links := FeedLinks(resp.Body, resp.URL)
		var first error
		for _, f := range links {
			r, err := s.Client.Fetch(ctx, Request{URL: f, Accept: feedAccept})
			if err == nil && Sniff(r.Body, r.ContentType) != Feed {
				err = neither(r)
			}
			if err == nil {
				return f, nil
			}
			if first == nil {
				first = fmt.Errorf("the page links the feed %s, which could not be read: %w", clip(f), err)
			}
		}
		if first != nil {
			return "", first
		}
		return "", ErrNoFeed
	}
	return "", neither(resp)
}

// RefreshFeed fetches one feed (conditionally, when it was fetched
// before) and saves its new items. A feed that fails keeps its saved
// items; the error is recorded for `byline feeds`.
func (s *Service) RefreshFeed(ctx context.Context, url string, prev store.FeedState) (FeedResult, store.FeedState) {
	st := prev
	st.Checked = time.Now().UTC()
	var res FeedResult
	resp, err := s.Client.Fetch(ctx, Request{URL: url, ETag: prev.ETag, LastModified: prev.LastModified, Accept: feedAccept})
	if err == nil && resp.NotModified {
		res.NotModified = true
		res.Title = prev.Title
		st.Error = ""
		st.Updated = st.Checked
		return res, st
	}
	var fd *FeedDoc
	if err == nil {
		if Sniff(resp.Body, resp.ContentType) != Feed {
			err = fmt.Errorf("not a feed any more: %w", neither(resp))
		} else {
			fd, err = ParseFeed(resp.Body, resp.URL)
			if err != nil && resp.Truncated {
				err = fmt.Errorf("feed larger than %s, cut there: %w", sizeText(s.Client.opt.MaxBody), err)
			}
		}
	}
	if err != nil {
		res.Err = err
		st.Error = CleanLine(err.Error())
		return res, st
	}
	limit := s.maxItems()
	res.Title = fd.Title
	res.Items = len(fd.Items)
	res.Duplicates = fd.Duplicates
	res.Kept = max(0, len(fd.Items)-limit)
	before, _ := s.Library.Scan()
	paths, errs := s.saveItems(ctx, url, fd, limit)
	res.New = max(0, newCount(before, paths))
	res.Failed = errs
	st.Title = fd.Title
	st.Error = ""
	if ctx.Err() != nil {
		// stopped half way: fetch it whole next time
		st.Error = "refresh interrupted"
		return res, st
	}
	st.ETag = resp.ETag
	st.LastModified = resp.LastModified
	st.Updated = st.Checked
	return res, st
}

func newCount(before []*store.Saved, paths []string) int {
	had := make(map[string]bool, len(before))
	for _, s := range before {
		had[s.Path] = true
	}
	n := 0
	for _, p := range paths {
		if !had[p] {
			n++
		}
	}
	return n
}

// Refresh fetches every subscription once, a few at a time, and records
// each feed's state as it ends.
func (s *Service) Refresh(ctx context.Context, feeds []store.Feed) map[string]FeedResult {
	prev, _ := s.State.Feeds()
	results := make(map[string]FeedResult, len(feeds))
	var mu sync.Mutex
	next := make(chan store.Feed)
	var wg sync.WaitGroup
	done := 0
	for w := 0; w < min(4, len(feeds)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				res, st := s.RefreshFeed(ctx, f.URL, prev[f.URL])
				// the state is written feed by feed, so a refresh killed
				// half way keeps what it learnt
				serr := s.State.SetFeeds(map[string]store.FeedState{f.URL: st})
				if serr != nil && res.Err == nil {
					res.Err = serr
				}
				// reported under the lock: one report at a time, in order
				mu.Lock()
				results[f.URL] = res
				done++
				if s.Progress != nil {
					s.Progress(Progress{Done: done, Total: len(feeds), Feed: f.URL, Result: res})
				}
				mu.Unlock()
			}
		}()
	}
	for _, f := range feeds {
		select {
		case next <- f:
		case <-ctx.Done():
		}
	}
	close(next)
	wg.Wait()
	return results
}
