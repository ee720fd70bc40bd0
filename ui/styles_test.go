package ui

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// linear is an sRGB channel (0-65535) in linear light.
func linear(c uint32) float64 {
	v := float64(c) / 0xffff
	if v <= 0.04045 {
		return v / 12.92
	}
	return math.Pow((v+0.055)/1.055, 2.4)
}

// luminance is WCAG's relative luminance.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return 0.2126*linear(r) + 0.7152*linear(g) + 0.0722*linear(b)
}

// contrast is WCAG's contrast ratio, 1 to 21.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// oklab is a colour in the OKLab space, where distance follows what the
// eye sees.
func oklab(c color.Color) [3]float64 {
	r, g, b, _ := c.RGBA()
	lr, lg, lb := linear(r), linear(g), linear(b)
	l := math.Cbrt(0.4122214708*lr + 0.5363325363*lg + 0.0514459929*lb)
	m := math.Cbrt(0.2119034982*lr + 0.6806995451*lg + 0.1073969566*lb)
	s := math.Cbrt(0.0883024619*lr + 0.2817188376*lg + 0.6299787005*lb)
	return [3]float64{
		0.2104542553*l + 0.7936177850*m - 0.0040720468*s,
		1.9779984951*l - 2.4285922050*m + 0.4505937099*s,
		0.0259040371*l + 0.7827717662*m - 0.8086757660*s,
	}
}

// backgrounds are terminal backgrounds the colours must read on: black,
// the common dark greys, white and an off-white.
var backgrounds = map[bool][]string{
	true:  {"#000000", "#1E1E1E", "#282A36"},
	false: {"#FFFFFF", "#F5F5F5"},
}

// Every text colour of the status line, the help, the lists and the
// article reads at WCAG AA (4.5:1) on dark and light backgrounds.
func TestContrast(t *testing.T) {
	for _, dark := range []bool{true, false} {
		s := NewStyles(dark)
		styles := map[string]lipgloss.Style{
			"Status": s.Status, "StatusKey": s.StatusKey, "Warning": s.Warning, "Faint": s.Faint, "Meta": s.Meta,
			"Title": s.Title, "Heading": s.Heading, "Code": s.Code, "Unattributed": s.Unattributed,
			"ListTitle": s.ListTitle, "ItemTitle": s.ItemTitle, "ItemMeta": s.ItemMeta,
			"ItemSelected": s.ItemSelected, "ItemSelectedMeta": s.ItemSelectedMeta,
			"Help.ShortKey": s.Help.ShortKey, "Help.ShortDesc": s.Help.ShortDesc, "Help.ShortSeparator": s.Help.ShortSeparator,
			"Help.FullKey": s.Help.FullKey, "Help.FullDesc": s.Help.FullDesc, "Help.Ellipsis": s.Help.Ellipsis,
			"List.StatusBar": s.ListBase.StatusBar, "List.StatusBarFilterCount": s.ListBase.StatusBarFilterCount,
			"List.NoItems": s.ListBase.NoItems, "List.ArabicPagination": s.ListBase.ArabicPagination,
			"Evidence": s.Evidence, "EvidenceWords": s.EvidenceWords,
		}
		for i, sp := range s.Speakers {
			styles["Speakers["+string(rune('a'+i))+"]"] = sp
		}
		for name, st := range styles {
			fg := st.GetForeground()
			if _, none := fg.(lipgloss.NoColor); none || fg == nil {
				t.Errorf("dark %v: %s has no colour of its own", dark, name)
				continue
			}
			for _, bg := range backgrounds[dark] {
				if c := contrast(fg, lipgloss.Color(bg)); c < 4.5 {
					t.Errorf("dark %v: %s is %.1f:1 on %s", dark, name, c, bg)
				}
			}
		}
		// the search marks carry their own ground
		for name, st := range map[string]lipgloss.Style{"Match": s.Match, "MatchCurrent": s.MatchCurrent} {
			if c := contrast(st.GetForeground(), st.GetBackground()); c < 4.5 {
				t.Errorf("%s is %.1f:1", name, c)
			}
		}
	}
}

// At least sixteen speaker colours per theme, each far enough from every
// other to tell apart: a distance in OKLab of 0.065 or more, over three
// times the 0.02 the eye just notices. (Sixteen colours that all read at
// 4.5:1 on one background cannot be much further apart.)
func TestSpeakerColoursDistinct(t *testing.T) {
	for _, dark := range []bool{true, false} {
		sp := NewStyles(dark).Speakers
		if len(sp) < 16 {
			t.Fatalf("dark %v: %d speaker colours", dark, len(sp))
		}
		for i := range sp {
			for j := i + 1; j < len(sp); j++ {
				a, b := oklab(sp[i].GetForeground()), oklab(sp[j].GetForeground())
				d := math.Sqrt((a[0]-b[0])*(a[0]-b[0]) + (a[1]-b[1])*(a[1]-b[1]) + (a[2]-b[2])*(a[2]-b[2]))
				if d < 0.065 {
					t.Errorf("dark %v: speaker colours %d and %d are %.3f apart", dark, i, j, d)
				}
			}
		}
	}
}

// --theme light (or dark) keeps its colours whatever the terminal says,
// and does not ask it.
func TestFixedTheme(t *testing.T) {
	a := New(testLibrary(t), nil).WithTheme("light")
	if a.st.isDark {
		t.Fatal("WithTheme(light) did not choose light colours")
	}
	if a.Init() != nil {
		t.Error("a fixed theme still asks the terminal for its background")
	}
	a = drive(t, a, tea.BackgroundColorMsg{Color: color.Black})
	if a.st.isDark {
		t.Error("the terminal's answer overrode --theme light")
	}
	b := New(testLibrary(t), nil).WithTheme("auto")
	if b.Init() == nil {
		t.Error("auto does not ask the terminal")
	}
	b = drive(t, b, tea.BackgroundColorMsg{Color: color.White})
	if b.st.isDark {
		t.Error("auto did not follow the terminal")
	}
}

// The speakers of one article never share a colour, up to sixteen.
func TestSpeakersNeverShareColour(t *testing.T) {
	var b strings.Builder
	b.WriteString("Sixteen voices\n")
	names := []string{"Ann Lee", "Bo Park", "Cy Dunn", "Di Moss", "Ed Vance", "Flo Reyes", "Gus Holt", "Hal Price",
		"Ida Crane", "Jo Webb", "Kit Marsh", "Lou Ortiz", "Max Finch", "Ned Frost", "Oli Grant", "Pia Stone"}
	for i, n := range names {
		fmt.Fprintf(&b, "“Point number %d stands,” said %s.\n", i, n)
	}
	a := openText(t, b.String(), 100, 40)
	seen := map[string]string{}
	for _, q := range a.article.a.Quotes {
		c := a.article.sty.style(look{speaker: a.article.speakerColour(q)}).GetForeground()
		r, g, bl, _ := c.RGBA()
		key := fmt.Sprint(r, g, bl)
		if other, ok := seen[key]; ok && other != q.Speaker {
			t.Errorf("%s and %s share a colour", other, q.Speaker)
		}
		seen[key] = q.Speaker
	}
	if len(seen) != 16 {
		t.Errorf("%d colours for 16 speakers", len(seen))
	}
}
