// Command article extracts the article from a news page and prints it as
// Markdown, HTML, JSON or plain text.
//
// Usage:
//
//	article [-format markdown|html|json|text] [-url URL] [-timeout 30s] [-max-bytes N] [FILE|URL|-]
//
// The page is read from FILE, fetched from an http or https URL, or read from
// standard input when the argument is "-" or missing. When reading a file or
// standard input, -url gives the address the page was published at, so that
// its relative links can be resolved; without it they are dropped.
//
// Fetching sends a User-Agent naming this tool, follows at most 5 redirects,
// and only to http or https addresses, and treats a status other than 2xx as
// an error. -timeout bounds the whole run, fetching and parsing included; 0
// means no limit. -max-bytes caps the bytes read from the page (0 means the
// library's default of 32 MiB, a negative value means no limit); reading
// stops as soon as the cap is passed.
//
// On success the rendering goes to standard output and the exit status is 0.
// A page with no article body is a success too: its metadata is written
// out, and one line on standard error says why there is no body
// ("no-paragraphs" or "not-an-article", as in the JSON's "noBody").
// On failure one line starting "article: " goes to standard error and the
// exit status is 1, or 2 when the command line itself is wrong.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/articleparse/article"
)

// userAgent names the tool to the servers it fetches from, in the form
// browsers and well-behaved crawlers use.
const userAgent = "Mozilla/5.0 (compatible; article/1.0; +https://github.com/articleparse/article)"

// maxRedirects is how many redirects a fetch follows before giving up.
const maxRedirects = 5

const usageLine = "usage: article [-format markdown|html|json|text] [-url URL] [-timeout 30s] [-max-bytes N] [FILE|URL|-]"

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is the parsed command line.
type config struct {
	format   string
	pageURL  string
	timeout  time.Duration
	maxBytes int64
	source   string // a file name, a URL, or "-" for standard input
}

// usageError is a command line the tool cannot act on.
type usageError struct{ msg string }

// Error returns the message shown with the usage line.
func (e usageError) Error() string { return e.msg }

// run is the whole command: it reads the flags and the page from args and
// stdin, writes the rendering to stdout and any failure to stderr, and
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "batch" {
		return runBatch(args[1:], stdin, stdout, stderr)
	}
	cfg, err := parseFlags(args, stdout)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "article: %s (%s)\n", oneLine(err.Error()), usageLine)
		return exitUsage
	}

	ctx := context.Background()
	if cfg.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, cfg.timeout)
		defer cancel()
	}
	a, err := load(ctx, cfg, stdin)
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "article: %s (%s)\n", oneLine(err.Error()), usageLine)
			return exitUsage
		}
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("%s: timed out after %v", cfg.source, cfg.timeout)
		}
		fmt.Fprintf(stderr, "article: %s\n", oneLine(err.Error()))
		return exitFail
	}
	if err := render(stdout, a, cfg.format); err != nil {
		fmt.Fprintf(stderr, "article: writing output: %s\n", oneLine(err.Error()))
		return exitFail
	}
	if a.NoBody != "" {
		// Not a failure: the page's metadata is still written out.
		fmt.Fprintf(stderr, "article: %s: no article body (%s): %s\n", cfg.source, string(a.NoBody), a.NoBody)
	}
	return exitOK
}

// parseFlags reads the command line. It returns flag.ErrHelp, after printing
// the help to stdout, when asked for it.
func parseFlags(args []string, stdout io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("article", flag.ContinueOnError)
	// Errors are reported by run as one line; only -help prints the
	// flag list.
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.format, "format", "markdown", "output `format`: markdown, html, json or text")
	fs.StringVar(&cfg.pageURL, "url", "", "the page's `URL`, to resolve relative links when reading a file or standard input")
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "give up after this `duration`; 0 means never")
	fs.Int64Var(&cfg.maxBytes, "max-bytes", 0, "read at most `N` bytes of the page; 0 means the default of 32 MiB, negative means no limit")
	fs.Usage = func() {} // the flag package calls it on every error too
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, usageLine)
			fmt.Fprint(stdout, "\nReads the page from FILE, an http or https URL, or standard input (\"-\" or no argument).\n\n")
			fs.SetOutput(stdout)
			fs.PrintDefaults()
		}
		return cfg, err
	}

	switch cfg.format {
	case "markdown", "html", "json", "text":
	default:
		return cfg, fmt.Errorf("unknown -format %q: want markdown, html, json or text", cfg.format)
	}
	if cfg.timeout < 0 {
		return cfg, fmt.Errorf("-timeout %v is negative", cfg.timeout)
	}
	switch fs.NArg() {
	case 0:
		cfg.source = "-"
	case 1:
		cfg.source = fs.Arg(0)
	default:
		return cfg, fmt.Errorf("want one page, got %d arguments", fs.NArg())
	}
	if cfg.pageURL != "" {
		u, err := url.Parse(cfg.pageURL)
		if err != nil || !isWeb(u) || u.Host == "" {
			return cfg, fmt.Errorf("-url %q is not an absolute http or https URL", cfg.pageURL)
		}
	}
	return cfg, nil
}

// load reads and parses the page cfg names.
func load(ctx context.Context, cfg config, stdin io.Reader) (*article.Article, error) {
	p := article.Parser{MaxBytes: cfg.maxBytes}
	if cfg.source == "-" {
		a, err := p.ParseContext(ctx, stdin, cfg.pageURL)
		if err != nil {
			return nil, fmt.Errorf("standard input: %s", describe(err))
		}
		return a, nil
	}
	if u, ok := asURL(cfg.source); ok {
		if !isWeb(u) {
			return nil, fmt.Errorf("%s: cannot fetch %s: URLs; only http and https are supported", cfg.source, u.Scheme)
		}
		if cfg.pageURL != "" {
			return nil, usageError{"-url applies only to a file or standard input; a fetched page's address is the one it was fetched from"}
		}
		return fetch(ctx, p, u)
	}
	f, err := os.Open(cfg.source)
	if err != nil {
		return nil, err // *PathError names the file
	}
	defer f.Close()
	a, err := p.ParseContext(ctx, f, cfg.pageURL)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", cfg.source, describe(err))
	}
	return a, nil
}

// asURL reports whether arg names a URL rather than a file: it starts with
// a scheme of two or more letters (so "C:\page.html" stays a file name) and
// no file of that name exists.
func asURL(arg string) (*url.URL, bool) {
	u, err := url.Parse(arg)
	if err != nil || len(u.Scheme) < 2 {
		return nil, false
	}
	if _, err := os.Stat(arg); err == nil {
		return nil, false
	}
	return u, true
}

func isWeb(u *url.URL) bool { return u.Scheme == "http" || u.Scheme == "https" }

// fetch gets the page at u and parses it, reading no more than p.MaxBytes.
func fetch(ctx context.Context, p article.Parser, u *url.URL) (*article.Article, error) {
	client := &http.Client{CheckRedirect: checkRedirect}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", u, err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(u, err)
	}
	defer resp.Body.Close()
	// ParseResponse refuses a status other than 2xx, takes the charset
	// from the Content-Type header and the page address from the final
	// request, after redirects.
	a, err := p.ParseResponse(resp)
	if err != nil {
		return nil, fetchError(resp.Request.URL, err)
	}
	return a, nil
}

// checkRedirect stops after maxRedirects redirects and refuses redirects to
// anything but http and https.
func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > maxRedirects { // via holds the first request too
		return fmt.Errorf("stopped after %d redirects", maxRedirects)
	}
	if !isWeb(req.URL) {
		return fmt.Errorf("refused redirect to a %s: URL", req.URL.Scheme)
	}
	return nil
}

// fetchError words a failed fetch of u, keeping a timeout recognisable to
// run.
func fetchError(u *url.URL, err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		// Drop url.Error's `Get "..."` prefix: the address leads the
		// message already.
		err = ue.Err
	}
	return fmt.Errorf("%s: %s", u, describe(err))
}

// describe is err's message without the library's "article: " prefix,
// which run adds once to the whole line.
func describe(err error) string {
	return strings.TrimPrefix(err.Error(), "article: ")
}

// oneLine folds a message onto a single line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// render writes a in the format named.
func render(w io.Writer, a *article.Article, format string) error {
	var out string
	switch format {
	case "json":
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		// The output is read by people and programs, not embedded in
		// HTML, so "&", "<" and ">" stay as they are.
		enc.SetEscapeHTML(false)
		if err := enc.Encode(a); err != nil {
			return err
		}
		out = b.String()
	case "text":
		out = a.Text()
	case "html":
		out = a.HTML()
	default:
		out = a.Markdown()
	}
	if out != "" && !strings.HasSuffix(out, "\n") {
		out += "\n"
	}
	_, err := io.WriteString(w, out)
	return err
}
