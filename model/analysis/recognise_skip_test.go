package analysis

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// skipTexts are sentences with every kind of token the recognition and
// chain loops pass over or stop at: capitals, initials, months, roles,
// particles with a hyphen, pronouns, marks and clause openers.
var skipTexts = []string{
	"Title\nThe U.S. Senate said NO to Ms. O’Neil's plan, and al-Assad agreed; Ana B. Ruiz, who left, said so.",
	"In April Reed sailed: the senator, whose aide met her, said he would go with his team after the vote.",
	"ÉCOLE Zürich said ÇA VA, and el-Sisi’s co-Anchor DeLuca Marsh told him which way himself; hers was herself.",
	"Reed On Climate Change And Other Things\nmay reed, K. Varnholt and x-ray well-known Ωmega van-Dijk ran.",
	"Al-Assad met al-Assad, AL-ASSAD and al-assad; van-dijk and van-Dijk, Ibn-Saud and ibn-Saud.",
	"In 1990 7 % é — “ ” 3M Ωmega x É. Ü 2 , Reed's ’ 'S Of The Sea Of Trees Is Here And Now",
	"",
}

// tokenizeText tokenises text as an article's body, split as the analysis
// splits it.
func tokenizeText(text string) *tokenized {
	a := &model.Article{Text: text, Body: model.Span{End: len(text)}}
	a.Paragraphs = splitParagraphs(text, a.Body, false)
	for i := range a.Paragraphs {
		a.Paragraphs[i].Sentences = splitSentences(text, a.Paragraphs[i].Span)
	}
	return tokenizeArticle(a)
}

// TestNameCandidate holds nameCandidate to the test personNames made of
// every token before it skipped them in a loop of its own: it stops at
// exactly the tokens that test kept, with and without title case and with
// mentions opening anywhere.
func TestNameCandidate(t *testing.T) {
	for _, text := range skipTexts {
		tz := tokenizeText(text)
		toks := tz.toks
		for _, titleCase := range []bool{false, true} {
			for step := 1; step <= 3; step++ {
				opens := make([]int, len(toks))
				for k := 0; k < len(toks); k += step {
					opens[k] = 1
				}
				if step == 3 {
					clear(opens)
				}
				kept := func(k int) bool {
					t := &toks[k]
					return !(!t.capital && !t.in(wcCalendar|wcRoleNoun) && !isInitial(t.text) && (titleCase || opens[k] == 0 && !t.isNameWord()))
				}
				hyphens := newHyphenCursor(tz.text)
				for k := 0; k < len(toks); k++ {
					want := k
					for want < len(toks) && !kept(want) {
						want++
					}
					if got := nameCandidate(toks, opens, k, len(toks), titleCase, &hyphens); got != want {
						t.Errorf("%q from %q (title case %v, step %d): stops at %d, want %d", text, toks[k].text, titleCase, step, got, want)
					}
				}
			}
		}
	}
}

// TestStartsASCIILetter: titleCased tells a word with no letter by its
// capital, startsASCIILetter, its length and hasLetter, which must agree
// with hasLetter alone for every token.
func TestStartsASCIILetter(t *testing.T) {
	for _, text := range skipTexts {
		for _, tok := range tokenizeText(text).toks {
			if got := tok.capital || startsASCIILetter(tok.text) || hasLetter(tok.text); got != hasLetter(tok.text) {
				t.Errorf("%q: %v, hasLetter says %v", tok.text, got, !got)
			}
			if got := !tok.capital && !startsASCIILetter(tok.text) && (len(tok.text) == 1 && tok.text[0] < 0x80 || !hasLetter(tok.text)); got != !hasLetter(tok.text) {
				t.Errorf("%q: no letter %v, hasLetter %v", tok.text, got, hasLetter(tok.text))
			}
		}
	}
}

// TestChainCandidate holds chainCandidate to what buildChains' loop does
// with a token: outside quotations and mentions it must stop at every
// token a case of the loop takes (a mark that ends a clause's opening, a
// subordinator, a relative pronoun after a comma, a pronoun of a gender,
// "the", and where it is asked for reported content a speech verb or
// "that"), and inside a quotation at every token of a mention; it stops at
// nothing else but the first token of a new sentence.
func TestChainCandidate(t *testing.T) {
	for _, text := range skipTexts {
		tz := tokenizeText(text)
		toks := tz.toks
		n := len(toks)
		for i, quoted := range []bool{false, true, false, true} {
			report := i >= 2
			at := &attributor{tz: tz, ment: make([]int, n), qtok: make([]int, n)}
			for k := range toks {
				at.ment[k], at.qtok[k] = -1, -1
				if quoted {
					at.qtok[k] = 0
				}
				if k%5 == 4 {
					at.ment[k] = 0 // a mention's token
				}
			}
			taken := func(k int) bool {
				t := &toks[k]
				if at.ment[k] >= 0 {
					return true
				}
				if at.qtok[k] >= 0 {
					return false
				}
				switch t.low {
				case ",", ";", ":", "the", "he", "him", "his", "himself", "she", "her", "hers", "herself":
					return true
				}
				if report && (t.in(wcSpeechCue) || t.low == "that") {
					return true
				}
				return t.in(wcSubordinator) || k > 0 && toks[k-1].text == "," && clauseOpener(t.low) == 'r'
			}
			for k := 0; k < n; k++ {
				// within the token's sentence, the first a case takes
				want := k
				for want < n && toks[want].sent == toks[k].sent && !taken(want) {
					want++
				}
				if got := at.chainCandidate(k, toks[k].sent, report); got != want {
					t.Errorf("%q from %q (quoted %v, report %v): stops at %d, want %d", text, toks[k].text, quoted, report, got, want)
				}
				if k > 0 && toks[k].sent != toks[k-1].sent {
					if got := at.chainCandidate(k, toks[k-1].sent, report); got != k {
						t.Errorf("%q: passes over %q, the first token of a sentence", text, toks[k].text)
					}
				}
			}
		}
	}
}

// TestTagSteps holds nonzeroTags and nextTagged, which read eight tags at
// a step, to the tag-by-tag count and search, on random sentences of
// mostly O tags of every length around the steps.
func TestTagSteps(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 1))
	for trial := 0; trial < 20000; trial++ {
		tg := make([]uint8, rng.IntN(40))
		for i := range tg {
			if rng.IntN(6) == 0 {
				tg[i] = uint8(1 + rng.IntN(255))
			}
		}
		want := 0
		for _, x := range tg {
			if x != 0 {
				want++
			}
		}
		if got := nonzeroTags(tg); got != want {
			t.Fatalf("nonzeroTags(%v) = %d, want %d", tg, got, want)
		}
		for j := 0; j <= len(tg); j++ {
			want := j
			for want < len(tg) && tg[want] == 0 {
				want++
			}
			if got := nextTagged(tg, j); got != want {
				t.Fatalf("nextTagged(%v, %d) = %d, want %d", tg, j, got, want)
			}
		}
	}
}

// TestRecognitionWordClasses checks that each word-class bit recognition
// and linking test in place of a map marks exactly the words of its list:
// the name particles, the head nouns, the titles, and the company
// suffixes with and without a full stop (junkMention).
func TestRecognitionWordClasses(t *testing.T) {
	wordClassesOnce.Do(buildWordClasses)
	suffixed := map[string]bool{}
	for w, in := range companySuffixes {
		suffixed[w], suffixed[w+"."] = in, in
	}
	for _, l := range []struct {
		name string
		set  map[string]bool
		c    wordClass
	}{
		{"nameParticles", nameParticles, wcNameParticle}, {"orgHeads", orgHeads, wcOrgHead},
		{"otherHeads", otherHeads, wcOtherHead}, {"geoHeads", geoHeads, wcGeoHead},
		{"streetHeads", streetHeads, wcStreetHead}, {"personTitles", personTitles, wcPersonTitle},
		{"companySuffixes and with a full stop", suffixed, wcCompanySuffix},
	} {
		for w, in := range l.set {
			if in && wordClasses[w]&l.c == 0 {
				t.Errorf("%q is in %s but lacks its bit", w, l.name)
			}
		}
		for w, c := range wordClasses {
			if c&l.c != 0 && !l.set[w] {
				t.Errorf("%q has the bit of %s but is not in it", w, l.name)
			}
		}
	}
}

// TestTitleCased holds titleCased to the count it made before it read the
// sentence as a slice, with hasLetter asked of every word not capitalised:
// on every run of tokens of the skip tests' texts and of random words.
func TestTitleCased(t *testing.T) {
	old := func(tz *tokenized, ts, te int) bool {
		words, caps := 0, 0
		for k := ts; k < te; k++ {
			t := &tz.toks[k]
			if !hasLetter(t.text) || t.in(wcTitleSmall) || isPossessive(t.text) {
				continue
			}
			words++
			if t.capital {
				caps++
			} else if 5*caps-4*words+te-k-1 < 0 {
				return false
			}
		}
		return words >= 3 && caps*5 >= words*4
	}
	texts := slices.Clone(skipTexts)
	pieces := []string{"Reed", "reed", "Of", "of", "The", ",", "7", "é", "É", "—", "'s", "’", "X.", "Sea"}
	rng := rand.New(rand.NewPCG(4, 4))
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))] + " ")
		}
		texts = append(texts, b.String())
	}
	cased := 0
	for _, text := range texts {
		tz := tokenizeText(text)
		for ts := 0; ts <= len(tz.toks); ts++ {
			for te := ts; te <= len(tz.toks) && te-ts <= 14; te++ {
				got, want := titleCased(tz, ts, te), old(tz, ts, te)
				if got != want {
					t.Fatalf("%q [%d, %d): %v, want %v", text, ts, te, got, want)
				}
				if want {
					cased++
				}
			}
		}
	}
	if cased < 20 {
		t.Errorf("%d runs in title case: the test says little", cased)
	}
}
