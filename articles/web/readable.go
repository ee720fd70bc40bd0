package web

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2"
	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Article is a readable article made from a page or a feed item, its body
// in Markdown.
type Article struct {
	Title    string
	URL      string // canonical address
	GUID     string // the feed's id for the item, if any
	Source   string // the site's name
	Author   string
	Date     time.Time
	Feed     string // the feed it came from, if any
	Markdown string
}

// Key is what keeps one article from being saved twice: the feed's GUID
// when there is one, else the canonical address.
func (a *Article) Key() string {
	if a.GUID != "" {
		return a.GUID
	}
	return a.URL
}

// MinText is how much text (in characters) a page must yield to be taken
// as the article; less, and a feed item's own content is used instead.
const MinText = 200

// ErrNotReadable is a page in which no article could be found.
var ErrNotReadable = errors.New("no readable article in the page")

// Kind is what a fetched body turned out to be.
type Kind int

// The kinds of body.
const (
	Unknown Kind = iota
	Page
	Feed
)

func (k Kind) String() string {
	switch k {
	case Page:
		return "page"
	case Feed:
		return "feed"
	}
	return "unknown"
}

// Sniff says whether a body is a feed or a page by what it holds, not by
// what the server called it: servers are often wrong.
func Sniff(body []byte, contentType string) Kind {
	if gofeed.DetectFeedType(bytes.NewReader(body)) != gofeed.FeedTypeUnknown {
		return Feed
	}
	head := bytes.ToLower(body[:min(len(body), 4096)])
	if bytes.IndexByte(head, 0) >= 0 {
		return Unknown // binary, whatever the server says
	}
	for _, tag := range []string{"<html", "<!doctype html", "<head", "<body", "<p>", "<p ", "<article", "<div", "<title"} {
		if bytes.Contains(head, []byte(tag)) {
			return Page
		}
	}
	return Unknown
}

// Readable makes an article from a page's HTML (already decoded to UTF-8)
// fetched from pageURL.
func Readable(body []byte, pageURL string) (*Article, error) {
	base, err := url.Parse(pageURL)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("page is not HTML: %w", err)
	}
	canon := canonical(doc, base)
	parser := readability.NewParser()
	// a hostile page of millions of elements would take minutes
	parser.MaxElemsToParse = 50000
	ra, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotReadable, err)
	}
	if ra.Node == nil {
		return nil, ErrNotReadable
	}
	md, err := toMarkdown(ra.Node, base)
	if err != nil {
		return nil, err
	}
	a := &Article{
		Title:    CleanLine(ra.Title()),
		URL:      canon,
		Source:   CleanLine(ra.SiteName()),
		Author:   CleanLine(ra.Byline()),
		Markdown: md,
	}
	if a.Source == "" {
		a.Source = base.Hostname()
	}
	if t, err := ra.PublishedTime(); err == nil {
		a.Date = t
	}
	return a, nil
}

// HTMLToMarkdown turns a fragment of HTML, such as a feed item's content,
// into Markdown the way a page's article is.
func HTMLToMarkdown(fragment, pageURL string) (string, error) {
	base, _ := url.Parse(pageURL)
	doc, err := html.Parse(strings.NewReader(fragment))
	if err != nil {
		return "", err
	}
	return toMarkdown(doc, base)
}

// toMarkdown keeps paragraphs, headings, block quotes, lists, emphasis
// and links; images become their alt text, and links that are not to web
// addresses become plain words.
func toMarkdown(n *html.Node, base *url.URL) (string, error) {
	tidy(n)
	var opts []converter.ConvertOptionFunc
	if base != nil && base.Host != "" {
		opts = append(opts, converter.WithDomain(base.Scheme+"://"+base.Host))
	}
	out, err := htmltomarkdown.ConvertNode(n, opts...)
	if err != nil {
		return "", fmt.Errorf("converting to Markdown: %w", err)
	}
	return CleanText(string(out)), nil
}

// tidy rewrites the tree before conversion: img to its alt text, unsafe
// links to plain text, and scripts, styles and forms gone.
func tidy(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Form, atom.Iframe, atom.Object, atom.Embed, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Svg:
				n.RemoveChild(c)
				c = next
				continue
			case atom.Img, atom.Picture:
				alt := strings.TrimSpace(attr(c, "alt"))
				if c.DataAtom == atom.Picture {
					alt = pictureAlt(c)
				}
				if alt != "" {
					n.InsertBefore(&html.Node{Type: html.TextNode, Data: alt}, c)
				}
				n.RemoveChild(c)
				c = next
				continue
			case atom.U, atom.Mark, atom.Small, atom.Big, atom.Font, atom.Span:
				// styling Markdown has no mark for goes, its words stay;
				// bold and italics stay, as the analysis reads the Markdown
				// through its structure (**Marta Quill** is Marta Quill)
				tidy(c)
				unwrap(n, c)
				c = next
				continue
			case atom.A:
				if !webLink(attr(c, "href")) {
					// the link goes, its words stay
					tidy(c)
					unwrap(n, c)
					c = next
					continue
				}
			}
			tidy(c)
		}
		c = next
	}
}

// unwrap puts c's children in its place under n.
func unwrap(n, c *html.Node) {
	for k := c.FirstChild; k != nil; k = c.FirstChild {
		c.RemoveChild(k)
		n.InsertBefore(k, c)
	}
	n.RemoveChild(c)
}

func pictureAlt(p *html.Node) string {
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Img {
			return strings.TrimSpace(attr(c, "alt"))
		}
	}
	return ""
}

// webLink accepts http, https and mailto addresses and relative ones;
// javascript:, data:, file: and the like are dropped.
func webLink(href string) bool {
	h := strings.TrimSpace(href)
	if h == "" {
		return false
	}
	u, err := url.Parse(h)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "", "http", "https", "mailto":
		// control characters inside a scheme name ("java\tscript:") are
		// refused by url.Parse above
		return true
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// canonical finds a page's <link rel="canonical">, or else its own
// address, without fragment or tracking parameters.
func canonical(doc *html.Node, base *url.URL) string {
	u := *base
	walk(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Link && hasRel(n, "canonical") {
			if c, err := base.Parse(strings.TrimSpace(attr(n, "href"))); err == nil && (c.Scheme == "http" || c.Scheme == "https") {
				u = *c
			}
			return false
		}
		return n.DataAtom != atom.Body
	})
	return CanonicalURL(u.String())
}

// CanonicalURL normalises an address so two spellings of one article
// match: lower-case scheme and host, no fragment, no utm_ parameters.
func CanonicalURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(s)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.Fragment = ""
	u.RawFragment = ""
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	return u.String()
}

func hasRel(n *html.Node, rel string) bool {
	for _, f := range strings.Fields(strings.ToLower(attr(n, "rel"))) {
		if f == rel {
			return true
		}
	}
	return false
}

// walk visits elements depth first while visit returns true for them.
func walk(n *html.Node, visit func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !visit(c) {
			continue
		}
		walk(c, visit)
	}
}

// FeedLinks lists the feeds a page links with <link rel="alternate">, as
// absolute addresses, in the page's order.
func FeedLinks(body []byte, pageURL string) []string {
	base, err := url.Parse(pageURL)
	if err != nil {
		return nil
	}
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return nil
	}
	var out []string
	walk(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Link && hasRel(n, "alternate") {
			t := strings.ToLower(attr(n, "type"))
			if strings.Contains(t, "rss") || strings.Contains(t, "atom") || strings.Contains(t, "feed+json") || t == "application/json" {
				if u, err := base.Parse(strings.TrimSpace(attr(n, "href"))); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
					out = append(out, u.String())
				}
			}
		}
		return n.DataAtom != atom.Body
	})
	return out
}

// CleanText removes what must never reach a terminal from text: control
// characters other than tab and newline (an escape sequence loses its
// ESC and is left harmless), carriage returns, and the bidirectional
// overrides and isolates that reorder what is shown.
func CleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			return -1
		case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			return -1
		}
		return r
	}, s)
}

// CleanLine is CleanText for a one-line value such as a title: every run
// of white space, newlines included, becomes one space.
func CleanLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, CleanText(s))
	return strings.Join(strings.Fields(s), " ")
}
