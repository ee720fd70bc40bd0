package analysis

// "The elder Quispe said": two people of one family share the surname,
// one brought in as the other's child ("Quispe's daughter, Rosa Quispe
// Huaman") or parent ("his father, Takeshi Okabe"), and "the elder" or
// "the younger" before the bare surname tells which is meant, though the
// child is the one named last.

// generationWords tell, after "the", the generation of the person a
// bare surname names: +1 the elder, -1 the younger.
var generationWords = map[string]int{"elder": 1, "older": 1, "senior": 1, "younger": -1, "junior": -1}

// childKin and parentKin are the kin nouns that make the person named
// after them a child or a parent of whoever owns them.
var (
	childKin  = wordSet(`son daughter grandson granddaughter stepson stepdaughter child grandchild`)
	parentKin = wordSet(`father mother grandfather grandmother stepfather stepmother parent`)
)

// generationReferent picks, among the full-name mentions cands written
// before token ts, the one "the elder" or "the younger" right before ts
// means: of two people, the one the article brought in as the other's
// parent, or as the other's child. ok is false when no such word stands
// there or the article tells no generation.
func (l *linker) generationReferent(cands []int, ts int) (int, bool) {
	toks := l.tz.toks
	if ts < 2 || toks[ts-2].low != "the" {
		return -1, false
	}
	want, ok := generationWords[toks[ts-1].low]
	if !ok {
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
