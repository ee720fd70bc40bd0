package analysis

// The unnamed person's own clause: a sentence that opens with an
// indefinite description of a person ("A buyer for one of the firms, who
// asked not to be named because he was not authorised to speak, said …")
// is about that person until its verb; a he or she before the verb, in
// the description's relative clause, is that person, not someone named
// in an earlier sentence, and leaves them in view for the tag after
// ("“…,” he said"), where a pronoun for a named person takes them away.

// ownClauseAnonymous reports whether the he or she at k, of gender g, is
// the unnamed person anon its sentence opened with: the sentence has
// named no one, its speech verb or main verb is yet to come (anonOpen,
// nothing reported), the description's noun tells no other gender and
// owns nothing ("An ambassador's job, he said, …" is about no one new).
func (at *attributor) ownClauseAnonymous(anon anonymous, anonOpen bool, named int, reported bool, k int, g string) bool {
	t := &at.tz.toks[k]
	if !anonOpen || named > 0 || reported || anon.sent != t.sent || anon.score <= 0 || t.low != "he" && t.low != "she" {
		return false
	}
	h := int(anon.head)
	if h+1 < len(at.tz.toks) && isPossessive(at.tz.toks[h+1].text) {
		return false
	}
	return anon.g == "" || anon.g == g
}

// moreAnonNouns are nouns of people at work or in trouble that open an
// unnamed person's description as "a farmer" does, though no list of
// roles or people holds them: "A tea broker in the port, who …, said …",
// "A lorry driver waiting at the border said …" (indefinitePerson,
// coref34_anon.go).
var moreAnonNouns = wordSet(`buyer broker dealer seller driver miner protester protestor guard cook tailor baker
butcher merchant grower landlord tenant refugee migrant trucker porter cleaner vendor hawker`)
