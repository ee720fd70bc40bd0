package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	neturl "net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/byline-reader/byline/articles/store"
)

// commands are the subcommands byline has for subscriptions.
var commands = map[string]string{
	"add":     "byline add URL: subscribe to a feed (or the feed a page links) and fetch it",
	"remove":  "byline remove URL: unsubscribe (saved articles stay)",
	"refresh": "byline refresh: fetch every subscription once and exit",
	"feeds":   "byline feeds: list subscriptions with last refresh, items, unread and errors",
	"import":  "byline import FILE.opml: subscribe to every feed in an OPML file",
	"export":  "byline export: print the subscriptions as OPML 2.0",
}

// IsCommand says whether a first argument names a subcommand.
func IsCommand(name string) bool {
	_, ok := commands[name]
	return ok
}

// CommandsHelp is one line for each subcommand, for the usage text.
func CommandsHelp() string {
	names := []string{"add", "remove", "refresh", "feeds", "import", "export"}
	var b strings.Builder
	for _, n := range names {
		b.WriteString("  " + commands[n] + "\n")
	}
	return b.String()
}

// IsURL says whether a command-line argument is a web address rather than
// a path.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// validURL accepts an http or https address with a host and nothing a
// URL may not hold (control characters, spaces).
func validURL(s string) bool {
	u, err := neturl.Parse(s)
	return err == nil && IsURL(s) && u.Host != "" && !strings.ContainsAny(s, " \t\n")
}

// env is what a command works with: the configured service and where
// its files are.
type env struct {
	svc    *Service
	config string
	stdout io.Writer
	stderr io.Writer
}

func newEnv(version string, stdout, stderr io.Writer) (*env, error) {
	lib, err := store.OpenLibrary()
	if err != nil {
		return nil, err
	}
	st, err := store.OpenState()
	if err != nil {
		return nil, err
	}
	cfg, err := store.ConfigFile()
	if err != nil {
		return nil, err
	}
	return &env{
		svc:    &Service{Client: NewClient(Options{Version: version}), Library: lib, State: st, ConfigPath: cfg},
		config: cfg,
		stdout: stdout,
		stderr: stderr,
	}, nil
}

func (e *env) loadConfig() (*store.Config, error) {
	c, warn, err := store.LoadConfig(e.config)
	for _, w := range warn {
		fmt.Fprintln(e.stderr, "byline:", CleanLine(w))
	}
	return c, err
}

// Command runs a subcommand (args[0]) and returns the exit status: 0
// done, 1 failed, 2 misused.
func Command(args []string, version string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e, err := newEnv(version, stdout, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "byline:", err)
		return 1
	}
	return e.run(ctx, args)
}

func (e *env) run(ctx context.Context, args []string) int {
	name, rest := args[0], args[1:]
	want := map[string]int{"add": 1, "remove": 1, "import": 1, "refresh": 0, "feeds": 0, "export": 0}[name]
	if len(rest) != want {
		fmt.Fprintln(e.stderr, "usage:", commands[name])
		return 2
	}
	var err error
	switch name {
	case "add":
		err = e.add(ctx, rest[0])
	case "remove":
		err = e.remove(rest[0])
	case "refresh":
		err = e.refresh(ctx)
	case "feeds":
		err = e.feeds()
	case "import":
		err = e.importOPML(rest[0])
	case "export":
		err = e.export()
	}
	if err != nil {
		fmt.Fprintln(e.stderr, "byline:", CleanLine(err.Error()))
		return 1
	}
	return 0
}

func (e *env) add(ctx context.Context, url string) error {
	if !validURL(url) {
		return fmt.Errorf("%q is not a web address (http:// or https://)", clip(url))
	}
	c, err := e.loadConfig()
	if err != nil {
		return err
	}
	feed, err := e.svc.FindFeed(ctx, url)
	if err != nil {
		return fmt.Errorf("%s: %w", clip(url), err)
	}
	if c.Find(feed) >= 0 {
		fmt.Fprintf(e.stdout, "already subscribed to %s\n", CleanLine(feed))
		return nil
	}
	prev, _ := e.svc.State.Feeds()
	res, st := e.svc.RefreshFeed(ctx, feed, prev[feed])
	if res.Err != nil {
		return fmt.Errorf("%s: %w", clip(feed), res.Err)
	}
	c.Feeds = append(c.Feeds, store.Feed{URL: feed, Title: res.Title, Site: ""})
	if err := store.SaveConfig(e.config, c); err != nil {
		return err
	}
	if err := e.svc.State.SetFeeds(map[string]store.FeedState{feed: st}); err != nil {
		fmt.Fprintln(e.stderr, "byline:", err)
	}
	fmt.Fprintf(e.stdout, "subscribed to %s (%s): %s\n", CleanLine(orURL(res.Title, feed)), CleanLine(feed), summary(res))
	e.reportFailures(res)
	return nil
}

func orURL(title, url string) string {
	if title != "" {
		return title
	}
	return url
}

func summary(r FeedResult) string {
	if r.NotModified {
		return "nothing new"
	}
	s := fmt.Sprintf("%s, %d new", items(r.Items, ""), r.New)
	if r.Kept > 0 {
		s += fmt.Sprintf(", %s left out (max_items)", items(r.Kept, "older "))
	}
	if r.Duplicates > 0 {
		s += fmt.Sprintf(", %s dropped", items(r.Duplicates, "repeated "))
	}
	if len(r.Failed) > 0 {
		s += fmt.Sprintf(", %d could not be saved", len(r.Failed))
	}
	return s
}

// items counts feed items in words: "1 item", "3 older items".
func items(n int, kind string) string {
	if n == 1 {
		return fmt.Sprintf("1 %sitem", kind)
	}
	return fmt.Sprintf("%d %sitems", n, kind)
}

func (e *env) reportFailures(r FeedResult) {
	for i, err := range r.Failed {
		if i == 5 {
			fmt.Fprintf(e.stderr, "byline:   and %d more\n", len(r.Failed)-5)
			break
		}
		fmt.Fprintln(e.stderr, "byline:   item", CleanLine(err.Error()))
	}
}

func (e *env) remove(url string) error {
	c, err := e.loadConfig()
	if err != nil {
		return err
	}
	i := c.Find(url)
	if i < 0 {
		return fmt.Errorf("not subscribed to %s (see byline feeds)", clip(url))
	}
	c.Feeds = append(c.Feeds[:i], c.Feeds[i+1:]...)
	if err := store.SaveConfig(e.config, c); err != nil {
		return err
	}
	_ = e.svc.State.ForgetFeed(url)
	fmt.Fprintf(e.stdout, "unsubscribed from %s; its saved articles stay in %s\n", CleanLine(url), e.svc.Library.Dir)
	return nil
}

func (e *env) refresh(ctx context.Context) error {
	c, err := e.loadConfig()
	if err != nil {
		return err
	}
	if len(c.Feeds) == 0 {
		fmt.Fprintln(e.stdout, "no subscriptions yet: add one with `byline add URL`")
		return nil
	}
	e.svc.Progress = func(p Progress) {
		status := summary(p.Result)
		if p.Result.Err != nil {
			status = "failed: " + CleanLine(p.Result.Err.Error())
		}
		fmt.Fprintf(e.stdout, "[%d/%d] %s: %s\n", p.Done, p.Total, CleanLine(p.Feed), status)
		e.reportFailures(p.Result)
	}
	res := e.svc.Refresh(ctx, c.Feeds)
	failed := 0
	for _, r := range res {
		if r.Err != nil {
			failed++
		}
	}
	if ctx.Err() != nil {
		return errors.New("refresh interrupted; what was saved is kept")
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d feeds failed (their saved articles are kept)", failed, len(c.Feeds))
	}
	return nil
}

// FeedStatus is one subscription as `byline feeds` shows it.
type FeedStatus struct {
	Feed    store.Feed
	State   store.FeedState
	Items   int
	Unread  int
	Checked bool
}

// Statuses lists each subscription with its saved and unread articles.
func Statuses(c *store.Config, lib *store.Library, st *store.State) ([]FeedStatus, error) {
	saved, err := lib.Scan()
	if err != nil {
		return nil, err
	}
	read, err := st.Read()
	if err != nil {
		return nil, err
	}
	states, err := st.Feeds()
	if err != nil {
		return nil, err
	}
	out := make([]FeedStatus, len(c.Feeds))
	idx := map[string]int{}
	for i, f := range c.Feeds {
		fs, ok := states[f.URL]
		out[i] = FeedStatus{Feed: f, State: fs, Checked: ok}
		idx[f.URL] = i
	}
	for _, s := range saved {
		i, ok := idx[s.Feed]
		if !ok {
			continue
		}
		out[i].Items++
		if !read[s.Key()] && !read[s.URL] {
			out[i].Unread++
		}
	}
	return out, nil
}

func (e *env) feeds() error {
	c, err := e.loadConfig()
	if err != nil {
		return err
	}
	if len(c.Feeds) == 0 {
		fmt.Fprintln(e.stdout, "no subscriptions yet: add one with `byline add URL`")
		return nil
	}
	sts, err := Statuses(c, e.svc.Library, e.svc.State)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tLAST REFRESH\tITEMS\tUNREAD\tERROR")
	for _, s := range sts {
		when := "never"
		if s.Checked && !s.State.Updated.IsZero() {
			when = s.State.Updated.Local().Format("2006-01-02 15:04")
		}
		name := s.Feed.Title
		if name == "" {
			name = s.State.Title
		}
		label := CleanLine(s.Feed.URL)
		if name != "" {
			label = CleanLine(name) + " <" + label + ">"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", label, when, s.Items, s.Unread, CleanLine(s.State.Error))
	}
	return tw.Flush()
}

func (e *env) importOPML(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	feeds, err := store.ReadOPML(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	c, err := e.loadConfig()
	if err != nil {
		return err
	}
	added := 0
	for _, fd := range feeds {
		if !validURL(fd.URL) || c.Find(fd.URL) >= 0 {
			continue
		}
		c.Feeds = append(c.Feeds, fd)
		added++
	}
	if err := store.SaveConfig(e.config, c); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "imported %d of %d feeds (the rest were there already or not web addresses); `byline refresh` fetches them\n", added, len(feeds))
	return nil
}

func (e *env) export() error {
	c, err := e.loadConfig()
	if err != nil {
		return err
	}
	return store.WriteOPML(e.stdout, c.Feeds, time.Now())
}

// OpenURLs fetches each address and saves what it finds, returning the
// saved files' paths in the order given. Problems are told on stderr; an
// address that yields nothing is an error only when none yields anything.
func OpenURLs(urls []string, version string, stderr io.Writer) ([]string, error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e, err := newEnv(version, io.Discard, stderr)
	if err != nil {
		return nil, err
	}
	var all []string
	var last error
	for _, u := range urls {
		paths, errs, err := e.svc.Open(ctx, u)
		for _, ie := range errs {
			fmt.Fprintln(stderr, "byline: item", CleanLine(ie.Error()))
		}
		if err != nil {
			last = fmt.Errorf("%s: %w", clip(u), err)
			fmt.Fprintln(stderr, "byline:", CleanLine(last.Error()))
			continue
		}
		all = append(all, paths...)
	}
	if len(all) == 0 && last != nil {
		return nil, errors.New("nothing could be fetched")
	}
	return all, nil
}

// EmptyLibraryHint is the one line shown with the bundled articles to a
// reader who has saved nothing yet: how to subscribe, or, to one who has
// subscribed, where to look.
func EmptyLibraryHint() string {
	if path, err := store.ConfigFile(); err == nil {
		if c, _, err := store.LoadConfig(path); err == nil && len(c.Feeds) > 0 {
			return "Nothing saved from your feeds yet, so these are byline's bundled articles; byline feeds says how the feeds fare."
		}
	}
	return "These are byline's bundled articles. Subscribe to a feed with: byline add URL"
}

// Resolve replaces each web address among the command-line arguments by
// the files its articles were saved as, keeping the order; paths pass
// through. It fails only when no address yields anything and there are
// no paths besides.
func Resolve(args []string, version string, stderr io.Writer) ([]string, error) {
	var out []string
	fetched := false
	var failed error
	for _, a := range args {
		if !IsURL(a) {
			out = append(out, a)
			continue
		}
		paths, err := OpenURLs([]string{a}, version, stderr)
		if err != nil {
			failed = err
			continue
		}
		fetched = true
		out = append(out, paths...)
	}
	if len(out) == 0 && !fetched && failed != nil {
		return nil, failed
	}
	return out, nil
}
