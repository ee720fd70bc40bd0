package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/ui"
)

// options are what the command line asks for.
type options struct {
	json, noCache, version, bundled, cacheInfo bool
	maxSize                                    sizeFlag
	theme                                      string
	paths                                      []string
}

const usageHead = `byline: a terminal reader for news articles: who said what, and who and where.

Usage:
  byline [flags] [PATH or URL ...]
  byline add URL | remove URL | refresh | feeds | import FILE.opml | export

With no PATH, byline opens your saved articles (or its bundled ones when
there are none). A PATH may be a file or a folder (read recursively for
.txt, .md and .markdown files); a URL is fetched and saved: a page as its
article, a feed as its items.

Flags:
`

// parseArgs reads the command line. Flags may come after paths too
// (byline notes/ --json). It returns done when there is nothing more to do
// (--help was printed, or the flags were wrong) and the exit status.
func parseArgs(args []string, stdout, stderr io.Writer) (o options, done bool, code int) {
	fs := flag.NewFlagSet("byline", flag.ContinueOnError)
	// errors are written below, and the usage once and only for --help
	fs.SetOutput(io.Discard)
	fs.BoolVar(&o.json, "json", false, "print the analysis as JSON instead of opening the reader")
	fs.BoolVar(&o.noCache, "no-cache", false, "neither read nor write the analysis cache")
	fs.BoolVar(&o.bundled, "bundled", false, "open the bundled articles, not your saved ones")
	o.maxSize = sizeFlag(articles.DefaultMaxFileSize)
	fs.Var(&o.maxSize, "max-size", "read at most `SIZE` of each file (e.g. 8MB, 500KB); the rest is left out with a notice")
	fs.StringVar(&o.theme, "theme", "", "`THEME` of the terminal: dark, light, or auto to ask it (default: the settings' theme, else auto)")
	fs.BoolVar(&o.cacheInfo, "cache-info", false, "print where the analysis cache is, its size and how many analyses it keeps")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	for {
		if len(args) > 0 && args[0] == "--" {
			o.paths = append(o.paths, args[1:]...)
			break
		}
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printUsage(stdout, fs)
				return o, true, 0
			}
			// the flag package writes flags with one dash; byline spells them with two
			msg := strings.Replace(err.Error(), ": -", ": --", 1)
			fmt.Fprintf(stderr, "byline: %s\nRun byline --help for the flags.\n", msg)
			return o, true, 2
		}
		if fs.NArg() == 0 {
			break
		}
		rest := fs.Args()
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			o.paths = append(o.paths, rest...) // flag consumed "--": the rest are paths
			break
		}
		o.paths = append(o.paths, rest[0])
		args = rest[1:]
	}
	switch o.theme {
	case "", "auto", "dark", "light":
	default:
		fmt.Fprintf(stderr, "byline: --theme %q: choose dark, light or auto\n", o.theme)
		return o, true, 2
	}
	return o, false, 0
}

// printUsage writes the usage with the flags spelled as the README spells
// them (--json, not the flag package's -json).
func printUsage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, usageHead)
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		head := "  --" + f.Name
		if name != "" {
			head += " " + strings.ToUpper(name)
		}
		def := ""
		if f.DefValue != "" && f.DefValue != "false" {
			def = fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "%s\n      %s%s\n", head, usage, def)
	})
	fmt.Fprint(w, "  --help\n      print this help\n")
}

// versionString is the version set at build time, or else the one the Go
// toolchain recorded (a module version, or the commit it was built from).
func versionString() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return "devel " + rev
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
