package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/model"
)

// More furniture that names the people who made the page rather than the
// people of the story (furn30):
//   - a credit line that opens with the work and "by": "Interview by Name",
//     "Photographs by Name", "Video by Name";
//   - a line that says who wrote the page: "This live blog is by Name",
//     "This article was written by Name";
//   - a name alone on a line at the top of the body, as a byline is set
//     without "By";
//   - a caption's credit after its last sentence: "… on the quay. Photo:
//     Name", "… (Photograph: Name)".

// workByOpenings open a line that credits a part of the page to its maker.
var workByOpenings = []string{"interview by ", "interviews by ", "interviewed by ", "photographs by ",
	"photographs: ", "photography: ", "pictures by ", "pictures: ", "video by ", "videos by ", "graphics by ",
	"graphic by ", "illustrations by ", "edited by ", "research by ", "filmed by ", "photos by ", "images by ",
	"photo credit: ", "words and pictures by ", "reporting and photography by ", "podcast produced by ",
	"audio produced by ", "video produced by "}

// creditColonLabels open a line that names who made the page, names and
// nothing else after them ("Words: Ana Ruiz", "Text and photos: Ana
// Ruiz"); not "Reporter:", which opens a question in a transcript.
var creditColonLabels = []string{"words: ", "story: ", "text: ", "text and photos: ", "text and pictures: ",
	"text and photographs: ", "words and pictures: ", "interview: ", "interviews: ", "reporting: ", "author: ",
	"writer: ", "written by: "}

// creditColonLine: t opens with one of creditColonLabels and names follow.
func creditColonLine(t, low string) bool {
	for _, l := range creditColonLabels {
		if strings.HasPrefix(low, l) {
			names := strings.Fields(strings.TrimRight(creditSeparators.Replace(t[len(l):]), ". "))
			return len(names) > 0 && len(names) <= 10 && allCapitalised(names)
		}
	}
	return false
}

// authorshipLine: a short line opening "This" that says who wrote the page
// or keeps it ("This live blog is by Ana Ruiz and Ivo Brandt.", "This
// article was written by Ana Ruiz."): the words after "by" are names and
// nothing else.
func authorshipLine(t string, nw int) bool {
	if nw > 25 || !(strings.HasPrefix(t, "This ") || strings.HasPrefix(t, "THIS ")) {
		return false
	}
	low := strings.ToLower(t)
	for _, v := range authorshipVerbs {
		k := strings.Index(low, v)
		if k < 0 || k > 40 {
			continue
		}
		// names and nothing more after "by": "… is by Ana Ruiz and Ivo
		// Brandt", not "This plan is by Ana Ruiz, she said"
		names := strings.Fields(strings.TrimRight(t[k+len(v):], ". "))
		r, _ := utf8.DecodeRuneInString(t[k+len(v):])
		return unicode.IsUpper(r) && len(names) <= 12 && allCapitalised(names) && !strings.ContainsAny(t[k+len(v):], ",;:\"“”")
	}
	return false
}

// authorshipVerbs say that the page is someone's work: " is by ".
var authorshipVerbs = []string{" is by ", " was by ", " is written by ", " was written by ", " was compiled by ",
	" is compiled by ", " was edited by ", " is edited by ", " was reported by ", " is curated by ", " was curated by ",
	" is being written by ", " is being updated by ", " was updated by "}

// nameAtTop: the i-th paragraph is a name, alone or with a role, a place
// or an outlet after it (bylineTail), among the
// first three of the body with only short ones before it (a headline, a
// standfirst: shortBefore) and story after it: a byline set without "By"
// ("Ana Ruiz", "Ana M. Ruiz"). Every word is a name's (signedName), and
// none the head of a body's name.
func nameAtTop(t string, i, n int, shortBefore bool) bool {
	if i > 2 || !shortBefore || i+1 >= n || len(t) > 70 {
		return false
	}
	var wordBuf [16]string // on the stack: the line is short
	words := appendFields(wordBuf[:0], t)
	k := bylineTail(words)
	if k < 2 || k > 4 || k < len(words) && len(t) > 70 {
		return false
	}
	for _, w := range words[:k] {
		w = strings.TrimRight(w, ",")
		if !signedName(w) || strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 2 {
			return false // a word of a name, or an initial
		}
		if bodyWords(strings.ToLower(w)) {
			return false // a body's name: "Major League Baseball"
		}
		if k < len(words) && len(w) > 1 && strings.ToUpper(w) == w {
			return false // a dateline's town: "NEW YORK, New York"
		}
	}
	return true
}

// bylineTail is where what follows a byline's name starts in words: a
// comma after the name and a role or an outlet in capitals ("Ana Ruiz,
// Energy Correspondent"), "in" and a place ("Ana Ruiz in Dunmore"), or a
// bar or a dash and the outlet ("Ana Ruiz | Harbour News"), each part
// as bylineRest allows; or len(words) when the line is the name alone,
// and -1 when the words after the name are not of that form.
func bylineTail(words []string) int {
	for k, w := range words {
		var rest []string
		bar := false
		switch {
		case w == "|" || w == "—" || w == "–":
			rest, bar = words[k+1:], true
		case w == "in":
			rest = words[k+1:]
		case strings.HasSuffix(w, ",") && k+1 < len(words):
			rest = words[k+1:]
			if rest[0] == "in" {
				rest = rest[1:]
			}
			k++ // the name ends with this word
		default:
			continue
		}
		if !bylineRest(rest, bar) {
			return -1
		}
		return k
	}
	return len(words)
}

// bylineRest reports whether the words after a byline's name are what
// bylines put there: up to eight words in parts split by bars and
// commas, each an outlet, a place or a role in capitals ("Harbour News",
// "Energy Correspondent"), a writer's role in any case, its last word
// saying what kind of writer ("Court reporter", "senior political
// correspondent"), or, after a bar, a date ("Ana Ruiz | 12 March 2026").
// A dateline's date after a comma is no byline's ("Dunmore, Kessary
// 2026-08-30").
func bylineRest(rest []string, bar bool) bool {
	if len(rest) == 0 || len(rest) > 8 || len(rest) > 4 && !bar {
		return false
	}
	for len(rest) > 0 {
		e := 0
		for e < len(rest) && rest[e] != "|" {
			e++
			if strings.HasSuffix(rest[e-1], ",") {
				break
			}
		}
		part := rest[:e]
		if len(part) == 0 || !capitalsPart(part) && !writerRole(part) && !(bar && datePart(part)) {
			return false
		}
		rest = rest[e:]
		if len(rest) > 0 && rest[0] == "|" {
			rest = rest[1:]
			bar = true
		}
	}
	return true
}

// capitalsPart: words with a capital each, "of", "and" or "for" between:
// an outlet's, a place's or a role's name. No date, as a dateline has. A
// channel's number may stand between capitalised words, as a broadcaster
// writes its name ("KXRV 9 News", "Kanal 7 Haber"): a figure neither
// opens nor closes the part, so "March 12" stays no outlet.
func capitalsPart(part []string) bool {
	for i, r := range part {
		if i > 0 && i < len(part)-1 && r != "" && strings.Trim(r, "0123456789") == "" {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(r); !unicode.IsUpper(c) && r != "of" && r != "and" && r != "for" {
			return false
		}
	}
	return true
}

// writerRole reports whether the words are a writer's role in any case
// ("Court reporter", "senior political correspondent,"): its last word
// says what kind of writer, every word is of letters, and no article
// opens it.
func writerRole(part []string) bool {
	if part[0] == "a" || part[0] == "an" || part[0] == "the" {
		return false // "Ana Ruiz, a reporter who …": the story's apposition
	}
	for _, w := range part {
		if !wordOfLetters(strings.TrimRight(w, ".,")) {
			return false
		}
	}
	return writerNouns[strings.ToLower(strings.Trim(part[len(part)-1], ".,"))]
}

// datePart: a date's words, figures and months ("12 March 2026",
// "March 12, 2026", "2026-03-12").
func datePart(part []string) bool {
	for _, w := range part {
		w = strings.TrimRight(w, ".,")
		if !calendarWords[strings.ToLower(w)] && strings.Trim(w, "0123456789-/") != "" {
			return false
		}
	}
	return true
}

// shortParagraphsBefore reports whether the paragraphs before the i-th are
// of 40 words or fewer each, as a headline and a standfirst are.
func shortParagraphsBefore(a *model.Article, i int) bool {
	for _, p := range a.Paragraphs[:i] {
		if countWords(a.Text[p.Start:p.End], 41) > 40 {
			return false
		}
	}
	return true
}

// creditLabels open a credit that closes a caption, as written.
var creditLabels = []string{"Photo: ", "Photos: ", "Photograph: ", "Photographs: ", "Picture: ", "Pictures: ",
	"Image: ", "Credit: ", "Photo credit: ", "Photo by ", "Photograph by ", "Picture by ", "Photography: "}

// creditSeparators part a credit's names from its agency: "Ana Ruiz/AP".
var creditSeparators = strings.NewReplacer("/", " ", ")", " ", ";", " ")

// creditLabelAtEnd finds a credit after a caption's last sentence: "… on
// the quay. Photo: Ana Ruiz", "… (Photograph: Ana Ruiz/Reuters)". The
// words after the label, eight at most, are all capitalised; only the
// paragraph's tail is read.
func creditLabelAtEnd(t string) (start, end int, ok bool) {
	e := strings.TrimRight(t, " .")
	from := max(0, len(e)-90)
	tail := e[from:]
	if !mayHoldCreditLabel(tail) {
		return 0, 0, false // most paragraphs
	}
	if !strings.Contains(tail, ": ") && !containsAround(tail, " by ", 1) {
		return 0, 0, false
	}
	k := -1
	var label string
	for _, l := range creditLabels {
		if j := strings.LastIndex(tail, l); j > k {
			k, label = j, l
		}
	}
	if k < 0 {
		return 0, 0, false
	}
	at := from + k
	words := strings.Fields(creditSeparators.Replace(e[at+len(label):]))
	if len(words) == 0 || len(words) > 8 || !allCapitalised(words) {
		return 0, 0, false
	}
	before := strings.TrimRight(e[:at], " ")
	if strings.HasSuffix(before, "(") || strings.HasSuffix(before, "[") {
		at = len(before) - 1
		before = strings.TrimRight(e[:at], " ")
	} else if strings.HasSuffix(e, ")") {
		return 0, 0, false // "(… Photo: Name)" opened before the label
	}
	if before != "" && !sentenceClosed(before) && !strings.HasSuffix(before, "|") {
		return 0, 0, false
	}
	return at, len(e), true
}

// reporterNote: a line near the article's end that says where its
// reporters wrote from or who helped, opening with their names: "Costa
// reported from Washington.", "Ana Ruiz contributed.", "Ruiz reported
// from Dunmore; Brandt, from Vellmouth." The words before the verb are
// capitalised names, six at most.
func reporterNote(t string, nw int) bool {
	if nw > 30 {
		return false
	}
	for _, v := range reporterVerbs {
		k := strings.Index(t, v)
		if k <= 0 {
			continue
		}
		names := strings.Fields(t[:k])
		if len(names) > 6 || !allCapitalised(names) {
			return false
		}
		rest := t[k+len(v):]
		return strings.HasPrefix(rest, " from ") || strings.HasPrefix(rest, " reporting") ||
			strings.HasPrefix(rest, " to this") || strings.TrimSpace(rest) == "."
	}
	return false
}

// reporterVerbs follow the reporters' names in a reporterNote.
var reporterVerbs = []string{" reported", " contributed"}

// slashCreditAtEnd finds a photographer's credit closing a caption with no
// label and no bracket: the caption's last sentence, then the name and the
// outlet joined by a slash, capitalised words alone ("… on the quay. Ana
// Ruiz/Harbour News"), six words at most.
func slashCreditAtEnd(t string) (start, end int, ok bool) {
	e := strings.TrimRight(t, " .")
	from := max(0, len(e)-70)
	if strings.IndexByte(e[from:], '/') < 0 {
		return 0, 0, false // no slash, none after the last sentence: most paragraphs
	}
	s := strings.LastIndex(e[from:], ". ")
	if s < 0 || !strings.Contains(e[from+s:], "/") {
		return 0, 0, false
	}
	at := from + s + 2
	tail := e[at:]
	if strings.Count(tail, "/") != 1 || strings.ContainsAny(tail, ",;:\"“”()") {
		return 0, 0, false
	}
	words := strings.Fields(strings.Replace(tail, "/", " ", 1))
	if len(words) < 3 || len(words) > 6 {
		return 0, 0, false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return 0, 0, false
		}
	}
	return at, len(e), true
}
