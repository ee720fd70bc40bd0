package analysis

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/model"
)

// Every rule the sieve can name in Quote.Rule has a plain-words note, and
// no note outlives its rule: a rule added without one fails here.
func TestEveryRuleHasANote(t *testing.T) {
	inSieve := map[string]bool{}
	for _, p := range sieve {
		for _, r := range p {
			inSieve[r.name] = true
			note := model.RuleNote(r.name)
			switch {
			case note == "":
				t.Errorf("rule %q has no note in rule_notes.go", r.name)
			case note != strings.TrimSpace(note) || strings.HasSuffix(note, ".") || strings.ToLower(note[:1]) != note[:1]:
				// it ends a line after the speaker's name
				t.Errorf("rule %q: note %q should be lower case, trimmed, with no full stop", r.name, note)
			case len(note) > 60:
				t.Errorf("rule %q: note %q is longer than 60 bytes: it must fit a status line", r.name, note)
			}
		}
	}
	for name := range ruleNotes {
		if !inSieve[name] {
			t.Errorf("note for %q, which is no rule of the sieve", name)
		}
	}
	if model.RuleNote("") != "" || model.RuleNote("no-such-rule") != "" {
		t.Error("a quotation no rule decided has a note")
	}
}
