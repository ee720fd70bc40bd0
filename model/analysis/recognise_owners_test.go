package analysis

import "testing"

// TestOwnedPersons: a person the tagger ran into a body's name, after the
// body's possessive or a title, is a person of their own; the body stays a
// body and the title is no name, and the margin shows the person.
func TestOwnedPersons(t *testing.T) {
	runNameCases(t, []nameCase{
		{"after a plural possessive", []string{"The union met in Dunmore on Monday.", "“The poll is wrong,” said Harbour Analytics' David Quillfeather."},
			"David Quillfeather", []string{"David Quillfeather"}, []string{"Harbour Analytics' David Quillfeather"}},
		{"after a title the tagger took for a body", []string{"“No vote before June,” said Representative Steve Marrowby."},
			"Steve Marrowby", []string{"Steve Marrowby"}, []string{"Representative Steve Marrowby", "Representative"}},
		{"after an office of a title", []string{"Secretary of State Madeleine Quillfeather flew to Dunmore on Monday."},
			"", []string{"Madeleine Quillfeather"}, []string{"State Madeleine Quillfeather"}},
		{"the body's person in a phrase", []string{"Tomas Brandvold writes for the Dunmore Gazette.", "“It is over,” said the Gazette's Tomas Brandvold."},
			"Tomas Brandvold", []string{"Tomas Brandvold"}, nil},
		{"a team named for a place keeps its name", []string{"Barry Bonds homered as the San Francisco Giants beat the Dunmore Gulls 4-2."},
			"", nil, []string{"Francisco Giants"}},
	})
}

// TestParticleSurnames: a surname written with a lower-case particle,
// "al-Rashid", ends a person's name as any surname does.
func TestParticleSurnames(t *testing.T) {
	runNameCases(t, []nameCase{
		{"after a given name", []string{"The council met on Monday.", "“We will wait,” said Mahmud al-Qarawi, a harbour official."},
			"Mahmud al-Qarawi", []string{"Mahmud al-Qarawi"}, []string{"Mahmud"}},
		{"after two given names", []string{"The council met on Monday.", "“We will wait,” said Abu Bakr al-Qarawi, the group's leader."},
			"Abu Bakr al-Qarawi", []string{"Abu Bakr al-Qarawi"}, []string{"Abu Bakr"}},
	})
}

// TestTitleBeforeParticleName: after a title, a name that goes on through
// a particle ("bin") into a person the tagger found is one name.
func TestTitleBeforeParticleName(t *testing.T) {
	runNameCases(t, []nameCase{
		{"a sheikh's name", []string{"The council met on Monday.", "“We will wait,” said Sheikh Nasir bin Khalid Al Qarawi."},
			"Nasir bin Khalid Al Qarawi", []string{"Nasir bin Khalid Al Qarawi"}, []string{"bin Khalid Al Qarawi"}},
	})
}
