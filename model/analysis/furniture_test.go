package analysis

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFurniture checks that text that is not the story is marked with its
// kind and that the names in it are no entities, while story lines that
// open the same way stay the story.
func TestFurniture(t *testing.T) {
	cases := []struct {
		line string // a paragraph of its own, after a line of story
		kind string // "" for the story
		text string // the marked words, when not the whole line
		not  string // a name that must be no entity
	}{
		{"By Ilse Marrow and Tomas Brandt, The Associated Press", "byline", "", "Ilse Marrow"},
		{"Ilse Marrow, The Associated Press", "byline", "", "Ilse Marrow"},
		{"Posted by Ilse Marrow to Harbour Notes at 8/30/2025 09:36 PM", "byline", "", "Ilse Marrow"},
		{"Pavel Okonjo via Getty Images.", "credit", "", "Pavel Okonjo"},
		{"Pavel Okonjo / Reuters", "credit", "", "Pavel Okonjo"},
		{"Dockers rest at the quay in Dunmore on Monday. (Pavel Okonjo/Getty Images)", "credit", "(Pavel Okonjo/Getty Images)", "Pavel Okonjo"},
		{"Jo Allan contributed to this report.", "contributors", "", "Jo Allan"},
		{"With files from Jo Allan and Reuters", "contributors", "", "Jo Allan"},
		{"READ MORE: Dunmore votes on the Kessary ferry budget", "related", "", "Kessary"},
		{"WATCH: Reed on the Kessary harbour plan", "video", "", "Kessary"},
		{"Sign up for our morning newsletter.", "promo", "", ""},
		{"Great day for the harbour! — Priya Okafor (@priyaokafor) June 28, 2025", "signature", "— Priya Okafor (@priyaokafor) June 28, 2025", "Priya Okafor"},
		{"The mayor said the ferry was \"still the best way to Vellmouth.\"--Tomas Brandt.", "byline", "--Tomas Brandt", "Tomas Brandt"},
		{"The harbour reopened on Monday, the port said. — Ilse R. Marrow", "byline", "— Ilse R. Marrow", "Ilse R. Marrow"},
		{"The ferry runs from Dunmore to Vellmouth—Kessary Bay and back.", "", "", ""},
		{"He named the boat after his mother -- Ada Brandt.", "", "", ""},
		{"“The ferry is the best way to Vellmouth.” — Tomas Brandt", "", "", ""},
		{"Follow Ilse Marrow on Twitter @imarrow.", "note", "", "Ilse Marrow"},
		{"Ilse Marrow is a reporter for the Dunmore Herald.", "note", "", "Ilse Marrow"},
		{"By Monday the harbour had flooded, and Ilse Marrow left.", "", "", ""},
		{"Watch out for the tide, Ilse Marrow said.", "", "", ""},
		{"Ilse Marrow is a retired ferry pilot who lives on the quay.", "", "", ""},
		// an opinion piece's last line: its author's bio
		{"Ilse Marrow is a professor of maritime law at Dunmore University.", "note", "", "Ilse Marrow"},
		{"Tomas Brandt is the governor of Kessary. His book, Tides, is out in May.", "note", "", "Tomas Brandt"},
		{"Ms. Marrow is Director of the Harbour Institute in Vellmouth.", "note", "", "Marrow"},
		{"Pavel Okonjo is Senior Editor-at-Large at Harbour News.", "note", "", "Pavel Okonjo"},
		{"Marrow is the governor who signed the ferry budget.", "", "", ""},
		{"Ilse Marrow is the governor who said \"the ferry stays.\"", "", "", ""},
		{"Marrow said she would follow the vote on Twitter.", "", "", ""},
		{"(Reporting by Ilse Marrow; Editing by Tomas Brandt)", "contributors", "", "Tomas Brandt"},
		{"(Additional reporting by Jo Allan in Dunmore; Writing by Pavel Okonjo.)", "contributors", "", "Pavel Okonjo"},
		{"--additional reporting by Jo Allan.", "contributors", "", "Jo Allan"},
		{"Translated by Pavel Okonjo.", "contributors", "", "Pavel Okonjo"},
		{"Co-authored by Ilse Marrow.", "contributors", "", "Ilse Marrow"},
		{"Translated into six languages, the report by Ilse Marrow sold well.", "", "", ""},
		{"(The harbour reopened on Monday, Ilse Marrow said.)", "", "", ""},
		{"-- Ilse Marrow, reporting by the quay on Monday, saw the ferry leave.", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			a := analyse("Governor Ann Reed approved the harbour plan on Monday.", c.line)
			got := a.Furniture
			if c.kind == "" {
				if len(got) > 0 {
					t.Fatalf("story marked %q as %s", a.Text[got[0].Start:got[0].End], got[0].Kind)
				}
				return
			}
			want := c.text
			if want == "" {
				want = c.line
			}
			if len(got) != 1 || got[0].Kind != c.kind || a.Text[got[0].Start:got[0].End] != want {
				t.Fatalf("furniture %+v, want %s %q", got, c.kind, want)
			}
			for _, e := range a.Entities {
				if c.not != "" && e.Name == c.not {
					t.Errorf("%q is an entity", c.not)
				}
			}
		})
	}
}

// TestFurnitureIsNoAntecedent: a pronoun never refers to the writer named
// in a byline.
func TestFurnitureIsNoAntecedent(t *testing.T) {
	a := analyse("By Ilse Marrow", "The ferry will stop at Dunmore from June.", "“It is a relief,” she said.")
	for _, q := range a.Quotes {
		if q.Speaker == "Ilse Marrow" {
			t.Errorf("%q credited to the byline's writer", q.Text)
		}
	}
}

// TestLineGates checks the cheap tests furnitureLine makes before the
// full ones: a prefix matches in any case and only at the start, and
// words are counted up to the limit.
func TestLineGates(t *testing.T) {
	folds := []struct {
		line string
		want bool
	}{
		{"SIGN UP FOR our newsletter", true},
		{"Sign up for our newsletter", true},
		{"Sigh, up for it", false},
		{"", false},
		{"“Sign up for it,” she said", false},
	}
	for _, c := range folds {
		if got := hasPrefixFold(c.line, promoOpenings); got != c.want {
			t.Errorf("hasPrefixFold(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	counts := []struct {
		line         string
		limit, words int
	}{
		{"", 61, 0},
		{"  one two\tthree\n", 61, 3},
		{"a b c d e f", 4, 4},
		{"a b c", 4, 3},
	}
	for _, c := range counts {
		if got := countWords(c.line, c.limit); got != c.words {
			t.Errorf("countWords(%q, %d) = %d, want %d", c.line, c.limit, got, c.words)
		}
	}
	pairs := []struct {
		s, a, b     string
		ends, opens bool
	}{
		{"ana ruiz via getty images", " via ", "getty images", true, false},
		{"getty images/ana ruiz", "getty images", "/", false, true},
		{"ruiz/ap", "/", "ap", true, false},
		{"ap", "/", "ap", false, false},
		{"ap/", "ap", "/", true, true},
		{"ap", "ap", "/", false, false},
	}
	for _, c := range pairs {
		if got := endsWithPair(c.s, c.a, c.b); got != c.ends {
			t.Errorf("endsWithPair(%q, %q, %q) = %v, want %v", c.s, c.a, c.b, got, c.ends)
		}
		if got := startsWithPair(c.s, c.a, c.b); got != c.opens {
			t.Errorf("startsWithPair(%q, %q, %q) = %v, want %v", c.s, c.a, c.b, got, c.opens)
		}
	}
}

// countWordsByByte is countWords read a byte at a step, as it was before it
// read eight: the test holds the two to the same answers.
func countWordsByByte(t string, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(t); i++ {
		sp := isSpaceByte(t[i])
		if !sp && !in {
			if n++; n >= limit {
				return n
			}
		}
		in = !sp
	}
	return n
}

// TestCountWordsSteps holds countWords, which tests eight bytes together, to
// the byte-by-byte count: every length around the eight-byte steps, every
// byte next to the space bytes (where a carry or a borrow between bytes
// would show), and limits below, at and above the count.
func TestCountWordsSteps(t *testing.T) {
	alphabet := []byte{' ', '\t', '\r', '\n', 'a', 0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1f, 0x21, 0x29, 0x2a, 0x7f, 0x80, 0xa0, 0xe2, 0xff}
	rng := rand.New(rand.NewPCG(9, 16))
	for trial := 0; trial < 20000; trial++ {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		for _, limit := range []int{-1, 0, 1, 2, 3, 5, 8, 13, 61} {
			if got, want := countWords(s, limit), countWordsByByte(s, limit); got != want {
				t.Fatalf("countWords(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// TestLastDash holds lastDash to the last of the three dashes that
// strings.LastIndex finds one dash at a time.
func TestLastDash(t *testing.T) {
	pieces := []string{"-", "--", "—", "–", "―", "a", " ", ".", "\xe2", "\xe2\x80", "é"}
	rng := rand.New(rand.NewPCG(16, 9))
	for trial := 0; trial < 20000; trial++ {
		var sb strings.Builder
		for k := rng.IntN(12); k > 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		e := sb.String()
		from := 0
		if len(e) > 0 {
			from = rng.IntN(len(e) + 1)
		}
		d, dash := -1, 0
		for _, m := range []string{"--", "—", "–"} {
			if k := strings.LastIndex(e[from:], m); k >= 0 && from+k > d {
				d, dash = from+k, len(m)
			}
		}
		if at, size := lastDash(e, from); at != d || size != dash {
			t.Fatalf("lastDash(%q, %d) = %d, %d, want %d, %d", e, from, at, size, d, dash)
		}
	}
}

// TestRelatedList: a related-stories label alone on its line marks the
// titles listed after it, one a paragraph, up to the first paragraph that
// is no headline; a title-case line with no label before it stays the
// story.
func TestRelatedList(t *testing.T) {
	a := analyse("Governor Ann Reed approved the harbour plan on Monday.",
		"Pavel Okonjo Wins Dunmore Rowing Title.", // no label: the story
		"\"Related:\"",
		"Tomas Brandt Scores Direct Hit On Ilse Marrow.",
		"Jo Allan Responds To Question About Ferries By Saying We Need Fewer Boats",
		"The ferry will run again in June, Reed said.")
	var got []string
	for _, f := range a.Furniture {
		got = append(got, f.Kind+": "+a.Text[f.Start:f.End])
	}
	want := []string{"related: \"Related:\"", "related: Tomas Brandt Scores Direct Hit On Ilse Marrow.",
		"related: Jo Allan Responds To Question About Ferries By Saying We Need Fewer Boats"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("furniture %q, want %q", got, want)
	}
	for _, e := range a.Entities {
		switch e.Name {
		case "Tomas Brandt", "Ilse Marrow", "Jo Allan", "Direct":
			t.Errorf("%q is an entity", e.Name)
		}
	}
}

// TestLetterSignature: a letter to the editor signed with the writer's name
// on a line of its own and where they live on the next is furniture, both
// lines; a name line before anything else, or a town line alone, is the
// story.
func TestLetterSignature(t *testing.T) {
	a := analyse("Reed is right about the harbour, and the council should listen.", "Tomas R. Brandt.", "Dunmore Beach, Fla.",
		"The ferry is late again.", "Anna Holm.", "She runs the ferry line.", "Holm, Ohio.")
	var got []string
	for _, f := range a.Furniture {
		got = append(got, f.Kind+": "+a.Text[f.Start:f.End])
	}
	want := []string{"byline: Tomas R. Brandt.", "byline: Dunmore Beach, Fla."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("furniture %q, want %q", got, want)
	}
	for _, e := range a.Entities {
		if e.Name == "Tomas R. Brandt" || e.Name == "Dunmore Beach" {
			t.Errorf("%q is an entity", e.Name)
		}
	}
}

// TestBioLastLineOnly: the bio nouns make an author's note on the
// article's last line only; the same line before it is the story, which
// goes on to say more of the person.
func TestBioLastLineOnly(t *testing.T) {
	line := "Ilse Marrow is a professor of maritime law at Dunmore University."
	if got := furnitureLine(line, 2, 3); got != "note" {
		t.Errorf("last line: %q, want note", got)
	}
	if got := furnitureLine(line, 1, 3); got != "" {
		t.Errorf("line before the last: %q, want the story", got)
	}
}
