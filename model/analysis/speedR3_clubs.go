package analysis

// clubLetterForms are the lower-case forms of the words clubNames' test
// takes (clubLettersOf): each word of clubLetters, alone or with a full
// stop written onto it. clubLetters is written in capitals, so these are
// its words lowered. Each is kept with its hash and prefix (formHash,
// formPrefix), which every article would otherwise work out again.
var clubLetterForms = func() []formQuery {
	var fs []formQuery
	for w := range clubLetters {
		fs = append(fs, newFormQuery(lower(w)), newFormQuery(lower(w)+"."))
	}
	return fs
}()

// formQuery is a form to seek in an article's table of forms, with its
// hash and prefix.
type formQuery struct {
	w      string
	h, pre uint64
}

func newFormQuery(w string) formQuery { return formQuery{w, formHash(w), formPrefix(w)} }

// writesClubLetters reports whether some token of the article has a form
// of clubLetterForms (as writesForm, by the article's table of forms): a
// token the test of club letters takes is one of clubLetters, or one with
// a full stop after it, as written, and so has one of these forms. Most
// articles have none, and clubNames then need not ask the test of every
// mention's last word and the word after it (nor seek "SC", which counts
// only beside one of them).
func writesClubLetters(tz *tokenized) bool {
	for _, q := range clubLetterForms {
		if _, ok := tz.vocabIndex(q.w, q.h, q.pre); ok {
			return true
		}
	}
	return false
}
