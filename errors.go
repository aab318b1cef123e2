package article

import (
	"errors"
	"net/http"
	"strconv"
)

// Errors Parse returns. Test for them with errors.Is: a returned error wraps
// one of these, or a context error, and keeps the underlying cause.
var (
	// ErrEmpty means the input held no bytes, or only whitespace, or that
	// there was no input: a nil node or document, a nil response or body.
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

// ErrStatus is what a *StatusError wraps: test with errors.Is(err,
// ErrStatus) for any failed status, or errors.As for the code.
var ErrStatus = errors.New("article: HTTP status is not 2xx")

// StatusError is the error ParseResponse returns for a response whose
// status is not 2xx. It wraps ErrStatus.
type StatusError struct {
	// StatusCode is the response's status code, such as 404.
	StatusCode int
	// Status is the response's status line, such as "404 Not Found"; it
	// may be empty.
	Status string
}

// Error names the status: "article: HTTP status 404 Not Found".
func (e *StatusError) Error() string {
	status := e.Status
	if status == "" {
		status = strconv.Itoa(e.StatusCode)
		if text := http.StatusText(e.StatusCode); text != "" {
			status += " " + text
		}
	}
	return "article: HTTP status " + status
}

// Unwrap returns ErrStatus.
func (e *StatusError) Unwrap() error { return ErrStatus }
