// Command byline is a terminal reader for news articles that shows who said
// what and lets you follow every person, place and organisation mentioned.
package main

import (
	"bufio"
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/articles/web"
	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/ui"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

const usage = `byline: a terminal reader for news articles: who said what, and who and where.

Usage:
  byline [flags] [PATH or URL ...]
  byline add URL | remove URL | refresh | feeds | import FILE.opml | export

With no PATH, byline opens your saved articles (or its bundled ones when
there are none). A PATH may be a file or a folder (read recursively for .txt
and .md files); a URL is fetched and saved: a page as its article, a feed
as its items.

Flags:
`

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		// a soft limit: the collector works harder as the heap nears it,
		// which keeps a large library's analyses within a modest footprint
		debug.SetMemoryLimit(memoryLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// memoryLimit is the heap size the collector aims to stay under.
const memoryLimit = 400 << 20

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && web.IsCommand(args[0]) {
		return web.Command(args, version, stdout, stderr)
	}
	fs := flag.NewFlagSet("byline", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonOut := fs.Bool("json", false, "print the analysis as JSON instead of opening the reader")
	showVersion := fs.Bool("version", false, "print the version and exit")
	noCache := fs.Bool("no-cache", false, "neither read nor write the analysis cache")
	bundled := fs.Bool("bundled", false, "open the bundled articles, not your saved ones")
	maxSize := sizeFlag(articles.DefaultMaxFileSize)
	fs.Var(&maxSize, "max-size", "read at most this much of each file (e.g. 8MB, 500KB); the rest is left out with a notice")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	// flags may come after paths too: byline notes/ --json
	var paths []string
	for {
		if len(args) > 0 && args[0] == "--" {
			paths = append(paths, args[1:]...)
			break
		}
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(stdout)
				fs.Usage()
				return 0
			}
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		rest := fs.Args()
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			paths = append(paths, rest...) // flag consumed "--": the rest are paths
			break
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
	if *showVersion {
		fmt.Fprintln(stdout, "byline", version)
		return 0
	}
	articles.MaxFileSize = int64(maxSize)
	var lib *library
	if len(paths) == 0 && !*bundled {
		lib = &library{}
		if paths, lib.marks = web.Library(); len(paths) == 0 {
			lib.hint = web.EmptyLibraryHint()
		}
	} else if len(paths) > 0 {
		var err error
		if paths, err = web.Resolve(paths, version, stderr); err != nil {
			fmt.Fprintln(stderr, "byline:", err)
			return 1
		}
	}
	var docs []articles.Doc
	var probs []articles.Problem
	if len(paths) == 0 {
		docs, probs = articles.ScanFS(articles.Bundled())
	} else {
		var err error
		docs, probs, err = articles.ScanPaths(paths)
		if err != nil {
			fmt.Fprintln(stderr, "byline:", err)
			return 2
		}
	}
	var cache *articles.Cache
	if !*noCache {
		cache = openCache()
		defer cache.Close()
	}
	if *jsonOut {
		return writeJSON(docs, probs, cache, stdout, stderr)
	}
	if lib != nil {
		defer lib.marks.Close()
	}
	return runReader(docs, probs, cache, lib, stderr)
}

// writeJSON analyses every file, on all cores, and prints each analysis
// as soon as it and those before it are done, in the order the files were
// found: the output starts at once and memory stays flat however many
// files there are.
func writeJSON(docs []articles.Doc, probs []articles.Problem, cache *articles.Cache, stdout, stderr io.Writer) int {
	for _, p := range probs {
		fmt.Fprintln(stderr, "byline: skipped", p.Error())
	}
	w := bufio.NewWriter(stdout)
	j := model.NewJSONWriter(w)
	var werr error
	articles.LoadEach(docs, cache, 0, func(i int, a *model.Article, err error) {
		if err != nil {
			fmt.Fprintln(stderr, "byline: skipped", articles.Problem{Path: docs[i].Path, Err: err}.Error())
			return
		}
		if a.Truncated > 0 {
			fmt.Fprintf(stderr, "byline: %s: read only the first %s of %s (--max-size)\n",
				a.Path, ui.ByteSize(articles.MaxFileSize), ui.ByteSize(a.Truncated))
		}
		if werr == nil {
			werr = j.Write(a)
		}
	})
	if werr == nil {
		werr = j.Close()
	}
	if werr == nil {
		werr = w.Flush()
	}
	if werr != nil {
		fmt.Fprintln(stderr, "byline:", werr)
		return 1
	}
	return 0
}

// openCache opens the analysis cache for this build of byline, or returns
// nil (no cache) when it cannot: a cache is a help, never a requirement.
func openCache() *articles.Cache {
	dir, err := articles.CacheDir()
	if err != nil {
		return nil
	}
	c, err := articles.OpenCache(dir, analyserVersion())
	if err != nil {
		return nil
	}
	return c
}

// analyserVersion names the analyser that made a cached analysis: a hash
// of this very executable, so that any change to the analysis (or to its
// embedded model) makes old entries unused.
func analyserVersion() string {
	exe, err := os.Executable()
	if err != nil {
		return version
	}
	f, err := os.Open(exe)
	if err != nil {
		return version
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return version
	}
	return fmt.Sprintf("%x", h.Sum(nil)[:12])
}

// sizeFlag is a number of bytes written as 8MB, 512KB, 2G or plain bytes.
type sizeFlag int64

func (s *sizeFlag) String() string { return ui.ByteSize(int64(*s)) }

func (s *sizeFlag) Set(v string) error {
	t := strings.ToUpper(strings.TrimSpace(v))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "B"), "I")
	mult := int64(1)
	switch {
	case strings.HasSuffix(t, "K"):
		mult, t = 1<<10, strings.TrimSuffix(t, "K")
	case strings.HasSuffix(t, "M"):
		mult, t = 1<<20, strings.TrimSuffix(t, "M")
	case strings.HasSuffix(t, "G"):
		mult, t = 1<<30, strings.TrimSuffix(t, "G")
	}
	n, err := strconv.ParseInt(strings.TrimSpace(t), 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return fmt.Errorf("%q is not a size such as 8MB or 500KB", v)
	}
	*s = sizeFlag(n * mult)
	return nil
}

