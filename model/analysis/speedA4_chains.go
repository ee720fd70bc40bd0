package analysis

// readTokenLists reads, in one walk over the article's tokens, both lists
// the attributor's walks act on: genderTokens' (at.gtoks: the first token
// of every mention and every gendered pronoun) and the chains' (at.ctoks:
// every token chainCandidate may stop at within a sentence, its sentence's
// first aside), where genderTokens and chainCandidate each read every
// token. It reports false, and reads neither, where the tokens'
// sentences do not follow each other one by one from the first, each
// with tokens: genderTokens then reads its walk, and chainCandidate every
// token. addSentence writes every token of sentence i with sent i and
// adds no sentence without tokens, so the sentences' bounds tell that
// each token's sentence is the one whose bounds hold it.
func (at *attributor) readTokenLists() bool {
	toks := at.tz.toks
	sents := at.tz.sents
	next := 0
	for i := range sents {
		s := &sents[i]
		if s.start != next || s.end <= s.start || s.end > len(toks) || toks[s.start].sent != int32(i) || toks[s.end-1].sent != int32(i) {
			return false
		}
		next = s.end
	}
	if next != len(toks) {
		return false
	}
	ment, mstart, qtok := at.ment[:len(toks)], at.mstart[:len(toks)], at.qtok[:len(toks)]
	glist := make([]int32, 0, len(toks)/16+8)
	clist := make([]int32, 0, len(toks)/8+8)
	for k := nextListed(toks, ment, 0); k < len(toks); k = nextListed(toks, ment, k+1) {
		t := &toks[k]
		if ment[k] >= 0 {
			if mstart[k] == k || t.is(wkGenderedPronoun) {
				glist = append(glist, int32(k))
			}
			clist = append(clist, int32(k)<<1)
			continue
		}
		if t.kind&(wkGenderedPronoun|wkChainWord) == 0 && t.class&(wcSubordinator|wcSpeechCue) == 0 && t.low != "that" {
			continue // a determiner other than "that"
		}
		if t.is(wkGenderedPronoun) {
			glist = append(glist, int32(k))
		}
		if qtok[k] >= 0 {
			continue
		}
		if t.is(wkChainWord) || t.in(wcSubordinator) {
			clist = append(clist, int32(k)<<1)
		} else {
			clist = append(clist, int32(k)<<1|1) // a speech verb or "that"
		}
	}
	at.gtoks, at.ctoks, at.ctoksOK = glist, clist, true
	return true
}

// nextListed is the first token from k on that one of readTokenLists'
// lists may hold: in a mention, a gendered pronoun, one of chainWords, a
// subordinator, a speech verb or a determiner (of which only "that" is
// taken: its class is read here, one test with the others, rather than
// its text); or the number of tokens. Most tokens are none, passed over
// here in a loop of their own.
func nextListed(toks []token, ment []int, k int) int {
	ment = ment[:len(toks)]
	for ; k < len(toks); k++ {
		t := &toks[k]
		if ment[k] >= 0 || t.kind&(wkGenderedPronoun|wkChainWord) != 0 || t.class&(wcSubordinator|wcSpeechCue|wcDeterminer) != 0 {
			return k
		}
	}
	return len(toks)
}

// chainCursor is chainPass's place in at.ctoks: the first entry whose
// token it has not passed.
type chainCursor struct {
	list []int32
	c    int
	ok   bool
}

// nextCandidate is chainCandidate(k, lastSent, report) read from at.ctoks
// by the cursor cur, for k no smaller than any k asked before with it:
// the token k itself where it opens a sentence after lastSent, else the
// first entry in k's sentence (a speech verb's or "that" only where report
// asks), else the next sentence's first token.
func (at *attributor) nextCandidate(cur *chainCursor, k int, lastSent int32, report bool) int {
	if !cur.ok {
		return at.chainCandidate(k, lastSent, report)
	}
	toks := at.tz.toks
	if k >= len(toks) {
		return len(toks)
	}
	if toks[k].sent != lastSent {
		return k
	}
	end := at.tz.sents[lastSent].end
	list, c := cur.list, cur.c
	for c < len(list) && int(list[c]>>1) < k {
		c++
	}
	for ; c < len(list); c++ {
		j := int(list[c] >> 1)
		if j >= end {
			break
		}
		if list[c]&1 == 0 || report {
			cur.c = c
			return j
		}
	}
	cur.c = c
	return end
}
