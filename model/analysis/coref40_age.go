package analysis

import "strconv"

// Ages by their span of years: "the teenager", "the octogenarian" name the
// one person in reach whose written age falls in the span ("Aigerim
// Nurlanovna, 14," is "the teenager"), as "the 14-year-old" names one of
// 14 (desc34_age.go).

// ageBands give, for a noun of an age span, the span as "lo-hi".
var ageBands = map[string]string{"teenager": "13-19", "teen": "13-19", "septuagenarian": "70-79",
	"octogenarian": "80-89", "nonagenarian": "90-99", "centenarian": "100-130"}

// ageFits reports whether a written age is the age of a description: the
// same number, or one in its span.
func ageFits(written, age string) bool {
	if written == age || written == "" {
		return written == age
	}
	lo, hi, ok := ageSpan(age)
	if !ok {
		return false
	}
	n, err := strconv.Atoi(written)
	return err == nil && lo <= n && n <= hi
}

// ageSpan reads an ageBands span.
func ageSpan(age string) (lo, hi int, ok bool) {
	for i := 0; i < len(age); i++ {
		if age[i] == '-' {
			a, err1 := strconv.Atoi(age[:i])
			b, err2 := strconv.Atoi(age[i+1:])
			return a, b, err1 == nil && err2 == nil
		}
	}
	return 0, 0, false
}
