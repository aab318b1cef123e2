package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressEvery is how often the progress line is redrawn.
const progressEvery = 200 * time.Millisecond

// isTerminal reports whether w is a terminal, where a progress line can be
// redrawn in place.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress redraws one line on standard error while a batch runs: pages,
// articles, skipped records, errors, pages per second, the time elapsed,
// and an estimate of the time left when the inputs' size is known.
type progress struct {
	bar   *progressbar.ProgressBar
	stats *batchStats
	start time.Time
	done  chan struct{}
	wg    sync.WaitGroup
}

// startProgress starts drawing on w. total is the inputs' size in bytes,
// or -1 when unknown.
func startProgress(w io.Writer, stats *batchStats, total int64) *progress {
	p := &progress{
		bar: progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetWidth(20),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionSetPredictTime(total > 0),
			progressbar.OptionThrottle(progressEvery),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionShowDescriptionAtLineEnd(),
		),
		stats: stats,
		start: time.Now(),
		done:  make(chan struct{}),
	}
	p.wg.Go(p.loop)
	return p
}

func (p *progress) loop() {
	t := time.NewTicker(progressEvery)
	defer t.Stop()
	for {
		select {
		case <-p.done:
			return
		case <-t.C:
			p.bar.Describe(p.describe())
			p.bar.Set64(p.stats.bytes.Load())
		}
	}
}

func (p *progress) describe() string {
	s := p.stats
	pages := s.pages.Load()
	rate := float64(pages) / time.Since(p.start).Seconds()
	return fmt.Sprintf("%d pages, %d articles, %d skipped, %d errors, %.0f pages/s",
		pages, s.articles.Load(), s.skipped.Load(), s.errors.Load(), rate)
}

// clear blanks the line, so that a message can be printed in its place.
func (p *progress) clear() { p.bar.Clear() }

// stop stops drawing and blanks the line for the summary.
func (p *progress) stop() {
	close(p.done)
	p.wg.Wait()
	p.bar.Finish()
	p.bar.Exit()
}
