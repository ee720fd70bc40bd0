package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// feedServer serves the web package's test page and feed on 127.0.0.1.
func feedServer(t *testing.T) *httptest.Server {
	t.Helper()
	return growingFeedServer(t, nil)
}

// laterItem is the item the feed gains once the test sets more: its page is
// missing, so the feed's own text is saved.
const laterItem = `<item>
<title>Harbour lights to be lit again</title>
<link>BASE/missing-later</link>
<guid isPermaLink="false">courier-2026-0306-lights</guid>
<pubDate>Fri, 06 Mar 2026 07:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The lights along the Port Wren harbour wall will be lit again from April, the town council said on Thursday.</p><p>"Sailors have asked for this for years," said the harbour master, Rhian Dale.</p>]]></content:encoded>
</item>
`

// feedSwitch changes what growingFeedServer serves and counts its feed's
// fetches.
type feedSwitch struct {
	more    atomic.Bool  // the RSS feed has one more item, a newer one
	fetches atomic.Int32 // of the RSS feed
}

// growingFeedServer is feedServer whose RSS feed sw changes (sw may be nil).
func growingFeedServer(t *testing.T, sw *feedSwitch) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	serve := func(route, file, ctype string) {
		data, err := os.ReadFile(filepath.Join("articles", "web", "testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		data = bytes.ReplaceAll(data, []byte("BASE"), []byte(srv.URL))
		grown := bytes.Replace(data, []byte("</channel>"), bytes.ReplaceAll([]byte(laterItem+"</channel>"), []byte("BASE"), []byte(srv.URL)), 1)
		mux.HandleFunc(route, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			if sw != nil && route == "/feed.rss" {
				sw.fetches.Add(1)
				if sw.more.Load() {
					w.Write(grown)
					return
				}
			}
			w.Write(data)
		})
	}
	serve("/article.html", "article.html", "text/html; charset=utf-8")
	serve("/feed.rss", "rss2.xml", "application/rss+xml")
	serve("/atom.xml", "atom.xml", "application/atom+xml")
	return srv
}

// userDirs points byline's data, state and config folders into a fresh
// temporary home for one test.
func userDirs(t *testing.T) string {
	home := t.TempDir()
	for _, v := range []string{"XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"} {
		t.Setenv(v, filepath.Join(home, v))
	}
	return home
}

func runOK(t *testing.T, args ...string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(args, &out, &errb); code != 0 {
		t.Fatalf("byline %s: exit %d\n%s%s", strings.Join(args, " "), code, out.String(), errb.String())
	}
	return out.String(), errb.String()
}

func speakers(t *testing.T, js string) map[string]bool {
	t.Helper()
	var arts []struct {
		Path   string
		Quotes []struct{ Speaker *string }
	}
	if err := json.Unmarshal([]byte(js), &arts); err != nil {
		t.Fatalf("%v\n%s", err, js)
	}
	out := map[string]bool{}
	for _, a := range arts {
		for _, q := range a.Quotes {
			if q.Speaker != nil {
				out[*q.Speaker] = true
			}
		}
	}
	return out
}

func TestSubscriptions(t *testing.T) {
	srv := feedServer(t)
	home := userDirs(t)

	// nothing saved yet: --json prints the bundled articles, fetching nothing
	out, _ := runOK(t, "--json")
	if !strings.Contains(out, "russia-ukraine-truce-talks") {
		t.Fatalf("empty library did not give the bundled articles:\n%.300s", out)
	}

	// a page that links its feed subscribes to the feed
	out, _ = runOK(t, "add", srv.URL+"/article.html")
	if !strings.Contains(out, "subscribed to The Calder Courier: News") || !strings.Contains(out, "2 items, 2 new") {
		t.Errorf("add said %q", out)
	}
	runOK(t, "add", srv.URL+"/atom.xml")
	out, _ = runOK(t, "feeds")
	for _, w := range []string{`The Calder Courier: News <` + regexp.QuoteMeta(srv.URL) + `/feed.rss>\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+2\s+2\s*\n`, `Wren Valley Voice.*\s1\s+1\s*\n`} {
		if !regexp.MustCompile(w).MatchString(out) {
			t.Errorf("feeds does not match %s:\n%s", w, out)
		}
	}
	out, _ = runOK(t, "refresh")
	if !strings.Contains(out, "[2/2]") || !strings.Contains(out, "0 new") {
		t.Errorf("refresh said %q", out)
	}

	// the library now holds three articles, read with who-said-what
	out, _ = runOK(t, "--json")
	sp := speakers(t, out)
	for _, w := range []string{"Marta Quill", "Owen Pryce", "Bryn Ashe"} {
		if !sp[w] {
			t.Errorf("library's quotations lack speaker %s (have %v)", w, sp)
		}
	}
	if strings.Contains(out, "russia-ukraine") {
		t.Error("--json printed the bundled articles beside the library")
	}
	out, _ = runOK(t, "--json", "--bundled")
	if !strings.Contains(out, "russia-ukraine-truce-talks") {
		t.Error("--bundled did not give the bundled articles")
	}
	files, _ := filepath.Glob(filepath.Join(home, "XDG_DATA_HOME", "byline", "articles", "127.0.0.1", "*.md"))
	if len(files) != 3 {
		t.Errorf("saved %d files, want 3: %v", len(files), files)
	}

	// export, remove, import
	opml, _ := runOK(t, "export")
	if !strings.Contains(opml, `<opml version="2.0">`) || strings.Count(opml, "xmlUrl=") != 2 {
		t.Errorf("export:\n%s", opml)
	}
	out, _ = runOK(t, "remove", srv.URL+"/atom.xml")
	if !strings.Contains(out, "unsubscribed") {
		t.Errorf("remove said %q", out)
	}
	f := filepath.Join(home, "subs.opml")
	hostile := strings.Replace(opml, "<body>", `<body><outline text="bad &#x202e;title" xmlUrl="http://127.0.0.1:1/feed"/><outline text="space" xmlUrl="http://127.0.0.1/a b"/><outline text="js" xmlUrl="javascript:alert(1)"/>`, 1)
	os.WriteFile(f, []byte(hostile), 0o644)
	out, _ = runOK(t, "import", f)
	if !strings.Contains(out, "imported 2 of 5 feeds") {
		t.Errorf("import said %q", out)
	}
	if out, _ = runOK(t, "feeds"); strings.ContainsAny(out, "\x1b\x07\u202e") || !strings.Contains(out, "bad title <http://127.0.0.1:1/feed>") {
		t.Errorf("feeds printed a control character:\n%q", out)
	}

	// mistakes end in one clear line and a failing status
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"add"}, 2, "usage: byline add URL"},
		{[]string{"add", "notaurl"}, 1, "is not a web address"},
		{[]string{"add", "http://127.0.0.1/\x1b[2Jfeed"}, 1, `\x1b[2Jfeed" is not a web address`},
		{[]string{"remove", "http://127.0.0.1:1/x"}, 1, "not subscribed"},
		{[]string{"import", filepath.Join(home, "none.opml")}, 1, "no such file"},
		{[]string{"--json", srv.URL + "/nowhere"}, 1, "404 Not Found"},
	} {
		var o, e bytes.Buffer
		if code := run(c.args, &o, &e); code != c.code || !strings.Contains(e.String(), c.msg) {
			t.Errorf("byline %v: exit %d, stderr %q; want %d and %q", c.args, code, e.String(), c.code, c.msg)
		}
	}
}

func TestOpenURL(t *testing.T) {
	srv := feedServer(t)
	userDirs(t)
	out, _ := runOK(t, "--json", srv.URL+"/article.html")
	sp := speakers(t, out)
	if !sp["Marta Quill"] || !sp["Owen Pryce"] {
		t.Errorf("speakers %v", sp)
	}
	if !strings.Contains(out, `"title": "Ferry to Calder Isle will sail again by spring"`) {
		t.Errorf("output:\n%.400s", out)
	}
}

// TestFeedInTmux subscribes to a feed on a local server, refreshes, opens
// the reader in a real terminal and sees an item's speakers.
func TestFeedInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a terminal")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	var sw feedSwitch
	srv := growingFeedServer(t, &sw)
	home := userDirs(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "byline")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	socket := filepath.Join(dir, "tmux.sock")
	tmux := func(args ...string) string {
		out, err := exec.Command("tmux", append([]string{"-S", socket}, args...)...).CombinedOutput()
		if err != nil && args[0] != "kill-server" {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	t.Cleanup(func() { tmux("kill-server") })
	start := func() {
		script := fmt.Sprintf("%s; echo EXITED:$?; sleep 10", bin)
		cmd := exec.Command("tmux", "-S", socket, "new-session", "-d", "-x", "110", "-y", "32", "sh", "-c", script)
		cmd.Env = append(os.Environ(), "TERM=xterm-256color",
			"XDG_DATA_HOME="+filepath.Join(home, "XDG_DATA_HOME"),
			"XDG_STATE_HOME="+filepath.Join(home, "XDG_STATE_HOME"),
			"XDG_CONFIG_HOME="+filepath.Join(home, "XDG_CONFIG_HOME"))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("tmux new-session: %v\n%s", err, out)
		}
	}
	waitFor := func(step string, want ...string) {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for {
			s := tmux("capture-pane", "-p")
			ok := true
			for _, w := range want {
				ok = ok && strings.Contains(s, w)
			}
			if ok {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: screen lacks %q:\n%s", step, want, s)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	keys := func(k ...string) { tmux(append([]string{"send-keys", "-t", "0"}, k...)...) }

	// nothing saved: the bundled articles, and how to add a feed
	start()
	waitFor("empty library", "Porpoise deaths", "Subscribe to a feed with: byline add URL")
	keys("q")
	waitFor("quit", "EXITED:0")
	tmux("kill-server")

	for _, args := range [][]string{{"add", srv.URL + "/feed.rss"}, {"refresh"}} {
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			t.Fatalf("byline %v: %v\n%s", args, err, out)
		}
	}
	start()
	waitFor("start", "Ferry to Calder Isle", "Lifeboat crew honoured")
	// the reader refreshes the subscription as it opens
	waitFor("refresh on start", "Refreshed 1 feed: 0 new articles.")
	for _, k := range []string{"g", "Enter"} {
		keys(k)
	}
	waitFor("open item", "Who said what", "Marta Quill", "Owen Pryce")
	// r clears the status line: once the feed is fetched again, the line
	// that shows is the new refresh's
	refresh := func() {
		t.Helper()
		n := sw.fetches.Load()
		keys("r")
		for deadline := time.Now().Add(15 * time.Second); sw.fetches.Load() == n; time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("r fetched nothing")
			}
		}
	}
	refresh()
	waitFor("refresh with r", "Refreshed 1 feed: 0 new articles.")
	// a refresh that brings an item lists it at once, unread, newest first;
	// the opened article is read
	sw.more.Store(true)
	refresh()
	waitFor("refresh with a new item", "Refreshed 1 feed: 1 new article.", "Harbour lights to be lit again", "byline · 2 unread")
	keys("Escape")
	waitFor("back to the list", "enter read")
	keys("g")
	keys("Enter")
	waitFor("open the new item", "Who said what", "Rhian Dale")
	keys("q")
	waitFor("quit", "EXITED:0")
}
