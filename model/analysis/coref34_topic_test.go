package analysis

import "testing"

// TestTopicPersonStaysInReach: the person an article is about, named far
// more often than anyone else, stays in reach of a he or she however long
// the passage since their name, above one named in passing that the
// sentences since have pushed back (coref34_topic.go).
func TestTopicPersonStaysInReach(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an obituary's subject", []string{
			"Helga Brandt, the painter who filled the old mill at Dunmore with colour, has died at 91.",
			"Brandt was born in Dunmore in 1934. She studied in Oslo, and Brandt returned in 1960, when Brandt bought the mill.",
			"The critic Ada Kerrow remembered a shy student. The mill was restored in 1975. Its roof was replaced twice. The town bought it in 1990. The paintings stayed on its walls.",
			"“I never wanted to leave,” she said in 2001.",
		}, "never wanted", "Helga Brandt"},
		// regressions: a person named as often as the topic is no topic
		{"two people named as often", []string{
			"Helga Brandt and Ada Kerrow opened the gallery in 1984. Brandt painted and Kerrow sold.",
			"Brandt left in 1990, and Brandt moved to Oslo, where she taught. Kerrow stayed, and Kerrow bought the building in 1995.",
			"The critic Mia Falk reviewed its first show. The gallery was restored in 2005. Its roof was replaced twice. The town bought it in 2010. The paintings stayed on its walls.",
			"“Nothing sold that year,” she said in 2001.",
		}, "Nothing sold", "Mia Falk"},
	})
}
