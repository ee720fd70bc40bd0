package analysis

import "testing"

// TestSportSecondReference: a player named after their country's
// possessive is the subject of the sentence, whom "the Ethiopian" or "the
// 24-year-old" in the paragraph of quoted words after it means; a name in
// the quoted words is no rival (coref45_subject.go, attribute_demonym.go,
// coref36_age.go).
func TestSportSecondReference(t *testing.T) {
	lead := []string{
		"BERLIN - Kenya's Faith Kipyegon won the Berlin Marathon on Sunday in a course record.",
		"“I came here to run fast,” Kipyegon said.",
	}
	runSpeakerCases(t, []speakerCase{
		{"a demonym after a country's possessive", append(append([]string{}, lead...),
			"Ethiopia's Tigst Assefa, the defending champion, finished second, 40 seconds behind.",
			"“She was too strong today. I will come back,” the Ethiopian said."), "come back", "Tigst Assefa"},
		{"a name in the quoted words is no rival", append(append([]string{}, lead...),
			"Tigst Assefa finished second, 40 seconds behind.",
			"“Faith was too strong today. I will come back,” the Ethiopian said."), "come back", "Tigst Assefa"},
		{"an age in the next paragraph", append(append([]string{}, lead...),
			"In the men's race, Jacob Kiplimo held off a late challenge from two Kenyans.",
			"“The last five kilometres were very hard,” the 24-year-old said."), "very hard", "Jacob Kiplimo"},
	})
}

// TestPersonOfPhrase: a name followed by an "of" phrase naming where they
// serve is the subject of the verb after it (coref45_subject.go).
func TestPersonOfPhrase(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"of a ward, a verb with a complement", []string{
			"The Greater Dunmore Corporation said the drains were ready.",
			"Opposition members walked out of the meeting after the Mayor rejected a demand for a white paper.",
			"Councillor Ann Reed of Ward 171 described the Corporation's response as “an exercise in damage control.”",
		}, "damage control", "Ann Reed"},
		{"of an office cut at its possessive", []string{
			"The court jailed two men on Monday.",
			"“This verdict shows that leaving the country does not mean leaving justice behind,” prosecutor Ana Reed of the Vell Prosecutor’s Office told reporters after the hearing.",
		}, "leaving justice", "Ana Reed"},
	})
}
