package analysis

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// gatePieces are the pieces the random lines of these tests are made of:
// openings, phrases and agencies whole and cut, in other cases, and the
// runes beyond ASCII that fold to ASCII ones (the Kelvin sign, the long
// s) or to none ("“", "é"), with bytes that are no UTF-8.
func gatePieces() []string {
	ps := []string{" ", "/", " /", "/ ", " via ", ".", "“", "”", "é", "É", "\u212a", "\u017f", "\xe2", "\xff", "a", "S", "k", "ap", "AP"}
	for _, list := range [][]string{promoOpenings, creditOpenings, contributorOpenings, bylineOpenings, noteGates,
		contributorPhrases, notePhrases, creditAgencies} {
		for _, p := range list {
			ps = append(ps, p, strings.ToUpper(p), p[:len(p)/2], p[len(p)/2:])
		}
	}
	for _, l := range lineLabels {
		ps = append(ps, l.label, l.upper, strings.ToLower(l.label), l.label[:1])
	}
	return ps
}

// randomLines are lines of one to six gate pieces.
func randomLines(n int) []string {
	pieces := gatePieces()
	rng := rand.New(rand.NewPCG(20, 11))
	lines := make([]string, n)
	for i := range lines {
		var b strings.Builder
		for k := 1 + rng.IntN(6); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		lines[i] = b.String()
	}
	return lines
}

// TestHasPrefixFoldGates holds hasPrefixFold, which rules most prefixes
// out by their ASCII bytes and a first rune that folds to none in ASCII,
// to EqualFold of every prefix.
func TestHasPrefixFoldGates(t *testing.T) {
	// a line may open with a prefix in ASCII from a first rune beyond it
	// when the runes after make up the bytes: "\u212a\u0250\u0250" (the
	// Kelvin sign, two turned a) is "k\u2c6f\u2c6f" in any case
	lists := [][]string{promoOpenings, noteGates, furnitureOpenings.all, {"kelvin", "\u212aelvin", "éa", "k\u2c6f\u2c6f"}, {""}}
	for _, line := range append(randomLines(20000), "\u212a\u0250\u0250 rest", "\u212aelvin", "ſign up for it", "“Sign up", "") {
		for _, ps := range lists {
			want := false // an empty line opens with nothing, not even ""
			for _, p := range ps {
				if line == "" {
					break
				}
				if len(line) >= len(p) && strings.EqualFold(line[:len(p)], p) {
					want = true
				}
			}
			if got := hasPrefixFold(line, ps); got != want {
				t.Fatalf("hasPrefixFold(%q, %q) = %v, want %v", line, ps, got, want)
			}
		}
	}
	// the openings grouped by first byte give the same answers as all of them
	for _, line := range randomLines(5000) {
		if line == "" {
			continue
		}
		if got, want := hasPrefixFold(line, furnitureOpenings.candidates(line[0])), hasPrefixFold(line, furnitureOpenings.all); got != want {
			t.Fatalf("%q: grouped openings %v, all %v", line, got, want)
		}
	}
}

// TestPhraseSet holds phraseSet.in to containsAny: a phrase anywhere in
// the line, cut or whole, at its start and end.
func TestPhraseSet(t *testing.T) {
	lines := randomLines(20000)
	for _, p := range notePhrases {
		lines = append(lines, p, "x"+p, p+"x", p[:len(p)-1], p[1:])
	}
	for _, line := range lines {
		for _, list := range [][]string{notePhrases, contributorPhrases} {
			if got, want := newPhraseSet(list).in(line), containsAny(line, list); got != want {
				t.Fatalf("phraseSet.in(%q) = %v, containsAny %v", line, got, want)
			}
		}
	}
}

// TestLabelsByFirst holds the labels grouped by first byte to the list
// read in order: the same label, or none, for every line.
func TestLabelsByFirst(t *testing.T) {
	for _, line := range randomLines(20000) {
		if line == "" {
			continue
		}
		want, got := "", ""
		for _, l := range lineLabels {
			if hasLabel(line, l.label, l.upper) {
				want = l.kind + ":" + l.label
				break
			}
		}
		for _, l := range labelsByFirst[line[0]] {
			if hasLabel(line, l.label, l.upper) {
				got = l.kind + ":" + l.label
				break
			}
		}
		if got != want {
			t.Fatalf("%q: grouped labels give %q, the list %q", line, got, want)
		}
	}
}

// TestCreditLineGate holds isCreditLine, which asks an agency's pairs only
// of a line that ends or opens with the agency, to every pair asked.
func TestCreditLineGate(t *testing.T) {
	every := func(t string, words []string) bool {
		low := strings.ToLower(strings.TrimRight(t, ". "))
		if hasAnyPrefix(low, creditOpenings) {
			return true
		}
		for _, a := range creditAgencies {
			if endsWithPair(low, " via ", a) || endsWithPair(low, "/", a) || endsWithPair(low, "/ ", a) ||
				startsWithPair(low, a, "/") || startsWithPair(low, a, " /") {
				return allCapitalised(words)
			}
		}
		return false
	}
	hits := 0
	for _, line := range append(randomLines(20000), "Ana Ruiz/AP", "AP/Ana Ruiz", "Ana Ruiz via Getty Images.") {
		words := strings.Fields(line)
		got, want := isCreditLine(line, words), every(line, words)
		if got != want {
			t.Fatalf("isCreditLine(%q) = %v, want %v", line, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < 3 {
		t.Fatalf("only %d credit lines among the lines tried", hits)
	}
}

// TestCountWordsProse holds countWords to the byte-by-byte count on lines
// mostly of bytes above a space, where it looks for spaces alone, with
// now and then a tab, a line break or a control byte.
func TestCountWordsProse(t *testing.T) {
	alphabet := []byte{' ', ' ', 'a', 'a', 'a', 'Z', '.', 0x21, 0x7f, 0x80, 0xa0, 0xe2, 0xff}
	rare := []byte{'\t', '\r', '\n', 0x00, 0x1f, 0x0b}
	rng := rand.New(rand.NewPCG(3, 5))
	for trial := 0; trial < 20000; trial++ {
		b := make([]byte, rng.IntN(70))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
			if rng.IntN(40) == 0 {
				b[i] = rare[rng.IntN(len(rare))]
			}
		}
		s := string(b)
		for _, limit := range []int{1, 3, 8, 61} {
			if got, want := countWords(s, limit), countWordsByByte(s, limit); got != want {
				t.Fatalf("countWords(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// TestSignOffTail holds signOffAtEnd, which looks for the dash only after
// the last word in lower case, to the search of the whole tail it did
// before, on random paragraphs of names, dashes and prose.
func TestSignOffTail(t *testing.T) {
	whole := func(t string) (int, int, bool) {
		if t[0] == '"' || strings.HasPrefix(t, "“") {
			return 0, 0, false
		}
		e := strings.TrimRight(t, " .")
		if e == "" || e[len(e)-1] < 'A' {
			return 0, 0, false
		}
		d, dash := lastDash(e, max(0, len(e)-80))
		if d <= 0 {
			return 0, 0, false
		}
		before := strings.TrimRight(e[:d], " -")
		if before == "" || !sentenceClosed(before) {
			return 0, 0, false
		}
		words := strings.Fields(strings.TrimLeft(e[d+dash:], " -"))
		if len(words) < 2 || len(words) > 4 {
			return 0, 0, false
		}
		for _, w := range words {
			if !signedName(w) {
				return 0, 0, false
			}
		}
		for d > 0 && e[d-1] == '-' {
			d--
		}
		return d, len(e), true
	}
	pieces := []string{" ", " ", ".", ". ", "-", "--", " — ", "—", "–", "\t", "\u00a0", "Ana", "Ruiz", "O'Neil", "J.", "de",
		"said", " on Monday", "Dunmore.", "”", "\"", "a", "x-ray", "Z", "é", "\xe2"}
	rng := rand.New(rand.NewPCG(7, 30))
	found := 0
	for trial := 0; trial < 50000; trial++ {
		var sb strings.Builder
		for k := 1 + rng.IntN(14); k > 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		line := sb.String()
		if line == "" {
			continue
		}
		ws, we, wok := whole(line)
		sp, ok := signOffAtEnd(line)
		if ok != wok || ok && (sp.Start != ws || sp.End != we) {
			t.Fatalf("signOffAtEnd(%q) = %v, %v, want %d-%d, %v", line, sp, ok, ws, we, wok)
		}
		if ok {
			found++
		}
	}
	if found < 20 {
		t.Fatalf("only %d sign-offs among the lines tried", found)
	}
}
