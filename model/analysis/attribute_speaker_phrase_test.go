package analysis

import "testing"

// The speaker phrase as a reader reads it: which words of the sentence
// name the one who speaks.

// TestFrontedPhraseIsNoSubject: the subject is what follows a phrase of
// place, with or without its comma, not the phrase.
func TestFrontedPhraseIsNoSubject(t *testing.T) {
	intro := `Services between Tamby and Holm Cross were cancelled on Friday after Ferrin Rail Ltd reported debris on the line.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"in a note on its website the company", `In a note on its website the company said the line was “not safe to use” until Monday.`, "not safe to use", "Ferrin Rail Ltd"},
		{"near the wall the fishermen", `Near the harbour wall the fishermen told reporters the new quay was “a disaster”.`, "a disaster", "the fishermen"},
		{"outside the hall, the farmers", `Outside the town hall, the farmers chanted “No more levies” for an hour.`, "No more levies", "the farmers"},
		{"outside the court, the families", `Outside the court building, the families waved photographs and chanted “Justice now” as the vans left.`, "Justice now", "the families"},
		// regressions: one phrase, or a verb and its object, stay as they were
		{"a spokesman for the line", `A spokesman for the line said services were “suspended for safety”.`, "suspended for safety", "a spokesman for the line"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}

// TestFrontedTimeOrPlaceIsNoSubject: a phrase of time, or a place or day
// that ends a phrase of place, before the subject with no comma is no part
// of it, nor is the noun a number follows.
func TestFrontedTimeOrPlaceIsNoSubject(t *testing.T) {
	intro := `Kessary Council met on Monday to discuss the flood plan.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"earlier this year the treasurer", `Earlier this year the treasurer warned that costs were “spiralling”.`, "spiralling", "the treasurer"},
		{"two days later the council", `Two days later the council said repairs were “complete”.`, "complete", "Kessary Council"},
		{"at a meeting in a town the treasurer", `At a meeting in Holm the treasurer called the plan “reckless”.`, "reckless", "the treasurer"},
		{"on a weekday the treasurer", `During a visit to the docks on Friday the treasurer said the fund was “empty”.`, "empty", "the treasurer"},
		{"despite the rain about 200 residents", `Despite the rain about 200 residents turned out and chanted “Save our park”.`, "Save our park", "about 200 residents"},
		// a time between the subject and its verb is no part of it either
		{"the treasurer this week", `The treasurer this week said the fund was “nearly empty”.`, "nearly empty", "the treasurer"},
		{"the council on a weekday", `The council on Tuesday said the works were “on schedule”.`, "on schedule", "Kessary Council"},
		// regressions: a time before the subject, and one inside a phrase
		// that would end in a participle without it
		{"last week the mayor", `Last week the mayor said the plan was “a good start”.`, "a good start", "the mayor"},
		{"a report issued this year", `A report issued earlier this year described the plan as “flawed”.`, "flawed", "a report issued earlier this year"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}

// TestArticleAfterNounOpensPhrase: an article right after a noun, with no
// word to join them, opens a phrase of its own: the subject of a relative
// clause with no "that", or the clause an "according to" phrase
// introduces.
func TestArticleAfterNounOpensPhrase(t *testing.T) {
	intro := `The Tamby plant will close by 2027 with the loss of 400 jobs.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a decision the mayor described", `The board approved the closure, a decision the mayor described as “a disgrace”.`, "a disgrace", "the mayor"},
		{"according to figures with no comma", `According to figures published by the union the plant has lost 1,000 jobs in “less than a decade”.`, "less than a decade", "figures published by the union"},
		// regressions: a relative clause with no "that" inside the subject
		// keeps the subject whole
		{"the woman the police arrested told", `The woman the police arrested told the court she was “innocent”.`, "innocent", "the woman the police arrested"},
		{"the owner of the house the storm destroyed", `The owner of the house the storm destroyed said she was “heartbroken”.`, "heartbroken", "the owner of the house the storm destroyed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}

// TestPlaceAfterPeopleNounIsNoSpeaker: a place a preposition governs after
// a noun for people qualifies the noun; the phrase speaks, not the place,
// and the agent of a participle after a noun does not speak either.
func TestPlaceAfterPeopleNounIsNoSpeaker(t *testing.T) {
	intro := `The Kessary Health Ministry announced new rules for hospitals in Holm on Monday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a nurse from a town", `A nurse from Holm said the changes were “too little, too late”.`, "too little, too late", "a nurse from Holm"},
		{"a teacher in a town", `A teacher in Holm described the rules as “confusing”.`, "confusing", "a teacher in Holm"},
		{"voters in a town open the sentence", `Voters in Holm said they were “tired of promises”.`, "tired of promises", "Voters in Holm"},
		// the agent of a participle is no speaker either; the sentence's
		// subject is
		{"the agent of a participle", `Nurses interviewed by the Holm Courier described the rules as “a disaster”.`, "a disaster", "Nurses"},
		// regression: a place alone speaks for its government
		{"the town alone", `Holm said the rules were “unworkable”.`, "unworkable", "Holm"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}

// TestObjectBeforeParticipleIsNoSpeaker: "would refund any fees charged":
// the object of a verb after a modal is no subject of the participle after
// it, and the quotation goes to the one who said the whole clause.
func TestObjectBeforeParticipleIsNoSpeaker(t *testing.T) {
	intro := `Customers of Kessary Bank were locked out of their accounts for nine hours on Tuesday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"would refund any fees charged", `Kessary Bank said it would refund any fees charged during the outage and would offer “goodwill payments” to those affected.`, "goodwill payments", "Kessary Bank"},
		{"to review the faults reported", `Kessary Bank said it had agreed to review the faults reported by customers and to make “fair amends”.`, "fair amends", "Kessary Bank"},
		{"had refunded any fees charged", `Kessary Bank said it had refunded any fees charged during the outage and would offer “goodwill payments” to those affected.`, "goodwill payments", "Kessary Bank"},
		{"was refunding the fees charged", `Kessary Bank said it was refunding the fees charged during the outage and would offer “goodwill payments” to those affected.`, "goodwill payments", "Kessary Bank"},
		// the object of a past tense is no speaker either, and no other
		// tag names one here
		{"refunded the fees charged", `Kessary Bank refunded the fees charged during the outage and offered “goodwill payments” to those affected.`, "goodwill payments", ""},
		// regressions: the subject of a participle of its own keeps its
		// words, and a clause a verb of saying reports stays the reporter's
		{"the staff quoted", `Staff at the branch quoted the manual, which called the outage “a known risk”.`, "a known risk", "the manual"},
		{"said the regulator claimed", `Kessary Bank said the regulator claimed the app was “never tested”.`, "never tested", "Kessary Bank"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}

// TestWhoReachesOverApposition: "who" after a long apposition, or one that
// ends in a body's name, stands for the person the apposition describes,
// and after "a nurse at <body>" for the nurse.
func TestWhoReachesOverApposition(t *testing.T) {
	intro := `A revolt against the rail surcharge grew in Dunmore on Monday.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"two roles joined by and", `The revolt is led by Margit Holloway, the member for Dunmore West and chair of the transport committee, who described the surcharge as “a tax on commuters”.`, "a tax on commuters", "Margit Holloway"},
		{"a body at the end", `The inquiry was opened by Tomas Osei, the head of the Kessary Harbour Board, who called the leak “a disgrace”.`, "a disgrace", "Tomas Osei"},
		{"an age", `The protest was organised by Lena Brook, 54, who called the board “a disgrace”.`, "a disgrace", "Lena Brook"},
		{"and a second role with its article", `Among those at the meeting was Tomas Osei, a retired engineer from Holm and a former member of the board, who described the dam as “a time bomb”.`, "a time bomb", "Tomas Osei"},
		{"a person at a body", `The first complaint was found by a nurse at Holm General Hospital, who described the ward as “overcrowded”.`, "overcrowded", "a nurse at Holm General Hospital"},
		// regression: a short role stays with its person
		{"a short role", `The bill was drafted by Ilse Varga, a senator, who called it “overdue”.`, "overdue", "Ilse Varga"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}

// TestSpokespersonShowsTheBody: one who speaks for an organisation shows
// the organisation, named or resolved from "the company", "the council";
// a spokesman for a person is left as the phrase.
func TestSpokespersonShowsTheBody(t *testing.T) {
	intro := `Harlow Water Company said on Monday that 12,000 homes in Kessmoor had no supply after a main burst.`
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a spokeswoman for the company", `A spokeswoman for the company said crews had worked “through the night”.`, "through the night", "Harlow Water Company"},
		{"an official at the named body", `An official at Harlow Water Company described the leak as “serious”.`, "serious", "Harlow Water Company"},
		{"a representative of the council", `Kessmoor Council opened two rest centres. A representative of the council said staff were “ready to help”.`, "ready to help", "Kessmoor Council"},
		{"officials at the company", `Officials at the company said the burst was “the worst in years”.`, "the worst in years", "Harlow Water Company"},
		{"the company's spokeswoman", `The company's spokeswoman said crews were “nearly done”.`, "nearly done", "Harlow Water Company"},
		// regressions: a person's spokesman, and a body no organisation fits
		{"a spokesman for a person", `Ola Brandt, the local senator, visited the site. A spokesman for Ola Brandt said she was “appalled”.`, "appalled", "a spokesman for Ola Brandt"},
		{"no ministry named", `An official at the ministry said the figures were “worrying”.`, "worrying", "an official at the ministry"},
		{"officials at a body not named", `Officials at the hospital said the wards were “coping”.`, "coping", "Officials at the hospital"},
		{"lawyers for a family", `Lawyers for the family said documents cited in the report were “incomplete”.`, "incomplete", "Lawyers for the family"},
		{"members of the public", `Members of the public told reporters they were “furious”.`, "furious", "Members of the public"},
		{"local officials in a town", `Local officials in Kessmoor said supplies were “running low”.`, "running low", "Local officials in Kessmoor"},
		{"lawyers for the company", `Lawyers for the company said the claim was “without merit”.`, "without merit", "Harlow Water Company"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, intro, c.para)
		})
	}
}
