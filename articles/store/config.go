package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/BurntSushi/toml"
)

// Config is config.toml: the subscriptions and the settings that go with
// them.
type Config struct {
	// Theme is "dark" or "light" to fix the reader's colours, or "auto"
	// (the default) to follow the terminal's background.
	Theme string `toml:"theme,omitempty"`
	// Refresh says when subscriptions are fetched.
	Refresh Refresh `toml:"refresh"`
	// Feeds are the subscriptions, in the order they were added.
	Feeds []Feed `toml:"feed"`
}

// Refresh holds the refresh settings.
type Refresh struct {
	// OnStart refreshes the subscriptions in the background when the
	// reader opens the library (default true).
	OnStart *bool `toml:"on_start,omitempty"`
	// MaxItems is how many of a feed's newest items are kept each
	// refresh (default 50).
	MaxItems int `toml:"max_items,omitzero"`
}

// Feed is one subscription.
type Feed struct {
	URL   string `toml:"url"`
	Title string `toml:"title,omitempty"`
	Site  string `toml:"site,omitempty"`
}

// DefaultMaxItems is how many items of a feed a refresh keeps unless the
// configuration says otherwise.
const DefaultMaxItems = 50

// ItemLimit is Refresh.MaxItems or its default.
func (c *Config) ItemLimit() int {
	if c.Refresh.MaxItems > 0 {
		return c.Refresh.MaxItems
	}
	return DefaultMaxItems
}

// RefreshOnStart is Refresh.OnStart or its default.
func (c *Config) RefreshOnStart() bool {
	return c.Refresh.OnStart == nil || *c.Refresh.OnStart
}

// Find returns the index of the subscription to url, or -1.
func (c *Config) Find(url string) int {
	for i, f := range c.Feeds {
		if f.URL == url {
			return i
		}
	}
	return -1
}

// ConfigFile is the path of config.toml in the user config folder.
func ConfigFile() (string, error) {
	d, err := ConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "config.toml"), nil
}

// LoadConfig reads a config file; a missing file is an empty
// configuration. Keys byline does not know are returned as warnings, so a
// misspelt setting is not silently ignored.
func LoadConfig(path string) (*Config, []string, error) {
	c := &Config{}
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return c, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(c)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	var warn []string
	for _, k := range md.Undecoded() {
		warn = append(warn, fmt.Sprintf("%s: unknown setting %q, ignored", path, k.String()))
	}
	sort.Strings(warn)
	return c, warn, nil
}

// SaveConfig writes the configuration atomically. Comments in the file
// are not kept: the file is rewritten from what was read.
func SaveConfig(path string, c *Config) error {
	var b bytes.Buffer
	b.WriteString("# byline's settings and subscriptions; `byline add URL` and `byline remove URL` edit the feeds.\n")
	if err := toml.NewEncoder(&b).Encode(c); err != nil {
		return err
	}
	return WriteFileAtomic(path, b.Bytes(), 0o644)
}
