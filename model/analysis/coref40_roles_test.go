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

// TestRoleBeforeCommaTitled: the role of a description a name stands in
// apposition to is the name's through a title between the comma and the
// name, an adjective no list holds and a "whose" that opens it; a title
// the role lists keep as a modifier ("Chief") is the role of its name.
func TestRoleBeforeCommaTitled(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a title and an adjective", []string{
			"Qatar's special envoy, Sheikh Nasser bin Hamad Al Thani, opened the session on Wednesday.",
			"Sudan's foreign minister, Amira Osman Hamid, said her government wanted a lasting deal. “We are ready,” she said.",
			"“This is a fragile beginning, but it is a beginning,” the envoy said.",
		}, "fragile beginning", "Nasser bin Hamad Al Thani"},
		{"whose envoy", []string{
			"The talks were hosted by Kuwait, whose envoy, Sheikh Nasser Sabah al-Mutairi, attended the closing session.",
			"Sudan's foreign minister, Amira Osman Hamid, said her government wanted a lasting deal. “We are ready,” she said.",
			"Asked about Kuwait's role, the envoy said only that his country “supports every step that brings neighbours closer.”",
		}, "supports every step", "Nasser Sabah al-Mutairi"},
		{"a chief", []string{
			"Chief Emeka Nwosu, an African Union observer, said the talks could last a week.",
			"Sudan's foreign minister, Amira Osman Hamid, said her government wanted a lasting deal. “We are ready,” she said.",
			"“Patience is the only strategy,” the chief said.",
		}, "only strategy", "Emeka Nwosu"},
	})
}

// TestRelativeRole: a relative clause of office after a name ("who heads
// a federation") tells that person's role, so "the minister" after her is
// the minister named before, not a person of no told role.
func TestRelativeRole(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"who heads", []string{
			"The labour minister, Rezaul Karim, announced the rise after talks with factory owners. Nazma Akter, who heads a garment workers' federation, called it a first step.",
			"The minister said he had pushed owners to go further. “This is the biggest rise in a decade,” he said.",
		}, "biggest rise", "Rezaul Karim"},
	})
}
