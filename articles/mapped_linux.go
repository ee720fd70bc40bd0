package articles

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// releaseMapped gives back the pages of the file at path that this
// process has mapped (bbolt reads its database through a read-only shared
// memory map). Every page read stays mapped until the map is remade, so a
// warm start that reads 50,000 summaries, or a cold one that stores as
// many analyses, would otherwise count most of the database as the
// reader's own memory. The pages stay in the system's file cache and are
// mapped again, quickly, when read again; their contents cannot change, as
// bbolt writes with write(2), never through the map.
func releaseMapped(path string) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasSuffix(line, " "+path) {
			continue
		}
		span, _, _ := strings.Cut(line, " ")
		from, to, ok := strings.Cut(span, "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(from, 16, 64)
		end, err2 := strconv.ParseUint(to, 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		syscall.Syscall(syscall.SYS_MADVISE, uintptr(start), uintptr(end-start), syscall.MADV_DONTNEED)
	}
}
