package analysis

import "strings"

// A caption that opens with its credit: "Photo | Ana Ruiz | The minister
// addresses journalists", "Photo: Ana Ruiz — The minister …". The
// photographer is no person of the story; the caption after the credit
// is the story's. creditLabelAtStart returns the credit's span, the label
// to the mark after the name: a label of a picture (Photo, Photograph,
// Picture, Image, Credit), a bar or a colon, one to five words of the
// name with no full stop, and a bar or a dash.
func creditLabelAtStart(t string) (int, int, bool) {
	// the labels' first two bytes first: the furniture asks of every
	// paragraph, and few open so; no label is shorter than five bytes
	if len(t) < 5 {
		return 0, 0, false
	}
	switch t[:2] {
	case "Ph", "PH", "Pi", "PI", "Im", "Cr":
	default:
		return 0, 0, false
	}
	return creditLabelSpan(t)
}

// creditLabelSpan is creditLabelAtStart past its look at the first two
// bytes: the labels, the bar or colon, the name and the mark after it.
func creditLabelSpan(t string) (int, int, bool) {
	label := ""
	for _, l := range [...]string{"Photo", "Photograph", "Picture", "Image", "Credit", "PHOTO", "PICTURE"} {
		if strings.HasPrefix(t, l) {
			label = l
			break
		}
	}
	if label == "" {
		return 0, 0, false
	}
	rest := strings.TrimLeft(t[len(label):], " ")
	if !strings.HasPrefix(rest, "|") && !strings.HasPrefix(rest, ":") {
		return 0, 0, false
	}
	from := len(t) - len(rest) + 1
	for _, mark := range [...]string{" | ", " — ", " – "} {
		at := strings.Index(t[from:], mark)
		if at < 0 {
			continue
		}
		name := strings.TrimSpace(t[from : from+at])
		if n := len(strings.Fields(name)); n == 0 || n > 5 || strings.ContainsAny(name, ".,;") {
			return 0, 0, false
		}
		return 0, from + at, true
	}
	return 0, 0, false
}
