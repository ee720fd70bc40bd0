package analysis

import "testing"

// TestTaughtRole: a noun no list of roles holds names, as "the …", the
// person whose apposition it headed ("Kofi Owusu, a geologist at …"), even
// after a passage on another; a title is called by its holder's noun
// ("Justice Ann Reed" is "the judge").
func TestTaughtRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a taught noun", []string{
			"Kofi Owusu, a geologist at the University of Ghana, said the mine would need close monitoring.",
			"Efua Boateng, an activist with a farmers' coalition, said she feared for the water supply. “Nobody has shown us the report,” Boateng said.",
			"“The risks are real, but they can be managed,” the geologist said.",
		}, "risks are real", "Kofi Owusu"},
		{"a justice is the judge", []string{
			"Justice Thandiwe Mwangi suspended the sale of four sugar mills on Monday.",
			"Samer Haddad, an investor who bid for two of the mills, said he would respect the ruling. “I have invested here for years,” Haddad said.",
			"The judge set the hearing for March 12. She ordered the agency to reply within 14 days.",
			"“Nobody should touch these mills until then,” the judge said.",
		}, "touch these mills", "Thandiwe Mwangi"},
	})
}
