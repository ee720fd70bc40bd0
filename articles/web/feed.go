package web

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// FeedDoc is a parsed feed: RSS 0.9x, 1.0 or 2.0, Atom, or JSON Feed.
type FeedDoc struct {
	Title      string
	Link       string // the site's home page
	Items      []Item // newest first, no two with one key
	Total      int    // items in the feed, duplicates included
	Duplicates int    // items dropped for repeating a GUID or address
}

// Item is one entry of a feed.
type Item struct {
	GUID    string
	Link    string // absolute address of the item's page
	Title   string
	Author  string
	Date    time.Time
	Content string // HTML: the item's content, or else its summary
}

// Key is the GUID, or the canonical address when the feed gives none.
func (it Item) Key() string {
	if it.GUID != "" {
		return it.GUID
	}
	return CanonicalURL(it.Link)
}

// ParseFeed reads a feed fetched from feedURL.
func ParseFeed(body []byte, feedURL string) (*FeedDoc, error) {
	p := gofeed.NewParser()
	f, err := p.Parse(bytes.NewReader(scrubXML(body)))
	if err != nil {
		return nil, fmt.Errorf("not a feed that can be read: %w", err)
	}
	base, _ := url.Parse(feedURL)
	abs := func(s string) string {
		s = strings.TrimSpace(s)
		if base == nil || s == "" {
			return s
		}
		u, err := base.Parse(s)
		if err != nil || u.Scheme != "http" && u.Scheme != "https" {
			return ""
		}
		return u.String()
	}
	fd := &FeedDoc{Title: CleanLine(f.Title), Link: abs(f.Link), Total: len(f.Items)}
	seen := map[string]bool{}
	for _, gi := range f.Items {
		if gi == nil {
			continue
		}
		it := Item{
			GUID:  CleanLine(gi.GUID),
			Link:  abs(gi.Link),
			Title: CleanLine(gi.Title),
		}
		if gi.Author != nil {
			it.Author = CleanLine(gi.Author.Name)
		} else if len(gi.Authors) > 0 && gi.Authors[0] != nil {
			it.Author = CleanLine(gi.Authors[0].Name)
		}
		switch {
		case gi.PublishedParsed != nil:
			it.Date = *gi.PublishedParsed
		case gi.UpdatedParsed != nil:
			it.Date = *gi.UpdatedParsed
		}
		it.Content = gi.Content
		if strings.TrimSpace(it.Content) == "" {
			it.Content = gi.Description
		}
		if it.GUID == "" && it.Link == "" && it.Title != "" {
			// an item with neither id nor address is known by its title
			it.GUID = feedURL + "#" + it.Title
		}
		k := it.Key()
		if k == "" || seen[k] {
			fd.Duplicates++
			continue
		}
		seen[k] = true
		fd.Items = append(fd.Items, it)
	}
	// newest first, keeping the feed's own order among equal dates
	sort.SliceStable(fd.Items, func(i, j int) bool { return fd.Items[i].Date.After(fd.Items[j].Date) })
	return fd, nil
}

// controlRef is a numeric character reference to a control character,
// which XML 1.0 forbids: one such in a feed would otherwise lose all of it.
var controlRef = regexp.MustCompile(`&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])|0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]|127));`)

// scrubXML drops control characters and references to them from a feed
// (JSON feeds escape them legally and are cleaned later, value by value).
func scrubXML(body []byte) []byte {
	t := bytes.TrimLeft(body, "\ufeff \t\r\n")
	if len(t) == 0 || t[0] != '<' || bytes.IndexByte(body[:min(len(body), 512)], 0) >= 0 {
		return body // not XML, or UTF-16, where bytes are not characters
	}
	out := controlRef.ReplaceAll(body, nil)
	// byte by byte, so that a feed in Latin-1 or another single-byte
	// encoding passes through untouched for the parser to decode
	w := 0
	for _, b := range out {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f {
			continue
		}
		out[w] = b
		w++
	}
	return out[:w]
}
