package article

import "errors"

// Errors Parse returns. Test for them with errors.Is: a returned error wraps
// one of these, or a context error, and keeps the underlying cause.
var (
	// ErrEmpty means the input held no bytes, or only whitespace.
	ErrEmpty = errors.New("article: empty input")
	// ErrNotHTML means the input is some other kind of file, such as a PDF,
	// an image, an archive, JSON or binary data, judged by its first bytes
	// as a browser would.
	ErrNotHTML = errors.New("article: input is not HTML")
	// ErrTooLarge means the input is longer than Parser.MaxBytes. Reading
	// stops at the limit.
	ErrTooLarge = errors.New("article: input exceeds the size limit")
	// ErrRead means the io.Reader failed; the error wraps the reader's own.
	ErrRead = errors.New("article: reading input")
	// ErrMalformed means the HTML parser gave up on the page, for example
	// because its elements are nested more than 512 deep.
	ErrMalformed = errors.New("article: HTML cannot be parsed")
)
