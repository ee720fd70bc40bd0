package analysis

import "testing"

// TestParagraphTopic: the person the first sentence of a paragraph names
// as its subject or speaker stays in view for the paragraph, so a she
// several sentences on is that witness, not the article's topic or the
// speaker of the paragraph before (coref35_topic.go).
func TestParagraphTopic(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the next witness", []string{
			"Ines Valk, who owned the boatyard that burned in April, told the court on Monday that she had been sent letters for a year.",
			"Valk said the letters came each Friday. Valk kept them in a tin. Asked why she had not gone to the police, Valk said she was afraid. “I hoped it would end,” Valk said.",
			"The second witness, Olga Brenner, a retired nurse, said she had heard a crash before the flames. The jury was shown a plan of the yard. The slipway had been locked. Firefighters came within a quarter of an hour. “The whole hull was glowing,” she said.",
		}, "hull was glowing", "Olga Brenner"},
		{"a paragraph that names its subject in its second sentence", []string{
			"Ines Valk, the harbour master, said on Monday that the quay would reopen. Valk said repairs were done. Valk has run the harbour since 2019, and Valk is to report to the council.",
			"The closure angered the fishing crews. Skipper Olga Brenner, who lost a week of catches, wrote to the council about it. Other crews backed the letter. The council has not replied. Repairs took a month. The harbour lost trade. “Nobody asked us,” she said.",
		}, "Nobody asked", "Olga Brenner"},
		{"called to the stand", []string{
			"Ines Valk, who owned the boatyard that burned in April, told the court on Monday that she had been sent letters for a year. Valk said the letters came each Friday. Asked why she had not gone to the police, Valk said she was afraid. “I hoped it would end,” Valk said.",
			"The hearing resumed at noon, and the insurer called Olga Brenner, a retired nurse, to the stand. The jury was shown a plan of the yard. The slipway had been locked. Firefighters came within a quarter of an hour. “The whole hull was glowing,” she said.",
		}, "hull was glowing", "Olga Brenner"},
		{"the court heard from", []string{
			"Ines Valk, who owned the boatyard that burned in April, told the court on Monday that she had been sent letters for a year. Valk said the letters came each Friday. Asked why she had not gone to the police, Valk said she was afraid. “I hoped it would end,” Valk said.",
			"The court then heard from Olga Brenner, a retired nurse. The jury was shown a plan of the yard. The slipway had been locked. Firefighters came within a quarter of an hour. “The whole hull was glowing,” she said.",
		}, "hull was glowing", "Olga Brenner"},
		// another subject later in the paragraph takes the topic over
		{"a later subject", []string{
			"Ines Valk told the court she had seen the flames from her window. Valk said she called the brigade at once. Valk was calm, Valk said, until the roof fell.",
			"Valk was recalled on Tuesday, and Valk repeated her account. Olga Brenner, a neighbour, disagreed with it. The lights had been off. The gate was shut. “The yard was empty,” she said.",
		}, "yard was empty", "Olga Brenner"},
		// unchanged: the speaker named in the quotation's own sentence
		{"the nearer speaker", []string{
			"Ines Valk told the court she had seen the flames from her window.",
			"Olga Brenner then took the stand. Valk was recalled later that day, and she repeated her account. “The yard was empty,” she said.",
		}, "yard was empty", "Ines Valk"},
	})
}
