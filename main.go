// Command byline is a terminal reader for news articles that shows who said
// what and lets you follow every person, place and organisation mentioned.
package main

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/charmbracelet/colorprofile"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/articles/web"
	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/ui"
)

// version is set at build time with -ldflags "-X main.version=…"; when it
// is not, versionString asks the Go toolchain's build information.
var version = ""

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		// a soft limit: the collector works harder as the heap nears it,
		// which keeps a large library's analyses within a modest footprint
		debug.SetMemoryLimit(memoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		// the heap may grow to 1.75 times what is live rather than twice:
		// about 25 MB less at 50,000 articles, for a few more collections
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// memoryLimit is the heap size the collector aims to stay under, for a
// library of up to limitArticles articles. At 50,000 articles a cold index
// peaked at 307 MB with 400 MB here, 270 MB with 256 MB and 254 MB with
// 240 MB, for about the same CPU time. A larger library needs more live
// memory, and a limit it comes near would have the collector run almost
// without pause (Go caps its share of the CPU, so the index would be
// slower, never stuck): the reader raises the limit with the library's
// size once the folder is walked (memoryLimitFor).
const memoryLimit = 240 << 20

// limitArticles is how many articles memoryLimit is enough for.
const limitArticles = 50_000

// perArticle is how much the memory limit grows for each article past
// limitArticles: what the library, the index and the list keep of one
// (about 1.1 KB at 50,000 articles), and half as much again for the
// collector's room.
const perArticle = 1536

// memoryLimitFor is the memory limit for a library of n articles.
func memoryLimitFor(n int) int64 {
	return memoryLimit + int64(max(n-limitArticles, 0))*perArticle
}

// gcPercent is how far the heap may grow past what is live before a
// collection, in per cent (Go's default is 100).
const gcPercent = 75

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && web.IsCommand(args[0]) {
		return web.Command(args, versionString(), stdout, stderr)
	}
	o, done, code := parseArgs(args, stdout, stderr)
	if done {
		return code
	}
	if o.version {
		fmt.Fprintln(stdout, "byline", versionString())
		return 0
	}
	if o.cacheInfo {
		return printCacheInfo(stdout, stderr)
	}
	var profile <-chan colorprofile.Profile
	if !o.json {
		profile = detectProfile()
	}
	opt := articles.Options{MaxFileSize: int64(o.maxSize)}
	paths := o.paths
	var lib *library
	if len(paths) == 0 && !o.bundled {
		lib = &library{}
		if paths, lib.marks = web.Library(); len(paths) == 0 {
			lib.hint = web.EmptyLibraryHint()
		}
	} else if len(paths) > 0 {
		var err error
		if paths, err = web.Resolve(paths, versionString(), stderr); err != nil {
			fmt.Fprintln(stderr, "byline:", err)
			return 1
		}
	}
	var docs []articles.Doc
	var probs []articles.Problem
	if len(paths) == 0 {
		docs, probs = articles.ScanFS(articles.Bundled(), opt)
	} else if err := articles.CheckPaths(paths); err != nil {
		fmt.Fprintln(stderr, "byline:", err)
		return 2
	}
	var cache *articles.Cache
	if !o.noCache {
		cache = openCache()
		defer cache.Close()
	}
	if o.json {
		if len(paths) > 0 {
			var err error
			if docs, probs, err = articles.ScanPaths(paths, opt); err != nil {
				fmt.Fprintln(stderr, "byline:", err)
				return 2
			}
		}
		return writeJSON(docs, probs, cache, stdout, stderr)
	}
	if lib != nil {
		defer lib.marks.Close()
	}
	// the reader finds the files of paths itself, as it draws the list
	return runReader(docs, paths, probs, cache, lib, opt, o.theme, <-profile, stderr)
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
				a.Path, ui.ByteSize(docs[i].MaxFileSize()), ui.ByteSize(a.Truncated))
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

// detectProfile finds out, in the background, how many colours the
// terminal shows, as Bubble Tea would when the reader starts: in tmux that
// runs tmux, which takes tens of milliseconds better spent beside opening
// the cache and finding the files than before the first frame.
func detectProfile() <-chan colorprofile.Profile {
	ch := make(chan colorprofile.Profile, 1)
	go func() { ch <- colorprofile.Detect(os.Stdout, os.Environ()) }()
	return ch
}

// openCache opens the analysis cache for this build of byline, or returns
// nil (no cache) when it cannot: a cache is a help, never a requirement.
func openCache() *articles.Cache {
	dir, err := articles.CacheDir()
	if err != nil {
		return nil
	}
	c, err := articles.OpenCache(dir, analyserVersion(dir))
	if err != nil {
		return nil
	}
	return c
}

// printCacheInfo says where the cache is, how large and how full.
func printCacheInfo(stdout, stderr io.Writer) int {
	dir, err := articles.CacheDir()
	if err != nil {
		fmt.Fprintln(stderr, "byline:", err)
		return 1
	}
	info, err := articles.ReadCacheInfo(dir)
	if err != nil {
		fmt.Fprintln(stderr, "byline: cache", info.Path+":", err)
		return 1
	}
	fmt.Fprintf(stdout, "cache: %s\nsize: %s\nentries: %d\n", info.Path, ui.ByteSize(info.Size), info.Entries)
	return 0
}

// analyserVersion names the analyser that made a cached analysis: a hash
// of this very executable, so that any change to the analysis (or to its
// embedded model) makes old entries unused. Hashing tens of megabytes
// would delay the reader's first frame, so the hash is kept in the cache
// folder beside the executable's path, size and time, and made again only
// when one of them changes.
func analyserVersion(dir string) string {
	exe, err := os.Executable()
	if err != nil {
		return version
	}
	st, err := os.Stat(exe)
	if err != nil {
		return version
	}
	stamp := fmt.Sprintf("%s\x00%d\x00%d\t", exe, st.Size(), st.ModTime().UnixNano())
	memo := filepath.Join(dir, "versions")
	old, _ := os.ReadFile(memo)
	lines := strings.Split(strings.TrimSpace(string(old)), "\n")
	for _, l := range lines {
		if v, ok := strings.CutPrefix(l, stamp); ok && len(v) == 24 {
			return v
		}
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
	v := fmt.Sprintf("%x", h.Sum(nil)[:12])
	// a few builds side by side (an installed one, one under test) each
	// keep theirs; written whole or not at all
	keep := append([]string{stamp + v}, lines[:min(len(lines), 7)]...)
	tmp := memo + ".new"
	if os.WriteFile(tmp, []byte(strings.Join(keep, "\n")+"\n"), 0o600) == nil {
		os.Rename(tmp, memo)
	}
	return v
}
