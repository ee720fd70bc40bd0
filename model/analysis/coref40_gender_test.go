package analysis

import "testing"

// clauseGenderOf analyses one paragraph and returns what clauseGender
// reads after the first mention of the person named name.
func clauseGenderOf(t *testing.T, para, name string) string {
	t.Helper()
	a := article(para)
	tz := Default().prepare(a)
	defer tz.release()
	at := newAttributor(a, tz)
	if at == nil {
		t.Fatalf("no quotation in %q", para)
	}
	for s := range at.tz.toks {
		if ei := at.ment[s]; ei >= 0 && at.mstart[s] == s && a.Entities[ei].Name == name {
			return at.clauseGender(s, at.mend[s])
		}
	}
	t.Fatalf("no entity %q in %q", name, para)
	return ""
}

// TestClauseGender: in a sentence that names two people, a clause shape
// still ties a pronoun to its name, for given names in no list: a relative
// clause's he or she, a speech verb's he or she, a reflexive, "X and his",
// a spouse the name owns. A possessive of a role ("who was her aide"), a
// his or her after a speech verb ("said her plan") and a name that is
// no clause's subject tell nothing of the name.
func TestClauseGender(t *testing.T) {
	const tag = " “We will see,” Farid Osei said."
	cases := []struct {
		name, para, person, gender string
	}{
		{"a relative clause", "Rania Saleh met Samer Haddad, who sold his mills last year, in Beirut." + tag, "Samer Haddad", "m"},
		{"a speech verb and she", "After meeting Samer Haddad in Beirut, Rania Saleh, a trader, said on Monday that she would invest." + tag, "Rania Saleh", "f"},
		{"a reflexive", "Facing Tunde Bakare across the table, Sigrid Aasen found herself short of words." + tag, "Sigrid Aasen", "f"},
		{"and his", "With Sigrid Aasen watching, Tunde Bakare and his crew left the port." + tag, "Tunde Bakare", "m"},
		{"a spouse", "Sigrid Aasen sat beside Anand Rao's wife at the dinner." + tag, "Anand Rao", "m"},
		{"a role the relative clause owns", "Sigrid Aasen met Anand Rao, who was her aide for a decade, again." + tag, "Anand Rao", ""},
		{"a possessive after a speech verb", "After the vote, Anand Rao said her plan would cost Tunde Bakare his seat." + tag, "Anand Rao", ""},
		{"no subject", "Sigrid Aasen praised Tunde Bakare and his crew." + tag, "Tunde Bakare", ""},
		{"the name in apposition to the subject", "Ece Karaca's lawyer, Emre Tuncel, called the verdict a disgrace and said he would appeal." + tag, "Emre Tuncel", "m"},
		{"a name in apposition to a place", "He lives outside the state capital, Emre Tuncel, and said he would appeal." + tag, "Emre Tuncel", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := clauseGenderOf(t, c.para, c.person); got != c.gender {
				t.Errorf("clause gender %q, want %q", got, c.gender)
			}
		})
	}
}

// TestClauseGenderVotes: the clauses count in genders, where a pronoun of
// a sentence of two people does not.
func TestClauseGenderVotes(t *testing.T) {
	para := "Mayor Rania Saleh met Samer Haddad, who sold his mills last year, in Beirut. “We will see,” Farid Osei said."
	if got := genderOf(t, para, "Samer Haddad"); got != "m" {
		t.Errorf("gender %q, want m", got)
	}
}

// TestGenderVotesBound: a pronoun votes for no one it cannot be. A him or
// an object her in the clause the one person of a sentence opens is
// someone else, and so are that gender's pronouns after it, in its
// sentence and the next; a pronoun after a sentence that named two votes
// for its subject, not for the last of them.
func TestGenderVotesBound(t *testing.T) {
	cases := []genderCase{
		{"an object her", "Rania Mansour won the prize on Monday. Samer Khalil congratulated her at the ceremony. " +
			"“I wrote it for my grandmother,” she said.", "Samer Khalil", ""},
		{"after an apposition", "Ngozi Restrepo promised more police. Her rival, Kelzo Ospina, a former senator, accused her of " +
			"lying when she ran the force. “She had the budget,” Ospina said.", "Kelzo Ospina", ""},
		{"described her as", "The novelist Rania Mansour won the prize. Anand Rao described her as the finest writer of the decade. " +
			"“I wrote it for my grandmother,” she said.", "Anand Rao", ""},
		{"put to her", "Bisi van Wyk took the stand on Monday. Sekou Botha put it to her that her signature was on the forms. " +
			"“I did not sign,” van Wyk said.", "Sekou Botha", ""},
		{"not the last of two", "Rania Saleh praised Samer Haddad's plan on Monday. “It is bold,” she said. " +
			"“It is also late,” she added.", "Samer Haddad", ""},
		{"the other of two where the subject is a woman", "Mayor Ann Reed met Tunde Bakare at the harbour on Monday. " +
			"He shook his head. “Nobody asked us,” Bakare said.", "Tunde Bakare", "m"},
		{"the subject of two", "Rania Saleh praised Samer Haddad's plan on Monday. “It is bold,” she said. " +
			"“It is also late,” she added.", "Rania Saleh", "f"},
	}
	runGenderCases(t, cases)
}

// TestChainsLearntGender: the gender the article's clauses teach decides
// whom a later pronoun speaker is, where no list knows either name.
func TestChainsLearntGender(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a man bound away from her", []string{
			"The novelist Rania Mansour won the fiction prize on Monday for her book about a family of fishermen.",
			"Samer Khalil, who had been the favourite, congratulated her at the ceremony. Khalil said he was happy for her.",
			"“I wrote it for my grandmother,” she said.",
		}, "for my grandmother", "Rania Mansour"},
	})
}

// TestClauseGenderDefersToTheList: a pronoun inside the apposition before
// the verb names someone else, whom the reported "she" may be ("Tunde
// Bakare, her lawyer, said she …" tells nothing of him); and a clause
// says nothing of a person whose given name the lists know: in the
// portrait of a scientist, her supervisor who "says she was never the
// easiest student" stays a man, and his quotation his.
func TestClauseGenderDefersToTheList(t *testing.T) {
	if g := clauseGenderOf(t, `After the talks, Tunde Bakare, her lawyer since 2019, said she was ready. “…,” he said.`, "Tunde Bakare"); g != "" {
		t.Errorf("clause gender %q, want none", g)
	}
	wantSpeaker(t, "argued with me", "Graham Whitlow",
		`Tala Faleolo-Manu was six years old when her father first took her out to the reef.`,
		`She moved to Brisbane at 17, where she met her husband, Hemi Te Aroha, who builds boats.`,
		`Her colleague Professor Graham Whitlow, who supervised her doctorate in the 1990s, says she was never the easiest student.`,
		`“She argued with me about everything, and she was usually right,” he says.`)
}
