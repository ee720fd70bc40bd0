package analysis

import "testing"

// TestOtherSideAfterTag: where a tag's pronoun in a later sentence than
// the one person named before it voted for them, a pronoun of the other
// gender after it, before another name, is someone else: it votes not for
// that person (genders' lastVoted, coref.go).
func TestOtherSideAfterTag(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a tag after a quotation of two sentences", []string{
			"KAMPALA - Cassava growers in eastern Uganda protested on Tuesday against a cut in the price paid by a starch factory.",
			"Nakato Wamala, who farms four acres near Jinja, said she had sold at a loss. “I cannot pay the school fees,” she said. A neighbour, Okello Mugisha, who delivered six tonnes on Monday, was more patient. “The factory always pays late. The price will come back in June,” he said.",
			"“We cannot keep waiting,” she said, loading sacks onto a truck.",
		}, "keep waiting", "Nakato Wamala"},
		{"a tag after three quoted sentences", []string{
			"SUVA - Sugar cane cutters on Viti Levu walked off the job on Monday.",
			"Litia Naivalu, a cutter from Ba, said her gang had not been paid for a month. Another cutter, Sekove Ravuvu, who leads the gang at Rarawai, spoke for the men. “We cut in the rain. We cut in the heat. We want our money,” he said.",
			"“My children eat once a day,” she said.",
		}, "once a day", "Litia Naivalu"},
	})
}
