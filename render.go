package article

import "strings"

// Text returns the body as plain text: paragraphs, headings, list items,
// quotes, code and table rows, separated by blank lines. Related-link
// promos and captions are left out.
func (a *Article) Text() string {
	// The text is measured first, so that it is built in one allocation.
	size := 0
	measure := func(n int) {
		if n > 0 {
			size += n + len("\n\n")
		}
	}
	for _, s := range a.Sections {
		measure(len(s.Heading))
		for _, bl := range s.Blocks {
			switch bl.Type {
			case Paragraph, Quote, Code:
				measure(len(bl.Text))
			case List, Table:
				measure(joinedLen(bl.Items))
			}
		}
	}
	var b strings.Builder
	b.Grow(size)
	sep := func() {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
	}
	for _, s := range a.Sections {
		if s.Heading != "" {
			sep()
			b.WriteString(s.Heading)
		}
		for _, bl := range s.Blocks {
			switch bl.Type {
			case Paragraph, Quote, Code:
				if bl.Text != "" {
					sep()
					b.WriteString(bl.Text)
				}
			case List, Table:
				// The items, one a line.
				if joinedLen(bl.Items) > 0 {
					sep()
					for i, it := range bl.Items {
						if i > 0 {
							b.WriteByte('\n')
						}
						b.WriteString(it)
					}
				}
			}
		}
	}
	return b.String()
}

// joinedLen is len(strings.Join(items, "\n")).
func joinedLen(items []string) int {
	if len(items) == 0 {
		return 0
	}
	n := len(items) - 1
	for _, it := range items {
		n += len(it)
	}
	return n
}

// Markdown returns the article as a Markdown document in reading order:
// the title, the byline, the date, the lead image's caption with its
// credit, the body with its headings, figures and promos in place, and the
// page's URL at the end. Text taken from the page is escaped so that it
// cannot change the document's structure.
func (a *Article) Markdown() string {
	var b strings.Builder
	block := func(s string) {
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	if a.Title != "" {
		block("# " + escapeMarkdown(a.Title))
	}
	block(a.markdownByline())
	if !a.Published.IsZero() {
		block(a.Published.Time.Format(dateLayout))
	}
	if a.Image != nil {
		block(markdownImage(a.Image))
	}
	for _, s := range a.Sections {
		if s.Heading != "" {
			level := min(max(s.Level, 2), 6)
			block(strings.Repeat("#", level) + " " + escapeMarkdown(s.Heading))
		}
		for _, bl := range s.Blocks {
			block(markdownBlock(bl))
		}
	}
	if a.URL != "" {
		block("Original URL: <" + escapeAutolink(a.URL) + ">")
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// markdownByline renders the byline with each author linked to their
// profile when the page links one.
func (a *Article) markdownByline() string {
	line := a.Byline
	if line == "" {
		if len(a.Authors) == 0 {
			return ""
		}
		names := make([]string, len(a.Authors))
		for i, au := range a.Authors {
			names[i] = au.Name
		}
		line = "By " + joinNames(names)
	}
	out := escapeMarkdown(line)
	for _, au := range a.Authors {
		if au.URL == "" {
			continue
		}
		name := escapeMarkdown(au.Name)
		if i := strings.Index(out, name); i >= 0 {
			out = out[:i] + "[" + name + "](" + escapeLinkURL(au.URL) + ")" + out[i+len(name):]
		}
	}
	return out
}

// joinNames joins names as a byline does: "A", "A and B", "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func markdownImage(im *Image) string {
	var parts []string
	if im.URL != "" {
		alt := im.Alt
		if alt == "" {
			alt = im.Caption
		}
		parts = append(parts, "!["+escapeMarkdown(alt)+"]("+escapeLinkURL(im.URL)+")")
	}
	caption := escapeMarkdown(im.Caption)
	if im.Credit != "" {
		if caption != "" {
			caption += " "
		}
		caption += "**" + escapeMarkdown(im.Credit) + "**"
	}
	if caption != "" {
		parts = append(parts, caption)
	}
	return strings.Join(parts, "\n\n")
}

func markdownBlock(bl Block) string {
	switch bl.Type {
	case Paragraph:
		return linkify(bl.Text, bl.Links)
	case Quote:
		return "> " + linkify(bl.Text, bl.Links)
	case Code:
		fence := "```"
		for strings.Contains(bl.Text, fence) {
			fence += "`"
		}
		return fence + "\n" + bl.Text + "\n" + fence
	case List:
		items := make([]string, len(bl.Items))
		for i, it := range bl.Items {
			items[i] = "- " + escapeMarkdown(it)
		}
		return strings.Join(items, "\n")
	case Table:
		rows := make([]string, len(bl.Items))
		for i, r := range bl.Items {
			rows[i] = escapeMarkdown(r)
		}
		return strings.Join(rows, "  \n")
	case Figure:
		if bl.Image != nil {
			return markdownImage(bl.Image)
		}
	case Related:
		return linkify(bl.Text, bl.Links)
	}
	return ""
}

// linkify escapes text and turns the first occurrence of each link's text
// into a Markdown link.
func linkify(text string, links []Link) string {
	out := escapeMarkdown(text)
	from := 0
	for _, l := range links {
		t := escapeMarkdown(l.Text)
		if t == "" {
			continue
		}
		i := strings.Index(out[from:], t)
		if i < 0 {
			continue
		}
		i += from
		repl := "[" + t + "](" + escapeLinkURL(l.URL) + ")"
		out = out[:i] + repl + out[i+len(t):]
		from = i + len(repl)
	}
	return out
}

// markdownSpecial are the characters that can change the meaning of
// Markdown text.
const markdownSpecial = "\\`*_{}[]<>#+-!|~$"

// escapeMarkdown backslash-escapes the characters in s that would be read
// as Markdown syntax. Hyphens, pluses and hashes only matter at the start
// of a line, and periods only after a leading number.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '-', '+', '#', '!', '|', '~', '$':
			if i == 0 || c == '!' && i+1 < len(s) && s[i+1] == '[' || c == '|' || c == '~' && i+1 < len(s) && s[i+1] == '~' || c == '$' {
				b.WriteByte('\\')
			}
		case '.', ')':
			if allDigits(s[:i]) && i > 0 {
				b.WriteByte('\\')
			}
		default:
			if strings.IndexByte(markdownSpecial, c) >= 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
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

// dateLayout is how Markdown shows the publication date.
const dateLayout = "January 2, 2006"
