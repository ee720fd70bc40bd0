package store

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// opml is the part of OPML that lists subscriptions; outlines nest, as
// readers that sort feeds into folders write them.
type opml struct {
	XMLName xml.Name  `xml:"opml"`
	Version string    `xml:"version,attr"`
	Head    opmlHead  `xml:"head"`
	Body    []outline `xml:"body>outline"`
}

type opmlHead struct {
	Title       string `xml:"title,omitempty"`
	DateCreated string `xml:"dateCreated,omitempty"`
}

type outline struct {
	Text     string    `xml:"text,attr"`
	Title    string    `xml:"title,attr,omitempty"`
	Type     string    `xml:"type,attr,omitempty"`
	XMLURL   string    `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string    `xml:"htmlUrl,attr,omitempty"`
	Outlines []outline `xml:"outline"`
}

// ReadOPML lists the feeds in an OPML file, folders flattened, in the
// file's order.
func ReadOPML(r io.Reader) ([]Feed, error) {
	var doc opml
	dec := xml.NewDecoder(io.LimitReader(r, 16<<20))
	dec.Strict = false
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("not an OPML file: %w", err)
	}
	var out []Feed
	var walk func([]outline)
	walk = func(os []outline) {
		for _, o := range os {
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				t := o.Title
				if t == "" {
					t = o.Text
				}
				out = append(out, Feed{URL: u, Title: oneLine(t), Site: strings.TrimSpace(o.HTMLURL)})
			}
			walk(o.Outlines)
		}
	}
	walk(doc.Body)
	return out, nil
}

// WriteOPML writes the feeds as an OPML 2.0 subscription list.
func WriteOPML(w io.Writer, feeds []Feed, now time.Time) error {
	doc := opml{Version: "2.0", Head: opmlHead{Title: "byline subscriptions", DateCreated: now.UTC().Format(time.RFC1123Z)}}
	for _, f := range feeds {
		text := f.Title
		if text == "" {
			text = f.URL
		}
		doc.Body = append(doc.Body, outline{Text: text, Title: f.Title, Type: "rss", XMLURL: f.URL, HTMLURL: f.Site})
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	b.WriteString("\n")
	_, err := w.Write(b.Bytes())
	return err
}
