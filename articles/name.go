package articles

import (
	"path"
	"regexp"
)

// nameDate finds a date anywhere in a file name, written 2016-09-19 or
// 20160919, not inside a longer run of digits.
var nameDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)(-?)(0[1-9]|1[0-2])(-?)(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)`)

// nameSource is the name of a source before an underscore that a date
// follows at once, as in nyt_2016-09-19_slug.txt.
var nameSource = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9-]{0,23})_(?:19|20)\d\d-?\d\d-?\d\d`)

// FromName reads what a file's name says of its article: a date
// (YYYY-MM-DD or YYYYMMDD anywhere in the base name, given back as
// YYYY-MM-DD) and a source (a short prefix before an underscore and the
// date). Either is "" when the name does not say. The text's own date and
// source, where it has them, take precedence.
func FromName(name string) (date, source string) {
	base := path.Base(filepathSlash(name))
	if m := nameDate.FindStringSubmatch(base); m != nil && m[2] == m[4] {
		date = m[1] + "-" + m[3] + "-" + m[5]
	}
	if m := nameSource.FindStringSubmatch(base); m != nil {
		source = m[1]
	}
	return date, source
}
