package articles

import (
	"strings"
	"testing"
)

func TestFrontMatter(t *testing.T) {
	cases := []struct {
		name, md                     string
		title, section, date, author string
		titleAt                      bool // the title is found in the file
		warning                      string
		bodyStarts                   string
	}{
		{name: "YAML, plain",
			md:    "---\ntitle: Harbour strike ends\nsection: Business\ndate: 2026-03-04\n---\nBody.\n",
			title: "Harbour strike ends", section: "Business", date: "2026-03-04", titleAt: true, bodyStarts: "Body."},
		{name: "YAML, double quotes with escapes",
			md:    "---\ntitle: \"Union says \\\"no\\\" to caf\\u00e9 \\x26 bar\"\n---\nBody.\n",
			title: `Union says "no" to café & bar`, titleAt: true, bodyStarts: "Body."},
		{name: "YAML, single quotes",
			md:    "---\ntitle: 'Varga''s plan: a bridge'\n---\nBody.\n",
			title: "Varga's plan: a bridge", titleAt: true, bodyStarts: "Body."},
		{name: "YAML, folded title",
			md:    "---\ntitle: >-\n  Harbour strike ends\n  after nine days\nauthor: Jane Doe\n---\nBody.\n",
			title: "Harbour strike ends after nine days", author: "Jane Doe", titleAt: true, bodyStarts: "Body."},
		{name: "YAML, literal title",
			md:    "---\ntitle: |\n  Harbour strike\n  ends\n---\nBody.\n",
			title: "Harbour strike ends", titleAt: true, bodyStarts: "Body."},
		{name: "YAML, escaped line break",
			md:    "---\ntitle: \"Harbour strike \\\n  ends\"\n---\nBody.\n",
			title: "Harbour strike ends", titleAt: true, bodyStarts: "Body."},
		{name: "YAML, lists and a comment",
			md:    "---\ntitle: Harbour strike ends # checked\nauthor: [Ana Ruiz, Li Wei]\ncategory:\n  - Business\n---\nBody.\n",
			title: "Harbour strike ends", author: "Ana Ruiz, Li Wei", section: "Business", titleAt: true, bodyStarts: "Body."},
		{name: "YAML, closed with dots",
			md:    "---\ntitle: Harbour strike ends\n...\nBody.\n",
			title: "Harbour strike ends", titleAt: true, bodyStarts: "Body."},
		{name: "YAML, after a byte-order mark, CRLF",
			md:    "\uFEFF---\r\ntitle: Harbour strike ends\r\n---\r\nBody.\r\n",
			title: "Harbour strike ends", titleAt: true, bodyStarts: "Body."},
		{name: "YAML, empty",
			md:    "---\n---\n# Harbour strike ends\n\nBody.\n",
			title: "Harbour strike ends", titleAt: true, bodyStarts: "\n\nBody."},
		{name: "TOML",
			md:    "+++\ntitle = \"Union says \\\"no\\\"\"\nsection = 'Business'\ndate = 2026-03-04\nauthors = [\"Ana Ruiz\", \"Li Wei\"]\n\n[extra]\ntitle = \"not this one\"\n+++\nBody.\n",
			title: `Union says "no"`, section: "Business", date: "2026-03-04", author: "Ana Ruiz, Li Wei", titleAt: true, bodyStarts: "Body."},
		{name: "TOML, multi-line title",
			md:    "+++\ntitle = \"\"\"\nHarbour strike \\\n  ends\"\"\"\n+++\nBody.\n",
			title: "Harbour strike ends", titleAt: true, bodyStarts: "Body."},
		{name: "TOML, literal title",
			md:    "+++\ntitle = 'C:\\ports\\anselm'\n+++\nBody.\n",
			title: `C:\ports\anselm`, titleAt: true, bodyStarts: "Body."},
		// errors
		{name: "YAML that does not parse: read as lines, with a warning",
			md:    "---\ntitle: Varga says: no\nsection: Politics\n---\nBody.\n",
			title: "Varga says: no", section: "Politics", titleAt: true,
			warning:    "Front matter is not valid YAML (mapping values are not allowed in this context); its lines were read as plain key-value pairs.",
			bodyStarts: "Body."},
		{name: "YAML duplicate key",
			md:    "---\ntitle: One\ntitle: Two\n---\nBody.\n",
			title: "Two", titleAt: true,
			warning:    "(line 3: key \"title\" is given twice)",
			bodyStarts: "Body."},
		{name: "YAML that is not a mapping",
			md:    "---\n- a\n- b\n---\nBody.\n",
			title: "x", warning: "it is not a list of keys and values", bodyStarts: "Body."},
		{name: "TOML that does not parse",
			md:    "+++\ntitle = Harbour strike ends\n+++\nBody.\n",
			title: "Harbour strike ends", titleAt: true, warning: "Front matter is not valid TOML (line 2:",
			bodyStarts: "Body."},
		{name: "never closed: not front matter",
			md:    "---\ntitle: Harbour\n\nBody.\n",
			title: "x", bodyStarts: "---"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse("x.md", []byte(c.md))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != c.title || a.Section != c.section || a.Date != c.date || a.Author != c.author {
				t.Errorf("title %q section %q date %q author %q", a.Title, a.Section, a.Date, a.Author)
			}
			if (c.warning == "") != (a.Warning == "") || !strings.Contains(a.Warning, c.warning) {
				t.Errorf("warning %q, want one with %q", a.Warning, c.warning)
			}
			if body := a.Text[a.Body.Start:a.Body.End]; !strings.HasPrefix(body, c.bodyStarts) {
				t.Errorf("body %q does not start with %q", body, c.bodyStarts)
			}
			if has := a.TitleAt.End > a.TitleAt.Start; has != c.titleAt {
				t.Fatalf("title found in the file: %v, want %v", has, c.titleAt)
			}
			if c.titleAt {
				if got := strings.Join(strings.Fields(a.Plain(a.TitleAt)), " "); got != a.Title {
					t.Errorf("the title's span reads %q (%q in the file)", got, a.Text[a.TitleAt.Start:a.TitleAt.End])
				}
				if prose := a.Prose()[a.TitleAt.Start:a.TitleAt.End]; strings.Contains(prose, `\"`) || strings.Contains(prose, `\u`) || strings.Contains(prose, "''") {
					t.Errorf("the analysis reads the title as %q", prose)
				}
			}
		})
	}
}
