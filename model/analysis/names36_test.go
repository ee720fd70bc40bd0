package analysis

import (
	"slices"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestNames36Byline: a broadcaster's name after a byline's comma may have
// its channel's number inside ("Name, KXRV 9 News"); the byline's name is
// then no person of the story.
func TestNames36Byline(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Ferry fares rise again on the harbour line", "By Maren Tollefsen, WKLB 7 News", "Ilse Marrow, the harbour master, closed the quay on Monday."}, []string{"Ilse Marrow"}},
		{[]string{"Ferry fares rise again on the harbour line", "By Maren Tollefsen, Kanal 12 Haber", "Ilse Marrow, the harbour master, closed the quay on Monday."}, []string{"Ilse Marrow"}},
	})
}

// TestNames36FirmShortName: a firm named once with its suffix and after by
// its short name is no person under the short name.
func TestNames36FirmShortName(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Ilse Marrow said the contractor, Tarrow Pumpworks Ltd, would not be paid.", "In a statement, Tarrow Pumpworks said every well had been dug."}, []string{"Ilse Marrow"}},
		{[]string{"The owner, Brannock Metals Group, will close the works.", "Brannock Metals said the decision was painful.", "Ilse Marrow said the town would fight."}, []string{"Ilse Marrow"}},
		// a person with a title keeps the name
		{[]string{"Mr. Tomas Brandt founded Tomas Brandt Ltd in 1990.", "Tomas Brandt said he would retire."}, []string{"Tomas Brandt"}},
	})
}

// TestNames36Works: a name set off by commas after a noun of a work is the
// work's title; a firm's name after "app" and a word of what kind is a
// firm's.
func TestNames36Works(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"It is four years since her first album, Harbour Glass, sold a million copies, and Ilse Marrow has not toured since."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow said the firm was struggling.", "Rival app Kipcab said in a statement that it had capped its own prices."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow said the firm was struggling.", "The ride-hailing app Zoomly said it had capped its fares."}, []string{"Ilse Marrow"}},
		// a person in apposition to the work's author stays a person
		{[]string{"Ada Holm wrote a memoir last year.", "In her memoir, Holm, who led the union, recalls the strike."}, []string{"Ada Holm"}},
		{[]string{"In his new book, Tomas Brandt, a historian, recalls the strike."}, []string{"Tomas Brandt"}},
		{[]string{"The film blames the mayor. The director of the film, Orrin Kestwick, said in an interview that he stands by it."}, []string{"Orrin Kestwick"}},
	})
}

// TestNames36KinChain: "His wife, Ana," that opens a paragraph after the
// quotations of the man named last, with only his own pronouns between
// outside the quotation marks, is his wife.
func TestNames36KinChain(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Ilse Marrow led the study.", "Patient Tomas Brandt, 68, said he was home within a week. \"My daughter saw my face droop,\" he said. \"A nurse asked me to lift her arm. I could.\"", "His wife, Ana, said: \"We were lucky.\""}, []string{"Ilse Marrow", "Tomas Brandt", "Ana Brandt"}},
		// a woman's pronoun between: whose wife is unknown
		{[]string{"Patient Tomas Brandt, 68, said he was home within a week. Ilse Marrow said she had seen him.", "His wife, Ana, said: \"We were lucky.\""}, []string{"Tomas Brandt", "Ilse Marrow", "Ana"}},
	})
}

// TestNames36Offices: the letters of an office typed alone before a name
// the tagger left out ("Local MSP Ada Holm"); Malaysia's "Datin Paduka"
// before a name.
func TestNames36Offices(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Local MSP Morag Baird called the figures a national scandal and urged ministers to act."}, []string{"Morag Baird"}},
		{[]string{"Government backbencher Datin Paduka Noraini Hamzah (BKS–Sungai Lendu) called the walkout theatre."}, []string{"Noraini Hamzah"}},
	})
}

// TestNames36CourtTitleWord: the word of a compound title that the
// recogniser split off as a person's name of its own ("District" of
// "District Judge Tay Hui Min", as whole-article tagging can leave it) is
// dropped.
func TestNames36CourtTitleWord(t *testing.T) {
	p := Default()
	tz := p.prepare(article("In sentencing, District Judge Tay Hui Min said restitution was a mitigating factor."))
	at := func(w string) int {
		for k := range tz.toks {
			if tz.toks[k].text == w {
				return k
			}
		}
		t.Fatalf("no %q", w)
		return -1
	}
	d, n := at("District"), at("Tay")
	raw := []rawMention{{ts: d, te: d + 1, typ: model.Person}, {ts: n, te: n + 3, typ: model.Person}}
	var got []string
	for _, r := range worldNames(tz, raw) {
		got = append(got, mentionText(tz, r))
	}
	if !slices.Equal(got, []string{"tay hui min"}) {
		t.Errorf("mentions %q, want [tay hui min]", got)
	}
}

// TestNames36ApartGivenNames: a word typed alone and the name words right
// after it typed apart, by the tagger, are one person's name when the
// words after it are a person's elsewhere and, for a word that is no
// known given name, an age follows them too.
func TestNames36ApartGivenNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// a known given name; the surname a person's elsewhere
		{"The trial of Gordon Ashby-Crane opened. Mr Ashby-Crane denies fraud.", []string{"gordon ashby-crane", "ashby-crane"}},
		// any name word, with an age and the surname a person's elsewhere
		{"The trial of Tarquin Ashby-Crane, 57, opened. Mr Ashby-Crane denies fraud.", []string{"tarquin ashby-crane", "ashby-crane"}},
		// no age: a place's name before a surname may be just that
		{"The trial of Tarquin Ashby-Crane opened. Mr Ashby-Crane denies fraud.", []string{"tarquin", "ashby-crane", "ashby-crane"}},
	}
	p := Default()
	for _, c := range cases {
		tz := p.prepare(article(c.text))
		var raw []rawMention
		for k := range tz.toks {
			switch tz.toks[k].text {
			case "Gordon", "Tarquin":
				raw = append(raw, rawMention{ts: k, te: k + 1, typ: model.Place})
			case "Ashby-Crane":
				typ, te := model.Organization, k+1
				if tz.toks[k-1].text == "Mr" {
					typ = model.Person
				} else if tz.toks[k+1].text == "," {
					te++ // the tagger ran on into the comma
				}
				raw = append(raw, rawMention{ts: k, te: te, typ: typ})
			}
		}
		var got []string
		for _, r := range apartGivenNames(tz, raw) {
			got = append(got, mentionText(tz, r))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNames36LawsAndTribes: "Bill" alone after a determiner is a law's
// word; a Māori iwi's name is no person's.
func TestNames36LawsAndTribes(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Opposition walks out as harbour Bill passes", "The Bill to amend the Harbours Act was passed on Thursday. Ada Holm said: “This Bill changes that.” Tomas Brandt said the Bill did nothing."}, []string{"Ada Holm", "Tomas Brandt"}},
		{[]string{"Ada Holm met Bill on Monday. Bill said the talks went well."}, []string{"Ada Holm", "Bill"}},
		{[]string{"Warren Holm is giving most of his wealth to the Bill and Ana Brandt Foundation.", "He said that Bill and Ana are at a prime spot to spend it."}, []string{"Warren Holm", "Bill", "Ana"}},
		{[]string{"The council voted to return the reserve to Ngāti Kōwhai, ending a long dispute.", "Ngāti Kōwhai chairperson Te Ao Parata said the hapū would manage it."}, []string{"Te Ao Parata"}},
	})
}

// TestNames36SaintNames: a saint's name, its possessive and capitalised
// words with a head noun are one body's name, not a saint and a trust.
func TestNames36SaintNames(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		{"A spokesperson for St Aldhelm's Hospitals Trust said the unit was busy.", "St Aldhelm's Hospitals Trust"},
		{"The chaplain of St Kessock’s College, Ada Holm, said the choir would sing.", "St Kessock's College"},
	}
	for _, c := range cases {
		a := article(c.text)
		Default().Analyze(a)
		if mentionCount(a, c.want, model.Organization) < 0 {
			t.Errorf("%q: no organisation %q in %v", c.text, c.want, a.Entities)
		}
	}
}

// TestNames36Maria: the Filipino "Ma." before a woman's given names stays
// in her sentence and her name; "Jack Ma." at a sentence's end still ends
// it.
func TestNames36Maria(t *testing.T) {
	cases := []struct {
		text   string
		sents  int // with the headline's
		people []string
	}{
		{"Governor Ma. Elena “Neneng” Cruz-Villamor said the province had declared a state of calamity.", 2, []string{"Ma. Elena Cruz-Villamor"}},
		{"Ma. Teresa Domingo, a nurse, said the clinic was full.", 2, []string{"Ma. Teresa Domingo"}},
		{"The award went to Jack Ma. Shares of his firm rose on Monday.", 3, []string{"Jack Ma"}},
		{"The award went to Jack Ma. Chinese officials praised him.", 3, []string{"Jack Ma"}},
	}
	for _, c := range cases {
		a := article(c.text)
		if n := len(Default().prepare(a).sents); n != c.sents {
			t.Errorf("%q: %d sentences, want %d", c.text, n, c.sents)
		}
		if got := linkedPeople(c.text); !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.text, got, c.people)
		}
	}
}

// TestNames36AliasNames: a name in brackets labelled as another name of
// the thing before it takes that thing's type, where the tagger read it as
// a person's.
func TestNames36AliasNames(t *testing.T) {
	cases := []struct {
		text string
		want model.EntityType
	}{
		{"Aid came after Typhoon Merula (international name: Tarvok) tore through.", model.Other},
		{"Aid came after Typhoon Merula (also known as Tarvok) tore through.", model.Other},
		// no label: a person's name in brackets may be anyone's
		{"Aid came after Typhoon Merula (Tarvok) tore through.", model.Person},
	}
	p := Default()
	for _, c := range cases {
		tz := p.prepare(article(c.text))
		var raw []rawMention
		for k := range tz.toks {
			switch tz.toks[k].text {
			case "Typhoon":
				raw = append(raw, rawMention{ts: k, te: k + 2, typ: model.Other})
			case "Tarvok":
				raw = append(raw, rawMention{ts: k, te: k + 1, typ: model.Person})
			}
		}
		if got := aliasNames(tz, raw)[1].typ; got != c.want {
			t.Errorf("%q: Tarvok %v, want %v", c.text, got, c.want)
		}
	}
}

// TestNames36PolledBy: the name after "analysts polled by" is a firm's.
func TestNames36PolledBy(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Revenue rose 6% to $2.1 billion. Analysts polled by TallyPoint had expected earnings of $1.10 a share.", "Chief executive Ada Holm said the quarter was strong."}, []string{"Ada Holm"}},
		{[]string{"Economists surveyed by Quorvex expect the bank to hold rates.", "Ada Holm, the bank's governor, said inflation was easing."}, []string{"Ada Holm"}},
	})
}

// TestNames36FacilityName: a one-word name written only between "the" and
// a noun of a works names a place, where the tagger read it as a
// person's (here made so); a person named in full keeps it.
func TestNames36FacilityName(t *testing.T) {
	cases := []struct {
		paras  []string
		word   string
		people []string
	}{
		{[]string{"The grid company blamed a shortfall in gas supply to the Obrasuman thermal plant.", "Ada Holm, the energy minister, said the cuts would end soon."}, "Obrasuman", []string{"Ada Holm"}},
		{[]string{"Tomas Brandt built his fortune on steel.", "Workers at the Brandt steel plant walked out on Monday."}, "Brandt", []string{"Tomas Brandt"}},
	}
	for _, c := range cases {
		a := article(c.paras...)
		p := Default()
		tz := p.prepare(a)
		raw := p.recognise(tz)
		for k := range tz.toks {
			if tz.toks[k].text != c.word || tz.toks[k-1].text != "the" {
				continue
			}
			found := false
			for j := range raw {
				if raw[j].ts == k {
					raw[j].te, raw[j].typ, found = k+1, model.Person, true
				}
			}
			if !found {
				raw = append(raw, rawMention{ts: k, te: k + 1, typ: model.Person})
				slices.SortFunc(raw, func(x, y rawMention) int { return x.ts - y.ts })
			}
		}
		var got []string
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			if e.Type == model.Person {
				got = append(got, e.Name)
			}
		}
		if !slices.Equal(got, c.people) {
			t.Errorf("%q: people %q, want %q", c.paras, got, c.people)
		}
	}
}
