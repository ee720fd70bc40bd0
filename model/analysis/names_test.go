package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestPersonNames checks the person names mended after tagging: a title
// takes the name after it and is no name itself, middle initials,
// particles, suffixes and hyphenated surnames stay inside the name, and
// title-case lines and words the article writes in lower case make no
// name longer.
func TestPersonNames(t *testing.T) {
	cases := []nameCase{
		{"title and middle initial", []string{"“The bridge will be built,” said Representative Tomas R. Halloran of Dunmore."},
			"Tomas R. Halloran", []string{"Tomas R. Halloran"}, []string{"Representative", "R.", "Halloran"}},
		{"a title is no name", []string{"“We sail at dawn,” said Alderman Ilse Marrow."},
			"Ilse Marrow", []string{"Ilse Marrow"}, []string{"Alderman", "Alderman Ilse Marrow"}},
		{"two titles", []string{"“No vote before June,” said State Senator Orla Brennick, Democrat of Dunmore."},
			"Orla Brennick", []string{"Orla Brennick"}, []string{"State Senator", "State", "Senator"}},
		{"middle initial without a title", []string{"The study, said Laurence H. Tribble, professor of law, was wrong."},
			"", []string{"Laurence H. Tribble"}, []string{"H. Tribble", "Laurence"}},
		{"hyphenated surname after a given name", []string{"“It is fine,” said Guido Varga-Montrose, a ferry pilot from Dunmore."},
			"Guido Varga-Montrose", []string{"Guido Varga-Montrose"}, []string{"Varga-Montrose", "Guido"}},
		{"suffix closes the name", []string{"“We will appeal,” said Sen. Halvard T. Brisk Jr., who lost the vote."},
			"Halvard T. Brisk Jr.", []string{"Halvard T. Brisk Jr."}, []string{"Sen.", "T. Brisk"}},
		{"the body a title is of", []string{"“It is over,” said Senate Majority Leader Orla Brennick, R-Ky., on Monday."},
			"Orla Brennick", []string{"Orla Brennick"}, []string{"Senate Majority Leader", "Senate Majority Leader Orla", "Majority Leader"}},
		{"a word the article writes in lower case", []string{"Mara Lindqvist Just Let Something Slip", "She let something slip, and just once, in the interview."},
			"", nil, []string{"Mara Lindqvist Just Let Something Slip", "Mara Lindqvist Just"}},
		{"a title inside a longer name", []string{"The Queen Mary University choir sang on Sunday."},
			"", nil, []string{"Mary", "Queen"}},
		{"particles before a surname", []string{"“We lost,” said coach Anton van der Kolk, who resigned.", "Van der Kolk said he was sorry."},
			"Anton van der Kolk", []string{"Anton van der Kolk"}, []string{"Kolk", "Anton"}},
		{"a month that is also a given name", []string{"April Marrowby, a spokeswoman for the Dunmore Party Convention, said in a statement that the team would work with the Vellmouth police ''to ensure the safety of all of our delegates.''"},
			"April Marrowby", []string{"April Marrowby"}, []string{"Marrowby"}},
		{"a given month the tagger missed", []string{"May Quillfeather, a spokeswoman for the Dunmore Ferry Company, said the boats ''will sail again soon.''"},
			"May Quillfeather", []string{"May Quillfeather"}, nil},
		{"a given month before a hyphenated surname", []string{"June Halvorsen-Pike, the mayor of Dunmore, said the bridge ''will open in the spring.''"},
			"June Halvorsen-Pike", []string{"June Halvorsen-Pike"}, []string{"Halvorsen-Pike"}},
		{"a month after a preposition is a date", []string{"In April Tessaro said the boats were late.", "Since May Tessaro, a ferry pilot, has sailed twice."},
			"", []string{"Tessaro"}, []string{"April Tessaro", "May Tessaro"}},
		{"a surname that is also a title, after a middle initial", []string{"''We will not give in,'' Representative Tomas B. King, Republican of Dunmore, said of the vote."},
			"Tomas B. King", []string{"Tomas B. King"}, []string{"B. King", "Tomas", "Representative"}},
		{"a surname that is also a head noun, after a middle initial", []string{"''We will not give in,'' said Councillor Ada R. Bishop, Democrat of Vellmouth."},
			"Ada R. Bishop", []string{"Ada R. Bishop"}, []string{"Ada", "R. Bishop"}},
		{"a capitalised word after it makes it no surname", []string{"The choir of Ada R. Bishop Hall sang on Sunday.", "Tomas B. King Street was closed."},
			"", nil, []string{"Ada R. Bishop", "Tomas B. King"}},
		{"a leading initial, as scorecards write people", []string{"Dunmore 212 and 190 ( K. Varnholt 88 , T. Osei-Brandt 41 ) lost to Vellmouth ."},
			"", []string{"K. Varnholt", "T. Osei-Brandt"}, []string{"K.", "T.", "Varnholt"}},
	}
	runNameCases(t, cases)
}

// TestSentenceEnds: a name's dotted initials end no sentence, while a
// sentence may still end on an abbreviation the list knows; web copy sets a
// no-break space after a full stop, which ends the sentence as a space does,
// and an abbreviation before one still ends none.
func TestSentenceEnds(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"The vote is a disgrace, said G.K. Brannigan of Dunmore.", 1},
		{"Ask J.M. Oduya about it.", 1},
		{"He worked for the B.B.C. He left in May.", 2},
		{"It ended at six P.M. Nobody stayed.", 2},
		{"Reed named it as a reason.\u00a0On the topic, Ann Osei spoke.", 2},
		{"The port closed.\u00a0\u00a0It opened in May.", 2},
		{"They met Mr.\u00a0Brandt on Monday.", 1},
	} {
		if got := len(splitSentences(c.text, model.Span{End: len(c.text)})); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.want)
		}
	}
}

// TestNameEdges: a person's name starts with neither a mark nor a
// sentence's opening function word.
func TestNameEdges(t *testing.T) {
	a := analyse("Yet Brannigan said “no” on Monday.")
	for _, e := range a.Entities {
		if e.Name != "Brannigan" {
			t.Errorf("entity %q, want only Brannigan", e.Name)
		}
	}
	if len(a.Quotes) == 0 || a.Quotes[0].Speaker != "Brannigan" {
		t.Errorf("quotes %+v, want Brannigan's", a.Quotes)
	}
}

// TestSplitPeople: a person the tagger ran over a lower-case word or a
// comma is the names on either side; a particle stays in the name.
func TestSplitPeople(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Brannigan and Okafor said no.", []string{"Brannigan", "Okafor"}},
		{"Okafor hammered Brannigan on Monday.", []string{"Okafor", "Brannigan"}},
		{"Ilse Marrow, Tomas Brandt said no.", []string{"Ilse Marrow", "Tomas Brandt"}},
		{"Charles de Vellan said no.", []string{"Charles de Vellan"}},
		{"Orla Brennick of Dunmore said no.", []string{"Orla Brennick", "Dunmore:place"}},
	} {
		a := article(c.text)
		a.Body = model.Span{Start: 0, End: len(a.Text)}
		a.TitleAt = model.Span{}
		a.Paragraphs = []model.Paragraph{{Span: a.Body, Sentences: []model.Span{a.Body}}}
		tz := tokenizeArticle(a)
		// the tagger's mistake: one person over the first words up to the verb
		te := 0
		for te < len(tz.toks) && tz.toks[te].text != "said" && tz.toks[te].text != "on" {
			te++
		}
		ts := 0
		for tz.toks[ts].text != strings.Fields(c.want[0])[0] {
			ts++
		}
		var got []string
		for _, r := range splitPeople(tz.toks, []rawMention{{ts: ts, te: te, typ: model.Person}}) {
			n := a.Text[tz.toks[r.ts].Start:tz.toks[r.te-1].End]
			if r.typ != model.Person {
				n += ":" + r.typ.String()
			}
			got = append(got, n)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestSplitRoles: a name the tagger ran over a lower-case word for a role
// is the person after it and, before it, the body the person belongs to.
func TestSplitRoles(t *testing.T) {
	for _, c := range []struct {
		text string
		typ  model.EntityType // the tagger's type for the whole run
		want []string
	}{
		{"Vellmouth forward Ola Brandt scored twice.", model.Organization, []string{"Vellmouth:organization", "Ola Brandt"}},
		{"Vellmouth forward Ola Brandt scored twice.", model.Person, []string{"Vellmouth:organization", "Ola Brandt"}},
		{"Kessary coach Lukas Brenner scored twice.", model.Place, []string{"Kessary:place", "Lukas Brenner"}},
		{"manager Lukas Brenner scored twice.", model.Person, []string{"Lukas Brenner"}},
		// no role: nothing to split
		{"Dunmore Harbour Trust scored twice.", model.Organization, []string{"Dunmore Harbour Trust:organization"}},
	} {
		a := article(c.text)
		a.Body = model.Span{Start: 0, End: len(a.Text)}
		a.TitleAt = model.Span{}
		a.Paragraphs = []model.Paragraph{{Span: a.Body, Sentences: []model.Span{a.Body}}}
		tz := tokenizeArticle(a)
		te := 0
		for te < len(tz.toks) && tz.toks[te].text != "scored" {
			te++
		}
		var got []string
		for _, r := range splitRoles(tz.toks, []rawMention{{ts: 1, te: te, typ: c.typ}}) { // after the headline
			n := a.Text[tz.toks[r.ts].Start:tz.toks[r.te-1].End]
			if r.typ != model.Person {
				n += ":" + r.typ.String()
			}
			got = append(got, n)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: %q, want %q", c.text, got, c.want)
		}
	}
}

// TestNotNames: what is capitalised beside a name but names no one: a
// party and a state, an abbreviated month, a suffix alone, an account's
// handle; a state as news abbreviates it is a place.
func TestNotNames(t *testing.T) {
	a := analyse("Sen. Orla Brennick (R-Fla.) spoke in Tampa, Fla., on Jan. 5, and Halvard Jr. listened.",
		"Her account @OrlaBrennick posted the speech, and Fla. voters cheered.",
		"The speech was paid for by a firm whose name ends in Inc. and nothing more.")
	got := map[string]model.EntityType{}
	for _, e := range a.Entities {
		got[e.Name] = e.Type
	}
	for _, n := range []string{"R-Fla.", "Jan.", "Jr.", "OrlaBrennick", "Inc."} {
		if typ, ok := got[n]; ok {
			t.Errorf("%q is an entity (%s); got %v", n, typ, got)
		}
	}
	if typ, ok := got["Fla."]; ok && typ != model.Place {
		t.Errorf("Fla. is a %s", typ)
	}
}

// TestNoNameEndsWithAPronoun: a person the tagger ran on over "I" ends
// before it, and "I" elsewhere is not that person; a surname that is a
// function word stays ("Ivo From").
func TestNoNameEndsWithAPronoun(t *testing.T) {
	for _, c := range []struct {
		text, first, want string
		mentions          int
	}{
		{"Ilse Marrow I met on Monday. I said no to Marrow.", "Ilse", "Ilse Marrow", 2},
		{"Ivo From wrote the book. “No,” From said.", "Ivo", "Ivo From", 2},
	} {
		a := article(c.text)
		p := Default()
		tz := p.prepare(a)
		ts := 0
		for tz.toks[ts].text != c.first {
			ts++
		}
		// the tagger's mistake, or its right answer: three words or two
		raw := []rawMention{{ts: ts, te: ts + 3, typ: model.Person}}
		if c.want == "Ivo From" {
			raw[0].te = ts + 2
		}
		var got []string
		for _, e := range linkWith(a, tz, raw, linkPasses) {
			got = append(got, e.Name)
			if e.Name == c.want && len(e.Mentions) != c.mentions {
				t.Errorf("%q: %d mentions of %s, want %d", c.text, len(e.Mentions), e.Name, c.mentions)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: entities %q, want %q", c.text, got, c.want)
		}
	}
}

// TestTheNames: a name the tagger took for a person that follows "the" and
// heads its noun phrase is a body or a thing named after the person; one
// that qualifies a noun, or owns one, stays a person.
func TestTheNames(t *testing.T) {
	cases := []struct {
		text, name string
		want       model.EntityType
	}{
		{"For those not yet on the Reed Express, the choice is hard.", "Reed Express", model.Organization},
		{"She gave money to the Osei Foundation, which runs schools.", "Osei Foundation", model.Organization},
		{"He met the Ann Reed campaign staff on Monday.", "Ann Reed", model.Person},
		{"Ann Reed spoke on Monday.", "Ann Reed", model.Person},
	}
	for _, c := range cases {
		if got := typeAfter(theNames, model.Person, c.text, c.name); got != c.want {
			t.Errorf("%q in %q: type %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// TestTitledNames: a name after a title only a person bears is a person's,
// whatever type the tagger gave it, unless a body's head word or another
// capitalised word says it is a body's or a place's name.
func TestTitledNames(t *testing.T) {
	cases := []struct {
		text, name string
		want       model.EntityType
	}{
		{"As Archbishop Aris Velkan told reporters, the church was full.", "Archbishop Aris Velkan", model.Person},
		{"Judge Lena Holm ruled on Monday.", "Judge Lena Holm", model.Person},
		{"Students at Bishop Noll Institute marched.", "Bishop Noll Institute", model.Organization},
		{"The talk is in Professor Reed Lecture Hall.", "Professor Reed", model.Organization},
		{"The State Department said so.", "State Department", model.Organization},
	}
	for _, c := range cases {
		if got := typeAfter(titledNames, model.Organization, c.text, c.name); got != c.want {
			t.Errorf("%q in %q: type %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

// typeAfter runs one retyping pass over the single mention name in text,
// given type typ, and returns the type the pass leaves it.
func typeAfter(pass func(*tokenized, []rawMention) []rawMention, typ model.EntityType, text, name string) model.EntityType {
	a := article(text)
	tz := Default().prepare(a)
	at := strings.Index(a.Text, name)
	s, e := tokenAt(tz.toks, at), tokenAt(tz.toks, at+len(name)-1)+1
	return pass(tz, []rawMention{{ts: s, te: e, typ: typ}})[0].typ
}

// nameCase is a table row of the name tests: an article of paras, the
// speaker its first quotation must have (when set), the person entities it
// must have and the names that must be no entity at all.
type nameCase struct {
	name    string
	paras   []string
	speaker string
	people  []string
	not     []string
}

// runNameCases checks each case in a subtest of its own name.
func runNameCases(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.paras...)
			got := map[string]model.EntityType{}
			for _, e := range a.Entities {
				got[e.Name] = e.Type
			}
			if c.speaker != "" && (len(a.Quotes) == 0 || a.Quotes[0].Speaker != c.speaker) {
				var sp []string
				for _, q := range a.Quotes {
					sp = append(sp, q.Speaker)
				}
				t.Errorf("speakers %q, want %q first", sp, c.speaker)
			}
			for _, n := range c.people {
				if typ, ok := got[n]; !ok || typ != model.Person {
					t.Errorf("no person %q; got %v", n, got)
				}
			}
			for _, n := range c.not {
				if typ, ok := got[n]; ok {
					t.Errorf("unexpected entity %q (%s); got %v", n, typ, got)
				}
			}
		})
	}
}
