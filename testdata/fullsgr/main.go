// Command fullsgr rewrites terminal output captured by tmux so that freeze
// draws it as the terminal did. tmux writes each style as a change from
// the one before (after bold-underline, "\x1b[1m" keeps the underline);
// freeze reads every style on its own. fullsgr writes each in full, gives
// text with no colour of its own the theme's colours, and draws reverse
// video by swapping them, which freeze does not do itself.
//
//	fullsgr -fg 230,230,230 -bg 30,30,30 <capture.ansi >picture.ansi
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// style is the state a run of SGR sequences leaves.
type style struct {
	bold, faint, italic, underline, reverse, strike bool
	fg, bg                                          string // "" for the default, else "38;…" / "48;…" parameters
}

// apply reads the parameters of one SGR sequence.
func (s *style) apply(params string) {
	ps := strings.FieldsFunc(params, func(r rune) bool { return r == ';' })
	if len(ps) == 0 {
		*s = style{}
		return
	}
	for i := 0; i < len(ps); i++ {
		p := ps[i]
		if j := strings.IndexByte(p, ':'); j >= 0 { // 4:3 curly underline and the like
			p = p[:j]
		}
		n, _ := strconv.Atoi(p)
		switch {
		case n == 0:
			*s = style{}
		case n == 1:
			s.bold = true
		case n == 2:
			s.faint = true
		case n == 3:
			s.italic = true
		case n == 4:
			s.underline = true
		case n == 7:
			s.reverse = true
		case n == 9:
			s.strike = true
		case n == 22:
			s.bold, s.faint = false, false
		case n == 23:
			s.italic = false
		case n == 24:
			s.underline = false
		case n == 27:
			s.reverse = false
		case n == 29:
			s.strike = false
		case n == 38 || n == 48:
			var c string
			if i+1 < len(ps) && ps[i+1] == "5" && i+2 < len(ps) {
				c, i = fmt.Sprintf("%d;5;%s", n, ps[i+2]), i+2
			} else if i+1 < len(ps) && ps[i+1] == "2" && i+4 < len(ps) {
				c, i = fmt.Sprintf("%d;2;%s;%s;%s", n, ps[i+2], ps[i+3], ps[i+4]), i+4
			}
			if n == 38 {
				s.fg = c
			} else {
				s.bg = c
			}
		case n == 39:
			s.fg = ""
		case n == 49:
			s.bg = ""
		case n >= 30 && n <= 37 || n >= 90 && n <= 97:
			s.fg = p
		case n >= 40 && n <= 47 || n >= 100 && n <= 107:
			s.bg = p
		}
	}
}

// sgr is the style written in full, with the theme's colours for the
// defaults and reverse video drawn as swapped colours.
func (s style) sgr(fg, bg string) string {
	f, b := s.fg, s.bg
	if f == "" {
		f = "38;2;" + fg
	}
	if b == "" && s.reverse {
		b = "48;2;" + bg
	}
	if s.reverse {
		f, b = asFg(b), asBg(f)
	}
	out := []string{"0"}
	for _, a := range []struct {
		on   bool
		code string
	}{{s.bold, "1"}, {s.faint, "2"}, {s.italic, "3"}, {s.underline, "4"}, {s.strike, "9"}} {
		if a.on {
			out = append(out, a.code)
		}
	}
	out = append(out, f)
	if b != "" {
		out = append(out, b)
	}
	return "\x1b[" + strings.Join(out, ";") + "m"
}

// asBg turns a foreground colour's parameters into the same background.
func asBg(c string) string {
	if strings.HasPrefix(c, "38;") {
		return "48" + c[2:]
	}
	n, _ := strconv.Atoi(c)
	return strconv.Itoa(n + 10) // 30-37 and 90-97 to 40-47 and 100-107
}

// asFg turns a background colour's parameters into the same foreground.
func asFg(c string) string {
	if strings.HasPrefix(c, "48;") {
		return "38" + c[2:]
	}
	n, _ := strconv.Atoi(c)
	return strconv.Itoa(n - 10)
}

func main() {
	fg := flag.String("fg", "230,230,230", "the terminal's foreground, r,g,b")
	bg := flag.String("bg", "30,30,30", "the terminal's background, r,g,b")
	flag.Parse()
	f, b := strings.ReplaceAll(*fg, ",", ";"), strings.ReplaceAll(*bg, ",", ";")
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for {
		line, err := in.ReadString('\n')
		if line != "" {
			var s style // tmux starts every captured line afresh
			out.WriteString(s.sgr(f, b))
			for line != "" {
				i := strings.Index(line, "\x1b[")
				if i < 0 {
					out.WriteString(line)
					break
				}
				out.WriteString(line[:i])
				j := i + 2
				for j < len(line) && (line[j] >= '0' && line[j] <= '9' || line[j] == ';' || line[j] == ':') {
					j++
				}
				if j < len(line) && line[j] == 'm' {
					s.apply(line[i+2 : j])
					out.WriteString(s.sgr(f, b))
					line = line[j+1:]
					continue
				}
				out.WriteString(line[i:j])
				line = line[j:]
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "fullsgr:", err)
			os.Exit(1)
		}
	}
}
