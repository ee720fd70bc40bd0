package model

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
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

// TestJSONMatchesEncoding pins the hand-made writer to encoding/json's
// bytes on articles with and without quotations, entities, speakers,
// mentions, cues and rules, and with strings of every awkward kind.
func TestJSONMatchesEncoding(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	opt := func() *string {
		if r.IntN(3) == 0 {
			return nil
		}
		s := oddString(r)
		return &s
	}
	cases := []jsonArticle{
		{Quotes: []jsonQuote{}, Entities: []jsonEntity{}},
		{Path: "a.txt", Encoding: "utf-8", Truncated: 1 << 40, Quotes: []jsonQuote{}, Entities: []jsonEntity{}},
	}
	for range 300 {
		a := jsonArticle{Path: oddString(r), Title: oddString(r), Section: oddString(r), Date: oddString(r),
			Encoding: oddString(r), Quotes: []jsonQuote{}, Entities: []jsonEntity{}}
		if r.IntN(4) == 0 {
			a.Truncated = r.Int64N(1 << 33)
		}
		for range r.IntN(4) {
			q := jsonQuote{Text: oddString(r), Start: r.IntN(100000), End: r.IntN(100000), Speaker: opt(), Cue: opt(),
				Rule: opt(), Speech: r.IntN(2) == 0}
			if r.IntN(2) == 0 {
				q.SpeakerMention = &jsonSpan{Text: oddString(r), Start: r.IntN(1000), End: r.IntN(1000)}
			}
			a.Quotes = append(a.Quotes, q)
		}
		for range r.IntN(4) {
			e := jsonEntity{Name: oddString(r), Type: oddString(r), Mentions: []jsonSpan{}}
			for range r.IntN(3) {
				e.Mentions = append(e.Mentions, jsonSpan{Text: oddString(r), Start: r.IntN(1000), End: r.IntN(1000)})
			}
			a.Entities = append(a.Entities, e)
		}
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
