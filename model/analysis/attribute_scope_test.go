package analysis

import "testing"

// TestCharacterisingVerb: a short quotation in the complement of a verb of
// speaking or characterising is the subject's; a writer's term is nobody's.
func TestCharacterisingVerb(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"complement after a participle clause", `Mayor Ilse Varga scolded the board for suggesting during the winter that the ferry should “wait.”`, "wait", "Ilse Varga"},
		{"as after an aside", `Tomas Brandt refers to the mayor, who is his oldest friend, as “Ilse.”`, "Ilse", "Tomas Brandt"},
		{"a day between subject and verb", `Ilse Varga, the harbour master, on Tuesday called the board's plan for the quay “reckless.”`, "reckless", "Ilse Varga"},
		{"participle clause of characterising", `The Dunmore Harbour Authority sent a long letter about the ferry timetable and the state of the northern quay to every crew late on Monday, offering “a full and sincere apology” for the delays.`, "a full and sincere apology", "Dunmore Harbour Authority"},
		{"after a dash", `Tomas Brandt also embraced the new tolls -- “the quay has to pay for itself.”`, "the quay has to pay", "Tomas Brandt"},
		// the writer's terms
		{"after an article", `Tomas Brandt backed the “Harbour First” plan on Monday.`, "Harbour First", ""},
		{"after a preposition", `Tomas Brandt worked for years on “resilience.”`, "resilience", ""},
		// but the complement of a verb of speaking is the speaker's word
		{"after speaking about", `Tomas Brandt spoke at length about “resilience.”`, "resilience", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestGoingOnToSay: "X went on to say" is X speaking, a document as much as
// a person.
func TestGoingOnToSay(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"a document, colon", `The email goes on to say: “The quay will close for the whole of the winter season.”`, "The quay will close", "the email"},
		{"a document, comma", `The notice went on to say, “Every crew must report to the harbour master by noon.”`, "Every crew must", "the notice"},
		{"a person", `Tomas Brandt went on to say the ferry was “a disgrace to the town and to its people.”`, "a disgrace to the town", "Tomas Brandt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestQuotationAfterOpeningPhrase: a sentence that is only an adverbial
// phrase and a quotation goes on with the speaker of the quotation before
// it in the paragraph; a phrase that names someone else does not.
func TestQuotationAfterOpeningPhrase(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"phrase with an aside", `“The ferry has never been busier,” Ilse Varga said. In the south, by contrast, “the quays stand empty all winter.”`, "the quays stand empty", "Ilse Varga"},
		{"clause of condition", `“It is a big moment,” said Tomas Brandt, a harbour pilot. Unless the board gives way, “the strike will go on until spring.”`, "the strike will go on", "Tomas Brandt"},
		// someone else's words
		{"a comparison", `“It is a big moment,” said Tomas Brandt, a harbour pilot. As the old skipper Ola Dunmore put it, “the sea keeps its own time.”`, "the sea keeps", "Ola Dunmore"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestInSomeonesWords: "in X's view", "in X' words" and "in the words of X"
// credit the words to X; "in X's view of …" credits nothing.
func TestInSomeonesWords(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"view after the quotation", `“It is a failure across the board” from the quays to the ferries, in Tomas Brandt’s view.`, "a failure across the board", "Tomas Brandt"},
		{"possessor in -s", `Tomas Adams runs the yard. The harbour thrives because, in Adams’ words, “the town has more boats per head than anywhere else.”`, "more boats per head", "Tomas Adams"},
		{"the words of", `Ilse Varga was, in the words of a senior adviser, “the keeper of the harbour and its people.”`, "the keeper of the harbour", "a senior adviser"},
		{"a view of something", `Tomas Brandt was firm in his view of the “harbour tax” and its history.`, "harbour tax", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestTitleInAside: a title whose marks hold the comma that closes an
// aside ("author of “The Quiet Harbour,” said") leaves the name before the
// aside the subject.
func TestTitleInAside(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"as X put it", `As Ola Brandt, professor of law at Vell and author of “The Quiet Harbour,” put it, “the board should remember that a deal today may serve it far better.”`, "the board should remember", "Ola Brandt"},
		{"tag after", `“The board should remember that a deal today may serve it far better,” Ola Brandt, author of “The Quiet Harbour,” said on Monday.`, "The board should remember", "Ola Brandt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestPartialContinues: a quotation that goes on in lower case after a few
// words of the writer's keeps the speaker of the quotation just before it;
// a verb of speaking or thinking between them gives it to someone else.
func TestPartialContinues(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"past the tag", `“We thought only the mayor was careless,” said Ola Brandt, who runs the boatyard. Osei “kind of misspoke. This is not something he should say in public.”`, "kind of misspoke", "Ola Brandt"},
		{"inside the sentence", `“There were no public campaigns, no calls to the board,” said Ola Brandt, who was the harbour master then. “This was an example of the board” and its staff “just quietly deciding to close the quay.”`, "just quietly deciding", "Ola Brandt"},
		{"a subject and a verb", `“She has the best friends she had at school,” Ola Brandt has said while stumping for his wife. That makes her “by definition a good and reliable neighbour.”`, "by definition", "Ola Brandt"},
		// someone else's words
		{"a verb of thinking", `“We thought only the mayor was careless,” said Ola Brandt. Tomas Osei believes the plan “will fail in the first winter.”`, "will fail in the first", "Tomas Osei"},
		{"sentences between", `“We thought only the mayor was careless,” said Ola Brandt. The board met twice. Nobody came. The plan “will fail in the first winter.”`, "will fail in the first", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestOrganisationTopic: a paragraph that is all quotation after one in
// which an organisation gives out a statement is the organisation's; an
// organisation the paragraph is merely about does not speak.
func TestOrganisationTopic(t *testing.T) {
	cases := []struct {
		name    string
		paras   []string
		speaker string
	}{
		{"after a statement", []string{"The Harbour Council issued a statement on Monday apologising to the ferry crews for the delays.",
			"“On behalf of everyone at the council, we offer a sincere apology to the crews and their families.”"}, "Harbour Council"},
		{"no statement", []string{"The Harbour Council met on Monday to discuss the ferry crews and the delays.",
			"“On behalf of everyone at the council, we offer a sincere apology to the crews and their families.”"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.paras...)
			q, ok := findQuote(a, "On behalf of everyone")
			if !ok {
				t.Fatalf("no quotation; got %v", quoteTexts(a))
			}
			if q.Speaker != c.speaker {
				t.Errorf("speaker %q, want %q", q.Speaker, c.speaker)
			}
		})
	}
}

// TestQuotedSentenceInClause: a quoted sentence inside the writer's
// sentence keeps the capital it had in the speaker's mouth; it is the
// subject's words, where a short capitalised phrase is a name or a slogan.
func TestQuotedSentenceInClause(t *testing.T) {
	cases := []struct {
		name, para, quote, speaker string
	}{
		{"example after like", `Ilse Varga, the treasurer of the Vell Harbour fund, has cheered on the crews online with pep talks like “Varga will win the vote and the town will follow her lead.”`, "Varga will win the vote", "Ilse Varga"},
		{"after a dash", `Tomas Brandt also embraced the new harbour tolls -- “I think the tolls are nothing compared to what the storms would do to us.”`, "I think the tolls", "Tomas Brandt"},
		// a name or slogan stays the writer's
		{"a name", `Tomas Brandt joined “Friends of the Old Harbour Walk” last year.`, "Friends of the Old", ""},
		{"a title-case slogan", `Tomas Brandt carried “Keep The Quay Open For Every Crew” all the way to the town hall.`, "Keep The Quay Open", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, c.quote, c.speaker, c.para)
		})
	}
}

// TestParagraphAcross: a paragraph of quotation goes on with the speaker
// two paragraphs up across an aside that names no one else.
func TestParagraphAcross(t *testing.T) {
	first := `“The quay will stay open all winter,” said Ilse Varga, the harbour master.`
	later := `“We owe the crews that much, and the whole town knows it by now.”`
	cases := []struct {
		name    string
		paras   []string
		speaker string
	}{
		{"across a parenthesis", []string{first, `(The board closed the northern quay in 2019 after a storm.)`, later}, "Ilse Varga"},
		{"across a pause", []string{first, `Pause.`, later}, "Ilse Varga"},
		// someone else may own the words
		{"another person between", []string{first, `The board hired Tomas Brandt in 2019 to run the northern quay.`, later}, ""},
		{"a heading between", []string{first, `The Northern Quay`, later}, ""},
		{"three paragraphs up", []string{first, `Pause.`, `The board closed the northern quay in 2019.`, later}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantSpeaker(t, "We owe the crews", c.speaker, c.paras...)
		})
	}
}
