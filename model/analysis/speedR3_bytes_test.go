package analysis

import (
	"strings"
	"testing"
)

// TestByteCursor holds byteCursor.within to strings.IndexByte over the
// span, for spans asked in text order, backwards and at random, and
// holds compoundModifiers' use of it: every token compoundModifier takes
// has a hyphen in its span of the text.
func TestByteCursor(t *testing.T) {
	text := "Pro-Kessary groups - and the anti-war, well-known al-Assad -- x- -y ok-"
	var spans [][2]int
	for s := 0; s <= len(text); s++ {
		for e := s; e <= len(text); e += 3 {
			spans = append(spans, [2]int{s, e})
		}
	}
	for _, order := range []string{"forward", "backward", "shuffled"} {
		b := newByteCursor(text, '-')
		for i := range spans {
			sp := spans[i]
			switch order {
			case "backward":
				sp = spans[len(spans)-1-i]
			case "shuffled":
				sp = spans[(i*7919)%len(spans)]
			}
			want := strings.IndexByte(text[sp[0]:sp[1]], '-') >= 0
			if got := b.within(sp[0], sp[1]); got != want {
				t.Errorf("%s: within(%d, %d) = %v, want %v", order, sp[0], sp[1], got, want)
			}
		}
	}
	a := article("Pro-Kessary Senator Ana Reed-Holm met Anti-Vell Party chiefs",
		"The Pro-Kessary Alliance and the al-Assad government, with US-backed Kessary-Vell Bank, met. Post-Brexit Britain.")
	p := Default()
	tz := p.prepare(a)
	defer tz.release()
	for k := range tz.toks {
		tk := &tz.toks[k]
		if compoundModifier(tk) && strings.IndexByte(tz.text[tk.Start:tk.End], '-') < 0 {
			t.Errorf("compoundModifier takes %q, whose span of the text holds no hyphen", tk.text)
		}
	}
}
