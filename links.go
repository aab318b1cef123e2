package article

import (
	"net/url"
	"strings"
)

// maxURLLen bounds a kept URL. Longer ones are almost always inline data
// or tracking blobs.
const maxURLLen = 4096

// resolveURL makes href absolute against base and returns it when it is
// an http or https URL, else "". Scripts, data and other schemes are
// dropped, and so is a relative href when there is no base.
func resolveURL(base *url.URL, href string) string {
	href = strings.TrimSpace(stripControl(href))
	if href == "" || len(href) > maxURLLen || strings.HasPrefix(href, "#") {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			if strings.HasPrefix(href, "//") {
				u.Scheme = "https"
				if u.Host == "" {
					return ""
				}
				return u.String()
			}
			return ""
		}
		u = base.ResolveReference(u)
	}
	if !isWebURL(u) || u.Host == "" {
		return ""
	}
	out := u.String()
	if hasURLUnsafe(out) {
		// Keep the URL one token: encode what a browser would encode.
		out = urlUnsafe.Replace(out)
	}
	return out
}

var urlUnsafe = strings.NewReplacer(" ", "%20", "\"", "%22", "<", "%3C", ">", "%3E", "\\", "%5C", "^", "%5E", "`", "%60", "{", "%7B", "|", "%7C", "}", "%7D")

// stripControl removes ASCII control characters and spaces browsers ignore
// inside URLs, so that "java\tscript:" is seen for what it is.
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
