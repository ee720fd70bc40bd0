package analysis

// quoteStart is tokenAt of quotation qi's start, as newAttributor found
// it and findAround kept it (qs, where ok; -1 where no token lies at or
// after the start): the rules ask it of a quotation many times.
func (at *attributor) quoteStart(qi int) int {
	if qi < len(at.arounds) {
		if a := at.arounds[qi]; a.ok {
			return a.qs
		}
		return -1
	}
	return at.tokAt(at.a.Quotes[qi].Start)
}
