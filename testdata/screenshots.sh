#!/bin/sh
# screenshots.sh makes the README's pictures from the real binary: it runs
# byline on its bundled articles in tmux, drives it with keys, captures
# each screen with its colours (tmux capture-pane -e) and draws it with
# freeze (SVG) and rsvg-convert (PNG), in a dark and a light theme.
#
# Needs tmux, freeze (go install github.com/charmbracelet/freeze@v0.2.2;
# its PNG output crashes here, its SVG does not), rsvg-convert (Debian:
# librsvg2-bin) and the DejaVu Sans Mono font. Run from anywhere:
#
#	sh testdata/screenshots.sh
set -eu
cd "$(dirname "$0")/.."
out=docs/pictures
mkdir -p "$out"
work=$(mktemp -d)
trap 'for s in "$work"/sock-*; do tmux -S "$s" kill-server 2>/dev/null || true; done; rm -rf "$work"' EXIT
go build -o "$work/byline" .
go build -o "$work/fullsgr" ./testdata/fullsgr
freeze=$(command -v freeze || echo "$(go env GOPATH)/bin/freeze")

W=120
H=34

# shot THEME NAME KEYS... starts byline afresh, sends the keys (a word
# "wait:TEXT" waits until TEXT is on screen) and captures the screen.
shot() {
	theme=$1 name=$2
	shift 2
	# a server per picture: a server just killed may still hold its socket
	sock=$work/sock-$name-$theme
	tmux -S "$sock" -f /dev/null new-session -d -x "$W" -y "$H" \
		"env TERM=xterm-256color COLORTERM=truecolor BYLINE_CACHE=$work/cache $work/byline --bundled --theme $theme"
	tmux -S "$sock" set-option -g default-terminal tmux-256color >/dev/null
	for k in "$@"; do
		case $k in
		wait:*)
			n=0
			until tmux -S "$sock" capture-pane -p | grep -qF -- "${k#wait:}"; do
				n=$((n + 1))
				if [ $n -gt 150 ]; then
					echo "$name ($theme): never saw ${k#wait:}" >&2
					tmux -S "$sock" capture-pane -p >&2
					exit 1
				fi
				sleep 0.1
			done
			;;
		text:*) tmux -S "$sock" send-keys -l -- "${k#text:}" ;;
		*) tmux -S "$sock" send-keys -- "$k" ;;
		esac
		sleep 0.2
	done
	sleep 0.5
	tmux -S "$sock" capture-pane -e -p >"$work/$name-$theme.ansi"
	tmux -S "$sock" kill-server
	# tmux writes each style as a change from the last, freeze reads each
	# on its own: fullsgr writes them in full, in the theme's colours
	case $theme in
	dark) bg="#1E1E1E" colours="-fg 230,230,230 -bg 30,30,30" ;;
	light) bg="#FFFFFF" colours="-fg 26,26,26 -bg 255,255,255" ;;
	esac
	# shellcheck disable=SC2086
	"$work/fullsgr" $colours <"$work/$name-$theme.ansi" >"$work/$name-$theme.fg.ansi"
	"$freeze" --language ansi --background "$bg" --window=false --padding 20 --margin 0 \
		--font.family "DejaVu Sans Mono" --font.size 14 --line-height 1.25 --border.radius 6 --width 1080 \
		-o "$work/$name-$theme.svg" "$work/$name-$theme.fg.ansi" >/dev/null
	rsvg-convert -b "$bg" -o "$out/$name-$theme.png" "$work/$name-$theme.svg"
	echo "$out/$name-$theme.png"
}

for theme in dark light; do
	shot "$theme" list-preview wait:"Who said what"
	shot "$theme" article wait:"Who said what" / text:"walk out" Enter wait:filtered Enter wait:"tab next quote" C-d Tab
	shot "$theme" people wait:"Who said what" p wait:"quotations ·"
	shot "$theme" entity wait:"Who said what" p wait:"quotations ·" Enter wait:"Quotations ("
done
