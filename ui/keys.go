package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
)

// keyMap is the one key map of the reader. Panes match against it with
// key.Matches and build their help from it (the list's own key map too),
// so the help always tells the truth about what a key does where.
type keyMap struct {
	Up, Down, Top, Bottom, PageUp, PageDown, HalfUp, HalfDown key.Binding

	Open, Back, Forward, List, People key.Binding

	NextLink, PrevLink       key.Binding
	NextMention, PrevMention key.Binding
	// Why goes to the words that name the speaker of the quotation under
	// the cursor, and back again.
	Why key.Binding
	// Search is / in an article; NextMatch and PrevMatch take over n and N
	// while a search is on, and ClearSearch takes esc.
	Search, NextMatch, PrevMatch, ClearSearch key.Binding
	Copy, OpenURL, Edit                       key.Binding
	// Kind switches the people index between people and the rest.
	Kind key.Binding

	Filter, Help, Quit key.Binding

	// Refresh fetches the subscriptions again; enabled only when the
	// reader was given a way to (App.WithRefresh).
	Refresh key.Binding
}

func defaultKeys() keyMap {
	return keyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("b/pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("space/pgdn", "page down")),
		HalfUp:   key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half page up")),
		HalfDown: key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half page down")),

		Open:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:    key.NewBinding(key.WithKeys("backspace", "["), key.WithHelp("backspace", "back")),
		Forward: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "forward")),
		List:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "article list")),
		People:  key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "people")),

		NextLink:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next quote or name")),
		PrevLink:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous")),
		NextMention: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next mention")),
		PrevMention: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous mention")),
		Why:         key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "who says so")),

		Search:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:   key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		ClearSearch: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "end search")),
		Copy:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy quotation")),
		OpenURL:     key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open in browser")),
		Edit:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit file")),
		Kind:        key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "people / places and organisations")),

		Filter: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Help:   key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:   key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),

		Refresh: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh feeds"), key.WithDisabled()),
	}
}

// listKeys is the key map of a bubbles list made from the reader's own,
// so that the list moves on the same keys as every other page and its
// help names them. Help and quit are the reader's, not the list's.
func (k keyMap) listKeys() list.KeyMap {
	m := list.DefaultKeyMap()
	m.CursorUp, m.CursorDown = k.Up, k.Down
	m.PrevPage, m.NextPage = k.PageUp, k.PageDown
	m.GoToStart, m.GoToEnd = k.Top, k.Bottom
	m.Filter = k.Filter
	off := key.NewBinding(key.WithDisabled())
	m.ShowFullHelp, m.CloseFullHelp, m.Quit, m.ForceQuit = off, off, off, off
	return m
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
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Top, k.Bottom}
}

// globalKeys work everywhere outside a prompt.
func (k keyMap) globalKeys() []key.Binding {
	return []key.Binding{k.People, k.Back, k.Forward, k.List, k.Help, k.Quit}
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
