// Concurrent parses many saved pages at once and prints one line per page:
// its file name, word count and title, or why it could not be read.
//
// Usage:
//
//	go run ./examples/concurrent [-workers N] PAGE.html...
//
// It shows the intended way to parse in bulk: one Parser value, configured
// once and shared by every worker, since a Parser keeps no state between
// calls; and a fixed number of workers, so that memory stays bounded however
// many files are named.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/articleparse/article"
)

// result is what one worker found in one file.
type result struct {
	words int
	title string
	err   error
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("concurrent: ")
	workers := flag.Int("workers", runtime.NumCPU(), "number of files parsed at once")
	flag.Parse()
	files := flag.Args()
	if len(files) == 0 || *workers < 1 {
		log.Fatal("usage: concurrent [-workers N] PAGE.html...")
	}

	// One Parser for all workers: it holds only settings.
	p := article.Parser{MaxBytes: 8 << 20}

	results := make([]result, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(*workers, len(files)) {
		wg.Go(func() {
			for i := range jobs {
				results[i] = parseFile(p, files[i])
			}
		})
	}
	for i := range files {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	// Printed in the order given, whatever order the workers finished in.
	failed := false
	for i, r := range results {
		if r.err != nil {
			fmt.Printf("%s\terror: %v\n", files[i], r.err)
			failed = true
			continue
		}
		fmt.Printf("%s\t%d words\t%s\n", files[i], r.words, r.title)
	}
	if failed {
		os.Exit(1)
	}
}

// parseFile parses the page in the named file.
func parseFile(p article.Parser, name string) result {
	f, err := os.Open(name)
	if err != nil {
		return result{err: err}
	}
	defer f.Close()
	a, err := p.Parse(f, "")
	if err != nil {
		return result{err: err}
	}
	return result{words: len(strings.Fields(a.Text())), title: a.Title}
}
