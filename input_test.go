package article

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// TestCharsetDeclaredLate checks a page whose <meta charset> comes after
// the first 1024 bytes, past the browser prescan, behind a long comment.
func TestCharsetDeclaredLate(t *testing.T) {
	for _, tt := range []struct {
		name, meta string
	}{
		{"meta charset", `<meta charset="windows-1251">`},
		{"http-equiv", `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; Charset=Windows-1251">`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			title, err := charmap.Windows1251.NewEncoder().String("Новости дня")
			if err != nil {
				t.Fatal(err)
			}
			page := "<!doctype html><html><head><!-- " + strings.Repeat("padding ", 200) + " -->" +
				tt.meta + "<title>" + title + "</title></head><body><h1>" + title + "</h1></body></html>"
			a, err := Parse(bytes.NewReader([]byte(page)), "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Новости дня" {
				t.Errorf("Title = %q, want %q", a.Title, "Новости дня")
			}
		})
	}
}

func TestIndexFold(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"xx CHARSET=", 3},
		{"charset", 0},
		{"chars", -1},
		{"cCharSet", 1},
		{"", -1},
	} {
		if got := indexFold([]byte(tt.in), "charset"); got != tt.want {
			t.Errorf("indexFold(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// TestUTF8Reader checks the UTF-8 decoding of pages against the WHATWG
// decoder of golang.org/x/text, whatever the sizes of the reads: on
// sequences of every kind, cut at every place, and on random bytes.
func TestUTF8Reader(t *testing.T) {
	inputs := []string{
		"", "plain ASCII", "café, naïve, Привет, 日本, 🙂",
		"<\xa5script>alert(1)<\xa5/script>",
		"a\xe2\x82b", "a\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "\xff\xfe", "\x80\x80",
		"ends inside a character \xe2\x82", "ends inside a character \xf0\x9f",
		strings.Repeat("é", 3000) + "\xe9" + strings.Repeat("x", 5000),
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		b := make([]byte, rng.IntN(300))
		for i := range b {
			// Mostly bytes that make and break UTF-8.
			b[i] = []byte{'a', '<', 0x80, 0xbf, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xed, 0xa0, 0xf0, 0x9f, 0x98, 0x80, 0xff}[rng.IntN(16)]
		}
		inputs = append(inputs, string(b))
	}
	for _, in := range inputs {
		want, err := unicode.UTF8.NewDecoder().String(in)
		if err != nil {
			t.Fatal(err)
		}
		readers := map[string]func(io.Reader) io.Reader{
			"whole":           func(r io.Reader) io.Reader { return r },
			"a byte per read": iotest.OneByteReader,
			"half per read":   iotest.HalfReader,
			"data with EOF":   iotest.DataErrReader,
		}
		for name, wrap := range readers {
			for _, size := range []int{1, 3, 5, 7, 4096} {
				r := &utf8Reader{r: wrap(strings.NewReader(in))}
				var got bytes.Buffer
				buf := make([]byte, size)
				for {
					n, err := r.Read(buf)
					got.Write(buf[:n])
					if err == io.EOF {
						break
					}
					if err != nil {
						t.Fatalf("%q, %s, %d-byte reads: %v", in, name, size, err)
					}
				}
				if got.String() != want {
					t.Errorf("%q, %s, %d-byte reads: got %q, want %q", in, name, size, got.String(), want)
				}
			}
		}
	}
}

func TestParseInvalidUTF8ReadsAsReplacement(t *testing.T) {
	// The title reaches the article through the decoding alone, in a page
	// longer than the part read before parsing starts.
	page := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Caf\xe9 \xe2\x82 news</title></head><body><article>" +
		strings.Repeat("<p>A paragraph of ordinary text that fills the page past its first read.</p>", 2000) +
		"<p>The last paragraph has an invalid byte: caf\xe9.</p></article></body></html>"
	for _, r := range []io.Reader{strings.NewReader(page), iotest.OneByteReader(strings.NewReader(page))} {
		a, err := Parse(r, "https://www.example.com/news/cafe.html")
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Caf\ufffd \ufffd news" {
			t.Errorf("Title = %q, want %q", a.Title, "Caf\ufffd \ufffd news")
		}
		if text := a.Text(); !strings.Contains(text, "invalid byte: caf\ufffd.") {
			t.Errorf("Text() does not end with the invalid byte as U+FFFD: %q", text[max(0, len(text)-80):])
		}
	}
}
