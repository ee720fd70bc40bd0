package analysis

import "testing"

// TestMoreCredits: a line crediting a part of the page to its maker
// ("Interview by …", "Photographs by …"), a line saying who wrote the page
// ("This live blog is by …"), a name alone at the top of the body, and a
// caption's closing credit ("… Photo: Name") are furniture, and the names
// in them no people; the story's lines that look alike stay the story.
func TestMoreCredits(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{[]string{"Harbour town braces for storm surge", "Maren Tollefsen", "Residents of Kelby spent Tuesday filling sandbags as forecasters warned of a surge.", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "Interview by Tomas Brandt", "She said the boats were old."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "Photographs by Pavel Okonjo for Harbour News", "She said the boats were old."}, []string{"Ilse Marrow"}},
		{[]string{"This live blog is by Tomas Brandt and Jo Allan.", "Ilse Marrow, the harbour master, raised the fares on Monday.", "She said the boats were old."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "A ferry leaves the quay at dawn. Photo: Pavel Okonjo", "She said the boats were old."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "A ferry leaves the quay at dawn. (Photograph: Pavel Okonjo/Harbour News)", "She said the boats were old."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "She said the boats were old.", "Tomas Brandt reported from Dunmore; Pavel Okonjo, from Vellmouth."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "She said the boats were old.", "Pavel Okonjo contributed."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "Podcast produced by Pavel Okonjo.", "She said the boats were old."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour town braces for storm surge", "Maren Tollefsen, Energy Correspondent", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour town braces for storm surge", "By Maren Tollefsen in Kelby", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour town braces for storm surge", "Words: Maren Tollefsen", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "Text and photos: Maren Tollefsen/Kelby Times", "She said the boats were old."}, []string{"Ilse Marrow"}},
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "A ferry leaves the quay at dawn. Pavel Okonjo/Harbour News", "She said the boats were old."}, []string{"Ilse Marrow"}},
		// the story
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "This plan is by Tomas Brandt, she said, and it will fail."}, []string{"Ilse Marrow", "Tomas Brandt"}},
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday.", "Tomas Brandt reported the fault from the quay, she said."}, []string{"Ilse Marrow", "Tomas Brandt"}},
		{[]string{"Ilse Marrow raised the fares on Monday. Tomas Brandt and/or his deputy will sign."}, []string{"Ilse Marrow", "Tomas Brandt"}},
		{[]string{"Harbour town braces for storm surge", "Residents of Kelby filled sandbags on Tuesday.", "Maren Tollefsen", "Ilse Marrow, the harbour master, closed the quay."}, []string{"Ilse Marrow"}},
		// a name alone after the story has begun
		{[]string{"Ilse Marrow, the harbour master, raised the fares on Monday after a long winter in which the boats ran half empty, the fuel bill doubled and the council, which owns the line, twice refused to pay for the repairs that the old ferries needed to pass their inspection.", "Tomas Brandt", "He said the boats were old."}, []string{"Ilse Marrow", "Tomas Brandt"}},
		{[]string{"Harbour league table", "Kessary Football League", "Ilse Marrow said the season was long."}, []string{"Ilse Marrow"}},
		{[]string{"Harbour town braces for storm surge", "Ilse Marrow, the harbour master, closed the quay.", "Maren Tollefsen said she would stay."}, []string{"Ilse Marrow", "Maren Tollefsen"}},
	})
}
