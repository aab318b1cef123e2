package article

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var bylineNamesTests = []struct {
	name string
	in   string
	want []string
}{
	// Opening phrases, in the languages bylines are written in.
	{"by", "By Jane Doe", []string{"Jane Doe"}},
	{"role piece after a dash", "By Jane Doe - Harbour Herald Contributor Science", []string{"Jane Doe"}},
	{"by with colon", "By: Jane Doe", []string{"Jane Doe"}},
	{"by glued to colon", "BY:Jane Doe", []string{"Jane Doe"}},
	{"upper case", "BY JANE DOE AND JOHN ROE", []string{"JANE DOE", "JOHN ROE"}},
	{"lower case kept as displayed", "by jane doe", []string{"jane doe"}},
	{"written by", "Written by Jane Doe", []string{"Jane Doe"}},
	{"words by, photos by", "Words by Jane Doe, photos by John Roe", []string{"Jane Doe"}},
	{"reported by", "Reported by Jane Doe", []string{"Jane Doe"}},
	{"german von und", "Von Anna Schmidt und Peter Müller", []string{"Anna Schmidt", "Peter Müller"}},
	{"french par et", "Par Jean Dupont et Marie Curie", []string{"Jean Dupont", "Marie Curie"}},
	{"french par spaced colon", "Par : Jean Dupont", []string{"Jean Dupont"}},
	{"spanish por y", "Por Juan Pérez y María López", []string{"Juan Pérez", "María López"}},
	{"italian di e", "Di Mario Rossi e Giulia Bianchi", []string{"Mario Rossi", "Giulia Bianchi"}},
	{"dutch door en", "Door Jan de Vries en Piet Jansen", []string{"Jan de Vries", "Piet Jansen"}},
	{"swedish av och", "Av Anna Svensson och Erik Berg", []string{"Anna Svensson", "Erik Berg"}},
	{"danish af og", "Af Mette Jensen og Lars Holm", []string{"Mette Jensen", "Lars Holm"}},
	{"catalan i", "Per Jordi Puig i Marta Vila", []string{"Per Jordi Puig", "Marta Vila"}},
	{"russian ot i", "От Иван Петров и Анна Иванова", []string{"Иван Петров", "Анна Иванова"}},
	{"autor colon", "Autor: Jan Kowalski", []string{"Jan Kowalski"}},
	{"author colon", "Author: Jane Doe", []string{"Jane Doe"}},
	{"text colon", "Text: Lena Meier", []string{"Lena Meier"}},
	{"dutch by our editor", "Door onze redacteur Jan de Vries", []string{"Jan de Vries"}},
	{"german by our correspondent", "Von unserem Korrespondenten Hans Muster", []string{"Hans Muster"}},
	{"french by our special envoy", "Par notre envoyé spécial Jean Dupont", []string{"Jean Dupont"}},
	{"italian text by", "Testo di Giovanna Rossi", []string{"Giovanna Rossi"}},
	{"spanish by our correspondent", "De nuestro corresponsal Juan Pérez", []string{"Juan Pérez"}},
	{"par before a lone agency", "Par AFP", []string{"AFP"}},
	{"von before lower-case dpa", "Von dpa", []string{"dpa"}},
	{"par with newspaper and agency", "Par Le Quotidien avec AFP", []string{"Le Quotidien", "AFP"}},
	{"di as a surname particle", "Di Maria", []string{"Di Maria"}},
	{"per as a first name", "Per Andersson", []string{"Per Andersson"}},

	// Co-authors and agencies.
	{"comma", "Jane Doe, John Roe", []string{"Jane Doe", "John Roe"}},
	{"semicolon", "Jane Doe; John Roe", []string{"Jane Doe", "John Roe"}},
	{"ampersand", "Jane Doe & John Roe", []string{"Jane Doe", "John Roe"}},
	{"spaced slash", "Jane Doe / John Roe", []string{"Jane Doe", "John Roe"}},
	{"pipe agency", "Jane Doe | Reuters", []string{"Jane Doe", "Reuters"}},
	{"comma agency", "Jane Doe, Reuters", []string{"Jane Doe", "Reuters"}},
	{"agency in parentheses", "Jane Doe (AFP)", []string{"Jane Doe", "AFP"}},
	{"with agency", "Jane Doe with AFP", []string{"Jane Doe", "AFP"}},
	{"and agencies dropped", "Jane Doe and agencies", []string{"Jane Doe"}},
	{"staff and agencies", "Guardian staff and agencies", []string{"Guardian staff"}},
	{"three with oxford comma", "Jane Doe, John Roe, and Mary Major", []string{"Jane Doe", "John Roe", "Mary Major"}},
	{"upper-case initial is not a conjunction", "Jane E Doe", []string{"Jane E Doe"}},
	{"lower-case e joins", "Jane Doe e John Roe", []string{"Jane Doe", "John Roe"}},
	{"hyphenated name kept", "Jean-Pierre Martin - Reuters", []string{"Jean-Pierre Martin", "Reuters"}},
	{"the associated press", "By The Associated Press", []string{"The Associated Press"}},
	{"dpa", "dpa", []string{"dpa"}},

	// Chinese, Japanese and Korean bylines.
	{"full-width brackets and comma", "［山田太郎，北風新報］", []string{"山田太郎", "北風新報"}},
	{"full-width slash after a label", "文／山田太郎", []string{"山田太郎"}},
	{"reporter word after the name", "山田太郎記者", []string{"山田太郎"}},
	{"korean reporter word", "홍길동 기자", []string{"홍길동"}},
	{"photographer's label", "文：山田太郎、写真：鈴木花子", []string{"山田太郎"}},
	{"translator after the name", "Jane Doe 著、山田太郎 訳", []string{"Jane Doe"}},
	{"agency staff", "By Jane Doe and Reuters Staff", []string{"Jane Doe", "Reuters Staff"}},
	{"organisation desk", "Fox News Staff", []string{"Fox News Staff"}},
	{"deduplicated case-insensitively", "Jane Doe; JOHN ROE; jane doe", []string{"Jane Doe", "JOHN ROE"}},

	// Roles, places and employers.
	{"staff writer", "By Jane Doe, Staff Writer", []string{"Jane Doe"}},
	{"staff reporter no comma", "Jane Doe Staff Reporter", []string{"Jane Doe"}},
	{"senior correspondent", "Jane Doe, Senior Correspondent", []string{"Jane Doe"}},
	{"political editor", "Jane Doe, Political Editor", []string{"Jane Doe"}},
	{"chief economics correspondent", "Jane Doe, Chief Economics Correspondent", []string{"Jane Doe"}},
	{"role with conjunction", "Jane Doe, Health and Science Editor", []string{"Jane Doe"}},
	{"role after a comma names nobody", "Jane Doe, Kyiv Correspondent", []string{"Jane Doe"}},
	{"role before name", "Senior Correspondent Jane Doe", []string{"Jane Doe"}},
	{"roles of two authors", "By Jane Doe Political Editor and John Roe Economics Editor", []string{"Jane Doe", "John Roe"}},
	{"roles of two authors plural", "Jane Doe and John Roe, Staff Writers", []string{"Jane Doe", "John Roe"}},
	{"columnist", "Jane Doe | Columnist", []string{"Jane Doe"}},
	{"contributor", "Jane Doe, Contributor", []string{"Jane Doe"}},
	{"german role", "Anna Schmidt, Redakteurin", []string{"Anna Schmidt"}},
	{"special to", "Jane Doe, Special to The Daily Courier", []string{"Jane Doe", "The Daily Courier"}},
	{"for a newspaper", "Jane Doe for The Moscow Times", []string{"Jane Doe", "The Moscow Times"}},
	{"in a city", "Jane Doe in Paris", []string{"Jane Doe"}},
	{"reporting from", "Jane Doe, reporting from Kyiv", []string{"Jane Doe"}},
	{"role and place only", "Correspondent in Paris", nil},
	{"role only", "Staff Writer", nil},

	// Noise that leaks into byline elements.
	{"email", "Jane Doe jane.doe@example.com", []string{"Jane Doe"}},
	{"email between names", "Jane Doe jane@example.com John Roe", []string{"Jane Doe", "John Roe"}},
	{"mailto", "Jane Doe mailto:jane@example.com", []string{"Jane Doe"}},
	{"handle", "Jane Doe @janedoe", []string{"Jane Doe"}},
	{"handle in parentheses", "By Jane Doe (@janedoe)", []string{"Jane Doe"}},
	{"url", "Jane Doe https://example.com/authors/jane-doe", []string{"Jane Doe"}},
	{"url only", "https://example.com/jane", nil},
	{"follow widget", "Jane Doe Follow", []string{"Jane Doe"}},
	{"updated", "By Jane Doe Updated 3 hours ago", []string{"Jane Doe"}},
	{"updated first", "Updated: September 30, 2023 | By Jane Doe", []string{"Jane Doe"}},
	{"published then by", "Published 30 Sep 2023 by Jane Doe", []string{"Jane Doe"}},
	{"posted by", "Posted by Jane Doe on 30/09/2023", []string{"Jane Doe"}},
	{"english date", "By Jane Doe September 30, 2023", []string{"Jane Doe"}},
	{"numeric date after comma", "Jane Doe, 30.09.2023", []string{"Jane Doe"}},
	{"date and time", "By Jane Doe and John Roe, Sept. 30, 2023 10:00 am ET", []string{"Jane Doe", "John Roe"}},
	{"weekday date time zone", "Jane Doe Mon 30 Sep 2023 12.00 BST", []string{"Jane Doe"}},
	{"date before name", "30 September 2023 Jane Doe", []string{"Jane Doe"}},
	{"german date", "Von Anna Schmidt am 30. September 2023 um 10:15 Uhr", []string{"Anna Schmidt"}},
	{"reading time", "Jane Doe · 5 min read", []string{"Jane Doe"}},
	{"editing credit dropped", "Reporting by Jane Doe; Editing by John Roe and Mary Major", []string{"Jane Doe"}},
	{"additional reporting", "Jane Doe; additional reporting by John Roe", []string{"Jane Doe", "John Roe"}},
	{"suffix kept", "Martin Luther King Jr.", []string{"Martin Luther King Jr."}},
	{"zero-width and nbsp", "By\u00a0Jane\u200b Doe", []string{"Jane Doe"}},
	{"quotes stripped", "By “Jane Doe”", []string{"Jane Doe"}},

	// Not names.
	{"empty", "", nil},
	{"spaces", "  \t ", nil},
	{"one letter", "J", nil},
	{"admin", "admin", nil},
	{"staff", "Staff", nil},
	{"editorial team", "Editorial Team", nil},
	{"news desk", "News Desk", nil},
	{"redaktion", "Redaktion", nil},
	{"guest and anonymous", "Guest, Anonymous, unknown", nil},
	{"digits in a word", "user1234", nil},
	{"sentence", "This is a long sentence that is certainly not any kind of name", nil},
	{"biography after a comma", "By Jane Doe, a professor at the University of Oslo (UiO)", []string{"Jane Doe"}},
	{"biography run on", "Posted by Jan van der Berg A reporter at the Riverside Gazette (RG). View all posts", []string{"Jan van der Berg"}},
	{"sentence with an article", "Jane Doe is a reporter", nil},
	{"filing list alone", "Abgelegt unter: Politik Kultur Reisen", nil},
	{"filing label then by", "Posted in Politics by Jane Doe", []string{"Jane Doe"}},
	{"form label inside", "Search titles only By: Filter", nil},
	{"only by", "By", nil},
	{"invalid utf-8", "By Jane \xff\xfe Doe", []string{"Jane \ufffd\ufffd Doe"}},

	// Lead-ins, labels and widgets around the name.
	{"created by, german", "Erstellt von Anna Schmidt", []string{"Anna Schmidt"}},
	{"lead-in before von", "Kolumne von Anna Schmidt", []string{"Anna Schmidt"}},
	{"von inside a name", "Ursula von der Leyen", []string{"Ursula von der Leyen"}},
	{"von before a single surname", "Ludwig von Mises", []string{"Ludwig von Mises"}},
	{"by-word before a handle", "von jdoe42x", nil},
	{"by-word before a one-word name", "Von Jonas", []string{"Jonas"}},
	{"label in the middle", "Datum: 30.09.2023 Autor: Anna Schmidt Quelle: Agentur", []string{"Anna Schmidt"}},
	{"shared label with ampersand", "Text & Interview: Jane Doe", []string{"Jane Doe"}},
	{"possessive widget", "Jane Doe’s Posts", []string{"Jane Doe"}},
	{"filler left by a date", "Von Anna Schmidt am", []string{"Anna Schmidt"}},
	{"weekday left by a comma", "By Jane Doe Friday, March 1, 2024", []string{"Jane Doe"}},
	{"by glued to the name", "ByJane Doe", []string{"Jane Doe"}},
	{"share widget", "Jane Doe, Share this story", []string{"Jane Doe"}},
	{"comment count", "Jane Doe | Leave a comment", []string{"Jane Doe"}},
	{"more by kept as a prefix", "More by Jane Doe", []string{"Jane Doe"}},
	{"degree", "Written by Jane Doe, PhD", []string{"Jane Doe"}},
	{"call to action", "Want to write for us? Become a Contributor Today", nil},
	{"name typed in lower case", "jane doe", []string{"jane doe"}},
	{"by glued to initials", "ByJ.R. Doe", []string{"J.R. Doe"}},
	{"photo credit after the name", "Interview: Jane Doe Foto: John Roe", []string{"Jane Doe"}},
	{"author as a role after the name", "Von Anna Schmidt Freie Autorin in Berlin", []string{"Anna Schmidt"}},
	{"compound role", "Online-Experte Jonas Weber", []string{"Jonas Weber"}},
	{"zone after a date", "Jane Doe March 1, 2024 9:00AM (UTC)", []string{"Jane Doe"}},
	{"site address", "Text: Jane Doe / example-news.de", []string{"Jane Doe"}},
	{"no comments", "Von Jonas / Keine Kommentare", []string{"Jonas"}},
	{"initials are not an address", "J.R. Stone", []string{"J.R. Stone"}},
	{"translator credited after the author", "Von: Anna Schmidt Übersetzt von: Jonas Weber", []string{"Anna Schmidt"}},
	{"editor credited in the same piece", "Jane Doe edited by John Roe", []string{"Jane Doe"}},
	{"abbreviated weekday after on", "By Jane Doe on Thu, Nov 9, 2023", []string{"Jane Doe"}},
	{"surname that is a weekday abbreviation", "Li Sun", []string{"Li Sun"}},
	{"reading time label", "von Anna Schmidt Lesezeit: 4 Min.", []string{"Anna Schmidt"}},
	{"view archive widget", "By Jane Doe View author archive", []string{"Jane Doe"}},
	{"article and desk word", "Autor: Die Redaktion", nil},
	{"desk label and spokesman role", "- Redaktion: Jane Doe (Pressesprecher des Vereins)", []string{"Jane Doe"}},
	{"project lead after the name", "Autorin: Jane Doe, Projektleiterin der Stiftung in Tunis.", []string{"Jane Doe"}},
	{"im as a surname", "Jane Im", []string{"Jane Im"}},
	{"filed under", "By Jane Doe Filed under: Politics, Courts", []string{"Jane Doe"}},
	{"posted in before by", "Posted in Politics by Jane Doe", []string{"Jane Doe"}},
	{"middle names in parentheses", "Lucas (Martins Oliveira) Costa", []string{"Lucas (Martins Oliveira) Costa"}},
	{"nickname initials in parentheses", "By Richard (R.J.) Roe", []string{"Richard (R.J.) Roe"}},
	{"agency in parentheses between names", "Jane Doe (AFP) John Roe", []string{"Jane Doe", "AFP", "John Roe"}},
	{"acronym in parentheses between names", "Jane Doe (CNN) John Roe", []string{"Jane Doe", "CNN", "John Roe"}},
	{"agency ending a name", "By Ann Roe and Jane Doe The Associated Press", []string{"Ann Roe", "Jane Doe", "The Associated Press"}},
	{"acronym agency ending a name", "JANE DOE AFP", []string{"JANE DOE", "AFP"}},
	{"agency's own name", "Agence France-Presse", []string{"Agence France-Presse"}},
	{"account after von", "von example-news Redaktion", []string{"example-news Redaktion"}},
	{"name particle after von", "Ursula von der Leyen", []string{"Ursula von der Leyen"}},
	{"name written twice", "By Jane Doe Jane Doe", []string{"Jane Doe"}},
	{"place in parentheses after a name", "Par Jeanne Dupont (Lyon, bureau régional)", []string{"Jeanne Dupont"}},
	{"account in parentheses after a name", "Jane Doe (jdoe) and John Roe (jroe)", []string{"Jane Doe", "John Roe"}},
	{"agency in parentheses after a name", "By Jane Doe (Reuters)", []string{"Jane Doe", "Reuters"}},
	{"full-width colon label", "责任编辑：孔德明", []string{"孔德明"}},
	{"obfuscated address", "Jane Doe - [email protected]", []string{"Jane Doe"}},
	{"german as-of label", "Jane Doe Stand: 05. Februar 2020", []string{"Jane Doe"}},
	{"stand as a word of a name", "Jane Stand", []string{"Jane Stand"}},
	{"agency after a place", "By Jane Doe in Kyiv, AFP", []string{"Jane Doe", "AFP"}},
	{"two reporters in two places", "By Jane Doe in Kyiv, John Roe in Moscow", []string{"Jane Doe", "John Roe"}},
	{"photo source credit", "Фото из Инстаграма Ивана Петрова", nil},
	{"filter heading", "By Course or Type", nil},
	{"particle left at the end", "Un film de", nil},
	{"lawyer's title", "Rechtsanwalt Jonas Weber", []string{"Jonas Weber"}},
	{"form field markers", "By Jane Doe View author archive Name(required) Email(required)", []string{"Jane Doe"}},
}

func TestBylineNames(t *testing.T) {
	for _, tt := range bylineNamesTests {
		t.Run(tt.name, func(t *testing.T) {
			got := bylineNames(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("bylineNames(%q) = %q, want %q", tt.in, got, tt.want)
			}
			// Each name is already clean: reading it again changes nothing.
			for _, name := range got {
				if again := cleanName(name); again != name {
					t.Errorf("cleanName(%q) = %q, want it unchanged", name, again)
				}
			}
		})
	}
}

// TestBylineCredits checks which names the byline's own wording credits
// as organisations: the employer after "for" or "Special to", and what a
// role phrase after a person's name leaves when it reads as one.
func TestBylineCredits(t *testing.T) {
	tests := []struct {
		name, in string
		want     []credit
	}{
		{"person only", "By Jane Doe", []credit{{"Jane Doe", false}}},
		{"employer after for", "By Jane Doe for Example Magazine", []credit{{"Jane Doe", false}, {"Example Magazine", true}}},
		{"site address after for", "By Example Media Group for Example.com", []credit{{"Example Media Group", false}, {"Example.com", true}}},
		{"special to", "Jane Doe, Special to The Daily Courier", []credit{{"Jane Doe", false}, {"The Daily Courier", true}}},
		{"employer piece after a name", "Jane Doe, for The Daily Courier", []credit{{"Jane Doe", false}, {"The Daily Courier", true}}},
		{"no employer without a name before it", "For subscribers only", nil},
		{"lower-case words after for", "Jane Doe for more stories", []credit{{"Jane Doe", false}}},
		{"desk with role after names", "By Jane Doe and John Roe, Example Times Staff Writers",
			[]credit{{"Jane Doe", false}, {"John Roe", false}, {"Example Times", true}}},
		{"place with role after a name", "Jane Doe, Kyiv Correspondent", []credit{{"Jane Doe", false}}},
		{"wire after from", "From Reuters", []credit{{"Reuters", false}}},
		{"place after from", "Jane Doe from Lyon", []credit{{"Jane Doe", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bylineCredits(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("bylineCredits(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestBylineNamesLongInput(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"many names", strings.Repeat("Jane Doe, ", 5000), 1},
		{"many distinct names", strings.Repeat("Jane Doe and John Roe; ", 5000), 2},
		{"one huge word", strings.Repeat("a", 1<<17), 0},
		{"many words", strings.Repeat("word ", 20000), 0},
		{"many dates", strings.Repeat("30 Sep 2023 ", 10000) + "Jane Doe", 1},
		{"many roles", strings.Repeat("Senior Staff Writer ", 10000), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bylineNames(tt.in); len(got) != tt.want {
				t.Errorf("bylineNames: %d names, want %d", len(got), tt.want)
			}
		})
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "Jane Doe", "Jane Doe"},
		{"folded", "  Jane \n\t Doe ", "Jane Doe"},
		{"by and punctuation", "— By Jane Doe,", "Jane Doe"},
		{"role", "Jane Doe, Staff Writer", "Jane Doe"},
		{"role before", "Chief Correspondent Jane Doe", "Jane Doe"},
		{"place", "Jane Doe in Brussels", "Jane Doe"},
		{"agency", "(Reuters)", "Reuters"},
		{"first of several", "Jane Doe and John Roe", "Jane Doe"},
		{"initial kept", "Jane Q.", "Jane Q."},
		{"trailing dot", "Jane Doe.", "Jane Doe"},
		{"boilerplate", "Editorial Staff", ""},
		{"role only", "Political Editor", ""},
		{"empty", "", ""},
		{"punctuation only", " -- | ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanName(tt.in); got != tt.want {
				t.Errorf("cleanName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsAgency(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"afp", "AFP", true},
		{"afp spelled out", "Agence France-Presse", true},
		{"ap", "AP", true},
		{"ap with dots", "A.P.", true},
		{"associated press", "Associated Press", true},
		{"the associated press", "The Associated Press", true},
		{"reuters lower case", "reuters", true},
		{"reuters with dot", "Reuters.", true},
		{"thomson reuters", "Thomson Reuters", true},
		{"dpa", "dpa", true},
		{"deutsche presse-agentur", "Deutsche Presse-Agentur", true},
		{"bloomberg", "Bloomberg", true},
		{"pa media", "PA Media", true},
		{"press association", "Press Association", true},
		{"efe", "EFE", true},
		{"europa press", "Europa Press", true},
		{"xinhua", "Xinhua", true},
		{"tass", "TASS", true},
		{"ria novosti", "RIA Novosti", true},
		{"kyodo", "Kyodo", true},
		{"yonhap", "Yonhap", true},
		{"pti", "PTI", true},
		{"anadolu", "Anadolu Agency", true},
		{"keystone-sda", "Keystone-SDA", true},
		{"agência brasil", "Agência Brasil", true},
		{"canadian press", "The Canadian Press", true},
		{"cp", "CP", true},
		{"ctk with caron", "ČTK", true},
		{"combo slash", "AP/Reuters", true},
		{"combo hyphen", "AFP-JIJI", true},
		{"combo epa-efe", "EPA-EFE", true},
		{"combo and", "Reuters and AP", true},
		{"agency staff is not a wire", "Reuters Staff", false},
		{"staff and agencies", "Staff and agencies", false},
		{"person", "Jane Doe", false},
		{"agency and person", "AFP/Jane Doe", false},
		{"newspaper", "The Moscow Times", false},
		{"empty", "", false},
		{"punctuation", " / ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isAgency(tt.in); got != tt.want {
				t.Errorf("isAgency(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestLooksLikeOrganization(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"agency", "Reuters", true},
		{"news", "Al Jazeera News", true},
		{"news staff", "Fox News Staff", true},
		{"agency staff", "Reuters Staff", true},
		{"wire", "CNN Wire", true},
		{"call sign", "KWCH-TV", true},
		{"masthead in capitals", "RIVERPOST", true},
		{"desk before the publication", "Redazione Example", true},
		{"name in capitals", "JANE DOE", false},
		{"registered association", "Example-Stiftung e.V.", true},
		{"company", "Example Media GmbH", true},
		{"desk", "Metro Desk", true},
		{"team", "Weather Team", true},
		{"media", "Northern Media", true},
		{"newswire", "Business Newswire", true},
		{"starts with the", "The Moscow Times", true},
		{"acronym", "BBC", true},
		{"acronym with digit", "ABC7", true},
		{"weekly paper", "Harbour Post News Weekly", true},
		{"german paper", "Nordhafener Zeitung", true},
		{"spanish paper before its name", "Diario del Puerto", true},
		{"person", "Jane Doe", false},
		{"upper-case person", "JANE DOE", false},
		{"single name", "Madonna", false},
		{"suffix alone", "Staff", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := looksLikeOrganization(tt.in); got != tt.want {
				t.Errorf("looksLikeOrganization(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzBylineNames(f *testing.F) {
	for _, tt := range bylineNamesTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		names := bylineNames(s)
		for _, name := range names {
			if name == "" || name != strings.TrimSpace(name) || strings.Contains(name, "  ") {
				t.Errorf("bylineNames(%q) gave badly trimmed name %q", s, name)
			}
			if !utf8.ValidString(name) {
				t.Errorf("bylineNames(%q) gave invalid UTF-8 %q", s, name)
			}
		}
		if first := cleanName(s); (first == "") != (len(names) == 0) || (first != "" && first != names[0]) {
			t.Errorf("cleanName(%q) = %q, want the first of %q", s, first, names)
		}
		isAgency(s)
		looksLikeOrganization(s)
	})
}

func TestIsBylineHint(t *testing.T) {
	tests := []struct {
		ci   string
		want bool
	}{
		{"byline", true},
		{"article-author", true},
		{"entry-meta author vcard", true},
		{"post tag-contributors category-news", false}, // a post's tags copied into its classes
		{"header authorization", false},                // a login box
		{"fan-contributor-ad", false},
		{"widget author", false},
		{"comment-author", false},
		{"author-avatar", false},
		{"prism-byline", true},
	}
	for _, tt := range tests {
		if got := isBylineHint(tt.ci); got != tt.want {
			t.Errorf("isBylineHint(%q) = %v, want %v", tt.ci, got, tt.want)
		}
	}
}

func TestIsFurnitureClass(t *testing.T) {
	tests := []struct {
		ci   string
		want bool
	}{
		{"sidebar", true},
		{"comments-area", true},
		{"site-footer", true},
		{"post-footer", false},        // a post's own footer holds its byline
		{"entry-footer", false},       // likewise
		{"layout withsidebar", false}, // "withSidebar", lower-cased by classID
		{"page-footer", true},
		{"layout has-sidebar", false},
		{"gallery__with-sidebar", false},
		{"story", false},
	}
	for _, tt := range tests {
		if got := isFurnitureClass(tt.ci); got != tt.want {
			t.Errorf("isFurnitureClass(%q) = %v, want %v", tt.ci, got, tt.want)
		}
	}
}

func TestFindAuthorsOnPages(t *testing.T) {
	type author struct {
		name string
		org  bool
	}
	tests := []struct {
		name       string
		url        string
		head, body string
		want       []author
	}{
		{
			name: "blog engine's labelled author meta",
			head: `<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Anna Schmidt">`,
			want: []author{{"Anna Schmidt", false}},
		},
		{
			name: "a section's word before full names is no author",
			body: `<div class="byline">Politik · Jane Doe, John Roe</div>`,
			want: []author{{"Jane Doe", false}, {"John Roe", false}},
		},
		{
			name: "a byline whose name runs into the author box's menu",
			body: `<div class="byline">By <div class="author"><span class="name">Jane Doe</span><ul class="author-info"><li>Jane Doe</li><li>The River Post Weekly Edition</li><li>Biography</li><li>@jdoe</li></ul></div></div>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "the HTML standard's address element holds the byline",
			body: `<address><a rel="author" href="/profile/jane-doe">Jane Doe</a> and <a rel="author" href="/profile/john-roe">John Roe</a></address>`,
			want: []author{{"Jane Doe", false}, {"John Roe", false}},
		},
		{
			name: "a menu's call to become a contributor names no one",
			body: `<div class="menu-contributors">Contributors Become a Contributor</div><p>By Jane Doe</p>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "an agency before a full name stays",
			body: `<div class="byline">AFP · Jane Doe</div>`,
			want: []author{{"AFP", true}, {"Jane Doe", false}},
		},
		{
			name: "layout classes on body do not hide the byline",
			body: `<span class="byline">by <span class="author vcard">Jane Doe</span></span>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "unmarked by-line beside the headline",
			body: `<p><i>von Anna Schmidt</i></p>`,
			want: []author{{"Anna Schmidt", false}},
		},
		{
			name: "one-word outlet after a person",
			body: `<div class="author-name">JANE DOE, GIZMODO</div>`,
			want: []author{{"JANE DOE", false}, {"GIZMODO", true}},
		},
		{
			name: "wire agency as JSON-LD publisher on another site",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"The Associated Press"}}</script>`,
			body: `<p class="byline">By Jane Doe</p>`,
			want: []author{{"Jane Doe", false}, {"The Associated Press", true}},
		},
		{
			name: "first name in the byline completed from JSON-LD",
			head: `<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Jonas Weber"}}</script>`,
			body: `<p class="byline">Von Jonas</p>`,
			want: []author{{"Jonas Weber", false}},
		},
		{
			name: "the agency's own site does not credit itself",
			url:  "https://apnews.com/article/story",
			head: `<meta property="og:site_name" content="AP News"><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"@type":"Organization","name":"Associated Press"}}</script>`,
			body: `<p class="byline">By Jane Doe</p>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "author labelled at the end of the text",
			body: testBody + `<p><b>Von:</b><br> Anna Schmidt</p>`,
			want: []author{{"Anna Schmidt", false}},
		},
		{
			name: "Dublin Core creator before a template's author tag",
			head: `<meta name="author" content="Site Admin Team"><meta property="dc:creator" content="Anna Schmidt">`,
			want: []author{{"Anna Schmidt", false}},
		},
		{
			name: "site name with a tagline is not an author",
			head: `<meta property="og:site_name" content="Lagos Buzz | Daily news"><meta name="author" content="Lagos Buzz">`,
			want: nil,
		},
		{
			name: "JSON-LD account name of the byline's person",
			head: `<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"janedoe"}}</script>`,
			body: `<p class="byline">von <a href="/creator/jane-doe/">Jane Doe</a></p>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "by-line beside the headline over JSON-LD's account holder",
			head: `<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Site Editor Jonas Weber"}}</script>`,
			body: `<p><strong>Von Anna Schmidt</strong></p>`,
			want: []author{{"Anna Schmidt", false}},
		},
		{
			name: "label heading before the name",
			body: testBody + `<section><h4>Autor</h4><p><a href="/profil/jane-doe">Jane Doe</a></p></section>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "label after a date",
			body: `<div class="news-single-timedata">05.02.2020 <span>-&nbsp;Redaktion: Jane Doe (Pressesprecher des Vereins)</span></div>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "owner organisation in the metadata yields to a signed author",
			head: `<meta name="author" content="Example-Stiftung e.V.">`,
			body: testBody + `<p><strong>Autorin: Jane Doe, Projektleiterin der Stiftung in Tunis.</strong></p>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "site's staff after the name",
			url:  "https://www.harbourvoice.example/story",
			body: `<p class="byline">By Jane Doe HarbourVoice Staff</p>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "name after a date beside the headline",
			body: `<div class="meta"><span>25.10.2022 - Jane Doe</span></div>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "date and time, then the name",
			body: `<small>04.02.2022 | 13:10 Uhr | Jane Doe</small>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "a section after a date is no name",
			body: `<small>04.02.2022 | Politik</small>`,
			want: nil,
		},
		{
			name: "JSON-LD organisation kept as named",
			head: `<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Contributors to Example Projects"}}</script>`,
			want: []author{{"Contributors to Example Projects", true}},
		},
		{
			name: "JSON-LD organisation that is a site address",
			head: `<script type="application/ld+json">{"@type":"Article","author":{"@type":"Organization","name":"Harbour.at"}}</script>`,
			want: nil,
		},
		{
			name: "byline inside an author box made long by its bio",
			body: `<div class="author-info"><div class="author-info__txt"><span>Jane Doe</span> <span>Stand: 05. Februar 2020</span></div>` +
				`<div class="author-overlay">` + strings.Repeat("Jane Doe ist Redakteurin im Team Geldanlage und schreibt über Renten und Versicherungen. ", 6) + `</div></div>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "by-word after a date and time",
			body: `<h2>Stars <span>06.11.2023 13:30 von Jonas </span></h2>`,
			want: []author{{"Jonas", false}},
		},
		{
			name: "profile address after the name in an author tag",
			head: `<meta name="author" content="Jane Doe (https://example.org/jane/)">`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "profile address as an author tag",
			head: `<meta name="author" content="https://example.org/jane/">`,
			want: nil,
		},
		{
			name: "a by-phrase idiom does not displace JSON-LD",
			head: `<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Jonas Weber"}}</script>`,
			body: `<p><strong>Von Rechts wegen</strong></p>`,
			want: []author{{"Jonas Weber", false}},
		},
		{
			name: "label heading before a word that is no name",
			body: testBody + `<section><h4>Autor</h4><p>Archived</p></section>`,
			want: nil,
		},
		{
			name: "a teaser's byline does not beat JSON-LD's author",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs the plan","author":[{"@type":"Person","name":"Luisa Benítez"}]}</script>`,
			body: `</article><article class="card card--teaser"><h2>Another story</h2><div class="card__footer"><div class="authors-list"><span>Por </span><a>Marcelo Ruiz</a></div></div></article><article>`,
			want: []author{{"Luisa Benítez", false}},
		},
		{
			name: "JSON-LD creator where no author is given",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","creator":{"@type":"Person","name":"Jane Doe"}}</script>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "JSON-LD author typed as a subtype of Organization",
			head: `<script type="application/ld+json">{"@type":"Article","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"https://schema.org/EducationalOrganization","name":"Harbour Sailing School"}]}</script>`,
			want: []author{{"Jane Doe", false}, {"Harbour Sailing School", true}},
		},
		{
			name: "microdata author typed as an Organization",
			body: `<span itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Harbour Rowing Club</span></span>`,
			want: []author{{"Harbour Rowing Club", true}},
		},
		{
			name: "microdata Person with a url property",
			body: `<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/people/jane-doe"><span itemprop="name">Jane Doe</span></a></span>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "name and role in elements of their own with no space between",
			body: `<div class="byline"><span>By</span><a href="/people/jane-doe">Jane Doe</a><span class="author-title">Staff Writer</span></div>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "name and outlet in elements of their own with no space between",
			url:  "https://www.harbourbusiness.example/story",
			body: `<div class="author-block"><a href="/people/jane-doe">Jane Doe</a><span>HarbourBusiness</span></div>`,
			want: []author{{"Jane Doe", false}, {"HarbourBusiness", true}},
		},
		{
			name: "each co-author's name marked in an element of its own",
			body: `<p>By <a class="author-link" href="/people/jane-doe">Jane Doe</a>, <a class="author-link" href="/people/john-roe">John Roe</a> and <a class="author-link" href="/people/ann-poe">Ann Poe</a></p>`,
			want: []author{{"Jane Doe", false}, {"John Roe", false}, {"Ann Poe", false}},
		},
		{
			name: "marked names set apart by other words are no co-authors",
			body: `<p>By <span class="author">Jane Doe</span></p><ul class="list"><li>Photos <span class="author">John Roe</span></li></ul>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "the biography in an author box is no part of the name",
			body: `<div class="author"><a href="/people/jane-doe">Jane Doe</a><p class="author-bio">Jane Doe writes about harbours and has done so since 2001.</p></div>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "a link to the author's other stories ends the name",
			body: `<div class="byline">Von Jana Muster <a href="/autoren/jana-muster">Alle Artikel</a></div>`,
			want: []author{{"Jana Muster", false}},
		},
		{
			name: "Open Graph article:author as a profile address names the page's link to it",
			head: `<meta property="article:author" content="https://news.example.com/editors/jane-doe/">`,
			body: `<div class="meta-bar"><a href="/editors/jane-doe"><img src="/avatars/jane.jpg" alt=""></a><a href="/editors/jane-doe">Jane Doe</a></div>`,
			want: []author{{"Jane Doe", false}},
		},
		{
			name: "outlet after a name in Japanese script",
			body: `<div class="byline">［山田太郎，HarbourTech］</div>`,
			want: []author{{"山田太郎", false}, {"HarbourTech", true}},
		},
		{
			name: "host name is not an author",
			url:  "https://www.riverside-gazette.example/story",
			head: `<meta name="author" content="riverside-gazette">`,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := tt.url
			if u == "" {
				u = "https://news.example.com/story"
			}
			page := "<html><head>" + tt.head + "</head><body class=\"single has-sidebar comments-open\"><article><h1>Council backs the plan</h1>" +
				tt.body + testBody + "</article></body></html>"
			a := parseTestPage(t, page, u)
			var got []author
			for _, x := range a.Authors {
				got = append(got, author{x.Name, x.Organization})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("authors = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFindTitleOnPages(t *testing.T) {
	tests := []struct {
		name       string
		url        string
		head, body string
		want       string
	}{
		{
			name: "kicker inside the h1 left out",
			head: `<meta property="og:title" content="Election: Council backs the plan">`,
			body: `<h1><span class="dachzeile">Election</span><span class="visually-hidden">: </span> Council backs the plan</h1>`,
			want: "Council backs the plan",
		},
		{
			name: "h1 going on past a shortened og:title",
			head: `<meta property="og:title" content="Council backs the harbour plan">`,
			body: `<h1>Council backs the harbour plan in Riverside</h1>`,
			want: "Council backs the harbour plan in Riverside",
		},
		{
			name: "h1 adding a date after the title",
			head: `<meta property="og:title" content="Council backs the harbour plan">`,
			body: `<h1>Council backs the harbour plan 30.09.2023</h1>`,
			want: "Council backs the harbour plan",
		},
		{
			name: "h1 beside the body preferred over the site's h1",
			head: `<title>Riverside Notes: Council backs the harbour plan</title>`,
			body: `<h1>Riverside Notes</h1>` + `<article><h1>Council backs the harbour plan</h1>`,
			want: "Council backs the harbour plan",
		},
		{
			name: "site after an en dash removed",
			head: `<title>Council backs the harbour plan – Riverside Notes</title>`,
			want: "Council backs the harbour plan",
		},
		{
			name: "lower-case tail after an en dash kept",
			head: `<title>Council backs the harbour plan – what comes next?</title>`,
			want: "Council backs the harbour plan – what comes next?",
		},
		{
			name: "kicker set apart by a hidden separator",
			head: `<meta property="og:title" content="Harbour: Council backs the plan">`,
			body: `<h1><span class="green">Harbour</span><span class="invisible">: </span><span>Council backs the plan</span></h1>`,
			want: "Council backs the plan",
		},
		{
			name: "h1 agreeing with <title> once the site and tagline are gone",
			head: `<title>Harbour plan backed | riverside-notes.example | Your weekly news from the river</title>`,
			url:  "https://www.riverside-notes.example/story",
			body: `<h1>Harbour plan backed</h1>`,
			want: "Harbour plan backed",
		},
		{
			name: "logo h1 names the site in <title>",
			head: `<title>Harbour plan backed : River Post Daily</title>`,
			body: `<h1 class="logo">River Post Daily</h1>`,
			want: "Harbour plan backed",
		},
		{
			name: "box titles in asides are not headlines",
			head: `<title>Council backs the harbour plan | River Post</title>`,
			body: `<aside><h1>Related stories</h1></aside><aside><h1>Top news today</h1></aside>`,
			want: "Council backs the harbour plan",
		},
		{
			name: "classic WordPress blog archive title",
			url:  "https://web.archive.org/web/20140226054445/http://www.rivernotes.example/2013/08/07/plan/",
			head: `<title>Rivernotes » Blog Archive » Council backs the harbour plan</title>`,
			body: `<div class="header"><h1>Rivernotes</h1></div>`,
			want: "Council backs the harbour plan",
		},
		{
			name: "bracketed site name closing <title>",
			head: `<title>Council backs the harbour plan [River Post Archive]</title>`,
			body: `<div class="header"><h1><a href="/">River Post</a></h1></div>`,
			want: "Council backs the harbour plan",
		},
		{
			name: "bracket that is part of a short title kept",
			head: `<title>Plan [updated]</title>`,
			want: "Plan [updated]",
		},
		{
			name: "the displayed h1 over a Dublin Core title that it does not agree with",
			head: `<title>River Post</title><meta name="DC.title" content="Harbour plan: the council's decision">` +
				`<meta property="dc:title" content="Council backs the harbour plan">`,
			body: `<h1>Welcome to our pages</h1>`,
			want: "Welcome to our pages",
		},
		{
			name: "h1 agreeing with og:title kept over a differing Dublin Core title",
			head: `<meta property="og:title" content="Council backs the harbour plan"><meta name="DC.title" content="Harbour plan | River Post | Politics">`,
			body: `<h1>Council backs the harbour plan</h1>`,
			want: "Council backs the harbour plan",
		},
		{
			name: "Dublin Core title naming only the site ignored",
			head: `<meta property="og:site_name" content="River Post"><meta name="DC.title" content="River Post">`,
			body: `<h1>Council backs the harbour plan</h1>`,
			want: "Council backs the harbour plan",
		},
		{
			name: "an h1 that holds a colon is not cut where a shorter social title starts",
			head: `<meta property="og:title" content="Council backs the harbour plan">`,
			body: `<h1>Harbour vote: Council backs the harbour plan</h1>`,
			want: "Harbour vote: Council backs the harbour plan",
		},
		{
			name: "a kicker set apart in the h1 is left out",
			head: `<meta property="og:title" content="Council backs the harbour plan">`,
			body: `<h1><span class="kicker">Harbour vote</span> Council backs the harbour plan</h1>`,
			want: "Council backs the harbour plan",
		},
		{
			name: "a heading's permalink glyph is no part of the title",
			body: `<h1 id="plan">Council backs the harbour plan <a class="headerlink" href="#plan">¶</a></h1>`,
			want: "Council backs the harbour plan",
		},
		{
			name: "site named by the host's main label",
			url:  "https://forum.riverside-notes.example/t/1",
			head: `<title>Council backs the harbour plan - Riverside-Notes Forum</title>`,
			want: "Council backs the harbour plan",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := tt.url
			if u == "" {
				u = "https://news.example.com/story"
			}
			body := tt.body
			if !strings.Contains(body, "<article>") {
				body = "<article>" + body
			}
			page := "<html><head>" + tt.head + "</head><body>" + body + testBody + "</article></body></html>"
			if got := parseTestPage(t, page, u).Title; got != tt.want {
				t.Errorf("Title = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSameAgency(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"AP", "The Associated Press", true},
		{"AP News", "Associated Press", true},
		{"apnews", "AP", true},
		{"Agence France-Presse", "AFP", true},
		{"Reuters", "reuters", true},
		{"Reuters", "AFP", false},
		{"", "AFP", false},
	}
	for _, tt := range tests {
		if got := sameAgency(tt.a, tt.b); got != tt.want {
			t.Errorf("sameAgency(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNameFromBio(t *testing.T) {
	tests := []struct{ name, bio, want string }{
		{"Jane", "Jane Doe is a reporter covering courts.", "Jane Doe"},
		{"Anna", "Anna Schmidt - Ingenieurin und Abenteurerin.", "Anna Schmidt"},
		{"Jonas", "Jonas Weber ist freier Autor.", "Jonas Weber"},
		{"Jane", "Jane writes about food.", "Jane"},
		{"Jane", "A reporter, Jane Doe covers courts.", "Jane"},
		{"Jane", "Jane Doe Senior Staff Writer Covers courts.", "Jane"},
		{"Jane", "", "Jane"},
	}
	for _, tt := range tests {
		if got := nameFromBio(tt.name, tt.bio); got != tt.want {
			t.Errorf("nameFromBio(%q, %q) = %q, want %q", tt.name, tt.bio, got, tt.want)
		}
	}
}

func TestBylineBesideHeadingAfterRecentPosts(t *testing.T) {
	page := `<html><head><title>Podcasts in Plex einbinden | Example Blog</title>
<meta property="og:title" content="Podcasts in Plex einbinden"><meta name="author" content="Anna Schmidt - Peter Müller"></head><body>
<h1>Example Blog</h1><div class="sidebar-list"><ul><li><a href="/p1">Podcasts in Plex einbinden</a></li>` + strings.Repeat(`<li><a href="/p2">Ein anderer Beitrag</a></li>`, 45) + `</ul></div>
<div class="post"><h2><a href="/p1">Podcasts in Plex einbinden</a></h2>
<p class="date">Erstellt von <a href="/author/jonas/">Jonas</a> am Dienstag 6. Mai 2014</p>` + testBody + `</div></body></html>`
	a := parseTestPage(t, page, "https://blog.example.com/p1")
	if len(a.Authors) != 1 || a.Authors[0].Name != "Jonas" {
		t.Errorf("authors = %v, want [Jonas]", a.Authors)
	}
}

func TestAgencyCreditBeforeHeadlineIsAPicture(t *testing.T) {
	page := `<html><head><title>Council backs the plan</title></head><body><article>` +
		`<figure><img src="/a.jpg" alt=""><div class="copyright">dpa</div></figure><h1>Council backs the plan</h1>` +
		testBody + `</article></body></html>`
	a := parseTestPage(t, page, "https://news.example.com/story")
	if len(a.Authors) != 0 {
		t.Errorf("authors = %v, want none", a.Authors)
	}
}

// stripAddressesTests are texts where the addresses and handles meet
// spaces, the start of the text and one another.
var stripAddressesTests = []string{
	"", " ", "@", " @", "@x", " @x", "  @x  ", "a@b", "a @b", "a.@b", "a_@b", "x@y.io",
	"Jane Doe @jdoe", "Jane Doe@jdoe", "@jdoe Jane Doe", "Jane Doe\t@jdoe\nJohn Roe",
	"By Jane Doe jane.doe@example.org John Roe", "mailto:jane@example.org, John Roe",
	"Jane Doe https://example.org/jane and www.example.org", "HTTP://EXAMPLE.ORG Jane",
	"WwW.example.org", "httpſ://example.org", "Jane\u00a0Doe\u00a0@jdoe", "Jané Dœ ñ@ejemplo.es",
	"Jane (@jdoe) | jane@x.y.example.co", "a@b@c.de @e @@f ,@g .@h", "\xff@jdoe \xe2@x",
	"Jane Doe jane@example", "jane@ex-ample.org.", "@_ @1 @ü x@y.z1",
}

func TestStripAddresses(t *testing.T) {
	for _, s := range stripAddressesTests {
		if got, want := stripAddresses(s), bylineNoise.ReplaceAllString(s, ","); got != want {
			t.Errorf("stripAddresses(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzStripAddresses(f *testing.F) {
	for _, s := range stripAddressesTests {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := stripAddresses(s), bylineNoise.ReplaceAllString(s, ","); got != want {
			t.Errorf("stripAddresses(%q) = %q, want %q", s, got, want)
		}
	})
}

// compactKeyIsTests pair names with keys they compact to, nearly compact
// to, or run past.
var compactKeyIsTests = []struct{ s, key string }{
	{"", ""}, {"-", ""}, {"", "a"}, {"Example News", "examplenews"}, {"Example News", "example news"},
	{"Example-News!", "examplenews"}, {"Example News", "examplenew"}, {"Example", "examplenews"},
	{"ÉCOLE Ünd", "écoleünd"}, {"\u212aelvin", "kelvin"}, {"my-site", "my-site"}, {"\xffab\xc3", "ab"},
	{"Jane Doe", "janedoe"}, {"jane.doe", "janedoe"}, {"İ", "i"},
}

func TestCompactKeyIs(t *testing.T) {
	for _, tt := range compactKeyIsTests {
		if got, want := compactKeyIs(tt.s, tt.key), compactKey(tt.s) == tt.key; got != want {
			t.Errorf("compactKeyIs(%q, %q) = %v, want %v", tt.s, tt.key, got, want)
		}
	}
}

func FuzzCompactKeyIs(f *testing.F) {
	for _, tt := range compactKeyIsTests {
		f.Add(tt.s, tt.key)
	}
	f.Fuzz(func(t *testing.T, s, key string) {
		if got, want := compactKeyIs(s, key), compactKey(s) == key; got != want {
			t.Errorf("compactKeyIs(%q, %q) = %v, want %v", s, key, got, want)
		}
		if k := compactKey(s); !compactKeyIs(s, k) {
			t.Errorf("compactKeyIs(%q, %q) = false for its own key", s, k)
		}
	})
}
