package analysis

import "testing"

// TestDescribedBody: "the company", "the group", "the board" as the
// speaker names the organisation it means, by the noun the article gave
// it or as the one organisation the passage is about, and stays as
// written when nothing decides (coref_bodies.go).
func TestDescribedBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		// the article gave the organisation the noun
		{"apposition after the name", []string{
			"Holm Air, the island company, cut two routes to Dunmore on Monday.",
			"Travellers on the quay were angry.",
			"“The routes lost money for years,” the company said.",
		}, "lost money", "Holm Air"},
		{"apposition before the name, with its modifier", []string{
			"The ferry company Vell Transit cut two routes to Holm on Monday.",
			"Travellers on the quay were angry.",
			"“The routes lost money for years,” the ferry company said.",
		}, "lost money", "Vell Transit"},
		{"the noun heads the name", []string{
			"The Vell Board of Tolls raised the bridge fee on Monday.",
			"Drivers on the coast road were angry.",
			"“The bridge needs new cables,” the board said.",
		}, "new cables", "Vell Board"},
		// the one organisation the passage is about
		{"the subject of the sentence before", []string{
			"Holm Air acknowledged on Monday that the routes to Dunmore were in trouble.",
			"“We have lost money for years,” the company said.",
		}, "lost money", "Holm Air"},
		{"the subject of its own sentence", []string{
			"Drivers were angry on Monday.",
			"Holm Air said in a statement: “We have lost money for years,” the company added.",
		}, "lost money", "Holm Air"},
		{"an agency is a body of government", []string{
			"The Vell Harbour Department acknowledged on Monday that the routes to Dunmore were in trouble.",
			"“We have lost money for years,” the agency said.",
		}, "lost money", "Vell Harbour Department"},
		{"a noun of trade", []string{
			"Holm Air acknowledged on Monday that the routes to Dunmore were in trouble.",
			"“We have lost money for years,” the airline said.",
		}, "lost money", "Holm Air"},
		{"a noun of trade for a company's name", []string{
			"Holm Air Ltd acknowledged on Monday that the routes to Dunmore were in trouble.",
			"“We have lost money for years,” the airline said.",
		}, "lost money", "Holm Air Ltd"},
		{"the passage goes on calling it by the noun", []string{
			"Holm Air cut two routes to Dunmore on Monday.",
			"The company blamed the price of fuel.",
			"“We have lost money for years,” the company said.",
		}, "lost money", "Holm Air"},
		// a body the article gave no name: the form it wrote
		{"a place's body", []string{
			"Dunmore's foreign ministry also weighed in on Monday.",
			"“Outsiders should keep their promises,” the ministry said.",
		}, "keep their promises", "Dunmore's foreign ministry"},
		{"a body of a nation", []string{
			"The Vellish foreign ministry also weighed in on Monday, and the ministry sent a note.",
			"“Outsiders should keep their promises,” the ministry said.",
		}, "keep their promises", "the Vellish foreign ministry"},
		{"a body of a person's stays", []string{
			"Ilse Varga's ministry also weighed in on Monday.",
			"“Outsiders should keep their promises,” the ministry said.",
		}, "keep their promises", "the ministry"},
		{"a nearer use of the noun ends the search", []string{
			"Dunmore's foreign ministry also weighed in on Monday, and a ministry in Holm wrote too.",
			"“Outsiders should keep their promises,” the ministry said.",
		}, "keep their promises", "the ministry"},
		// nothing decides: the description stays
		{"another organisation is the subject between", []string{
			"Holm Air, the island company, cut two routes to Dunmore on Monday.",
			"Dunmore Air added three flights the same day.",
			"“The routes lost money for years,” the company said.",
		}, "lost money", "the company"},
		{"a person is no body", []string{
			"Ilse Varga acknowledged on Monday that the routes to Holm were in trouble.",
			"“We have lost money for years,” the company said.",
		}, "lost money", "the company"},
		{"a name of another kind", []string{
			"The Vell Ministry of Transport acknowledged on Monday that the routes to Holm were in trouble.",
			"“We have lost money for years,” the company said.",
		}, "lost money", "the company"},
		{"a nearer use of the noun names another", []string{
			"Holm Air acknowledged on Monday that the routes to Dunmore were in trouble, and a rival company offered to run them.",
			"“We have lost money for years,” the company said.",
		}, "lost money", "the company"},
		{"a capitalised modifier is the article's own form", []string{
			"Holm Air acknowledged on Monday that the routes to Dunmore were in trouble.",
			"“We have lost money for years,” the Varga company said.",
		}, "lost money", "the Varga company"},
	})
}
