package model

import (
	"bytes"
	"encoding/json"
	"io"
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
	buf bytes.Buffer
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
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(" ", " ")
	if err := enc.Encode(toJSON(a)); err != nil {
		return err
	}
	if _, err := io.WriteString(j.w, sep); err != nil {
		return err
	}
	_, err := j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")))
	return err
}

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
	ja := jsonArticle{Path: a.Path, Title: a.Title, Section: a.Section, Date: a.Date, Encoding: enc, Truncated: a.Truncated, Warning: a.Warning,
		Quotes: []jsonQuote{}, Entities: []jsonEntity{}}
	for _, q := range a.Quotes {
		jq := jsonQuote{Text: q.Text, Start: off(q.Start), End: off(q.End), Speech: q.Speech}
		if q.Speaker != "" {
			s := q.Speaker
			jq.Speaker = &s
		}
		if q.HasSpeakerMention() {
			jq.SpeakerMention = &jsonSpan{Text: a.Text[q.Attributed.Start:q.Attributed.End], Start: off(q.Attributed.Start), End: off(q.Attributed.End)}
		}
		if q.Cue != "" {
			c := q.Cue
			jq.Cue = &c
		}
		if q.Rule != "" {
			r := q.Rule
			jq.Rule = &r
		}
		ja.Quotes = append(ja.Quotes, jq)
	}
	for _, e := range a.Entities {
		je := jsonEntity{Name: e.Name, Type: e.Type.String(), Mentions: []jsonSpan{}}
		for _, m := range e.Mentions {
			je.Mentions = append(je.Mentions, jsonSpan{Text: m.Text, Start: off(m.Start), End: off(m.End)})
		}
		ja.Entities = append(ja.Entities, je)
	}
	for _, f := range a.Furniture {
		ja.Furniture = append(ja.Furniture, jsonFurniture{jsonSpan{Text: a.Text[f.Start:f.End], Start: off(f.Start), End: off(f.End)}, f.Kind})
	}
	return ja
}
