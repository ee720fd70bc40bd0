package analysis

import "testing"

// TestQuoteStart holds quoteStart to tokenAt of every quotation's start,
// on quotations at the starts and ends of paragraphs, after a colon and
// after a dropped nickname.
func TestQuoteStart(t *testing.T) {
	texts := [][]string{
		{"“We will build it,” Ann Reed said. “And soon.”", "Tomas Brandt disagreed: “Never.”"},
		{"Dora “Dot” Penrose said the quay was “a wreck” and “a danger to all”, then left."},
		{"“One.” “Two.” “Three,” she said, “four.”", "“Five", "“Six,” he added."},
		{"Ann Reed said:", "“We are ready. We have been ready for years.”"},
	}
	for _, paras := range texts {
		a := article(paras...)
		at := newAttributor(a, Default().prepare(a))
		if at == nil {
			t.Fatalf("no quotation in %q", paras)
		}
		for qi, q := range a.Quotes {
			if got, want := at.quoteStart(qi), tokenAt(at.tz.toks, q.Start); got != want {
				t.Errorf("%q: quoteStart(%d) = %d, tokenAt %d", q.Text, qi, got, want)
			}
		}
	}
}
