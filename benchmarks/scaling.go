package main

import (
	"fmt"
	"io"
	"net/url"
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"
)

// synthURL is the address the synthetic page is parsed as coming from.
var synthURL, _ = url.Parse("https://www.example-news.com/news/2024/03/long-read.html")

// trials is how many times each scaling measurement is repeated; the
// fastest counts, as in the comparison.
const trials = 3

// synthSizes are the sizes of the synthetic page, smallest first: the first
// is the reference the others' time per byte is compared with.
var synthSizes = []int{100e3, 1e6, 5e6, 20e6}

// runThroughput prints the pages per second of e and of the html.Parse
// floor on one and on two cores: one goroutine with GOMAXPROCS 1, then two
// goroutines with GOMAXPROCS 2, so that each core count includes the work
// of the garbage collector, which runs on the same cores. A last row runs
// one goroutine with GOMAXPROCS 2, the collector's work then taken by the
// otherwise idle second core, as in a server that is not busy.
func runThroughput(w io.Writer, pages []page, e run, rounds int) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "throughput on the corpus, %d passes over every page, fastest of %d trials\n\n", rounds, trials)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "extractor\tcores (GOMAXPROCS)\tgoroutines\tpages/s\tMB/s\tspeed-up\t")
	meanBytes := float64(totalBytes(pages)) / float64(len(pages))
	for _, x := range []run{e, floorRun} {
		var one float64
		for _, c := range []struct{ procs, workers int }{{1, 1}, {2, 2}, {2, 1}} {
			runtime.GOMAXPROCS(c.procs)
			rate := throughput(pages, x, c.workers, rounds)
			if one == 0 {
				one = rate
			}
			fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t%.1f\t%.2f×\t\n", x.label(), c.procs, c.workers, rate, rate*meanBytes/1e6, rate/one)
		}
	}
	tw.Flush()
	fmt.Fprintln(w, "\nspeed-up: pages/s over the first row's (one goroutine on one core).")
}

// runSizes prints the time per byte and the peak heap of e on the synthetic
// page at each of synthSizes; limit is e's default input limit, stated so
// that the reader sees the pages are under it. The corpus should no longer
// be held in memory: it would raise the collector's goal and so the peak.
func runSizes(w io.Writer, e run, limit int) {
	fmt.Fprintf(w, "\none synthetic article page grown in size, %s (default input limit %d MiB)\n\n", e.label(), limit>>20)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "size\tbytes\ttext KB\tms\tns/byte\t× 100 KB\tpeak heap MB\tpeak heap × size\t")
	var ref float64
	for _, size := range synthSizes {
		doc := synthPage(size)
		text, d, err := timeExtract(e, doc)
		if err != nil {
			fmt.Fprintf(tw, "%s\t%d\terror: %v\t\n", sizeName(size), len(doc), err)
			continue
		}
		perByte := float64(d.Nanoseconds()) / float64(len(doc))
		if ref == 0 {
			ref = perByte
		}
		peak := peakHeap(e, doc)
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.1f\t%.1f\t%.2f\t%.1f\t%.1f\t\n", sizeName(size), len(doc),
			float64(text)/1e3, ms(d), perByte, perByte/ref, float64(peak)/1e6, float64(peak)/float64(len(doc)))
	}
	tw.Flush()
	fmt.Fprintln(w, "\nns/byte: the fastest of several runs (20 at 100 KB, 3 at 20 MB), each after a forced GC.")
	fmt.Fprintln(w, "peak heap: the most heap in use (runtime/metrics heap objects + unused spans, i.e. MemStats.HeapInuse),")
	fmt.Fprintln(w, "sampled every 100µs during one Parse+Text, less the heap in use just before it (which holds the input);")
	fmt.Fprintln(w, "it includes garbage not yet collected, so it is what the process needs at the default GOGC.")
}

// throughput returns the pages per second of workers goroutines parsing the
// corpus rounds times over, sharing out the pages one at a time.
func throughput(pages []page, e run, workers, rounds int) float64 {
	urls := make([]*url.URL, len(pages))
	for i, p := range pages {
		urls[i] = pageURL(p)
	}
	jobs := rounds * len(pages)
	best := time.Duration(0)
	for range trials {
		runtime.GC()
		var next atomic.Int64
		var wg sync.WaitGroup
		start := time.Now()
		for range workers {
			wg.Go(func() {
				for {
					j := int(next.Add(1)) - 1
					if j >= jobs {
						return
					}
					safeExtract(e, pages[j%len(pages)], urls[j%len(pages)])
				}
			})
		}
		wg.Wait()
		if d := time.Since(start); best == 0 || d < best {
			best = d
		}
	}
	return float64(jobs) / best.Seconds()
}

// timeExtract returns the length of the page's text and the fastest of a
// few runs of e: more for small pages, whose single runs are short.
func timeExtract(e run, doc []byte) (textLen int, best time.Duration, err error) {
	runs := min(20, max(trials, 5e6/len(doc)))
	for i := range runs {
		runtime.GC()
		start := time.Now()
		text, err := e.extract(page{html: doc, utf8: doc}, synthURL)
		d := time.Since(start)
		if err != nil {
			return 0, 0, err
		}
		if i == 0 || d < best {
			best, textLen = d, len(text)
		}
	}
	return textLen, best, nil
}

// peakHeap returns the most heap in use during one run of e on doc beyond
// what was in use before it, sampled by a goroutine reading runtime/metrics
// (which, unlike runtime.ReadMemStats, does not stop the world).
func peakHeap(e run, doc []byte) uint64 {
	runtime.GC()
	base := heapInUse()
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(100 * time.Microsecond)
		defer t.Stop()
		for {
			if h := heapInUse(); h > peak.Load() {
				peak.Store(h)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	e.extract(page{html: doc, utf8: doc}, synthURL)
	close(done)
	wg.Wait()
	return max(peak.Load(), heapInUse(), base) - base
}

// heapMetrics are the runtime/metrics whose sum is MemStats.HeapInuse.
var heapMetrics = []string{"/memory/classes/heap/objects:bytes", "/memory/classes/heap/unused:bytes"}

func heapInUse() uint64 {
	s := make([]metrics.Sample, len(heapMetrics))
	for i, name := range heapMetrics {
		s[i].Name = name
	}
	metrics.Read(s)
	var n uint64
	for _, v := range s {
		n += v.Value.Uint64()
	}
	return n
}

func sizeName(n int) string {
	if n >= 1e6 {
		return fmt.Sprintf("%d MB", n/1e6)
	}
	return fmt.Sprintf("%d KB", n/1e3)
}
