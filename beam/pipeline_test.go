package articlebeam

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/articleparse/article/internal/batch/batchtest"
	"github.com/google/go-cmp/cmp"
)

func TestMain(m *testing.M) {
	ptest.Main(m)
}

// page is a small invented article page titled title.
func page(title string) []byte {
	return []byte(`<!DOCTYPE html><html><head><title>` + title + `</title></head><body><article>
<h1>` + title + `</h1>
<p>The ferry between the two islands resumed its winter timetable on Friday, with four crossings a day instead of six, the operator said in a notice at the harbour.</p>
<p>Passengers with bookings on the cancelled crossings were moved to the nearest remaining ones, and the operator said it would refund anyone who could no longer travel.</p>
</article></body></html>`)
}

// writeCrawl writes a WARC.gz as a crawler would: a warcinfo record, a
// request, two HTML pages, an image, a 404 and a last page cut short. It
// returns the sources of the records that become lines, with what each
// line should hold: a title or an error.
func writeCrawl(t *testing.T, dir, name string) map[string]string {
	t.Helper()
	recs := []batchtest.Record{
		batchtest.Warcinfo(),
		batchtest.Request("https://ferry.example/winter"),
		batchtest.Response("https://ferry.example/winter", 200, "text/html; charset=utf-8", page("Winter timetable "+name)),
		batchtest.Response("https://ferry.example/logo.png", 200, "image/png", []byte("\x89PNG\r\n\x1a\n0000")),
		batchtest.Response("https://ferry.example/old", 404, "text/html", page("Not found")),
		batchtest.Response("https://ferry.example/refunds", 200, "text/html", page("Refunds "+name)),
		batchtest.Response("https://ferry.example/cut", 200, "text/html", page("Cut short")),
	}
	var b bytes.Buffer
	offs, err := batchtest.Write(&b, true, recs...)
	if err != nil {
		t.Fatal(err)
	}
	last := offs[len(offs)-1]
	path := filepath.Join(dir, name+".warc.gz")
	if err := os.WriteFile(path, b.Bytes()[:last+(int64(b.Len())-last)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	at := func(i int) string { return fmt.Sprintf("%s@%d", path, offs[i]) }
	return map[string]string{
		at(2): "title: Winter timetable " + name,
		at(5): "title: Refunds " + name,
		at(6): "error",
	}
}

func TestPipeline(t *testing.T) {
	dir := t.TempDir()
	want := writeCrawl(t, dir, "one")
	for k, v := range writeCrawl(t, dir, "two") {
		want[k] = v
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not matched by the glob"), 0o644)
	out := filepath.Join(t.TempDir(), "pages")

	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: filepath.Join(dir, "*.warc.gz"), Output: out, Shards: 3})
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatalf("pipeline failed: %v", err)
	}

	got := map[string]string{}
	shards, _ := filepath.Glob(out + "-*-of-00003.jsonl")
	if len(shards) == 0 {
		t.Fatalf("no shards written at %s", out)
	}
	for _, name := range shards {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.SplitAfter(string(data), "\n") {
			if line == "" {
				continue
			}
			var l struct {
				Source, URL, Error string
				Article            *struct{ Title string }
			}
			if err := json.Unmarshal([]byte(line), &l); err != nil {
				t.Fatalf("%s: not a JSON line: %v: %q", name, err, line)
			}
			switch {
			case l.Article != nil && l.Error == "":
				got[l.Source] = "title: " + l.Article.Title
			case l.Article == nil && strings.Contains(l.Error, "truncated"):
				got[l.Source] = "error"
			default:
				got[l.Source] = line
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}

	counters := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "article" {
			counters[c.Key.Name] += c.Committed
		}
	}
	wantCounters := map[string]int64{
		CounterArticles: 4, CounterErrors: 2,
		CounterSkipped: 8, // per file: the warcinfo, the request, the image, the 404
	}
	if diff := cmp.Diff(wantCounters, counters); diff != "" {
		t.Errorf("counters (-want +got):\n%s", diff)
	}
}

func TestShardName(t *testing.T) {
	names := []string{ShardName("out/p", 2, 10), ShardName("gs://b/p", 0, 1)}
	sort.Strings(names)
	if want := []string{"gs://b/p-00000-of-00001.jsonl", "out/p-00002-of-00010.jsonl"}; !cmp.Equal(want, names) {
		t.Errorf("ShardName: %q, want %q", names, want)
	}
}
