// Package cputime measures the CPU time a benchmark loop uses. On a shared
// machine the wall clock moves with other people's work; the process's own
// CPU time moves far less, so benchmarks report a rate by it as well.
package cputime

import (
	"testing"
	"time"
)

// Meter is a reading of the process's CPU time taken when a loop starts.
type Meter struct {
	start time.Duration
	ok    bool
}

// Start reads the process's CPU time now.
func Start() Meter {
	t, ok := used()
	return Meter{start: t, ok: ok}
}

// Report adds the metric "cpu-<unit>/s": n units done since Start, per
// second of CPU time. Where CPU time cannot be read it reports nothing.
func (m Meter) Report(b *testing.B, n float64, unit string) {
	if t, ok := used(); ok && m.ok && t > m.start {
		b.ReportMetric(n/(t-m.start).Seconds(), "cpu-"+unit+"/s")
	}
}
