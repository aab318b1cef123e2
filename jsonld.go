package article

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// ldArticle is what the page's JSON-LD says about the article.
type ldArticle struct {
	rank          int // how specific the @type is; higher is better
	headline      string
	description   string
	url           string
	datePublished string
	dateCreated   string // when the item was made, weaker than the page's own publication date
	dateModified  string
	language      string
	body          string
	ingredients   []string // a recipe's ingredients
	steps         []string // a recipe's instructions, one step each
	publisher     string
	authors       []Author
	images        []Image
	keywords      []string
}

// articleTypes ranks the schema.org types that describe an article. A
// WebPage is a weak last resort: it names the page, not the story.
var articleTypes = map[string]int{
	"newsarticle": 10, "reportagenewsarticle": 10, "analysisnewsarticle": 10,
	"opinionnewsarticle": 10, "reviewnewsarticle": 10, "backgroundnewsarticle": 10,
	"askpublicnewsarticle": 10, "article": 9, "blogposting": 9, "liveblogposting": 8,
	"report": 7, "scholarlyarticle": 7, "techarticle": 7, "socialmediaposting": 7,
	"discussionforumposting": 6, "review": 5, "recipe": 5, "howto": 4, "creativework": 3,
	"webpage": 1, "itempage": 1, "aboutpage": 0, "medicalwebpage": 1,
}

// topArticleRank is the highest rank of articleTypes.
var topArticleRank = func() int {
	top := 0
	for _, r := range articleTypes {
		top = max(top, r)
	}
	return top
}()

// maxLDBytes bounds the JSON-LD text decoded per page.
const maxLDBytes = 2 << 20

// parseJSONLD finds the best article description among the page's JSON-LD
// scripts. It returns nil when none describes an article. Malformed
// scripts are skipped.
func parseJSONLD(scripts []string) *ldArticle {
	var best *ldArticle
	total := 0
	for _, src := range scripts {
		total += len(src)
		if total > maxLDBytes || best != nil && best.rank == topArticleRank {
			// Nothing in a later script can rank higher.
			break
		}
		var v any
		b := []byte(trimLD(src))
		if err := json.Unmarshal(b, &v); err != nil {
			// Hand-written JSON-LD often has raw line breaks in strings
			// and trailing commas; one lenient retry recovers most of it.
			if err := json.Unmarshal(repairLD(b), &v); err != nil {
				continue
			}
		}
		ids := map[string]map[string]any{}
		indexIDs(v, ids, 0)
		visitLD(v, 0, func(obj map[string]any) {
			rank := -1
			for _, t := range ldTypes(obj) {
				if r, ok := articleTypes[ldTypeName(t)]; ok && r > rank {
					rank = r
				}
			}
			if rank < 0 || (best != nil && best.rank >= rank) {
				return
			}
			best = readLDArticle(obj, ids)
			best.rank = rank
		})
	}
	return best
}

// trimLD removes the wrappers some pages put around their JSON-LD: HTML
// comments and CDATA sections, bare or behind "//" or "/* */".
func trimLD(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimSpace(s)
	for _, p := range [...]string{"//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	for _, p := range [...]string{"//]]>", "/*]]>*/", "]]>"} {
		if strings.HasSuffix(s, p) {
			s = strings.TrimSpace(s[:len(s)-len(p)])
			break
		}
	}
	return strings.TrimSuffix(s, ";")
}

// repairLD returns a copy of the JSON text b with the slips CMS templates
// make most: control characters inside strings become spaces, a quotation
// mark the template did not escape (one that cannot close the string, see
// closesString) is escaped, and a comma
// before a closing bracket or brace is dropped. It is one linear pass that
// tracks whether it is inside a string.
func repairLD(b []byte) []byte {
	out := make([]byte, 0, len(b))
	inString, escaped := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"' && !closesString(b[i+1:]):
				out = append(out, '\\')
			case c == '"':
				inString = false
			case c < 0x20:
				c = ' '
			}
			out = append(out, c)
			continue
		}
		switch c {
		case '"':
			inString = true
		case ']', '}':
			// Drop a trailing comma, skipping the space before the bracket.
			j := len(out) - 1
			for j >= 0 && (out[j] == ' ' || out[j] == '\n' || out[j] == '\r' || out[j] == '\t') {
				j--
			}
			if j >= 0 && out[j] == ',' {
				out = append(out[:j], out[j+1:]...)
			}
		}
		out = append(out, c)
	}
	return out
}

// closesString reports whether a quotation mark followed by rest can close
// a JSON string: what follows it, after white space, is "}" or "]", or
// nothing, or a "," or ":" followed by the start of a JSON value or key
// (a quoted sentence goes on with words after its comma).
func closesString(rest []byte) bool {
	i := skipJSONSpace(rest, 0)
	if i == len(rest) {
		return true
	}
	switch rest[i] {
	case '}', ']':
		return true
	case ',', ':':
		j := skipJSONSpace(rest, i+1)
		if j == len(rest) || strings.IndexByte(`"{[-0123456789}]`, rest[j]) >= 0 {
			return true
		}
		for _, lit := range [...]string{"true", "false", "null"} {
			if after, ok := bytes.CutPrefix(rest[j:], []byte(lit)); ok && (len(after) == 0 || !isASCIILetter(after[0])) {
				return true
			}
		}
	}
	return false
}

// skipJSONSpace returns the index of the first byte of b from i on that is
// not JSON white space, or len(b).
func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// visitLD calls f on every object in v: the top level, arrays and @graph.
func visitLD(v any, depth int, f func(map[string]any)) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			visitLD(e, depth+1, f)
		}
	case map[string]any:
		f(t)
		if g, ok := t["@graph"]; ok {
			visitLD(g, depth+1, f)
		}
		if me, ok := t["mainEntity"]; ok {
			visitLD(me, depth+1, f)
		}
	}
}

func indexIDs(v any, ids map[string]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			indexIDs(e, ids, depth+1)
		}
	case map[string]any:
		if id, ok := t["@id"].(string); ok && len(t) > 1 {
			ids[id] = t
		}
		if g, ok := t["@graph"]; ok {
			indexIDs(g, ids, depth+1)
		}
	}
}

func ldTypes(obj map[string]any) []string {
	switch t := obj["@type"].(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func readLDArticle(obj map[string]any, ids map[string]map[string]any) *ldArticle {
	a := &ldArticle{
		headline:      ldText(obj["headline"]),
		description:   ldText(obj["description"]),
		datePublished: ldString(obj["datePublished"]),
		dateCreated:   ldString(obj["dateCreated"]),
		dateModified:  ldString(obj["dateModified"]),
		language:      ldString(obj["inLanguage"]),
		body:          ldString(obj["articleBody"]),
	}
	if a.headline == "" {
		a.headline = ldText(obj["name"])
	}
	a.url = ldURL(obj["url"])
	if a.url == "" {
		a.url = ldURL(obj["mainEntityOfPage"])
	}
	if p := resolveLD(obj["publisher"], ids); p != nil {
		a.publisher = ldText(p["name"])
	}
	// schema.org's creator is the wider property author refines; a page
	// that states only the creator names the author by it.
	credited := obj["author"]
	if len(ldList(credited)) == 0 {
		credited = obj["creator"]
	}
	for _, au := range ldList(credited) {
		if au, ok := au.(string); ok {
			if obj := ids[au]; obj != nil {
				a.authors = appendLDAuthor(a.authors, obj)
				continue
			}
			a.authors = append(a.authors, Author{Name: au})
			continue
		}
		if o := resolveLD(au, ids); o != nil {
			a.authors = appendLDAuthor(a.authors, o)
		}
	}
	for _, im := range ldList(obj["image"]) {
		if s, ok := im.(string); ok {
			a.images = append(a.images, Image{URL: s})
			continue
		}
		if o := resolveLD(im, ids); o != nil {
			img := Image{URL: ldURL(o), Caption: ldText(o["caption"])}
			if img.Caption == "" {
				img.Caption = ldText(o["description"])
			}
			img.Width, img.Height = ldInt(o["width"]), ldInt(o["height"])
			// schema.org ImageObject: creditText, else copyrightHolder.
			img.Credit = ldString(o["creditText"])
			if img.Credit == "" {
				holder := o["copyrightHolder"]
				if r := resolveLD(holder, ids); r != nil {
					holder = r
				}
				// A publisher holding the rights to its own picture is
				// not a photo credit; it is checked once the publisher is
				// known, by ldImageCredit.
				img.Credit = ldString(holder)
			}
			if img.URL != "" {
				a.images = append(a.images, img)
			}
		}
	}
	for _, v := range ldList(obj["recipeIngredient"]) {
		if s, ok := v.(string); ok && len(a.ingredients) < maxRecipeItems {
			if s = ldText(s); s == "" {
				continue
			}
			a.ingredients = append(a.ingredients, s)
		}
	}
	a.steps = appendLDSteps(nil, obj["recipeInstructions"], 0)
	for _, k := range ldList(obj["keywords"]) {
		if s, ok := k.(string); ok {
			for _, part := range strings.Split(s, ",") {
				if part = strings.TrimSpace(part); part != "" {
					a.keywords = append(a.keywords, part)
				}
			}
		}
	}
	return a
}

func appendLDAuthor(list []Author, o map[string]any) []Author {
	name := ldText(o["name"])
	if name == "" {
		name = strings.TrimSpace(ldText(o["givenName"]) + " " + ldText(o["familyName"]))
	}
	if name == "" {
		return list
	}
	org, person := false, false
	for _, t := range ldTypes(o) {
		switch k := ldTypeName(t); {
		case k == "person":
			person = true
		case isOrganizationType(k):
			org = true
		}
	}
	// Yoast types a blog's owner as both; the byline names a person.
	org = org && !person
	if !org && !strings.Contains(strings.TrimSpace(name), " ") {
		name = nameFromBio(name, ldString(o["description"]))
	}
	u := ldURL(o["url"])
	if u == "" {
		u = ldString(o["sameAs"])
	}
	return append(list, Author{Name: name, URL: u, Organization: org})
}

// ldTypeName is the lower-cased local name of a schema.org type, as
// JSON-LD and microdata write it bare ("Person"), prefixed ("schema:Person")
// or as the type's address ("https://schema.org/Person").
func ldTypeName(t string) string {
	t = strings.TrimRight(strings.TrimSpace(t), "/")
	if i := strings.LastIndexAny(t, "/:#"); i >= 0 {
		t = t[i+1:]
	}
	return strings.ToLower(t)
}

// organizationTypes are the schema.org subtypes of Organization that
// pages give as an author's type, with the common subtypes of those;
// every other type whose name ends in "organization" is one as well
// ("NewsMediaOrganization", "GovernmentOrganization").
var organizationTypes = bylineWordSet(`organization airline consortium
	corporation fundingscheme librarysystem localbusiness ngo onlinebusiness
	performinggroup musicgroup theatergroup dancegroup politicalparty project
	researchproject fundingagency sportsteam workersunion collegeoruniversity
	school`)

// isOrganizationType reports whether the schema.org type name k (see
// ldTypeName) is Organization or one of its subtypes.
func isOrganizationType(k string) bool {
	return organizationTypes[k] || strings.HasSuffix(k, "organization")
}

// nameFromBio completes a one-word name from a biography that opens with
// it: blog engines give an author's display name ("Jane") beside the
// profile text the author wrote ("Jane Doe is a reporter ...", "Jane Doe -
// Engineer and traveller"). The capitalised words that follow the name,
// up to three, are its surname; without them name is returned as is.
func nameFromBio(name, bio string) string {
	name = strings.TrimSpace(name)
	if len(bio) <= len(name) || !strings.HasPrefix(bio, name+" ") {
		return name
	}
	rest := bio[len(name)+1:]
	if len(rest) > 80 {
		rest = rest[:80]
	}
	words := strings.Fields(rest)
	n := 0
	for n < len(words) && n < 3 && isNameWord(words[n]) {
		n++
	}
	if n == 0 || n < len(words) && isNameWord(words[n]) {
		// No surname, or a run of capitalised words that is a title
		// rather than a name.
		return name
	}
	return name + " " + strings.Join(words[:n], " ")
}

// isNameWord reports whether w is a capitalised word of letters, as the
// parts of a name are: "Doe", "O'Neil", "Müller-Lüdenscheidt".
func isNameWord(w string) bool {
	if !startsUpper(w) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// resolveLD returns v as an object, following an {"@id": ...} reference
// into the page's graph.
func resolveLD(v any, ids map[string]map[string]any) map[string]any {
	o, ok := v.(map[string]any)
	if !ok {
		if arr, ok := v.([]any); ok && len(arr) > 0 {
			return resolveLD(arr[0], ids)
		}
		return nil
	}
	if id, ok := o["@id"].(string); ok && len(o) == 1 {
		if full := ids[id]; full != nil {
			return full
		}
	}
	return o
}

// maxRecipeItems bounds the ingredients and steps read from a recipe.
const maxRecipeItems = 100

// appendLDSteps appends a recipe's instructions to dst: a string of lines,
// a list of strings, HowToStep objects (their text) or HowToSection
// objects (their steps, in itemListElement).
func appendLDSteps(dst []string, v any, depth int) []string {
	if depth > 6 {
		return dst
	}
	switch t := v.(type) {
	case string:
		for _, line := range strings.Split(t, "\n") {
			if len(dst) >= maxRecipeItems {
				break
			}
			if line = ldText(line); line != "" {
				dst = append(dst, line)
			}
		}
	case []any:
		for _, e := range t {
			dst = appendLDSteps(dst, e, depth+1)
		}
	case map[string]any:
		if items, ok := t["itemListElement"]; ok {
			return appendLDSteps(dst, items, depth+1)
		}
		if s, ok := t["text"].(string); ok {
			return appendLDSteps(dst, s, depth+1)
		}
	}
	return dst
}

// ldText is a JSON-LD value (see ldString) as plain text: entities
// decoded, markup dropped, white space folded.
func ldText(v any) string {
	s := ldString(v)
	if strings.Contains(s, "<") {
		if doc, err := html.Parse(strings.NewReader(s)); err == nil {
			s = nodeText(doc)
		}
	}
	return clean(markupText(s))
}

func ldList(v any) []any {
	switch t := v.(type) {
	case nil:
		return nil
	case []any:
		return t
	default:
		return []any{t}
	}
}

// ldString returns v as text: a string, the first string of an array, or
// the @value / name of an object.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		if strings.Contains(t, "&") && strings.Contains(t, ";") {
			t = html.UnescapeString(t)
		}
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := t["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
		if s, ok := t["name"].(string); ok {
			return strings.TrimSpace(s)
		}
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	}
	return ""
}

// ldURL returns the URL v names: a string, or an object's url, contentUrl
// or @id.
func ldURL(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldURL(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"url", "contentUrl", "@id"} {
			if s, ok := t[k].(string); ok && s != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

func ldInt(v any) int {
	switch t := v.(type) {
	case float64:
		if t > 0 && t < 1e6 {
			return int(t)
		}
	case string:
		t = strings.TrimSuffix(strings.TrimSpace(t), "px")
		if n, err := strconv.Atoi(t); err == nil && n > 0 && n < 1e6 {
			return n
		}
	case map[string]any:
		return ldInt(t["value"])
	}
	return 0
}
