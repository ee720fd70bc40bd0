package analysis

import (
	"slices"
	"strings"

	"github.com/byline-reader/byline/model"
)

// Pronoun chains: one pass over the article, before any quotation is
// attributed, keeps every person's salience as the text goes: each mention
// adds to it by the part it plays in its clause, and it halves at every
// sentence boundary. A he, she, him, his or her outside quotations refers
// to the most salient person of its gender the recogniser does not doubt,
// and then adds to that person's salience itself, so a chain of pronouns
// keeps its person. The weights order the antecedents the way readers
// do: the speaker of a quotation above the subject of a sentence, both
// above a name that is an object, stands in a prepositional phrase or a
// subordinate clause, or owns another noun, or stands in the content a
// speech verb reports ("Reed said Shah should go": Shah at the share of a
// subordinate clause), and a name inside reported words lowest of all.

// Salience weights of a mention by its part in the clause.
const (
	salienceMention     = 100 // any mention outside quotations
	salienceSubject     = 80  // the first name or pronoun of a main clause
	salienceSpeaker     = 100 // next to a verb of speaking or reporting: "X said", "said X"
	saliencePhrase      = 50  // the object of a preposition, in place of salienceMention
	saliencePossessor   = -40 // "X's campaign": the name owns the noun that matters
	salienceQuoted      = 20  // inside a quotation, in place of everything else
	salienceUnknownSex  = 0.8 // a person of unknown gender counts at this share
	salienceParagraphs  = 3   // paragraphs back a person stays in reach
	salienceSubordinate = 0.5 // a clause opened by "after", "when", "in …,": its names count at this share
	salienceTopic       = 20  // the article's topic never falls below this
	salienceParaTopic   = 30  // nor the paragraph's, in its paragraph, below this (coref35_topic.go)
)

// salient is a person in reach and how salient they are.
type salient struct {
	ei    int
	score float64
	para  int32
	sent  int32 // the sentence of its latest mention
}

// described is the person a definite description refers to: "the
// senator" from its "the" to its head noun.
type described struct {
	ei, head int
}

// buildChains builds the article's chains of pronouns and descriptions:
// at.pron maps the token of a personal pronoun to the person it refers to
// (-1 where none fits), at.desc the "the" of a definite description ("the
// senator", "the former president") to the person it names, the most
// salient one the article has given that role ("Sen. X", "X, the
// senator,").
func (at *attributor) buildChains() {
	at.chainPass()
	if at.regender() { // coref40_regender.go
		at.chainPass()
	}
}

// chainPass is one pass of buildChains over the article.
func (at *attributor) chainPass() {
	toks := at.tz.toks
	// sized at once for the article's pronouns, counted by their bit:
	// growing it from empty cost more allocations. Only the gendered ones
	// get an entry, and the list of genderTokens holds them all, where
	// there is one
	pronounCount := 0
	if list := at.genderTokens(); list != nil {
		for _, k := range list {
			if toks[k].is(wkGenderedPronoun) {
				pronounCount++
			}
		}
	} else {
		for k := range toks {
			if toks[k].in(wcPronoun) {
				pronounCount++
			}
		}
	}
	cur := chainCursor{list: at.ctoks, ok: at.ctoksOK} // read with genderTokens' list
	out := make(map[int]int, pronounCount)
	topic := at.topicPerson()
	at.pron, at.desc = out, map[int]described{}
	var roles [][]string // entity -> the role nouns the article gives it
	var roleBuf []string // rolesAround's answer, one buffer for every name
	cands := make([]salient, 0, 8)
	// whether each person is one a pronoun may refer to, once per entity
	referable := make([]bool, len(at.a.Entities))
	for ei, e := range at.a.Entities {
		// an account's handle ("@quay_kat") says nothing of who is behind
		// it: no he or she goes back to it, nor to a title (titleIntroduced)
		// or a work's name in apposition (workApposed, coref36_title.go)
		referable[ei] = e.Type == model.Person && at.personEvidence(ei) && !strings.HasPrefix(e.Name, "@") && !at.titleIntroduced(ei) && !at.workApposed(ei)
	}

	lastSent := int32(-1)
	add := func(ei int, w float64, para int32) {
		for i := range cands {
			if cands[i].ei == ei {
				cands[i].score = max(cands[i].score, w)
				cands[i].para, cands[i].sent = para, lastSent
				return
			}
		}
		cands = append(cands, salient{ei, w, para, lastSent})
	}
	subject := false     // the next name or pronoun is a main clause's subject
	common := false      // the sentence opens with a common noun subject (commonSubject)
	subordinate := false // inside an opening adverbial or subordinate clause
	fronted := false     // the sentence opens with a phrase of place or time, no clause
	reported := false    // past a speech verb whose subject the sentence has named
	// subject and reported as the comma that ends a subordinate clause
	// leaves them: as they were before a clause inside the sentence ("Reed,
	// who flew ferries, said Shah should …": Reed is its subject, and Shah
	// in what he reports), fresh after one that opens it ("When Reed
	// left, Shah said …")
	resumeSubject, resumeReported := true, false
	var named []namedInSentence
	var bound []int // the people a pronoun cannot be: boundNames
	awayFrom := objectBinding{{-1, -1}, {-1, -1}}
	// the person the sentence's first he (0) or she (1) outside reported
	// content refers to: a later one of the sentence goes on with it
	// ("Asked about her vote in the event that Reed faces Hale, she
	// replied"), unless another person is the main clause's subject
	sentPron := [2]int{-1, -1}
	// the unnamed person the story has brought in last (coref34_anon.go),
	// and whether the sentence that brought them in is yet to tell
	// whether they speak
	var anon anonymous
	anonOpen := false
	anonSpoke := false                  // the unnamed person is the speaker of the sentence being read
	para := paraTopic{ei: -1, para: -1} // the person the paragraph's first sentence is about
	for k := 0; k < len(toks); k++ {
		if k = at.nextCandidate(&cur, k, lastSent, !subject && !reported || anonOpen); k == len(toks) {
			break
		}
		t := &toks[k] // no copy of every token of the article
		if t.sent != lastSent {
			// a sentence of a quotation goes on with its speaker: no decay
			decay := 0.5
			if at.qtok[k] >= 0 && k > 0 && at.qtok[k-1] == at.qtok[k] {
				decay = 1
			}
			kept := cands[:0]
			for _, c := range cands {
				if t.para < 0 || c.para >= t.para-salienceParagraphs {
					c.score *= decay
					kept = append(kept, c)
				}
			}
			cands = kept
			if t.para >= 0 && anon.para < t.para-salienceParagraphs {
				anon = anonymous{}
			}
			anon.score *= decay
			named = named[:0]
			sentPron = [2]int{-1, -1}
			para.sentence(t)
			common = at.commonSubject(k)
			lastSent, subject = t.sent, !common
			subordinate = t.in(wcOpening | wcSubordinator)
			fronted = t.in(wcOpening) && !t.in(wcSubordinator)
			reported = false
			resumeSubject, resumeReported = true, false
			anonSpoke = false
			if g, head, ok := at.indefinitePerson(k); ok {
				// "A woman who lives nearby lit a candle": someone new
				anon, anonOpen = anonymous{salienceMention + salienceSubject, g, t.para, t.sent, int32(k), int32(head)}, true
			} else {
				anonOpen = false
			}
		}
		if at.qtok[k] >= 0 {
			if ei := at.ment[k]; ei >= 0 && at.mstart[k] == k && at.a.Entities[ei].Type == model.Person && !at.quoteLooksLikeTitle(at.qtok[k], at.a.Quotes[at.qtok[k]].Text) {
				// a name that is all its quotation is a title or a name
				// held up as a word (“Paper Kites”, “Mary Ellen Hart”):
				// no one a pronoun goes back to
				add(ei, salienceQuoted, t.para)
			}
			continue
		}
		switch t.text {
		case ",":
			if subordinate {
				subordinate, subject, reported = false, resumeSubject, resumeReported
			} else if !reported && at.coordinatedClause(k) {
				subject = true // "…, and Ann Reed has started a class" (coref45_gender.go)
			}
			continue
		case ";", ":":
			subject, reported = true, false
			continue
		}
		// "Reed said Shah should run", "Reed, pointing out that Shah …":
		// what follows a speech verb or a "that" whose sentence has named
		// its subject is reported content, where "“…,” said Reed" names the
		// speaker and "the report that …" names no subject before it
		if t.in(wcSpeechCue) || t.low == "that" {
			if anonOpen && !subordinate && len(named) == 0 && !reported && t.in(wcSpeechCue) && !t.capital && at.isCue(k) {
				// "A woman who lives nearby told reporters": she speaks
				anon.score += salienceSpeaker
				anonOpen, reported, subject = false, true, false
				anonSpoke = true
				continue
			}
			if !reported && !subject && (t.low == "that" || !t.capital && at.isCue(k)) {
				// what a common noun subject reports has a subject of its
				// own ("The remarks suggest Reed is …"); a "that" right after
				// the noun opens a relative clause ("The audit that cleared
				// Reed")
				reported, subject = true, common && t.low != "that"
			}
			continue
		}
		// the subordinators are the words clauseOpener calls 's' (see
		// TestClauseOpenerClass): a bit for every word, the switch only after a comma;
		// a sentence's first word ending like a participle opens a clause
		// unless it is a name's ("Schilling describes himself", "Ted Reed said")
		if t.in(wcSubordinator) || k > 0 && toks[k-1].text == "," && clauseOpener(t.low) == 'r' ||
			k == at.tz.sents[t.sent].start && t.capital && at.ment[k] < 0 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed") && !at.adjectiveOfName(k)) {
			if !subordinate {
				resumeSubject, resumeReported = subject, reported
			}
			subordinate = true // "if Shah wins", ", who had left,", "Informed of the news, Early …"
			// a clause of its own after a common noun subject has its own
			// subject: "The rule was set aside when Reed …"
			subject = subject || common && !reported
			continue
		}
		g := ""
		switch t.low {
		case "he", "him", "his", "himself":
			g = "m"
		case "she", "her", "hers", "herself":
			g = "f"
		}
		ei, e := at.ment[k], k+1
		if ei >= 0 {
			e = at.mend[k]
			typ := at.a.Entities[ei].Type
			if subordinate && fronted && k > 0 && toks[k-1].sent == t.sent && invertingVerbs[toks[k-1].low] {
				// "Among those affected was Ada Holm, who …": after the
				// fronted phrase the verb comes first, and the name after it
				// is the sentence's subject
				subordinate, subject = false, true
			}
			// a name that only owns or qualifies the phrase's head, "Reed's
			// Dunmore chairman, Nils Early", "VBC President Ilse Varga",
			// leaves the subject to the head
			qualifier := at.owns(e) || at.titledPerson(e)
			modifier := typ == model.Person && at.modifierName(k, e)
			if typ == model.Person {
				awayFrom.named(toks, k)
				w := at.salience(k, e, subject && (!qualifier || at.ownerOpens(k, e)) && !modifier, subordinate, reported)
				if at.frontedTopic(k, e) {
					w = max(w, salienceMention+salienceSubject) // "For Tam, such plans feel distant" (coref45_gender.go)
				}
				if at.pairedPerson(k, e) {
					w *= salienceSubordinate // "Yonas Tesfaye and Maryam Haidari": a pair, no one (coref45_gender.go)
				}
				if modifier {
					w += saliencePossessor // "the Reed campaign": the name qualifies the noun that matters
				}
				// "who identified herself as Katie Tran": the one the phrase
				// brings in, not a nickname of one just named ("Mr. Grell,
				// known as Tom,")
				self := at.selfNamedBefore(k) && !namedAlready(named, ei)
				if self {
					w = max(w, salienceMention+salienceSubject)
				}
				// "The court then heard from Olga Brenner": the witness is
				// whom the passage goes on with, as its subject would be
				// (calledWitness, coref35_topic.go; coref36), not inside a
				// clause that opens the sentence or in reported words
				witness := w < salienceMention+salienceSubject && at.calledWitness(k, e)
				if witness && !subordinate && !reported {
					w = salienceMention + salienceSubject
				}
				if subject && !reported && at.declinesComment(e) {
					// "Mutua, who sat beside him, did not respond to a request
					// for comment": not whom the next "he said" goes on with
					// (spk18_nocomment.go)
					w = min(w, salienceSilent)
				}
				add(ei, w, t.para)
				if witness && para.first {
					para.mention(ei, salienceMention+salienceSubject, t, at.gender) // the paragraph is about the witness
				} else {
					para.mention(ei, w, t, at.gender)
				}
				if anon.sent == t.sent && !(anonSpoke && reported && k > 0 && !toks[k-1].in(wcSpeechCue) && toks[k-1].text != ",") {
					// "A reporter asked Reed how he …": he may be either; not
					// a name inside what the unnamed person said ("A lawyer
					// who follows the case said the acquittal of Reed …",
					// TestAnonymousSpeakerNamesSomeone), past the cue's object
					// and an apposition ("A woman who described herself as his
					// niece, Petra Vogel,")
					anon = anonymous{}
				}
				named = append(named, namedInSentence{ei, self || subject && !qualifier && !modifier && !at.inPhrase(k), !self && (subordinate || reported)})
				if roleBuf = at.rolesAround(roleBuf[:0], k, e); len(roleBuf) > 0 {
					if roles == nil {
						roles = make([][]string, len(at.a.Entities))
					}
					roles[ei] = append(roles[ei], roleBuf...)
				}
			}
			if !qualifier && (typ == model.Person || typ == model.Organization) || modifier {
				subject = false
			}
			k = e - 1
			continue
		}
		if t.low == "the" {
			// "the Utah Republican": a party word describes the person in view
			if head := at.partyHead(k); head > k {
				if ei := at.partyPerson(k, cands, referable); ei >= 0 {
					at.desc[k] = described{ei, head}
					add(ei, at.salience(k, head+1, subject, subordinate, reported), t.para)
					subject = false
				}
				k = head
				continue
			}
		}
		if t.low == "the" && roles != nil {
			if head, role := at.descriptionHead(k); head > k {
				if anon.score > 0 && anon.para >= t.para-1 && roleHead(toks[anon.head].low) == role {
					k = head // "A police spokesman said …. “…,” the spokesman said" (coref45_describe.go)
					continue
				}
				ei := describedPerson(cands, roles, referable, role)
				if ei < 0 && describedHolder(cands, roles, referable, role) == -2 {
					ei = at.farHolder(k, roles, referable, role) // far back (coref45_chains.go)
				}
				if ei >= 0 {
					at.desc[k] = described{ei, head}
					add(ei, at.salience(k, head+1, subject, subordinate, reported), t.para)
					subject = false
				}
				k = head
				continue
			}
		}
		if g != "" {
			side := 0
			if g == "f" {
				side = 1
			}
			bound = at.boundNames(bound[:0], k, subordinate)
			// "Botha put it to her …. “…,” she replied": not Botha
			// (coref40_binding.go)
			bound = awayFrom.bind(at, bound, k, side)
			ei = boundSubject(named, g, at.gender, referable, bound)
			if p := sentPron[side]; p >= 0 && ei != p && !otherMainSubject(named, p, g, at.gender) && !slices.Contains(bound, p) {
				ei = p
			}
			self := at.selfNamedAfter(k) // "identified herself as Katie Tran": the name that follows
			if self >= 0 && referable[self] && (at.gender[self] == "" || at.gender[self] == g) {
				ei = self
			} else if ei < 0 && at.ownClauseAnonymous(anon, anonOpen, len(named), reported, k, g) {
				// "A buyer, who asked not to be named because he was not
				// authorised to speak, said …": the unnamed person
				// (coref46_anon.go)
				ei = -1
				if at.anonDesc == nil {
					at.anonDesc = map[int][2]int32{}
				}
				at.anonDesc[k] = [2]int32{anon.from, anon.head}
			} else if ei < 0 {
				ei = at.pronounReferent(cands, g, referable, bound, topic, para.of(t))
				if (t.low == "he" || t.low == "she") && !reported && anon.sent != t.sent && (anon.para == t.para || anon.para == t.para-1 && at.opensWithQuotation(k)) &&
					anonymousWins(anon, g, at.referentScore(cands, ei)) {
					ei = -1 // the unnamed person: "A woman … told …. “…,” she said"
					if at.anonDesc == nil {
						at.anonDesc = map[int][2]int32{}
					}
					at.anonDesc[k] = [2]int32{anon.from, anon.head}
					anon.score = max(anon.score, at.salience(k, e, subject && !pronounNoSubject(t.low), subordinate, reported))
				}
			}
			if anon.sent == t.sent && ei >= 0 && (t.low == "him" || !reported && t.low != "his" && !pronounReflexive(t.low)) {
				// "A friend called him …": he is another, and may be meant after
				anon = anonymous{}
			}
			if o := at.kinOwner(k, cands, referable, g); o >= 0 {
				ei = o // "His son, Marcos Pereira, …": the Pereira in reach (coref45_names.go)
			}
			if sentPron[side] < 0 && !reported {
				sentPron[side] = ei
			}
			out[k] = ei
			if ei >= 0 {
				add(ei, at.salience(k, e, subject && !pronounNoSubject(t.low), subordinate, reported), t.para)
			}
			subject = subject && pronounNoSubject(t.low)
		}
	}
}

// ownerOpens reports whether the name toks[s:e] owns the noun that opens
// its clause, the subject, and that noun is no person: "Reed's campaign
// said …", "But Reed's plan failed". Readers take the owner of a subject for the topic, as they do
// the subject itself (the possessor's weight still counts against it); an
// owner further in ("a host who compared Reed's looks") is none.
func (at *attributor) ownerOpens(s, e int) bool {
	if !at.owns(e) {
		return false
	}
	toks := at.tz.toks
	p := at.beforeTitles(s)
	if p >= 0 && toks[p].sent == toks[s].sent && leadingConjunctions[toks[p].low] {
		p--
	}
	if p >= 0 && toks[p].sent == toks[s].sent && toks[p].text != "," && toks[p].text != ";" && toks[p].text != ":" {
		return false
	}
	// the noun owned is no person: "Reed's campaign manager, Ola Holm,
	// said" is about her; the noun phrase ends at an adverb, a verb
	// that ends like a participle or of being, or a mark ("Reed's
	// article also attacked Shah")
	for j := e + 1; j < len(toks) && j-e <= 4 && toks[j].sent == toks[s].sent; j++ {
		t := &toks[j]
		if t.text == "," {
			n := j + 1
			return n >= len(toks) || at.ment[n] < 0 || at.a.Entities[at.ment[n]].Type != model.Person
		}
		if !hasLetterOrDigit(t.text) || t.in(wcSubjectSkip|wcSpeechCue) || beForms[t.low] || participleLike(t.low) {
			break
		}
		if at.ment[j] >= 0 && at.a.Entities[at.ment[j]].Type == model.Person || at.word(j).in(awRole|awPersonNoun) {
			return false
		}
	}
	return true
}

// participleLike reports whether w ends like a participle or an adverb,
// which takes the name after it for its object: "supporting", "named".
func participleLike(w string) bool {
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")
}

// pronounNoSubject reports whether the personal pronoun w is none that
// can be the subject of its clause, which is still to come: an owner
// ("his", "her") or a reflexive, the object its clause's subject acts on
// ("A woman who called herself his niece, Ada Reed, told …": Ada Reed is
// that subject).
func pronounNoSubject(w string) bool {
	return w == "his" || w == "her" || pronounReflexive(w)
}

// chainCandidate is the first token from k on that some case of
// buildChains' loop may take, or the number of tokens: the first of a
// sentence after lastSent, a token in a mention, or outside quotations a
// subordinator or one of chainWords, and a speech verb or "that" where
// report asks for the words that open reported content. The words between, most of the
// article's, are passed over here, in a loop of its own, because in
// buildChains' loop, with all its variables live, each cost several times
// these tests.
func (at *attributor) chainCandidate(k int, lastSent int32, report bool) int {
	toks := at.tz.toks
	// both as long as the tokens (newAttributor), said so to the compiler,
	// which then checks no index in the loop
	ment, qtok := at.ment[:len(toks)], at.qtok[:len(toks)]
	for ; k < len(toks); k++ {
		t := &toks[k]
		if t.sent != lastSent || ment[k] >= 0 || qtok[k] < 0 && (t.in(wcSubordinator) || t.is(wkChainWord) || report && (t.in(wcSpeechCue) || t.low == "that")) {
			return k
		}
	}
	return len(toks)
}

// namedInSentence is a person named earlier in the sentence being read,
// and whether as the subject of a clause. Pronouns are left out: one
// resolved by salience alone would make a second person of the sentence.
type namedInSentence struct {
	ei      int
	subject bool
	inner   bool // in a subordinate clause or reported content
}

// otherMainSubject reports whether the sentence names, as the subject of
// its main clause (not only in a subordinate clause or reported content),
// a person other than p that a pronoun of gender g could be.
func otherMainSubject(named []namedInSentence, p int, g string, gender []string) bool {
	for _, n := range named {
		if n.ei != p && n.subject && !n.inner && (gender[n.ei] == "" || gender[n.ei] == g) {
			return true
		}
	}
	return false
}

// boundSubject is the person a pronoun of gender g refers to within its
// own sentence, or -1: when the sentence has named one person it can
// refer to before it, as a clause's subject, the pronoun is that person
// ("As the debate went on, Reed stood by his remarks"; "Ann Shah, who
// ran in her home state, said what she called …"), however salient
// the speaker of the sentence before. Two people it could refer to leave
// the choice to salience.
func boundSubject(named []namedInSentence, g string, gender []string, referable []bool, bound []int) int {
	found, subject := -1, false
	for _, n := range named {
		if !referable[n.ei] || gender[n.ei] != "" && gender[n.ei] != g || slices.Contains(bound, n.ei) {
			continue
		}
		if found >= 0 && found != n.ei {
			return -1
		}
		found, subject = n.ei, subject || n.subject
	}
	if !subject {
		return -1
	}
	return found
}

// inPhrase reports whether the name at token s is the object of a
// preposition, titles and determiners before it aside.
func (at *attributor) inPhrase(s int) bool {
	toks := at.tz.toks
	p := at.beforeTitles(s)
	return p >= 0 && toks[p].sent == toks[s].sent && toks[p].in(wcPreposition)
}

// beforeTitles is the token before the titles, role nouns, determiners
// and the description of a person written before the name at s, or -1:
// "with" of "with the soprano Ivy Lund", "said" of "said the cellist Jon
// Berg", "by" of "by her brother Jon" and of "by reporter Jon Berg". A description is one or two lower-case
// words right before the name (and its titles), opened by an article or
// a possessive, and no word of time ("on the day Reed left" is a
// clause).
func (at *attributor) beforeTitles(s int) int {
	// read once per token: the chains ask it of every person's mention
	// (salience, inPhrase) and genders of every mention again
	// (describedNameGender); at.before holds p+2, 0 for unread
	if uint(s) < uint(len(at.before)) {
		if b := at.before[s]; b != 0 {
			return int(b) - 2
		}
		p := at.readBeforeTitles(s)
		at.before[s] = int32(p + 2)
		return p
	}
	return at.readBeforeTitles(s)
}

// readBeforeTitles is beforeTitles, read from the tokens.
func (at *attributor) readBeforeTitles(s int) int {
	toks := at.tz.toks
	p := s - 1
	for p >= 0 && s-p <= 4 && toks[p].sent == toks[s].sent && (toks[p].in(wcPersonTitle|wcDeterminer|wcPossessive) || isLowerWord(toks[p].text) && at.word(p).in(awRole)) {
		p--
	}
	if p < 0 || toks[p].sent != toks[s].sent || toks[p].in(wcPreposition) {
		return p
	}
	// the description: lower-case words, then an article or a possessive
	d := p
	for d >= 0 && p-d < 2 && toks[d].sent == toks[s].sent && isLowerWord(toks[d].text) &&
		!toks[d].in(wcDeterminer|wcPossessive|wcPreposition|wcSubordinator|wcSpeechCue) && !at.word(d).in(awTimeNoun) {
		d--
	}
	if d == p || d < 0 || toks[d].sent != toks[s].sent || !at.word(d).in(awDescOpener) || participleLike(toks[p].low) {
		return p // "a delegate supporting Reed": Reed is the participle's object
	}
	for d--; d >= 0 && p-d <= 4 && toks[d].sent == toks[s].sent && toks[d].in(wcPersonTitle|wcDeterminer|wcPossessive); d-- {
	}
	return d
}

// describedPerson is the most salient person in reach the article has
// given the role, or -1. A more salient person whose roles the article has
// not told could be the one described, so then it is none: "the senator"
// in a paragraph on Osei is not the Senator Shah named before.
func describedPerson(cands []salient, roles [][]string, referable []bool, role string) int {
	best := describedHolder(cands, roles, referable, role)
	if plain, once := strings.CutPrefix(role, formerRole("")); once && best == -2 {
		// "the former pollster" for "Former Clinton pollster X", whose
		// "former" the roles did not read: one the article calls by the
		// office may be meant, when no holder told as former is in reach
		best = describedHolder(cands, roles, referable, plain)
	}
	return max(best, -1)
}

// describedHolder is describedPerson for the role as written: -1 when an
// untold person is more salient than its holders, -2 when none is in reach.
func describedHolder(cands []salient, roles [][]string, referable []bool, role string) int {
	best, score, untold := -2, 0.0, 0.0
	for _, c := range cands {
		if !referable[c.ei] {
			continue
		}
		if len(roles[c.ei]) == 0 {
			untold = max(untold, c.score)
			continue
		}
		if c.score <= score {
			continue
		}
		for _, r := range roles[c.ei] {
			if r == role {
				best, score = c.ei, c.score
				break
			}
		}
	}
	if best >= 0 && score <= untold {
		return -1
	}
	return best
}

// partyPerson is the most salient person in reach that the description
// at k can name, or -1: not one named earlier in its own sentence ("In a
// letter to the attorney, Ola Berg - the Utah Republican asks"), unless
// the description is that name's apposition ("Ann Reed, the Dunmore
// Republican who").
func (at *attributor) partyPerson(k int, cands []salient, referable []bool) int {
	toks := at.tz.toks
	appos := -1
	if k >= 2 && toks[k-1].text == "," && at.ment[k-2] >= 0 {
		appos = at.ment[k-2]
	}
	best, score := -1, 0.0
	for _, c := range cands {
		if referable[c.ei] && c.score > score && (c.sent != toks[k].sent || c.ei == appos) {
			best, score = c.ei, c.score
		}
	}
	return best
}

// partyHead reads a description of a person by party at the "the" at k:
// up to three capitalised words of place ("Utah", "North Dunmore") and a
// party word, which ends the noun phrase ("the Utah Republican said", "the
// Dunmore Democrat, who"), not a body's name or a noun it qualifies ("the
// Republican National Committee", "the Labour government"). It returns
// the party word's token, or -1.
func (at *attributor) partyHead(k int) int {
	toks := at.tz.toks
	for j := k + 1; j < len(toks) && j-k <= 4 && toks[j].sent == toks[k].sent && at.qtok[j] < 0; j++ {
		if !toks[j].capital {
			return -1
		}
		if !at.word(j).in(awPartyPerson) {
			continue
		}
		n := j + 1
		if n >= len(toks) || toks[n].sent != toks[k].sent {
			return j
		}
		w := toks[n].low
		switch {
		case toks[n].capital || toks[n].text == "-" || at.word(n).in(awRole|awUnnamedHead):
			return -1
		case !isLowerWord(toks[n].text), w == "who", speechCues[w], subjectSkips[w], beForms[w],
			partyHeadVerbs[w], strings.HasSuffix(w, "ly"), strings.HasSuffix(w, "ed"):
			return j
		}
		return -1
	}
	return -1
}

// pronounReferent is the most salient person in reach that a pronoun of
// gender g can refer to, or -1; referable tells the people the recogniser
// does not doubt, bound those it cannot be (boundNames).
func (at *attributor) pronounReferent(cands []salient, g string, referable []bool, bound []int, topic, paraTopic int) int {
	best, score := -1, 0.0
	if t := topic; t >= 0 && referable[t] && at.gender[t] == g && !slices.Contains(bound, t) {
		best, score = t, salienceTopic
	}
	if t := paraTopic; t >= 0 && referable[t] && at.gender[t] == g && !slices.Contains(bound, t) {
		best, score = t, salienceParaTopic
	}
	for _, c := range cands {
		if !referable[c.ei] || at.gender[c.ei] != "" && at.gender[c.ei] != g || slices.Contains(bound, c.ei) {
			continue
		}
		s := c.score
		if at.gender[c.ei] == "" {
			s *= salienceUnknownSex
		}
		if c.ei == topic && at.gender[c.ei] == g {
			s = max(s, salienceTopic)
		}
		if c.ei == paraTopic && at.gender[c.ei] == g {
			s = max(s, salienceParaTopic)
		}
		if s > score {
			best, score = c.ei, s
		}
	}
	return best
}

// salience weighs the mention toks[s:e] by the part it plays; reported
// tells it that a speech verb or "that" of a named subject comes before
// it in its sentence.
func (at *attributor) salience(s, e int, subject, subordinate, reported bool) float64 {
	toks := at.tz.toks
	p := at.beforeTitles(s)
	inPhrase := p >= 0 && toks[p].sent == toks[s].sent && toks[p].in(wcPreposition)
	w := float64(salienceMention)
	if inPhrase && at.accordingSource(p) {
		// "According to Chea Vannak, few cases …": the sentence's source,
		// whom a "he said" after it goes on with (spk18_according.go)
		return accordingSalience(reported)
	}
	if inPhrase {
		w = saliencePhrase
	} else if subject {
		w += salienceSubject
	}
	if p >= 0 && toks[p].sent == toks[s].sent && toks[p].in(wcSpeechCue) && !inPhrase {
		// "said X" names the speaker, after a quotation or where X ends its
		// clause ("And Reed, said Shah, who …"), not in the words another
		// subject's verb reports ("Reed said Shah should run")
		if !reported || e >= len(toks) || toks[e].sent != toks[s].sent || !isLowerWord(toks[e].text) {
			w += salienceSpeaker
			reported = false
		}
	}
	n := e
	for n < len(toks) && n-e < 3 && toks[n].sent == toks[s].sent && toks[n].in(wcSubjectSkip) {
		n++
	}
	if v := at.appositionVerb(p, s, n); v > n {
		n = v // "A woman who …, Ada Reed, told": the name is the subject's
	} else if n < len(toks) && toks[n].text == "," {
		// "X, R-Utah, said", "X, the city's mayor, said"
		for c := n + 1; c < len(toks) && c-n < 15 && toks[c].sent == toks[s].sent && at.qtok[c] < 0; c++ {
			if toks[c].text == "," {
				n = c + 1
				break
			}
		}
	}
	if n < len(toks) && toks[n].sent == toks[s].sent {
		switch {
		case toks[n].in(wcSpeechCue):
			w += salienceSpeaker // "X said", "he also said"
			if p < 0 || toks[p].sent != toks[s].sent || toks[p].text == "," {
				reported = false // "…, Shah said": the sentence's speaker, after all
			}
		case at.owns(n) && !subject:
			// the owner of the clause's subject is weighed as the subject
			// (ownerOpens), the owner of any other noun at a lower share
			w += saliencePossessor
		}
	}
	if subordinate || reported {
		w *= salienceSubordinate
	}
	return w
}

// appositionVerb is the speech verb right after the name toks[s:n] when
// the name stands between commas as the apposition of the subject before
// it, p the token before its titles: "A woman who called herself his
// niece, Ada Reed, told reporters", "His lawyer, Tomas Osei, said"; or -1.
func (at *attributor) appositionVerb(p, s, n int) int {
	toks := at.tz.toks
	if p < 0 || toks[p].text != "," || toks[p].sent != toks[s].sent || n >= len(toks) || toks[n].text != "," {
		return -1
	}
	v := n + 1
	for v < len(toks) && v-n <= 3 && toks[v].sent == toks[s].sent && toks[v].in(wcSubjectSkip) {
		v++
	}
	if v < len(toks) && toks[v].sent == toks[s].sent && at.qtok[v] < 0 && toks[v].in(wcSpeechCue) && !toks[v].capital && at.isCue(v) {
		return v
	}
	return -1
}

// titledPerson reports whether a person's name follows token k after
// nothing but titles and role words: "VBC President Ilse Varga", "Shah
// campaign chairman Tomas Osei", and a role with its field after "of"
// ("Shah campaign director of communications Tomas Osei", speak37_role.go).
func (at *attributor) titledPerson(k int) bool {
	toks := at.tz.toks
	for j := k; j < len(toks) && j-k < 4 && at.qtok[j] < 0; j++ {
		if ei := at.ment[j]; ei >= 0 {
			return j > k && at.a.Entities[ei].Type == model.Person
		}
		if n := at.roleFieldEnd(j); n > j {
			return at.ment[n] >= 0 && at.a.Entities[at.ment[n]].Type == model.Person
		}
		if !toks[j].in(wcPersonTitle|wcRoleNoun) && !toks[j].is(wkQualifierNoun) {
			return false
		}
	}
	return false
}

// rolesAround reads the roles written with the person's mention toks[s:e]:
// the titles and role nouns right before it ("Florida Sen. X", "actress
// X", "Republican presidential candidate X"), the head of a description
// the name stands in apposition to ("the mayor, X,", "the company's chief
// executive, X,") and the head of an apposition right after it ("X, the
// actress,", "X, a Florida senator,"). It appends them to out, which
// buildChains reuses for every name.
func (at *attributor) rolesAround(out []string, s, e int) []string {
	toks := at.tz.toks
	first, p := len(out), s-1
	// the second of two names after a plural role: "hosts Ivo Marsh and
	// Ola Brandt", "Sens. Reed and Shah"
	if p >= 1 && toks[p].low == "and" && at.ment[p-1] >= 0 && toks[p-1].sent == toks[s].sent {
		if b := at.mstart[p-1] - 1; b >= 0 && toks[b].sent == toks[s].sent && at.ment[b] < 0 {
			if r := pluralRole(toks[b].low); r != "" {
				out = append(out, r)
			}
		}
	}
	for ; p >= 0 && s-p <= 4 && toks[p].sent == toks[s].sent && at.ment[p] < 0; p-- {
		r := at.roleAt(p)
		if r == "" && p == s-1 {
			r = pluralRole(toks[p].low) // "hosts Ivo Marsh and Ola Brandt"
		}
		if r == "" && p == s-1 && toks[p].capital && titledRoles[toks[p].low] {
			r = toks[p].low // "Chief Emeka Nwosu" is "the chief" (coref40_roles.go)
		}
		if r == "" && !toks[p].capital && !at.word(p).in(awDescMod) {
			break
		}
		if r != "" && p > 0 && toks[p-1].sent == toks[s].sent && subordinateKey(toks[p-1].low) {
			r = toks[p-1].low + " " + r // "Vice Governor X" is no governor (coref46_vice.go)
		}
		if r != "" {
			out = append(out, r)
		}
	}
	from := p + 1
	if p >= 0 && at.ment[p] >= 0 && toks[p].sent == toks[s].sent {
		// "Former Bill Clinton pollster X": through the name the role is of
		if b := at.mstart[p] - 1; b >= 0 && toks[b].sent == toks[s].sent && at.word(b).in(awFormer) {
			from = b
		}
	}
	if at.formerIn(from, s) || lateTitle(toks, from, s) {
		for i := first; i < len(out); i++ {
			out[i] = formerRole(out[i]) // "former Mayor X" held the office once
		}
	}
	out = append(out, at.roleBeforeComma(s)...)
	if r := at.relativeRole(e); r != "" {
		out = append(out, r) // "Nazma Akter, who heads a workers' federation," (coref40_roles.go)
	}
	if e+2 < len(toks) && toks[e].text == "," && toks[e+1].in(wcDeterminer|wcPossessive) {
		for p := e + 2; p < len(toks) && p-e <= 6 && toks[p].sent == toks[s].sent && at.ment[p] < 0; p++ {
			if r := at.roleAt(p); r != "" {
				if at.formerIn(e+2, p) {
					r = formerRole(r) // "X, the former mayor,"
				}
				if p+1 == len(toks) {
					out = append(out, r) // the text ends with the head
				} else if n := toks[p+1].low; n == "," || n == "." || n == "of" || n == "for" || n == "in" || n == "from" || n == "at" || n == "and" && p+2 < len(toks) && at.ment[p+2] < 0 {
					out = append(out, r) // the head ends the apposition's noun phrase: "X, the judge in the case,"
				}
				break
			}
			if !toks[p].capital && !at.word(p).in(awDescMod) {
				break
			}
		}
	}
	return out
}

// pluralRole is the role of the plural of a role noun or title, "host"
// of "hosts", "chairman" of "chairmen", "senator" of "sens.", or "".
func pluralRole(w string) string {
	switch {
	case len(w) < 4:
		return ""
	case strings.HasSuffix(w, "men"):
		return roleHead(w[:len(w)-3] + "man")
	case strings.HasSuffix(w, "s."):
		return roleHead(w[:len(w)-2] + ".")
	case strings.HasSuffix(w, "s"):
		return roleHead(w[:len(w)-1])
	}
	return ""
}

// descriptionHead reads a definite description that starts at the "the" at
// k: up to three modifiers ("former", "Florida", "top") and a role noun,
// not followed by a name ("the actress Mia Lund" is her name's title), a
// body ("the president of the club") or a clause. It returns the head's
// token and its role, or -1.
func (at *attributor) descriptionHead(k int) (int, string) {
	toks := at.tz.toks
	for j := k + 1; j < len(toks) && j-k <= 4 && toks[j].sent == toks[k].sent && at.qtok[j] < 0; j++ {
		if r := at.roleAt(j); r != "" {
			if n := j + 1; n < len(toks) && toks[n].sent == toks[k].sent &&
				(toks[n].capital || at.ment[n] >= 0 || toks[n].in(wcPreposition) || at.word(n).in(awRole) || toks[n].text == "-") {
				return -1, ""
			}
			if at.formerIn(k+1, j) {
				r = formerRole(r) // "the former mayor" is not "the mayor"
			} else if j > k+1 && subordinateKey(toks[j-1].low) {
				r = toks[j-1].low + " " + r // "the vice president", as rolesAround reads its title (coref46_vice.go)
			}
			return j, r
		}
		if at.ment[j] >= 0 && at.a.Entities[at.ment[j]].Type == model.Person || !toks[j].capital && !at.word(j).in(awDescMod) {
			return -1, ""
		}
	}
	return -1, ""
}

// describedAttribution names the person of the definite description
// toks[s:e] when the chains resolved it, trailing adverbs aside ("the
// senator later said").
func (at *attributor) describedAttribution(s, e int) (attribution, bool) {
	d, ok := at.desc[s]
	if !ok {
		return attribution{}, false
	}
	toks := at.tz.toks
	for e > d.head+1 && (toks[e-1].in(wcSubjectSkip) || strings.HasSuffix(toks[e-1].low, "ly")) {
		e--
	}
	if d.head != e-1 {
		return attribution{}, false
	}
	en := at.a.Entities[d.ei]
	return attribution{speaker: en.Name, id: en.ID, mention: model.Span{Start: toks[s].Start, End: toks[e-1].End}, ok: true}, true
}

// roleBeforeComma reads the role of a description that the name at s
// stands in apposition to, before a comma: "The mayor, Piet Marsh,", "the
// company's chief executive, Ola Brandt,". The description opens with a
// determiner or a possessive and holds only modifiers and capitalised
// words before its head.
func (at *attributor) roleBeforeComma(s int) []string {
	toks := at.tz.toks
	// a title between the comma and the name: "Qatar's special envoy,
	// Sheikh Nasser Al Thani," (coref40)
	for s > 0 && toks[s-1].in(wcPersonTitle) && at.ment[s-1] < 0 && toks[s-1].capital {
		s--
	}
	if s < 3 || toks[s-1].text != "," || toks[s-2].sent != toks[s].sent {
		return nil
	}
	r := at.roleAt(s - 2)
	if r == "" {
		return nil
	}
	for p := s - 3; p >= 0 && s-p <= 7 && toks[p].sent == toks[s].sent; p-- {
		w := toks[p].low
		if toks[p].in(wcDeterminer|wcPossessive) || isPossessive(toks[p].text) || w == "whose" {
			// "whose special envoy, Sheikh Nasser," (coref40)
			if at.formerIn(p, s-2) {
				r = formerRole(r) // "The former mayor, Piet Marsh,"
			}
			return []string{r}
		}
		if at.ment[p] >= 0 && at.a.Entities[at.ment[p]].Type == model.Person {
			return nil // "Reed's lawyer, Osei": the role is of another person's
		}
		if !toks[p].capital && !at.word(p).in(awDescMod|awRole) && !apposedAdjective(&toks[p]) {
			return nil
		}
	}
	return nil
}
