package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// A figure run into a name. The tagger now and then takes a figure or an
// ordinal in figures before a name into it: "the 335th Twitter account of
// a group", "the 2008 Democratic National Convention". The figure counts
// or dates the thing the name modifies, not the body: the article names
// the body without it elsewhere ("Twitter tried to shut it down"), and
// the name with the figure, once a body, would even take those mentions
// over. Where a figure is part of the name, the name stands with it
// every time: "Fifth Avenue", "36th Street", "the 6th Circuit".

// figureBeforeName drops a leading figure ("335th", "2008") from a name
// of two words or more, not a person's, whose other words the article
// also names alone: a mention with the same key that opens with no figure.
func figureBeforeName(l *linker) {
	toks, ms := l.tz.toks, l.ms
	led := false
	for _, m := range ms {
		if !m.title && m.te-m.ts >= 2 && startsDigit(toks[m.ts].text) {
			led = true
			break
		}
	}
	if !led {
		return // most articles have no name that opens with a figure
	}
	keys := map[string]bool{}
	for _, m := range ms {
		if !m.title && !startsDigit(toks[m.ts].text) {
			keys[m.key] = true
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.title || m.typ == model.Person || m.te-m.ts < 2 || !startsDigit(toks[m.ts].text) || !hasLetter(toks[m.ts+1].text) {
			continue
		}
		name := normalizeName(l.a.Text[toks[m.ts+1].Start:toks[m.te-1].End])
		if key := strings.ToLower(name); keys[key] {
			m.ts, m.name, m.key = m.ts+1, name, key
		}
	}
}
