package batch

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"

	"github.com/articleparse/article"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// Record is what one WARC record holds for the batch tools: a page to
// parse, a record to skip, or a record that could not be read.
type Record struct {
	// Source is the WARC file's name and the record's byte offset,
	// "crawl.warc.gz@1234"; for a file gzipped as one stream rather than
	// one member per record, the offset counts decompressed bytes.
	Source string
	// URL is the record's WARC-Target-URI.
	URL string
	// Page is set when the record is a response with a 2xx status and an
	// HTML payload.
	Page *Payload
	// Skip says why the record holds no page ("request record", "status
	// 404", "not HTML: image/png"); it is empty for a page or an error.
	Skip string
	// Err is set when the record could not be read: truncated, corrupt,
	// or encoded in a way this package does not decode.
	Err error
}

// Payload is the HTTP payload of a response record, decoded from its
// transfer and content encodings.
type Payload struct {
	// ContentType is the response's Content-Type header, which may name
	// the page's charset.
	ContentType string
	// Body is the payload, cut one byte past the limit given to Records
	// so that parsing reports the page as too large.
	Body []byte
}

// Parse parses the payload with p as the page at pageURL, using the
// charset its Content-Type names. The errors are those of
// article.Parser.ParseResponse.
func (pl *Payload) Parse(ctx context.Context, p article.Parser, pageURL string) (*article.Article, error) {
	u, err := url.Parse(pageURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		u = &url.URL{} // relative links are dropped rather than resolved against a bad base
	}
	req := (&http.Request{Method: http.MethodGet, URL: u}).WithContext(ctx)
	resp := &http.Response{
		StatusCode: http.StatusOK,
		Header:     http.Header{"Content-Type": {pl.ContentType}},
		Body:       io.NopCloser(bytes.NewReader(pl.Body)),
		Request:    req,
	}
	return p.ParseResponse(resp)
}

// Records reads the WARC file in r, named name in each Record's Source,
// and yields its records in file order. limit caps the bytes of a payload
// held in memory, with article.Parser.MaxBytes's meaning (0 is
// article.DefaultMaxBytes, negative is no limit).
//
// Records are read one at a time; only the current record's payload, up
// to limit, is held in memory (the WARC reader spills a larger record
// block to a temporary file). A record that cannot be read is yielded with
// Err, and reading goes on from the next record that can be found; a file
// cut short ends with such a record.
func Records(r io.Reader, name string, limit int64) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		br := bufio.NewReaderSize(r, 1<<20)
		var src io.Reader = br
		if oneGzipStream(br) {
			// The reader expects one gzip member per record and would
			// read only the first record of such a file, so it is
			// given the decompressed stream instead.
			zr, err := gzip.NewReader(br)
			if err != nil {
				yield(Record{Source: name + "@0", Err: err})
				return
			}
			defer zr.Close()
			src = zr
		}
		wr, err := gowarc.NewWarcFileReaderFromStream(src, 0)
		if err != nil {
			yield(Record{Source: name + "@0", Err: err})
			return
		}
		defer wr.Close()
		end := int64(-1) // where the last failed read stopped
		for {
			rec, err := wr.Next()
			if errors.Is(err, io.EOF) && rec.WarcRecord == nil && rec.Size <= 0 {
				return // the end, between records
			}
			out := Record{Source: name + "@" + strconv.FormatInt(rec.Offset, 10)}
			if err == nil {
				err = truncation(rec.Validation)
			}
			if err != nil {
				if rec.WarcRecord != nil {
					out.URL = targetURI(rec.WarcRecord)
				}
				rec.Close()
				out.Err = readError(err)
				if !yield(out) {
					return
				}
				// A read that fails without moving on, or that found no
				// record at all, leaves nothing more to read.
				stop := rec.Offset + rec.Size
				if stop <= end || errors.Is(err, gowarc.ErrNoRecord) || errors.Is(err, io.EOF) {
					return
				}
				end = stop
				continue
			}
			out.URL = targetURI(rec.WarcRecord)
			out.Page, out.Skip, out.Err = payload(rec.WarcRecord, limit)
			rec.Close()
			if !yield(out) {
				return
			}
		}
	}
}

// truncation returns the reader's finding that the file ended inside a
// record, which in an uncompressed file is how a cut record shows: a block
// shorter than its Content-Length, or no end-of-record marker. The reader
// words the missing marker only as text. Other findings (a missing digest,
// a header field out of spec) leave a readable record and are not
// reported.
func truncation(findings []error) error {
	for _, f := range findings {
		var cl *gowarc.ContentLengthError
		if errors.As(f, &cl) {
			return fmt.Errorf("truncated record: %d of %d bytes", cl.Actual, cl.Expected)
		}
		if msg := f.Error(); strings.Contains(msg, "too few bytes in end of record marker") || strings.Contains(msg, "unexpected end of record") {
			return errors.New("truncated record: the file ends inside it")
		}
	}
	return nil
}

// readError words a failed record read. The end of the file inside a
// record means it was cut short.
func readError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("truncated record: %w", err)
	}
	return err
}

// targetURI is the record's WARC-Target-URI. WARC 1.0 examples wrote it in
// angle brackets, and some writers still do.
func targetURI(rec gowarc.WarcRecord) string {
	u := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	return strings.TrimSuffix(strings.TrimPrefix(u, "<"), ">")
}

// payload decides whether rec holds a page and reads it.
func payload(rec gowarc.WarcRecord, limit int64) (*Payload, string, error) {
	if rec.Type() != gowarc.Response {
		return nil, recordType(rec) + " record", nil
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, "not an HTTP response", nil
	}
	code := block.HttpStatusCode()
	if code < 200 || code > 299 {
		return nil, "status " + strconv.Itoa(code), nil
	}
	h := block.HttpHeader()
	if h == nil {
		h = &http.Header{}
	}
	body, err := block.PayloadBytes()
	if err != nil {
		return nil, "", err
	}
	body, err = decode(body, h, chunked(block.ProtocolHeaderBytes()))
	if err != nil {
		return nil, "", err
	}
	b, err := readLimited(body, limit)
	if err != nil {
		return nil, "", err
	}
	ct := h.Get("Content-Type")
	typ := mediaType(ct)
	if typ == "" {
		// No Content-Type: the type a crawler identified (Common
		// Crawl's WARC-Identified-Payload-Type), else the browsers'
		// sniffing.
		typ = mediaType(rec.WarcHeader().Get(gowarc.WarcIdentifiedPayloadType))
		if typ == "" {
			typ = mediaType(http.DetectContentType(b))
		}
	}
	if typ != "text/html" && typ != "application/xhtml+xml" {
		return nil, "not HTML: " + typ, nil
	}
	return &Payload{ContentType: ct, Body: b}, "", nil
}

func recordType(rec gowarc.WarcRecord) string {
	if t := rec.WarcHeader().Get(gowarc.WarcType); t != "" {
		return t
	}
	return "untyped"
}

func mediaType(contentType string) string {
	t, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(contentType))
	}
	return t
}

// decode undoes the transfer and content encodings a crawler kept as
// sent. Common Crawl stores payloads decoded, and renames the headers so
// they no longer apply; other crawlers (wget, Heritrix) store the bytes as
// they came.
func decode(body io.Reader, h *http.Header, chunked bool) (io.Reader, error) {
	if chunked {
		body = httputil.NewChunkedReader(body)
	}
	switch enc := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); enc {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("gzip payload: %w", err)
		}
		return zr, nil
	case "deflate":
		// HTTP's "deflate" is zlib-wrapped; some servers send raw
		// deflate, which has no zlib header.
		br := bufio.NewReader(body)
		if head, _ := br.Peek(2); len(head) == 2 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 && head[0]&0x0f == 8 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("deflate payload: %w", err)
			}
			return zr, nil
		}
		return flate.NewReader(br), nil
	default:
		return nil, fmt.Errorf("payload Content-Encoding %q is not decoded", enc)
	}
}

// chunked reports whether the raw HTTP response header says the body is
// sent in chunks. The WARC reader's parsed header leaves out
// Transfer-Encoding, as net/http does.
func chunked(header []byte) bool {
	tr := textproto.NewReader(bufio.NewReader(bytes.NewReader(header)))
	if _, err := tr.ReadLine(); err != nil { // the status line
		return false
	}
	h, _ := tr.ReadMIMEHeader() // what could be read, on error too
	for _, te := range h.Values("Transfer-Encoding") {
		if strings.Contains(strings.ToLower(te), "chunked") {
			return true
		}
	}
	return false
}

// readLimited reads r to its end, or to one byte past limit.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	if limit == 0 {
		limit = article.DefaultMaxBytes
	}
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading payload: %w", err)
	}
	return b, nil
}

// oneGzipStream reports whether br starts with a gzip member holding more
// than one WARC record: a whole file gzipped at once rather than record by
// record, as crawlers write. It decompresses the first record only, from
// what br has buffered, and consumes nothing.
func oneGzipStream(br *bufio.Reader) bool {
	head, _ := br.Peek(br.Size())
	if !isGzip(head) {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	zr.Multistream(false)
	r := bufio.NewReader(zr)
	length := int64(-1)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return false
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			length, _ = strconv.ParseInt(strings.TrimSpace(value), 10, 64)
		}
	}
	if length < 0 {
		return false
	}
	// The block and the blank lines that end the record, then whatever
	// follows in the same member.
	if _, err := io.CopyN(io.Discard, r, length); err != nil {
		return false
	}
	var rest [8]byte
	n, _ := io.ReadFull(r, rest[:])
	return len(bytes.TrimLeft(rest[:n], "\r\n")) > 0
}
