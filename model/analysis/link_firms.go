package analysis

import "github.com/byline-reader/byline/model"

// firmContext (a linking pass): a name the recogniser took for a person's
// is a firm's or a body's when one of its mentions stands where only a
// firm or a body stands and none shows a person. A firm's places are
// after a person's role or work and "at" ("a managing director at Holm",
// "a job at Orsk Vale": one works for a person, never at one), before a
// noun for a firm's staff or holdings, straight or after "'s" ("Holm
// Brandt executives", "Orsk Vale's shareholders"), before a role in lower
// case and the name of who holds it ("Orsk Vale spokeswoman Ada Holm"),
// and before "itself" (a person is himself or herself), and after
// "analysts polled by" (polledBy). A person shows in a name that opens with
// a given name ("Ada Holm employees": a firm named after its founder, or
// the founder), a title before a mention ("Mr. Holm"), or a mention of
// one word that ends a fuller name, as a surname does ("Otto Holm" …
// "a director at Holm": the metonym of a person's firm, or the person); a
// firm's short form is its first word. All mentions of the name change,
// its short form's with its full one's ("Goldman Sachs" … "a managing
// director at Goldman").
func firmContext(l *linker) {
	firms := l.keysWhere(func(m *mention) bool { return m.typ == model.Person && l.inFirmPlace(m) })
	firms = l.listedFirms(firms)
	if firms == nil {
		return // most articles: no mention is asked of the empty map
	}
	toks := l.tz.toks
	for _, m := range l.ms {
		if !firms[m.key] {
			continue
		}
		if givenAt(l.tz, m.ts) || m.ts > 0 && toks[m.ts-1].in(wcPersonTitle) {
			firms[m.key] = false
		}
		if m.te-m.ts == 1 {
			for _, o := range l.ms {
				if o.typ == model.Person && o.te-o.ts > 1 && toks[o.te-1].low == toks[m.ts].low {
					firms[m.key] = false
				}
			}
		}
	}
	for i := range l.ms {
		if m := &l.ms[i]; m.typ == model.Person && firms[m.key] {
			m.typ = model.Organization
		}
	}
}

// inFirmPlace reports whether mention m stands in one of a firm's places
// (firmContext).
func (l *linker) inFirmPlace(m *mention) bool {
	toks := l.tz.toks
	if m.ts >= 2 && toks[m.ts-1].text == "at" && toks[m.ts-2].sent == toks[m.ts].sent {
		if w := &toks[m.ts-2]; !w.capital && (w.in(wcRoleNoun) || firmWorkWords[w.low] ||
			len(w.low) > 1 && w.low[len(w.low)-1] == 's' && roleNouns[w.low[:len(w.low)-1]]) {
			return true
		}
	}
	if polledBy(toks, m.ts) {
		return true
	}
	k := m.te
	if k >= len(toks) || toks[k].sent != toks[m.te-1].sent {
		return false
	}
	if toks[k].low == "itself" || roleThenName(toks, k) {
		return true
	}
	if (toks[k].text == "'s" || toks[k].text == "’s") && k+1 < len(toks) && toks[k+1].sent == toks[k].sent {
		k++
	}
	// the nouns are all long and end in "s" or "y": a byte or two rule out
	// nearly every word after a name ("said", "and") before the map does
	w := toks[k].low
	return len(w) >= 7 && (w[len(w)-1] == 's' || w[len(w)-1] == 'y') && !toks[k].capital && firmStaffNouns[w]
}

// keysWhere is the set of keys of the mentions, titles of works aside,
// that ok holds for; nil when there are none, so that most articles make
// no map.
func (l *linker) keysWhere(ok func(m *mention) bool) map[string]bool {
	var keys map[string]bool
	for i := range l.ms {
		m := &l.ms[i]
		// keys is asked only once made: a nil map's look-up still calls
		// the runtime, for every mention of most articles
		if m.title || keys != nil && keys[m.key] || !ok(m) {
			continue
		}
		if keys == nil {
			keys = map[string]bool{}
		}
		keys[m.key] = true
	}
	return keys
}

// roleThenName reports whether a role in lower case, of one or two words,
// opens at token k with a capitalised name right after it, in k's
// sentence: the name before it is the employer's ("Petofi general manager
// Laszlo Sebesvari", "Vell Foods spokeswoman Ada Holm"); a person's own
// staff ("Reed spokesman …") show a person by the rules of firmContext.
func roleThenName(toks []token, k int) bool {
	e := k
	for e < len(toks) && e-k < 2 && !toks[e].capital && toks[e].sent == toks[k].sent && (toks[e].in(wcRoleNoun) || toks[e].low == "general") {
		e++
	}
	return e > k && toks[e-1].in(wcRoleNoun) && e < len(toks) && toks[e].sent == toks[k].sent && toks[e].capital && toks[e].isNameWord()
}

// listedFirms adds to firms the keys of the names the recogniser took for
// people's in a list that a plural noun for firms opens ("multinational
// firms including Mobil, Shell and Caltex", "carriers such as Vell Air"):
// the first name right after "including", "such as" or "like", and each
// after it with only a comma, "and" or ", and" between.
func (l *linker) listedFirms(firms map[string]bool) map[string]bool {
	toks := l.tz.toks
	for i := range l.ms {
		m := &l.ms[i]
		if m.title || !firmListOpens(toks, m.ts) {
			continue
		}
		for j := i; j < len(l.ms) && (j == i || listGap(toks, l.ms[j-1].te, l.ms[j].ts)); j++ {
			if l.ms[j].typ == model.Person && !l.ms[j].title {
				if firms == nil {
					firms = map[string]bool{}
				}
				firms[l.ms[j].key] = true
			}
		}
	}
	return firms
}

// firmListOpens reports whether a list of firms opens at token k: after
// "including", "like" or "such as", after a plural noun for firms
// ("firms", "companies", "banks"), in k's sentence.
func firmListOpens(toks []token, k int) bool {
	b := k - 1
	if b < 1 || toks[b].sent != toks[k].sent {
		return false
	}
	switch {
	case toks[b].low == "including" || toks[b].low == "like":
		b--
	case toks[b].low == "as" && b >= 2 && toks[b-1].low == "such":
		b -= 2
	default:
		return false
	}
	if b >= 0 && toks[b].text == "," {
		b--
	}
	if b < 0 || toks[b].sent != toks[k].sent || toks[b].capital {
		return false
	}
	w := toks[b].low
	return w == "companies" || len(w) > 3 && w[len(w)-1] == 's' && bodyKindNouns[w[:len(w)-1]]
}

// polledBy (names36) reports whether the name at token k follows "polled
// by" or "surveyed by" after a plural noun of forecasters ("analysts
// polled by Vell Data", "economists surveyed by Orsk"): a firm that
// gathers forecasts, as financial news writes it, in k's sentence.
func polledBy(toks []token, k int) bool {
	if k < 3 || toks[k-1].low != "by" || toks[k-3].sent != toks[k].sent {
		return false
	}
	v := toks[k-2].low
	return (v == "polled" || v == "surveyed") && forecasterNouns[toks[k-3].low]
}
