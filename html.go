package article

import (
	"html"
	"strings"
)

// HTML returns the article as a fragment of semantic HTML, one <article>
// element, in reading order: the title, the byline, the date, the lead
// image with its caption and credit, the body with its headings, figures
// and promos in place, and the page's URL at the end. It is what readers,
// read-it-later apps and e-mail digests display.
//
// The fragment is safe to display by construction, whatever the page
// held:
//
//  1. It holds only the elements article, h1 to h6, p, ul, ol, li, table,
//     thead, tbody, tr, th, td, blockquote, cite, pre, code, figure, img,
//     figcaption, a, em, strong and br.
//  2. Its only attributes are href on a, src and alt on img, and class on
//     the code of a code block, set to "language-" and the language's name
//     (letters, digits and "+#._-").
//  3. Every URL in it is an absolute http or https URL; a link to anything
//     else is written as its text, and an image without one is left out.
//  4. All text is escaped.
//
// So it never carries a script, a style, an iframe, an event handler or a
// javascript: URL.
func (a *Article) HTML() string {
	var b strings.Builder
	b.WriteString("<article>\n")
	if a.Title != "" {
		b.WriteString("<h1>" + html.EscapeString(a.Title) + "</h1>\n")
	}
	if line := a.bylineText(); line != "" {
		b.WriteString("<p>" + htmlInline(line, a.bylineMarks(line), nil) + "</p>\n")
	}
	if !a.Published.IsZero() {
		b.WriteString("<p>" + html.EscapeString(a.Published.Time.Format(dateLayout)) + "</p>\n")
	}
	if a.Image != nil {
		writeHTMLFigure(&b, a.Image)
	}
	for _, s := range a.Sections {
		if s.Heading != "" {
			h := "h" + string(rune('0'+min(max(s.Level, 2), 6)))
			b.WriteString("<" + h + ">" + html.EscapeString(s.Heading) + "</" + h + ">\n")
		}
		for _, bl := range s.Blocks {
			writeHTMLBlock(&b, bl)
		}
	}
	if isSafeURL(a.URL) {
		b.WriteString(`<p>Original URL: <a href="` + html.EscapeString(a.URL) + `">` + html.EscapeString(a.URL) + "</a></p>\n")
	}
	b.WriteString("</article>\n")
	return b.String()
}

func writeHTMLBlock(b *strings.Builder, bl Block) {
	switch bl.Type {
	case Paragraph, Related:
		if bl.Text != "" {
			b.WriteString("<p>" + htmlInline(bl.Text, bl.Marks, bl.Links) + "</p>\n")
		}
	case Quote:
		writeHTMLQuote(b, bl)
	case Code:
		if bl.Text == "" {
			return
		}
		b.WriteString("<pre><code")
		if isLanguageName(bl.Language) {
			b.WriteString(` class="language-` + html.EscapeString(bl.Language) + `"`)
		}
		b.WriteString(">" + html.EscapeString(bl.Text) + "</code></pre>\n")
	case List:
		items := bl.ListItems
		if len(items) == 0 {
			for _, it := range bl.Items {
				items = append(items, ListItem{Text: it})
			}
		}
		writeHTMLList(b, items, bl.Ordered, 0)
	case Table:
		writeHTMLTable(b, bl)
	case Figure:
		if bl.Image != nil {
			writeHTMLFigure(b, bl.Image)
		}
	}
}

func writeHTMLFigure(b *strings.Builder, im *Image) {
	if !isSafeURL(im.URL) {
		return
	}
	b.WriteString(`<figure><img src="` + html.EscapeString(im.URL) + `" alt="` + html.EscapeString(im.Alt) + `">`)
	if im.Caption != "" || im.Credit != "" {
		b.WriteString("<figcaption>" + htmlInline(im.Caption, im.CaptionMarks, nil))
		if im.Credit != "" {
			if im.Caption != "" {
				b.WriteByte(' ')
			}
			b.WriteString("<strong>" + html.EscapeString(im.Credit) + "</strong>")
		}
		b.WriteString("</figcaption>")
	}
	b.WriteString("</figure>\n")
}

func writeHTMLQuote(b *strings.Builder, bl Block) {
	paras, links := bl.Paragraphs, []Link(nil)
	if len(paras) == 0 {
		// A quote made without paragraphs: its text is one.
		paras, links = []Span{{Text: bl.Text, Marks: bl.Marks}}, bl.Links
	}
	var inner strings.Builder
	for _, p := range paras {
		if p.Text != "" {
			inner.WriteString("<p>" + htmlInline(p.Text, p.Marks, links) + "</p>\n")
		}
	}
	if c := bl.Citation; c != nil && c.Text != "" {
		inner.WriteString("<p>— <cite>" + htmlInline(c.Text, c.Marks, nil) + "</cite></p>\n")
	}
	if inner.Len() > 0 {
		b.WriteString("<blockquote>\n" + inner.String() + "</blockquote>\n")
	}
}

// htmlMaxListDepth bounds how deep nested lists are written.
const htmlMaxListDepth = 32

func writeHTMLList(b *strings.Builder, items []ListItem, ordered bool, depth int) {
	tag := "ul"
	if ordered {
		tag = "ol"
	}
	var inner strings.Builder
	for _, it := range items {
		sub := it.Sublist != nil && len(it.Sublist.ListItems) > 0 && depth < htmlMaxListDepth
		if it.Text == "" && !sub {
			continue
		}
		inner.WriteString("<li>" + htmlInline(it.Text, it.Marks, nil))
		if sub {
			inner.WriteByte('\n')
			writeHTMLList(&inner, it.Sublist.ListItems, it.Sublist.Ordered, depth+1)
		}
		inner.WriteString("</li>\n")
	}
	if inner.Len() > 0 {
		b.WriteString("<" + tag + ">\n" + inner.String() + "</" + tag + ">\n")
	}
}

func writeHTMLTable(b *strings.Builder, bl Block) {
	rows := bl.Rows
	if len(rows) == 0 {
		// A table made without Rows: each plain row in one cell.
		for _, it := range bl.Items {
			rows = append(rows, Row{Cells: []Span{{Text: it}}})
		}
	}
	if len(rows) == 0 {
		return
	}
	b.WriteString("<table>\n")
	head := 0
	for head < len(rows) && rows[head].Header {
		head++
	}
	writeRows := func(rows []Row, cell string) {
		for _, r := range rows {
			b.WriteString("<tr>")
			for _, c := range r.Cells {
				b.WriteString("<" + cell + ">" + htmlInline(c.Text, c.Marks, nil) + "</" + cell + ">")
			}
			b.WriteString("</tr>\n")
		}
	}
	if head > 0 {
		b.WriteString("<thead>\n")
		writeRows(rows[:head], "th")
		b.WriteString("</thead>\n")
	}
	if head < len(rows) {
		b.WriteString("<tbody>\n")
		writeRows(rows[head:], "td")
		b.WriteString("</tbody>\n")
	}
	b.WriteString("</table>\n")
}

// htmlInline writes text with its marks (or, when it has none, its links)
// as escaped inline HTML.
func htmlInline(text string, marks []Mark, links []Link) string {
	marks = renderMarks(text, marks, links)
	if len(marks) == 0 {
		return html.EscapeString(text)
	}
	v := htmlInlineWriter{marks: marks}
	walkMarks(text, marks, &v)
	return v.b.String()
}

// htmlInlineWriter writes inline HTML as walkMarks reads marks.
type htmlInlineWriter struct {
	b     strings.Builder
	marks []Mark
}

func (v *htmlInlineWriter) text(s string) { v.b.WriteString(html.EscapeString(s)) }

func (v *htmlInlineWriter) open(i int) {
	switch m := v.marks[i]; m.Kind {
	case LinkMark:
		v.b.WriteString(`<a href="` + html.EscapeString(m.URL) + `">`)
	case EmphasisMark:
		v.b.WriteString("<em>")
	case StrongMark:
		v.b.WriteString("<strong>")
	case CodeMark:
		v.b.WriteString("<code>")
	}
}

func (v *htmlInlineWriter) close(i int) {
	switch v.marks[i].Kind {
	case LinkMark:
		v.b.WriteString("</a>")
	case EmphasisMark:
		v.b.WriteString("</em>")
	case StrongMark:
		v.b.WriteString("</strong>")
	case CodeMark:
		v.b.WriteString("</code>")
	}
}

func (v *htmlInlineWriter) lineBreak() { v.b.WriteString("<br>") }
