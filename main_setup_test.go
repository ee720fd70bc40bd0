package main

import (
	"os"
	"testing"
)

// TestMain keeps the tests' analysis cache out of the user's own.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "byline-cache")
	if err == nil {
		os.Setenv("BYLINE_CACHE", dir)
	}
	code := m.Run()
	if err == nil {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}
