package analysis

import "testing"

// TestPersonBeforeBody: in a speaker phrase, the person before "of <body>"
// or a role apposition speaks, not the body, even when the recogniser
// split the body's name, typed the person as a body, or the roles are
// joined by "and".
func TestPersonBeforeBody(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"person typed as a body", `“We are out of money,” Halvard Oskarsen of the Ingrid Moe Center for Coastal Studies wrote in May.`, "out of money", "Halvard Oskarsen"},
		{"body's name in two pieces", `Lira Tove, executive director of the Harbor Majority PAC, a local super PAC, said the tolls are “going to sink the ferry.”`, "sink the ferry", "Lira Tove"},
		{"two roles joined", `Marten Oskar, president and CEO of Valley Bakers Association stated, “It is not a political problem; it is a math problem.”`, "math problem", "Marten Oskar"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestNameBeforeRoleApposition: name words the recogniser left out, typed
// as a body or place, or split at particles are one person when a role
// follows in apposition, and that person speaks.
func TestNameBeforeRoleApposition(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"given name typed as a body", `“We lost the count,” said Soe Min, a party member who ran in 2012.`, "lost the count", "Soe Min"},
		{"surname typed as a place", `“They are wrong,” said Ines da Cunha, a Democratic strategist.`, "are wrong", "Ines da Cunha"},
		{"Dutch particles", `“It is a scandal,” said Anke in 't Hout, a Dutch member of parliament.`, "a scandal", "Anke in 't Hout"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestUnclosedRelative: a relative clause the writer did not close with a
// comma still stands between the person and the verb they speak with.
func TestUnclosedRelative(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"who after the name", `“The tolls are a disgrace,” Greta Lindqvist, who is chairman of the Anselm Reed Fund said in a statement.`, "a disgrace", "Greta Lindqvist"},
		{"who after a role", `“The plan will fail,” Ola Brandt, the polling expert who founded the Harbour Survey tweeted on Monday.`, "will fail", "Ola Brandt"},
		// the clause ends at the dash: the verb after it has its own subject
		{"clause closed by a dash", `The plan is bad news for Reed, who has been trying to rescue the quay — most residents say they would “never back” him.`, "never back", "most residents"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestVerbEndsTitle: a verb between the subject and a titled name after
// it makes that name the object, not the head of the subject's phrase, so
// the subject speaks in the participle clause.
func TestVerbEndsTitle(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"honorific object", `Ada Holm endorsed Mr. Brandt at a news conference, calling him “a very fine man.”`, "fine man", "Ada Holm"},
		{"title object", `Ivo Marrow thanked Dr. Brennick at a rally, calling her “the best we have had.”`, "best we have", "Ivo Marrow"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestTimeBeforeVerb: a time phrase between a name and its speech verb
// leaves the name the subject.
func TestTimeBeforeVerb(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"last week", `Senate Intelligence Ranking Democrat Dora Feinholt (D-Vell) last week said Tolliver sent no “top secret” mail.`, "top secret", "Dora Feinholt"},
		{"on a weekday", `The harbour master Ivo Marrow on Tuesday told reporters the pier was “not safe for anyone.”`, "not safe", "Ivo Marrow"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestCommonRoleNouns: a common noun for a person ends the title before a
// name, so the party or place before it is not taken for the speaker.
func TestCommonRoleNouns(t *testing.T) {
	cases := []struct{ para, quote, speaker string }{
		{"“The vote is lost,” said Vellish party boss Tomas Brandt.", "vote is lost", "Tomas Brandt"},
		{"“The levy will pass,” said Northshire donor Ilse Varga.", "levy will pass", "Ilse Varga"},
		{"“The harbour is ours,” said Calder activist Mina Okoro.", "harbour is ours", "Mina Okoro"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestDatelineNotSpeaker: the place and agency of a dateline that opens
// the sentence are skipped when the sentence's subject is looked for.
func TestDatelineNotSpeaker(t *testing.T) {
	cases := []struct{ para, quote, speaker string }{
		{"Vellstad (AFP) – Democrat Ilse Varga has taken a swipe at her rival over the harbour levy, saying that “loud remarks” do more harm than good.", "loud remarks", "Ilse Varga"},
		{"KESSARY, Veldoria (Reuters) - Tomas Brandt rallied his supporters on Monday, saying the levy was “a fraud”.", "a fraud", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestPersonOfPlaceAside: "X of <place>, <aside>, said": the place and the
// aside about it stand between the person and the verb.
func TestPersonOfPlaceAside(t *testing.T) {
	cases := []struct{ para, quote, speaker string }{
		{"Odo Brask of Kessary, a port town, said ''logic would suggest that a flood strengthens the case for the levy.''", "logic would suggest", "Odo Brask"},
		{"Rep. Ola Brandt of Vellmark, an ally of the harbour lobby, called the levy “a fraud”.", "a fraud", "Ola Brandt"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestAcrossQuotedTerm: a quoted term no one says, between two parts of
// one speaker's words, does not break the run.
func TestAcrossQuotedTerm(t *testing.T) {
	para := `"I don't know where he stands on that," said undecided voter Ilse Varga of Kessary, before the harbour event, a "No-Levy" barbecue hosted by Tomas Brandt, the former mayor. "Some sort of levy, I think, is part of his plan."`
	wantSpeaker(t, "Some sort of levy", "Ilse Varga", para)
}

// TestInfinitiveCue: "X was prompted to say": the speech verb is an
// infinitive after another verb, and X speaks.
func TestInfinitiveCue(t *testing.T) {
	para := "But the meeting was so quiet that Mr. Brask was prompted to say, ''So far, I cannot believe how civil it has been.''"
	wantSpeaker(t, "So far", "Brask", para)
}

// TestPossessedPerson: "said X's wife, Y" and "said X's lawyer Y" give the
// person named after the relative or role, not the possessor.
func TestPossessedPerson(t *testing.T) {
	intro := "Tomas Brandvold, the harbour master, resigned on Friday."
	runSpeakerCases(t, []speakerCase{
		{"relative with comma", []string{intro, "“He never slept,” said Brandvold's wife, Ines Carvalho."}, "never slept", "Ines Carvalho"},
		{"role with comma", []string{intro, "“He did nothing wrong,” said Brandvold's lawyer, Piet Marsh."}, "nothing wrong", "Piet Marsh"},
		{"associate without comma", []string{intro, "“He loved the port,” said Brandvold's old friend Piet Marsh."}, "loved the port", "Piet Marsh"},
		{"coordinated roles", []string{intro, "“He will be back,” said Brandvold's friend and business partner, Piet Marsh."}, "will be back", "Piet Marsh"},
		{"the possessor speaks of a thing", []string{intro, "“It was time,” said Brandvold in a statement."}, "It was time", "Tomas Brandvold"},
	})
}

// TestCoordinatedRoles: roles joined by "and" before a name, each with the
// place or body it is of, and the title of an office ("Secretary of
// State") give the person named after them.
func TestCoordinatedRoles(t *testing.T) {
	intro := "The harbour plan passed on Monday."
	runSpeakerCases(t, []speakerCase{
		{"two lower-case roles", []string{intro, "“It was overdue,” said author and historian Ines Carvalho."}, "overdue", "Ines Carvalho"},
		{"titles with their place and body", []string{intro, "“It was overdue,” said former Vellmouth Gov. and party chairman Tomas Brandvold."}, "overdue", "Tomas Brandvold"},
		{"roles with their place and body", []string{intro, "“It was overdue,” said former Dunmore mayor and Harbour Party chairman Tomas Brandvold."}, "overdue", "Tomas Brandvold"},
		{"a title of an office", []string{intro, "“It was overdue,” said Secretary of State Madeleine Marsh."}, "overdue", "Madeleine Marsh"},
		{"a country before a title of an office", []string{intro, "“It was overdue,” said U.S. Secretary of Defense Peter Marsh."}, "overdue", "Peter Marsh"},
		{"a person first is no role", []string{intro, "“It was overdue,” said Ines Carvalho and harbour chairman Tomas Brandvold."}, "overdue", "Ines Carvalho"},
	})
}

// TestHyphenatedTitles: an office written as one hyphenated word is a
// title before a name, so the body before it only qualifies the person.
func TestHyphenatedTitles(t *testing.T) {
	intro := "The harbour plan passed on Monday."
	runSpeakerCases(t, []speakerCase{
		{"secretary-general", []string{intro, "“The talks are over,” said Harbour League Secretary-General Ana Quillfeather."}, "talks are over", "Ana Quillfeather"},
		{"director-general", []string{intro, "“The talks are over,” Ports Agency Director-General Ana Quillfeather said."}, "talks are over", "Ana Quillfeather"},
	})
}

// TestWithSubjectPlace: in "with X saying", a place after a preposition
// at the end of X qualifies the head before it; the phrase speaks, not
// the sentence's subject.
func TestWithSubjectPlace(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"Ola Brandt turned on Ilse Varga, with the campaign of the former mayor from Vellmark saying Varga was “not a real sailor.”", "real sailor", "the campaign of the former mayor from Vellmark"},
		{"Ola Brandt turned on Ilse Varga, with a spokesman for the mayor of Vellmark saying Varga was “not a real pilot.”", "real pilot", "a spokesman for the mayor of Vellmark"},
		// regression: no place, the phrase as before
		{"Ola Brandt turned on Ilse Varga, with the campaign of the former mayor saying she was “not a real captain.”", "real captain", "the campaign of the former mayor"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
