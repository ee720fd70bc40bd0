package analysis

import "github.com/byline-reader/byline/model"

// "The elder Quispe said", "Pereira senior left the court": two people of
// one family share the surname, one brought in as the other's child
// ("Quispe's daughter, Rosa Quispe Huaman") or parent ("his father,
// Takeshi Okabe"), and "the elder" or "the younger" before the bare
// surname, or "senior" or "junior" after it, tells which is meant, though
// the child is the one named last.

// generationWords tell, after "the", the generation of the person a
// bare surname names: +1 the elder, -1 the younger; generationAfter do so
// after the surname ("Pereira senior").
var (
	generationWords = map[string]int{"elder": 1, "older": 1, "senior": 1, "younger": -1, "junior": -1}
	generationAfter = map[string]int{"senior": 1, "snr": 1, "junior": -1, "jnr": -1}
)

// childKin and parentKin are the kin nouns that make the person named
// after them a child or a parent of whoever owns them.
var (
	childKin  = wordSet(`son daughter grandson granddaughter stepson stepdaughter child grandchild`)
	parentKin = wordSet(`father mother grandfather grandmother stepfather stepmother parent`)
)

// generationReferent picks, among the full-name mentions cands written
// before the one-word mention i, the one "the elder" or "the younger"
// before it, or "senior" or "junior" after it, means: of two people, the
// one the article brought in as the other's parent, or as the other's
// child. ok is false when no such word stands there or the article tells
// no generation.
func (l *linker) generationReferent(cands []int, i int) (int, bool) {
	toks := l.tz.toks
	ts, te := l.ms[i].ts, l.ms[i].te
	want := 0
	if ts >= 2 && l.tz.lex(ts-1)&lxGeneration != 0 && toks[ts-2].low == "the" {
		want = generationWords[toks[ts-1].low] // "the elder Quispe"
	}
	if want == 0 && te+1 < len(toks) && l.tz.lex(te)&lxGeneration != 0 && toks[te].sent == toks[ts].sent && !toks[te].capital {
		// "Pereira senior, who did not speak", not "Pereira senior adviser"
		if n := &toks[te+1]; !isLowerWord(n.text) || roleHead(n.low) == "" && !unnamedHeads[n.low] {
			want = generationAfter[toks[te].low]
		}
	}
	if want == 0 {
		return -1, false
	}
	// the generation of each key: -1 a child, +1 a parent, 0 untold
	pick, pickGen, keys, told := -1, 0, 0, false
	seen := map[string]bool{}
	for _, c := range cands {
		m := l.ms[c]
		if m.ts >= ts {
			continue
		}
		g := l.kinGeneration(m)
		if !seen[m.key] {
			seen[m.key] = true
			keys++
		}
		told = told || g != 0
		if pick < 0 || g*want > pickGen*want || g == pickGen && l.ms[pick].key == m.key {
			pick, pickGen = c, g
		}
	}
	if keys != 2 || !told || pick < 0 {
		return -1, false
	}
	return pick, true
}

// kinGeneration is +1 when the full name m is written after a parent's
// kin noun and its owner ("her father, Ivo Reed", "Reed's father Ivo
// Reed"), -1 after a child's ("Quispe's daughter, Rosa Quispe Huaman"),
// else 0.
func (l *linker) kinGeneration(m mention) int {
	toks := l.tz.toks
	p := m.ts - 1
	if p >= 0 && toks[p].text == "," {
		p--
	}
	if p < 1 || toks[p].sent != toks[m.ts].sent {
		return 0
	}
	if o := &toks[p-1]; !isPossessive(o.text) && !o.in(wcPossessive) && o.low != "whose" {
		return 0
	}
	switch w := toks[p].low; {
	case childKin[w]:
		return -1
	case parentKin[w]:
		return 1
	}
	return 0
}

// kinOwner is the person a possessive at token k before a kin noun and a
// relative's name refers to when the relative's surname tells it: "Judge
// Rafael Nogueira sentenced Antonio Pereira, 66, to six years. His son,
// Marcos Pereira, …" is Antonio Pereira's son, not the judge's, who was
// the sentence's subject. Of the people in reach (cands), the one other
// than the relative whose name ends in the relative's surname, of the
// pronoun's gender or of none known; -1 when there is not exactly one, or
// no such phrase stands at k.
func (at *attributor) kinOwner(k int, cands []salient, referable []bool, g string) int {
	toks := at.tz.toks
	if w := toks[k].low; w != "his" && w != "her" || k+2 >= len(toks) || !kinNouns[toks[k+1].low] {
		return -1
	}
	n := k + 2
	if toks[n].text == "," {
		n++
	}
	if n >= len(toks) || toks[n].sent != toks[k].sent || at.ment[n] < 0 || at.mstart[n] != n || at.a.Entities[at.ment[n]].Type != model.Person {
		return -1
	}
	rel := at.ment[n]
	sur := surnameOf(at.a.Entities[rel].Name)
	if sur == "" {
		return -1
	}
	owner := -1
	for _, c := range cands {
		if c.ei == rel || !referable[c.ei] || at.gender[c.ei] != "" && at.gender[c.ei] != g {
			continue
		}
		if surnameOf(at.a.Entities[c.ei].Name) == sur {
			if owner >= 0 && owner != c.ei {
				return -1
			}
			owner = c.ei
		}
	}
	return owner
}
