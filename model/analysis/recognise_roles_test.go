package analysis

import "testing"

// TestRoleOpensSentence: a word for a person's role that opens a sentence
// before a name is capitalised for the sentence's sake only and is no part
// of the name; a name that is a body's keeps its first word.
func TestRoleOpensSentence(t *testing.T) {
	cases := []nameCase{
		{"fisherman", []string{"Fisherman Ramon de Guzmal, 45, said his boat was destroyed."},
			"", []string{"Ramon de Guzmal"}, []string{"Fisherman Ramon de Guzmal"}},
		{"campaigner", []string{"Campaigner Tom Fairwell said the green would be lost for ever."},
			"", []string{"Tom Fairwell"}, []string{"Campaigner Tom Fairwell"}},
		{"hawker inside a paragraph", []string{"The market reopened on Monday. Hawker Lim Ah Bok said rents must stay low."},
			"", []string{"Lim Ah Bok"}, []string{"Hawker Lim Ah Bok"}},
		{"villager", []string{"Villager Siti Aminah Rosli, 37, said her house was under water."},
			"", []string{"Siti Aminah Rosli"}, []string{"Villager Siti Aminah Rosli"}},
	}
	runNameCases(t, cases)
}

// TestLowerRoleBeforeName: the name words after a lower-case role are one
// person's name where the tagger found a person among them ("Kuttappan"
// alone); a title after the role is no part of it.
func TestLowerRoleBeforeName(t *testing.T) {
	cases := []nameCase{
		{"country, role, name", []string{"Abu Faisal, a fisherman from the old harbour, said catches had fallen. Indian engineer Suresh Kuttappan, who has worked in the emirate for 20 years, welcomed the jobs."},
			"", []string{"Suresh Kuttappan"}, []string{"Kuttappan"}},
		{"a title after the role", []string{"Up to 75 men are approaching Mahala, \" the spokesman Lieutenant-Colonel Max Marrinot said in Vellbridge."},
			"", nil, []string{"Lieutenant-Colonel Max Marrinot"}},
		{"the name set off by commas", []string{"More than 90 patients were waiting. The union's general secretary, Siobhán Ní Bhréanáin, said staff were exhausted."},
			"", []string{"Siobhán Ní Bhréanáin"}, []string{"Ní Bhréanáin", "Siobhán"}},
		{"a hyphenated title whose last part is one", []string{"Police officer Sub-Inspector Abdul Karimullah said the protest was peaceful."},
			"", []string{"Abdul Karimullah"}, []string{"Sub-Inspector Abdul Karimullah"}},
	}
	runNameCases(t, cases)
}

// TestRoleApposition: name words before an apposition of a role are a
// person's, the role with an article or without one (", head of"); a
// sentence's first word that the article writes in lower case is no part
// of the name.
func TestRoleApposition(t *testing.T) {
	cases := []nameCase{
		{"a role with no article", []string{"Bakers closed their shops on Saturday.",
			"Sayed Abdel Rahmoun, head of the bakers' division at the chamber of commerce, said many bakeries would close."},
			"", []string{"Sayed Abdel Rahmoun"}, []string{"Abdel Rahmoun"}},
		{"a word of the sentence first", []string{"Even Brennock, a stalwart Osei supporter, said it would be easier. It was even so."},
			"", []string{"Brennock"}, []string{"Even Brennock"}},
	}
	runNameCases(t, cases)
}
