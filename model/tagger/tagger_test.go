package tagger

import (
	"strings"
	"testing"
)

// tagged runs the embedded model over one document (sentences separated by
// " | ") and returns "word/TAG" for every word that is not O.
func tagged(doc string) string {
	var sents [][]string
	for _, s := range strings.Split(doc, " | ") {
		sents = append(sents, strings.Fields(s))
	}
	out := Default().TagDocument(sents)
	var parts []string
	for i, s := range sents {
		for j, w := range s {
			if out[i][j] != "O" {
				parts = append(parts, w+"/"+out[i][j])
			}
		}
	}
	return strings.Join(parts, " ")
}

func TestTagger(t *testing.T) {
	cases := []struct {
		name, doc string
		has       []string // word/TAG pairs that must appear
		not       []string // words that must not be tagged
	}{
		{"people and places", "US President Donald Trump spoke with Vladimir Putin of Russia on Monday .",
			[]string{"Donald/B-PER", "Trump/I-PER", "Vladimir/B-PER", "Putin/I-PER", "Russia/B-LOC"}, []string{"Monday", "President"}},
		{"organisations", "The United Nations said on Tuesday that aid was arriving , Reuters reported .",
			[]string{"United/B-ORG", "Nations/I-ORG", "Reuters/B-ORG"}, []string{"The"}},
		{"demonym is no place", "Ukrainian troops entered Kherson .",
			[]string{"Kherson/B-LOC"}, []string{"Ukrainian/B-LOC"}},
		{"sentence-initial word", "Negotiations will begin soon , officials said . | The negotiations were brief .",
			nil, []string{"Negotiations", "The"}},
		{"surname alone is the person", "Angela Merkel arrived late . | Merkel said little .",
			[]string{"Merkel/B-PER"}, nil},
		{"capitals headline", "RUSSIA AND UKRAINE TO BEGIN TALKS | Russia and Ukraine will begin talks , Moscow said .",
			[]string{"RUSSIA/B-LOC", "UKRAINE/B-LOC"}, nil},
		// errors
		{"empty sentence", " | ", nil, nil},
		{"odd tokens", "\x00 \u202e ’s '' `` 1996-08-30", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := " " + tagged(c.doc) + " "
			for _, h := range c.has {
				if !strings.Contains(got, " "+h+" ") {
					t.Errorf("missing %s in %q", h, got)
				}
			}
			for _, n := range c.not {
				if strings.Contains(got, " "+n+"/") && !strings.Contains(n, "/") || strings.Contains(n, "/") && strings.Contains(got, " "+n+" ") {
					t.Errorf("%s tagged in %q", n, got)
				}
			}
		})
	}
}

func TestTagDocumentShapes(t *testing.T) {
	in := [][]string{{}, {"a"}, {"Paris", "is", "big"}, nil}
	out := Default().TagDocument(in)
	if len(out) != len(in) {
		t.Fatalf("%d sentences out, %d in", len(out), len(in))
	}
	for i := range in {
		if len(out[i]) != len(in[i]) {
			t.Errorf("sentence %d: %d tags for %d words", i, len(out[i]), len(in[i]))
		}
	}
}

func TestModelLoads(t *testing.T) {
	if len(Default().table.slots) == 0 {
		t.Fatal("the embedded model did not load")
	}
}

// BenchmarkTagDocument reports tokens per second of the recogniser alone.
func BenchmarkTagDocument(b *testing.B) {
	text := strings.Repeat("US President Donald Trump said on Monday that Russia and Ukraine will immediately start negotiations toward a ceasefire , speaking after he held a call with Russia 's President Vladimir Putin . ", 20)
	var sents [][]string
	for _, s := range strings.Split(text, " . ") {
		sents = append(sents, append(strings.Fields(s), "."))
	}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	tg := Default()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.TagDocument(sents)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(embeddedModel); err != nil {
			b.Fatal(err)
		}
	}
}

func TestIsScore(t *testing.T) {
	for w, want := range map[string]bool{"2-1": true, "429-7": true, "6-3": true, "1996-08-30": false, "a-1": false, "-1": false, "3-": false} {
		if got := isScore(w); got != want {
			t.Errorf("isScore(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestOrgJoins(t *testing.T) {
	words := strings.Fields("Shares of Holm & Lindqvist Co rose , and First Kessary Corp. said so .")
	s := Default().prepare(words, nil, false)
	tg := make([]int, len(words))
	tg[2], tg[4] = 1, 1  // Douglas, Lomason: people
	tg[9], tg[10] = 3, 4 // First Kessary: a place
	orgJoins(s, tg, spansOf(tg))
	want := []int{0, 0, 5, 6, 6, 6, 0, 0, 0, 5, 6, 6, 0, 0, 0}
	for i := range want {
		if tg[i] != want[i] {
			t.Fatalf("orgJoins tags %v, want %v", tg, want)
		}
	}
}
