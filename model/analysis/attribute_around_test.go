package analysis

import (
	"strings"
	"testing"
)

// TestAroundMatchesScan holds the arounds newAttributor works out once per
// quotation to a scan from the quotation's offsets, as around made every
// time it was asked, on quotations at the starts and ends of paragraphs,
// several to a paragraph, across paragraphs and after a dropped nickname.
func TestAroundMatchesScan(t *testing.T) {
	texts := [][]string{
		{"“We will build it,” Ann Reed said. “And soon.”", "Tomas Brandt disagreed: “Never.”"},
		{"Dora “Dot” Penrose said the quay was “a wreck” and “a danger to all”, then left."},
		{"“One.” “Two.” “Three,” she said, “four.”", "“Five", "“Six,” he added."},
		{"The board called it “ludicrous”", "“Nothing", "“Nothing more,” said the harbour master"},
		{"Ann Reed said:", "“We are ready. We have been ready for years, and the harbour is ready too.”"},
	}
	for _, paras := range texts {
		a := article(paras...)
		at := newAttributor(a, Default().prepare(a))
		if at == nil {
			t.Fatalf("no quotation in %q", paras)
		}
		for qi := range a.Quotes {
			if got, want := at.around(qi), scanAround(at, qi); got != want {
				t.Errorf("%q: around(%d) = %+v, scan %+v", a.Quotes[qi].Text, qi, got, want)
			}
		}
	}
}

// scanAround is around as a scan from the quotation's offsets.
func scanAround(at *attributor, qi int) around {
	toks := at.tz.toks
	q := at.a.Quotes[qi]
	qs := tokenAt(toks, q.Start)
	if qs < 0 {
		return around{}
	}
	qe := qs
	for qe < len(toks) && toks[qe].Start < q.End {
		qe++
	}
	para := toks[qe-1].para
	paraEnd := qe
	for paraEnd < len(toks) && toks[paraEnd].para == para && paraEnd-qe < maxLeading {
		paraEnd++
	}
	nextQuote := qe
	for nextQuote < paraEnd && at.qtok[nextQuote] < 0 {
		nextQuote++
	}
	return around{qs, qe, paraEnd, nextQuote, true}
}

// TestFillInts holds fillInts to a loop, on lengths about the powers of
// two its copies double through.
func TestFillInts(t *testing.T) {
	for n := 0; n < 70; n++ {
		s := make([]int, n+1)
		s[n] = 7 // past the slice filled: left alone
		fillInts(s[:n], -1)
		for i := 0; i < n; i++ {
			if s[i] != -1 {
				t.Fatalf("fillInts of %d: element %d is %d", n, i, s[i])
			}
		}
		if s[n] != 7 {
			t.Fatalf("fillInts of %d wrote past the slice", n)
		}
	}
}

// TestFormMarks holds the attributor's marks of form slots to the word
// lists they stand for, token by token, on text that writes each list's
// words in several cases, beside words that are none of them.
func TestFormMarks(t *testing.T) {
	paras := []string{"“We will build it,” Ann Reed said, and she spoke about it. Yet BUT Or and or but yet.",
		"Tomas Brandt talked and talked, but he referred to “nothing”, or so he speaks; Speaking, Referring, TALKS."}
	var words []string
	for _, set := range []map[string]bool{coordinators, phraseCues} {
		for w := range set {
			words = append(words, w, strings.ToUpper(w[:1])+w[1:])
		}
	}
	paras = append(paras, strings.Join(words, " ")+" andy butter order yeti speak talk refer.")
	a := article(paras...)
	at := newAttributor(a, Default().prepare(a))
	if at == nil {
		t.Fatal("no quotation found")
	}
	for k, tok := range at.tz.toks {
		if got, want := at.marked(k, fmCoordinator), coordinators[tok.low]; got != want {
			t.Errorf("%q marked coordinator %v, in coordinators %v", tok.text, got, want)
		}
		if got, want := at.marked(k, fmPhraseCue), phraseCues[tok.low]; got != want {
			t.Errorf("%q marked phrase cue %v, in phraseCues %v", tok.text, got, want)
		}
	}
}
