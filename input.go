package article

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// readChunk is how much readInput asks for at a time; between chunks it
// checks the context.
const readChunk = 64 << 10

// readHTML reads, checks, decodes and parses the page.
func (p Parser) readHTML(ctx context.Context, r io.Reader, contentType string) (*html.Node, error) {
	limit := p.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	b, err := readInput(ctx, r, limit)
	if err != nil {
		return nil, err
	}
	if err := sniff(b); err != nil {
		return nil, err
	}
	b, err = toUTF8(b, contentType)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("article: %w", err)
	}
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return root, nil
}

// readInput reads all of r, stopping with ErrTooLarge as soon as more than
// limit bytes have arrived (a negative limit means none).
func readInput(ctx context.Context, r io.Reader, limit int64) ([]byte, error) {
	if r == nil {
		return nil, ErrEmpty
	}
	var buf []byte
	if lr, ok := r.(interface{ Len() int }); ok && lr.Len() > 0 {
		n := int64(lr.Len()) + 1
		if limit >= 0 && n > limit+1 {
			n = limit + 1
		}
		buf = make([]byte, 0, n)
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("article: %w", err)
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		want := cap(buf) - len(buf)
		if want > readChunk {
			want = readChunk
		}
		n, err := r.Read(buf[len(buf) : len(buf)+want])
		if n < 0 || n > want {
			return nil, fmt.Errorf("%w: reader returned invalid count %d", ErrRead, n)
		}
		buf = buf[:len(buf)+n]
		if limit >= 0 && int64(len(buf)) > limit {
			return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, limit)
		}
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrRead, err)
		}
	}
}

// sniff rejects input that is empty or plainly not HTML, judged by its first
// bytes as the WHATWG MIME sniffing rules do.
func sniff(b []byte) error {
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	utf16 := bytes.HasPrefix(head, []byte("\xfe\xff")) || bytes.HasPrefix(head, []byte("\xff\xfe"))
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	if len(trimmed) == 0 && len(bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))) == 0 {
		return ErrEmpty
	}
	if utf16 {
		return nil
	}
	for _, m := range binarySignatures {
		if bytes.HasPrefix(b, []byte(m.magic)) {
			return fmt.Errorf("%w (looks like %s)", ErrNotHTML, m.kind)
		}
	}
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		return fmt.Errorf("%w (looks like JSON)", ErrNotHTML)
	}
	for _, c := range head {
		// The "binary data bytes" of the MIME sniffing standard: no text
		// encoding a browser would render produces them.
		if c <= 0x08 || c == 0x0b || (c >= 0x0e && c <= 0x1a) || (c >= 0x1c && c <= 0x1f) {
			return fmt.Errorf("%w (binary data)", ErrNotHTML)
		}
	}
	if !hasTag(b) {
		return fmt.Errorf("%w (no markup)", ErrNotHTML)
	}
	return nil
}

// hasTag reports whether b holds anything that opens a tag, a comment or a
// doctype: "<" followed by a letter, "/", "!" or "?".
func hasTag(b []byte) bool {
	for {
		i := bytes.IndexByte(b, '<')
		if i < 0 || i+1 >= len(b) {
			return false
		}
		c := b[i+1]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!' || c == '?' {
			return true
		}
		b = b[i+1:]
	}
}

// binarySignatures are the leading bytes of common file types that servers
// mislabel as text/html.
var binarySignatures = [...]struct{ magic, kind string }{
	{"%PDF-", "PDF"},
	{"\x89PNG\r\n\x1a\n", "PNG"},
	{"GIF87a", "GIF"},
	{"GIF89a", "GIF"},
	{"\xff\xd8\xff", "JPEG"},
	{"RIFF", "RIFF media"},
	{"PK\x03\x04", "ZIP"},
	{"\x1f\x8b\x08", "gzip"},
	{"Rar!\x1a\x07", "RAR"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip"},
	{"BZh", "bzip2"},
	{"\x00\x00\x01\x00", "icon"},
	{"OggS\x00", "Ogg"},
	{"ID3", "MP3"},
	{"\x1a\x45\xdf\xa3", "WebM"},
	{"wOFF", "font"},
	{"wOF2", "font"},
	{"\x7fELF", "executable"},
	{"MZ", "executable"},
}

// lateCharset finds a charset declared in a <meta> element past the first
// 1024 bytes, looking no further than the first 64 KiB.
func lateCharset(b []byte) (encoding.Encoding, string) {
	if len(b) > 64<<10 {
		b = b[:64<<10]
	}
	m := metaCharset.FindSubmatch(b)
	if m == nil {
		return nil, ""
	}
	return charset.Lookup(string(m[1]))
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_:.-]{2,40})`)

// toUTF8 decodes b to UTF-8 using the encoding a browser would pick: a byte
// order mark, the Content-Type's charset, a <meta> declaration in the first
// 1024 bytes, else UTF-8 when the bytes are valid UTF-8 and windows-1252
// when not.
func toUTF8(b []byte, contentType string) ([]byte, error) {
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	if !certain && name == "windows-1252" {
		// The prescan saw only 1024 bytes and found no declaration. Many
		// pages declare their charset later in a long head, and many more
		// are UTF-8 with an ASCII-only start.
		if e, n := lateCharset(b); e != nil {
			enc, name = e, n
		} else if utf8.Valid(b) {
			return b, nil
		}
	}
	if !certain && name != "utf-8" && utf8.Valid(b) && hasMultibyte(b) {
		// A page whose <meta> names a legacy charset but whose bytes are
		// all valid UTF-8, multi-byte sequences included, was saved as
		// UTF-8 and mislabelled; legacy text almost never passes as UTF-8.
		return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), nil
	}
	if name == "utf-8" || enc == encoding.Nop || enc == unicode.UTF8 {
		// Invalid sequences are replaced later, where text is taken.
		return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), nil
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// A decoder only fails on input it cannot map; keep the raw bytes
		// rather than lose the page.
		return b, nil
	}
	return out, nil
}

// hasMultibyte reports whether b holds any byte outside ASCII.
func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
