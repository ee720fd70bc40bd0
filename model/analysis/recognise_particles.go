package analysis

import "github.com/byline-reader/byline/model"

// Surnames that open with a particle written with a capital when the
// surname stands alone: "Van der Westhuizen", "De Wilde", "Van Moer", "Le
// Pen", "Di Canio". The tagger takes the capitalised particle for a name
// of its own ("Van", a place) or leaves it out, and the person is listed
// by the rest.

// particleSurnames takes into a person's mention the capitalised particle
// right before it, with any particles in lower case between ("Van der"),
// in one sentence, dropping a mention of the particle alone.
func particleSurnames(tz *tokenized, raw []rawMention) []rawMention {
	toks := tz.toks
	drop := false
	for i := range raw {
		r := &raw[i]
		if r.typ != model.Person || r.title || r.ts == 0 {
			continue
		}
		k := r.ts - 1
		for k > 0 && !toks[k].capital && toks[k].in(wcNameParticle) && toks[k-1].sent == toks[r.ts].sent {
			k--
		}
		if !toks[k].capital || !toks[k].in(wcNameParticle) || arabicArticles[toks[k].low] || toks[k].sent != toks[r.ts].sent ||
			!toks[r.ts].capital {
			continue
		}
		if i > 0 && raw[i-1].te > k {
			if raw[i-1].ts != k || raw[i-1].te != k+1 {
				continue // a longer name runs into it
			}
			raw[i-1].te, drop = raw[i-1].ts, true // "Van", typed a place
		}
		r.ts = k
	}
	if drop {
		return withoutEmpty(raw)
	}
	return raw
}

// arabicArticles are particles that open a name of their own or are a
// given name too ("Al Sharpton"), which particleSurnames leaves alone.
var arabicArticles = wordSet(`al el bin ibn abu`)

// particleSurname (a linking pass): a person's surname with its particle
// written with a capital ("Van der Westhuizen") is the person of the one
// full name of the article that ends in it ("Joost van der Westhuizen"),
// however the recogniser typed it ("De Smet" a body after a quotation).
// The person a mention is joined to already counts among the full names
// (recog46): "Abu Rumman" joined to Mahmoud Abu Rumman by an earlier pass
// stays his though a Khaled Abu Rumman is named later, where skipping its
// own person made Khaled look the only one.
func particleSurname(l *linker) {
	toks := l.tz.toks
	for i := range l.ms {
		m := &l.ms[i]
		if m.title || m.te-m.ts < 2 || !toks[m.ts].capital || !toks[m.ts].in(wcNameParticle) {
			continue // a body's or a place's name too: "De Smet" typed a body after Hendrik De Smet (recog45)
		}
		n := m.te - m.ts
		var to *mention
		for j := range l.ms {
			o := &l.ms[j]
			if o.typ != model.Person || o.te-o.ts <= n || to != nil && to.key == o.key {
				continue
			}
			same := true
			for k := 0; k < n && same; k++ {
				same = toks[o.te-n+k].low == toks[m.ts+k].low
			}
			if !same {
				continue
			}
			if to != nil {
				to = nil // two people end so: leave it
				break
			}
			to = o
		}
		if to != nil && to.key != m.key {
			m.key, m.name, m.typ = to.key, to.name, model.Person
		}
	}
}
