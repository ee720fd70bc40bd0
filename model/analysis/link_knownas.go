package analysis

import "github.com/byline-reader/byline/model"

// knownAs: a nickname given right after a person's name ("Ana Ruiz, known
// as \"The Hammer\"", "Ana Ruiz, nicknamed Tebza", "Ana Ruiz (better known
// as Nana)") is another name of that person, not a person of its own
// (furn30). The nickname's mentions, wherever the article writes them,
// join the person's.
func knownAs(l *linker) {
	toks, ms := l.tz.toks, l.ms
	var join map[string]int // a nickname's key to the mention of the person it names
	for i := 1; i < len(ms); i++ {
		m := &ms[i]
		if m.te-m.ts > 3 {
			continue
		}
		k := m.ts - 1
		for k > 0 && isQuoteMark(toks[k].text) {
			k-- // the marks around the nickname
		}
		c := knownAsCueBefore(l.tz, k)
		if c < 0 {
			continue
		}
		for c > 0 && (toks[c-1].text == "," || toks[c-1].text == "(" || knownAsFillers[toks[c-1].low]) {
			c--
		}
		p := &ms[i-1]
		if p.typ != model.Person || p.te != c || p.key == m.key || toks[p.ts].sent != toks[m.ts].sent {
			continue
		}
		if join == nil {
			join = map[string]int{}
		}
		join[m.key] = i - 1
	}
	if join == nil {
		return
	}
	for i := range ms {
		if j, ok := join[ms[i].key]; ok && ms[i].key != ms[j].key {
			// a quoted nickname is no work's title
			ms[i].typ, ms[i].key, ms[i].name, ms[i].title = model.Person, ms[j].key, ms[j].name, false
		}
	}
}

// knownAsCueBefore is where the words that give a nickname start when they
// end at token k ("known as", "nicknamed", "dubbed", "alias"), or -1.
func knownAsCueBefore(tz *tokenized, k int) int {
	if k < 1 {
		return -1
	}
	switch tz.toks[k].low {
	case "nicknamed", "nicknamed:", "dubbed", "alias", "aka", "a.k.a.", "a.k.a":
		return k
	case "as":
		if tz.toks[k-1].low == "known" {
			return k - 1
		}
	}
	return -1
}

// knownAsFillers stand between a person's name and "known as": "Ana Ruiz,
// who is better known as …", "also known as".
var knownAsFillers = wordSet(`who is was also better widely popularly affectionately fondly simply locally`)

// isQuoteMark reports whether w is a quotation mark.
func isQuoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’", "``", "''":
		return true
	}
	return false
}
