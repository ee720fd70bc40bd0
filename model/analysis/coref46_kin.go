package analysis

import "strings"

// Kin written as compounds: "brother-in-law", "grandson", "stepmother",
// "half-sister", "great-grandfather" tell the gender their last kin noun
// tells, as "brother" and "mother" do (describedGender).

// kinPrefixes are the parts a compound of kin adds before the noun.
var kinPrefixes = []string{"great-", "great", "grand", "step-", "step", "half-", "ex-"}

// compoundKinGender is the gender of a compound of a kin noun: the noun
// left after "-in-law" and the prefixes of kin are taken off, where
// something was taken off and the rest tells a gender; "" otherwise.
func compoundKinGender(w string) string {
	if len(w) < 6 {
		return ""
	}
	rest := strings.TrimSuffix(w, "-in-law")
	for again := true; again; {
		again = false
		for _, p := range kinPrefixes {
			if len(rest) > len(p)+2 && strings.HasPrefix(rest, p) {
				rest, again = rest[len(p):], true
				break
			}
		}
	}
	if rest == w {
		return ""
	}
	switch {
	case feminineNouns[rest] || rest == "daughter" || rest == "mother":
		return "f"
	case masculineNouns[rest]:
		return "m"
	}
	return ""
}
