package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// missedSurnameByText is missedSurname as it was before it passed over
// tokens by their form's slot: every token whose first byte opens a
// surname is looked up in the map of surnames as written.
func missedSurnameByText(l *linker) {
	toks := l.tz.toks
	surname := map[string]int{}
	for i, m := range l.ms {
		if m.typ != model.Person || m.te-m.ts < 2 {
			continue
		}
		w := toks[m.te-1].text
		if j, ok := surname[w]; ok && j >= 0 && l.ms[j].key != m.key {
			surname[w] = -1
		} else if !ok {
			surname[w] = i
		}
	}
	covered := make([]bool, len(toks))
	for _, m := range l.ms {
		for k := m.ts; k < m.te; k++ {
			covered[k] = true
		}
	}
	for k := range toks {
		t := &toks[k]
		j, ok := surname[t.text]
		if !ok || j < 0 || covered[k] || t.para < 0 || t.in(wcWeekday|wcPronoun) || l.a.InFurniture(t.Span) {
			continue
		}
		if k+1 < len(toks) && toks[k+1].sent == t.sent && toks[k+1].capital && hasLetter(toks[k+1].text) {
			continue
		}
		if k > 0 && toks[k-1].sent == t.sent && toks[k-1].capital && hasLetter(toks[k-1].text) && !toks[k-1].in(wcPersonTitle) {
			continue
		}
		l.ms = append(l.ms, mention{ts: k, te: k + 1, typ: model.Person, key: l.ms[j].key, name: l.ms[j].name})
	}
}

// TestMissedSurnameSlots holds missedSurname, which passes over the
// tokens whose form no surname has, to the look-up of every token: the
// surnames written in other cases ("REED", "reed"), shared by two people
// ("Holm"), and words that share a surname's first letter.
func TestMissedSurnameSlots(t *testing.T) {
	a := article("Ruth Calloway and Ana Reed met Ivo Holm and Lena Holm on Monday.",
		"Calloway, who co-wrote it, said REED and reed agreed; Holm left, and Reeds and Rye stayed. Reed said so.",
		"CALLOWAY spoke. Later, Calloway and Reed left with Cal.")
	p := Default()
	tz := p.prepare(a)
	defer tz.release()
	mentions := func(run func(*linker)) []mention {
		// the full names alone, as though the recogniser had missed every
		// surname standing alone
		l := &linker{a: a, tz: tz}
		at := map[string]int{}
		for k, tok := range tz.toks {
			if _, ok := at[tok.text]; !ok {
				at[tok.text] = k
			}
		}
		for _, n := range [][2]string{{"Ruth", "Calloway"}, {"Ana", "Reed"}, {"Ivo", "Holm"}, {"Lena", "Holm"}} {
			k := at[n[0]]
			l.ms = append(l.ms, mention{ts: k, te: k + 2, typ: model.Person, key: n[0] + " " + n[1], name: n[0] + " " + n[1]})
		}
		run(l)
		return l.ms
	}
	got, want := mentions(missedSurname), mentions(missedSurnameByText)
	if !slices.Equal(got, want) {
		t.Errorf("mentions %v, want %v", got, want)
	}
	if base := mentions(func(*linker) {}); len(want)-len(base) < 3 {
		t.Errorf("the pass finds %d surnames, want 3 or more: %v", len(want)-len(base), want[len(base):])
	}
}

// TestEntityAliases holds the aliases linking gives an entity, gathered
// without a map, to the map's answer: each name its mentions are written
// as, other than the entity's own, once, in sorted order.
func TestEntityAliases(t *testing.T) {
	a := article("Ruth Calloway met Ana Reed in Dunmore. Calloway said Reed was late; CALLOWAY agreed.",
		"Later Calloway and Ruth Calloway's aide, with Reed and Ms. Reed, left Dunmore for Port Anselm.",
		"“We go on,” said Calloway. Reed nodded. Calloway, Calloway and Reed stayed.")
	p := Default()
	p.Analyze(a)
	withAliases := 0
	for _, e := range a.Entities {
		seen := map[string]bool{e.Name: true}
		var want []string
		for _, m := range e.Mentions {
			if n := normalizeName(m.Text); !seen[n] {
				seen[n] = true
				want = append(want, n)
			}
		}
		slices.Sort(want)
		if !slices.Equal(e.Aliases, want) {
			t.Errorf("%s: aliases %q, want %q", e.Name, e.Aliases, want)
		}
		if len(want) > 0 {
			withAliases++
		}
	}
	if withAliases < 2 {
		t.Errorf("%d entities with aliases: the test says little (%v)", withAliases, a.Entities)
	}
}
