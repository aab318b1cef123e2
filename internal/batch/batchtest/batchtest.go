// Package batchtest writes WARC files for the tests and benchmarks of the
// batch tools, which only read them. It writes what crawlers write (one
// gzip member per record, WARC/1.1 headers, HTTP messages as record
// blocks) and lets a test break a file on purpose.
package batchtest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Record is one WARC record to write. Type is the WARC-Type ("response",
// "request", "warcinfo", "resource"...); URI, when set, is its
// WARC-Target-URI; ContentType is the record's Content-Type, which for an
// HTTP exchange is "application/http; msgtype=response"; Block is the
// record's content, an HTTP message for request and response records.
type Record struct {
	Type        string
	URI         string
	ContentType string
	Block       []byte
}

// Response is a response record holding an HTTP response with the given
// status code, Content-Type header and body, as fetched from uri.
func Response(uri string, status int, contentType string, body []byte) Record {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, statusText(status))
	if contentType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", contentType)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(body))
	b.Write(body)
	return Record{Type: "response", URI: uri, ContentType: "application/http; msgtype=response", Block: b.Bytes()}
}

// Request is a request record for a GET of uri.
func Request(uri string) Record {
	host := uri
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	path := "/"
	if i := strings.IndexByte(host, '/'); i >= 0 {
		host, path = host[:i], host[i:]
	}
	block := "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: batchtest\r\n\r\n"
	return Record{Type: "request", URI: uri, ContentType: "application/http; msgtype=request", Block: []byte(block)}
}

// Warcinfo is the warcinfo record that opens a crawler's file.
func Warcinfo() Record {
	return Record{Type: "warcinfo", ContentType: "application/warc-fields", Block: []byte("software: batchtest\r\nformat: WARC File Format 1.1\r\n")}
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 301:
		return "Moved Permanently"
	case 404:
		return "Not Found"
	case 500:
		return "Internal Server Error"
	}
	return "Status"
}

// date is the WARC-Date of every record written, fixed so that files are
// reproducible.
const date = "2024-03-01T12:00:00Z"

// Marshal returns rec as the bytes of one uncompressed WARC record; n
// numbers the record in its WARC-Record-ID.
func Marshal(rec Record, n int) []byte {
	var b bytes.Buffer
	b.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&b, "WARC-Type: %s\r\n", rec.Type)
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", n)
	fmt.Fprintf(&b, "WARC-Date: %s\r\n", date)
	if rec.URI != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", rec.URI)
	}
	if rec.ContentType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", rec.ContentType)
	}
	b.WriteString("Content-Length: " + strconv.Itoa(len(rec.Block)) + "\r\n\r\n")
	b.Write(rec.Block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// Write writes recs to w as a WARC file, each record its own gzip member
// when gz is true, as crawlers write .warc.gz files. It returns the byte
// offset at which each record starts.
func Write(w io.Writer, gz bool, recs ...Record) ([]int64, error) {
	offsets := make([]int64, len(recs))
	var off int64
	for i, rec := range recs {
		offsets[i] = off
		raw := Marshal(rec, i+1)
		if gz {
			var m bytes.Buffer
			zw := gzip.NewWriter(&m)
			zw.Write(raw) // writes to a bytes.Buffer do not fail
			zw.Close()
			raw = m.Bytes()
		}
		n, err := w.Write(raw)
		off += int64(n)
		if err != nil {
			return offsets, err
		}
	}
	return offsets, nil
}
