package analysis

import (
	"slices"
	"strings"
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

// oneWordShortNameByKey is oneWordShortName as it was before it passed
// over the one-word mentions whose form's slot holds no word of a full
// name: every one is looked up by its key.
func oneWordShortNameByKey(l *linker) {
	ms := l.ms
	// the full names each word is short for, the first mention of each
	// key: a list for every word, chained through one array of nodes
	// from its latest node (in shortFor), rather than a map for every word
	type shortNode struct{ m, prev int32 }
	var nodes []shortNode
	shortFor := map[string]int32{}
	addShort := func(w string, i int) {
		head, ok := shortFor[w]
		if !ok {
			head = -1
		}
		for k := head; k >= 0; k = nodes[k].prev {
			if ms[nodes[k].m].key == ms[i].key {
				return
			}
		}
		shortFor[w] = int32(len(nodes))
		nodes = append(nodes, shortNode{m: int32(i), prev: head})
	}
	for i, m := range ms {
		if m.typ != model.Organization && m.typ != model.Place || m.te-m.ts < 2 {
			continue
		}
		first, last := l.firstWord(m), l.lastWord(m)
		if m.typ == model.Organization {
			addShort(last, i)
		}
		if m.te-m.ts == 2 {
			ft, lt := &l.tz.toks[m.ts], &l.tz.toks[m.te-1]
			switch {
			case m.typ == model.Organization && lt.in(wcOrgHead), m.typ == model.Place && lt.in(wcGeoHead|wcStreetHead):
				addShort(first, i)
			case m.typ == model.Place && ft.in(wcNaturalFirst|wcPlaceFirst):
				addShort(last, i)
			}
		}
	}
	var cands []int
	for i := range ms {
		m := &ms[i]
		if m.te-m.ts != 1 || m.key != l.firstWord(*m) {
			continue
		}
		head, ok := shortFor[m.key]
		if !ok {
			continue
		}
		cands = cands[:0]
		for k := head; k >= 0; k = nodes[k].prev {
			cands = append(cands, int(nodes[k].m))
		}
		if len(cands) > 1 {
			// "the lower Vell" is the River Vell, not the Vell Bridge named
			// after it
			river := cands[:0]
			for _, j := range cands {
				if mj := ms[j]; mj.typ == model.Place && l.tz.toks[mj.ts].in(wcNaturalFirst) && l.lastWord(mj) == m.key {
					river = append(river, j)
				}
			}
			cands = river
		}
		if len(cands) != 1 {
			continue
		}
		if j := cands[0]; l.joinsShort(*m, ms[j]) {
			m.key, m.name, m.typ = ms[j].key, ms[j].name, ms[j].typ
		}
	}
}

// TestOneWordShortNameSlots holds oneWordShortName to the look-up of every
// one-word mention, on bodies and places whose first or last word stands
// alone later, in other cases too.
func TestOneWordShortNameSlots(t *testing.T) {
	a := article("Dunmore Athletic beat Harrow Rovers at Kessary Bay, near Lake Orrin and the River Vell.",
		"Athletic's keeper said Rovers played well; KESSARY cheered, and Orrin and Vell froze.",
		"The Harbour Trust and Vell Bridge Company met; the Trust and Bridge said Kessary Bay was calm. Vell rose.")
	p := Default()
	tz := p.prepare(a)
	defer tz.release()
	raw := p.recognise(tz)
	mentions := func(run func(*linker)) []mention {
		l := &linker{a: a, tz: tz}
		l.ms = slices.Clone(trimmedMentions(a, tz, raw))
		// the full names as the test means them, whatever the recogniser
		// made of them
		at := map[string]int{}
		for k, tok := range tz.toks {
			if _, ok := at[tok.text]; !ok {
				at[tok.text] = k
			}
		}
		for _, n := range []struct {
			first, name string
			typ         model.EntityType
		}{{"Dunmore", "Dunmore Athletic", model.Organization}, {"Harrow", "Harrow Rovers", model.Organization},
			{"Kessary", "Kessary Bay", model.Place}, {"Lake", "Lake Orrin", model.Place}, {"River", "River Vell", model.Place},
			{"Harbour", "Harbour Trust", model.Organization}} {
			k := at[n.first]
			l.ms = append(l.ms, mention{ts: k, te: k + 2, typ: n.typ, key: strings.ToLower(n.name), name: n.name})
		}
		for _, w := range []string{"Athletic", "Rovers", "KESSARY", "Orrin", "Vell", "Trust"} {
			for k, tok := range tz.toks {
				if tok.text == w {
					l.ms = append(l.ms, mention{ts: k, te: k + 1, typ: model.Person, key: tok.low, name: w})
				}
			}
		}
		run(l)
		return l.ms
	}
	got, want := mentions(oneWordShortName), mentions(oneWordShortNameByKey)
	if !slices.Equal(got, want) {
		t.Errorf("mentions %v, want %v", got, want)
	}
	joined := 0
	for i, m := range mentions(func(*linker) {}) {
		if want[i].key != m.key {
			joined++
		}
	}
	if joined < 4 {
		t.Errorf("%d short names joined: the test says little", joined)
	}
}
