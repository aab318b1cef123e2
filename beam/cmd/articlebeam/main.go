// Command articlebeam runs the articlebeam pipeline: it parses the pages
// in the WARC files matched by -input and writes JSON Lines shards at the
// -output prefix.
//
// Usage:
//
//	articlebeam -input 'crawl/*.warc.gz' -output out/pages [-shards 8] [-max_bytes N] [runner flags]
//
// It runs on the runner named by -runner: prism (in this process, the
// default), direct, flink, spark or dataflow; see the README for each
// runner's flags. It prints the pipeline's counters when the runner
// reports them.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	// beamx registers every runner (prism, direct, flink, spark,
	// dataflow, universal) and the local and gs:// file systems.
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/articleparse/article/beam"
)

func main() {
	var opt articlebeam.Options
	flag.StringVar(&opt.Input, "input", "", "glob of the WARC files to read (local or gs://)")
	flag.StringVar(&opt.Output, "output", "", "prefix of the JSON Lines shards to write")
	flag.IntVar(&opt.Shards, "shards", 1, "number of output shards")
	flag.Int64Var(&opt.MaxBytes, "max_bytes", 0, "largest page parsed, in bytes; 0 means 32 MiB, negative no limit")
	flag.Parse()
	beam.Init()
	if opt.Input == "" || opt.Output == "" {
		log.Fatal("articlebeam: -input and -output are required")
	}

	p, s := beam.NewPipelineWithRoot()
	articlebeam.Build(s, opt)
	start := time.Now()
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		log.Fatalf("articlebeam: %v", err)
	}
	if res == nil {
		return
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "article" {
			counts[c.Key.Name] += c.Result()
		}
	}
	fmt.Fprintf(os.Stderr, "articlebeam: %d articles, %d without a body, %d errors, %d records skipped, in %v\n",
		counts[articlebeam.CounterArticles], counts[articlebeam.CounterNoBody], counts[articlebeam.CounterErrors],
		counts[articlebeam.CounterSkipped], time.Since(start).Round(time.Millisecond))
}
