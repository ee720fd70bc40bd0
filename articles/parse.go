package articles

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// ErrEmpty and ErrBinary say why a file is not an article.
var (
	ErrEmpty  = errors.New("empty file")
	ErrBinary = errors.New("not a text file")
)

// Parse reads one file's bytes into an Article: headline, body span and
// metadata. It does not analyse the text; analysis.Analyze does that.
func Parse(name string, data []byte) (*model.Article, error) {
	return parse(name, data, false)
}

// parse is Parse; owned says that data is the caller's own and will not
// change, so that UTF-8 text is used as it is, not copied: a cold index
// reads every file twice (headline, analysis), and the copies were a tenth
// of what it allocates outside the analysis.
func parse(name string, data []byte, owned bool) (*model.Article, error) {
	// UTF-16 is full of NUL bytes: it is checked once decoded
	utf16 := utf16BOM(data) != ""
	if !utf16 {
		if err := checkText(data); err != nil {
			return nil, err
		}
	}
	text, enc := decode(data, owned)
	text = crLineBreaks(text)
	if utf16 {
		if err := checkText([]byte(strings.TrimPrefix(text, "\uFEFF"))); err != nil {
			return nil, err
		}
	}
	a := &model.Article{Path: name, Text: text, Encoding: enc, Format: "text"}
	a.Date, a.Source = FromName(name)
	if strings.EqualFold(path.Ext(name), ".md") || strings.EqualFold(path.Ext(name), ".markdown") {
		a.Format = "markdown"
		parseMarkdown(a)
	} else {
		parseText(a)
	}
	if strings.TrimSpace(a.Title) == "" {
		a.Title = strings.TrimSuffix(path.Base(filepathSlash(name)), path.Ext(name))
	}
	return a, nil
}

// crLineBreaks turns each carriage return that no line feed follows (the
// line ends of old Mac files, or a stray one) into a line feed, so that the
// headline, the section line and the analysis's paragraphs break there as
// they do at LF and CRLF; else a CR-only file was one line, its headline
// swallowing the body. One byte for one keeps every offset into the file
// true. Text with none is returned as it is, shared or not.
func crLineBreaks(text string) string {
	i := strings.IndexByte(text, '\r')
	for i >= 0 && i+1 < len(text) && text[i+1] == '\n' {
		j := strings.IndexByte(text[i+2:], '\r')
		if j < 0 {
			return text
		}
		i += 2 + j
	}
	if i < 0 {
		return text
	}
	b := []byte(text)
	for ; i < len(b); i++ {
		if b[i] == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	return string(b)
}

func filepathSlash(p string) string { return strings.ReplaceAll(p, `\`, "/") }

// checkText rejects files that are empty or binary: a NUL byte, or more than
// one control byte in ten among the first few kilobytes.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return ErrBinary
	}
	if controlCount(head)*10 > len(head) {
		return ErrBinary
	}
	return nil
}

// controlCount counts the control bytes of data that mark a file as
// binary. Every file is checked twice in a cold index (for its headline,
// then its analysis): eight bytes at a time are passed over when none is
// below space, as in nearly all of a text's words.
func controlCount(data []byte) int {
	const low7, high = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	n, i := 0, 0
	for ; i+8 <= len(data); i += 8 {
		w := binary.LittleEndian.Uint64(data[i:])
		// a byte's high bit is set when it is 0x20 or more: its low seven
		// bits plus 0x60 carry into it, or it was set already
		if ((w&low7)+0x6060606060606060|w)&high == high {
			continue
		}
		for _, b := range data[i : i+8] {
			n += int(controlBytes[b])
		}
	}
	for _, b := range data[i:] {
		n += int(controlBytes[b])
	}
	return n
}

// controlBytes is 1 for the control bytes that mark a file as binary:
// below space, but for line ends, tabs and escapes.
var controlBytes = func() (t [256]uint8) {
	for b := range 0x20 {
		if b != '\n' && b != '\r' && b != '\t' && b != 0x1b {
			t[b] = 1
		}
	}
	return t
}()

// line is one line of a file with its byte span, line ending excluded.
type line struct{ start, end int }

func lines(text string, from, to int) []line {
	var out []line
	for i := from; i < to; {
		l, next := nextLine(text, i, to)
		out = append(out, l)
		i = next
	}
	return out
}

// nextLine is the line of text that starts at i, ending before to, and
// where the next one starts.
func nextLine(text string, i, to int) (line, int) {
	j := strings.IndexByte(text[i:to], '\n')
	end, next := to, to
	if j >= 0 {
		end = i + j
		next = end + 1
	}
	e := end
	if e > i && text[e-1] == '\r' {
		e--
	}
	return line{i, e}, next
}

func blank(text string, l line) bool { return strings.TrimSpace(text[l.start:l.end]) == "" }

// parseText handles the plain format: headline on the first line, then the
// body, and an optional short last line naming the section. It walks the
// lines without listing them: every file is parsed twice in a cold index
// (its headline, its analysis), and the lists were 3% of what it allocated.
func parseText(a *model.Article) {
	t := a.Text
	var first line
	i, found := 0, false
	for i < len(t) {
		l, next := nextLine(t, i, len(t))
		i = next
		if !blank(t, l) {
			first, found = l, true
			break
		}
	}
	if !found {
		return
	}
	h := trimLine(t, trimBOM(t, first))
	a.Title = t[h.start:h.end]
	a.TitleAt = model.Span{Start: h.start, End: h.end}
	// i is where the line after the headline starts; the last line that is
	// not blank, and whether another stands between it and the headline
	bodyStart := i
	var last line
	lastAt, n := -1, 0
	for j := i; j < len(t); n++ {
		l, next := nextLine(t, j, len(t))
		if !blank(t, l) {
			last, lastAt = l, n
		}
		j = next
	}
	bodyEnd := len(t)
	if lastAt > 0 && isSectionLine(t[last.start:last.end]) {
		a.Section = strings.TrimSpace(t[last.start:last.end])
		bodyEnd = last.start
	}
	if bodyStart > bodyEnd {
		bodyStart = bodyEnd
	}
	a.Body = model.Span{Start: bodyStart, End: bodyEnd}
}

func trimLine(t string, l line) line {
	for l.start < l.end && isSpace(t[l.start]) {
		l.start++
	}
	for l.end > l.start && isSpace(t[l.end-1]) {
		l.end--
	}
	return l
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// trimBOM steps over a UTF-8 byte-order mark at the start of a line.
func trimBOM(t string, l line) line {
	if strings.HasPrefix(t[l.start:l.end], "\uFEFF") {
		l.start += len("\uFEFF")
	}
	return l
}

// isSectionLine: one to three words, no sentence punctuation, short.
func isSectionLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 30 || len(strings.Fields(s)) > 3 {
		return false
	}
	if strings.ContainsAny(s, ".!?:;,\"“”") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 'A' && r <= 'Z' || r > 127
}

// parseMarkdown reads optional front matter (YAML or TOML: title,
// section, date, source, url, author) and the body through its Markdown
// structure, recording where the body is syntax rather than prose (see
// model.Markup). Without a title in the front matter, a level-one heading
// opening the body is the headline.
func parseMarkdown(a *model.Article) {
	t := a.Text
	from := 0
	if strings.HasPrefix(t, "\uFEFF") {
		from = len("\uFEFF")
	}
	bodyStart, titleMarkup := frontMatter(a, from)
	md := readMarkdown(t, bodyStart)
	a.Markup = append(titleMarkup, md.markup...)
	if a.Title == "" && md.title != "" {
		a.Title, a.TitleAt = md.title, md.titleAt
		bodyStart = md.end
	}
	a.Body = model.Span{Start: bodyStart, End: len(t)}
}

// Problem is a file that could not be loaded, and why.
type Problem struct {
	Path string
	Err  error
}

func (p Problem) Error() string { return fmt.Sprintf("%s: %v", p.Path, p.Err) }
