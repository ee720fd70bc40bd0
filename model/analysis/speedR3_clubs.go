package analysis

// clubLetterForms are the lower-case forms of the words clubNames' test
// takes (clubLettersOf): each word of clubLetters, alone or with a full
// stop written onto it. clubLetters is written in capitals, so these are
// its words lowered.
var clubLetterForms = func() []string {
	var fs []string
	for w := range clubLetters {
		fs = append(fs, lower(w), lower(w)+".")
	}
	return fs
}()

// writesClubLetters reports whether some token of the article has a form
// of clubLetterForms (writesForm): a token the test of club letters takes
// is one of clubLetters, or one with a full stop after it, as written, and
// so has one of these forms. Most articles have none, and clubNames then
// need not ask the test of every mention's last word and the word after
// it (nor seek "SC", which counts only beside one of them).
func writesClubLetters(tz *tokenized) bool {
	for _, f := range clubLetterForms {
		if writesForm(tz, f) {
			return true
		}
	}
	return false
}
