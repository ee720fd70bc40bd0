package analysis

import (
	"testing"

	"github.com/byline-reader/byline/model"
)

// TestEntityShapes checks what the form of a name says about it, on names
// no gazetteer knows.
func TestEntityShapes(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
		want  map[string]model.EntityType // entity name -> type
		not   []string                    // names that must not be entities of their own
	}{
		{"head noun: party and alliance", []string{"The motion was backed by the opposition Farmers' Union Party and by Varga's own Civic Alliance."},
			map[string]model.EntityType{"Civic Alliance": model.Organization}, []string{"Civic"}},
		{"possessor inside a name", []string{"The vote split the People's Harbour Party, which lost two seats."},
			map[string]model.EntityType{"People's Harbour Party": model.Organization}, []string{"Harbour Party"}},
		{"plural possessive inside a name", []string{"The Ostrian Ferrymen’s Guild Federation called a strike on Monday."},
			map[string]model.EntityType{"Ostrian Ferrymen's Guild Federation": model.Organization}, []string{"Federation"}},
		{"a possessive's mark opens no body", []string{"In a statement, Kenya’s Ministry of Harbours and Fisheries said the port would reopen."},
			map[string]model.EntityType{"Ministry of Harbours and Fisheries": model.Organization}, []string{"'s Ministry of Harbours and Fisheries"}},
		{"a club's suffix ends a body's name", []string{"Dunmore FC, who beat Vellmouth AFC 1-0 on Saturday, lead the table.", "Ivo Reed scored for Vellmouth AFC, and Kessary FC lost again."},
			map[string]model.EntityType{"Dunmore FC": model.Organization, "Vellmouth AFC": model.Organization, "Kessary FC": model.Organization}, []string{"FC", "AFC"}},
		{"a nationality before a noun names no one", []string{"Kazakh miners end strike after pay deal", "Zambian traders and Malawian farmers met in Lusaka on Monday, officials said."},
			map[string]model.EntityType{"Kazakh": model.Other, "Zambian": model.Other, "Malawian": model.Other}, nil},
		{"an Iberian rank stays out of the name", []string{"Civil defence chief Coronel Tiago Moura Reis said boats had reached the valley.", "Comandante Lucía Ferrer Soto said the road was closed."},
			map[string]model.EntityType{"Tiago Moura Reis": model.Person, "Lucía Ferrer Soto": model.Person}, []string{"Coronel Tiago Moura Reis", "Comandante Lucía Ferrer Soto"}},
		{"place by first word", []string{"Ships waited outside Port Dunmore for three days before the River Oska flooded."},
			map[string]model.EntityType{"Port Dunmore": model.Place, "River Oska": model.Place}, nil},
		{"place by last word", []string{"The team lost 2-0 to Gallow Bay, and fans gathered at Stoke Bridge."},
			map[string]model.EntityType{"Gallow Bay": model.Place, "Stoke Bridge": model.Place}, nil},
		{"club by last word", []string{"Dunmore Athletic beat Harrow Rovers on Saturday. Athletic's keeper was outstanding."},
			map[string]model.EntityType{"Dunmore Athletic": model.Organization, "Harrow Rovers": model.Organization}, []string{"Athletic"}},
		{"a saint's name opens a place's", []string{"The convoy left St Oriel on Monday and reached St. Vannic by night."},
			map[string]model.EntityType{"St Oriel": model.Place, "St. Vannic": model.Place}, []string{"Oriel", "Vannic", "St."}},
		{"a compass word and bank make a place", []string{"Settlers moved into the West Bank, and the Dunmore Bank lent them nothing."},
			map[string]model.EntityType{"West Bank": model.Place, "Dunmore Bank": model.Organization}, nil},
		{"a tournament is an event", []string{"Ola Brandt won the Dunmore Open on Sunday, a week after the Vellmouth Masters."},
			map[string]model.EntityType{"Dunmore Open": model.Other, "Vellmouth Masters": model.Other}, nil},
		{"a league in a sports report is a competition", []string{"BASEBALL - RESULTS", "Dunmore beat Vellmouth 4-2 in the Coastal League on Friday, and Harrow drew 1-1 with Kessary.", "Harrow lead the Coastal League by three games, with five games left in the season."},
			map[string]model.EntityType{"Coastal League": model.Other}, nil},
		{"a league elsewhere is a body", []string{"The Coastal League of Ports said on Monday that the tariffs would rise.", "Its members met in Dunmore."},
			map[string]model.EntityType{"Coastal League of Ports": model.Organization}, nil},
		{"a park is a place, a person surnamed Park is not", []string{"Closed until Friday:", "- Millbrook Park, home of the Dunmore Rovers.", "Ellen Park, who runs the kiosk, said she would reopen on Monday."},
			map[string]model.EntityType{"Millbrook Park": model.Place, "Ellen Park": model.Person}, nil},
		{"a company by its trade", []string{"Hollis Chemical and Garrick Pharmaceuticals gained on Friday."},
			map[string]model.EntityType{"Hollis Chemical": model.Organization, "Garrick Pharmaceuticals": model.Organization}, nil},
		{"a company by its suffix", []string{"Analysts said Banc Vellmore Corp. would report on Friday, and Arden Hale Inc. agreed with Marrow & Sons Ltd on Monday."},
			map[string]model.EntityType{"Banc Vellmore Corp.": model.Organization, "Arden Hale Inc.": model.Organization, "Marrow & Sons Ltd": model.Organization},
			[]string{"Banc", "Corp.", "Arden", "Inc."}},
		{"a results line names teams", []string{"SOCCER - COASTAL LEAGUE RESULTS", "Results of matches played on Saturday:", "Kessary 2 Vellmouth 1", "HARROW 0 DUNMORE 3"},
			map[string]model.EntityType{"Kessary": model.Organization, "Vellmouth": model.Organization, "HARROW": model.Organization, "DUNMORE": model.Organization}, nil},
		{"a standings row in a sports report names a team, a golfer's row a person", []string{"GOLF AND SOCCER - STANDINGS", "Standings after Saturday's matches in the league (played, won, drawn, lost, points):", "Dunmore 12 5 3 4 18", "Leading scores after the third round of the golf tournament:", "Ana Ruiz 68 70 71"},
			map[string]model.EntityType{"Dunmore": model.Organization, "Ana Ruiz": model.Person}, nil},
		{"a comma before a company suffix", []string{"The deal with Harrow Marine, Inc. was signed on Monday."},
			map[string]model.EntityType{"Harrow Marine, Inc.": model.Organization}, []string{"Inc.", "Harrow Marine"}},
		{"a company suffix ends a name", []string{"The proposed acquisition of Harrow Bancshares Inc. by Korvell Corp. could spark more mergers, and Dunmore-based Vellmore Bancorp Inc. may be next."},
			map[string]model.EntityType{"Harrow Bancshares Inc.": model.Organization, "Korvell Corp.": model.Organization, "Vellmore Bancorp Inc.": model.Organization},
			[]string{"Inc. by Korvell Corp.", "Dunmore-based Vellmore Bancorp Inc."}},
		{"a scorecard names teams outside its brackets, players inside", []string{"CRICKET - COUNTY CHAMPIONSHIP SCORES", "Scores on the second day of the four-day county cricket matches on Friday:", "At Harrow: Kessary 250 and 120-3 (Ana Ruiz 80, Ola Brandt 41), Vellmouth 301 (Tomas Osei 102)."},
			map[string]model.EntityType{"Kessary": model.Organization, "Vellmouth": model.Organization, "Ana Ruiz": model.Person, "Ola Brandt": model.Person}, nil},
		{"a nickname in a sports report is a team", []string{"RUGBY UNION - TEST MATCH RESULT", "The Gullwings beat the Netherlands 21-15 in the second test on Saturday, a week after the Stormriders lost to them by 10 points in the first match of the tournament.", "The Gullwings scored three tries."},
			map[string]model.EntityType{"Gullwings": model.Organization, "Stormriders": model.Organization, "Netherlands": model.Place}, nil},
		{"a lower-case miss is no title", []string{"Peter Reed won the vote in Dunmore on Sunday.", "Pollsters who miss Reed's surge will lose work, his aide said."},
			map[string]model.EntityType{"Peter Reed": model.Person}, []string{"Reed"}},
		{"a market index is no body or person", []string{"The Dow Jones rose 40 points and the Nikkei fell, while the Harrow Open Series of Golf was cut short by rain."},
			map[string]model.EntityType{"Dow Jones": model.Other, "Nikkei": model.Other, "Harrow Open Series of Golf": model.Other}, nil},
		{"a town a score or a word of playing links to is a team", []string{"SOCCER - COASTAL LEAGUE", "Kessary lost 2-0 to Harrow in the league on Sunday."},
			map[string]model.EntityType{"Harrow": model.Organization}, nil},
		{"a newspaper or an agency by the word for it", []string{"Marta Quill newspaper said the mayor had resigned, and the daily Ilse Varga reported the fire.", "Marta Quill later quoted the mayor."},
			map[string]model.EntityType{"Marta Quill": model.Organization, "Ilse Varga": model.Organization}, nil},
		{"a club named for a big city", []string{"SOCCER - CUP RESULTS", "Torpedo Madrid drew 1-1 with Harrow in the second round of the cup on Wednesday, and Kessary lost 2-0 to Vellmouth.", "Torpedo Madrid go through on away goals."},
			map[string]model.EntityType{"Torpedo Madrid": model.Organization}, nil},
		{"a player and his figures in a scorecard's brackets", []string{"CRICKET - COUNTY CHAMPIONSHIP SCORES", "Scores on the second day of the four-day county cricket matches on Friday:", "At Harrow: Vellmouth 301 (Kolvik 56, Tarrant 41, Oduya 12)."},
			map[string]model.EntityType{"Kolvik": model.Person, "Tarrant": model.Person, "Oduya": model.Person}, nil},
		{"a body's acronym", []string{"He flew to the U.N. in Dunmore on Monday, and talks at the U.N. ended."},
			map[string]model.EntityType{"U.N.": model.Organization}, nil},
		{"plan is not a person", []string{"The Coastal Renewal Plan, published on Monday, sets out four projects."},
			map[string]model.EntityType{"Coastal Renewal Plan": model.Other}, nil},
		{"demonym is not a person", []string{"Every Ostrian family will pay for the strike, and Ostrian scientists agree."},
			nil, []string{"Ostrian"}},
		{"surname after a possessive", []string{"The film is adapted from Marit Holloway’s 2019 novel.", "Holloway, who co-wrote the screenplay, was at the premiere."},
			map[string]model.EntityType{"Marit Holloway": model.Person}, []string{"Marit", "Holloway"}},
		{"a place after of", []string{"Scientists at the University of Dunmore said the water was rising. Dunmore's mayor agreed."},
			map[string]model.EntityType{"University of Dunmore": model.Organization}, nil},
		{"quoted title is one work", []string{"Ilse Marrin’s “Copper Lanterns”, a film about the miners of Dunmore, opened the festival. “Copper Lanterns” will be shown until June."},
			map[string]model.EntityType{"Copper Lanterns": model.Other, "Ilse Marrin": model.Person}, []string{"Copper", "Lanterns"}},
		{"title in single marks inside a quotation", []string{"“After my film ‘Copper Lanterns’ I wanted a lighter one,” Ilse Marrin said."},
			map[string]model.EntityType{"Copper Lanterns": model.Other, "Ilse Marrin": model.Person}, []string{"Copper", "Lanterns"}},
		{"head noun closes a name", []string{"The film was shot on the town’s South Pier Quay and at the Dunmore Tidal Station last spring."},
			map[string]model.EntityType{"South Pier Quay": model.Place, "Dunmore Tidal Station": model.Place}, []string{"South", "Dunmore"}},
		{"head noun opens a name through a rank word", []string{"Harrow Rovers began the new Ostrian Premier League season with a win."},
			map[string]model.EntityType{"Ostrian Premier League": model.Organization}, []string{"League", "Premier League"}},
		{"name after a role", []string{"Dovran set up the third goal for the substitute Piet Harlow in the last minute."},
			map[string]model.EntityType{"Piet Harlow": model.Person}, []string{"Piet", "Harlow"}},
		{"apposition with a person noun", []string{"The lead role of Ilka, a fisherman’s widow who returns to the coast, is her first in a film."},
			map[string]model.EntityType{"Ilka": model.Person}, nil},
		{"the river by its name alone", []string{"The River Oska burst its banks on Monday. The Oska Bridge was closed, and water in the lower Oska rose by a metre."},
			map[string]model.EntityType{"River Oska": model.Place, "Oska Bridge": model.Place}, []string{"Oska"}},
		{"one word after the is no person", []string{"Researchers counted the porpoises of the Oska estuary for two years."},
			map[string]model.EntityType{"Oska": model.Place}, nil},
		{"two places joined by a hyphen", []string{"Floods closed the city of Dunmore and Port Harrow on Monday. The Dunmore-Port Harrow ferry was cancelled."},
			map[string]model.EntityType{"Dunmore": model.Place, "Port Harrow": model.Place}, []string{"Dunmore-Port Harrow"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analyse(c.paras...)
			got := map[string]model.EntityType{}
			for _, e := range a.Entities {
				got[e.Name] = e.Type
			}
			for n, typ := range c.want {
				if g, ok := got[n]; !ok {
					t.Errorf("no entity %q; got %v", n, got)
				} else if g != typ {
					t.Errorf("%q typed %s, want %s", n, g, typ)
				}
			}
			for _, n := range c.not {
				if g, ok := got[n]; ok && (g == model.Person || len(c.want) > 0) {
					t.Errorf("unexpected entity %q (%s); got %v", n, g, got)
				}
			}
		})
	}
}

// TestSportsKicker: a headline labelled with a sport makes the article a
// sports report, though its words say little of sport.
func TestSportsKicker(t *testing.T) {
	title := "SOCCER - NEWS FROM THE WEEKEND"
	text := title + "\nSpectators at the ground watched as the home side took the lead.\nTorpedo Madrid drew with Vellmouth.\n"
	a := &model.Article{Path: "t.txt", Text: text, Format: "text", Title: title,
		TitleAt: model.Span{End: len(title)}, Body: model.Span{Start: len(title) + 1, End: len(text)}}
	Analyze(a)
	found := false
	for _, e := range a.Entities {
		if e.Name == "Torpedo Madrid" {
			found = true
			if e.Type != model.Organization {
				t.Errorf("%q typed %s, want organization", e.Name, e.Type)
			}
		}
	}
	if !found {
		t.Errorf("no entity %q", "Torpedo Madrid")
	}
}
