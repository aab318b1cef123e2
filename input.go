package article

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// readChunk is the most a single read asks of the caller's reader, so that
// the context is checked at least that often. It is larger than any buffer
// the HTML tokenizer asks to fill on an ordinary page (the tokenizer grows
// its buffer to hold its longest token, and a read that fills less of it
// than it asked for makes it grow again sooner).
const readChunk = 1 << 20

// sniffLen is how much of the page is read before parsing starts on most
// pages: what the MIME sniffing rules and the <meta> prescan of the
// encoding sniffing algorithm look at.
const sniffLen = 1024

// headLen is how much is read when the first sniffLen bytes do not settle
// the content type or the encoding: enough to find a tag after a long run
// of white space, or a charset declared late in a long head.
const headLen = 64 << 10

// readHTML checks, decodes and parses the page as it streams from r. It
// holds only the first sniffLen bytes itself, or headLen when those do not
// settle the content or its encoding; the HTML parser reads the rest
// through the size limit, the context check and the decoder.
func (p Parser) readHTML(ctx context.Context, r io.Reader, contentType string) (*html.Node, error) {
	if r == nil {
		return nil, ErrEmpty
	}
	limit := p.MaxBytes
	if limit == 0 {
		limit = DefaultMaxBytes
	}
	in := &limitedInput{ctx: ctx, r: r, limit: limit}
	head, err := in.readHead(nil, sniffLen)
	if err != nil {
		return nil, err
	}
	// The encoding sniffing algorithm reads no further than sniffLen bytes.
	enc, name, certain := charset.DetermineEncoding(head, contentType)
	if !headSettles(head, name, certain) {
		if head, err = in.readHead(head, headLen); err != nil {
			return nil, err
		}
	}
	if err := sniff(head, in.eof); err != nil {
		return nil, err
	}
	in.blank = len(bytes.TrimSpace(bytes.TrimPrefix(head, utf8BOM))) == 0
	var page io.Reader = io.MultiReader(bytes.NewReader(head), in)
	if in.eof {
		page = bytes.NewReader(head)
	}
	if dec := decoderFor(head, enc, name, certain); dec != nil {
		page = transform.NewReader(page, dec)
	} else {
		if bytes.HasPrefix(head, utf8BOM) {
			page = io.MultiReader(bytes.NewReader(head[len(utf8BOM):]), in)
			if in.eof {
				page = bytes.NewReader(head[len(utf8BOM):])
			}
		}
		page = &utf8Reader{r: page}
	}
	root, err := html.Parse(page)
	if err != nil {
		if errors.Is(err, ErrTooLarge) || errors.Is(err, ErrRead) || ctx.Err() != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if in.blank {
		return nil, ErrEmpty
	}
	return root, nil
}

var utf8BOM = []byte("\xef\xbb\xbf")

// limitedInput reads the page from the caller's reader: it stops with
// ErrTooLarge once more than limit bytes arrive (a negative limit means
// none), wraps the reader's own errors in ErrRead, and stops with the
// context's error once ctx is done.
type limitedInput struct {
	ctx   context.Context
	r     io.Reader
	limit int64
	n     int64
	eof   bool
	blank bool // nothing but whitespace read so far, once the head is judged
}

// Read reads from the caller's reader through the limit and context checks.
func (in *limitedInput) Read(b []byte) (int, error) {
	if in.eof {
		return 0, io.EOF
	}
	if err := in.ctx.Err(); err != nil {
		return 0, fmt.Errorf("article: %w", err)
	}
	if len(b) > readChunk {
		b = b[:readChunk]
	}
	if in.limit >= 0 && int64(len(b)) > in.limit-in.n+1 {
		// One byte past the limit is enough to know it is passed.
		b = b[:max(in.limit-in.n+1, 1)]
	}
	n, err := in.r.Read(b)
	if n < 0 || n > len(b) {
		return 0, fmt.Errorf("%w: reader returned invalid count %d", ErrRead, n)
	}
	in.n += int64(n)
	if in.blank && len(bytes.TrimSpace(b[:n])) > 0 {
		in.blank = false
	}
	if in.limit >= 0 && in.n > in.limit {
		return 0, fmt.Errorf("%w (%d bytes)", ErrTooLarge, in.limit)
	}
	switch {
	case errors.Is(err, io.EOF):
		in.eof = true
		return n, io.EOF
	case err != nil:
		return n, fmt.Errorf("%w: %w", ErrRead, err)
	}
	return n, nil
}

// readHead appends to buf what follows it in the input, until buf holds n
// bytes or the input ends.
func (in *limitedInput) readHead(buf []byte, n int) ([]byte, error) {
	size := n
	if l, ok := in.r.(interface{ Len() int }); ok && len(buf)+l.Len() < n {
		size = len(buf) + l.Len() + 1
	}
	if cap(buf) < size {
		buf = append(make([]byte, 0, size), buf...)
	}
	for len(buf) < n && !in.eof {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		m, err := in.Read(buf[len(buf):min(cap(buf), n)])
		buf = buf[:len(buf)+m]
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
	}
	return buf, nil
}

// headSettles reports whether the first bytes of the page, b (sniffLen of
// them, or all when the page is shorter), decide everything that sniff and
// decoderFor would decide on headLen bytes: they hold a non-blank byte and
// a tag, and the encoding they determine (name, certain) is certain or
// UTF-8.
func headSettles(b []byte, name string, certain bool) bool {
	rest := bytes.TrimPrefix(b, utf8BOM)
	if len(bytes.TrimLeft(rest, " \t\r\n\f")) == 0 || !hasTag(b) {
		return false
	}
	return certain || name == "utf-8"
}

// sniff rejects input that is empty or plainly not HTML, judged by its first
// bytes as the WHATWG MIME sniffing rules do.
//
// b is the start of the input; complete says it is the whole input.
func sniff(b []byte, complete bool) error {
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	utf16 := bytes.HasPrefix(head, []byte("\xfe\xff")) || bytes.HasPrefix(head, []byte("\xff\xfe"))
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	if len(trimmed) == 0 && len(bytes.TrimSpace(bytes.TrimPrefix(b, utf8BOM))) == 0 {
		if complete {
			return ErrEmpty
		}
		// Whitespace all through the head: let the parser read the rest.
		return nil
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
	// Find "charset=" inside a <meta> tag, case-insensitively, without
	// a regular expression: this runs on most pages.
	for from := 0; ; {
		i := indexFold(b[from:], "charset")
		if i < 0 {
			return nil, ""
		}
		i += from
		from = i + len("charset")
		tag := bytes.LastIndexByte(b[:i], '<')
		if tag < 0 || i-tag > 220 || bytes.IndexByte(b[tag:i], '>') >= 0 || !hasPrefixFold(b[tag+1:], "meta") {
			continue
		}
		v := bytes.TrimLeft(b[from:], " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		end := 0
		for end < len(v) && end < 40 && (v[end] >= 'a' && v[end] <= 'z' || v[end] >= 'A' && v[end] <= 'Z' ||
			v[end] >= '0' && v[end] <= '9' || v[end] == '-' || v[end] == '_' || v[end] == ':' || v[end] == '.') {
			end++
		}
		if end < 2 {
			continue
		}
		return charset.Lookup(string(v[:end]))
	}
}

// indexFold is bytes.Index for an ASCII lowercase needle, ignoring case.
func indexFold(b []byte, needle string) int {
	lo, up := needle[0], needle[0]
	if lo >= 'a' && lo <= 'z' {
		up = lo - ('a' - 'A')
	}
	// nextLo and nextUp are where the needle's first byte next occurs in
	// each case at or after from (-1: nowhere); each is searched for again
	// only once passed, as the capital is rare.
	nextLo, nextUp := -2, -2
	for from := 0; from+len(needle) <= len(b); {
		if nextLo != -1 && nextLo < from {
			nextLo = indexByteFrom(b, lo, from)
		}
		if nextUp != -1 && nextUp < from {
			nextUp = indexByteFrom(b, up, from)
		}
		i := nextLo
		if i < 0 || nextUp >= 0 && nextUp < i {
			i = nextUp
		}
		if i < 0 {
			return -1
		}
		if hasPrefixFold(b[i:], needle) {
			return i
		}
		from = i + 1
	}
	return -1
}

// indexByteFrom is the index of the first c in b at or after from, or -1.
func indexByteFrom(b []byte, c byte, from int) int {
	if j := bytes.IndexByte(b[from:], c); j >= 0 {
		return from + j
	}
	return -1
}

// hasPrefixFold reports whether b starts with the ASCII lowercase prefix,
// ignoring case.
func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// decoderFor returns the decoder to UTF-8 for a page that starts with
// head, or nil when the page is UTF-8 already. The encoding is the one a
// browser would pick: a byte order mark, the Content-Type's charset, a
// <meta> declaration in the first 1024 bytes (or, failing that, anywhere in
// the head), else UTF-8 when the bytes are valid UTF-8 and windows-1252
// when not. A page whose <meta> names a legacy charset but whose head is
// valid UTF-8, multi-byte sequences included, was saved as UTF-8 and
// mislabelled: legacy text almost never passes as UTF-8.
//
// enc, name and certain are what charset.DetermineEncoding determines from
// the head and the Content-Type.
func decoderFor(head []byte, enc encoding.Encoding, name string, certain bool) transform.Transformer {
	if certain || name == "utf-8" {
		// Only an uncertain guess other than UTF-8 is checked against
		// the bytes below.
		if name == "utf-8" || enc == nil || enc == encoding.Nop || enc == unicode.UTF8 {
			return nil
		}
		return enc.NewDecoder()
	}
	valid := utf8.Valid(trimPartialRune(head))
	if !certain && name == "windows-1252" {
		if e, n := lateCharset(head); e != nil {
			enc, name = e, n
		} else if valid {
			return nil
		}
	}
	if !certain && name != "utf-8" && valid && hasMultibyte(head) {
		return nil
	}
	if name == "utf-8" || enc == nil || enc == encoding.Nop || enc == unicode.UTF8 {
		return nil
	}
	return enc.NewDecoder()
}

// utf8Reader reads a UTF-8 page as browsers decode it: each ill-formed
// sequence becomes U+FFFD (the WHATWG Encoding standard's UTF-8 decoder),
// so that no byte of the page is lost unseen. Valid input, nearly every
// page, is read straight into the caller's buffer and only checked; a
// character cut at the end of one read is held back for the next.
type utf8Reader struct {
	r     io.Reader
	carry []byte // the start of a character cut at the end of the last read
	out   []byte // decoded bytes that did not fit the caller's buffer
	err   error  // the reader's error, returned once carry and out are spent
}

// Read implements io.Reader.
func (u *utf8Reader) Read(p []byte) (int, error) {
	for {
		if len(u.out) > 0 {
			n := copy(p, u.out)
			u.out = u.out[n:]
			return n, nil
		}
		if u.err != nil {
			return 0, u.err
		}
		if len(p) <= utf8.UTFMax {
			// Too small to hold a character and what follows it: decode
			// into out and serve from there.
			buf := make([]byte, 512)
			n, err := u.Read(buf)
			if n == 0 {
				return 0, err
			}
			// What did not fit buf follows it.
			u.out = append(buf[:n], u.out...)
			continue
		}
		c := copy(p, u.carry)
		u.carry = u.carry[:0]
		n, err := u.r.Read(p[c:])
		u.err = err
		b := p[:c+n]
		if err == nil {
			// At the end of the input a cut character is ill-formed
			// and decoded below; before it, the rest comes next.
			k := len(trimPartialRune(b))
			u.carry = append(u.carry, b[k:]...)
			b = b[:k]
		}
		if len(b) == 0 {
			if n == 0 && err == nil {
				return 0, nil
			}
			continue
		}
		if utf8.Valid(b) {
			return len(b), nil
		}
		dec := appendUTF8Decoded(make([]byte, 0, len(b)+len(b)/2), b)
		m := copy(p, dec)
		u.out = dec[m:]
		return m, nil
	}
}

// appendUTF8Decoded appends b to dst with each ill-formed UTF-8 sequence
// (see invalidUTF8Len) replaced by U+FFFD.
func appendUTF8Decoded(dst, b []byte) []byte {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			n = invalidUTF8Len(string(b[:min(len(b), utf8.UTFMax)]))
			dst = utf8.AppendRune(dst, utf8.RuneError)
		} else {
			dst = append(dst, b[:n]...)
		}
		b = b[n:]
	}
	return dst
}

// trimPartialRune drops an incomplete UTF-8 sequence cut off at the end of
// b, so that a head cut mid-character can still be judged valid.
func trimPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-3; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
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
