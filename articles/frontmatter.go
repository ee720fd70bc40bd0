package articles

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"github.com/byline-reader/byline/model"
)

// frontMatter reads the YAML block (between --- lines) or TOML block
// (between +++ lines) that opens a Markdown file, from offset from (past a
// byte-order mark), into a's title, section, date, source, url and author.
// It returns where the body starts (from when there is no block) and the
// markup inside the title, so that TitleAt reads as the title does. Front
// matter that does not parse still ends where its closing line is: a.Warning
// says what is wrong and its lines are read as plain "key: value" pairs, so
// a title with an unquoted colon is not lost.
func frontMatter(a *model.Article, from int) (int, []model.Markup) {
	t := a.Text
	ls := lines(t, from, len(t))
	if len(ls) < 2 {
		return from, nil
	}
	fence := strings.TrimSpace(t[ls[0].start:ls[0].end])
	if fence != "---" && fence != "+++" {
		return from, nil
	}
	closeAt := -1
	for i := 1; i < len(ls); i++ {
		s := strings.TrimSpace(t[ls[i].start:ls[i].end])
		if s == fence || fence == "---" && s == "..." {
			closeAt = i
			break
		}
	}
	if closeAt < 0 {
		return from, nil // no closing line: not front matter
	}
	body := len(t)
	if closeAt+1 < len(ls) {
		body = ls[closeAt+1].start
	}
	fm := model.Span{Start: ls[1].start, End: ls[closeAt].start}
	var (
		fields []fmField
		err    error
		kind   = "YAML"
	)
	if fence == "+++" {
		kind = "TOML"
		fields, err = tomlFields(t, fm)
	} else {
		fields, err = yamlFields(t, fm)
	}
	if err != nil {
		a.Warning = fmt.Sprintf("Front matter is not valid %s (%s); its lines were read as plain key-value pairs.", kind, lineInFile(err, t, fm))
		sep := byte(':')
		if fence == "+++" {
			sep = '='
		}
		fields = plainFields(t, ls[1:closeAt], sep)
	}
	var markup []model.Markup
	for _, f := range fields {
		v := f.fmValue
		s := strings.Join(strings.Fields(v.text), " ")
		switch f.key {
		case "title":
			a.Title = s
			a.TitleAt, markup = v.at, v.markup
		case "section", "category":
			a.Section = s
		case "date":
			a.Date = s
		case "source":
			a.Source = s
		case "url":
			a.URL = s
		case "author", "authors":
			a.Author = s
		}
	}
	if a.TitleAt.End <= a.TitleAt.Start {
		a.TitleAt, markup = model.Span{}, nil
	}
	return body, markup
}

// fmField is one front-matter key, lower-cased, and its value.
type fmField struct {
	key string
	fmValue
}

// fmValue is one front-matter value: its text and, for the title, where it
// stands in the file and the markup (escapes, quotes) inside.
type fmValue struct {
	text   string
	at     model.Span
	markup []model.Markup
}

// yamlFields reads a YAML mapping. A list of scalars is one value, its
// items joined with ", " (authors: [Ana Ruiz, Li Wei]).
func yamlFields(t string, fm model.Span) ([]fmField, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(t[fm.Start:fm.End]), &doc); err != nil {
		return nil, err
	}
	var out []fmField
	if len(doc.Content) == 0 {
		return nil, nil // empty
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, errors.New("it is not a list of keys and values")
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if seen[k.Value] {
			// the yaml package finds this only when it fills a map
			return nil, fmt.Errorf("yaml: line %d: key %q is given twice", k.Line, k.Value)
		}
		seen[k.Value] = true
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		key := strings.ToLower(k.Value)
		switch v.Kind {
		case yaml.ScalarNode:
			fv := fmValue{text: v.Value}
			if key == "title" {
				fv.at, fv.markup = yamlTitleAt(t, fm, v)
			}
			out = append(out, fmField{key, fv})
		case yaml.SequenceNode:
			var items []string
			for _, c := range v.Content {
				if c.Kind == yaml.ScalarNode && strings.TrimSpace(c.Value) != "" {
					items = append(items, c.Value)
				}
			}
			out = append(out, fmField{key, fmValue{text: strings.Join(items, ", ")}})
		}
	}
	return out, nil
}

// yamlTitleAt finds a scalar's text in the file from its line and column
// (in characters): past an opening quote, or to the line after a block
// indicator (| or >).
func yamlTitleAt(t string, fm model.Span, v *yaml.Node) (model.Span, []model.Markup) {
	i := fm.Start
	for l := 1; l < v.Line; l++ {
		j := strings.IndexByte(t[i:fm.End], '\n')
		if j < 0 {
			return model.Span{}, nil
		}
		i += j + 1
	}
	for c := 1; c < v.Column && i < fm.End; c++ {
		_, size := utf8.DecodeRuneInString(t[i:fm.End])
		i += size
	}
	var style quoteStyle
	switch {
	case v.Style&yaml.DoubleQuotedStyle != 0:
		style, i = escapedQuotes, i+1
	case v.Style&yaml.SingleQuotedStyle != 0:
		style, i = doubledQuotes, i+1
	case v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		j := strings.IndexByte(t[i:fm.End], '\n')
		if j < 0 {
			return model.Span{}, nil
		}
		i += j + 1
	}
	return alignTitle(t, i, fm.End, style, v.Value)
}

// tomlFields reads a TOML table's top-level keys, in the order of their
// names (TOML keeps none). Arrays of strings are one value, joined with
// ", "; a date is written as YYYY-MM-DD, a time as RFC 3339.
func tomlFields(t string, fm model.Span) ([]fmField, error) {
	var m map[string]any
	if _, err := toml.Decode(t[fm.Start:fm.End], &m); err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []fmField
	for _, k := range keys {
		v := m[k]
		var s string
		switch v := v.(type) {
		case string:
			s = v
		case time.Time:
			s = v.Format(time.RFC3339)
			if v.Hour() == 0 && v.Minute() == 0 && v.Second() == 0 && v.Nanosecond() == 0 {
				s = v.Format("2006-01-02")
			}
		case []any:
			var items []string
			for _, it := range v {
				if it, ok := it.(string); ok && strings.TrimSpace(it) != "" {
					items = append(items, it)
				}
			}
			s = strings.Join(items, ", ")
		default:
			continue
		}
		key := strings.ToLower(k)
		fv := fmValue{text: s}
		if key == "title" {
			fv.at, fv.markup = tomlTitleAt(t, fm, s)
		}
		out = append(out, fmField{key, fv})
	}
	return out, nil
}

// tomlKey is a title key and its equals sign; tomlTable is a table header.
var (
	tomlKey   = regexp.MustCompile(`(?m)^[ \t]*(?:title|"title"|'title')[ \t]*=[ \t]*`)
	tomlTable = regexp.MustCompile(`(?m)^[ \t]*\[`)
)

// tomlTitleAt finds the title's string in the file: the first title key
// before any [table] header.
func tomlTitleAt(t string, fm model.Span, title string) (model.Span, []model.Markup) {
	src := t[fm.Start:fm.End]
	loc := tomlKey.FindStringIndex(src)
	if loc == nil {
		return model.Span{}, nil
	}
	if h := tomlTable.FindStringIndex(src); h != nil && h[0] < loc[0] {
		return model.Span{}, nil
	}
	i := fm.Start + loc[1]
	var style quoteStyle
	switch rest := t[i:fm.End]; {
	case strings.HasPrefix(rest, `"""`), strings.HasPrefix(rest, `'''`):
		if rest[0] == '"' {
			style = escapedQuotes
		}
		i += 3
		if strings.HasPrefix(t[i:fm.End], "\r\n") {
			i += 2
		} else if strings.HasPrefix(t[i:fm.End], "\n") {
			i++
		}
	case strings.HasPrefix(rest, `"`):
		style, i = escapedQuotes, i+1
	case strings.HasPrefix(rest, `'`):
		i++ // a literal string: no escapes
	default:
		return model.Span{}, nil
	}
	return alignTitle(t, i, fm.End, style, title)
}

// quoteStyle is how a quoted string writes what it cannot write plainly.
type quoteStyle int

const (
	plainQuotes   quoteStyle = iota // nothing is escaped
	escapedQuotes                   // backslash escapes: YAML "…", TOML "…" and """…"""
	doubledQuotes                   // a quotation mark written twice: YAML '…'
)

// alignTitle walks the title as it is written in t from offset i (before
// limit) along its value and returns the span it covers and the markup in
// it: escapes, which stand for their character, and doubled quotation
// marks. Runs of white space (a folded or wrapped title) match one space.
// It gives up, returning a zero span, when the two part ways.
func alignTitle(t string, i, limit int, style quoteStyle, value string) (model.Span, []model.Markup) {
	want := strings.Join(strings.Fields(value), " ")
	if want == "" {
		return model.Span{}, nil
	}
	for i < limit && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n') {
		i++
	}
	start := i
	var markup []model.Markup
	for j := 0; j < len(want); {
		if i >= limit {
			return model.Span{}, nil
		}
		c := t[i]
		switch {
		case want[j] == ' ' && isSpace(c):
			for i < limit && isSpace(t[i]) {
				i++
			}
			j++
		case style == escapedQuotes && c == '\\':
			n, r := escapeAt(t[i:limit])
			if n == 0 {
				return model.Span{}, nil
			}
			m := model.Markup{Span: model.Span{Start: i, End: i + n}}
			i += n
			if r < 0 { // an escaped line break joins the lines
				for i < limit && isSpace(t[i]) {
					i++
				}
				m.End = i
				markup = append(markup, m)
				continue
			}
			if unicode.IsSpace(r) && want[j] == ' ' {
				markup = append(markup, m)
				j++
				continue
			}
			wr, size := utf8.DecodeRuneInString(want[j:])
			if wr != r {
				return model.Span{}, nil
			}
			if s := string(r); len(s) <= n && !unicode.IsControl(r) {
				m.With = s
			}
			markup = append(markup, m)
			j += size
		case style == doubledQuotes && c == '\'' && i+1 < limit && t[i+1] == '\'' && want[j] == '\'':
			markup = append(markup, model.Markup{Span: model.Span{Start: i, End: i + 1}})
			i += 2
			j++
		default:
			wr, size := utf8.DecodeRuneInString(want[j:])
			r, n := utf8.DecodeRuneInString(t[i:limit])
			if r != wr {
				return model.Span{}, nil
			}
			i += n
			j += size
		}
	}
	return model.Span{Start: start, End: i}, markup
}

// escapeAt reads the backslash escape s opens with, in YAML's or TOML's
// double-quoted strings: its length and the character it stands for, -1
// for an escaped line break; 0, 0 when it is not one.
func escapeAt(s string) (int, rune) {
	if len(s) < 2 {
		return 0, 0
	}
	c := s[1]
	if r, ok := simpleEscapes[c]; ok {
		return 2, r
	}
	if d, ok := hexEscapes[c]; ok && len(s) >= 2+d {
		v, err := strconv.ParseUint(s[2:2+d], 16, 32)
		if err != nil || !utf8.ValidRune(rune(v)) {
			return 0, 0
		}
		return 2 + d, rune(v)
	}
	if c == '\n' {
		return 2, -1
	}
	if c == '\r' && len(s) > 2 && s[2] == '\n' {
		return 3, -1
	}
	return 0, 0
}

// simpleEscapes are the one-letter escapes of YAML and TOML; hexEscapes
// are those followed by so many hex digits.
var (
	simpleEscapes = map[byte]rune{'0': 0, 'a': 7, 'b': 8, 't': '\t', '\t': '\t', 'n': '\n', 'v': 11, 'f': 12, 'r': '\r',
		'e': 27, ' ': ' ', '"': '"', '/': '/', '\\': '\\', 'N': 0x85, '_': 0xA0, 'L': 0x2028, 'P': 0x2029}
	hexEscapes = map[byte]int{'x': 2, 'u': 4, 'U': 8}
)

// plainFields reads lines as "key: value" (or "key = value"), quotes
// around a value dropped: how front matter that does not parse is read.
func plainFields(t string, ls []line, sep byte) []fmField {
	var out []fmField
	for _, l := range ls {
		s := t[l.start:l.end]
		at := strings.IndexByte(s, sep)
		if at < 0 {
			continue
		}
		vl := trimLine(t, line{l.start + at + 1, l.end})
		if vl.end-vl.start >= 2 && (t[vl.start] == '"' && t[vl.end-1] == '"' || t[vl.start] == '\'' && t[vl.end-1] == '\'') {
			vl.start++
			vl.end--
		}
		out = append(out, fmField{strings.ToLower(strings.TrimSpace(s[:at])), fmValue{text: t[vl.start:vl.end], at: model.Span{Start: vl.start, End: vl.end}}})
	}
	return out
}

// yamlLine finds the line number in a YAML error message.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// lineInFile says where in the file a front-matter error is: the parsers
// count lines from the start of the block.
func lineInFile(err error, t string, fm model.Span) string {
	first := strings.Count(t[:fm.Start], "\n") // lines before the block's first
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return fmt.Sprintf("line %d: %s", first+pe.Position.Line, pe.Message)
	}
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return fmt.Sprintf("line %d: %s", first+n, msg[len(m[0]):])
	}
	return strings.TrimPrefix(msg, "yaml: ")
}
