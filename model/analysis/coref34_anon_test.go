package analysis

import "testing"

// TestUnnamedSpeakerBroughtIn: a sentence that opens with an indefinite
// description of a person who speaks brings in someone the article does
// not name; "“…,” she said" after it in the paragraph is that person, so
// the quotation shows the description ("a woman who lives near the
// plant" as "a woman") rather than the speaker of the paragraph before
// (coref34_anon.go).
func TestUnnamedSpeakerBroughtIn(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a description with a relative clause", []string{
			"“The water is safe,” said Dr. Mara Ellison, the county health officer.",
			"A woman who lives near the plant told reporters that her children had been sick for weeks. “Nobody listens to us,” she said.",
		}, "Nobody listens", "a woman"},
		{"a description set off by commas", []string{
			"“The water is safe,” said Dr. Mara Ellison, the county health officer.",
			"A neighbour, who asked not to be named, said her children had been sick for weeks. “Nobody listens to us,” she said.",
		}, "Nobody listens", "a neighbour"},
		{"one of many", []string{
			"“The water is safe,” said Dr. Mara Ellison, the county health officer.",
			"One mother said her children had been sick for weeks. “Nobody listens to us,” she said.",
		}, "Nobody listens", "one mother"},
		{"a paragraph of quoted words after it", []string{
			"“The water is safe,” said Dr. Tomas Ellison, the county health officer.",
			"A police spokesman said three people were detained and later released.",
			"“The situation is calm,” he said.",
		}, "situation is calm", "a police spokesman"},
		// regressions: a name in the description's sentence, or a pronoun
		// of the other gender, leaves the chains as they were
		{"a name in apposition", []string{
			"“The water is safe,” said Dr. Mara Ellison, the county health officer.",
			"A neighbour, Ada Lund, said her children had been sick for weeks. “Nobody listens to us,” she said.",
		}, "Nobody listens", "Ada Lund"},
		{"a person asked", []string{
			"Tomas Reed toured the plant on Monday.",
			"A reporter asked Reed whether the water was safe. “I drink it every day,” he said.",
		}, "drink it", "Tomas Reed"},
		{"the other gender", []string{
			"“The water is safe,” said Dr. Tomas Ellison, the county health officer.",
			"A woman who lives near the plant told reporters that her children had been sick for weeks. “We test it daily,” he said.",
		}, "test it daily", "Tomas Ellison"},
	})
}

// TestUnnamedPersonActs: the person an indefinite description brings in
// need not speak in that sentence to be the one a she after it means.
func TestUnnamedPersonActs(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"no speech verb", []string{
			"“The house was empty when we arrived,” said Capt. Mara Ellison, a brigade spokeswoman.",
			"A woman in a grey coat left flowers at the gate. “He was kind to everyone,” she said.",
		}, "kind to everyone", "a woman"},
	})
}

// TestUnnamedPersonWithAnother: a sentence that brings in an unnamed
// person and refers to a named one by a pronoun is about both, and a he
// after it is left to the named chains.
func TestUnnamedPersonWithAnother(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a pronoun for the named one", []string{
			"Tomas Reed flew ferries on the north route for twenty years.",
			"A friend called him the calmest man on the water. He retired in 2019. “I miss the sea every day,” he said.",
		}, "miss the sea", "Tomas Reed"},
	})
}
