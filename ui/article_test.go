package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/articles"
	"github.com/byline-reader/byline/model"
	"github.com/byline-reader/byline/model/analysis"
)

// On a pane too narrow for the margin, the speaker is named after the
// sentence that holds the quotation's closing mark, never inside it, and
// once for two quotations in a row.
func TestNarrowNamesSpeakerAfterSentence(t *testing.T) {
	text := "Headline\nAnneliese Varga spoke at noon. “It will not be easy,” she said. “But we will try.” Then she left.\n"
	a := openText(t, text, 50, 20)
	if a.article.gutterWidth() != 0 {
		t.Fatal("a 50-column pane should have no margin")
	}
	name := a.article.a.Quotes[0].Speaker
	if name == "" {
		t.Fatal("the quotation has no speaker")
	}
	body := strings.Join(strings.Fields(plain(a)), " ")
	if strings.Contains(body, "easy,” — ") {
		t.Errorf("the name breaks into the sentence:\n%s", plain(a))
	}
	// once: the second quotation, by the same speaker, needs no second name
	if n := strings.Count(body, "— "+name); n != 1 || !strings.Contains(body, "she said. — "+name+" “But") {
		t.Errorf("named %d times, want once after the first sentence:\n%s", n, plain(a))
	}
}

// The margin grows with the longest speaker's name and cuts no name it
// has room for; on a narrower pane a person is named by surname.
func TestMarginFitsNames(t *testing.T) {
	text := "Headline\n“We found nothing,” said Pia Stone, a senior Civil Guard officer from Kessary.\n“Nothing at all,” said a senior Civil Guard officer.\n"
	for _, w := range []int{200, 240} {
		a := openText(t, text, w, 20)
		gw := a.article.gutterWidth()
		for _, s := range a.article.speakers {
			if len([]rune(s.Name)) > gw-3 {
				t.Errorf("width %d: margin %d cuts %q", w, gw, s.Name)
			}
			if !strings.Contains(plain(a), s.Name+" ▌") {
				t.Errorf("width %d: %q is not whole in the margin:\n%s", w, s.Name, plain(a))
			}
		}
	}
	a := openText(t, text, 70, 20)
	if gw := a.article.gutterWidth(); gw == 0 || gw > 70/4+1 {
		t.Errorf("width 70: margin %d", gw)
	}
	contains(t, plain(a), "Stone ▌")
}

// A Markdown file's opening heading is its headline, drawn without its
// markers: the closing asterisks after its last word too. A title from
// front matter is not Markdown and keeps its characters.
func TestMarkdownHeadlineDrawnWithoutMarkers(t *testing.T) {
	open := func(text string) string {
		art, err := articles.Parse("2026-01-01-story.md", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		analysis.Analyze(art)
		a := New(model.NewLibrary([]*model.Article{art}), nil)
		a = drive(t, a, tea.WindowSizeMsg{Width: 80, Height: 20}, keyEnter)
		return strings.Split(plain(a), "\n")[0]
	}
	head := open("# Harbour strike `ends` after **nine days**\n\n“We held,” said Ann Reed.\n")
	if !strings.Contains(head, "Harbour strike ends after nine days") || strings.ContainsAny(head, "`*") {
		t.Errorf("headline %q", strings.TrimSpace(head))
	}
	head = open("---\ntitle: Five *stars* for the pier\n---\n“We held,” said Ann Reed.\n")
	if !strings.Contains(head, "Five *stars* for the pier") {
		t.Errorf("front matter headline %q", strings.TrimSpace(head))
	}
}

// The headline's metadata and a speaker's count break after a separator,
// never before one, and a count stays whole: no line opens with "·" or
// with the noun of a count.
func TestMetadataBreaksAfterSeparator(t *testing.T) {
	text := "---\ntitle: Harbour strike ends\nsection: Politics\ndate: 2026-11-12\nsource: The Anselm Ledger\nauthor: Pavel Orsk\n---\n“We held,” said a senior Civic Alliance official from the port.\n"
	for w := 30; w <= 70; w++ {
		art, err := articles.Parse("2026-01-01-story.md", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		analysis.Analyze(art)
		a := New(model.NewLibrary([]*model.Article{art}), nil)
		a = drive(t, a, tea.WindowSizeMsg{Width: w, Height: 30}, keyEnter)
		for _, l := range strings.Split(plain(a), "\n") {
			l = strings.TrimSpace(l)
			// nor with the rest of a name the line above began
			if strings.HasPrefix(l, "·") || strings.HasPrefix(l, "quotation") || strings.HasPrefix(l, "Orsk") ||
				strings.HasPrefix(l, "Ledger") || strings.HasPrefix(l, "Anselm") {
				t.Errorf("at %d columns a line opens with %q:\n%s", w, l, plain(a))
				break
			}
		}
	}
}

// So do the rows of an entity page's related entities.
func TestEntityRowsBreakAfterSeparator(t *testing.T) {
	for w := 20; w <= 50; w++ {
		a := newTestApp(t, w, 60)
		a = drive(t, a, keyDown, keyEnter)
		a = tabTo(t, a, "Marta Quill")
		a = drive(t, a, keyEnter)
		if !strings.Contains(plain(a), "Often mentioned with") {
			t.Fatalf("fixture: no related entities:\n%s", plain(a))
		}
		for _, l := range strings.Split(plain(a), "\n") {
			l = strings.TrimLeft(strings.TrimSpace(l), "▸ ")
			if strings.HasPrefix(l, "·") || strings.HasPrefix(l, "article") {
				t.Errorf("at %d columns a line opens with %q:\n%s", w, l, plain(a))
				break
			}
		}
	}
}

// Tab brings a quotation into view whole when it fits in the pane, not
// just its first line at the bottom edge.
func TestTabShowsWholeQuotation(t *testing.T) {
	text := "Headline\n" + strings.Repeat("The council met again on Tuesday to discuss the harbour, the ferries and the budget for the coming year. ", 6) +
		"“We held prices for three winters, and we cannot hold them for a fourth, not with fuel where it is and the fleet as old as it is,” said Marta Quill.\n" +
		strings.Repeat("The board will meet again in March. ", 20) + "\n"
	checked := 0
	for h := 8; h <= 16; h++ {
		a := openText(t, text, 60, h)
		for i := 0; i < 12; i++ {
			a = drive(t, a, keyTab)
			p := &a.article
			if p.cursor < 0 || p.links[p.cursor].kind != linkQuote {
				continue
			}
			first, last := p.linkLine(p.cursor), p.linkEndLine(p.cursor)
			ctx := min(2, max(0, p.height/4))
			if last-first+1 > p.height-2*ctx {
				continue // longer than the pane: its opening is what counts
			}
			checked++
			if first < p.offset || last >= p.offset+p.height {
				t.Errorf("pane of %d lines: quotation on lines %d-%d, view %d-%d", p.height, first, last, p.offset, p.offset+p.height-1)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no quotation was checked")
	}
}

// The preview of a file not yet read names it on one line, cut with an
// ellipsis at the pane's edge: a long name was split mid-word
// ("…mexica.tx" over "t") until the headline was read.
func TestPartialPreviewCutsTheFileName(t *testing.T) {
	st, keys := NewStyles(true), defaultKeys()
	const name = "2026-01-01-the-aztec-capital-tenochtitlan-and-the-rise-and-fall-of-the-mexica.txt"
	for _, w := range []int{12, 30, 60, 79, 120} {
		p := newPartialPane(0, model.Header{}, "library/"+name, "Reading…", st, &keys)
		p.setSize(w, 10)
		lines := strings.Split(ansi.Strip(p.View()), "\n")
		var first string
		for _, l := range lines {
			if first = strings.TrimSpace(l); first != "" {
				break
			}
		}
		if first != name && (!strings.HasPrefix(name, strings.TrimSuffix(first, "…")) || !strings.HasSuffix(first, "…")) {
			t.Errorf("width %d: the name reads %q, want its start and an ellipsis:\n%s", w, first, strings.Join(lines, "\n"))
		}
		if s := strings.Join(lines, "\n"); strings.Contains(s, "mexica.txt") != (w > 100) || !strings.Contains(s, "Reading…") {
			t.Errorf("width %d: the name is not cut, or the note is lost:\n%s", w, s)
		}
	}
}

// A name too long for the margin gives way to the fullest short form the
// article writes for that person ("Dela Pena-Ledesma", not
// "Pena-Ledesma"), and never to a form two people share: two brothers
// Abu Rumman are named as the article names them apart.
func TestMarginShortNames(t *testing.T) {
	text := "Headline\nGovernor Rosario Dela Pena-Ledesma spoke at the capitol on Monday.\n“We have the videos,” Dela Pena-Ledesma said.\n" +
		"Farmers Mahmoud Abu Rumman and his brother Khaledin Abu Rumman met the governor later.\n“The river is gone,” Mahmoud said.\n“We will stay,” Khaledin said.\n"
	a := openText(t, text, 140, 30)
	nameW := a.article.gutterWidth() - 3
	if nameW >= len("Rosario Dela Pena-Ledesma") || nameW < len("Dela Pena-Ledesma") {
		t.Fatalf("margin of %d cells: the test needs room for the short form only", nameW)
	}
	body := plain(a)
	for _, want := range []string{"Dela Pena-Ledesma ▌", "Mahmoud ▌", "Khaledin ▌"} {
		if !strings.Contains(body, want) {
			t.Errorf("margin lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "Rumman ▌") {
		t.Errorf("a surname two people share names one of them:\n%s", body)
	}
}
