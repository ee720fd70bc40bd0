package ui

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/model/analysis"
)

// sgr matches the colour and attribute sequences the reader itself draws.
var sgr = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// checkSafe fails when anything a terminal would obey, other than colours
// and attributes, is in s.
func checkSafe(t *testing.T, s string) {
	t.Helper()
	rest := sgr.ReplaceAllString(s, "")
	for i, r := range rest {
		if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidiControl(r) {
			t.Fatalf("control %U at %d reaches the terminal: %q", r, i, rest[max(0, i-20):min(len(rest), i+20)])
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"plain", "\x1b[31mred", "\x1b]52;c;eA==\x07", "\u009b2J", "a\r\nb\tc", "\u202e\xff\xfe", "\x1bP\x1b\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := sanitize(s)
		if !utf8.ValidString(out) {
			t.Fatal("invalid UTF-8 out")
		}
		checkSafe(t, strings.ReplaceAll(out, "\x1b", "\x00")) // no ESC at all may survive
		if again := sanitize(out); again != out {
			t.Fatalf("not idempotent: %q → %q", out, again)
		}
		checkSafe(t, sanitizeStyled(s))
	})
}

// FuzzArticleView loads any bytes as an article, opens it in the reader at
// any size, moves through its links and follows one: the screen must fit
// the window and carry nothing but text and styling.
func FuzzArticleView(f *testing.F) {
	f.Add([]byte("Headline\n“We will,” Ann Lee said. “Soon.”\nWorld"), false, uint8(80), uint8(24))
	f.Add([]byte("---\ntitle: \x1b]0;pwned\x07\n---\n# H\n\n| a | b |\n| - | - |\n| &#27;[2J | x |\n\n```\ncode\n\n```"), true, uint8(60), uint8(10))
	f.Add([]byte("T\n\u202eevil\u202c “x\x1b[2Jy,” said Bob Fox.\r\n"), false, uint8(5), uint8(3))
	f.Fuzz(func(t *testing.T, data []byte, markdown bool, w, h uint8) {
		name := "2026-01-01-a.txt"
		if markdown {
			name = "2026-01-01-a.md"
		}
		a, err := articles.Parse(name, data)
		if err != nil {
			return
		}
		analysis.Analyze(a)
		app := New(model.NewLibrary([]*model.Article{a}), []string{"x\x1b[2J: bad"})
		width, height := int(w%160)+1, int(h%60)+1
		app = drive(t, app, tea.WindowSizeMsg{Width: width, Height: height}, keyEnter)
		for i := 0; i < 4; i++ {
			app = drive(t, app, keyTab)
			s := app.View().Content
			checkSafe(t, s)
			checkFitsF(t, s, width, height)
		}
		app = drive(t, app, keyEnter)
		s := app.View().Content
		checkSafe(t, s)
		checkFitsF(t, s, width, height)
	})
}

func checkFitsF(t *testing.T, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Fatalf("%d lines in a window %d high", len(lines), h)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Fatalf("line %d cells wide in a window %d wide: %q", ansi.StringWidth(l), w, ansi.Strip(l))
		}
	}
}
