// Package store keeps what byline fetches from the web: the saved
// articles (ordinary Markdown files), the subscriptions (config.toml) and
// the small state that goes with them (read marks, reading positions,
// each feed's fetch state).
package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
)

// ErrNoHome is returned when no folder for byline's files can be found:
// neither the XDG variable nor a home folder is set.
var ErrNoHome = errors.New("no home folder to keep byline's files in (set HOME or XDG_DATA_HOME)")

// DataDir is where saved articles go: $XDG_DATA_HOME/byline, else the
// system's user data folder.
func DataDir() (string, error) {
	return userDir("XDG_DATA_HOME", localDir("share"))
}

// StateDir is where read marks and fetch state go: $XDG_STATE_HOME/byline,
// else the system's equivalent.
func StateDir() (string, error) {
	return userDir("XDG_STATE_HOME", localDir("state"))
}

// localDir is the system's folder for a user's local files under home:
// ~/.local/<leaf> on Linux and the like, the application folders on macOS
// and Windows (which keep data and state together).
func localDir(leaf string) func(home string) string {
	return func(home string) string {
		switch runtime.GOOS {
		case "darwin":
			return filepath.Join(home, "Library", "Application Support")
		case "windows":
			if d := os.Getenv("LocalAppData"); d != "" {
				return d
			}
			return filepath.Join(home, "AppData", "Local")
		}
		return filepath.Join(home, ".local", leaf)
	}
}

// ConfigDir is where config.toml lives: $XDG_CONFIG_HOME/byline, else the
// system's user config folder.
func ConfigDir() (string, error) {
	if d := os.Getenv("XDG_CONFIG_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "byline"), nil
	}
	d, err := os.UserConfigDir()
	if err != nil || d == "" {
		return "", ErrNoHome
	}
	return filepath.Join(d, "byline"), nil
}

func userDir(env string, fallback func(home string) string) (string, error) {
	// the XDG specification ignores relative paths
	if d := os.Getenv(env); filepath.IsAbs(d) {
		return filepath.Join(d, "byline"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return "", ErrNoHome
	}
	return filepath.Join(fallback(home), "byline"), nil
}

// WriteFileAtomic writes data to name so that a reader (or a crash) sees
// either the old file or the new one, never a part: a temporary file in
// the same folder, flushed to disk, then renamed over the old one.
func WriteFileAtomic(name string, data []byte, perm os.FileMode) (err error) {
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, name); err != nil {
		return err
	}
	// the rename itself is made durable by syncing the folder; some
	// systems cannot open a folder for that, which is not an error
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
