package analysis

import (
	"strings"

	"github.com/byline-reader/byline/model"
)

// A family in one article: a surname several people of the article carry
// (a senator and her husband, a candidate and his son). News introduces
// the relative once, often as an aside ("a teacher's aide, Anne Reed,
// who"), and goes on calling its subject by the bare surname; the
// relative keeps the bare surname only while the text is still about
// them. So the person the discourse names last takes a bare surname in
// the paragraph that names them, and in the next two while the story's
// main referent is not named again; past that the bare surname is the
// main referent's, the person the article has named far more often so
// far. A relative a possessive and a kin noun introduce ("his wife, Ana
// Reed, wrote") is named for the main referent's sake, and takes it over
// in no paragraph.

// familyMainMin and familyMainShare say when one family member is plainly
// the story's main referent: named at least familyMainMin times before the
// bare surname, and familyMainShare times as often as the one the
// discourse last named.
const (
	familyMainMin   = 3
	familyMainShare = 2
	familyReach     = 2 // paragraphs after the relative's
)

// familyReferent returns the full-name mention among cands that the bare
// surname ms[i] joins in place of chosen, the one the recency of
// discourse picked, or chosen itself. agrees rules out candidates whose
// gender a title or a pronoun contradicts.
func (l *linker) familyReferent(cands []int, i, chosen int, agrees func(int) bool) int {
	ms, toks := l.ms, l.tz.toks
	ck := ms[chosen].key
	// the references so far to each candidate's person, full names and
	// short names alike, and the paragraph of the latest: a few keys,
	// read through rather than kept in a map
	type ref struct {
		key   string
		n     int   // references so far
		para  int32 // the paragraph of the latest not through a kin noun, or -2
		first int   // a full-name mention of the key among cands
	}
	var refs [4]ref
	keys := refs[:0]
	for _, c := range cands {
		if ms[c].ts >= ms[i].ts {
			break // cands are in text order
		}
		known := false
		for _, r := range keys {
			known = known || r.key == ms[c].key
		}
		if !known && len(keys) < cap(keys) && agrees(c) {
			keys = append(keys, ref{key: ms[c].key, para: -2, first: c})
		}
	}
	if len(keys) < 2 {
		return chosen
	}
	t := l.familyTally(i)
	for r := range keys {
		if c, ok := t.refs[keys[r].key]; ok {
			keys[r].n, keys[r].para = c.n, c.para
		}
	}
	var cur, main *ref
	for r := range keys {
		if keys[r].key == ck {
			cur = &keys[r]
		}
		if main == nil || keys[r].n > main.n {
			main = &keys[r]
		}
	}
	if cur == nil || main == cur || main.n < familyMainMin || main.n < familyMainShare*cur.n {
		return chosen
	}
	if strings.HasSuffix(main.key, " "+cur.key) || strings.HasSuffix(cur.key, " "+main.key) {
		return chosen // one name run on into a word before it, "Floridians Ana Reed": one person
	}
	p := toks[ms[i].ts].para
	if cur.para == p || cur.para >= p-familyReach && main.para < cur.para {
		return chosen // the relative's own paragraph, or one soon after that the main referent has not interrupted
	}
	return main.first
}

// familyRefs counts, by key, the references to people the article has
// made before a mention, and the paragraph of the latest that no kin noun
// introduces: counted once for the article, in the order oneWordPerson
// asks, only once a bare surname has two people it may name.
type familyRefs struct {
	upto int // the mentions before this one are counted
	refs map[string]familyRef
}

// familyRef is familyRefs' count for one key.
type familyRef struct {
	n    int
	para int32
}

// familyTally is the count of the references in the mentions before
// ms[i], carried on from the last call: oneWordPerson asks in text order,
// and the mentions before one it asks about are joined already.
func (l *linker) familyTally(i int) *familyRefs {
	if l.family == nil || l.family.upto > i {
		l.family = &familyRefs{refs: map[string]familyRef{}}
	}
	t := l.family
	for ; t.upto < i; t.upto++ {
		m := &l.ms[t.upto]
		if m.typ != model.Person {
			continue
		}
		r, ok := t.refs[m.key]
		if !ok {
			r.para = -2
		}
		r.n++
		// "his wife, Ana Reed, wrote": the relative speaks, but the
		// possessive says whom the story is about; a one-word name is
		// introduced so only after a comma ("his wife, Ana,")
		kin := false
		if m.te-m.ts > 1 || m.ts > 0 && l.tz.toks[m.ts-1].text == "," {
			_, kin = l.kinBefore(*m)
		}
		if !kin {
			r.para = max(r.para, l.tz.toks[m.ts].para)
		}
		t.refs[m.key] = r
	}
	return t
}
