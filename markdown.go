package article

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markdown returns the article as a Markdown document in reading order:
// the title, the byline, the date, the lead image's caption with its
// credit, the body with its headings, figures and promos in place, and the
// page's URL at the end.
//
// The document is CommonMark with GitHub's tables: links, emphasis, strong
// emphasis, inline code and line breaks inline; numbered and nested lists;
// a quotation's paragraphs with its citation after a dash; fenced code
// with its language; tables with a header row (an empty one when the page
// gives none). Text taken from the page is escaped so that it reads as
// written and cannot change the document's structure. Emphasis that
// Markdown's delimiter rules cannot place is written as <em> or <strong>.
func (a *Article) Markdown() string {
	var w mdWriter
	if a.Title != "" {
		w.block("# " + escapeMarkdown(a.Title, mdHeading))
	}
	if line := a.bylineText(); line != "" {
		w.block(mdInline(line, a.bylineMarks(line), nil, mdText))
	}
	if !a.Published.IsZero() {
		w.block(a.Published.Time.Format(dateLayout))
	}
	if a.Image != nil {
		w.block(markdownImage(a.Image))
	}
	for _, s := range a.Sections {
		if s.Heading != "" {
			level := min(max(s.Level, 2), 6)
			w.block(strings.Repeat("#", level) + " " + escapeMarkdown(s.Heading, mdHeading))
		}
		for _, bl := range s.Blocks {
			w.body(bl)
		}
	}
	if isSafeURL(a.URL) {
		w.block("Original URL: <" + escapeAutolink(a.URL) + ">")
	}
	if w.b.Len() > 0 {
		w.b.WriteByte('\n')
	}
	return w.b.String()
}

// mdWriter writes a Markdown document block by block.
type mdWriter struct {
	b strings.Builder
	// lastList is the kind of list the last block was ("-", "*", "." or
	// ")"), "" when it was none: two lists in a row take different
	// markers, or Markdown would read them as one.
	lastList string
}

// block writes one block, a blank line after the one before.
func (w *mdWriter) block(s string) {
	if s == "" {
		return
	}
	if w.b.Len() > 0 {
		w.b.WriteString("\n\n")
	}
	w.b.WriteString(s)
	w.lastList = ""
}

// body writes a block of the body.
func (w *mdWriter) body(bl Block) {
	switch bl.Type {
	case Paragraph, Related:
		w.block(mdInline(bl.Text, bl.Marks, bl.Links, mdText))
	case Quote:
		w.block(markdownQuote(bl))
	case Code:
		if bl.Text == "" {
			return
		}
		fence := "```"
		for strings.Contains(bl.Text, fence) {
			fence += "`"
		}
		lang := ""
		if isLanguageName(bl.Language) {
			lang = bl.Language
		}
		w.block(fence + lang + "\n" + bl.Text + "\n" + fence)
	case List:
		marker := "-"
		if bl.Ordered {
			marker = "."
		}
		switch {
		case w.lastList == marker && marker == "-":
			marker = "*"
		case w.lastList == marker:
			marker = ")"
		}
		list := markdownList(bl, marker)
		w.block(list)
		if list != "" {
			w.lastList = marker
		}
	case Table:
		w.block(markdownTable(bl))
	case Figure:
		if bl.Image != nil {
			w.block(markdownImage(bl.Image))
		}
	}
}

func markdownImage(im *Image) string {
	var parts []string
	if isSafeURL(im.URL) {
		alt := im.Alt
		if alt == "" {
			alt = im.Caption
		}
		parts = append(parts, "!["+escapeMarkdown(alt, mdText)+"]("+escapeLinkURL(im.URL)+")")
	}
	caption := mdInline(im.Caption, im.CaptionMarks, nil, mdText)
	if im.Credit != "" {
		if caption != "" {
			caption += " "
		}
		caption += "**" + escapeMarkdown(im.Credit, mdText) + "**"
	}
	if caption != "" {
		parts = append(parts, caption)
	}
	return strings.Join(parts, "\n\n")
}

// markdownQuote writes a quotation's paragraphs and its citation, each
// line behind "> ".
func markdownQuote(bl Block) string {
	paras := bl.Paragraphs
	if len(paras) == 0 && bl.Text != "" {
		// A quote made without paragraphs: its text is one.
		paras = []Span{{Text: bl.Text, Marks: bl.Marks}}
	}
	var parts []string
	links := bl.Links
	if len(bl.Paragraphs) > 0 {
		links = nil // the paragraphs carry their links as marks
	}
	for _, p := range paras {
		if s := mdInline(p.Text, p.Marks, links, mdText); s != "" {
			parts = append(parts, s)
		}
	}
	if c := bl.Citation; c != nil && c.Text != "" {
		parts = append(parts, "— "+mdInline(c.Text, c.Marks, nil, mdText))
	}
	if len(parts) == 0 {
		return ""
	}
	return prefixLines(strings.Join(parts, "\n\n"), "> ", "> ")
}

// prefixLines puts first before s's first line and rest before each other
// line; an empty line gets the prefix without its trailing space.
func prefixLines(s, first, rest string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		p := rest
		if i == 0 {
			p = first
		}
		if l == "" {
			p = strings.TrimRight(p, " ")
		}
		lines[i] = p + l
	}
	return strings.Join(lines, "\n")
}

// markdownList writes a list with the marker "-" or "*" for bullets, or
// "." or ")" after the numbers of a numbered list. Nested lists are
// indented under their entry.
func markdownList(bl Block, marker string) string {
	items := bl.ListItems
	if len(items) == 0 {
		// A list made without ListItems: its plain entries.
		for _, it := range bl.Items {
			items = append(items, ListItem{Text: it})
		}
	}
	return markdownItems(items, marker, 0)
}

// mdMaxListDepth bounds how deep nested lists are written; deeper ones
// would only turn into code blocks.
const mdMaxListDepth = 32

// markdownItems writes list entries, each behind its marker with the lines
// that follow it indented to its text. An entry with no text of its own
// opens with its nested list on the marker's line ("- - entry"): an entry
// that opens with an empty line cannot follow the paragraph of a nested
// entry, which would take its marker as text.
func markdownItems(items []ListItem, marker string, depth int) string {
	var b strings.Builder
	n := 0
	for _, it := range items {
		content := mdInline(it.Text, it.Marks, nil, mdText)
		if it.Sublist != nil && len(it.Sublist.ListItems) > 0 && depth < mdMaxListDepth {
			sub := "-"
			if it.Sublist.Ordered {
				sub = "."
			}
			if nested := markdownItems(it.Sublist.ListItems, sub, depth+1); nested != "" {
				if content != "" {
					content += "\n"
				}
				content += nested
			}
		}
		if content == "" {
			continue
		}
		n++
		lead := marker
		if marker == "." || marker == ")" {
			lead = strconv.Itoa(n) + marker
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(prefixLines(content, lead+" ", strings.Repeat(" ", len(lead)+1)))
	}
	return b.String()
}

// markdownTable writes a table as a GitHub table: the first row heads it
// when the page marks it as a header, else an empty header row does.
func markdownTable(bl Block) string {
	if len(bl.Rows) == 0 {
		// A table made without Rows: its plain rows, one a line.
		rows := make([]string, 0, len(bl.Items))
		for _, r := range bl.Items {
			rows = append(rows, escapeMarkdown(r, mdText))
		}
		return strings.Join(rows, "\\\n")
	}
	cols := 0
	for _, r := range bl.Rows {
		cols = max(cols, len(r.Cells))
	}
	if cols == 0 {
		return ""
	}
	rows := bl.Rows
	var head []Span
	if rows[0].Header {
		head, rows = rows[0].Cells, rows[1:]
	}
	var b strings.Builder
	writeMarkdownRow(&b, head, cols)
	b.WriteString("\n|")
	for range cols {
		b.WriteString(" --- |")
	}
	for _, r := range rows {
		b.WriteByte('\n')
		writeMarkdownRow(&b, r.Cells, cols)
	}
	return b.String()
}

func writeMarkdownRow(b *strings.Builder, cells []Span, cols int) {
	b.WriteByte('|')
	for i := range cols {
		text := ""
		if i < len(cells) {
			text = mdInline(cells[i].Text, cells[i].Marks, nil, mdCell)
		}
		b.WriteString(" " + text + " |")
	}
}

// mdContext says where inline Markdown is written.
type mdContext int

const (
	mdText    mdContext = iota // a paragraph, a list entry, a quotation
	mdHeading                  // a heading's text: its "#"s are escaped
	mdCell                     // a table cell: "|" escaped everywhere, breaks as <br>
)

// mdInline writes text with its marks (or, when it has none, its links)
// as inline Markdown.
func mdInline(text string, marks []Mark, links []Link, ctx mdContext) string {
	marks = renderMarks(text, marks, links)
	if len(marks) == 0 {
		return escapeMarkdown(text, ctx)
	}
	v := mdInlineWriter{marks: marks, ctx: ctx, html: emphasisAsHTML(text, marks)}
	v.lineStart = true
	walkMarks(text, marks, &v)
	return v.b.String()
}

// mdInlineWriter writes inline Markdown as walkMarks reads marks.
type mdInlineWriter struct {
	b     strings.Builder
	marks []Mark
	ctx   mdContext
	// html says which emphasis marks are written as HTML tags.
	html []bool
	// lineStart says the next text starts a line.
	lineStart bool
	// code collects the text of the code mark being read, codeDepth
	// counts the marks opened inside it, which Markdown cannot show.
	code      strings.Builder
	inCode    bool
	codeDepth int
}

func (v *mdInlineWriter) text(s string) {
	if s == "" {
		return
	}
	if v.inCode {
		v.code.WriteString(s)
		return
	}
	ctx := v.ctx
	if !v.lineStart && ctx == mdText {
		ctx = mdMidLine
	}
	v.b.WriteString(escapeMarkdown(s, ctx))
	v.lineStart = false
}

func (v *mdInlineWriter) open(i int) {
	if v.inCode {
		v.codeDepth++
		return
	}
	switch v.marks[i].Kind {
	case LinkMark:
		v.b.WriteByte('[')
	case EmphasisMark:
		v.b.WriteString(v.delim(i, "*", "<em>"))
	case StrongMark:
		v.b.WriteString(v.delim(i, "**", "<strong>"))
	case CodeMark:
		v.inCode, v.codeDepth = true, 0
		v.code.Reset()
		return
	}
	v.lineStart = false
}

func (v *mdInlineWriter) close(i int) {
	if v.inCode && v.codeDepth > 0 {
		v.codeDepth--
		return
	}
	switch m := v.marks[i]; m.Kind {
	case LinkMark:
		v.b.WriteString("](" + escapeLinkURL(m.URL) + ")")
	case EmphasisMark:
		v.b.WriteString(v.delim(i, "*", "</em>"))
	case StrongMark:
		v.b.WriteString(v.delim(i, "**", "</strong>"))
	case CodeMark:
		v.inCode = false
		if v.code.Len() > 0 {
			v.b.WriteString(codeSpan(v.code.String(), v.ctx == mdCell))
		}
	}
	v.lineStart = false
}

func (v *mdInlineWriter) delim(i int, md, tag string) string {
	if v.html[i] {
		return tag
	}
	return md
}

func (v *mdInlineWriter) lineBreak() {
	switch {
	case v.inCode && v.ctx == mdText:
		// A code span cannot hold a line break: it ends before the break
		// and goes on after it.
		if v.code.Len() > 0 {
			v.b.WriteString(codeSpan(v.code.String(), false))
			v.code.Reset()
		}
		v.b.WriteString("\\\n")
	case v.inCode:
		v.code.WriteByte(' ')
	case v.ctx == mdCell:
		v.b.WriteString("<br>")
	case v.ctx == mdHeading:
		v.b.WriteByte(' ')
	default:
		v.b.WriteString("\\\n")
		v.lineStart = true
	}
}

// codeSpan writes s as a Markdown code span, its backticks fenced by a
// longer run; in a table cell "|" is escaped, as GitHub tables ask even
// inside code.
func codeSpan(s string, cell bool) string {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || len(s) > 1 && s[0] == ' ' && s[len(s)-1] == ' ' {
		s = " " + s + " "
	}
	if cell {
		s = strings.ReplaceAll(s, "|", "\\|")
	}
	return fence + s + fence
}

// emphasisAsHTML decides, for each emphasis and strong mark, whether
// Markdown's "*" and "**" would read back as that emphasis, by the
// CommonMark rules for delimiter runs: an opening run is followed by
// something other than white space and, when that is punctuation, comes
// after white space or punctuation; a closing run mirrors it. A mark
// whose run would touch the run of another emphasis mark is written as a
// tag too, so that the two runs cannot merge. It reports true for those
// to write as <em> or <strong>.
func emphasisAsHTML(text string, marks []Mark) []bool {
	html := make([]bool, len(marks))
	// The positions where marks start and end: a mark's neighbour there
	// is its delimiter, which is punctuation.
	starts := make(map[int][]int, len(marks))
	ends := make(map[int][]int, len(marks))
	for i, m := range marks {
		if m.Kind != BreakMark {
			starts[m.Start] = append(starts[m.Start], i)
			ends[m.End] = append(ends[m.End], i)
		}
	}
	isEmph := func(k MarkKind) bool { return k == EmphasisMark || k == StrongMark }
	for i, m := range marks {
		if !isEmph(m.Kind) {
			continue
		}
		touches := false
		first, last := charClassAt(text, m.Start), charClassBefore(text, m.End)
		for _, j := range starts[m.Start] {
			switch {
			case j < i && isEmph(marks[j].Kind):
				touches = true // it holds m and opens with it
			case j > i:
				first = punctClass // m's first child opens here
			}
		}
		for _, j := range ends[m.End] {
			switch {
			case j < i && isEmph(marks[j].Kind):
				touches = true // it holds m and closes with it
			case j > i:
				last = punctClass
			}
		}
		for _, j := range ends[m.Start] {
			if j != i && isEmph(marks[j].Kind) {
				touches = true // it closes where m opens
			}
		}
		for _, j := range starts[m.End] {
			if j != i && isEmph(marks[j].Kind) {
				touches = true // it opens where m closes
			}
		}
		before, after := charClassBefore(text, m.Start), charClassAt(text, m.End)
		opens := first != spaceClass && (first != punctClass || before != otherClass)
		closes := last != spaceClass && (last != punctClass || after != otherClass)
		html[i] = touches || !opens || !closes
	}
	return html
}

// charClass is what CommonMark's delimiter rules ask of a character.
type charClass int

const (
	spaceClass charClass = iota // white space, or the start or end of the text
	punctClass                  // punctuation or a symbol
	otherClass
)

func classOf(r rune) charClass {
	switch {
	case unicode.IsSpace(r):
		return spaceClass
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return punctClass
	}
	return otherClass
}

// charClassAt is the class of the character at text[i].
func charClassAt(text string, i int) charClass {
	if i >= len(text) {
		return spaceClass
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return classOf(r)
}

// charClassBefore is the class of the character before text[i].
func charClassBefore(text string, i int) charClass {
	if i <= 0 {
		return spaceClass
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return classOf(r)
}

// mdMidLine is text inside a line: the escapes that matter only where a
// line starts are not needed.
const mdMidLine mdContext = -1

// escapeMarkdown backslash-escapes what in s Markdown would read as
// syntax, so that s reads back as written: emphasis and code marks,
// brackets, angle brackets (HTML and autolinks), "|" (tables), "~"
// (strikethrough), "&" that would start an entity, and, where a line
// starts, "#" (heading), "-", "+", "=" (lists, rules, setext headings) and
// the dot or parenthesis after a leading number (numbered lists). In a
// heading every "#" is escaped, since a closing run of them would be
// dropped.
func escapeMarkdown(s string, ctx mdContext) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	lineStart := ctx != mdMidLine
	for i := 0; i < len(s); i++ {
		c := s[i]
		esc := false
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '{', '}':
			esc = true
		case '#':
			esc = i == 0 && lineStart || ctx == mdHeading
		case '-', '+', '=':
			esc = i == 0 && lineStart
		case '!':
			esc = i+1 < len(s) && s[i+1] == '['
		case '~':
			// GitHub strikes text through between single tildes too.
			esc = true
		case '$':
			// Math in some Markdown dialects.
			esc = true
		case '.', ')':
			esc = lineStart && i > 0 && allDigits(s[:i])
		case '&':
			esc = startsEntity(s[i+1:])
		}
		if esc {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// startsEntity reports whether s, following an "&", would make it an
// entity or character reference: a name, "#" and digits, or "#x" and hex
// digits, then ";".
func startsEntity(s string) bool {
	i := 0
	if strings.HasPrefix(s, "#") {
		i = 1
		hex := len(s) > 1 && (s[1] == 'x' || s[1] == 'X')
		if hex {
			i = 2
		}
		start := i
		for i < len(s) && i-start < 8 && (isDigitByte(s[i]) || hex && strings.IndexByte("abcdefABCDEF", s[i]) >= 0) {
			i++
		}
		return i > start && i < len(s) && s[i] == ';'
	}
	for i < len(s) && i < 32 && (isDigitByte(s[i]) || s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') {
		i++
	}
	return i > 0 && i < len(s) && s[i] == ';'
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// escapeLinkURL makes a URL safe inside a Markdown link's parentheses.
func escapeLinkURL(u string) string { return linkURLEscaper.Replace(u) }

var linkURLEscaper = strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E")

// escapeAutolink makes a URL safe inside <...>.
func escapeAutolink(u string) string { return autolinkEscaper.Replace(u) }

var autolinkEscaper = strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20")
