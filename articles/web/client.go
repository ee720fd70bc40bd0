// Package web fetches pages and feeds for byline: a careful HTTP client
// (timeouts, size caps, gzip, charsets, politeness, retries, conditional
// requests), readable articles made from pages, and feed items.
package web

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// Options tune a Client. The zero value of a field means its default, so
// tests can shorten the timeouts they need and keep the rest.
type Options struct {
	Version        string        // after "byline/" in the User-Agent
	ConnectTimeout time.Duration // to open a connection; default 10 s
	Timeout        time.Duration // for a whole request, body included; default 30 s
	MaxBody        int64         // bytes of a body kept (after gzip); default 10 MB
	MaxRedirects   int           // default 10
	MaxParallel    int           // requests at once; default 4
	Retries        int           // further tries after a 429 or 5xx; default 2
	Backoff        time.Duration // first wait between tries, doubled each time; default 1 s
	MaxWait        time.Duration // the longest Retry-After honoured; default 60 s
}

func (o *Options) defaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.ConnectTimeout, 10*time.Second)
	def(&o.Timeout, 30*time.Second)
	def(&o.Backoff, time.Second)
	def(&o.MaxWait, time.Minute)
	if o.MaxBody <= 0 {
		o.MaxBody = 10 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 10
	}
	if o.MaxParallel <= 0 {
		o.MaxParallel = 4
	}
	if o.Retries < 0 {
		o.Retries = 0
	} else if o.Retries == 0 {
		o.Retries = 2
	}
	if o.Version == "" {
		o.Version = "dev"
	}
}

// Client fetches from the web politely: a few requests at once and one at
// a time to any one host. It is safe for use by many goroutines.
type Client struct {
	opt   Options
	http  *http.Client
	slots chan struct{}

	mu    sync.Mutex
	hosts map[string]chan struct{}
}

// NewClient returns a client with the given options.
func NewClient(opt Options) *Client {
	opt.defaults()
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: opt.ConnectTimeout, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   opt.ConnectTimeout,
		ResponseHeaderTimeout: opt.Timeout,
		MaxIdleConnsPerHost:   1,
		IdleConnTimeout:       30 * time.Second,
		// gzip is asked for and undone here, under the body cap, so that a
		// small compressed body cannot grow without bound
		DisableCompression: true,
	}
	c := &Client{
		opt:   opt,
		slots: make(chan struct{}, opt.MaxParallel),
		hosts: map[string]chan struct{}{},
	}
	c.http = &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.MaxRedirects {
				return fmt.Errorf("%w (more than %d)", ErrRedirects, opt.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirected to %s: %w", req.URL.Scheme, ErrScheme)
			}
			return nil
		},
	}
	return c
}

// Errors a fetch can end in, to test with errors.Is.
var (
	ErrRedirects = errors.New("too many redirects")
	ErrScheme    = errors.New("only http and https addresses can be fetched")
	ErrGzipBomb  = errors.New("compressed body grows past the size limit")
)

// StatusError is an answer other than success or "not modified".
type StatusError struct {
	Code int
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("server answered %d %s", e.Code, http.StatusText(e.Code))
}

// Request is one thing to fetch, with what a previous fetch of it said for
// a conditional request.
type Request struct {
	URL          string
	ETag         string
	LastModified string
	Accept       string
}

// Response is a fetched body, decompressed and decoded to UTF-8 when the
// content is text.
type Response struct {
	URL          string // after redirects
	Status       int
	NotModified  bool // a conditional request found nothing new; Body is empty
	ContentType  string
	ETag         string
	LastModified string
	Body         []byte
	Truncated    bool // the body was cut at the size limit
	Charset      string
}

// Fetch gets one address, waiting for a free slot and for the host to be
// free, and tries again after a 429 or 5xx answer.
func (c *Client) Fetch(ctx context.Context, r Request) (*Response, error) {
	u, err := url.Parse(r.URL)
	if err != nil {
		return nil, fmt.Errorf("%q is not an address: %w", r.URL, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%s: %w", clip(r.URL), ErrScheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%q has no host", r.URL)
	}
	host, err := c.holdHost(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, err
	}
	defer host()
	wait := c.opt.Backoff
	for try := 0; ; try++ {
		// a shared slot is held only while a request is out, so that a
		// host that asks for a pause holds up no other host
		if err := c.holdSlot(ctx); err != nil {
			return nil, err
		}
		resp, after, err := c.once(ctx, r)
		<-c.slots
		if err == nil || try >= c.opt.Retries || !retryable(err) {
			return resp, err
		}
		d := wait
		if after > 0 {
			d = after
		}
		if d > c.opt.MaxWait {
			return nil, fmt.Errorf("%w; the server asks to wait %s", err, d.Round(time.Second))
		}
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
		wait *= 2
	}
}

func retryable(err error) bool {
	var se *StatusError
	return errors.As(err, &se) && (se.Code == http.StatusTooManyRequests || se.Code >= 500 && se.Code != http.StatusNotImplemented)
}

// holdHost waits for the host to be free of other requests from this
// client and returns the function that frees it again.
func (c *Client) holdHost(ctx context.Context, host string) (func(), error) {
	c.mu.Lock()
	h := c.hosts[host]
	if h == nil {
		h = make(chan struct{}, 1)
		c.hosts[host] = h
	}
	c.mu.Unlock()
	select {
	case h <- struct{}{}:
		return func() { <-h }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// holdSlot waits for one of the shared slots; the caller frees it.
func (c *Client) holdSlot(ctx context.Context) error {
	select {
	case c.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// once makes one request; after is how long a 429 or 503 asks to wait.
func (c *Client) once(ctx context.Context, r Request) (*Response, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.URL, nil)
	if err != nil {
		return nil, 0, err
	}
	req.Header.Set("User-Agent", "byline/"+c.opt.Version)
	req.Header.Set("Accept-Encoding", "gzip")
	if r.Accept != "" {
		req.Header.Set("Accept", r.Accept)
	}
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, 0, explain(err, c.opt)
	}
	defer resp.Body.Close()
	out := &Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, 0, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		// a little of the body is read so the connection can be reused
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		return nil, retryAfter(resp.Header.Get("Retry-After")), &StatusError{Code: resp.StatusCode}
	}
	body, truncated, err := c.readBody(resp)
	if err != nil {
		return nil, 0, explain(err, c.opt)
	}
	out.Truncated = truncated
	out.Body, out.Charset = decodeText(body, out.ContentType)
	return out, 0, nil
}

// readBody reads at most MaxBody bytes of the body, undoing gzip first.
func (c *Client) readBody(resp *http.Response) ([]byte, bool, error) {
	var r io.Reader = resp.Body
	gz := strings.EqualFold(strings.TrimSpace(resp.Header.Get("Content-Encoding")), "gzip")
	if gz {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, false, fmt.Errorf("body says it is gzip but is not: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	body, err := io.ReadAll(io.LimitReader(r, c.opt.MaxBody+1))
	if err != nil {
		return nil, false, err
	}
	if int64(len(body)) <= c.opt.MaxBody {
		return body, false, nil
	}
	if gz {
		return nil, false, fmt.Errorf("%w (%s)", ErrGzipBomb, sizeText(c.opt.MaxBody))
	}
	return body[:c.opt.MaxBody], true, nil
}

// explain turns the transport's errors into sentences a reader can act on.
func explain(err error, o Options) error {
	var ne net.Error
	switch {
	case errors.Is(err, ErrRedirects), errors.Is(err, ErrScheme):
		return err
	case errors.Is(err, context.Canceled):
		return err
	case errors.As(err, &ne) && ne.Timeout(), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("timed out (no complete answer within %s): %w", o.Timeout, err)
	}
	return err
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return 0
}

// decodeText converts a text body to UTF-8 using the charset from the
// header, a byte-order mark or a <meta> tag; bytes that are still not
// UTF-8 become U+FFFD. Bodies that are not text are left alone.
func decodeText(body []byte, contentType string) ([]byte, string) {
	if isXML(body, contentType) {
		// feeds name their own encoding in the XML declaration, which
		// the feed parser reads; the header's charset is applied only
		// when the declaration is missing
		if bytes.HasPrefix(bytes.TrimLeft(body, "\ufeff \t\r\n"), []byte("<?xml")) {
			return body, ""
		}
	}
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name != "utf-8" {
		if out, err := enc.NewDecoder().Bytes(body); err == nil {
			body = out
		}
	}
	if !utf8.Valid(body) {
		body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	return body, name
}

func isXML(body []byte, contentType string) bool {
	return strings.Contains(contentType, "xml") || bytes.HasPrefix(bytes.TrimLeft(body, "\ufeff \t\r\n"), []byte("<?xml"))
}

func sizeText(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	if n >= 1<<10 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// clip shortens an address for a message, so a data: URL of a megabyte
// does not become a megabyte of error.
func clip(s string) string {
	if len(s) > 80 {
		cut := 77
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return s[:cut] + "..."
	}
	return s
}
