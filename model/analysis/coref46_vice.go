package analysis

import "slices"

// "Vice Governor Glenn Soco" is not "the governor": a title the article
// wrote after "Vice", "Deputy", "Lieutenant" or "Assistant" is a second
// office, the role "vice governor" (rolesAround), and a description
// means its holder only with the word ("the vice governor": descriptionHead
// and describedSpeaker read the role so); "the deputy minister" still
// means "Deputy Minister Pham Duc Minh".

// subordinateKeys are the words that make a title a second office.
var subordinateKeys = [...]string{"vice", "deputy", "lieutenant", "assistant"}

// subordinateKey reports whether w is one of subordinateKeys.
func subordinateKey(w string) bool { return slices.Contains(subordinateKeys[:], w) }
