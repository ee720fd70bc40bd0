package analysis

import "testing"

// TestClauseAndPairSubjects: a person who opens a clause of their own
// after ", and" is its subject, and two people joined by "and" are a pair
// no later he or she is sure to mean; a pronoun after them goes on with
// the person the passage is about (coref45_gender.go).
func TestClauseAndPairSubjects(t *testing.T) {
	open := []string{
		"WINNIPEG - Mahnaz Varga has run a bakery on Ellice Avenue since 2009.",
		"“The cold is nothing,” she says.",
	}
	runSpeakerCases(t, []speakerCase{
		{"the subject of a clause after and", append(open,
			"She has begun handing over the early shifts. Kelo Amadi now opens the shop three mornings a week, and Varga has started teaching a free class.",
			"“I want to finish with the young ones,” she says."), "young ones", "Mahnaz Varga"},
		{"a pair after a plural noun", append(open,
			"She has begun handing over the early shifts. Two former trainees, Kelo Amadi and Oyo Tesfu, now open the shop three mornings a week.",
			"“I want to finish with the young ones,” she says."), "young ones", "Mahnaz Varga"},
		{"a pair as the subject", append(open,
			"She has begun handing over the early shifts. Kelo Amadi and Oyo Tesfu now open the shop three mornings a week.",
			"“I want to finish with the young ones,” she says."), "young ones", "Mahnaz Varga"},
		// one person named alone after her is whom "she" means
		{"one person alone", append(open,
			"She has begun handing over the early shifts. Amara Tesfu now opens the shop three mornings a week.",
			"“I want to finish with the young ones,” she says."), "young ones", "Amara Tesfu"},
	})
}

// TestFrontedTopic: "For Tam, …" opens a sentence about Tam, and the
// pronoun after it goes on with him, not with the subject named before
// (coref45_gender.go).
func TestFrontedTopic(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"for a person, comma", []string{
			"BEN TRE - Nguyen Van Tam has farmed rice on the same three hectares for four decades.",
			"Salt water has pushed 90 kilometres inland this season.",
			"Deputy Minister Pham Duc Minh, visiting the province last week, said the strategy was shifting.",
			"He said the ministry would help farmers switch to crops that tolerate brackish water.",
			"For Tam, such plans feel distant. His wife now fills plastic jars from a water truck.",
			"“My father never saw this,” he said.",
		}, "father never saw", "Nguyen Van Tam"},
		{"a person named in a phrase further in is no topic", []string{
			"BEN TRE - Nguyen Van Tam has farmed rice on the same three hectares for four decades.",
			"Salt water has pushed 90 kilometres inland this season.",
			"Deputy Minister Pham Duc Minh, visiting the province last week, said the strategy was shifting.",
			"He said the ministry would help farmers like Tam switch to crops that tolerate brackish water.",
			"“We cannot fight the sea everywhere,” he said.",
		}, "fight the sea", "Pham Duc Minh"},
	})
}
