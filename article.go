package article

import "time"

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
	// Published is when the article was first published, in the page's own
	// time zone; the zero Time when unknown.
	Published time.Time `json:"published,omitzero"`
	// Modified is when the article was last updated; the zero Time when
	// unknown.
	Modified time.Time `json:"modified,omitzero"`
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
	NoBody string `json:"-"`
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
	// Paragraph is a run of prose in Text.
	Paragraph BlockType = "paragraph"
	// List is a bulleted or numbered list; its entries are in Items.
	List BlockType = "list"
	// Quote is a block quotation in Text.
	Quote BlockType = "quote"
	// Code is preformatted text in Text, its line breaks kept.
	Code BlockType = "code"
	// Table is a table; each entry of Items is one row, cells separated by " | ".
	Table BlockType = "table"
	// Figure is an image in the body, in Image.
	Figure BlockType = "figure"
	// Related is a promo for another article placed in the body flow, such
	// as "Related article: ...". Text holds the whole line, Links its target.
	// It is never part of the body text.
	Related BlockType = "related"
)

// Block is one unit of the body.
type Block struct {
	// Type says which of the other fields are set.
	Type BlockType `json:"type"`
	// Text is the block's plain text with whitespace folded (line breaks
	// kept for Code).
	Text string `json:"text,omitempty"`
	// Items holds a List's entries or a Table's rows.
	Items []string `json:"items,omitempty"`
	// Image is a Figure's picture.
	Image *Image `json:"image,omitempty"`
	// Links are the links inside the block, in order.
	Links []Link `json:"links,omitempty"`
}

// Link is a hyperlink: its text and absolute URL.
type Link struct {
	Text string `json:"text,omitempty"`
	URL  string `json:"url"`
}
