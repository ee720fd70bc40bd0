package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// keyMap is the one key map of the reader. Panes match against it with
// key.Matches and build their help from it, so the help always tells the
// truth about what a key does where.
type keyMap struct {
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding

	Open, Back, Forward, List key.Binding

	NextLink, PrevLink       key.Binding
	NextMention, PrevMention key.Binding
	Filter, Help, Quit       key.Binding

	// Refresh fetches the subscriptions again; enabled only when the
	// reader was given a way to (App.WithRefresh).
	Refresh key.Binding
}

func defaultKeys() keyMap {
	return keyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/space", "page down")),

		Open:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:    key.NewBinding(key.WithKeys("backspace", "["), key.WithHelp("backspace", "back")),
		Forward: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "forward")),
		List:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "article list")),

		NextLink:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next quote or name")),
		PrevLink:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous")),
		NextMention: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next mention")),
		PrevMention: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous mention")),

		Filter: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Help:   key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:   key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),

		Refresh: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh feeds"), key.WithDisabled()),
	}
}

// paneHelp is the help of one pane: a few bindings for the status line and
// groups of them for the full help. It implements help.KeyMap.
type paneHelp struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h paneHelp) ShortHelp() []key.Binding  { return h.short }
func (h paneHelp) FullHelp() [][]key.Binding { return h.full }

// scrollKeys are the bindings every scrolling page shares.
func (k keyMap) scrollKeys() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
}

// globalKeys work everywhere outside a filter prompt.
func (k keyMap) globalKeys() []key.Binding {
	return []key.Binding{k.Back, k.Forward, k.List, k.Help, k.Quit}
}

// wheelLines is how far a turn of the mouse wheel scrolls: three lines, up
// or down.
func wheelLines(msg tea.MouseWheelMsg) int {
	switch msg.Mouse().Button {
	case tea.MouseWheelUp:
		return -3
	case tea.MouseWheelDown:
		return 3
	}
	return 0
}
