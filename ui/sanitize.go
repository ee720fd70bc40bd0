package ui

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tabWidth is how many spaces a tab in an article becomes.
const tabWidth = 4

// placeholder stands where sanitize removed something, so that a reader
// sees that the file held more than is shown.
const placeholder = "␦"

// sanitize makes text that came from a file safe to draw: article text,
// headlines, names, paths and error messages all come from strangers, and a
// terminal obeys whatever control sequences reach it (OSC 52 writes the
// clipboard, others retitle the window or move the cursor).
//
// It keeps \n, turns \t into spaces and a carriage return into nothing
// (before \n) or a space, and replaces with a placeholder every other C0
// control, DEL and C1 control, every whole escape sequence (CSI, OSC, DCS
// and the like, in their 7-bit and 8-bit forms) and every bidirectional
// override or isolate, which can make text read differently from what it
// is. Invalid UTF-8 becomes U+FFFD.
//
// Callers that need byte offsets into the original text sanitise each
// segment between offsets separately, so the offsets stay valid.
func sanitize(s string) string {
	if isClean(s) {
		return s
	}
	out := sanitizeOnce(s)
	// Whether a zero-width joiner stays depends on what stands beside it,
	// and a pass changes that: it puts a placeholder (a symbol) where an
	// escape sequence was, drops a selector or another joiner, composes
	// letters into a symbol. So passes repeat while a joiner is left until
	// one changes nothing, and sanitised text sanitises to itself. Every
	// repeat only drops or composes, so the text shrinks until it stops.
	for strings.Contains(out, zwjString) {
		next := sanitizeOnce(out)
		if next == out {
			break
		}
		out = next
	}
	return out
}

// sanitizeOnce is one pass of sanitize.
func sanitizeOnce(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(utf8.RuneError)
		case r == '\n':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteString(strings.Repeat(" ", tabWidth))
		case r == '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				b.WriteByte(' ')
			}
		case r == 0x1b: // ESC
			b.WriteString(placeholder)
			i = skipEscape(s, i+size)
			continue
		case r == 0x9b: // 8-bit CSI
			b.WriteString(placeholder)
			i = skipCSI(s, i+size)
			continue
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // 8-bit DCS, SOS, OSC, PM, APC
			b.WriteString(placeholder)
			i = skipString(s, i+size)
			continue
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidiControl(r):
			b.WriteString(placeholder)
		case emojiPart(r) || r == zwj && joinsEmoji(s, i, size):
			// dropped: see oneWidth
		case isBidiMark(r):
			// dropped: an invisible mark that turns the way the text
			// around it runs, in a terminal that orders right-to-left
			// text, as an override does for a whole stretch
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return oneWidth(b.String())
}

const (
	zwj       = '\u200d'
	zwjString = string(zwj)
)

// oneWidth makes text measure the same however the terminal counts cells.
// Bubble Tea draws by the width of each character unless the terminal
// says it counts whole graphemes (mode 2027; tmux and most terminals do
// not), while lipgloss and the layout here count graphemes: where the
// two differ a line runs past the window's edge and is cut there, words
// lost ('My family 👨‍👩‍👧‍ can go back to normal,” sai'), or falls short
// and moves the columns beside it. So emoji are drawn without what joins
// or colours them (zero-width joiners between them, skin tones and
// variation selectors, which sanitize drops: a family is its four people
// side by side, a thumb is yellow), and decomposed letters are composed
// (Hangul written as jamo takes 11 cells one way and 6 the other).
func oneWidth(s string) string { return composed(s) }

// composed is s with its letters in composed form (NFC).
func composed(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// emojiPart reports whether r only modifies the emoji before it: a skin
// tone or a variation selector (text or emoji presentation).
func emojiPart(r rune) bool {
	return r >= 0x1f3fb && r <= 0x1f3ff || r == '\ufe0e' || r == '\ufe0f'
}

// joinsEmoji reports whether the joiner at s[i:i+size] stands next to an
// emoji, rather than in a word of an Indic or Arabic script, where it
// shapes letters and takes no cell either way.
func joinsEmoji(s string, i, size int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+size:])
	return pictograph(before) || emojiPart(before) || pictograph(after)
}

// pictograph reports whether r is in the blocks where emoji are: symbols,
// arrows and dingbats, and the supplementary emoji planes' blocks.
func pictograph(r rune) bool {
	return r >= 0x2190 && r <= 0x2bff || r >= 0x1f000 && r <= 0x1faff
}

// sanitizeLine is sanitize for text drawn on one line: headlines, names,
// paths. Line breaks and tabs become one space each, as between the words
// of running text: a tab in a headline was four spaces in the list and
// one in the article.
func sanitizeLine(s string) string {
	return strings.ReplaceAll(sanitize(strings.ReplaceAll(s, "\t", " ")), "\n", " ")
}

// isClean reports whether s needs no changes, the common case.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 {
			// non-ASCII needs the careful path: C1, bidi, invalid UTF-8
			return false
		}
	}
	return true
}

// isBidiMark reports whether r is one of the bidirectional marks (left-
// to-right, right-to-left, Arabic letter): with the overrides and isolates
// they are Unicode's bidirectional controls, but where those change how a
// whole stretch reads, a mark stands in right-to-left text for good
// reasons, invisible, so it is dropped rather than shown.
func isBidiMark(r rune) bool { return r == '\u200e' || r == '\u200f' || r == '\u061c' }

func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// skipEscape returns the offset just after the escape sequence whose ESC
// ended at i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// intermediate bytes, then one final byte
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips parameters and intermediates up to and including the final
// byte of a control sequence; it stops early at anything that cannot be part
// of one, so a broken sequence never swallows the text after it.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 0x20 && c <= 0x3f:
			i++
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		default:
			return i
		}
	}
	return i
}

// skipString skips the body of an OSC, DCS, SOS, PM or APC string up to and
// including its terminator: BEL, ESC \ or the 8-bit ST. An unterminated
// string runs to the end of the line.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == '\n':
			return i
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		}
		i++
	}
	return i
}

// sanitizeStyled is sanitize for text that carries styling of our own
// libraries' making (Glamour's output): colour and attribute sequences
// (CSI … m) are kept, everything else is cleaned as sanitize does. Glamour
// decodes HTML entities such as &#27; into live control characters, so its
// output is never trusted as it stands.
func sanitizeStyled(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for s != "" {
		if i := strings.Index(s, "\x1b]8;"); i >= 0 && !strings.Contains(s[:i], "\x1b[") {
			// Glamour wraps links in OSC 8 hyperlinks; the text was made
			// safe before Glamour saw it, so the link goes silently and its
			// text stays
			b.WriteString(sanitize(s[:i]))
			s = s[skipString(s, i+2):]
			continue
		}
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			b.WriteString(sanitize(s))
			break
		}
		b.WriteString(sanitize(s[:i]))
		j := i + 2
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
			j++
		}
		if j < len(s) && s[j] == 'm' {
			b.WriteString(s[i : j+1])
			s = s[j+1:]
			continue
		}
		s = s[skipCSI(s, i+2):] // any other control sequence goes
	}
	return b.String()
}
