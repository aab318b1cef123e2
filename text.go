package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxBlockText caps the text kept for one block. A longer run is cut at a
// word boundary; a real paragraph is never near this long.
const maxBlockText = 64 << 10

// textBuilder accumulates text with whitespace folded: runs of spaces,
// tabs and line breaks become one space, and control characters, invalid
// UTF-8 and zero-width characters are dropped.
type textBuilder struct {
	b       strings.Builder
	pending bool // a space is owed before the next visible character
}

func (t *textBuilder) space() {
	if t.b.Len() > 0 {
		t.pending = true
	}
}

func (t *textBuilder) write(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c <= ' ' || c == 0x7f {
				if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
					t.space()
				}
				continue
			}
			if t.b.Len() >= maxBlockText {
				return
			}
			if t.pending {
				t.b.WriteByte(' ')
				t.pending = false
			}
			t.b.WriteByte(c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			continue
		}
		switch {
		case r == '\u00a0' || r == '\u2028' || r == '\u2029' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a') || r == '\u202f' || r == '\u205f':
			t.space()
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
			continue
		case r >= 0x80 && r < 0xa0, unicode.Is(unicode.Co, r), r >= 0xfff9 && r <= 0xfffb:
			continue
		}
		if t.b.Len() >= maxBlockText {
			return
		}
		if t.pending {
			t.b.WriteByte(' ')
			t.pending = false
		}
		t.b.WriteRune(r)
	}
}

func (t *textBuilder) String() string { return t.b.String() }
func (t *textBuilder) Len() int       { return t.b.Len() }

// clean folds whitespace in s and drops what text must not carry.
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	var t textBuilder
	t.write(s)
	return t.String()
}

// isPlain reports whether s is already folded ASCII text, the common case
// that clean can return without copying.
func isPlain(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c < ' ' || c == 0x7f {
			return false
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	return true
}

// nodeText returns the visible text below n, whitespace folded, with block
// boundaries and <br> as spaces.
func nodeText(n *html.Node) string {
	var t textBuilder
	appendText(&t, n)
	return t.String()
}

func appendText(t *textBuilder, n *html.Node) {
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			t.write(c.Data)
		case html.ElementNode:
			if c != n && (skipAlways(c) || isHidden(c)) {
				return false
			}
			if isBlockLevel(c) {
				t.space()
			}
			if c.DataAtom == atom.Img || c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				t.space()
			}
		}
		return true
	})
}

// textLen returns the length in bytes of n's visible text, counting each
// whitespace run as one byte, without building the string.
func textLen(n *html.Node) int {
	total := 0
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			total += foldedLen(c.Data)
		case html.ElementNode:
			if c != n && (skipAlways(c) || isHidden(c)) {
				return false
			}
		}
		return true
	})
	return total
}

// foldedLen is the length of s with each whitespace run counted as one.
func foldedLen(s string) int {
	n, space := 0, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
			space = true
		default:
			if space {
				n++
				space = false
			}
			n++
		}
	}
	return n
}

// wordCount counts the space-separated words in folded text.
func wordCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1
}

// foldKey folds s for comparison: lowercase letters and digits only, single
// spaces between words, quotes and dashes dropped.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else if unicode.IsSpace(r) || r == '-' || r == '–' || r == '—' || r == '/' || r == '|' {
			space = true
		}
	}
	return b.String()
}
