package model

import (
	"bytes"
	"encoding/json"
	"io"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// encodingJSON is how the --json array's articles were written before the
// hand-made writer: encoding/json, indented, without HTML escaping.
func encodingJSON(t *testing.T, a jsonArticle) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(" ", " ")
	if err := enc.Encode(a); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// oddPieces are the parts of strings that JSON escapes, or might wrongly:
// quotation marks, backslashes, control bytes, invalid UTF-8, the line and
// paragraph separators, HTML's specials (left alone) and plain text.
var oddPieces = []string{"\"", "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f", "\xff", "\xe2\x80",
	"\u2028", "\u2029", "<", ">", "&", "é", "’", "日本", "Nora Quill", " ", "/", "\U0001F600"}

func oddString(r *rand.Rand) string {
	var b strings.Builder
	for range r.IntN(6) {
		b.WriteString(oddPieces[r.IntN(len(oddPieces))])
	}
	return b.String()
}

// fill sets every field of the value v points to, by reflection, so that
// a field added to the format is written in the test's articles whether or
// not the writer knows it: strings of every awkward kind, numbers, both
// booleans, pointers nil or set, lists empty or not (those marked
// omitempty sometimes nil).
func fill(r *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(oddString(r))
	case reflect.Int, reflect.Int64:
		if r.IntN(4) > 0 {
			v.SetInt(r.Int64N(1 << 33))
		}
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Pointer:
		if r.IntN(3) > 0 {
			v.Set(reflect.New(v.Type().Elem()))
			fill(r, v.Elem())
		}
	case reflect.Slice:
		n := r.IntN(4)
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := range n {
			fill(r, v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			fill(r, v.Field(i))
			if f.Type.Kind() == reflect.Slice && strings.Contains(f.Tag.Get("json"), "omitempty") && r.IntN(3) == 0 {
				v.Field(i).SetZero()
			}
		}
	default:
		panic("fill: teach it " + v.Kind().String())
	}
}

// TestJSONMatchesEncoding pins the hand-made writer to encoding/json's
// bytes on articles with every field set or not, and with strings of
// every awkward kind.
func TestJSONMatchesEncoding(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := []jsonArticle{
		{Quotes: []jsonQuote{}, Entities: []jsonEntity{}},
		toJSON(&Article{Path: "a.txt", Truncated: 1 << 40}),
	}
	for range 500 {
		var a jsonArticle
		fill(r, reflect.ValueOf(&a).Elem())
		cases = append(cases, a)
	}
	for i, a := range cases {
		if got, want := string(appendArticle(nil, a)), encodingJSON(t, a); got != want {
			t.Fatalf("article %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

// TestJSONWriterArray checks the array around the articles: empty, one,
// several.
func TestJSONWriterArray(t *testing.T) {
	for n, want := range []string{"[]\n", "[\n {X}\n]\n", "[\n {X},\n {X}\n]\n"} {
		var buf bytes.Buffer
		j := NewJSONWriter(&buf)
		for range n {
			if err := j.Write(&Article{Path: "p"}); err != nil {
				t.Fatal(err)
			}
		}
		if err := j.Close(); err != nil {
			t.Fatal(err)
		}
		one := string(appendArticle(nil, toJSON(&Article{Path: "p"})))
		if got := strings.ReplaceAll(buf.String(), one, "{X}"); got != want {
			t.Errorf("%d articles: got %q, want %q", n, got, want)
		}
	}
}

// BenchmarkJSONWriter writes an article the size of a long news story,
// twenty quotations and fifty entities of four mentions each, as --json
// writes every article of a library: the allocations a write makes are
// the collector's work on the goroutine that prints.
func BenchmarkJSONWriter(b *testing.B) {
	text := strings.Repeat("“We will not stop,” said Ann Reed of the Kessary Harbour Board. ", 60)
	a := &Article{Path: "news/a.txt", Title: "A title", Text: text}
	for i := range 20 {
		at := i * 64
		a.Quotes = append(a.Quotes, Quote{Span: Span{Start: at, End: at + 23}, Text: text[at+3 : at+20], Speaker: "Ann Reed",
			Attributed: Span{Start: at + 29, End: at + 37}, Cue: "said", Speech: true, Rule: "tag-after"})
	}
	for i := range 50 {
		e := Entity{Name: "Kessary Harbour Board", Type: Organization}
		for k := range 4 {
			at := (i*4+k)%60*64 + 45
			e.Mentions = append(e.Mentions, Mention{Span: Span{Start: at, End: at + 21}, Text: text[at : at+21], Entity: i})
		}
		a.Entities = append(a.Entities, e)
	}
	j := NewJSONWriter(io.Discard)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := j.Write(a); err != nil {
			b.Fatal(err)
		}
	}
}
