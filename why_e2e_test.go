package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestWhyInTmux checks the evidence of a speaker in a real terminal at
// 40x15: tab to a quotation whose speaker is named a long sentence above,
// read why at the foot, w to the words, w back.
func TestWhyInTmux(t *testing.T) {
	fixture, _ := filepath.Abs("ui/testdata/why")
	term := startInTmux(t, 40, 15, "--theme", "dark", fixture)
	term.waitFor("start", "Ferry strike ends")
	term.keys("Enter")
	term.waitFor("open", "Who said what")
	// tab until the evidence names Ann Reed's words
	found := false
	for i := 0; i < 20 && !found; i++ {
		found = strings.Contains(term.press("Tab"), "“Ann Reed, who … said”")
	}
	if !found {
		t.Fatalf("no evidence for Ann Reed's quotation:\n%s", term.screen())
	}
	term.waitFor("evidence", "colon ending the paragraph before", "w who says so")
	if strings.Contains(term.screen(), "has led the ferry") {
		t.Fatalf("the words should be out of view before w:\n%s", term.screen())
	}
	term.keys("w")
	term.waitFor("w", "has led the ferry", "w back to the quotation")
	term.keys("w")
	term.waitFor("w again", "w who says so", "years.” — Ann Reed")
	if strings.Contains(term.screen(), "has led the ferry") {
		t.Fatalf("w did not come back to the quotation:\n%s", term.screen())
	}
	term.keys("q")
	term.waitFor("quit", "EXITED:0")
}
