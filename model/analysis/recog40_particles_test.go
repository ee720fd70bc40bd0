package analysis

import "testing"

// Particles of two words or three ("van der", "de la") inside a name
// after a title are the name's, as one particle is.
func TestTitleBeforeNameWithParticles(t *testing.T) {
	runPeopleCases(t, []peopleCase{
		{paras: []string{`"It is a disaster," said Judge Hanneke van der Veen.`}, people: []string{"Hanneke van der Veen"}},
		{paras: []string{`"The soil is drying out," said Prof. Anneke van der Berg, a hydrologist at the institute.`}, people: []string{"Anneke van der Berg"}},
	})
}
