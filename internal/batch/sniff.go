package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
)

// Kind is what an input file holds.
type Kind int

const (
	// Page is a single page (HTML, or anything else the parser will
	// judge), possibly gzipped.
	Page Kind = iota
	// WARC is a WARC file, plain or gzipped.
	WARC
)

// sniffLen is how many bytes Sniff looks at: enough for a gzip header and
// the first deflate block's tables before the first decompressed bytes.
const sniffLen = 4096

// Sniff reports what the stream buffered in br holds, judged by its first
// bytes, not by a file name: a WARC file starts with "WARC/", in a gzip
// member or not. It reports whether the stream is gzipped, and consumes
// nothing.
func Sniff(br *bufio.Reader) (kind Kind, gzipped bool) {
	head, _ := br.Peek(sniffLen) // a short stream peeks what it has
	if isGzip(head) {
		gzipped = true
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return Page, gzipped
		}
		var buf [5]byte
		n, _ := io.ReadFull(zr, buf[:])
		head = buf[:n]
	}
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return WARC, gzipped
	}
	return Page, gzipped
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }
