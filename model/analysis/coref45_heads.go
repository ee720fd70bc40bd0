package analysis

// Heads of unnamed sources that unnamedHeads (words.go) lacks: a jury
// speaks through its verdict and its citations as a panel does ("The
// jury, headed by cinematographer Dariush Farahani, praised the film's
// “restraint and moral clarity”").
var moreUnnamedHeads = wordSet(`jury juries jurors`)

func init() {
	for w := range moreUnnamedHeads {
		unnamedHeads[w] = true
	}
}
