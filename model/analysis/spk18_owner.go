package analysis

// ownerApposedSide tells whether the person's name at s stands in
// apposition to a noun that a his or her of its sentence owns: "Her
// colleague at the university, economist Tuul Bat, said …", "His
// daughter, Nasrin Alam, …", "her brother Omid". The pronoun is someone
// else, so the name is not who a later pronoun of that gender must be:
// it returns 0 for his, 1 for her, and -1 for any other name.
func (at *attributor) ownerApposedSide(s int) int {
	toks := at.tz.toks
	sent := toks[s].sent
	c := s - 1
	// the titles and role words written before the name: "economist"
	for c >= 0 && s-c <= 3 && toks[c].sent == sent && at.qtok[c] < 0 && (toks[c].in(wcPersonTitle|wcRoleNoun) || isLowerWord(toks[c].text) && at.word(c).in(awRole)) {
		c--
	}
	if c < 1 || toks[c].sent != sent || at.qtok[c] >= 0 {
		return -1
	}
	comma := toks[c].text == ","
	if comma {
		c--
	}
	// back over the owned noun and what qualifies it, to the his or her
	for j := c; j >= 0 && c-j < 6 && toks[j].sent == sent && at.qtok[j] < 0 && at.ment[j] < 0; j-- {
		t := &toks[j]
		if t.low == "his" || t.low == "her" {
			// with a comma, any words of the owned noun's phrase; without
			// one, the noun alone ("her brother Omid", where "brother" may
			// be read among the titles)
			if comma && j == c || !comma && j != c && j != c-1 || j+1 >= s || !isLowerWord(toks[j+1].text) || t.low == "her" && !at.possessiveHer(j) {
				return -1 // "told her, Omid …", "told her Omid …", "her “friend”"
			}
			if t.low == "her" {
				return 1
			}
			return 0
		}
		if !hasLetterOrDigit(t.text) || t.in(wcSpeechCue|wcSubordinator|wcPronoun) || ownNameNoun(t.low) {
			return -1 // "who gave only her first name, Mercy,": she herself
		}
	}
	return -1
}

// ownNameNoun reports whether w names a name, so that the name in
// apposition to it is the owner's own: "her first name, Mercy", "his
// nickname, Tito".
func ownNameNoun(w string) bool {
	switch w {
	case "name", "names", "surname", "nickname", "alias", "pseudonym":
		return true
	}
	return false
}
