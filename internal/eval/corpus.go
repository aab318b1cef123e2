package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The sets of the corpus, as named in its README and in the figures.
const (
	Scrapinghub = "scrapinghub"
	Readability = "readability"
	Trafilatura = "trafilatura"
	Postlight   = "postlight"
	Htmldate    = "htmldate"
	Goose       = "goose"
	Structure   = "structure"
)

// Sets lists every set of the corpus in the order the figures are
// reported.
var Sets = []string{Scrapinghub, Trafilatura, Readability, Postlight, Htmldate, Goose, Structure}

// Corpus is the ground truth of the evaluation corpus: one map per set,
// keyed by page id. Pages are read from disk only when evaluated.
type Corpus struct {
	// Dir is the corpus directory, holding one directory per set.
	Dir         string
	Scrapinghub map[string]ScrapinghubTruth
	Readability map[string]ReadabilityTruth
	Trafilatura map[string]TrafilaturaTruth
	Postlight   map[string]PostlightTruth
	Htmldate    map[string]HtmldateTruth
	Goose       map[string]GooseTruth
	// Structure's entries each name the set whose pages/ folder holds
	// their page.
	Structure map[string]StructureTruth
}

// ScrapinghubTruth is one page of the article-extraction-benchmark.
type ScrapinghubTruth struct {
	URL         string `json:"url"`
	ArticleBody string `json:"articleBody"`
}

// ReadabilityTruth is the metadata Readability.js gives for one of its test
// pages. A nil field is one the truth leaves null. The expected body is a
// separate file, expected/<id>.html.gz.
type ReadabilityTruth struct {
	Title         *string `json:"title"`
	Byline        *string `json:"byline"`
	PublishedTime *string `json:"publishedTime"`
}

// TrafilaturaTruth is one page of trafilatura's evaluation data.
type TrafilaturaTruth struct {
	URL     string   `json:"url"`
	With    []string `json:"with"`
	Without []string `json:"without"`
	Title   string   `json:"title"`
	Author  Names    `json:"author"`
	Date    *string  `json:"date"`
}

// Names is an author field that the truth writes either as one string or
// as a list of strings; a list is kept joined with "; ".
type Names string

// UnmarshalJSON accepts a string, a list of strings or null.
func (n *Names) UnmarshalJSON(b []byte) error {
	var list []string
	if err := json.Unmarshal(b, &list); err == nil {
		*n = Names(strings.Join(list, "; "))
		return nil
	}
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("author: want a string or a list of strings: %w", err)
	}
	if s != nil {
		*n = Names(*s)
	}
	return nil
}

// PostlightTruth is what the tests of Postlight Parser (Mercury) assert
// about one of its fixtures. An empty field is one no test asserts.
type PostlightTruth struct {
	URL    string `json:"url"`
	Title  string `json:"title"`
	Author Names  `json:"author"`
	// Date is an instant in UTC ("2016-09-19T11:46:01.000Z") or a day.
	Date        string `json:"date"`
	Description string `json:"description"`
	// Image is Mercury's lead image, mostly the og:image: a hint, not a
	// target.
	Image string `json:"image"`
	// Start is the first words of the body's text.
	Start string `json:"start"`
}

// HtmldateTruth is the publication date of one page of htmldate's
// evaluation.
type HtmldateTruth struct {
	URL  string `json:"url"`
	Date string `json:"date"`
}

// GooseTruth is what the test data of goose3 expects of one page. An empty
// field is one the test does not expect.
type GooseTruth struct {
	URL    string `json:"url"`
	Title  string `json:"title"`
	Author Names  `json:"author"`
	// Date is an ISO 8601 instant with its offset.
	Date string `json:"date"`
	// Start is the beginning of goose's cleaned text.
	Start string `json:"start"`
}

// StructureTruth is one hand-annotated page of the structure set; its
// conventions are in structure/README.md of the corpus.
type StructureTruth struct {
	// Set names the set whose pages/ folder holds the page.
	Set        string      `json:"set"`
	URL        string      `json:"url"`
	Headline   string      `json:"headline"`
	Authors    []string    `json:"authors"`
	Agency     string      `json:"agency"`
	Published  string      `json:"published"`
	LeadImage  *TruthImage `json:"lead_image"`
	Sections   []string    `json:"sections"`
	Related    []TruthLink `json:"related"`
	BodyPromos []string    `json:"body_promos"`
}

// TruthImage is the structure truth's lead image.
type TruthImage struct {
	URL     string `json:"url"`
	Caption string `json:"caption"`
	Credit  string `json:"credit"`
}

// TruthLink is one related link of the structure truth.
type TruthLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// LoadCorpus reads the truth of every set from dir. It fails when a set's
// truth.json is missing or malformed.
func LoadCorpus(dir string) (*Corpus, error) {
	c := &Corpus{Dir: dir}
	for _, load := range []struct {
		set string
		dst any
	}{
		{Scrapinghub, &c.Scrapinghub},
		{Readability, &c.Readability},
		{Trafilatura, &c.Trafilatura},
		{Postlight, &c.Postlight},
		{Htmldate, &c.Htmldate},
		{Goose, &c.Goose},
		{Structure, &c.Structure},
	} {
		if err := readJSON(filepath.Join(dir, load.set, "truth.json"), load.dst); err != nil {
			return nil, err
		}
	}
	for id, t := range c.Structure {
		if !slices.Contains(Sets, t.Set) {
			return nil, fmt.Errorf("eval: structure %s: unknown set %q", id, t.Set)
		}
	}
	return c, nil
}

// readJSON decodes the JSON file at name into dst.
func readJSON(name string, dst any) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if err := json.Unmarshal(b, dst); err != nil {
		return fmt.Errorf("eval: %s: %w", name, err)
	}
	return nil
}

// PagePath is the file of a set's page: <dir>/<set>/pages/<id>.html.gz.
// A structure page is in the folder of the set its entry names.
func (c *Corpus) PagePath(set, id string) string {
	if t, ok := c.Structure[id]; set == Structure && ok && t.Set != "" {
		set = t.Set
	}
	return filepath.Join(c.Dir, set, "pages", id+".html.gz")
}

// ExpectedPath is the file of a readability page's expected reader view.
func (c *Corpus) ExpectedPath(id string) string {
	return filepath.Join(c.Dir, Readability, "expected", id+".html.gz")
}

// ReadGzip returns the decompressed contents of a gzipped file, as every
// page of the corpus is stored.
func ReadGzip(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", name, err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", name, err)
	}
	return b, nil
}

// sortedIDs lists a set's ids in order, so that results do not depend on
// map iteration.
func sortedIDs[T any](m map[string]T) []string {
	return slices.Sorted(maps.Keys(m))
}
