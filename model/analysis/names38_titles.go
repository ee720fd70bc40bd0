package analysis

// Honorifics of age and standing that stand before a name but are not part
// of it: "Elder Ruth Makwa" (a community or church elder) and the Swahili
// "Mzee Juma Okello" ("old man", a term of respect) name Ruth Makwa and Juma
// Okello. Both are ordinary titles like "Sheikh" or "Rabbi"; a surname Elder
// follows its given name ("Larry Elder") and so is never stripped as a title.
func init() {
	for _, w := range []string{"elder", "mzee"} {
		personTitles[w] = true
	}
}
