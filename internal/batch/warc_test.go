package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/articleparse/article"
	"github.com/articleparse/article/internal/batch/batchtest"
	"github.com/google/go-cmp/cmp"
)

// page is a small invented article page.
const page = `<!DOCTYPE html><html><head><title>Harbour bridge reopens</title></head><body><article>
<h1>Harbour bridge reopens</h1>
<p>The harbour bridge reopened to traffic on Monday after eight months of repairs to its deck and cables, the city's transport office said.</p>
<p>Engineers replaced more than four hundred steel plates and repainted the towers, and the speed limit on the bridge stays lower until the spring.</p>
<p><a href="/transport/bridges">More on the city's bridges</a></p>
</article></body></html>`

// sample is a crawl's worth of records: the ones that hold a page and the
// ones that do not.
func sample() []batchtest.Record {
	gzipped := gzipBytes([]byte(page))
	chunked := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n", len(gzipped), gzipped)
	return []batchtest.Record{
		batchtest.Warcinfo(),
		batchtest.Request("https://news.example/a"),
		batchtest.Response("https://news.example/a", 200, "text/html; charset=utf-8", []byte(page)),
		batchtest.Response("https://news.example/logo.png", 200, "image/png", []byte("\x89PNG\r\n\x1a\n0000")),
		batchtest.Response("https://news.example/gone", 404, "text/html", []byte("<html><body>Not here</body></html>")),
		{Type: "response", URI: "https://news.example/b", ContentType: "application/http; msgtype=response", Block: []byte(chunked)},
		batchtest.Response("https://news.example/c", 200, "", []byte(page)),
		{Type: "metadata", URI: "https://news.example/a", ContentType: "application/warc-fields", Block: []byte("fetchTimeMs: 12\r\n")},
	}
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// summary is a Record as the tests compare it.
type summary struct {
	Source, URL, Skip, Err string
	Body                   int
}

func summarize(t *testing.T, data []byte, limit int64) []summary {
	t.Helper()
	var got []summary
	for rec := range Records(bytes.NewReader(data), "crawl", limit) {
		s := summary{Source: rec.Source, URL: rec.URL, Skip: rec.Skip}
		if rec.Err != nil {
			s.Err = rec.Err.Error()
		}
		if rec.Page != nil {
			s.Body = len(rec.Page.Body)
		}
		got = append(got, s)
		if len(got) > 100 {
			t.Fatal("Records does not stop")
		}
	}
	return got
}

func writeWARC(t *testing.T, gz bool, recs []batchtest.Record) ([]byte, []int64) {
	t.Helper()
	var b bytes.Buffer
	offs, err := batchtest.Write(&b, gz, recs...)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), offs
}

// wantSample is what Records yields for sample(), given the offsets it was
// written at.
func wantSample(offs []int64) []summary {
	src := func(i int) string { return fmt.Sprintf("crawl@%d", offs[i]) }
	return []summary{
		{Source: src(0), Skip: "warcinfo record"},
		{Source: src(1), URL: "https://news.example/a", Skip: "request record"},
		{Source: src(2), URL: "https://news.example/a", Body: len(page)},
		{Source: src(3), URL: "https://news.example/logo.png", Skip: "not HTML: image/png"},
		{Source: src(4), URL: "https://news.example/gone", Skip: "status 404"},
		{Source: src(5), URL: "https://news.example/b", Body: len(page)},
		{Source: src(6), URL: "https://news.example/c", Body: len(page)},
		{Source: src(7), URL: "https://news.example/a", Skip: "metadata record"},
	}
}

func TestRecords(t *testing.T) {
	for _, gz := range []bool{true, false} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			data, offs := writeWARC(t, gz, sample())
			if diff := cmp.Diff(wantSample(offs), summarize(t, data, 0)); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
		})
	}
}

// A file gzipped whole, not record by record, still yields every record;
// offsets then count decompressed bytes.
func TestRecordsOneGzipStream(t *testing.T) {
	plain, offs := writeWARC(t, false, sample())
	if diff := cmp.Diff(wantSample(offs), summarize(t, gzipBytes(plain), 0)); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
}

func TestRecordsTruncated(t *testing.T) {
	for _, gz := range []bool{true, false} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			data, offs := writeWARC(t, gz, sample())
			last := offs[len(offs)-1]
			size := int64(len(data)) - last
			// In the version line, inside the header, inside the block.
			for _, at := range []int64{6, size / 2, size * 3 / 4} {
				checkTruncated(t, summarize(t, data[:last+at], 0), wantSample(offs))
			}
		})
	}
}

func checkTruncated(t *testing.T, got, want []summary) {
	t.Helper()
	if len(got) == 0 {
		t.Fatal("no records")
	}
	if diff := cmp.Diff(want[:len(want)-1], got[:len(got)-1]); diff != "" {
		t.Errorf("records before the cut (-want +got):\n%s", diff)
	}
	end := got[len(got)-1]
	if end.Source != want[len(want)-1].Source || !strings.Contains(end.Err, "truncated") {
		t.Errorf("last record: got %+v, want a truncation error at %s", end, want[len(want)-1].Source)
	}
}

// A corrupt gzip member is one error; the records after it are read.
func TestRecordsCorruptMember(t *testing.T) {
	data, offs := writeWARC(t, true, sample())
	for i := offs[2] + 30; i < offs[2]+80; i++ {
		data[i] ^= 0x5a
	}
	got := summarize(t, data, 0)
	var errs, pages int
	for _, s := range got {
		if s.Err != "" {
			errs++
		}
		if s.Body > 0 {
			pages++
		}
	}
	if errs == 0 || pages != 2 {
		t.Errorf("got %d errors and %d pages, want at least one error and the 2 intact pages: %+v", errs, pages, got)
	}
}

func TestRecordsGarbage(t *testing.T) {
	for name, data := range map[string][]byte{
		"text":          []byte("this is not a WARC file at all\n"),
		"gzip of text":  gzipBytes([]byte("nor is this")),
		"broken header": []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\nxx"),
		"empty":         nil,
	} {
		t.Run(name, func(t *testing.T) {
			for _, s := range summarize(t, data, 0) {
				if s.Err == "" {
					t.Errorf("a record read from garbage without an error: %+v", s)
				}
			}
		})
	}
}

// A payload over the limit is cut one byte past it, so that the parser
// reports it as too large.
func TestRecordsLimit(t *testing.T) {
	data, _ := writeWARC(t, true, sample())
	var pl *Payload
	for rec := range Records(bytes.NewReader(data), "crawl", 100) {
		if rec.Page != nil {
			pl = rec.Page
			break
		}
	}
	if pl == nil || len(pl.Body) != 101 {
		t.Fatalf("payload %v, want 101 bytes", pl)
	}
	_, err := pl.Parse(context.Background(), article.Parser{MaxBytes: 100}, "https://news.example/a")
	if !errors.Is(err, article.ErrTooLarge) {
		t.Errorf("Parse: %v, want too large", err)
	}
}

func TestPayloadParse(t *testing.T) {
	// A legacy charset named only by the HTTP header.
	body := []byte(strings.Replace(page, "Monday", "Montag \xfcber", 1))
	pl := &Payload{ContentType: "text/html; charset=iso-8859-1", Body: body}
	a, err := pl.Parse(context.Background(), article.Parser{}, "https://news.example/a")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text(), "Montag über") {
		t.Errorf("text not decoded as ISO-8859-1: %q", a.Text())
	}
	if a.URL != "https://news.example/a" || len(a.Sections) == 0 {
		t.Errorf("article: url %q, %d sections", a.URL, len(a.Sections))
	}
	if len(a.Sections[0].Blocks) < 3 || a.Sections[0].Blocks[2].Links[0].URL != "https://news.example/transport/bridges" {
		t.Errorf("relative link not resolved against the target URI: %+v", a.Sections[0].Blocks)
	}
}

func TestSniff(t *testing.T) {
	warc, _ := writeWARC(t, false, sample())
	warcGz, _ := writeWARC(t, true, sample())
	for _, tc := range []struct {
		name    string
		data    []byte
		kind    Kind
		gzipped bool
	}{
		{"warc", warc, WARC, false},
		{"warc.gz", warcGz, WARC, true},
		{"warc gzipped whole", gzipBytes(warc), WARC, true},
		{"html", []byte(page), Page, false},
		{"html.gz", gzipBytes([]byte(page)), Page, true},
		{"empty", nil, Page, false},
		{"gzip magic only", []byte{0x1f, 0x8b}, Page, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kind, gz := Sniff(bufio.NewReader(bytes.NewReader(tc.data)))
			if kind != tc.kind || gz != tc.gzipped {
				t.Errorf("Sniff = %v, %v; want %v, %v", kind, gz, tc.kind, tc.gzipped)
			}
		})
	}
}

func TestLineMarshal(t *testing.T) {
	l := &Line{Source: "a<b>.html", Error: "not HTML"}
	b, err := l.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"source":"a<b>.html","error":"not HTML"}` + "\n"; string(b) != want {
		t.Errorf("Marshal = %q, want %q", b, want)
	}
}

// endless is a WARC file that never ends: the same gzipped response record
// over and over.
type endless struct {
	member []byte
	off    int
}

func (e *endless) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], e.member[e.off:])
		n += c
		e.off = (e.off + c) % len(e.member)
	}
	return n, nil
}

// Records streams: it yields records from a file that never ends, so it
// never reads a whole file before yielding.
func TestRecordsStreams(t *testing.T) {
	rec := batchtest.Response("https://news.example/a", 200, "text/html", []byte(page))
	member, _ := writeWARC(t, true, []batchtest.Record{rec})
	n := 0
	for rec := range Records(&endless{member: member}, "endless", 0) {
		if rec.Page == nil {
			t.Fatalf("record %d: %+v", n, rec)
		}
		if n++; n == 2000 {
			break
		}
	}
}

// BenchmarkRecords reads a WARC.gz of 200 responses of about 100 KB each,
// payloads included; b.SetBytes counts the payload bytes.
func BenchmarkRecords(b *testing.B) {
	body := []byte(strings.Repeat(page, 100_000/len(page)))
	var recs []batchtest.Record
	for i := range 200 {
		recs = append(recs, batchtest.Response(fmt.Sprintf("https://news.example/%d", i), 200, "text/html", body))
	}
	var buf bytes.Buffer
	if _, err := batchtest.Write(&buf, true, recs...); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body) * len(recs)))
	b.ReportAllocs()
	for b.Loop() {
		for rec := range Records(bytes.NewReader(buf.Bytes()), "bench", 0) {
			if rec.Page == nil {
				b.Fatalf("%+v", rec)
			}
		}
	}
}
