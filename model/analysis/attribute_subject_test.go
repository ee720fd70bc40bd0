package analysis

import "testing"

// TestParticipleSubjectIsNoObject: when "…, saying “…”" falls back to the
// first name of its sentence, a name after the clause's verb or inside a
// phrase of circumstance is no subject: the writer's subject, or nobody,
// speaks, and the tag before the quotation decides.
func TestParticipleSubjectIsNoObject(t *testing.T) {
	const intro = "Ilse Varga runs the ferry company in Holm."
	cases := []struct {
		para, quote, speaker string
	}{
		// the name is the object of the verb, or of a preposition after it
		{"In May, the envoy called for Ilse Varga to resign, calling her “a danger to the port.”", "danger to the port", "the envoy"},
		{"The harbour gazette has been harsh in its criticism of Ilse Varga, arguing she is “unfit for the quay.”", "unfit for the quay", ""},
		// the name stands in a phrase before the subject
		{"In her 2019 speech, a tribute to Tomas Brandt, Ilse Varga thanked the crews and closed by urging “a harbour for everyone.”", "harbour for everyone", "Ilse Varga"},
		// regressions: the subject opens the clause; "to" before a verb opens no phrase
		{"Back in 2019, Ilse Varga praised Tomas Brandt, calling him “a true sailor.”", "true sailor", "Ilse Varga"},
		{"Early in her term, Ilse Varga thanked the crews, calling them “the pride of Holm.”", "pride of Holm", "Ilse Varga"},
		{"You may be old enough to remember Ilse Varga going on the radio in 1977, declaring “a war on rust.”", "war on rust", "Ilse Varga"},
		{"Ilse Varga was eager to thank Tomas Brandt, calling him “the pride of Holm.”", "pride of Holm", "Ilse Varga"},
	}
	for _, c := range cases {
		rule := "tag-before" // the participle's own rule, not a later guess
		if c.speaker == "" {
			rule = ""
		}
		t.Run(c.para, func(t *testing.T) { wantSpeakerBy(t, c.quote, c.speaker, rule, intro, c.para) })
	}
}

// TestCoordinatedVerbSubject: a speech verb coordinated with an earlier
// verb ("… and added, “…”") shares the subject of that verb, never a name
// in a phrase that opens the sentence.
func TestCoordinatedVerbSubject(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"In a long, frank interview with the reporter Tomas Brandt last year, Ilse Varga said she welcomed the vote and added, “We will rebuild the quay.”", "rebuild the quay", "Ilse Varga"},
		{"Appearing before cheering crowds at Harbour Radio headquarters, Ilse Varga said it was too early but added, “We will rebuild the quay.”", "rebuild the quay", "Ilse Varga"},
		// regression: the subject opens the sentence
		{"Ilse Varga met Tomas Brandt on Monday and told him, “We will rebuild the quay.”", "rebuild the quay", "Ilse Varga"},
		// an unnamed subject opens the clause, a name inside it or after its
		// verb is none
		{"A spokesman for Vell Harbour declined to comment on the report but said in a statement that “the ferry was treated like any other.”", "like any other", "a spokesman for Vell Harbour"},
		{"Harbour safety experts have similarly discounted Marrow’s claims, but have speculated that it might raise its “towing capacity” by other means.", "towing capacity", "Harbour safety experts"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestRoleNounSubject: a description headed by a noun of a role or a
// person ("the justice", "the actor") opens a clause as its subject, as
// one headed by "the spokesman" does, for a participle or a second verb
// that speaks later in the sentence.
func TestRoleNounSubject(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"In three separate interviews, the justice sounded off on Tomas Brandt, saying she didn’t “want to contemplate” a harbour without him.", "want to contemplate", "the justice"},
		{"With the help of a radio show, the actor held a fake audition and asked the sailors to act “saltier.”", "saltier", "the actor"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestCoordinatedSubjectAfterDash: a dash before a pronoun opens a clause
// with a subject of its own, and a verb coordinated in that clause is its
// subject's, not the subject of the clause before the dash.
func TestCoordinatedSubjectAfterDash(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"For that she drew Tomas Brandt's ire - he called her “weak” and said she had “zero support” in Holm.", "zero support", "Tomas Brandt"},
		{"For that she drew Tomas Brandt's ire — he called her “weak” and said she had “zero support” in Holm.", "zero support", "Tomas Brandt"},
		// regression: an aside between dashes leaves the subject before it
		{"Tomas Brandt — the harbour master — thanked the crews and said the season was “a triumph.”", "a triumph", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, "Ilse Varga criticised the harbour board on Monday.", c.para)
		})
	}
}

// TestAsideBetweenDashes: a pair of dashes sets off an aside between a
// subject and its verb as a pair of commas does, whether written "--",
// "—" or "–", and the name before an aside inside a clause is not the
// subject.
func TestAsideBetweenDashes(t *testing.T) {
	intro := "The film festival opened in Eastcliff on Monday."
	runSpeakerCases(t, []speakerCase{
		{"a name, an apposition, then the aside", []string{intro, "Lena Ortiz, the director of Harbor Films -- the studio that made three of the year's hits, which also runs its own site -- told me, “We make what people want to watch.”"}, "want to watch", "Lena Ortiz"},
		{"a name then the aside", []string{intro, "Lena Ortiz -- who runs Harbor Films, a studio with three hits -- told me, “We make what people want to watch.”"}, "want to watch", "Lena Ortiz"},
		{"an em dash", []string{intro, "In Eastcliff, Tom Hale — a fisherman for forty years, who sold his boat in May — told me, “The quay is finished.”"}, "quay is finished", "Tom Hale"},
		{"a body then the aside", []string{intro, "Harbor Films -- the studio behind three of the year's hits -- told me, “We make what people want.”"}, "what people want", "Harbor Films"},
	})
}

// TestSetOffPair: a two-word sentence adverb between commas after the
// subject ("for example", "in turn", "of course") leaves the subject
// before it, as a one-word one does.
func TestSetOffPair(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"Vell Sen. Ilse Varga’s campaign, for example, said she would “back the nominee” but “is not planning to endorse anyone,” while Rep. Tomas Brandt suggested he would only offer support with conditions.", "back the nominee", "Ilse Varga's campaign"},
		{"The harbour board, in turn, argued that the tolls were “a tax on the poor,” while Tomas Brandt suggested they were fair.", "a tax on the poor", "the harbour board"},
		// regression: an aside about the subject is read as before
		{"Tomas Brandt, the harbour master, said the tolls were “a tax on the poor.”", "a tax on the poor", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}
