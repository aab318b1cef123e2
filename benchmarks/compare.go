package main

import (
	"net/url"
	"runtime"
	"slices"
	"time"
)

// result is what the comparison measured for one run.
type result struct {
	run
	// best holds each page's fastest time over the passes.
	best []time.Duration
	// texts holds each page's text, from the first pass.
	texts []string
	// errs counts the pages whose extraction failed; firstErr is the first.
	errs     int
	firstErr error
	// allocBytes and allocs are the means per page from the allocation pass.
	allocBytes, allocs float64
}

// compare times every run on every page. For each page it does each run
// once per pass, in an order that rotates between passes so that none
// always runs just after the same other one, and keeps each page's fastest
// time: the run least disturbed by the garbage collector, the scheduler
// and the other processes on the machine, so that the figure is the
// extractor's own cost. Allocation is measured afterwards, in a pass of its
// own per run (see measureAllocs), since reading the memory statistics
// stops the world and would disturb the timings.
func compare(pages []page, runs []run, passes int) []result {
	results := make([]result, len(runs))
	for i, r := range runs {
		results[i] = result{
			run:   r,
			best:  make([]time.Duration, len(pages)),
			texts: make([]string, len(pages)),
		}
	}
	for pi, p := range pages {
		u := pageURL(p)
		for pass := range passes {
			for k := range runs {
				r := &results[(k+pass)%len(runs)]
				start := time.Now()
				text, err := safeExtract(r.run, p, u)
				d := time.Since(start)
				if pass == 0 {
					r.texts[pi] = text
					if err != nil {
						r.errs++
						if r.firstErr == nil {
							r.firstErr = err
						}
					}
				}
				if pass == 0 || d < r.best[pi] {
					r.best[pi] = d
				}
			}
		}
	}
	for i := range results {
		results[i].allocBytes, results[i].allocs = measureAllocs(pages, results[i].run)
	}
	return results
}

// measureAllocs does r once on every page and returns the mean bytes and
// objects it allocated per page, from the runtime's cumulative counters
// (runtime.MemStats TotalAlloc and Mallocs), which count every allocation
// whether or not it is still live.
func measureAllocs(pages []page, r run) (bytes, objects float64) {
	urls := make([]*url.URL, len(pages))
	for i, p := range pages {
		urls[i] = pageURL(p)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i, p := range pages {
		safeExtract(r, p, urls[i])
	}
	runtime.ReadMemStats(&after)
	n := float64(len(pages))
	return float64(after.TotalAlloc-before.TotalAlloc) / n, float64(after.Mallocs-before.Mallocs) / n
}

// pageURL returns the page's address, or nil when it has none that parses.
func pageURL(p page) *url.URL {
	u, err := url.Parse(p.url)
	if err != nil || p.url == "" {
		return nil
	}
	return u
}

// ratioMedian returns the median over pages of each page's time divided by
// the floor's time on the same page.
func ratioMedian(best, floor []time.Duration) float64 {
	rs := make([]float64, 0, len(best))
	for i := range best {
		if floor[i] > 0 {
			rs = append(rs, float64(best[i])/float64(floor[i]))
		}
	}
	slices.Sort(rs)
	n := len(rs)
	switch {
	case n == 0:
		return 0
	case n%2 == 1:
		return rs[n/2]
	}
	return (rs[n/2-1] + rs[n/2]) / 2
}

// median returns the middle of the sorted durations, the mean of the two
// middle ones for an even count.
func median(sorted []time.Duration) time.Duration {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// percentile returns the nearest-rank q-th percentile (0 < q <= 100) of the
// sorted durations: the smallest value at least q% of them do not exceed.
func percentile(sorted []time.Duration, q float64) time.Duration {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	rank := int(float64(n)*q/100+0.9999999) - 1
	return sorted[min(max(rank, 0), n-1)]
}

func sortedCopy(ds []time.Duration) []time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s
}

func sum(ds []time.Duration) time.Duration {
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return t
}
