package analysis

import "testing"

// TestGenerationReferent: "the elder" or "the younger" before a surname
// two people of a family share names the parent or the child, where the
// article brought one in as the other's child or parent
// (coref45_names.go).
func TestGenerationReferent(t *testing.T) {
	family := []string{
		"“They signed a paper with us and then they forgot our names,” said Hilario Quispe Mamani, 67, president of the community.",
		"The minister said the emergency decree was needed to restore free transit.",
		"Quispe's daughter, Rosa Quispe Huaman, a lawyer who advises the community, rejected the company's figures.",
		"“Eighty-seven percent of what?” she said.",
	}
	runSpeakerCases(t, []speakerCase{
		{"the elder", append(append([]string{}, family...),
			"Back at the blockade, families cook in shifts over wood fires.",
			"“We will stay on the road,” the elder Quispe said."), "stay on the road", "Hilario Quispe Mamani"},
		{"the younger", append(append([]string{}, family...),
			"Back at the blockade, families cook in shifts over wood fires.",
			"“We will stay on the road,” the younger Quispe said."), "stay on the road", "Rosa Quispe Huaman"},
	})
}

// TestKinOwnerAndSenior: "His son, Marcos Pereira," is the son of the
// Pereira in reach, not of the sentence's subject; and "Pereira senior"
// is the father, though the son was named last (coref45_names.go).
func TestKinOwnerAndSenior(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the owner by the relative's surname", []string{
			"Judge Rafael Nogueira sentenced Antonio Carlos Pereira, 66, to six years. His son, Marcos Pereira, 39, who managed the ranch, got four years.",
			"The defence said it would appeal.",
			"Antonio Pereira, who did not speak in court, left the building without commenting. His son told journalists that the family had “always worked honestly” before getting into a car.",
		}, "worked honestly", "Marcos Pereira"},
		{"senior after the surname", []string{
			"Judge Rafael Nogueira sentenced Antonio Carlos Pereira, 66, to six years. His son, Marcos Pereira, 39, who managed the ranch, got four years.",
			"The defence said it would appeal.",
			"Pereira senior, who did not speak in court, left the building without commenting. His son told journalists that the family had “always worked honestly” before getting into a car.",
		}, "worked honestly", "Marcos Pereira"},
	})
}
