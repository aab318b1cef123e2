package article

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestCleanNeverJoinsMarkup(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"zero-width space after <", "<\u200bimg src=x>", "<\u200bimg src=x>"},
		{"soft hyphen after <", "<\u00ad/script>", "<\u00ad/script>"},
		{"word joiner before !", "<\u2060!-- x -->", "<\u2060!-- x -->"},
		{"byte order mark before ?", "<\ufeff?xml", "<\ufeff?xml"},
		{"private use after <", "<\ue000b>", "<\ue000b>"},
		{"control after <", "<\x01script>", "<\ufffdscript>"},
		{"C1 control after <", "<\u0085script>", "<\ufffdscript>"},
		{"two left out after <", "<\u200b\u00adimg", "<\u00adimg"},
		{"left out before a digit", "<\u200b3 apples", "<3 apples"},
		{"left out before a space", "<\u200b img", "< img"},
		{"space between", "< \u200bimg", "< img"},
		{"zero-width inside javascript:", "java\u200bscript:alert(1)", "java\u200bscript:alert(1)"},
		{"control inside JavaScript:", "Java\x01Script:alert(1)", "Java\ufffdScript:alert(1)"},
		{"soft hyphen inside vbscript:", "vb\u00adscript:msgbox", "vb\u00adscript:msgbox"},
		{"zero-width inside data:", "da\u200bta:text/html", "da\u200bta:text/html"},
		{"last of two inside the scheme", "ja\u00adva\u200bscript:x", "java\u200bscript:x"},
		{"gap before the scheme's name", "x\u200bjavascript:x", "xjavascript:x"},
		{"gap in a word before data", "meta\u00addata: x", "metadata: x"},
		{"gap in a word that is not a scheme", "data\u00adbase: x", "database: x"},
		{"soft hyphens in words", "Mittel\u00adschul\u00adlehrer", "Mittelschullehrer"},
		{"zero-width space in a word", "long\u200bword", "longword"},
		{"invalid byte", "Caf\xe9 au lait", "Caf\ufffd au lait"},
		{"invalid byte after <", "<\xa5script>alert(1)<\xa5/script>", "<\ufffdscript>alert(1)<\ufffd/script>"},
		{"truncated sequence", "a\xe2\x82b", "a\ufffdb"},
		{"truncated four-byte sequence", "a\xf0\x9f\x98", "a\ufffd"},
		{"encoded surrogate", "a\xed\xa0\x80b", "a\ufffd\ufffd\ufffdb"},
		{"overlong", "\xc0\xaf", "\ufffd\ufffd"},
		{"above U+10FFFF", "\xf4\x90\x80\x80", "\ufffd\ufffd\ufffd\ufffd"},
		{"controls fold with space", "a\x01 \x02b", "a b"},
		{"no-break space", "a\u00a0\u00a0b", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := clean(tt.in); got != tt.want {
				t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			// Written in pieces, one character at a time, the text comes
			// out the same: the guard holds across text nodes.
			var b textBuilder
			for _, r := range splitChars(tt.in) {
				b.write(r)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("written a character at a time: %q, want %q", got, tt.want)
			}
		})
	}
}

// splitChars splits s into its characters, keeping each ill-formed
// sequence whole, as it reads as one U+FFFD.
func splitChars(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 && s[i] >= utf8.RuneSelf {
			n = invalidUTF8Len(s[i:])
		}
		out = append(out, s[i:i+n])
		i += n
	}
	return out
}

func TestInvalidUTF8Len(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"\x80", 1},
		{"\xc2", 1},
		{"\xc2A", 1},
		{"\xe2\x82", 2},
		{"\xe2\x82A", 2},
		{"\xe0\x80", 1}, // E0 needs A0..BF next
		{"\xed\xa0", 1}, // ED needs 80..9F next: no surrogates
		{"\xf0\x9f\x98", 3},
		{"\xf0\x80", 1},
		{"\xf4\x90", 1},
		{"\xf5\x80\x80\x80", 1},
		{"\xff", 1},
		{"\xc0\xaf", 1},
	} {
		if got := invalidUTF8Len(tt.in); got != tt.want {
			t.Errorf("invalidUTF8Len(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestCleanCode(t *testing.T) {
	for _, tt := range []struct {
		name, in, want string
	}{
		{"lines and tabs kept", "\n\nif x {\n\treturn\n}\n\n", "if x {\n\treturn\n}"},
		{"control left out", "a\x01b", "ab"},
		{"control after <", "<\x01script>", "<\ufffdscript>"},
		{"control inside javascript:", "java\x08script:", "java\ufffdscript:"},
		{"invalid byte", "<\xa5/script>", "<\ufffd/script>"},
		{"markup kept", "<div class=\"x\">", "<div class=\"x\">"},
	} {
		if got := cleanCode(tt.in); got != tt.want {
			t.Errorf("%s: cleanCode(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestMarkupText(t *testing.T) {
	for _, tt := range []struct {
		in, want string
	}{
		{"Plain text, 3 < 4", "Plain text, 3 < 4"},
		{"<p>A summary in a paragraph.</p>", "A summary in a paragraph."},
		{"<p>Escaped twice: &lt;b&gt;bold&lt;/b&gt;</p>", "Escaped twice: bold"},
		{"<p>&amp;lt;b&amp;gt;</p>", "&lt;b&gt;"},
		{escapedLevels("<b>x</b>", maxMarkupLevels), ""},
		{escapedLevels("<b>x</b>", maxMarkupLevels-1), "x"},
		{"<script>alert(1)</script>Headline", "Headline"},
	} {
		got := markupText(tt.in)
		if got != tt.want {
			t.Errorf("markupText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if hasMarkup(got) {
			t.Errorf("markupText(%q) = %q holds markup", tt.in, got)
		}
	}
}

// escapedLevels returns s escaped n times, each time in a paragraph.
func escapedLevels(s string, n int) string {
	for range n {
		s = "<p>" + html.EscapeString(s) + "</p>"
	}
	return s
}

func TestDropUnshownMarkup(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<title>Using &lt;div&gt;</title><p>Write &lt;div&gt; and <code>&lt;/div&gt;</code>.</p><img alt="&lt;b&gt;">`))
	if err != nil {
		t.Fatal(err)
	}
	a := &Article{
		Title:       "Using <div>",
		Description: "<img src=x onerror=alert(1)> and <div>",
		Authors:     []Author{{Name: "<<script>"}},
		Image:       &Image{Caption: "A <b>bold</b> caption"},
		Sections: []Section{{Heading: "<DIV>", Blocks: []Block{
			{Type: Paragraph, Text: "Write <div> and </div>.", Links: []Link{{Text: "<a href>", URL: "https://example.com/"}}},
			{Type: List, Items: []string{"<li>one"}},
		}}},
		Related: []Link{{Text: "<!-- x -->", URL: "https://example.com/"}},
	}
	dropUnshownMarkup(a, root)
	want := &Article{
		Title:       "Using <div>",
		Description: "\ufffdimg src=x onerror=alert(1)> and <div>",
		Authors:     []Author{{Name: "<\ufffdscript>"}},
		Image:       &Image{Caption: "A <b>bold\ufffd/b> caption"},
		Sections: []Section{{Heading: "<DIV>", Blocks: []Block{
			{Type: Paragraph, Text: "Write <div> and </div>.", Links: []Link{{Text: "\ufffda href>", URL: "https://example.com/"}}},
			{Type: List, Items: []string{"\ufffdli>one"}},
		}}},
		Related: []Link{{Text: "\ufffd!-- x -->", URL: "https://example.com/"}},
	}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("dropUnshownMarkup (-want +got):\n%s", diff)
	}
}
func TestDropUnshownMarkupKeepsMarksAligned(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<p>a page that shows no markup as text</p>`))
	if err != nil {
		t.Fatal(err)
	}
	mark := func(start, end int) []Mark { return []Mark{{Kind: EmphasisMark, Start: start, End: end}} }
	a := &Article{
		Image: &Image{Caption: "<b> and bold", CaptionMarks: mark(8, 12)},
		Sections: []Section{{Blocks: []Block{
			{Type: Paragraph, Text: "x <y z <w v", Marks: mark(10, 11)},
			{Type: List, Items: []string{"<i> item"}, ListItems: []ListItem{{Text: "<i> item", Marks: mark(4, 8)}}},
			{Type: Table, Items: []string{"<td> cell"}, Rows: []Row{{Cells: []Span{{Text: "<td> cell", Marks: mark(5, 9)}}}}},
			{Type: Quote, Text: "<q> said", Paragraphs: []Span{{Text: "<q> said", Marks: mark(4, 8)}}, Citation: &Span{Text: "<em>name", Marks: mark(4, 8)}},
		}}},
	}
	dropUnshownMarkup(a, root)

	r := "\uFFFD"
	want := &Article{
		Image: &Image{Caption: r + "b> and bold", CaptionMarks: mark(10, 14)},
		Sections: []Section{{Blocks: []Block{
			{Type: Paragraph, Text: "x " + r + "y z " + r + "w v", Marks: mark(14, 15)},
			{Type: List, Items: []string{r + "i> item"}, ListItems: []ListItem{{Text: r + "i> item", Marks: mark(6, 10)}}},
			{Type: Table, Items: []string{r + "td> cell"}, Rows: []Row{{Cells: []Span{{Text: r + "td> cell", Marks: mark(7, 11)}}}}},
			{Type: Quote, Text: r + "q> said", Paragraphs: []Span{{Text: r + "q> said", Marks: mark(6, 10)}}, Citation: &Span{Text: r + "em>name", Marks: mark(6, 10)}},
		}}},
	}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("dropUnshownMarkup (-want +got):\n%s", diff)
	}
}

// TestRememberedTextLen checks that state.textLen, which remembers the
// lengths of the elements below the one it measures, gives textLen for
// every node of every fixture, whether elements are asked about from the
// top down, from the bottom up, or through textLongerThan first.
func TestRememberedTextLen(t *testing.T) {
	for _, f := range fixtures(t) {
		doc := fixtureTree(t, f)
		var nodes []*html.Node
		walk(doc, func(n *html.Node) bool { nodes = append(nodes, n); return true })
		bottomUp := slices.Clone(nodes)
		slices.Reverse(bottomUp)
		for _, order := range [][]*html.Node{nodes, bottomUp} {
			s := &state{}
			for i, n := range order {
				want := textLen(n)
				if i%3 == 0 && s.textLongerThan(n, want) {
					t.Errorf("%s: textLongerThan(<%s>, %d) with its length %d", f, n.Data, want, want)
				}
				if got := s.textLen(n); got != want {
					t.Errorf("%s: textLen(<%s>) = %d, want %d", f, n.Data, got, want)
				}
			}
		}
	}
}

// TestScoringRemembersTextLen checks the lengths the scoring walk leaves
// in the memo, strict (furniture skipped) and loose: each is the element's
// whole textLen, though scoring passes over menus, asides and sidebars.
func TestScoringRemembersTextLen(t *testing.T) {
	for _, f := range fixtures(t) {
		doc := fixtureTree(t, f)
		for _, strict := range []bool{true, false} {
			var lens textLens
			scoreContent(doc, strict, nil, newHintCache(), &lens)
			if len(lens.of) == 0 {
				t.Errorf("%s: scoring remembered no lengths", f)
			}
			for n, got := range lens.of {
				if want := textLen(n); got != want {
					t.Errorf("%s (strict %v): remembered <%s> as %d long, textLen gives %d", f, strict, n.Data, got, want)
				}
			}
		}
	}
}

// TestWordsEnd compares wordsEnd with reading the words a byte at a time,
// on texts made of the bytes at the edges of visible ASCII.
func TestWordsEnd(t *testing.T) {
	slow := func(s string, i int) int {
		for i < len(s) && s[i] > ' ' && s[i] < 0x7f {
			i++
		}
		for i+1 < len(s) && s[i] == ' ' && s[i+1] > ' ' && s[i+1] < 0x7f {
			i += 2
			for i < len(s) && s[i] > ' ' && s[i] < 0x7f {
				i++
			}
		}
		return i
	}
	alphabet := []byte{' ', ' ', ' ', 'a', 'a', 'a', '!', '~', 0x7f, 0x80, 0xff, '\t', 0, 0x1f, 0x21, 0x22, 0x7e}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			if rng.IntN(4) == 0 {
				b[k] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[k] = "ab "[rng.IntN(3)]
			}
		}
		s := string(b)
		for i := range len(s) + 1 {
			if got, want := wordsEnd(s, i), slow(s, i); got != want {
				t.Fatalf("wordsEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestFoldKeyASCII compares foldKey with folding every character through
// the Unicode tables, on texts that hold each ASCII character.
func TestFoldKeyASCII(t *testing.T) {
	slow := func(s string) string {
		var b strings.Builder
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
	rng := rand.New(rand.NewPCG(3, 4))
	extra := []rune{'é', 'Ö', '–', '—', '\u00a0', '\u0085', '\u2003', 'İ', 'K', '٣', utf8.RuneError}
	for c := range utf8.RuneSelf {
		for _, s := range []string{string(rune(c)), "a" + string(rune(c)) + "B", "Ab " + string(rune(c)) + " 9"} {
			if got, want := foldKey(s), slow(s); got != want {
				t.Fatalf("foldKey(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(12) {
			if rng.IntN(3) == 0 {
				b.WriteRune(extra[rng.IntN(len(extra))])
			} else {
				b.WriteByte(byte(rng.IntN(utf8.RuneSelf)))
			}
		}
		if rng.IntN(10) == 0 {
			b.WriteByte(0xff)
		}
		s := b.String()
		if got, want := foldKey(s), slow(s); got != want {
			t.Fatalf("foldKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestWriteAtOnce checks that textBuilder.write, which copies runs of
// words and of characters outside ASCII at once, writes what writing the
// same text one character at a time writes, also where the block fills.
func TestWriteAtOnce(t *testing.T) {
	pieces := []string{"a", "Z", " ", " ", "  ", "<", ":", "java", "script", "\t", "\n", "\x01", "\x7f", "\u00a0", "\u2003", "\u200b",
		"\u00ad", "\ue000", "\u0085", "я", "Ж", "中", "é", "\xff", "\xe2\x82", "\xf0\x9f\x98\x80", "\uFFFD", "!"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(16) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		fill := 0
		if rng.IntN(2) == 0 {
			fill = maxBlockText - rng.IntN(12)
		}
		var whole, each textBuilder
		whole.b = append(whole.b, strings.Repeat("x", fill)...)
		each.b = append(each.b, whole.b...)
		whole.write(s)
		for i := 0; i < len(s); {
			_, size := utf8.DecodeRuneInString(s[i:])
			if r, _ := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && size == 1 {
				size = invalidUTF8Len(s[i:])
			}
			each.write(s[i : i+size])
			i += size
		}
		// A full block ignores the rest of the text it is given, so only
		// the text is compared once the block is full.
		full := whole.Len() >= maxBlockText
		if got, want := whole.String()[fill:], each.String()[fill:]; got != want || !full && whole.pending != each.pending {
			t.Fatalf("write(%q) after %d bytes = %q (pending %v), one at a time %q (pending %v)", s, fill, got, whole.pending, want, each.pending)
		}
	}
}

// TestFoldedLen compares foldedLen, which reads eight bytes at a time,
// with counting a byte at a time.
func TestFoldedLen(t *testing.T) {
	slow := func(s string) int {
		n, space := 0, false
		for i := 0; i < len(s); i++ {
			if foldSpace[s[i]] != 0 {
				space = true
				continue
			}
			if space {
				n++
			}
			n, space = n+1, false
		}
		return n
	}
	alphabet := []byte{' ', ' ', '\t', '\n', '\r', '\f', '\v', 0, 'a', 'b', '!', 0x7f, 0x80, 0xff, 0x1f, 0x21}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		b := make([]byte, rng.IntN(70))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		if got, want := foldedLen(string(b)), slow(string(b)); got != want {
			t.Fatalf("foldedLen(%q) = %d, want %d", b, got, want)
		}
	}
	if got, want := foldedLen(strings.Repeat("ab ", 400)), slow(strings.Repeat("ab ", 400)); got != want {
		t.Fatalf("foldedLen of a long text = %d, want %d", got, want)
	}
}

// TestIsASCII places one byte outside ASCII at each offset of texts of
// each length up to 24.
func TestIsASCII(t *testing.T) {
	for n := range 25 {
		b := []byte(strings.Repeat("a", n))
		if !isASCII(string(b)) {
			t.Fatalf("isASCII(%q) = false", b)
		}
		for k := range n {
			b[k] = 0x80
			if isASCII(string(b)) {
				t.Fatalf("isASCII(%q) = true", b)
			}
			b[k] = 'a'
		}
	}
}

// TestLowerRune compares lowerRune with unicode.ToLower on every rune, and
// toLower with strings.ToLower on mixed texts.
func TestLowerRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%U) = %U, want %U", r, got, want)
		}
	}
	pieces := []string{"a", "Z", " ", "É", "é", "Ж", "ж", "Ѐ", "Ω", "İ", "K", "中", "’", "\xff", "\xe2\x82", "\uFFFD", "ẞ"}
	rng := rand.New(rand.NewPCG(9, 10))
	texts := []string{"", "abc", strings.Repeat("Ab ", 85), strings.Repeat("Ab ", 86), strings.Repeat("ab ", 100)}
	for range 5000 {
		var b strings.Builder
		n := rng.IntN(10)
		if rng.IntN(4) == 0 {
			// Past the 256 bytes toLower lowers on the stack.
			n += 200
		}
		ascii := rng.IntN(2) == 0
		for range n {
			p := pieces[rng.IntN(len(pieces))]
			for ascii && p[0] >= utf8.RuneSelf {
				p = pieces[rng.IntN(len(pieces))]
			}
			b.WriteString(p)
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Fatalf("toLower(%q) = %q, want %q", s, got, want)
		}
	}
}
