package analysis

import "github.com/byline-reader/byline/model"

// Binding and clause shape for the pronoun chains (coref_chains.go): where
// in its sentence a name stands tells whether it can be the subject a
// later pronoun goes back to, and where a pronoun stands tells whom it
// cannot be.
//
//   - A clause that opens with a common noun phrase ("The movie mentions
//     neither Reed nor Shah", "A mayor who fired Reed will …") has that
//     noun for its subject: a name later in it is an object or stands in a
//     relative clause, not the subject (commonSubject).
//   - A participle written before a name is the name's adjective, not a
//     clause of its own ("Retired Col. Ann Reed told …"), as "Asked about
//     it, Reed said" is (adjectiveOfName).
//   - A person's bare name between "the" and a noun qualifies the noun
//     ("the Reed campaign said"): the campaign speaks, and the name counts
//     as an owner does (modifierName).
//   - "Reed's been" and "Reed's also" are "Reed has" and "Reed is": the
//     name is the subject, not an owner (owns).
//   - A role held once is another role than the office: "Ivo Marsh, the
//     former mayor," is no "the mayor", and "the former mayor" is none
//     whom the article calls only "Mayor X" (formerRole).
//   - A he or she that is the subject of its clause cannot be a person
//     named later in its own sentence ("he told Reed", "He calls Reed's
//     plan …"), and one that says the words before it ("Reed isn't ready,
//     she said") is not a person those words name as their subject
//     (boundNames).

// commonSubject reports whether the clause opening at token k opens with
// a common noun phrase: an article or a demonstrative and a lower-case
// noun that is no role, person noun or modifier of one (those are
// descriptions the chains resolve) and owns nothing ("the company's chief
// executive, Ola Brandt," is about her).
func (at *attributor) commonSubject(k int) bool {
	toks := at.tz.toks
	if at.word(k).in(awLeadConj) && k+1 < len(toks) && toks[k+1].sent == toks[k].sent {
		k++ // "But the report found …"
	}
	n := k + 1
	if !at.word(k).in(awSubjArticle) || n >= len(toks) || toks[n].sent != toks[k].sent || at.qtok[n] >= 0 || at.ment[n] >= 0 {
		return false
	}
	if !isLowerWord(toks[n].text) || at.word(n).in(awDescMod|awDistMod) {
		return false
	}
	// the noun within its first three words: no person ("the retired
	// surgeon"), time ("The day before, Reed …") or owner ("the company's
	// chief executive, Ola Brandt,")
	for j := n; j < len(toks) && j-n < 3 && toks[j].sent == toks[k].sent && isLowerWord(toks[j].text); j++ {
		if at.word(j).in(awRole|awCommonNounOff) || j+1 < len(toks) && isPossessive(toks[j+1].text) {
			return false
		}
	}
	return true
}

// adjectiveOfName reports whether the participle at token k is written
// before a person's name, through capitalised words only ("Retired Army
// Col. Ann Reed", "Embattled Mayor Ann Reed"), so that it opens no clause.
func (at *attributor) adjectiveOfName(k int) bool {
	toks := at.tz.toks
	for j := k + 1; j < len(toks) && j-k <= 4 && toks[j].sent == toks[k].sent && toks[j].capital; j++ {
		if ei := at.ment[j]; ei >= 0 && at.a.Entities[ei].Type == model.Person {
			return true // through other names: "Retired Army Col. Ann Reed"
		}
	}
	return false
}

// modifierName reports whether the person's mention toks[s:e] is a bare
// name between "the" and a lower-case word: "the Reed campaign", "the Shah
// administration's plan".
func (at *attributor) modifierName(s, e int) bool {
	toks := at.tz.toks
	if s == 0 || e >= len(toks) || toks[s-1].low != "the" || toks[s-1].sent != toks[s].sent || toks[e].sent != toks[s].sent {
		return false
	}
	return !toks[s].in(wcPersonTitle) && isLowerWord(toks[e].text) && !toks[e].in(wcSpeechCue)
}

// boundNames appends to bound the people the pronoun at token k cannot
// refer to: for a he or she outside a subordinate clause, the people named
// after it in its clause, outside quotations.
func (at *attributor) boundNames(bound []int, k int, subordinate bool) []int {
	toks := at.tz.toks
	if w := toks[k].low; w != "he" && w != "she" {
		return bound
	}
	if !subordinate {
		// up to the end of its clause: a mark, "that", a conjunction or a
		// quotation ("she said, but …, said Ann Reed" may be her)
		for j := k + 1; j < len(toks) && toks[j].sent == toks[k].sent && j-k < maxLeading && at.qtok[j] < 0; j++ {
			if ei := at.ment[j]; ei >= 0 {
				if at.a.Entities[ei].Type == model.Person {
					bound = append(bound, ei)
				}
				j = at.mend[j] - 1
				continue
			}
			if t := &toks[j]; !hasLetterOrDigit(t.text) || t.low == "that" || at.marked(j, fmCoordinator) || t.in(wcSubordinator) {
				break
			}
		}
	}
	return bound
}

// owns reports whether the token at e, after a name, makes it an owner:
// "’s" or "’", but not the "’s" of "has" or "is" before a participle or
// an adverb ("Reed’s been saying", "Reed’s also running").
func (at *attributor) owns(e int) bool {
	toks := at.tz.toks
	if e >= len(toks) || !isPossessive(toks[e].text) {
		return false
	}
	return e+1 >= len(toks) || toks[e+1].sent != toks[e].sent || !contractedAfter[toks[e+1].low]
}

// formerIn reports whether a word of toks[from:to] makes a role one held
// once: "former", "ex", "onetime".
func (at *attributor) formerIn(from, to int) bool {
	toks := at.tz.toks
	for j := max(from, 0); j < to && j < len(toks); j++ {
		if at.word(j).in(awFormer) {
			return true
		}
	}
	return false
}

// formerRole is the role of one who held it once: "former mayor".
func formerRole(r string) string { return "former " + r }

// formerKeys are the words keysAround looks for around a holder of a role
// to tell one who held it once.
var formerKeys = [...]string{"former"}
