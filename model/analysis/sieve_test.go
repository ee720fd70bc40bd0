package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// article builds an unanalysed article from a headline and paragraphs, one
// a line.
func article(paras ...string) *model.Article {
	text := "Headline\n" + strings.Join(paras, "\n") + "\n"
	return &model.Article{Path: "t.txt", Text: text, Format: "text", Title: "Headline",
		TitleAt: model.Span{Start: 0, End: len("Headline")}, Body: model.Span{Start: len("Headline") + 1, End: len(text)}}
}

// ruleNamed finds a rule of the sieve by name.
func ruleNamed(t *testing.T, name string) rule {
	for _, p := range sieve {
		for _, r := range p {
			if r.name == name {
				return r
			}
		}
	}
	t.Fatalf("no rule %q in the sieve", name)
	return rule{}
}

// TestRulesAlone runs one rule by itself on sentences it should answer:
// no other rule runs before it, so the case shows what that rule alone
// reads.
func TestRulesAlone(t *testing.T) {
	cases := []struct {
		rule    string
		paras   []string
		quote   string // a distinctive part of the quotation
		speaker string // "" for none
	}{
		{"dash-signature", []string{"“The most unqualified candidate I have seen.” ― Maria Lopez"}, "most unqualified", "Maria Lopez"},
		{"tag-after", []string{"“We will rebuild the bridge,” Ilse Varga said."}, "rebuild", "Ilse Varga"},
		{"tag-after", []string{`"The budget is balanced," said Tomas Brandt, the finance minister.`}, "balanced", "Tomas Brandt"},
		{"tag-after", []string{"“We will rebuild the bridge,” Ilse Varga said, according to Tomas Brandt."}, "rebuild", "Tomas Brandt"},
		{"dialogue-tag", []string{"“Not again!” Ilse Varga groaned."}, "Not again", "Ilse Varga"},
		{"tag-before", []string{"Ilse Varga said: “The works start in May.”"}, "works start", "Ilse Varga"},
		{"tag-before", []string{"Tomas Brandt said the budget was “balanced but fragile” and would pass."}, "fragile", "Tomas Brandt"},
		// a speaker phrase inside the object of a verb whose complement holds
		// the quotation gives way to the verb's subject
		{"tag-before", []string{"On the radio, Ola Brandt dismissed criticism of Ann Reed’s comments about the quay as “harbour talking points.”"}, "talking points", "Ola Brandt"},
		{"tag-before", []string{"Ilse Varga said Ola Brandt dismissed criticism of Ann Reed’s comments about the quay as “harbour talking points.”"}, "talking points", "Ilse Varga"},
		// a reporter closing the sentence gives the account, as "according to" does
		{"tag-before", []string{"Ann Reed said the quay was “central” to the plan, the Vell Ledger reported."}, "central", "Vell Ledger"},
		{"tag-before", []string{"Ann Reed said the quay was “central” to the plan, reported the Vell Ledger."}, "central", "the Vell Ledger"},
		{"tag-before", []string{"Ann Reed said the quay was “central” to the plan, whatever the Vell Ledger reported about it."}, "central", "Ann Reed"},
		{"tag-before", []string{"Tomas Brandt’s remarks feed “the mob mentality” on the quay, the harbour unions say."}, "mob mentality", "the harbour unions"},
		{"tag-before", []string{"Ann Reed said the quay was “central” to the plan, and told the Vell Ledger."}, "central", "Ann Reed"},
		// a passive speech verb speaks for its agent, unless a later verb speaks
		{"tag-before", []string{"Tomas Brandt was asked by host Ann Reed, who backs him, “Now, will you rebuild the quay?”"}, "rebuild the quay", "Ann Reed"},
		{"tag-before", []string{"In a bad week Tomas Brandt was booed on stage; was denounced by Ann Reed; and declared that the quay “works, whatever they say.”"}, "whatever they say", ""},
		// people counted are the subject: "Hundreds of demonstrators chanted"
		{"tag-before", []string{"Hundreds of demonstrators marched through Center City on Monday, chanting “Ann or bust!”"}, "Ann or bust", "hundreds of demonstrators"},
		{"tag-before", []string{"Dozens of protesters gathered outside the Harbour Council, chanting “Save the quay!”"}, "Save the quay", "dozens of protesters"},
		// a person of a body of a place: "X of the Y Patriarchate of Z"
		{"tag-before", []string{"However, as Archbishop Ivan Petrov of the Armenian Patriarchate of Jerusalem told the press, “We have suffered the same fate.”"}, "same fate", "Ivan Petrov"},
		{"tag-later", []string{"The figures are “the worst in a decade”, according to Tomas Brandt."}, "worst", "Tomas Brandt"},
		{"colon-intro", []string{"Ilse Varga listed three facts: “The quay is old.”"}, "quay is old", "Ilse Varga"},
		// the outlet after "on" is where it was said
		{"colon-intro", []string{"Ilse Varga spoke to the gazette in May. Then, later that month on Harbour Radio: “I never said the quay was unsafe.”"}, "never said", ""},
		{"sentence-before", []string{"The plan is sound, Ilse Varga said. “We start in May.”"}, "start in May", "Ilse Varga"},
		{"paragraph-colon", []string{"Ilse Varga said:", "“The works start in May.”"}, "works start", "Ilse Varga"},
		{"paragraph-colon-subject", []string{"On July 6, 2015, Ilse Varga made the following comment:", "“The works start in May, whatever the weather.”"}, "works start", "Ilse Varga"},
		{"signature-next-line", []string{"“Nothing lasts like a harbour wall.”", "― Ilse Varga"}, "harbour wall", "Ilse Varga"},
		// a signature with a comma: who the person is after it, anything
		// after a dash, an organisation or title without one
		{"signature-next-line", []string{"“Nothing lasts like a harbour wall.”", "― Ilse Varga, writing after the storm."}, "harbour wall", "Ilse Varga"},
		{"signature-next-line", []string{"“Nothing lasts like a harbour wall.”", "-Mayor Ilse Varga, writing after the storm."}, "harbour wall", "Ilse Varga"},
		{"signature-next-line", []string{"\"Nothing lasts like a harbour wall.", "Ilse Varga, Institute for Harbour Studies.\""}, "harbour wall", "Ilse Varga"},
		{"signature-next-line", []string{"“Nothing lasts like a harbour wall.”", "Ilse Varga, who built it, disagreed."}, "harbour wall", ""},
		{"signature-next-line", []string{"“Nothing lasts like a harbour wall.”", "Vell Harbour, Northland."}, "harbour wall", ""},
		{"previous-paragraph-tag", []string{"Ilse Varga argued in a letter that the moorings were unsafe.", "“They would not hold a ferry in a storm.”"}, "hold a ferry", "Ilse Varga"},
		{"sentence-subject", []string{"Tomas Brandt dismissed the report as “a work of fiction”."}, "fiction", "Tomas Brandt"},
		{"paragraph-topic", []string{"Priya Shah is upbeat about the harbour plan, in part because she trusts the engineers.", "“Nobody else has a plan that works.”"}, "Nobody else", "Priya Shah"},
		{"paragraph-topic", []string{"Few expected much when Governor Ann Reed toured the quay on Monday.", "“We will rebuild it, stone by stone.”"}, "stone by stone", "Ann Reed"},
		{"title-line", []string{"Ann Reed: ‘We Will Rebuild The Quay’", "“The harbour is the heart of this town, and we will not let it go.”"}, "heart of this town", "Ann Reed"},
		// a rule that does not apply gives nothing
		{"title-line", []string{"Ann Reed toured the quay on Monday with the council.", "“The harbour is the heart of this town, and we will not let it go.”"}, "heart of this town", ""},
		{"paragraph-topic", []string{"The harbour at Port Vell is quiet this winter.", "“Nobody else has a plan that works.”"}, "Nobody else", ""},
		{"paragraph-topic", []string{"Priya Shah is upbeat about the plan.", "“Nobody else has a plan,” Ann Reed said."}, "Nobody else", ""},
		{"tag-after", []string{"Ilse Varga said: “The works start in May.”"}, "works start", ""},
		{"tag-before", []string{"“We will rebuild the bridge,” Ilse Varga said."}, "rebuild", ""},
		{"sentence-subject", []string{"Protesters carried banners with “No more delays” painted on them."}, "No more delays", ""},
		// a short quotation as a verb's complement is the subject's own words;
		// after an article it is a term the writer names
		{"sentence-subject", []string{"Ilse Varga said her remarks were “sarcasm” and nothing more."}, "sarcasm", "Ilse Varga"},
		{"sentence-subject", []string{"Tomas Brandt vowed to “rebuild” the harbour by spring."}, "rebuild", "Tomas Brandt"},
		{"sentence-subject", []string{"Ilse Varga is waging “relentless” attacks on the council."}, "relentless", "Ilse Varga"},
		{"sentence-subject", []string{"Tomas Brandt went on to say he’s “confident” about the plan."}, "confident", "Tomas Brandt"},
		{"sentence-subject", []string{"Tomas Brandt flew in for a detailed “policy address” on Monday."}, "policy address", ""},
		// a partial quotation goes to the nearest subject before it: a
		// pronoun, a name past an aside, "who"; not a name after a
		// preposition, not what a subject is, not a term after an article
		{"nearest-subject", []string{"Ann Reed drew cheers as she thanked the town and then boomed, “today you proved there is no place like home.”"}, "no place like home", "Ann Reed"},
		{"nearest-subject", []string{"Ann Reed said little. Tomas Brandt during a visit on Sunday thanked its members “for their support in my campaign” and left."}, "their support", "Tomas Brandt"},
		{"nearest-subject", []string{"The council backed Tomas Brandt, who wants the harbour “open to every boat, big or small,” by spring."}, "every boat", "Tomas Brandt"},
		{"nearest-subject", []string{"In a call on Monday, before the vote, Ann Reed, a Vell councillor, casts Tomas Brandt as a “harbour wrecker” again."}, "harbour wrecker", "Ann Reed"},
		{"nearest-subject", []string{"Ilse Varga, star of television’s “Harbor Nights,” thanked Reed for “taking these steps to make us all safer.”"}, "make us all safer", "Ilse Varga"},
		{"nearest-subject", []string{"One ad stars a harbour pilot who promises that Tomas Brandt won’t “send you to sea in a storm” again."}, "sea in a storm", ""},
		{"nearest-subject", []string{"A letter to Tomas Brandt urged the council “to save the quay at any cost” last year."}, "save the quay", ""},
		{"nearest-subject", []string{"Tomas Brandt is “not a harbour master at all” by any measure."}, "harbour master", ""},
		{"nearest-subject", []string{"Tomas Brandt backed the “harbour tax for small boats” on Monday."}, "harbour tax", ""},
		// a partial quotation in the complement of a verb of speaking,
		// stance or description goes to the verb's subject, named or not;
		// not in the passive, not after "known as", not past a clause
		{"partial-complement", []string{"Soviet dissident Ilse Varga referred to the “New Class.” Nobody answered."}, "New Class", "Ilse Varga"},
		{"partial-complement", []string{"Ann Reed attacked Tomas Brandt for being a “failed skipper.”"}, "failed skipper", "Ann Reed"},
		{"partial-complement", []string{"The harbour board rejected the idea as “ludicrous” on Monday."}, "ludicrous", "the harbour board"},
		{"partial-complement", []string{"Tomas Brandt, who has been feuding with the board this week, on Friday described his plan to build a “big tent” party."}, "big tent", "Tomas Brandt"},
		{"partial-complement", []string{"Ann Reed was accused of “wrecking the quay” by the board."}, "wrecking the quay", ""},
		{"partial-complement", []string{"Ann Reed moved to the quarter known as the “Old Docks” in May."}, "Old Docks", ""},
		{"partial-complement", []string{"Ann Reed said the ferry, which she described in May, runs to the “Old Docks” daily."}, "Old Docks", ""},
	}
	for _, c := range cases {
		t.Run(c.rule+": "+c.paras[0], func(t *testing.T) {
			a := article(c.paras...)
			at := newAttributor(a, Default().prepare(a))
			if at == nil {
				t.Fatal("no quotation found")
			}
			at.run(pass{ruleNamed(t, c.rule)})
			at.apply()
			q, ok := findQuote(a, c.quote)
			if !ok {
				t.Fatalf("no quotation %q in %q", c.quote, quoteTexts(a))
			}
			wantRule := c.rule
			if c.speaker == "" {
				wantRule = ""
			}
			if q.Speaker != c.speaker || q.Rule != wantRule {
				t.Errorf("speaker %q by %q, want %q by %q", q.Speaker, q.Rule, c.speaker, wantRule)
			}
		})
	}
}

// TestSieveRule runs the whole sieve and checks which rule decided: the
// rules that pass a speaker on from a neighbour need the neighbour's.
func TestSieveRule(t *testing.T) {
	cases := []struct {
		paras   []string
		quote   string
		speaker string
		rule    string // "" when no rule attributes it
	}{
		{[]string{"“We will rebuild,” Ilse Varga said. “But not this year.”"}, "not this year", "Ilse Varga", "split-quote"},
		{[]string{"“Yes.” “No,” Ilse Varga said in a long speech to the council."}, "Yes", "Ilse Varga", "split-quote-next"},
		{[]string{"“We were not happy at first,” said Tomas Brandt, head of policy at the Harbour Council. Now, “there is a sizable group saying this is fine.”"}, "sizable group", "Tomas Brandt", "split-quote"},
		{[]string{"“We are tired,” Piet Larsen, the harbour master, said on Harbour Radio’s “Morning Tide.” “There is anger in the town.”"}, "anger", "Piet Larsen", "title-between"},
		{[]string{"“We are tired,” Piet Larsen, the harbour master, said on Harbour Radio’s “Morning Tide.” “There is anger in the town.”"}, "Morning Tide", "", ""},
		{[]string{"“We will rebuild,” she said. “But not this year.”", "“Maybe next.”"}, "Maybe next", "", "paragraph-continues"},
		{[]string{"Ilse Varga spoke. “We will rebuild,” she said. “But not this year.”", "“Maybe next.”"}, "Maybe next", "Ilse Varga", "paragraph-continues"},
		{[]string{"Priya Shah is upbeat about the harbour plan.", "“Nobody else has a plan that works.”", "“The engineers agree.”"}, "engineers agree", "Priya Shah", "paragraph-continues"},
		{[]string{"The council agreed on the so-called “green lane” drawn up by engineers."}, "green lane", "", ""},
		// a slogan said, with its tag right after, is speech; a title in the sentence stays a title
		{[]string{"Ann Reed won the vote. “GROWING HARBOUR,” she declared in a post."}, "GROWING", "Ann Reed", "tag-after"},
		{[]string{"“As Mayor,” she said, “I will keep the ferry running.”"}, "As Mayor", "", "tag-after"},
		{[]string{"On “Morning Tide,” Ann Reed said the ferry would run."}, "Morning Tide", "", ""},
	}
	for _, c := range cases {
		t.Run(c.paras[0], func(t *testing.T) { wantSpeakerBy(t, c.quote, c.speaker, c.rule, c.paras...) })
	}
}

// TestSpeakerPhraseHead: whichever rule finds the speaker phrase, the name
// shown is the person the phrase is about, not a place, organisation or
// person that only qualifies them.
func TestSpeakerPhraseHead(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"“The harbour will reopen in May,” said Calder Port Authority press secretary Mina Okoro.", "harbour will reopen", "Mina Okoro"},
		{"“We expect a recount in three districts,” said Northshire Gov. Ellen Park.", "recount", "Ellen Park"},
		{"“The count was clean,” said Varga campaign manager Tomas Brandt.", "count was clean", "Tomas Brandt"},
		{"“The model has flaws that nobody has fixed,” Dana Whitfield of the Velmar Institute said.", "model has flaws", "Dana Whitfield"},
		{"“The harbour fund is empty,” explained Vellish strategist Tomas Brandt, who advises the council.", "harbour fund", "Tomas Brandt"},
		{"“The harbour fund is empty,” said Northshire political consultant Ann Reed.", "harbour fund", "Ann Reed"},
		{"“The ferry will run all winter,” said Rep. Marta Kovac (D-Vell) on Monday.", "ferry will run", "Marta Kovac"},
		{"“I can't vote for the levy,” said Calder resident Whit Osei.", "vote for the levy", "Whit Osei"},
		{"“This has to be the first time the harbour has flooded twice,” said Reed’s top flood policy aide Tobiah Quellmark.", "flooded twice", "Tobiah Quellmark"},
		{"“The ferry is late again,” said Vell’s former port director Odo Brask.", "ferry is late", "Odo Brask"},
		{"“I don't see how the storm would change our plans,” said Pentagon spokesman Navy Capt. Ola Brandt.", "storm would change", "Ola Brandt"},
		{"“The ferry will not run,” said Ohio’s Ilse Varga, a consultant.", "ferry will not run", "Ilse Varga"},
		{"Tomas Brandt, the senator who heads the Harbour Committee, which oversees the port, said the levy would “empty the fund”.", "empty the fund", "Tomas Brandt"},
		{"Priya Shah, a former aide who worked for Governor Ann Reed, said the plan is “a significant step”.", "significant step", "Priya Shah"},
		{"“They will find the third way,” said Agriculture Secretary Ola Brandt, a former governor.", "third way", "Ola Brandt"},
		{"“He said many would see the unfairness,” wrote Post White House bureau chief Mara Lindqvist.", "unfairness", "Mara Lindqvist"},
		{"“We had a big issue with the trade part,” said United Auto Workers Secretary-Treasurer Lukas Brenner.", "big issue", "Lukas Brenner"},
		{"“There never was a stand-down order,” said the base chief known as Bob, speaking publicly for the first time.", "stand-down", "Bob"},
		// regressions: the mention heads its phrase
		{"“The ferry is late again,” Ann Reed said after she attacked councillor Odo Brask.", "ferry is late", "Ann Reed"},
		{"Earlier, Ola Brandt pressed Harbour Council Chairman Tomas Quell on the levy, urging him to hold the “higher ground” in the talks.", "higher ground", "Ola Brandt"},
		{"“The harbour fund is empty,” said Tomas Brandt of Vell.", "harbour fund", "Tomas Brandt"},
		{"“The model has flaws that nobody has fixed,” the Velmar Institute said.", "model has flaws", "Velmar Institute"},
		{"“We will appeal the ruling,” said Mina Okoro, the port's press secretary.", "appeal", "Mina Okoro"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestShownName: the name shown for a speaker drops what the recogniser
// took in with it, and keeps every real name as it stands.
func TestShownName(t *testing.T) {
	cases := []struct{ name, want string }{
		{", Okafor", "Okafor"},
		{"''Okafor", "Okafor"},
		{"Yet Priya Shah", "Priya Shah"},
		{"Okafor hammered Lind", "Okafor"},
		{"Okafor said", "Okafor"},
		// regressions: names kept whole
		{"Ann Reed", "Ann Reed"},
		{"Bank of Vell", "Bank of Vell"},
		{"Okafor and Lind", "Okafor and Lind"},
		{"Pieter van der Berg", "Pieter van der Berg"},
		{"Still", "Still"},
	}
	for _, c := range cases {
		if got := shownName(c.name); got != c.want {
			t.Errorf("shownName(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestWithSubject: in "…, with X saying “…”" X speaks, not the subject of
// the sentence.
func TestWithSubject(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"Councillors argued over the budget for hours, with Priya Shah saying the harbour fund was “empty and overdrawn”.", "empty and overdrawn", "Priya Shah"},
		{"Ann Reed left the meeting in uproar, with Tomas Brandt reportedly yelling: “Get out of my harbour!”", "Get out", "Tomas Brandt"},
		{"Ann Reed crossed the bridge, with hundreds of protesters chanting “Save the quay for the town!”", "Save the quay", "hundreds of protesters"},
		// regressions: no absolute phrase, the sentence's subject speaks
		{"Ann Reed arrived with the right calling card, saying the plan was “sound and fair”.", "sound and fair", "Ann Reed"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestMoreCues: speech verbs that are rarer or take a particle introduce a
// quotation like "said" does.
func TestMoreCues(t *testing.T) {
	cases := []struct {
		paras          []string
		quote, speaker string
	}{
		{[]string{"After Tomas Brandt criticised the plan at the meeting, Ann Reed shot back, “The plan is the only one we have.”"}, "only one we have", "Ann Reed"},
		{[]string{"When Tomas Brandt asked for a vote, Ann Reed implored the council, “Do not close the quay this winter.”"}, "close the quay", "Ann Reed"},
		{[]string{"After Tomas Brandt spoke, Priya Shah chimed in that the fund had been “empty since last spring”."}, "empty since", "Priya Shah"},
		// regressions: no particle, no speech
		{[]string{"Tomas Brandt criticised the plan, and the police shot the lock off the gate. “We had no key,” an officer told me."}, "no key", "an officer"},
	}
	for _, c := range cases {
		t.Run(c.paras[0], func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.paras...) })
	}
}

// TestSubjectAcrossAside: a subject separated from its verb by an aside
// still speaks, whatever quoted term or title the aside holds.
func TestSubjectAcrossAside(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"“We have had better meetings than this one,” Vell delegate Piet Larsen, wearing a “Reed for Mayor” badge, said as the hall emptied.", "better meetings", "Piet Larsen"},
		{"Sam Okafor, a presenter on the station's show “Harbour Hour,” who later worked for Reed, said his boss was “always calm and generous.”", "always calm", "Sam Okafor"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestNotASpeaker: a phrase of time or manner never speaks.
func TestNotASpeaker(t *testing.T) {
	cases := []struct {
		para, quote, speaker string
	}{
		{"“Nobody knew,” said the next morning.", "Nobody knew", ""},
		{"“Nobody knew,” said the harbour master.", "Nobody knew", "the harbour master"},
		{"Ann Reed at the time said the quay was “safe for every boat in the town.”", "safe for every boat", "Ann Reed"},
	}
	for _, c := range cases {
		t.Run(c.para, func(t *testing.T) { wantSpeaker(t, c.quote, c.speaker, c.para) })
	}
}

// TestOpeningTag: a sentence that opens "Adding, “…”" goes on with the
// speaker of the quotation before it.
func TestOpeningTag(t *testing.T) {
	wantSpeaker(t, "forgotten by May", "Ann Reed",
		"Ann Reed said the harbour report was “not good.” Adding, “Now, like every report, it will be forgotten by May.”")
}

// TestCapitalisedCue: a speech verb written with a capital after its
// subject and an aside still closes the tag.
func TestCapitalisedCue(t *testing.T) {
	wantSpeaker(t, "cannot argue", "Ann Reed",
		"“Not us, but we cannot argue with it!” Ann Reed, the head of the harbour board, Tweeted on Friday.")
}

// wantSpeaker analyses an article of paras and checks the speaker of the
// quotation that holds quote.
func wantSpeaker(t *testing.T, quote, speaker string, paras ...string) {
	t.Helper()
	if q := analysedQuote(t, quote, paras...); q.Speaker != speaker {
		t.Errorf("speaker %q by %q, want %q", q.Speaker, q.Rule, speaker)
	}
}

// wantSpeakerBy is wantSpeaker that also checks the quotation's rule.
func wantSpeakerBy(t *testing.T, quote, speaker, rule string, paras ...string) {
	t.Helper()
	if q := analysedQuote(t, quote, paras...); q.Speaker != speaker || q.Rule != rule {
		t.Errorf("speaker %q by %q, want %q by %q", q.Speaker, q.Rule, speaker, rule)
	}
}

// analysedQuote analyses an article of paras and returns its quotation
// holding quote, failing the test when there is none.
func analysedQuote(t *testing.T, quote string, paras ...string) model.Quote {
	t.Helper()
	a := article(paras...)
	Analyze(a)
	q, ok := findQuote(a, quote)
	if !ok {
		t.Fatalf("no quotation %q in %q", quote, quoteTexts(a))
	}
	return q
}

// TestOuterReporterStopsAtItsCue pins the guard that keeps leading and
// outerReporter from calling each other for ever: a subject that lies to
// the right of the cue being read opens no clause that cue can report.
// Without the guard the subject after "said" is handed to the "Ann Reed
// said that" before it, a step backwards that a mention further right
// can repeat without end.
func TestOuterReporterStopsAtItsCue(t *testing.T) {
	a := article("Ann Reed said that Tomas Brandt called it “a harbour wrecker” today.")
	at := newAttributor(a, Default().prepare(a))
	if at == nil {
		t.Fatal("no quotation found")
	}
	toks := at.tz.toks
	said, brandt := -1, -1
	for i, tk := range toks {
		switch tk.text {
		case "said":
			said = i
		case "Tomas":
			brandt = i
		}
	}
	if said < 0 || brandt < 0 {
		t.Fatalf("tokens not found: said %d, Tomas %d", said, brandt)
	}
	r := attribution{ok: true, mention: model.Span{Start: toks[brandt].Start, End: toks[brandt+1].End}}
	if got, ok := at.outerReporter(r, 0, said); ok {
		t.Errorf("outerReporter reached back past its cue to %q", a.Text[got.mention.Start:got.mention.End])
	}
	// the same subject read from a cue after it is reported by Ann Reed
	if _, ok := at.outerReporter(r, 0, len(toks)); !ok {
		t.Error("outerReporter no longer finds the outer speaker of a reported clause")
	}
}
