package analysis

import "strings"

// The linking's fixed word lists asked of a token's lower-case form that
// round two left as map look-ups, registered in the lexicon (lexicon.go).

var (
	lxPersonRole   = newLexBit(&personRoles)       // trimmedMentions
	lxPostNominal  = newLexBit(&postNominalForms)  // trimmedMentions, before postNominals and barRanks
	lxBodyHead     = newLexBit(&recog45BodyHeads)  // bodyOfFields
	lxKinNoun      = newLexBit(&kinNouns)          // kinBefore (isKinNoun)
	lxDescModifier = newLexBit(&descModifierForms) // kinBefore (isDescriptionModifier)
)

// postNominalForms are the lower-case forms of the words of postNominals
// and barRanks, every one ASCII: a token written as one of them has its
// form here, so a token whose form is not here is none of them, and the
// two maps, asked of the word as written, need not be.
var postNominalForms = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{postNominals, barRanks} {
		for w, in := range set {
			if in {
				m[strings.ToLower(w)] = true
			}
		}
	}
	return m
}()

// probeForm is a form with the hash and prefix the article's table of
// forms is probed by, worked out once.
type probeForm struct {
	w      string
	h, pre uint64
}

func newProbeForm(w string) probeForm { return probeForm{w, formHash(w), formPrefix(w)} }

var ofForm, forForm = newProbeForm("of"), newProbeForm("for")

// probeSlot is the slot of the form k.w in the article's table of forms
// (tz.forms holds it at every token of the form), or -1 when the article
// does not write it.
func probeSlot(tz *tokenized, k probeForm) int32 {
	if i, ok := tz.vocabIndex(k.w, k.h, k.pre); ok {
		return int32(i)
	}
	return -1
}

// descModifierForms are the words descriptionModifier answers yes to:
// its three lists and the words it names.
var descModifierForms = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{roleModifiers, moreRoleModifiers, jurisdictionModifiers} {
		for w, in := range set {
			if in {
				m[w] = true
			}
		}
	}
	for _, w := range descModifierWords {
		m[w] = true
	}
	return m
}()

// descModifierWords are the words descriptionModifier names beside its
// lists (TestSpeedK5Lex holds descModifierForms to it).
var descModifierWords = []string{"new", "top", "longtime", "veteran", "incumbent", "presidential", "republican", "democratic",
	"junior", "senior", "outgoing"}
