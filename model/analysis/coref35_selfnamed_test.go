package analysis

import "testing"

// TestSelfNamed: a phrase by which someone gives the name they go by
// names the person the phrase brings in, and its herself, himself, her or
// his is that person, not one named before (coref35_selfnamed.go).
func TestSelfNamed(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"identified herself as", []string{
			"Transport Minister Ines Valk said on Monday that the ferries would run on time. Valk said new crews would start in May. Valk has held the post since 2020, and Valk faces questions this week.",
			"A thread on a commuters' forum drew hundreds of replies. The first poster, who later identified herself as Olga Brenner, a deckhand in Holm, wrote that her boat had sailed short of crew all winter. Several colleagues agreed. The operator made no comment.",
			"“We cannot keep doing double shifts,” she said.",
		}, "double shifts", "Olga Brenner"},
		{"gave his name as", []string{
			"Mayor Tomas Grell opened the new bridge on Saturday. Grell said it had cost less than planned. Grell cut the ribbon, and Grell thanked the builders.",
			"A man in the crowd, who gave his name as Piet Abel, said the old bridge had been closed for two years. Traffic had gone through the town centre. Shops had lost trade.",
			"“It was about time,” he said.",
		}, "about time", "Piet Abel"},
		// a nickname of a person just named brings in no one
		{"known as, of a person just named", []string{
			"Tomas Grell ran the family boatyard for forty years.",
			"Piet Abel, whose father built boats there, remembers Mr. Grell, known as Tom, as a loud presence on the slipway. His clearest memory is of a launch in 1970.",
			"“The whole town came down to watch,” he said.",
		}, "whole town", "Piet Abel"},
	})
}

// TestSelfNamedSpeaker: a speaker phrase without a name followed by the
// name the person gave is shown as that name (selfNamedSpeaker); a name
// the phrase gives as another's stays out.
func TestSelfNamedSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"gave her name as", []string{
			"Transport Minister Ines Valk said on Monday that the ferries were running on time.",
			"“Nobody at the ministry takes the boat,” said a commuter who gave her name only as Olga Brenner.",
		}, "Nobody at the ministry", "Olga Brenner"},
		{"identified himself as, set off by commas", []string{
			"Mayor Tomas Grell opened the new bridge on Saturday.",
			"A man, who identified himself as Piet Abel, told reporters: “It should have been built ten years ago.”",
		}, "ten years ago", "Piet Abel"},
		// unchanged
		{"another's relative", []string{
			"Mayor Tomas Grell opened the new bridge on Saturday.",
			"“It should have been built ten years ago,” said a man who described himself as Grell's cousin.",
		}, "ten years ago", "a man"},
	})
}
