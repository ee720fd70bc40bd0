package web

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// hostile is a web server on 127.0.0.1 serving the test pages and feeds,
// well-behaved and not.
type hostile struct {
	*httptest.Server
	hits    atomic.Int64  // requests to /retry
	pages   atomic.Int64  // requests for item pages
	release chan struct{} // closed to let /slow answer
}

func newHostile(t testing.TB) *hostile {
	t.Helper()
	h := &hostile{release: make(chan struct{})}
	mux := http.NewServeMux()
	h.Server = httptest.NewServer(mux)
	t.Cleanup(func() {
		select {
		case <-h.release:
		default:
			close(h.release)
		}
		h.Server.CloseClientConnections()
		h.Server.Close()
	})
	base := h.URL
	file := func(name, ctype string) http.HandlerFunc {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		data = bytes.ReplaceAll(data, []byte("BASE"), []byte(base))
		return func(w http.ResponseWriter, r *http.Request) {
			if ctype != "" {
				w.Header().Set("Content-Type", ctype)
			} else {
				w.Header()["Content-Type"] = nil // no sniffing by net/http
			}
			w.Write(data)
		}
	}
	mux.HandleFunc("/article.html", func(w http.ResponseWriter, r *http.Request) {
		h.pages.Add(1)
		file("article.html", "text/html; charset=utf-8")(w, r)
	})
	mux.HandleFunc("/news/ferry-returns", file("article.html", "text/html"))
	mux.HandleFunc("/feed.rss", file("rss2.xml", "application/rss+xml"))
	mux.HandleFunc("/rss091.xml", file("rss091.xml", "text/xml"))
	mux.HandleFunc("/rss1.rdf", file("rss1.rdf", "application/rdf+xml"))
	mux.HandleFunc("/atom.xml", file("atom.xml", "application/atom+xml"))
	mux.HandleFunc("/feed.json", file("feed.json", "application/feed+json"))
	// lies about content types
	mux.HandleFunc("/feed-as-html", file("rss2.xml", "text/html"))
	mux.HandleFunc("/page-as-feed", file("article.html", "application/rss+xml"))
	mux.HandleFunc("/page-no-type", file("article.html", ""))
	mux.HandleFunc("/binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0xff, 0xfe})
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop2", http.StatusFound)
	})
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-javascript", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "javascript:alert(1)")
		w.WriteHeader(http.StatusFound)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		// 50 MB of words, written a chunk at a time so the server holds little
		w.Header().Set("Content-Type", "text/plain")
		chunk := bytes.Repeat([]byte("filler filler filler filler filler filler filler filler.\n"), 1024)
		for n := 0; n < 50<<20; n += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/drip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusOK)
		for i := 0; i < 60; i++ {
			if _, err := w.Write([]byte("<")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-time.After(time.Second):
			case <-r.Context().Done():
				return
			case <-h.release:
				return
			}
		}
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb())
	})
	mux.HandleFunc("/gzip-page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		data, _ := os.ReadFile(filepath.Join("testdata", "article.html"))
		zw := gzip.NewWriter(w)
		zw.Write(data)
		zw.Close()
	})
	mux.HandleFunc("/bad-gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write([]byte("this is not gzip at all"))
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		// no charset in the header: the <meta> tag says it
		w.Header().Set("Content-Type", "text/html")
		w.Write(latin1Page())
	})
	mux.HandleFunc("/bad-utf8", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(badUTF8Page())
	})
	mux.HandleFunc("/escapes", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(escapesPage())
	})
	mux.HandleFunc("/escapes-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(escapesFeed())
	})
	mux.HandleFunc("/big-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(bigFeed(10000))
	})
	mux.HandleFunc("/dup-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(dupFeed())
	})
	mux.HandleFunc("/retry", func(w http.ResponseWriter, r *http.Request) {
		if h.hits.Add(1) == 1 {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		file("article.html", "text/html")(w, r)
	})
	mux.HandleFunc("/always-503", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/too-many", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	mux.HandleFunc("/etag-feed", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		file("atom.xml", "application/atom+xml")(w, r)
	})
	mux.HandleFunc("/slow-items", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(slowFeed(base, 12))
	})
	mux.HandleFunc("/slow/", func(w http.ResponseWriter, r *http.Request) {
		// each item page takes a while, so a refresh can be caught half way
		select {
		case <-time.After(150 * time.Millisecond):
		case <-h.release:
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<html><body><article><h1>Slow item %s</h1>%s</article></body></html>",
			r.URL.Path, strings.Repeat("<p>\"The tide waits for nobody,\" said the harbour master, Gwil Price, as the boats came in one by one past the breakwater.</p>", 8))
	})
	mux.HandleFunc("/paywall-feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Paid</title><link>%s/</link>
<item><title>Lighthouse dark for a week</title><link>%s/teaser</link><guid>paid-1</guid><description><![CDATA[%s]]></description></item></channel></rss>`, base, base, longStory)
	})
	mux.HandleFunc("/teaser", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><head><title>Lighthouse dark for a week</title></head><body><article><h1>Lighthouse dark for a week</h1>
<p>The lighthouse on Gull Point has been dark for a week, and the fishermen of Port Wren have been steering home by the lights of the chip shop. Subscribe to read the rest of this story.</p>
<div class="paywall"><p>Subscribers only. Sign in or subscribe for one pound a month to keep reading our journalism.</p></div></article></body></html>`))
	})
	mux.HandleFunc("/ua", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(r.UserAgent()))
	})
	return h
}

// bomb is a gzip body of 16 KB that grows to 16 MB, made once.
var bomb = sync.OnceValue(func() []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for i := 0; i < 16; i++ {
		zw.Write(zero)
	}
	zw.Close()
	return b.Bytes()
})

const longStory = `<p>The lighthouse on Gull Point has been dark for a week, and the fishermen of Port Wren have been steering home by the lights of the chip shop. The keeper, Idris Vaughan, said a part for the lamp had been ordered from a workshop in the north and should arrive within days.</p>
<p>"I have kept this light for thirty years and never seen it out so long," Mr Vaughan said. "The boats know the rocks, but visitors do not."</p>
<p>The harbour board has put a temporary buoy with a flashing lamp off the point, and the coastguard has asked yachts to keep a mile off after dark until the light is back.</p>`

func latin1Page() []byte {
	s := `<html><head><meta charset="windows-1252"><title>Caf` + "\xe9" + ` prices rise</title></head><body><article><h1>Caf` + "\xe9" + ` prices rise</h1>` +
		`<p>A pot of tea at the quay caf` + "\xe9" + ` now costs ` + "\xa3" + `3. ` + "\x93" + `We held out as long as we could,` + "\x94" + ` said the owner, Rhian Bowen.</p>` + longStory + `</article></body></html>`
	return []byte(s)
}

func badUTF8Page() []byte {
	return []byte(`<html><head><title>Broken ` + "\xff\xfe" + ` bytes</title></head><body><article><h1>Broken bytes</h1><p>Half a character: ` + "\xe2\x80" + ` and a stray ` + "\xc3" + `.</p>` + longStory + `</article></body></html>`)
}

func escapesPage() []byte {
	return []byte(`<html><head><title>Harbour ` + "\x1b]0;pwned\x07\x1b[2J\u202eevil\u202c" + ` news</title></head><body><article><h1>Harbour news</h1>` +
		`<p>Ring the bell` + "\x1b[31m" + ` twice` + "\x1b[0m\u2066" + ` at the gate ` + "\u2069\x9b" + `now.</p>` + longStory + `</article></body></html>`)
}

func escapesFeed() []byte {
	return []byte(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bad` + "\u202e" + ` feed</title><link>http://127.0.0.1/</link>` +
		`<item><title>Title with` + "\u2067" + ` isolate and &#x1b;[5m blink</title><guid>esc-1</guid>` +
		`<description>&lt;p&gt;Text with &#x1b;]8;;http://x/&#x1b;\link&#x1b;]8;;&#x1b;\ and a "quote", said Lowri Hughes.&lt;/p&gt;</description></item></channel></rss>`)
}

func bigFeed(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Firehose</title><link>http://127.0.0.1/</link>`)
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<item><title>Bulletin %d</title><guid>bulletin-%d</guid><pubDate>%s</pubDate><description>Bulletin number %d: "All quiet on the quay," said the watchman, Emrys Cole.</description></item>`,
			i, i, start.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z), i)
	}
	b.WriteString(`</channel></rss>`)
	return b.Bytes()
}

func dupFeed() []byte {
	return []byte(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Echo</title><link>http://127.0.0.1/</link>
<item><title>First telling</title><guid>same-guid</guid><description>The first telling of the story, said Sion Pugh.</description></item>
<item><title>Second telling</title><guid>same-guid</guid><description>The same story told again.</description></item>
<item><title>Another story</title><guid>other-guid</guid><description>Another story altogether, said Mali Rees.</description></item>
</channel></rss>`)
}

func slowFeed(base string, n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Slow</title><link>` + base + `/</link>`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<item><title>Slow item %d</title><link>%s/slow/%d</link><guid>slow-%d</guid></item>`, i, base, i, i)
	}
	b.WriteString(`</channel></rss>`)
	return b.Bytes()
}
