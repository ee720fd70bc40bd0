package analysis

import "testing"

// genderOf analyses one paragraph and returns the gender the pronoun
// votes give the person named name.
func genderOf(t *testing.T, para, name string) string {
	t.Helper()
	a := article(para)
	tz := Default().prepare(a)
	defer tz.release()
	at := newAttributor(a, tz)
	if at == nil {
		t.Fatalf("no quotation in %q", para)
	}
	for ei, e := range a.Entities {
		if e.Name == name {
			return at.gender[ei]
		}
	}
	t.Fatalf("no entity %q in %q", name, para)
	return ""
}

// TestGenderVotesSkip: a pronoun votes for the person named last only
// where it can be that person: not after a name inside quoted words (the
// tag's pronoun is the speaker's, not the quoted name's), and not where a
// pronoun of the other gender in its sentence has already voted for the
// one person the sentence names.
func TestGenderVotesSkip(t *testing.T) {
	cases := []genderCase{
		{"a name in quoted words", "Dorin Vasko runs the ferry line in Marrow, and Vasko said he would stay on. " +
			"“Vasko will sink it,” she said. “Vasko is finished,” she said. “Vasko cannot win,” she said.",
			"Dorin Vasko", "m"},
		{"the other gender in one sentence", "Sela Marr met the harbour board on Monday. " +
			"She called him a liar, and she told him to leave, and she said he had lied to him. “We will sail,” she said.",
			"Sela Marr", "f"},
	}
	runGenderCases(t, cases)
}

// TestChainsNameLikeParticiple: a name that opens a sentence is its
// subject even where it ends like a participle ("Schilling", "Ted",
// "Fielding"), not an opening clause ("Informed of the news, …") whose
// names count for less.
func TestChainsNameLikeParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a surname ending in -ing", []string{
			"Curt Fielding was fired from the network on Wednesday.",
			"“We err on the side of caution,” said Jon Miller, a co-author of a book on the network.",
			"Fielding describes himself as a fighter. “I will not back down,” he said.",
		}, "back down", "Curt Fielding"},
	})
}

// TestChainsSentencePronoun: within one sentence a pronoun goes on with
// the person its sentence's earlier pronoun of that gender refers to,
// unless the sentence names someone else as its main clause's subject; a
// name in a clause between ("in the event that Reed faces Hale") does not
// take it over.
func TestChainsSentencePronoun(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a name in a clause between", []string{
			"Actress Mira Solberg is not sure she can back Ana Reed over Tom Hale.",
			"“A lot of people are unsure,” she said.",
			"Asked about her own vote in the event that Reed faces Hale, who has insulted the town, she replied: “I don’t know.”",
		}, "I don’t know", "Mira Solberg"},
		{"another subject of the main clause", []string{
			"Actress Mira Solberg is not sure she can back Ana Reed over Tom Hale.",
			"When Solberg said that she might stay home, Reed replied that she was sorry: “I need every vote.”",
		}, "every vote", "Ana Reed"},
	})
}

// genderCase is a paragraph and the gender genders should find for one
// of its people ("" for none).
type genderCase struct{ name, para, person, gender string }

// runGenderCases runs each case as a subtest of t.
func runGenderCases(t *testing.T, cases []genderCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := genderOf(t, c.para, c.person); got != c.gender {
				t.Errorf("gender %q, want %q", got, c.gender)
			}
		})
	}
}
