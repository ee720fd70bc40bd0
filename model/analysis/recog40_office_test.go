package analysis

import "testing"

// The holder of an office whose name runs on with "of", "for" and words
// of what it oversees is a person, the office no part of the name.
func TestLongOfficeBeforeName(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{"Supervisor of Elections Maria Lopez said the count would run two days late."}, people: []string{"Maria Lopez"}},
		{paras: []string{`Minister of State for Health Ama Boateng visited the ward. "We need beds," Boateng said.`}, people: []string{"Ama Boateng"}},
		{paras: []string{"Secretary of State for Transport Kwame Mensah-Bonsu said the roads would reopen."}, people: []string{"Kwame Mensah-Bonsu"}},
		{paras: []string{"Registrar of Lands and Natural Resources Tendai Chikore signed the order on Friday."}, people: []string{"Tendai Chikore"}},
		{paras: []string{"Commissioner of Police Aziz Rahimov told reporters the road was closed."}, people: []string{"Aziz Rahimov"}},
	})
}

// An honorific that ends a name, with no name word after it, is a
// surname: "Haji" of "Abdirahman Haji".
func TestHonorificEndingANameIsASurname(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{`Director of Public Prosecutions Abdirahman Haji said the file was closed. "The law is clear," Haji said.`},
			people: []string{"Abdirahman Haji"}},
	})
}
