package analysis

import "testing"

// TestParticleSurnameKeepsItsPerson: a surname opening with a particle,
// joined to the one person named before it, stays that person's though a
// namesake is named after it; the namesake named later is no reason to
// move it (recog46).
func TestParticleSurnameKeepsItsPerson(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"Abu", []string{
			"In the village of Saham, farmer Mahmoud Abu Rumman, 58, said his family had given up half of its orchard.",
			"“The river used to reach our fields,” Abu Rumman said.",
			"His nephew, Khaled Abu Rumman, an engineer in Irbid, was more hopeful. “The new pipeline will help,” he said.",
		}, "river", "Mahmoud Abu Rumman"},
		{"El", []string{
			"At the gates, union leader Youssef El Amrani, 39, said workers wanted a new contract.",
			"“We will stay out until the company signs,” El Amrani said.",
			"The port's director, Samir El Amrani, said the company had made a fair offer. “Five percent is what we can pay,” he said.",
		}, "stay out", "Youssef El Amrani"},
		{"Van der", []string{
			"Outside the court, farmer Pieter Van der Merwe, 66, said his family had worked the land for a century.",
			"“We bought this land and we have the papers,” Van der Merwe said.",
			"His brother, Johan Van der Merwe, who lives in Pretoria, said the family would accept mediation. “We want a fair end,” he said.",
		}, "papers", "Pieter Van der Merwe"},
		{"the namesake's own", []string{
			"Outside the court, farmer Pieter Van der Merwe, 66, said his family had worked the land for a century.",
			"His brother, Johan Van der Merwe, who lives in Pretoria, said the family would accept mediation. “We want a fair end,” he said.",
		}, "fair end", "Johan Van der Merwe"},
	})
}
