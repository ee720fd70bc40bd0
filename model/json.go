package model

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The --json contract: one array, an object per article in load order.
// Offsets are byte offsets into the file as it is on disk.

type jsonSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonQuote struct {
	Text           string    `json:"text"`
	Start          int       `json:"start"`
	End            int       `json:"end"`
	Speaker        *string   `json:"speaker"`
	SpeakerMention *jsonSpan `json:"speaker_mention"`
	Cue            *string   `json:"cue"`
	Speech         bool      `json:"speech"`
	Rule           *string   `json:"rule"`
}

type jsonEntity struct {
	Name     string     `json:"name"`
	Type     string     `json:"type"`
	Mentions []jsonSpan `json:"mentions"`
}

type jsonArticle struct {
	Path     string `json:"path"`
	Title    string `json:"title"`
	Section  string `json:"section"`
	Date     string `json:"date"`
	Encoding string `json:"encoding"`
	// Truncated is the file's full size when only its first part was read.
	Truncated int64 `json:"truncated,omitempty"`
	// Warning says what was wrong with a file that still loaded.
	Warning  string       `json:"warning,omitempty"`
	Quotes   []jsonQuote  `json:"quotes"`
	Entities []jsonEntity `json:"entities"`
	// Furniture is the text that is not the story, left out when none.
	Furniture []jsonFurniture `json:"furniture,omitempty"`
}

type jsonFurniture struct {
	jsonSpan
	Kind string `json:"kind"`
}

// JSONWriter writes the --json array one article at a time, so that a
// large library is never held in memory to be printed.
type JSONWriter struct {
	w   io.Writer
	n   int
	buf []byte
	// the arrays of one article's --json shape, reused by the next
	scratch jsonScratch
}

// NewJSONWriter starts a --json array on w.
func NewJSONWriter(w io.Writer) *JSONWriter { return &JSONWriter{w: w} }

// Write adds an article to the array.
func (j *JSONWriter) Write(a *Article) error {
	sep := ",\n "
	if j.n == 0 {
		sep = "[\n "
	}
	j.n++
	j.buf = append(j.buf[:0], sep...)
	j.buf = appendArticle(j.buf, j.scratch.article(a))
	_, err := j.w.Write(j.buf)
	if cap(j.buf) > maxKeptJSON {
		// a huge article's arrays go to the collector rather than staying
		// for the rest of the library
		j.buf, j.scratch = nil, jsonScratch{}
	}
	return err
}

// maxKeptJSON bounds the bytes of --json the writer keeps its arrays for.
const maxKeptJSON = 4 << 20

// Close ends the array.
func (j *JSONWriter) Close() error {
	end := "\n]\n"
	if j.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(j.w, end)
	return err
}

// toJSON is one article in the --json format.
func toJSON(a *Article) jsonArticle {
	var s jsonScratch
	return s.article(a)
}

// jsonScratch holds the arrays that an article's --json shape is made in:
// a library's articles are written one after another, and each one's
// quotations, entities and mentions go into the arrays of the one before
// rather than into arrays of their own (the table of offsets of a file
// not in UTF-8, as long as its text and rare, is made for each). The
// optional strings point into the article.
type jsonScratch struct {
	quotes   []jsonQuote
	entities []jsonEntity
	spans    []jsonSpan // every entity's mentions, a slice each, and the speakers' mentions
}

// article is a in the --json format, in s's arrays, valid until the next
// call.
func (s *jsonScratch) article(a *Article) jsonArticle {
	enc := a.Encoding
	if enc == "" {
		enc = "utf-8"
	}
	off := func(i int) int { return i }
	if enc != "utf-8" {
		// a table from text offsets to disk offsets: one byte on disk per
		// character in windows-1252; in UTF-16 two, or four beyond U+FFFF
		utf16 := strings.HasPrefix(enc, "utf-16")
		table := make([]int32, len(a.Text)+1)
		n := int32(0)
		for i := 0; i < len(a.Text); {
			r, size := utf8.DecodeRuneInString(a.Text[i:])
			switch {
			case !utf16:
				n++
			case r > 0xFFFF:
				n += 4
			default:
				n += 2
			}
			for k := 1; k <= size; k++ {
				table[i+k] = n
			}
			i += size
		}
		off = func(i int) int { return int(table[i]) }
	}
	// a speaker's mention goes among the spans too: no allocation of
	// its own
	n := len(a.Quotes)
	for _, e := range a.Entities {
		n += len(e.Mentions)
	}
	s.spans = slices.Grow(append(s.spans[:0], jsonSpan{}), n)[:0] // never reallocated below: pointers into it stay good
	// never nil: encoding/json, which TestJSONMatchesEncoding holds the
	// writer to, prints an empty list as [] and a nil one as null
	s.quotes = slices.Grow(append(s.quotes[:0], jsonQuote{}), len(a.Quotes))[:0]
	s.entities = slices.Grow(append(s.entities[:0], jsonEntity{}), len(a.Entities))[:0]
	ja := jsonArticle{Path: a.Path, Title: a.Title, Section: a.Section, Date: a.Date, Encoding: enc, Truncated: a.Truncated, Warning: a.Warning,
		Quotes: s.quotes, Entities: s.entities}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		jq := jsonQuote{Text: q.Text, Start: off(q.Start), End: off(q.End), Speech: q.Speech}
		if q.Speaker != "" {
			jq.Speaker = &q.Speaker
		}
		if q.HasSpeakerMention() {
			s.spans = append(s.spans, jsonSpan{Text: a.Text[q.Attributed.Start:q.Attributed.End], Start: off(q.Attributed.Start), End: off(q.Attributed.End)})
			jq.SpeakerMention = &s.spans[len(s.spans)-1]
		}
		if q.Cue != "" {
			jq.Cue = &q.Cue
		}
		if q.Rule != "" {
			jq.Rule = &q.Rule
		}
		ja.Quotes = append(ja.Quotes, jq)
	}
	for _, e := range a.Entities {
		start := len(s.spans)
		for _, m := range e.Mentions {
			s.spans = append(s.spans, jsonSpan{Text: m.Text, Start: off(m.Start), End: off(m.End)})
		}
		ja.Entities = append(ja.Entities, jsonEntity{Name: e.Name, Type: e.Type.String(), Mentions: s.spans[start:len(s.spans):len(s.spans)]})
	}
	for _, f := range a.Furniture {
		ja.Furniture = append(ja.Furniture, jsonFurniture{jsonSpan{Text: a.Text[f.Start:f.End], Start: off(f.Start), End: off(f.End)}, f.Kind})
	}
	return ja
}

// The writer below spells out by hand what encoding/json's Encoder, with
// SetIndent(" ", " ") and SetEscapeHTML(false), writes for jsonArticle:
// on a library of real news, reflection and the second, indenting pass of
// encoding/json cost a tenth of the analysis. TestJSONMatchesEncoding
// pins the two to the same bytes, and fails when a field is added to the
// format but not to the writer.

// jsonIndent starts a line at the given depth: the prefix and one indent
// per level, each a single space.
func jsonIndent(b []byte, depth int) []byte {
	b = append(b, '\n')
	for range depth + 1 {
		b = append(b, ' ')
	}
	return b
}

// jsonKey writes a key of an object's member at depth and the colon.
func jsonKey(b []byte, depth int, key string, first bool) []byte {
	if !first {
		b = append(b, ',')
	}
	b = jsonIndent(b, depth)
	b = append(b, '"')
	b = append(b, key...)
	return append(b, `": `...)
}

func appendArticle(b []byte, a jsonArticle) []byte {
	b = append(b, '{')
	b = appendString(jsonKey(b, 1, "path", true), a.Path)
	b = appendString(jsonKey(b, 1, "title", false), a.Title)
	b = appendString(jsonKey(b, 1, "section", false), a.Section)
	b = appendString(jsonKey(b, 1, "date", false), a.Date)
	b = appendString(jsonKey(b, 1, "encoding", false), a.Encoding)
	if a.Truncated != 0 {
		b = strconv.AppendInt(jsonKey(b, 1, "truncated", false), a.Truncated, 10)
	}
	if a.Warning != "" {
		b = appendString(jsonKey(b, 1, "warning", false), a.Warning)
	}
	b = jsonKey(b, 1, "quotes", false)
	if len(a.Quotes) == 0 {
		b = append(b, "[]"...)
	} else {
		b = append(b, '[')
		for i, q := range a.Quotes {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendQuote(jsonIndent(b, 2), q)
		}
		b = append(jsonIndent(b, 1), ']')
	}
	b = jsonKey(b, 1, "entities", false)
	if len(a.Entities) == 0 {
		b = append(b, "[]"...)
	} else {
		b = append(b, '[')
		for i, e := range a.Entities {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(jsonIndent(b, 2), '{')
			b = appendString(jsonKey(b, 3, "name", true), e.Name)
			b = appendString(jsonKey(b, 3, "type", false), e.Type)
			b = jsonKey(b, 3, "mentions", false)
			if len(e.Mentions) == 0 {
				b = append(b, "[]"...)
			} else {
				b = append(b, '[')
				for k, m := range e.Mentions {
					if k > 0 {
						b = append(b, ',')
					}
					b = appendSpan(jsonIndent(b, 4), &m, 4)
				}
				b = append(jsonIndent(b, 3), ']')
			}
			b = append(jsonIndent(b, 2), '}')
		}
		b = append(jsonIndent(b, 1), ']')
	}
	if len(a.Furniture) > 0 {
		b = append(jsonKey(b, 1, "furniture", false), '[')
		for i, f := range a.Furniture {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(jsonIndent(b, 2), '{')
			b = appendString(jsonKey(b, 3, "text", true), f.Text)
			b = strconv.AppendInt(jsonKey(b, 3, "start", false), int64(f.Start), 10)
			b = strconv.AppendInt(jsonKey(b, 3, "end", false), int64(f.End), 10)
			b = appendString(jsonKey(b, 3, "kind", false), f.Kind)
			b = append(jsonIndent(b, 2), '}')
		}
		b = append(jsonIndent(b, 1), ']')
	}
	return append(jsonIndent(b, 0), '}')
}

func appendQuote(b []byte, q jsonQuote) []byte {
	b = append(b, '{')
	b = appendString(jsonKey(b, 3, "text", true), q.Text)
	b = strconv.AppendInt(jsonKey(b, 3, "start", false), int64(q.Start), 10)
	b = strconv.AppendInt(jsonKey(b, 3, "end", false), int64(q.End), 10)
	b = appendOptString(jsonKey(b, 3, "speaker", false), q.Speaker)
	b = jsonKey(b, 3, "speaker_mention", false)
	if q.SpeakerMention == nil {
		b = append(b, "null"...)
	} else {
		b = appendSpan(b, q.SpeakerMention, 3)
	}
	b = appendOptString(jsonKey(b, 3, "cue", false), q.Cue)
	b = strconv.AppendBool(jsonKey(b, 3, "speech", false), q.Speech)
	b = appendOptString(jsonKey(b, 3, "rule", false), q.Rule)
	return append(jsonIndent(b, 2), '}')
}

// appendSpan writes a span as an object whose members are at depth+1.
func appendSpan(b []byte, s *jsonSpan, depth int) []byte {
	b = append(b, '{')
	b = appendString(jsonKey(b, depth+1, "text", true), s.Text)
	b = strconv.AppendInt(jsonKey(b, depth+1, "start", false), int64(s.Start), 10)
	b = strconv.AppendInt(jsonKey(b, depth+1, "end", false), int64(s.End), 10)
	return append(jsonIndent(b, depth), '}')
}

func appendOptString(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendString(b, *s)
}

// appendString writes s as a JSON string as encoding/json does without
// HTML escaping: quotation marks, backslashes and control characters
// escaped, each byte of invalid UTF-8 as U+FFFD, and U+2028 and U+2029
// escaped for JavaScript's sake.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
