package analysis

// isClubLetters is clubLetters[w] without the map: the test is asked of
// the last word of every mention and of the word after it, most of which
// are no two to six letters opening with A, B, C, F or S.
func isClubLetters(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	switch w[0] {
	case 'A', 'B', 'C', 'F', 'S':
	default:
		return false
	}
	switch w {
	case "FC", "AFC", "CF", "FK", "SK", "BK", "F.C.", "A.F.C.":
		return true
	}
	return false
}
