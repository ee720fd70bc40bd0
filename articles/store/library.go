package store

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Entry is one article to save, its body in Markdown. Values come from
// strangers' pages and feeds; Save writes them so that none can break the
// front matter.
type Entry struct {
	Title  string
	URL    string
	GUID   string
	Source string
	Author string
	Date   time.Time
	Feed   string
	Body   string
}

// Key is what an entry is known by: its GUID, else its address.
func (e *Entry) Key() string {
	if e.GUID != "" {
		return e.GUID
	}
	return e.URL
}

// Saved is a saved article as its front matter describes it.
type Saved struct {
	Path  string
	Title string
	URL   string
	GUID  string
	Feed  string
	Date  string
}

// Key is what the saved article is known by (see Entry.Key).
func (s *Saved) Key() string {
	if s.GUID != "" {
		return s.GUID
	}
	return s.URL
}

// Library is the folder of saved articles:
// <dir>/<site>/<date>-<slug>.md, one Markdown file an article.
type Library struct {
	Dir string

	mu    sync.Mutex
	index map[string]*Saved // by key and by address; nil until first needed
	all   []*Saved
}

// OpenLibrary returns the library in the user data folder.
func OpenLibrary() (*Library, error) {
	d, err := DataDir()
	if err != nil {
		return nil, err
	}
	return &Library{Dir: filepath.Join(d, "articles")}, nil
}

// tmpAge is how old a temporary file must be before it is taken for the
// leftover of a process that was killed while writing, and removed.
const tmpAge = 10 * time.Minute

// Scan reads the front matter of every saved article, in path order, and
// removes temporary files left by a killed process.
func (l *Library) Scan() ([]*Saved, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.load(); err != nil {
		return nil, err
	}
	out := append([]*Saved(nil), l.all...)
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

// Paths lists the saved articles' files in path order.
func (l *Library) Paths() ([]string, error) {
	all, err := l.Scan()
	if err != nil {
		return nil, err
	}
	out := make([]string, len(all))
	for i, s := range all {
		out[i] = s.Path
	}
	return out, nil
}

func (l *Library) load() error {
	if l.index != nil {
		return nil
	}
	l.index = map[string]*Saved{}
	l.all = nil
	err := filepath.WalkDir(l.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == l.Dir && os.IsNotExist(err) {
				return filepath.SkipDir
			}
			return nil // an unreadable folder hides its files, nothing more
		}
		if d.IsDir() {
			return nil
		}
		name := d.Name()
		if strings.HasPrefix(name, ".tmp-") {
			if info, err := d.Info(); err == nil && time.Since(info.ModTime()) > tmpAge {
				os.Remove(p)
			}
			return nil
		}
		if !strings.HasSuffix(name, ".md") {
			return nil
		}
		s, err := readSaved(p)
		if err != nil {
			return nil
		}
		l.add(s)
		return nil
	})
	if err != nil {
		l.index = nil
		return err
	}
	return nil
}

func (l *Library) add(s *Saved) {
	l.all = append(l.all, s)
	if s.GUID != "" {
		l.index["guid "+s.GUID] = s
	}
	if s.URL != "" {
		l.index["url "+s.URL] = s
	}
}

// Find returns the saved article with this GUID or address, if any.
func (l *Library) Find(guid, url string) (*Saved, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.load(); err != nil {
		return nil, err
	}
	return l.find(guid, url), nil
}

func (l *Library) find(guid, url string) *Saved {
	if guid != "" {
		if s := l.index["guid "+guid]; s != nil {
			return s
		}
	}
	if url != "" {
		if s := l.index["url "+url]; s != nil {
			return s
		}
	}
	return nil
}

// Save writes an entry, replacing the file of the same article if it was
// saved before (by GUID or address), and returns the file's path.
func (l *Library) Save(e *Entry) (string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.load(); err != nil {
		return "", err
	}
	old := l.find(e.GUID, e.URL)
	var p string
	if old != nil {
		p = old.Path
	} else {
		p = l.newPath(e)
	}
	if err := WriteFileAtomic(p, Render(e), 0o644); err != nil {
		return "", fmt.Errorf("saving %s: %w", p, err)
	}
	if old == nil {
		s := &Saved{Path: p, Title: e.Title, URL: e.URL, GUID: e.GUID, Feed: e.Feed, Date: dateOf(e)}
		l.add(s)
	}
	return p, nil
}

// newPath picks <site>/<date>-<slug>.md, adding a number when the name is
// taken by another article.
func (l *Library) newPath(e *Entry) string {
	dir := filepath.Join(l.Dir, siteName(e))
	stem := dateOf(e) + "-" + slug(e.Title, e.Key())
	p := filepath.Join(dir, stem+".md")
	for n := 2; ; n++ {
		if _, err := os.Lstat(p); os.IsNotExist(err) {
			return p
		}
		p = filepath.Join(dir, stem+"-"+strconv.Itoa(n)+".md")
	}
}

func dateOf(e *Entry) string {
	if e.Date.IsZero() {
		return time.Now().UTC().Format("2006-01-02")
	}
	return e.Date.UTC().Format("2006-01-02")
}

// siteName is the host of the article's address (else of its feed) made
// safe for a folder name.
func siteName(e *Entry) string {
	host := hostOf(e.URL)
	if host == "" {
		host = hostOf(e.Feed)
	}
	var b strings.Builder
	for _, r := range strings.ToLower(host) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		case r == '.' && b.Len() > 0:
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	s := strings.Trim(b.String(), ".")
	if s == "" {
		return "unknown"
	}
	return limit(s, 80)
}

func hostOf(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if i := strings.LastIndexByte(rest, ':'); i >= 0 && !strings.Contains(rest[i:], "]") {
		rest = rest[:i]
	}
	return rest
}

// slug is the title in lower-case ASCII words joined by hyphens, whole
// words up to 60 bytes, or a short hash of the key when the title has no
// such letters.
func slug(title, key string) string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	// accents are taken off first, so "Café" gives "cafe", not "caf"
	for _, r := range norm.NFKD.String(strings.ToLower(title)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			w.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	var b strings.Builder
	for _, word := range words {
		if b.Len() > 0 && b.Len()+1+len(word) > 60 {
			break
		}
		if b.Len() > 0 {
			b.WriteByte('-')
		}
		b.WriteString(limit(word, 60))
	}
	if b.Len() == 0 {
		return fmt.Sprintf("%x", sha256.Sum256([]byte(key)))[:12]
	}
	return b.String()
}

func limit(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// Render is the file an entry is saved as: YAML front matter, then the
// Markdown body.
func Render(e *Entry) []byte {
	var b bytes.Buffer
	b.WriteString("---\n")
	field := func(k, v string) {
		if v != "" {
			b.WriteString(k + ": " + yamlString(v) + "\n")
		}
	}
	field("title", e.Title)
	field("url", e.URL)
	field("guid", e.GUID)
	field("source", e.Source)
	field("author", e.Author)
	if !e.Date.IsZero() {
		// a bare ISO date, as the bundled articles write it
		b.WriteString("date: " + e.Date.UTC().Format("2006-01-02") + "\n")
	}
	field("feed", e.Feed)
	b.WriteString("---\n")
	b.WriteString(strings.TrimSpace(e.Body))
	b.WriteString("\n")
	return b.Bytes()
}

// yamlString writes a one-line YAML scalar that reads back as s, quoting
// only when it must: plain when safe, else double quotes when no escape is
// needed inside, else single quotes, else double quotes with escapes.
// Line breaks and control characters never survive as such.
func yamlString(s string) string {
	s = oneLine(s)
	if plainSafe(s) {
		return s
	}
	if !strings.ContainsAny(s, `"\`) {
		return `"` + s + `"`
	}
	if !strings.Contains(s, "'") {
		return "'" + s + "'"
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// oneLine drops control characters (and the bidirectional overrides) and
// folds white space, so a value is one line of visible text.
func oneLine(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0,
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069,
			r == 0xfeff:
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// plainSafe: a YAML plain scalar that reads back unchanged as a string.
func plainSafe(s string) bool {
	if s == "" || strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`") {
		return false
	}
	if strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") {
		return false
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "~", "y", "n":
		return false
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return false
	}
	// dates are left to the date field; anything that starts like a
	// number is quoted, since YAML may read it as a time or a number
	if s[0] >= '0' && s[0] <= '9' || s[0] == '.' || s[0] == '+' {
		return false
	}
	return true
}

// readSaved reads the front matter this package writes.
func readSaved(p string) (*Saved, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	s := &Saved{Path: p}
	if !sc.Scan() || strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\uFEFF")) != "---" {
		return s, nil
	}
	for n := 0; sc.Scan() && n < 50; n++ {
		line := sc.Text()
		if t := strings.TrimSpace(line); t == "---" || t == "..." {
			break
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = unquote(strings.TrimSpace(v))
		switch strings.TrimSpace(k) {
		case "title":
			s.Title = v
		case "url":
			s.URL = v
		case "guid":
			s.GUID = v
		case "feed":
			s.Feed = v
		case "date":
			s.Date = v
		}
	}
	return s, nil
}

// unquote reads back what yamlString wrote.
func unquote(v string) string {
	if len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'' {
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		in := v[1 : len(v)-1]
		var b strings.Builder
		for i := 0; i < len(in); i++ {
			if in[i] == '\\' && i+1 < len(in) {
				i++
			}
			b.WriteByte(in[i])
		}
		return b.String()
	}
	return v
}
