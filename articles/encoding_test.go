package articles

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf16"

	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/model/analysis"
)

// utf16Bytes writes s as UTF-16 with a byte-order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune("\uFEFF" + s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecodeUTF16(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		text string
		enc  string
	}{
		{"little-endian", utf16Bytes("Hafen £ 😀", false), "\uFEFFHafen £ 😀", "utf-16le"},
		{"big-endian", utf16Bytes("Hafen £ 😀", true), "\uFEFFHafen £ 😀", "utf-16be"},
		// errors
		{"odd last byte", append(utf16Bytes("ab", false), 'c'), "\uFEFFab", "utf-16le"},
		{"cut in a surrogate pair", utf16Bytes("a😀", false)[:6], "\uFEFFa", "utf-16le"},
		{"lone low surrogate", append(utf16Bytes("a", false), 0x00, 0xDC, 'b', 0), "\uFEFFa\uFFFDb", "utf-16le"},
		{"no byte-order mark: not UTF-16", []byte("a\x00b\x00"), "a\x00b\x00", "utf-8"},
	}
	for _, c := range cases {
		text, enc := decode(c.data, false)
		if text != c.text || enc != c.enc {
			t.Errorf("%s: %q %s, want %q %s", c.name, text, enc, c.text, c.enc)
		}
	}
}

// A UTF-16 file parses like any other, and --json gives offsets into the
// file as it is on disk: its bytes between start and end, decoded, are the
// quotation and the name.
func TestUTF16Article(t *testing.T) {
	for _, name := range []string{"harbour.txt", "harbour.md"} {
		for _, big := range []bool{false, true} {
			body := "Hafen 😀 news\n\nThe plan is “a bridge, not a wall,” said Anneliese Varga on Tuesday.\n"
			if name == "harbour.md" {
				body = "---\ntitle: Hafen 😀 news\n---\nThe plan is “a bridge, not a wall,” said **Anneliese Varga** on Tuesday.\n"
			}
			data := utf16Bytes(body, big)
			a, err := Parse(name, data)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Hafen 😀 news" || a.Encoding != map[bool]string{false: "utf-16le", true: "utf-16be"}[big] {
				t.Fatalf("%s: title %q encoding %s", name, a.Title, a.Encoding)
			}
			analysis.Analyze(a)
			if err := a.Check(); err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			w := model.NewJSONWriter(&buf)
			if err := w.Write(a); err != nil {
				t.Fatal(err)
			}
			w.Close()
			var out []struct {
				Quotes []struct {
					Start, End int
					Speaker    *string
				}
				Entities []struct {
					Mentions []struct {
						Text       string
						Start, End int
					}
				}
			}
			if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
				t.Fatal(err)
			}
			onDisk := func(s, e int) string {
				if s < 0 || e > len(data) || s > e || s%2 != 0 || e%2 != 0 {
					t.Fatalf("%s: offsets %d-%d in a file of %d bytes", name, s, e, len(data))
				}
				text, _ := decode(append(append([]byte(nil), data[:2]...), data[s:e]...), false)
				return text[len("\uFEFF"):]
			}
			if len(out[0].Quotes) != 1 || out[0].Quotes[0].Speaker == nil || *out[0].Quotes[0].Speaker != "Anneliese Varga" {
				t.Fatalf("%s: quotations %+v", name, out[0].Quotes)
			}
			if got := onDisk(out[0].Quotes[0].Start, out[0].Quotes[0].End); got != "“a bridge, not a wall,”" {
				t.Errorf("%s: the quotation's bytes on disk read %q", name, got)
			}
			for _, e := range out[0].Entities {
				for _, m := range e.Mentions {
					if got := onDisk(m.Start, m.End); got != m.Text {
						t.Errorf("%s: mention %q reads %q on disk", name, m.Text, got)
					}
				}
			}
		}
	}
}

func TestUTF16Rejects(t *testing.T) {
	if _, err := Parse("x.txt", utf16Bytes(" \n", false)); err != ErrEmpty {
		t.Errorf("blank UTF-16: %v", err)
	}
	if _, err := Parse("x.txt", utf16Bytes("PNG\x00\x01", false)); err != ErrBinary {
		t.Errorf("UTF-16 with NUL characters: %v", err)
	}
}
