package analysis

import "testing"

// TestAgeBand: "the teenager" names the one person in reach whose written
// age is 13 to 19.
func TestAgeBand(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a teenager", []string{
			"Aigerim Nurlanovna, 14, won the Asian junior chess title on Sunday, beating Mehmet Yilmaz, 31, in the final round.",
			"Her coach, Anand Rao, said she had prepared for two months. “She is the hardest worker I have trained,” Rao said.",
			"“I want to become a grandmaster before I am 16,” the teenager said.",
		}, "grandmaster before", "Aigerim Nurlanovna"},
	})
}

// TestAgeFits: a written age fits the same number or a span that holds it.
func TestAgeFits(t *testing.T) {
	cases := []struct {
		written, age string
		want         bool
	}{
		{"14", "14", true}, {"14", "15", false}, {"14", "13-19", true}, {"19", "13-19", true},
		{"20", "13-19", false}, {"", "13-19", false}, {"84", "80-89", true},
	}
	for _, c := range cases {
		if got := ageFits(c.written, c.age); got != c.want {
			t.Errorf("ageFits(%q, %q) = %v, want %v", c.written, c.age, got, c.want)
		}
	}
}
