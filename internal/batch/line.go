package batch

import (
	"bytes"
	"encoding/json"

	"github.com/articleparse/article"
)

// Line is one line of batch output: a page and the article parsed from it,
// or the reason it could not be parsed. Exactly one of Article and Error
// is set. Article has the shape of the single-page CLI's -format json.
type Line struct {
	// Source names where the page came from: a file path, a URL from a
	// list, or a WARC file's path and the record's byte offset joined by
	// "@" (crawl.warc.gz@1234).
	Source string `json:"source"`
	// URL is the page's address when known: the WARC-Target-URI, or the
	// final URL of a fetch after redirects.
	URL     string           `json:"url,omitempty"`
	Article *article.Article `json:"article,omitempty"`
	Error   string           `json:"error,omitempty"`
}

// Marshal returns l as one line of JSON ending in a newline. As with the
// single-page CLI, "&", "<" and ">" are not escaped: the output is read by
// people and programs, not embedded in HTML.
func (l *Line) Marshal() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
