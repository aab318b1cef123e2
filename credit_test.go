package article

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

var splitCreditTests = []struct {
	name       string
	in         string
	wantText   string
	wantCredit string
}{
	// Source/photographer credits in parentheses, from sources the
	// parser does not know by name.
	{"parenthesised slash credit", "A rover's view of the crater rim. (Space Research Centre/Ada Lind)", "A rover's view of the crater rim.", "Space Research Centre/Ada Lind"},
	{"parenthesised and/or is no credit", "Children play in the park (and/or the garden)", "Children play in the park (and/or the garden)", ""},
	// Labelled credits.
	{"photo colon", "Protesters gather outside parliament. Photo: Jane Doe/AFP", "Protesters gather outside parliament.", "Jane Doe/AFP"},
	{"photograph colon", "Fishing boats in the harbour at dusk. Photograph: Jane Doe/Reuters", "Fishing boats in the harbour at dusk.", "Jane Doe/Reuters"},
	{"photo by", "A crowd waits for the parade. Photo by Jane Doe", "A crowd waits for the parade.", "Jane Doe"},
	{"photo by in parentheses", "Volunteers sort donations (Photo by Jane Doe/Getty Images)", "Volunteers sort donations", "Jane Doe/Getty Images"},
	{"picture colon", "Sunflower fields near the border. Picture: Jane Doe", "Sunflower fields near the border.", "Jane Doe"},
	{"image in parentheses", "Sunflower fields near the border (Image: Jane Doe)", "Sunflower fields near the border", "Jane Doe"},
	{"photo in parentheses mid-caption", "The mayor (Photo: Jane Doe/AFP) opens the bridge", "The mayor opens the bridge", "Jane Doe/AFP"},
	{"credit colon", "Sunflower fields. Credit: Jane Doe for The Daily Courier", "Sunflower fields.", "Jane Doe for The Daily Courier"},
	{"credits colon", "Sunflower fields. Credits: Jane Doe", "Sunflower fields.", "Jane Doe"},
	{"german foto", "Felder bei Lemberg. Foto: Anna Schmidt/dpa", "Felder bei Lemberg.", "Anna Schmidt/dpa"},
	{"german foto dpa alone", "Demonstranten in der Innenstadt. Foto: dpa", "Demonstranten in der Innenstadt.", "dpa"},
	{"german bild", "Felder bei Lemberg. Bild: Keystone", "Felder bei Lemberg.", "Keystone"},
	{"hungarian foto", "Tüntetők a belvárosban. Fotó: Kovács Péter", "Tüntetők a belvárosban.", "Kovács Péter"},
	{"french credit photo", "Des manifestants sur la place. Crédit photo : Jean Dupont", "Des manifestants sur la place.", "Jean Dupont"},
	{"copyright sign glued", "A sunset over the bay ©Jane Doe", "A sunset over the bay", "Jane Doe"},
	{"copyright sign spaced", "A sunset over the bay © Jane Doe", "A sunset over the bay", "Jane Doe"},
	{"copyright sign and year", "A sunset over the bay © 2023 Jane Doe", "A sunset over the bay", "Jane Doe"},
	{"c in parentheses", "A sunset over the bay (c) Jane Doe", "A sunset over the bay", "Jane Doe"},
	{"copyright word", "A sunset over the bay. Copyright Jane Doe", "A sunset over the bay.", "Jane Doe"},
	{"source", "Inflation by month. Source: National Statistics Office", "Inflation by month.", "National Statistics Office"},
	{"illustration", "How the station will look. Illustration: Jane Doe", "How the station will look.", "Jane Doe"},
	{"unknown source after slash", "The basement of the old school. Jane Doe/Northwind", "The basement of the old school.", "Jane Doe/Northwind"},
	{"unknown source after spaced slash", "The basement of the old school | Jane Doe / The Daily Courier", "The basement of the old school", "Jane Doe / The Daily Courier"},
	{"two words across a slash are no credit", "The square, then and now. Before/After", "The square, then and now. Before/After", ""},
	{"photo courtesy of", "The reading room after the fire. Photo courtesy of Ada Lind", "The reading room after the fire.", "Ada Lind"},
	{"image courtesy", "The reading room after the fire (Image courtesy Northwind Press)", "The reading room after the fire", "Northwind Press"},
	{"courtesy in a sentence is no label", "She kept the photos courtesy demanded.", "She kept the photos courtesy demanded.", ""},
	{"label without full stop", "Protesters in the square Photo: Jane Doe", "Protesters in the square", "Jane Doe"},
	{"label after pipe", "Protesters in the square | Photo: Jane Doe", "Protesters in the square", "Jane Doe"},
	{"upper-case label", "Protesters in the square. PHOTO: JANE DOE", "Protesters in the square.", "JANE DOE"},

	// Unlabelled credits.
	{"name slash getty", "Protesters in the square. Jane Doe / Getty Images", "Protesters in the square.", "Jane Doe / Getty Images"},
	{"via getty", "Protesters in the square. Jane Doe/AFP via Getty Images", "Protesters in the square.", "Jane Doe/AFP via Getty Images"},
	{"reuters slash name", "Protesters in the square. REUTERS/Jane Doe", "Protesters in the square.", "REUTERS/Jane Doe"},
	{"reuters slash name without full stop", "Protesters in the square REUTERS/Jane Doe", "Protesters in the square", "REUTERS/Jane Doe"},
	{"ap photo slash name", "Protesters in the square. AP Photo/Jane Doe", "Protesters in the square.", "AP Photo/Jane Doe"},
	{"ap photo in parentheses", "Protesters in the square (AP Photo/Jane Doe)", "Protesters in the square", "AP Photo/Jane Doe"},
	{"reuters in parentheses", "Protesters in the square (Reuters)", "Protesters in the square", "Reuters"},
	{"epa-efe", "Residents clear debris. EPA-EFE/Jane Doe", "Residents clear debris.", "EPA-EFE/Jane Doe"},
	{"agency after full stop", "Crowds outside the stadium. Yonhap", "Crowds outside the stadium.", "Yonhap"},
	{"agency after pipe", "Crowds outside the stadium | AFP", "Crowds outside the stadium", "AFP"},
	{"person after pipe", "The mayor at the opening | Jane Doe", "The mayor at the opening", "Jane Doe"},
	{"credit after em dash", "Crowds outside the stadium — Jane Doe/AFP", "Crowds outside the stadium", "Jane Doe/AFP"},
	{"credit with trailing dot", "Crowds outside the stadium. Jane Doe/AFP.", "Crowds outside the stadium.", "Jane Doe/AFP"},
	{"initial in credit", "Crowds outside the stadium. J. Doe/AFP", "Crowds outside the stadium.", "J. Doe/AFP"},
	{"picture alliance", "Ein Zug im Bahnhof. picture alliance / dpa", "Ein Zug im Bahnhof.", "picture alliance / dpa"},
	{"source after via", "The redesigned trackpad, seen from below via TechTeardowns", "The redesigned trackpad, seen from below", "TechTeardowns"},
	{"camel-case source after via", "A cutaway of the new battery via eBench", "A cutaway of the new battery", "eBench"},
	{"credit dots glued", "Ministers leave the summit.Credit...Jane Doe/The Daily Courier", "Ministers leave the summit.", "Jane Doe/The Daily Courier"},
	{"credit ellipsis", "Ministers leave the summit. Credit… Jane Doe", "Ministers leave the summit.", "Jane Doe"},

	// Captions that are only a credit.
	{"only name slash agency", "Alexander Patrin / TASS", "", "Alexander Patrin / TASS"},
	{"only name slash agency unspaced", "Anna Schmidt/dpa", "", "Anna Schmidt/dpa"},
	{"only sign", "© Reuters", "", "Reuters"},
	{"only labelled", "Photo: Jane Doe/AFP", "", "Jane Doe/AFP"},
	{"only getty", "Getty Images", "", "Getty Images"},
	{"only shutterstock", "Shutterstock", "", "Shutterstock"},
	{"only agency", "AFP", "", "AFP"},
	{"only parenthesised", "(Reuters)", "", "Reuters"},

	// No credit.
	{"empty", "", "", ""},
	{"whitespace folded", "  Protesters   in the\nsquare ", "Protesters in the square", ""},
	{"plain caption", "Protesters in the square", "Protesters in the square", ""},
	{"person's name is a caption", "Jane Doe", "Jane Doe", ""},
	{"photo by mid-sentence", "She holds up a photo by her late husband in the kitchen", "She holds up a photo by her late husband in the kitchen", ""},
	{"photo colon mid-sentence", "The photo: a relic of the war", "The photo: a relic of the war", ""},
	{"copyright as a word", "Copyright lawyers gather in Brussels.", "Copyright lawyers gather in Brussels.", ""},
	{"label in a longer word", "Telephoto: lenses on display", "Telephoto: lenses on display", ""},
	{"label opening a description", "Photo: A man walks his dog along the river.", "Photo: A man walks his dog along the river.", ""},
	{"agency named in a sentence", "The story was first reported by Reuters", "The story was first reported by Reuters", ""},
	{"parenthesised words", "A man (left) and a woman", "A man (left) and a woman", ""},
	{"parenthesised place", "The stadium (Madrid)", "The stadium (Madrid)", ""},
	{"place after pipe", "Fans celebrate | Madrid", "Fans celebrate | Madrid", ""},
	{"via in a sentence", "Supplies arrive via the northern road", "Supplies arrive via the northern road", ""},
	{"via before a lower-case source", "Water reaches the fields via irrigation channels", "Water reaches the fields via irrigation channels", ""},
	{"long labelled tail", "Photo: Jane Doe. Crowds gathered outside the station on Sunday to protest.", "Photo: Jane Doe. Crowds gathered outside the station on Sunday to protest.", ""},
	{"bare label", "Photo:", "Photo:", ""},
}

func TestSplitCredit(t *testing.T) {
	for _, tt := range splitCreditTests {
		t.Run(tt.name, func(t *testing.T) {
			text, credit := splitCredit(tt.in)
			if text != tt.wantText || credit != tt.wantCredit {
				t.Errorf("splitCredit(%q) = (%q, %q), want (%q, %q)", tt.in, text, credit, tt.wantText, tt.wantCredit)
			}
			// The credit is returned clean: cleaning it again changes nothing.
			if again := cleanCredit(credit); again != credit {
				t.Errorf("cleanCredit(%q) = %q, want it unchanged", credit, again)
			}
		})
	}
}

func TestCleanCredit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "Jane Doe/AFP", "Jane Doe/AFP"},
		{"folded", "  Jane \n Doe / AFP ", "Jane Doe / AFP"},
		{"photo", "Photo: Jane Doe", "Jane Doe"},
		{"photo spaced colon", "Photo : Jane Doe", "Jane Doe"},
		{"photograph", "Photograph: Jane Doe/Reuters", "Jane Doe/Reuters"},
		{"picture", "Picture: Jane Doe", "Jane Doe"},
		{"image", "Image: Getty Images", "Getty Images"},
		{"credit with trailing dot", "Credit: Jane Doe.", "Jane Doe"},
		{"foto", "Foto: Anna Schmidt/dpa", "Anna Schmidt/dpa"},
		{"photo by", "Photo by Jane Doe", "Jane Doe"},
		{"sign", "© Reuters", "Reuters"},
		{"sign and year", "© 2023 Reuters", "Reuters"},
		{"copyright and years", "Copyright © 2021-2023 Jane Doe", "Jane Doe"},
		{"c in parentheses", "(c) Jane Doe", "Jane Doe"},
		{"parentheses", "(Photo: Jane Doe)", "Jane Doe"},
		{"brackets", "[Jane Doe/AFP]", "Jane Doe/AFP"},
		{"label inside label", "Photo: © Jane Doe", "Jane Doe"},
		{"abbreviation dot kept", "Photograph: Jane Doe/A.F.P.", "Jane Doe/A.F.P."},
		{"dangling separator", "| Jane Doe /", "Jane Doe"},
		{"bare label", "Picture: ", ""},
		{"bare label after separator", "| Credit:", ""},
		{"empty", "", ""},
		{"dots only", "...", ""},
		{"credit dots", "Credit...Jane Doe/The Daily Courier", "Jane Doe/The Daily Courier"},
		{"credit ellipsis", "Credit… Jane Doe", "Jane Doe"},
		{"photo dots", "Photo... Jane Doe", "Jane Doe"},
		{"photograph courtesy of", "PHOTOGRAPH COURTESY OF NORTHWIND", "NORTHWIND"},
		{"picture courtesy", "Picture courtesy Ada Lind", "Ada Lind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanCredit(tt.in); got != tt.want {
				t.Errorf("cleanCredit(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitCreditLongInput(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"many labels", strings.Repeat("Photo: ", 20000)},
		{"many open parentheses", strings.Repeat("(Photo: ", 20000)},
		{"many parentheses", strings.Repeat("((", 20000) + "Reuters)"},
		{"many boundaries", strings.Repeat("a. ", 20000) + "Jane Doe/AFP"},
		{"one huge word", strings.Repeat("x", 1<<17)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, credit := splitCredit(tt.in)
			if text == "" && credit == "" {
				t.Errorf("splitCredit lost the caption")
			}
		})
	}
}

func FuzzSplitCredit(f *testing.F) {
	for _, tt := range splitCreditTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, credit := splitCredit(s)
		for _, out := range []string{text, credit} {
			if out != strings.TrimSpace(out) || strings.Contains(out, "  ") {
				t.Errorf("splitCredit(%q) = (%q, %q): not whitespace-folded", s, text, credit)
			}
		}
		if credit != "" && cleanCredit(credit) != credit {
			t.Errorf("splitCredit(%q) credit %q is not clean", s, credit)
		}
		cleanCredit(s)
	})
}

// TestLeadImageCaptionOnPages checks the caption and credit read for the
// lead picture in the markup publishers use for it.
func TestLeadImageCaptionOnPages(t *testing.T) {
	const img = `<img src="https://cdn.example.com/photos/council-chamber-1200.jpg" width="1200" height="800" alt="">`
	tests := []struct {
		name, figure        string
		caption, wantCredit string
	}{
		{
			name:       "figcaption beside a caption toggle classed as a caption",
			figure:     `<figure><a href="#img-1">` + img + `</a><label class="reveal-caption" for="show-caption"><span class="icon"></span></label><figcaption class="caption">The council chamber before the vote. Photograph: Jane Doe/Northwind</figcaption></figure>`,
			caption:    "The council chamber before the vote.",
			wantCredit: "Jane Doe/Northwind",
		},
		{
			name:       "figcaption classed as an attribution is the caption",
			figure:     `<figure>` + img + `<figcaption itemprop="caption" class="attribution">The council chamber before the vote.</figcaption></figure>`,
			caption:    "The council chamber before the vote.",
			wantCredit: "",
		},
		{
			name:       "figcaption classed as an attribution still gives its credit",
			figure:     `<figure>` + img + `<figcaption class="attribution">The council chamber before the vote. Photo: Jane Doe</figcaption></figure>`,
			caption:    "The council chamber before the vote.",
			wantCredit: "Jane Doe",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head></head><body><article><h1>Council backs the plan</h1>" + tt.figure + testBody + testBody + "</article></body></html>"
			a := parseTestPage(t, page, "https://news.example.com/story")
			if a.Image == nil {
				t.Fatalf("no lead image")
			}
			if a.Image.Caption != tt.caption || a.Image.Credit != tt.wantCredit {
				t.Errorf("caption, credit = %q, %q; want %q, %q", a.Image.Caption, a.Image.Credit, tt.caption, tt.wantCredit)
			}
		})
	}
}

// creditLabelStartTests hold labels in the cases and foldings the
// expressions read, and words that open like them.
var creditLabelStartTests = []string{
	"Photo: Jane Doe", "PHOTOGRAPH: Jane Doe", "photos by Jane Doe", "Picture credit: Jane Doe",
	"Image courtesy of Example", "IMAGES: Example", "Illustration: Jane Doe", "Credit: Jane Doe",
	"Crédit photo : Jane Doe", "CRÉDITS: Jane Doe", "Copyright 2023 Example", "(c) Example", "© Example",
	"Bild: Jane Doe", "Bilder: Example", "Graphic: Example", "Source: Example", "ſource: Example",
	"\u212auva: Jane Doe", "Kuva: Jane Doe", "Zdjęcie: Jane Doe", "ZDJĘCIE: Jane", "Фото: Jane", "фото: Jane",
	"Foto: Jane", "Fotó: Jane", "Fotografie: Jane", "phone: 123", "pick: x", "imagine: x", "ill: x",
	"grand: x", "south: x", "bill: x", "crew: x", "cops: x", "Credit...Jane Doe", "Photo… Jane",
	"The pier at dusk. Photo: Jane Doe/Example", "A crowd (Image: Example)",
}

func TestMayStartCreditLabel(t *testing.T) {
	for _, s := range creditLabelStartTests {
		checkCreditLabelStarts(t, s)
	}
}

func FuzzMayStartCreditLabel(f *testing.F) {
	for _, s := range creditLabelStartTests {
		f.Add(s)
	}
	f.Fuzz(checkCreditLabelStarts)
}

// checkCreditLabelStarts checks that mayStartCreditLabel rules out no
// position where the label expressions match.
func checkCreditLabelStarts(t *testing.T, s string) {
	for i := 0; i < len(s); i++ {
		w := creditLabelWindow(s, i)
		if (creditLabelAt.MatchString(w) || creditLabelPrefix.MatchString(w) && creditLabelPrefix.FindStringIndex(w)[1] > 0) &&
			!mayStartCreditLabel(s, i) {
			t.Errorf("mayStartCreditLabel(%q, %d) = false where a label starts", s, i)
		}
	}
}

// agencySlashTests are captions with agency-first credits, slashes
// elsewhere, and names that only nearly open such a credit.
var agencySlashTests = []string{
	"", "/", "a/b", "The pier. REUTERS/Jane Doe", "Reuters /  Jane", "AP Photo/Jane Doe", "AFP Photo / Jane",
	"EPA-EFE/JANE DOE", "PA Images/Jane", "PA Image /Jane", "PA Wire/ Jane", "AAP Image/Jane", "dpa/x",
	"xREUTERS/Jane", "REUTERS\t/\nJane", "REUTERS/ ", "a 12/05 date, and ANSA/Jane Doe", "Xinhua/Anadolu/x",
	"TASS /", "PA  Wire/Jane", "ap photo/jane",
}

func TestAgencySlash(t *testing.T) {
	for _, s := range agencySlashTests {
		checkAgencySlash(t, s)
	}
}

func FuzzAgencySlash(f *testing.F) {
	for _, s := range agencySlashTests {
		f.Add(s)
	}
	f.Fuzz(checkAgencySlash)
}

// agencySlashAsWritten is creditAgencySlash as written before its names
// were listed in agencySlashNames.
var agencySlashAsWritten = regexp.MustCompile(`\b(?:REUTERS|Reuters|AP Photo|AFP Photo|AFP|EPA-EFE|EPA|ANSA|dpa|TASS|Xinhua|Anadolu|AAP Image|PA Images?|PA Wire)\s*/\s*\S`)

// checkAgencySlash checks creditAgencySlash against agencySlashAsWritten,
// and that mayHoldAgencySlash passes every caption it matches.
func checkAgencySlash(t *testing.T, s string) {
	got, want := creditAgencySlash.FindAllStringIndex(s, -1), agencySlashAsWritten.FindAllStringIndex(s, -1)
	if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		t.Errorf("creditAgencySlash in %q: %v, want %v", s, got, want)
	}
	if want != nil && !mayHoldAgencySlash(s) {
		t.Errorf("mayHoldAgencySlash(%q) = false, but it holds %v", s, want)
	}
}
