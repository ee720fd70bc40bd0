package analysis

// paraTopic is the person a paragraph's first sentence is about:
// the person named there as the subject of its main clause or as its
// speaker ("The next witness, Edna Price, a retired teacher, said …",
// "Later, Marta Sole took the stand"). Readers keep that person in view
// for the rest of the paragraph, so a he or she several sentences on
// goes back to them rather than to the article's topic or to the speaker
// of the paragraph before, both decayed further (salienceParaTopic over
// salienceTopic).
type paraTopic struct {
	ei    int     // the person, or -1
	w     float64 // the weight of their mention
	para  int32   // the paragraph
	first bool    // no sentence of the paragraph before this one has named a person
	named bool    // the sentence being read has named a person
}

// sentence notes a new sentence, t its first token.
func (p *paraTopic) sentence(t *token) {
	if t.para >= 0 && t.para != p.para {
		*p = paraTopic{ei: -1, para: t.para, first: true}
		return
	}
	p.first = p.first && !p.named
}

// mention weighs a person's mention of weight w at token t: in the
// paragraph's first sentence, the heaviest mention as a main clause's
// subject or a speaker makes its person the topic. Later in the
// paragraph, another person a he or she could mean, named as a subject
// or a speaker, shifts the topic to them, and the paragraph keeps no
// topic of its own: "Valk said … Brenner, a neighbour, disagreed. …
// “…,” she said" is Brenner's, by salience.
func (p *paraTopic) mention(ei int, w float64, t *token, gender []string) {
	p.named = true
	if t.para != p.para || w < salienceMention+salienceSubject {
		return
	}
	switch {
	case p.first && w > p.w:
		p.ei, p.w = ei, w
	case !p.first && p.ei >= 0 && ei != p.ei && (gender[ei] == "" || gender[ei] == gender[p.ei]):
		p.ei = -1
	}
}

// of is the topic of token t's paragraph, or -1.
func (p *paraTopic) of(t *token) int {
	if t.para != p.para {
		return -1
	}
	return p.ei
}

// calledWitness reports whether the person of the mention toks[s:e] is
// heard as a witness, though not as the sentence's subject: "The court
// then heard from Olga Brenner" (testimonyRole). The paragraph that opens
// so is about the witness. ("The defence called Olga Brenner to the
// stand" needs no more: "called" before a name weighs it as a speaker.)
func (at *attributor) calledWitness(s, e int) bool {
	return at.testimonyRole(s, e) == "witness"
}
