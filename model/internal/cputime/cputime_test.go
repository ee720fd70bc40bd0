package cputime

import (
	"runtime"
	"testing"
)

// TestUsedMoves: busy work shows as CPU time where it can be read, so a
// benchmark's cpu rate is a real figure and not a division by zero.
func TestUsedMoves(t *testing.T) {
	t0, ok := used()
	if !ok {
		if runtime.GOOS != "windows" && runtime.GOOS != "plan9" && runtime.GOOS != "js" && runtime.GOOS != "wasip1" {
			t.Fatal("CPU time not readable on a unix system")
		}
		t.Skip("no CPU time on", runtime.GOOS)
	}
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i & 7
	}
	if t1, _ := used(); t1 <= t0 {
		t.Errorf("CPU time did not move over busy work (%v -> %v, %d)", t0, t1, x)
	}
}
