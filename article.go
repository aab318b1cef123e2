package article

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Article is what Parse reads from one article page.
//
// Every field is optional: a field the page does not state is left at its
// zero value, and the JSON encoding omits it. Every URL is absolute http or
// https; every text is valid UTF-8 with whitespace folded and no markup.
type Article struct {
	// URL is the page's canonical address: the canonical link, og:url or
	// JSON-LD url when the page states one, else the address it was parsed with.
	URL string `json:"url,omitempty"`
	// Title is the headline as displayed, without a " | Site" suffix.
	Title string `json:"title,omitempty"`
	// Description is the dek, standfirst or summary.
	Description string `json:"description,omitempty"`
	// Byline is the byline as displayed, for example "By AFP".
	Byline string `json:"byline,omitempty"`
	// Authors lists the people and organisations credited, one entry each,
	// in byline order.
	Authors []Author `json:"authors,omitempty"`
	// SiteName is the publication's name.
	SiteName string `json:"siteName,omitempty"`
	// Published is when the article was first published, as precisely as
	// the page states it (see Date); the zero Date when unknown.
	Published Date `json:"published,omitzero"`
	// Modified is when the article was last updated; the zero Date when
	// unknown.
	Modified Date `json:"modified,omitzero"`
	// Language is the page's language tag, such as "en" or "de-DE".
	Language string `json:"language,omitempty"`
	// Tags lists the keywords, tags and categories the page assigns.
	Tags []string `json:"tags,omitempty"`
	// Image is the lead image, nil when the page has none.
	Image *Image `json:"image,omitempty"`
	// Sections is the body in reading order. The first section has an
	// empty Heading when text comes before the first subheading.
	Sections []Section `json:"sections,omitempty"`
	// Related lists the links the page presents as related to this article,
	// in page order: in-body promos and related-story boxes.
	Related []Link `json:"related,omitempty"`

	// NoBody says why the page yielded no article body, empty when it did.
	// A page without one (a home page, a login wall) is not an error: its
	// metadata is still returned.
	NoBody NoBodyReason `json:"noBody,omitempty"`
}

// NoBodyReason says why a page yielded no article body. Compare it with
// the constants; its String method words it for people.
type NoBodyReason string

// The reasons a page has no article body.
const (
	// NoText means the part of the page that could hold an article shows
	// no text at all, as on a page that script draws.
	NoText NoBodyReason = "no-text"
	// NotAnArticle means the page has text, but no block of it reads as
	// an article body: a home page, a section front, a login wall.
	NotAnArticle NoBodyReason = "not-an-article"
)

// String says why in a sentence, or returns "" when r is empty.
func (r NoBodyReason) String() string {
	switch r {
	case NoText:
		return "the page shows no text"
	case NotAnArticle:
		return "no block of text on the page reads as an article body"
	}
	return string(r)
}

// IsArticle reports whether the page held an article body.
func (a *Article) IsArticle() bool {
	for _, s := range a.Sections {
		for _, b := range s.Blocks {
			if b.Type != Related {
				return true
			}
		}
	}
	return false
}

// Date is a date as precisely as the page states it: a day, a clock time
// in a zone the page does not name, or an instant with its UTC offset.
// Precision says which.
//
// In JSON, and from String and MarshalText, a Day is written "2024-03-05",
// a Local time "2024-03-05T14:00:00" and an Instant in RFC 3339,
// "2024-03-05T14:00:00-08:00"; UnmarshalText reads the three forms back.
type Date struct {
	// Time is the date. For an Instant it is the moment, in the zone whose
	// offset the page states or shows. For Local it holds the wall clock
	// the page shows, in time.UTC, which here stands for no zone; for a Day
	// it is midnight UTC starting the day. Time.Date gives the day the page
	// names in every case.
	Time time.Time
	// Precision says which of the three Time is.
	Precision Precision
}

// Precision says how much of a Date the page states.
type Precision uint8

// The precisions of a Date. The zero Precision is Instant, so that a Date
// made from a time.Time alone is written in full.
const (
	// Instant is a moment with a known UTC offset: a machine timestamp
	// with its zone, or a written time followed by one ("10:05 CEST").
	Instant Precision = iota
	// Local is a day and a time of day whose zone the page does not state
	// ("14.00" under a date, "2024-03-05T14:00:00" in its metadata).
	Local
	// Day is a calendar day with no time of day.
	Day
)

// String returns "instant", "local" or "day".
func (p Precision) String() string {
	switch p {
	case Instant:
		return "instant"
	case Local:
		return "local"
	case Day:
		return "day"
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// The layouts a Date is written in, by precision.
const (
	dayLayout   = "2006-01-02"
	localLayout = "2006-01-02T15:04:05.999999999"
)

// IsZero reports whether d holds no date, so that the JSON field tag
// omitzero leaves it out.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// String returns d as it is written in JSON, without quotes: "2024-03-05",
// "2024-03-05T14:00:00" or "2024-03-05T14:00:00-08:00"; "" for the zero
// Date.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Precision == Day:
		return d.Time.Format(dayLayout)
	case d.Precision == Local:
		return d.Time.Format(localLayout)
	}
	return d.Time.Format(time.RFC3339Nano)
}

// MarshalText returns d.String(): JSON writes a Date as a string.
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsZero() {
		if y := d.Time.Year(); y < 0 || y > 9999 {
			return nil, errors.New("article: Date.MarshalText: year outside of range [0,9999]")
		}
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads the forms MarshalText writes: a day, a date and time
// with no zone (Local), or RFC 3339 (Instant). Empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*d = Date{}
		return nil
	}
	if t, err := time.Parse(dayLayout, s); err == nil {
		*d = Date{Time: t, Precision: Day}
		return nil
	}
	if t, err := time.Parse(localLayout, s); err == nil {
		*d = Date{Time: t, Precision: Local}
		return nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return fmt.Errorf("article: %q is not a day, a local time or an RFC 3339 time", s)
	}
	*d = Date{Time: t, Precision: Instant}
	return nil
}

// Author is one person or organisation credited with the article.
type Author struct {
	// Name is the name as displayed, without "By" or a role.
	Name string `json:"name"`
	// URL is the author's profile page when the page links one.
	URL string `json:"url,omitempty"`
	// Organization is true for an agency or organisation, such as AFP,
	// Reuters or the publication itself, rather than a person.
	Organization bool `json:"organization,omitempty"`
}

// Image is a picture with what the page says about it.
type Image struct {
	// URL is the absolute address of the picture.
	URL string `json:"url"`
	// Alt is the alternative text.
	Alt string `json:"alt,omitempty"`
	// Caption describes the picture, without its credit.
	Caption string `json:"caption,omitempty"`
	// CaptionMarks are the inline marks over Caption (links, emphasis,
	// strong, code, line breaks), when the caption is read from an element
	// of the page that holds it as it stands.
	CaptionMarks []Mark `json:"captionMarks,omitempty"`
	// Credit names the photographer or agency, such as "Alexander Patrin / TASS".
	Credit string `json:"credit,omitempty"`
	// Width and Height are the dimensions the page states, 0 when it does not.
	Width  int `json:"width,omitempty"`
	Height int `json:"height,omitempty"`
}

// Section is a run of body blocks under one subheading.
type Section struct {
	// Heading is the subheading's text, empty for the part before the first
	// subheading.
	Heading string `json:"heading,omitempty"`
	// Level is the heading's level, 2 for h2 through 6 for h6; 0 when
	// Heading is empty.
	Level int `json:"level,omitempty"`
	// Blocks are the section's contents in reading order.
	Blocks []Block `json:"blocks,omitempty"`
}

// BlockType says what a Block holds.
type BlockType string

// The kinds of block a Section holds.
const (
	// Paragraph is a run of prose in Text, with its inline marks in Marks.
	Paragraph BlockType = "paragraph"
	// List is a bulleted or numbered list: its entries with their marks
	// and nested lists in ListItems, Ordered when it is numbered, and the
	// plain text of every entry in Items.
	List BlockType = "list"
	// Quote is a block quotation: its paragraphs in Paragraphs, the
	// source it names in Citation, and all of its plain text in Text.
	Quote BlockType = "quote"
	// Code is preformatted text in Text, its line breaks kept, and the
	// programming language the page names in Language.
	Code BlockType = "code"
	// Table is a table: its rows of cells in Rows, and each row's plain
	// text in Items, cells separated by " | ".
	Table BlockType = "table"
	// Figure is an image in the body, in Image.
	Figure BlockType = "figure"
	// Related is a promo for another article placed in the body flow, such
	// as "Related article: ...". Text holds the whole line with its Marks,
	// Links its target. It is never part of the body text.
	Related BlockType = "related"
)

// Block is one unit of the body.
type Block struct {
	// Type says which of the other fields are set.
	Type BlockType `json:"type"`
	// Text is the block's plain text with whitespace folded (line breaks
	// kept for Code). A Quote's Text is its paragraphs and its citation,
	// each separated from the next by a space.
	Text string `json:"text,omitempty"`
	// Marks are the inline marks over Text of a Paragraph or a Related
	// block: links, emphasis, strong, code and line breaks.
	Marks []Mark `json:"marks,omitempty"`
	// Ordered says a List is numbered.
	Ordered bool `json:"ordered,omitempty"`
	// Items holds the plain text of a List's entries, those of its nested
	// lists included, in reading order, or of a Table's rows, each with
	// its cells joined by " | ": the lines Article.Text writes for the
	// block. ListItems and Rows hold the same with its structure.
	Items []string `json:"items,omitempty"`
	// ListItems are a List's entries with their marks and nested lists.
	ListItems []ListItem `json:"listItems,omitempty"`
	// Rows are a Table's rows, header rows first.
	Rows []Row `json:"rows,omitempty"`
	// Paragraphs are a Quote's paragraphs, with their marks.
	Paragraphs []Span `json:"paragraphs,omitempty"`
	// Citation is the source a Quote names, such as its author, when the
	// page sets it apart (a <cite> or <footer> closing the quote); nil
	// when it does not.
	Citation *Span `json:"citation,omitempty"`
	// Language is the programming language of a Code block, as the page
	// names it in a class such as "language-go" or "lang-go"; empty when
	// it does not.
	Language string `json:"language,omitempty"`
	// Image is a Figure's picture.
	Image *Image `json:"image,omitempty"`
	// Links are the links inside the block, in order: in its text, its
	// list entries, its paragraphs or its table cells.
	Links []Link `json:"links,omitempty"`
}

// Span is a piece of text with its inline marks: a table cell, a quote's
// paragraph or its citation.
type Span struct {
	// Text is the plain text, whitespace folded.
	Text string `json:"text"`
	// Marks are the inline marks over Text.
	Marks []Mark `json:"marks,omitempty"`
}

// ListItem is one entry of a list.
type ListItem struct {
	// Text is the entry's own plain text, without its nested list.
	Text string `json:"text"`
	// Marks are the inline marks over Text.
	Marks []Mark `json:"marks,omitempty"`
	// Sublist is the list nested in the entry, nil when there is none.
	Sublist *Sublist `json:"sublist,omitempty"`
}

// Sublist is a list nested in a list entry.
type Sublist struct {
	// Ordered says the list is numbered.
	Ordered bool `json:"ordered,omitempty"`
	// ListItems are its entries.
	ListItems []ListItem `json:"listItems"`
}

// Row is one row of a table.
type Row struct {
	// Header says the row heads the table's columns: it sits in the
	// table's <thead>, or, in a table without one, it is the first row
	// and all of its cells are <th>.
	Header bool `json:"header,omitempty"`
	// Cells are the row's cells in order.
	Cells []Span `json:"cells"`
}

// Mark is an inline mark over a run of a text: a link, emphasis, strong
// emphasis, inline code, or a line break.
//
// Start and End are byte offsets into the text, Start < End, both on
// character boundaries; a mark never starts or ends with a space. A
// BreakMark covers the single space in the text that stands for the line
// break the page has there (<br>). Marks are sorted by Start, then by End
// from the last (a mark comes before the marks it encloses), and they nest:
// two marks either do not overlap or one holds the other.
type Mark struct {
	// Kind says what the mark does.
	Kind MarkKind `json:"kind"`
	// Start and End delimit the marked bytes.
	Start int `json:"start"`
	End   int `json:"end"`
	// URL is a LinkMark's absolute http or https address.
	URL string `json:"url,omitempty"`
}

// MarkKind says what a Mark does.
type MarkKind string

// The kinds of Mark.
const (
	// LinkMark is a hyperlink to URL (<a href>).
	LinkMark MarkKind = "link"
	// EmphasisMark is emphasis, usually set in italics (<em>, <i>).
	EmphasisMark MarkKind = "emphasis"
	// StrongMark is strong importance, usually set in bold (<strong>, <b>).
	StrongMark MarkKind = "strong"
	// CodeMark is a fragment of computer code (<code>, <kbd>, <samp>,
	// <tt>).
	CodeMark MarkKind = "code"
	// BreakMark is a line break inside a paragraph (<br>), as in poetry
	// and addresses.
	BreakMark MarkKind = "break"
)

// Link is a hyperlink: its text and absolute URL.
type Link struct {
	Text string `json:"text,omitempty"`
	URL  string `json:"url"`
}
