package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMain keeps the tests' analysis cache, saved articles, state and
// settings out of the user's own.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "byline-cache")
	if err == nil {
		os.Setenv("BYLINE_CACHE", dir)
		for _, v := range []string{"XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"} {
			os.Setenv(v, filepath.Join(dir, v))
		}
	}
	code := m.Run()
	removeBenchFolders()
	if err == nil {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}
