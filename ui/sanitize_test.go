package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestSanitize(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"plain", "Putin said “yes”.", "Putin said “yes”."},
		{"newline kept, tab widened", "a\nb\tc", "a\nb    c"},
		// control sequences from a hostile file
		{"csi clear screen", "x\x1b[2Jy", "x␦y"},
		{"csi colour", "\x1b[31mred\x1b[0m", "␦red␦"},
		{"osc title bel", "a\x1b]0;owned\x07b", "a␦b"},
		{"osc 52 clipboard st", "a\x1b]52;c;aGVsbG8=\x1b\\b", "a␦b"},
		{"osc 8 hyperlink", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "␦link␦"},
		{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "a␦b"},
		{"apc pm sos", "a\x1b_x\x1b\\b\x1b^y\x1b\\c\x1bXz\x1b\\d", "a␦b␦c␦d"},
		{"8-bit csi", "a\u009b2Jb", "a␦b"},
		{"8-bit osc", "a\u009d0;t\u009cb", "a␦b"},
		{"c0 and del", "a\bc\x07d\x7fe\x00f", "a␦c␦d␦e␦f"},
		{"c1", "a\u0085b\u008dc", "a␦b␦c"},
		{"lone esc at end", "abc\x1b", "abc␦"},
		{"two-byte escape", "a\x1bcb", "a␦b"},
		{"unterminated osc stops at line end", "a\x1b]0;title\nnext", "a␦\nnext"},
		{"broken csi keeps following text", "a\x1b[12\u00e9b", "a␦\u00e9b"},
		// bidi controls are shown, not obeyed
		{"bidi override", "abc\u202edcba", "abc␦dcba"},
		{"bidi isolate", "x\u2066y\u2069", "x␦y␦"},
		{"bidi marks dropped", "\u200fmark\u200e, \u061cعلامة", "mark, علامة"},
		{"invalid utf-8", "a\xffb", "a\ufffdb"},
		{"crlf and lone cr", "a\r\nb\rc", "a\nb c"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sanitize(c.in); got != c.want {
				t.Errorf("sanitize(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// Whatever goes in, nothing that a terminal obeys comes out.
func TestSanitizeLeavesNoControls(t *testing.T) {
	var b strings.Builder
	for r := rune(0); r < 0x300; r++ {
		b.WriteRune(r)
	}
	b.WriteString("\x1b[31m\x1b]0;t\x07\u202e\u200e\u200f\u061c\xff\xfe")
	out := sanitize(b.String())
	if !utf8.ValidString(out) {
		t.Fatal("invalid UTF-8 out")
	}
	for _, r := range out {
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
			r == 0x200e || r == 0x200f || r == 0x061c {
			t.Errorf("control %U left in the output", r)
		}
	}
	if line := sanitizeLine("a\nb"); line != "a b" {
		t.Errorf("sanitizeLine = %q", line)
	}
}

func TestSanitizeStyled(t *testing.T) {
	cases := []struct{ in, want string }{
		{"\x1b[1;38;5;2mbold\x1b[0m", "\x1b[1;38;5;2mbold\x1b[0m"},
		{"a\x1b[2Jb\x1b[Hc", "abc"},
		{"x\x1b]52;c;Zm9v\x07y", "x␦y"},
		{"\x1b[4:3mcurly\x1b[m\x1b", "\x1b[4:3mcurly\x1b[m␦"},
		{"\x1b[", ""},
		// Glamour's hyperlinks go, their text stays
		{"\x1b]8;;https://example.org\x1b\\board\x1b]8;;\x1b\\[1]", "board[1]"},
		{"\x1b[4m\x1b]8;id=1;https://x.org\x07link\x1b]8;;\x07\x1b[m", "\x1b[4mlink\x1b[m"},
	}
	for _, c := range cases {
		if got := sanitizeStyled(c.in); got != c.want {
			t.Errorf("sanitizeStyled(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// No-break spaces never break a line: "300 m" stays whole.
func TestNoBreakSpaces(t *testing.T) {
	for _, nb := range []string{"\u00a0", "\u202f", "\u2007"} {
		text := "The wall is now 300" + nb + "m long"
		for w := 8; w <= len(text); w++ {
			for _, l := range wrapRuns([]run{{text: text}}, w).lines {
				if strings.HasSuffix(l, "300") || strings.HasPrefix(l, nb+"m") || strings.HasPrefix(l, "m ") {
					t.Errorf("width %d: %q broke at a no-break space", w, l)
				}
			}
		}
	}
}

// A Markdown table's links draw as their text.
func TestTableLinksDrawAsText(t *testing.T) {
	lines := renderMarkdown("| who | where |\n| --- | --- |\n| [board](https://example.org/board) | pier |\n", 60, true)
	joined := ansi.Strip(strings.Join(lines, "\n"))
	if strings.Contains(joined, "␦") || !strings.Contains(joined, "board") {
		t.Errorf("table drawn as:\n%s", joined)
	}
}

// Text from a file measures the same whether cells are counted by
// character, as Bubble Tea draws unless the terminal counts graphemes
// (tmux and most do not), or by grapheme, as lipgloss and the layout
// count: a family of four joined into one emoji took 2 cells in the
// layout and 8 on screen, so the line ran past the window's edge and
// lost its last word. Joiners between emoji, skin tones and variation
// selectors are dropped; jamo are composed. Joiners in words stay.
func TestDrawnWidthOneWay(t *testing.T) {
	cases := []struct{ in, want string }{
		{"My family 👨\u200d👩\u200d👧\u200d👦 said", "My family 👨👩👧👦 said"},
		{"thumbs 👍🏽 up", "thumbs 👍 up"},
		{"love ❤\ufe0f", "love ❤"},
		{"runner 🏃\u200d♀\ufe0f", "runner 🏃♀"},
		{"rainbow 🏳\ufe0f\u200d🌈", "rainbow 🏳🌈"},
		{"keycap 1\ufe0f\u20e3", "keycap 1\u20e3"},
		{"flag 🇧🇷", "flag 🇧🇷"},
		{"\u1100\u1175\u11b7\u1109\u116e\u110c\u1175\u11ab", "김수진"}, // written as jamo
		{"Nguye\u0302\u0303n", "Nguyễn"},
		{"北京 ירושלים محمود", "北京 ירושלים محمود"},
		{"क्\u200dष", "क्\u200dष"}, // a joiner that shapes a Devanagari letter stays
	}
	for _, c := range cases {
		got := sanitize(c.in)
		if got != c.want {
			t.Errorf("sanitize(%q) = %q, want %q", c.in, got, c.want)
		}
		if !strings.ContainsRune(c.in, 'क') && ansi.StringWidth(got) != ansi.StringWidthWc(got) {
			t.Errorf("%q: %d cells by grapheme, %d by character", got, ansi.StringWidth(got), ansi.StringWidthWc(got))
		}
	}
}

// A paragraph in an Indic script is wrapped so that every line fits the
// width however the terminal counts its vowel signs: counted by grapheme
// alone, 'मदद' ran past the edge of a 40-column window in tmux and was
// lost.
func TestIndicLinesFit(t *testing.T) {
	const text = "प्रधानमंत्री ने कहा कि सरकार हर परिवार की मदद करेगी। தமிழ்நாடு அரசு அறிவித்தது"
	for w := 8; w <= 60; w++ {
		wr := wrapRuns([]run{{text: text}}, w)
		var words []string
		for _, l := range wr.lines {
			if g, c := ansi.StringWidth(l), ansi.StringWidthWc(l); g > w || c > w {
				t.Errorf("width %d: %q takes %d cells by grapheme, %d by character", w, l, g, c)
			}
			words = append(words, strings.Fields(l)...)
		}
		if got := strings.Join(words, ""); got != strings.ReplaceAll(text, " ", "") {
			t.Errorf("width %d: words lost: %q", w, wr.lines)
		}
	}
}

// Sanitising sanitised text leaves it as it is, also where a pass changes
// what stands beside a zero-width joiner: a placeholder where an escape
// sequence was, a second joiner, a variation selector it drops, letters it
// composes into a symbol. A reader of the same file must see the same text
// however often it went through.
func TestSanitizeIdempotent(t *testing.T) {
	for _, in := range []string{
		"\x1b[m\u200d",                    // the placeholder is drawn from the symbol blocks
		"a\x01\u200d",                     // ... and on the other side
		"👍\u200d\u200da",                  // the first joiner goes, then the second stands by the emoji
		"a\u200d\ufe0f👍",                  // the selector goes, then the joiner stands by the emoji
		"\u2203\u0338\u200dx",             // ∃ and a stroke compose to ∄, a symbol
		"क\u200dष", "a\u200db", "🙂\u200d", // joiners that stay or go on the first pass
	} {
		once := sanitize(in)
		if twice := sanitize(once); twice != once {
			t.Errorf("sanitize(%q) = %q, and sanitising that gives %q", in, once, twice)
		}
	}
}
