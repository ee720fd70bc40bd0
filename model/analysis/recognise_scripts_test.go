package analysis

import "testing"

// TestNamesInManyScripts: a name written with letters beyond ASCII is one
// whole name, whether its accents are precomposed or combining marks, and
// so is a name whose accented letters reached the file mis-decoded (UTF-8
// read as Latin-1 and normalised: "Peña" as "PeÃ±a" with its Ã split into
// A and a combining tilde), which news copied between systems often shows.
// The name is given in composed letters, as linking keys it (link_norm_test.go).
func TestNamesInManyScripts(t *testing.T) {
	cases := []nameCase{
		{"precomposed accents", []string{"“The harbour stays open,” said Inés Belén Ortega, the port director."},
			"Inés Belén Ortega", []string{"Inés Belén Ortega"}, []string{"Inés", "Ortega"}},
		{"a letter with a stroke", []string{"“We will build it,” said Łukasz Brzękowski, the mayor of Dunmore."},
			"Łukasz Brzękowski", []string{"Łukasz Brzękowski"}, []string{"Łukasz", "Brzękowski"}},
		{"stacked diacritics", []string{"“The river is rising,” said Trần Văn Nguyễn, a ferry pilot."},
			"Trần Văn Nguyễn", []string{"Trần Văn Nguyễn"}, []string{"Nguyễn"}},
		{"combining marks", []string{"“The river is rising,” said Trần Văn Nguyễn, a ferry pilot."},
			"Trần Văn Nguyễn", []string{"Trần Văn Nguyễn"}, []string{"Nguyễn"}},
		{"tilde over u and i", []string{"“The school will reopen,” said Ngũgĩ Kamathi, a teacher in Vellmouth."},
			"Ngũgĩ Kamathi", []string{"Ngũgĩ Kamathi"}, []string{"Kamathi"}},
		{"an apostrophe surname", []string{"“The vote was fair,” said Siobhán O'Neary-Dunne, the returning officer."},
			"Siobhán O'Neary-Dunne", []string{"Siobhán O'Neary-Dunne"}, []string{"Siobhán"}},
		{"a curly apostrophe surname", []string{"“The count was slow,” said Declan O’Fearghail, the returning officer."},
			"Declan O'Fearghail", []string{"Declan O'Fearghail"}, []string{"Declan", "O'Fearghail", "Fearghail"}},
		{"mis-decoded UTF-8", []string{"“The border stays open,” said TomÃ¡s PeÃ±alver Ruiz, the consul in Dunmore."},
			"TomÃ¡s PeÃ±alver Ruiz", []string{"TomÃ¡s PeÃ±alver Ruiz"}, []string{"Tomás", "Tom"}},
		{"mis-decoded twice", []string{"“We will not sign,” said Aurelio CastaÃ\u0083Â±eda, a lawyer in Vellmouth."},
			"Aurelio CastaÃ\u0083Â±eda", []string{"Aurelio CastaÃ\u0083Â±eda"}, []string{"Aurelio"}},
		{"mis-decoded last letter", []string{"“The port will stay shut,” said RosalÃ\u00ada IbÃ¡Ã±ez TomÃ©, the harbour master."},
			"RosalÃ\u00ada IbÃ¡Ã±ez TomÃ©", []string{"RosalÃ\u00ada IbÃ¡Ã±ez TomÃ©"}, nil},
	}
	runNameCases(t, cases)
}
