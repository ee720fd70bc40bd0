package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestWorldHonorifics: Māori words of standing, Brunei's and Malaysia's
// honorifics, the "Auntie" and "Uncle" of respect and the councillor's
// "Cr" stay out of the name after them and make a person of it.
func TestWorldHonorifics(t *testing.T) {
	runNameCases(t, []nameCase{
		{"kaumātua", []string{"Kaumātua Rawiri Tomoana blessed the new classroom block at dawn on Friday."},
			"", []string{"Rawiri Tomoana"}, []string{"Kaumātua Rawiri Tomoana"}},
		{"whaea", []string{"Whaea Ngaire Pōtae, who teaches at the kura, said the children had planted the garden."},
			"", []string{"Ngaire Pōtae"}, []string{"Whaea Ngaire Pōtae"}},
		{"yang berhormat", []string{"Yang Berhormat Norhayati Kassim handed over the keys to the families on Sunday."},
			"", []string{"Norhayati Kassim"}, []string{"Yang Berhormat Norhayati Kassim", "Berhormat Norhayati Kassim"}},
		{"auntie and uncle", []string{"Auntie Efua Quartey sells kenkey at the lorry park, and Uncle Yaw Asante-Mensah drives a trotro."},
			"", []string{"Efua Quartey", "Yaw Asante-Mensah"}, []string{"Auntie Efua Quartey", "Uncle Yaw Asante-Mensah"}},
		{"fr. after rev.", []string{"Rev. Fr. Emmanuel Quaye blessed the site before the traders returned."},
			"", []string{"Emmanuel Quaye"}, []string{"Fr", "Fr."}},
		{"advocate", []string{"Lord Advocate Morag Strathdee KC said she would review the ruling."},
			"", []string{"Morag Strathdee"}, []string{"Advocate Morag Strathdee"}},
		{"obaapanyin", []string{"Obaapanyin Akosua Darko, who has sold cloth there for 30 years, said she lost everything."},
			"", []string{"Akosua Darko"}, []string{"Obaapanyin Akosua Darko"}},
		// before one word, a kin word makes no title: a figure's name
		{"uncle sam", []string{"The new levy leaves Uncle Sam with less money, Ana Ruiz said."},
			"", []string{"Ana Ruiz"}, []string{"Sam"}},
		{"cr", []string{"Cr Brenda Tullock-Hayes voted against the rates rise. \"It is too steep,\" Cr Tullock-Hayes said."},
			"Brenda Tullock-Hayes", []string{"Brenda Tullock-Hayes"}, []string{"Cr Brenda Tullock-Hayes"}},
	})
}

// TestWorldNames: the letters after a name make a person of it, "Te"
// opens a Māori given name, a third name word the tagger typed apart
// joins the name, a trade in one word opening a sentence stays out of it.
func TestWorldNames(t *testing.T) {
	runNameCases(t, []nameCase{
		{"post-nominal after a name typed a body", []string{"Eilidh Urquhart MSP welcomed the plan on Monday."},
			"", []string{"Eilidh Urquhart"}, nil},
		{"post-nominal after a surname typed alone", []string{"Seonaid Galbraith MSP praised the crews."},
			"", []string{"Seonaid Galbraith"}, []string{"Galbraith"}},
		{"te", []string{"Te Whetu Parata chairs the iwi trust. \"We waited long enough,\" Parata said."},
			"Te Whetu Parata", []string{"Te Whetu Parata"}, []string{"Whetu Parata"}},
		{"three words", []string{"In Multan, Umar Javed Niazi said the canal had burst. \"We had no warning,\" Niazi said."},
			"Umar Javed Niazi", []string{"Umar Javed Niazi"}, []string{"Umar"}},
		{"a trade in one word", []string{"Steelworker Gareth Pennock said the furnace would be relit in spring."},
			"", []string{"Gareth Pennock"}, []string{"Steelworker Gareth Pennock"}},
		{"a trade typed into a body's name", []string{"Paramedic Sione Tuilagi treated three people at the scene."},
			"", []string{"Sione Tuilagi"}, []string{"Paramedic Sione Tuilagi"}},
		{"a trade in lower case", []string{"Bus driver Tevita Fifita kept going through the water."},
			"", []string{"Tevita Fifita"}, nil},
		// a verb the tagger left alone before a name is no given name
		{"no verb", []string{"Supporters formed a group called Stop Brandt within a week. Brandt said he welcomed it."},
			"", nil, []string{"Stop Brandt"}},
	})
}

// TestStormNames: a storm's name is no person's nor body's; "Hurricane"
// before a name a person of the article carries is a figure of speech.
func TestStormNames(t *testing.T) {
	cases := []struct {
		text string
		name string
		typ  model.EntityType
	}{
		{"Cyclone Marlo flattened the banana crop. Growers said the cyclone was the worst in years.", "Cyclone Marlo", model.Other},
		{"Storm Eilidh closed the bridge on Tuesday, and the storm brought down power lines.", "Storm Eilidh", model.Other},
		{"Typhoon Kalmaegi reached the coast at noon as the typhoon weakened.", "Typhoon Kalmaegi", model.Other},
	}
	for _, c := range cases {
		a := analyse(c.text)
		found := false
		for _, e := range a.Entities {
			if e.Name == c.name {
				found = true
				if e.Type != c.typ {
					t.Errorf("%q: %q is %s, want %s", c.text, c.name, e.Type, c.typ)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %q; got %v", c.text, c.name, a.Entities)
		}
	}
	for _, e := range analyse("The storm closed the school, and actress Storm Kellaway read to the children.").Entities {
		if e.Type == model.Other && e.Name == "Storm Kellaway" {
			t.Errorf("a person after her role typed a storm")
		}
	}
	a := analyse("Tomas Brandt won the vote. Nobody saw the storm coming: Hurricane Tomas swept the district.")
	for _, e := range a.Entities {
		if e.Name == "Hurricane Tomas" && e.Type == model.Other {
			t.Errorf("a figure of speech typed a storm: %v", a.Entities)
		}
	}
}

// TestKinGivenNames: a given name set off after a possessive and a kin
// noun is the relative's, with the family's surname; a word a family
// calls its own alone is no person.
func TestKinGivenNames(t *testing.T) {
	runNameCases(t, []nameCase{
		{"pronoun", []string{"Henri Bastarache said his wife, Solange, had kept the farm going. Solange said it was hard."},
			"", []string{"Henri Bastarache", "Solange Bastarache"}, []string{"Solange"}},
		{"their", []string{"Declan Moriarty and his partner moved to the island in 2019, and their daughter, Niamh, was born there."},
			"", []string{"Niamh Moriarty"}, []string{"Niamh"}},
		{"possessive name with a particle", []string{"Anouk van Dijk spoke first. Van Dijk's niece Femke, a nurse, spoke after her."},
			"", []string{"Femke van Dijk"}, []string{"Femke"}},
		{"a word between", []string{"Brendan Coyle lit a candle for his late wife, Siobhan, on Sunday."},
			"", []string{"Siobhan Coyle"}, []string{"Siobhan"}},
		{"kin after the name", []string{"Brendan Coyle watched from the road. Niamh, his youngest daughter, had already left for school."},
			"", []string{"Niamh Coyle"}, []string{"Niamh"}},
		// a couple of two surnames: whose the child's is, is unknown
		{"a couple apart", []string{"Tomas Reyes and his wife, Ilse Varga, moved in May. Their son, Matteo, stayed behind."},
			"", nil, []string{"Matteo Varga", "Matteo Reyes"}},
		// "He" stands between: whose wife is unknown
		{"a pronoun between", []string{"Brendan Coyle arrived late. He said his wife, Siobhan, was ill."},
			"", nil, []string{"Siobhan Coyle"}},
		{"family words", []string{"\"Dad will be home soon,\" Kirsty Rennie said. Dad had been at sea. Nana baked a cake."},
			"", []string{"Kirsty Rennie"}, []string{"Nana", "Dad"}},
	})
}

// TestNotPeopleWorld: the letters after a name the tagger typed alone
// mark a person's name before them; a word of a compound title, a law's
// name and an award's name are no people.
func TestNotPeopleWorld(t *testing.T) {
	runNameCases(t, []nameCase{
		{"letters typed alone", []string{"Counsel Imogen Fairweather KC told the court the ruling was flawed."},
			"", []string{"Imogen Fairweather"}, []string{"KC", "Counsel Imogen"}},
		{"compound title", []string{"Circuit Judge Tomasz Wrobel agreed with the panel."},
			"", []string{"Tomasz Wrobel"}, []string{"Circuit"}},
		{"sheriff principal", []string{"Sheriff Principal Morven Baird sat alone on Tuesday."},
			"", []string{"Morven Baird"}, []string{"Principal Morven Baird"}},
		{"a law", []string{"The Clean Rivers Bill passed its second reading, and the Online Safety Bill was delayed."},
			"", nil, []string{"Bill", "Safety Bill"}},
		{"an award", []string{"Shakib Rahman was named Player of the Match after the final."},
			"", []string{"Shakib Rahman"}, []string{"Player"}},
	})
}

// TestMalayAndFilipinoNames: the short forms of Muhammad open the name,
// "Haji" and "Paduka Seri" are honorifics, a name of given names joins
// the one longer name it opens, the letters of an office before a surname
// are a title, "Ma." is no place, and "whose" ties a kin noun to the
// person before it.
func TestMalayAndFilipinoNames(t *testing.T) {
	runNameCases(t, []nameCase{
		{"md", []string{"Md Shahrul Nizam, a volunteer, handed out rice at the school."},
			"", []string{"Md Shahrul Nizam"}, []string{"Shahrul Nizam"}},
		{"given names first", []string{"Mohd Faizal Abdullah, 45, lost his house to the flood. \"The water came at night,\" Mohd Faizal said."},
			"Mohd Faizal Abdullah", []string{"Mohd Faizal Abdullah"}, []string{"Mohd Faizal"}},
		{"paduka seri and haji", []string{"Paduka Seri Haji Rosmawati Yusof opened the shelter on Monday."},
			"", []string{"Rosmawati Yusof"}, []string{"Seri Haji Rosmawati Yusof", "Haji Rosmawati Yusof"}},
		{"office letters before", []string{"Hamish Drummond MSP said the ferries were late. MSP Drummond said islanders deserved better."},
			"", []string{"Hamish Drummond"}, []string{"MSP Drummond"}},
		{"ma.", []string{"In Quezon City, Ma. Luisa Santos-Reyes said her family had moved."},
			"", []string{"Luisa Santos-Reyes"}, []string{"Ma"}},
		{"whose", []string{"Kwabena Owusu-Ansah, whose cousin, Yaa, sells fish, said the market was closed."},
			"", []string{"Kwabena Owusu-Ansah", "Yaa Owusu-Ansah"}, []string{"Yaa"}},
		// a headline's words and a body's run on are no longer name
		{"the closing words of a longer name", []string{"The trade minister, Rosalind Ferreira Lopes, arrived on Monday. \"We are ready,\" Ferreira Lopes said."},
			"Rosalind Ferreira Lopes", []string{"Rosalind Ferreira Lopes"}, []string{"Ferreira Lopes"}},
		{"no longer name of other words", []string{"Vendors sold Kestrel Vance T-shirts at the gate. Kestrel Vance said she liked them."},
			"", []string{"Kestrel Vance"}, nil},
	})
}

// TestQuotedWordNoPerson: a one-word name in marks of its own, written
// nowhere bare, is a work's or a brand's, not a person's; a nickname
// inside a name is left to the name.
func TestQuotedWordNoPerson(t *testing.T) {
	if got := linkedPeople("Her earlier record, 'Marama', sold 10,000 copies, and the new one sold more."); len(got) != 0 {
		t.Errorf("people %q, want none", got)
	}
}

// TestMaoriParticles: "Te" is a name particle, so a surname written with
// it alone is the person of the full name ending in it; Fiji's "Ratu" is
// an honorific.
func TestMaoriParticles(t *testing.T) {
	runNameCases(t, []nameCase{
		{"surname with te", []string{"The pool trustee Aroha Te Whare said the pool had served the town for fifty years. \"It is a sad day,\" Te Whare said."},
			"Aroha Te Whare", []string{"Aroha Te Whare"}, []string{"Te Whare", "Whare"}},
		{"wa", []string{"Opposition leader Mwangi wa Kariuki rejected the budget on Thursday."},
			"", []string{"Mwangi wa Kariuki"}, []string{"Mwangi", "Kariuki"}},
		{"ratu", []string{"In Suva, Ratu Wiliame Katonivere said the chiefs were consulted."},
			"", []string{"Wiliame Katonivere"}, []string{"Ratu Wiliame Katonivere"}},
	})
}

// TestCompoundNames: a hyphenated Arabic compound name the tagger left
// out is a person's, joined to the name beside it; a movement's is not.
func TestCompoundNames(t *testing.T) {
	runNameCases(t, []nameCase{
		{"alone", []string{"The bowler Fazal-ur-Qadir took three wickets before lunch on the second day."},
			"", []string{"Fazal-ur-Qadir"}, nil},
		{"a body", []string{"Police said Hizb-ul-Falah had claimed the attack on the depot."},
			"", nil, []string{"Hizb-ul-Falah"}},
	})
	if got := linkedPeople("Noor-ul-Amin Baloch said the road was closed, and Baloch said it would stay so."); len(got) != 1 || got[0] != "Noor-ul-Amin Baloch" {
		t.Errorf("people %q, want Noor-ul-Amin Baloch alone", got)
	}
}
