package article

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxURLLen bounds a kept URL. Longer ones are almost always inline data
// or tracking blobs.
const maxURLLen = 4096

// resolveURL makes href absolute against base and returns it when it is
// an http or https URL, else "". Scripts, data and other schemes are
// dropped, and so is a relative href when there is no base. The scheme is
// judged as a browser judges it (see trimURL): " JaVaScRiPt:",
// "java\tscript:" and "java\nscript:" are javascript: URLs, and so is
// "java&#x09;script:" in an attribute, which the HTML parser has decoded
// to a tab.
func resolveURL(base *url.URL, href string) string {
	if len(href) <= maxURLLen && plainWebURL(href) {
		// Most addresses are written plain; trimURL would give such an
		// address back as it is, since it holds no space or control
		// character.
		return href
	}
	if base != nil && len(href) <= maxURLLen {
		if u, ok := rootedURL(base, href); ok {
			return u
		}
	}
	t := trimURL(href)
	if t == "" || len(t) > maxURLLen || strings.HasPrefix(t, "#") {
		return ""
	}
	if t != href && plainWebURL(t) {
		// Parsing it and writing it out again would give it back as it
		// is (TestPlainWebURL holds the two ways to the same result).
		return t
	}
	return resolveParsed(base, t)
}

// rootedURL is resolveParsed(base, href) for an address rooted at the
// site ("/news/a.html?id=1"), made without parsing: base's scheme and
// host, then href. It reports false, leaving href to resolveParsed, when
// href does not open with one slash ("//host/..." is protocol-relative),
// when base has user info or no host, when href's path holds a "." or
// ".." segment, which resolving removes, and when the address made is not
// a plain web URL (see plainWebURL). TestRootedURL and FuzzRootedURL hold
// the two ways to the same result.
func rootedURL(base *url.URL, href string) (string, bool) {
	if !strings.HasPrefix(href, "/") || strings.HasPrefix(href, "//") || base.User != nil || base.Opaque != "" {
		return "", false
	}
	path := href
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	for seg := range strings.SplitSeq(path, "/") {
		if seg == "." || seg == ".." {
			return "", false
		}
	}
	u := base.Scheme + "://" + base.Host + href
	return u, plainWebURL(u)
}

// resolveParsed is resolveURL for an address that is not a plain web URL:
// it goes through url.Parse, and is resolved against base.
func resolveParsed(base *url.URL, href string) string {
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	switch {
	case u.IsAbs():
	case base != nil:
		u = base.ResolveReference(u)
	case strings.HasPrefix(href, "//"):
		u.Scheme = "https"
	default:
		return ""
	}
	if !isWebURL(u) || u.Hostname() == "" || hasURLUnsafe(u.Host) || !utf8.ValidString(u.Host) {
		// A host holding what urlUnsafe would encode, or invalid UTF-8,
		// is no host a resolver knows, and its encoding would not parse
		// as a host.
		return ""
	}
	out := u.String()
	if hasURLUnsafe(out) {
		// Keep the URL one token: encode what a browser would encode.
		out = urlUnsafe.Replace(out)
	}
	if !isASCII(out) {
		// url.URL.String leaves the query's bytes as they are.
		out = escapeURLRunes(out)
	}
	if strings.HasPrefix(href, "//") {
		// url.Parse reads the host of a reference without a scheme more
		// leniently than that of an absolute URL ("//::/" has the host
		// "::"): the address made from one must parse.
		if _, err := url.Parse(out); err != nil {
			return ""
		}
	}
	return out
}

// plainWebURL reports whether href is an absolute http or https URL that
// url.Parse and URL.String give back unchanged and that needs none of
// resolveURL's escaping: a lower-case scheme; a host of lower-case
// letters, digits, dots and hyphens, with a port of digits or none; then
// only letters, digits, "-._~!$&'()*+,;=:@/?" and percent signs that open
// an escape (two hex digits), with one "#" at most, not last. Most
// addresses on pages are written so.
func plainWebURL(href string) bool {
	var rest string
	switch {
	case strings.HasPrefix(href, "https://"):
		rest = href[len("https://"):]
	case strings.HasPrefix(href, "http://"):
		rest = href[len("http://"):]
	default:
		return false
	}
	i, port := 0, false
	for ; i < len(rest); i++ {
		c := rest[i]
		if c == '/' || c == '?' || c == '#' {
			break
		}
		switch {
		case c >= '0' && c <= '9':
		case port:
			return false
		case c >= 'a' && c <= 'z' || c == '.' || c == '-':
		case c == ':' && i > 0:
			port = true
		default:
			return false
		}
	}
	if i == 0 || rest[0] == ':' {
		return false
	}
	hash := false
	for ; i < len(rest); i++ {
		c := rest[i]
		if plainURLBytes[c] {
			continue
		}
		switch {
		case c == '%' && i+2 < len(rest) && isHexDigit(rest[i+1]) && isHexDigit(rest[i+2]):
			i += 2
		case c == '#' && !hash && i+1 < len(rest):
			// An empty fragment would be dropped.
			hash = true
		default:
			return false
		}
	}
	return true
}

// plainURLBytes marks the bytes plainWebURL lets through as they are
// after the host.
var plainURLBytes = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	for _, c := range []byte("-._~!$&'()*+,;=:@/?") {
		t[c] = true
	}
	return t
}()

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f'
}

// escapeURLRunes percent-encodes the bytes of s that a URL must not carry
// as they are and that a browser would encode: invalid UTF-8, control
// characters and white space beyond ASCII (U+0085, U+00A0, U+2003...).
// Other characters, "café" for one, stay.
func escapeURLRunes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.IsControl(r) || unicode.IsSpace(r) {
			for _, c := range []byte(s[i : i+n]) {
				fmt.Fprintf(&b, "%%%02X", c)
			}
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

var urlUnsafe = strings.NewReplacer(" ", "%20", "\"", "%22", "<", "%3C", ">", "%3E", "\\", "%5C", "^", "%5E", "`", "%60", "{", "%7B", "|", "%7C", "}", "%7D")

// trimURL prepares an address for parsing as the WHATWG URL parser does,
// and a little more. The parser removes leading and trailing C0 control
// characters and spaces, and every ASCII tab and newline wherever it is,
// before it reads the scheme; trimURL does the same. It also removes the
// other C0 controls and DEL wherever they are, which a browser would
// percent-encode (Go's URL parser refuses them), and trims Unicode white
// space at the ends, so that such an address is kept, not dropped. Doing
// more than the browser can only make a scheme plainer to see: no address
// a browser reads as javascript: reads as anything else after trimURL.
func trimURL(s string) string {
	return strings.TrimSpace(stripControl(s))
}

// stripControl removes ASCII control characters and DEL from s.
func stripControl(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] == 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= ' ' && s[i] != 0x7f {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// dataImageURL returns src, a data: URL from an image's attribute, trimmed
// as trimURL trims addresses (a base64 payload often has line breaks, which
// browsers skip), when it is an image's: data:image/ and a type. Any other
// data: URL, an HTML document for one, gives "".
func dataImageURL(src string) string {
	u := trimURL(src)
	if !hasPrefixFoldString(u, "data:image/") || len(u) == len("data:image/") {
		return ""
	}
	return u
}

// urlUnsafeBytes marks the bytes urlUnsafe encodes.
var urlUnsafeBytes = func() (t [256]bool) {
	for _, c := range []byte(" \"<>\\^`{|}") {
		t[c] = true
	}
	return t
}()

// hasURLUnsafe reports whether s holds a byte urlUnsafe encodes.
func hasURLUnsafe(s string) bool {
	for i := 0; i < len(s); i++ {
		if urlUnsafeBytes[s[i]] {
			return true
		}
	}
	return false
}

// sameDocument reports whether two absolute URLs name the same page,
// ignoring the fragment, the query and a trailing slash.
func sameDocument(a, b string) bool {
	return docKey(a) == docKey(b)
}

// docKey is the URL s without its query, fragment, trailing slash,
// scheme and "www.".
func docKey(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexByte(s, '?'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSuffix(s, "/")
	s = strings.TrimPrefix(s, "https://")
	s = strings.TrimPrefix(s, "http://")
	return strings.TrimPrefix(s, "www.")
}
