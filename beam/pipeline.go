// Package articlebeam is an Apache Beam pipeline that parses the pages in
// WARC files with package article: it matches WARC files by a glob, reads
// their records, parses each 2xx HTML response, and writes JSON Lines
// shards whose lines have the shape `article batch` writes:
// {"source", "url", "article"} or {"source", "url", "error"}.
//
// It counts, in the "article" namespace, the articles (pages with a
// body), the pages without one, the records skipped (requests, metadata,
// non-HTML, non-2xx) and the errors (records that could not be read,
// pages that could not be parsed).
//
// One WARC file is read by one worker thread, from start to end, so the
// pipeline runs as wide as there are files; the lines are spread over the
// shards by a hash of their source.
package articlebeam

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/articleparse/article"
	"github.com/articleparse/article/internal/batch"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string), error](&extractFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x2[context.Context, int, func(*string) bool, string, error](&writeShardFn{})
	register.Emitter1[string]()
	register.Iter1[string]()
}

// Counter names, in the "article" namespace.
const (
	CounterArticles = "articles"
	CounterNoBody   = "without_body"
	CounterSkipped  = "skipped"
	CounterErrors   = "errors"
)

// Options configure the pipeline. The zero value of each field but the
// two paths has a default.
type Options struct {
	// Input is a glob of WARC files, plain or gzipped, on any file system
	// Beam knows (a local path, gs://...).
	Input string
	// Output is the prefix of the shards written:
	// <Output>-00000-of-00004.jsonl and so on.
	Output string
	// Shards is how many files the lines are spread over; 0 means 1.
	Shards int
	// MaxBytes caps a page's size, as article.Parser.MaxBytes.
	MaxBytes int64
}

// Build adds the pipeline to s and returns the PCollection of the shard
// files written.
func Build(s beam.Scope, opt Options) beam.PCollection {
	shards := max(opt.Shards, 1)
	files := fileio.MatchFiles(s.Scope("match"), opt.Input)
	// The WARC reader decompresses gzip members itself, keeping the
	// offset of each record in the file as stored.
	readable := fileio.ReadMatches(s.Scope("open"), files, fileio.ReadUncompressed())
	lines := beam.ParDo(s.Scope("parse"), &extractFn{MaxBytes: opt.MaxBytes}, readable)
	keyed := beam.ParDo(s.Scope("shard"), &shardFn{Shards: shards}, lines)
	grouped := beam.GroupByKey(s.Scope("group"), keyed)
	return beam.ParDo(s.Scope("write"), &writeShardFn{Prefix: opt.Output, Shards: shards}, grouped)
}

// extractFn reads one WARC file and emits a JSON line per page in it.
type extractFn struct {
	MaxBytes int64

	articles, noBody, skipped, errors beam.Counter
}

// Setup makes the counters.
func (fn *extractFn) Setup() {
	fn.articles = beam.NewCounter("article", CounterArticles)
	fn.noBody = beam.NewCounter("article", CounterNoBody)
	fn.skipped = beam.NewCounter("article", CounterSkipped)
	fn.errors = beam.NewCounter("article", CounterErrors)
}

// ProcessElement parses the pages of file. A file that cannot be opened
// fails the bundle, so that the runner retries it; a record or page that
// cannot be read is an error line.
func (fn *extractFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("opening %s: %w", file.Metadata.Path, err)
	}
	defer rc.Close()
	p := article.Parser{MaxBytes: fn.MaxBytes}
	for rec := range batch.Records(rc, file.Metadata.Path, fn.MaxBytes) {
		line := batch.Line{Source: rec.Source, URL: rec.URL}
		switch {
		case rec.Err != nil:
			line.Error = rec.Err.Error()
		case rec.Page != nil:
			a, err := rec.Page.Parse(ctx, p, rec.URL)
			if err != nil {
				line.Error = strings.TrimPrefix(err.Error(), "article: ")
			} else {
				line.Article = a
			}
		default:
			fn.skipped.Inc(ctx, 1)
			continue
		}
		switch {
		case line.Error != "":
			fn.errors.Inc(ctx, 1)
		case line.Article.IsArticle():
			fn.articles.Inc(ctx, 1)
		default:
			fn.noBody.Inc(ctx, 1)
		}
		b, err := line.Marshal()
		if err != nil {
			return fmt.Errorf("%s: %w", rec.Source, err)
		}
		emit(strings.TrimSuffix(string(b), "\n"))
	}
	return nil
}

// shardFn keys a line by the shard it goes to, from a hash of the line,
// so that a rerun puts each page in the same shard.
type shardFn struct {
	Shards int
}

// ProcessElement returns the line's shard and the line.
func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	io.WriteString(h, line)
	return int(h.Sum32() % uint32(fn.Shards)), line
}

// writeShardFn writes one shard's lines to its file.
type writeShardFn struct {
	Prefix string
	Shards int
}

// ShardName is the file a shard is written to.
func ShardName(prefix string, shard, shards int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, shard, shards)
}

// ProcessElement writes the lines and returns the file's name. A shard
// that receives no line is not written.
func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (string, error) {
	name := ShardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return "", err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return "", err
	}
	var line string
	for lines(&line) {
		if _, err := io.WriteString(w, line+"\n"); err != nil {
			w.Close()
			return "", fmt.Errorf("writing %s: %w", name, err)
		}
	}
	if err := w.Close(); err != nil {
		return "", fmt.Errorf("writing %s: %w", name, err)
	}
	return name, nil
}
