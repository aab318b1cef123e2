package eval

import (
	"encoding/json"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/articleparse/article"
	"github.com/google/go-cmp/cmp"
)

// near reports whether two scores agree to well within display precision.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"punctuation separates, case is kept", "Hello, World! it's", []string{"Hello", "World", "it", "s"}},
		{"underscore and digits are word characters", "a_b 2019-11-19", []string{"a_b", "2019", "11", "19"}},
		{"letters of any script", "Größtes 新竹尖石 Венера", []string{"Größtes", "新竹尖石", "Венера"}},
		{"a combining mark splits a token, as in Python", "e\u0301t\u00e9", []string{"e", "t\u00e9"}},
		{"no token", " — … ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMatchShingles(t *testing.T) {
	tests := []struct {
		name, truth, pred string
		want              Counts
		precision, recall float64
	}{
		{
			// truth shingles: abcd bcde; pred: abcd bcdx cdxe.
			// tp=1 fp=2 fn=1, normalised by 4.
			name: "one inserted word", truth: "a b c d e", pred: "a b c d x e",
			want: Counts{TP: 0.25, FP: 0.5, FN: 0.25}, precision: 1.0 / 3, recall: 0.5,
		},
		{
			// Case matters: evaluate.py does not lower-case, so of the shingles
			// "One two three four" and "two three four five" only the second
			// matches: tp=1 fp=1 fn=1.
			name: "case differs", truth: "One two three four five.", pred: "one two three four five",
			want: Counts{TP: 1.0 / 3, FP: 1.0 / 3, FN: 1.0 / 3}, precision: 0.5, recall: 0.5,
		},
		{
			name: "same tokens, other punctuation", truth: "One, two; three four five.", pred: "One two three\n\nfour five",
			want: Counts{TP: 1}, precision: 1, recall: 1,
		},
		{
			name: "a short text is one shingle", truth: "Hello world", pred: "Hello world again",
			want: Counts{TP: 0, FP: 0.5, FN: 0.5}, precision: 0, recall: 0,
		},
		{
			name: "repeated shingles count as a multiset", truth: "a b c d a b c d", pred: "a b c d",
			// truth: abcd×2 bcda cdab dabc; pred: abcd. tp=1 fn=4.
			want: Counts{TP: 0.2, FN: 0.8}, precision: 1, recall: 0.2,
		},
		{
			name: "empty prediction", truth: "a b c d", pred: "",
			want: Counts{FN: 1}, precision: 0, recall: 0,
		},
		{
			name: "both empty", truth: "", pred: "—",
			want: Counts{}, precision: 1, recall: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MatchShingles(tt.truth, tt.pred)
			if !near(got.TP, tt.want.TP) || !near(got.FP, tt.want.FP) || !near(got.FN, tt.want.FN) {
				t.Fatalf("MatchShingles(%q, %q) = %+v, want %+v", tt.truth, tt.pred, got, tt.want)
			}
			if !near(got.Precision(), tt.precision) || !near(got.Recall(), tt.recall) {
				t.Errorf("precision, recall = %v, %v, want %v, %v", got.Precision(), got.Recall(), tt.precision, tt.recall)
			}
		})
	}
}

func TestScoreBodies(t *testing.T) {
	pages := []Counts{
		MatchShingles("a b c d e", "a b c d x e"), // precision 1/3, recall 1/2
		MatchShingles("a b c d", ""),              // no prediction: recall 0 only
		MatchShingles("", ""),                     // neither: not counted at all
	}
	got := ScoreBodies(pages)
	// precision = mean(1/3) = 1/3; recall = mean(1/2, 0) = 1/4;
	// F1 = 2·(1/3)·(1/4) / (1/3 + 1/4) = (1/6) / (7/12) = 2/7.
	want := BodyScore{Precision: 1.0 / 3, Recall: 0.25, F1: 2.0 / 7, PrecisionPages: 1, RecallPages: 2}
	if !near(got.Precision, want.Precision) || !near(got.Recall, want.Recall) || !near(got.F1, want.F1) ||
		got.PrecisionPages != want.PrecisionPages || got.RecallPages != want.RecallPages {
		t.Errorf("ScoreBodies = %+v, want %+v", got, want)
	}
	if got := ScoreBodies(nil); got != (BodyScore{}) {
		t.Errorf("ScoreBodies(nil) = %+v, want zero", got)
	}
}

func TestScoreSnippets(t *testing.T) {
	text := "Shanghai Electric  baut\ndas Kraftwerk.\u00a0Es kostet viel.\n\nSolarserver Newsletter"
	with := []string{"Shanghai Electric baut", "Es\u00a0kostet", "shanghai electric", "fehlt hier", "  "}
	without := []string{"Solarserver Newsletter", "teilen twittern E-Mail"}
	got := ScoreSnippets(text, with, without)
	// Found: the first two (white space folded on both sides); not found:
	// the lower-cased one (the search is case-sensitive) and "fehlt hier";
	// the blank snippet is ignored.
	want := SnippetCounts{TP: 2, FN: 2, FP: 1, TN: 1}
	if got != want {
		t.Fatalf("ScoreSnippets = %+v, want %+v", got, want)
	}
	sum := got.Add(SnippetCounts{TP: 1, TN: 1})
	// precision 3/4, recall 3/5, F1 = 2·0.75·0.6/1.35 = 2/3, accuracy 5/8.
	if !near(sum.Precision(), 0.75) || !near(sum.Recall(), 0.6) || !near(sum.F1(), 2.0/3) || !near(sum.Accuracy(), 0.625) {
		t.Errorf("summed P/R/F1/A = %v %v %v %v", sum.Precision(), sum.Recall(), sum.F1(), sum.Accuracy())
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Apple’s Vision Pro — hands-on", "apple's vision pro - hands-on"},
		{"«Vape\u00a0Wave»  “quoted”", `"vape wave" "quoted"`},
		{"  JOE\tHILDEBRAND\n", "joe hildebrand"},
		{"Cafe\u0301 – 2 − 1", "café - 2 - 1"},
	}
	for _, tt := range tests {
		if got, want := Fold(tt.a), Fold(tt.b); got != want {
			t.Errorf("Fold(%q) = %q, want %q (Fold of %q)", tt.a, got, want, tt.b)
		}
	}
	if got := foldAgency("The Associated Press"); got != "associated press" {
		t.Errorf("foldAgency = %q", got)
	}
}

func TestNameSet(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Luana Patriolino; Raphael Felice", []string{"luana patriolino", "raphael felice"}},
		{"David Brand and Ramsey Khalifeh", []string{"david brand", "ramsey khalifeh"}},
		{"CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB", []string{"clara löw", "siddharth prakash", "klaus jacob"}},
		{"By Erin Cunningham", []string{"erin cunningham"}},
		{"Par Alexandre Hervaud et Jérémy Piette", []string{"alexandre hervaud", "jérémy piette"}},
		{"Anderson Cooper", []string{"anderson cooper"}},
		{"Alexander Patrin", []string{"alexander patrin"}},
		{"", nil},
	}
	for _, tt := range tests {
		got := slices.Sorted(func(yield func(string) bool) {
			for k := range nameSet(tt.in) {
				if !yield(k) {
					return
				}
			}
		})
		want := slices.Sorted(slices.Values(tt.want))
		if !slices.Equal(got, want) {
			t.Errorf("nameSet(%q) = %q, want %q", tt.in, got, want)
		}
	}
}

func TestTitleMatches(t *testing.T) {
	tests := []struct {
		truth, got string
		want       bool
	}{
		{"How to Build a Terrarium | eHow", "How to Build a Terrarium", true},
		{"Mozilla - Wikipedia", "Mozilla", true},
		{"Daring Fireball: Colophon", "Colophon", true},
		{"Apple’s Vision Pro hands-on", "Apple's Vision Pro hands-on", true},
		{"Apple’s Vision Pro hands-on", "Apple’s Vision", false},
		{"Anything", "", false},
	}
	for _, tt := range tests {
		if got := titleMatches(tt.truth, tt.got); got != tt.want {
			t.Errorf("titleMatches(%q, %q) = %v, want %v", tt.truth, tt.got, got, tt.want)
		}
	}
}

func TestBylineMatches(t *testing.T) {
	tests := []struct {
		name  string
		truth string
		art   article.Article
		want  bool
	}{
		{"byline with By", "By Erin Cunningham", article.Article{Byline: "by Erin  Cunningham"}, true},
		{"author names", "Stella Kim, Jennifer Jett", article.Article{Authors: []article.Author{{Name: "Jennifer Jett"}, {Name: "Stella Kim"}}}, true},
		{"names without By", "By Ana Sandoiu", article.Article{Authors: []article.Author{{Name: "Ana Sandoiu"}}}, true},
		{"a name missing", "Stella Kim, Jennifer Jett", article.Article{Authors: []article.Author{{Name: "Stella Kim"}}}, false},
		{"nothing", "Alex Heath", article.Article{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bylineMatches(tt.truth, &tt.art); got != tt.want {
				t.Errorf("bylineMatches(%q) = %v, want %v", tt.truth, got, tt.want)
			}
		})
	}
}

func TestSameDay(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	published := time.Date(2019, 11, 19, 8, 3, 0, 0, est)
	tests := []struct {
		truth string
		t     time.Time
		want  bool
	}{
		{"2019-11-19T08:03:00-05:00", published, true},
		{"2019-11-19", published, true},
		{"2019-11-19 06:01:07", published, true},
		{"2019-11-20T01:00:00Z", published, false},
		{"2019-11-19", time.Time{}, false},
		{"", published, false},
	}
	for _, tt := range tests {
		if got := sameDay(tt.truth, tt.t); got != tt.want {
			t.Errorf("sameDay(%q, %v) = %v, want %v", tt.truth, tt.t, got, tt.want)
		}
	}
}

func TestImageKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"https://www.sportsnet.ca/wp-content/uploads/2019/11/22174394-1040x572.jpg", "https://www.sportsnet.ca/wp-content/uploads/2019/11/22174394.jpg", true},
		{"https://x.com/uploads/Pista-1024x723-900x400.jpg", "http://cdn.x.com/uploads/Pista.jpg?resize=300", true},
		{"https://cdn.mos.cms.futurecdn.net/qFd74BjTwgJcQhofvQgAn-320-80.png", "https://cdn.mos.cms.futurecdn.net/qFd74BjTwgJcQhofvQgAn-1200-80.png", true},
		{"https://static01.nyt.com/images/2017/01/14/13SUDAN-1-master768.jpg", "https://static01.nyt.com/images/2017/01/14/13SUDAN-1-superJumbo.jpg", true},
		{"https://s.x.com/w800/a/photo_800.jpeg", "https://s.x.com/w1600/b/photo.jpg", true},
		{"https://x.com/img/GettyImages_1180855514.0.jpg", "https://x.com/img/GettyImages_1180855514.jpg", true},
		{"https://x.com/img/photo-4.jpg", "https://x.com/img/photo-3.jpg", false},
		{"https://x.com/img/a.jpg", "https://x.com/img/b.jpg", false},
		{"https://s1.reutersmedia.net/resources/r/?m=02&i=1454231854&w=1200", "https://s1.reutersmedia.net/resources/r/?m=02&i=1454231854&w=640", true},
		{"https://s1.reutersmedia.net/resources/r/?m=02&i=1454231854&w=1200", "https://s1.reutersmedia.net/resources/r/?m=02&i=1454231999", false},
	}
	for _, tt := range tests {
		ka, kb := imageKey(tt.a), imageKey(tt.b)
		if (ka == kb) != tt.same {
			t.Errorf("imageKey(%q) = %q, imageKey(%q) = %q; want same = %v", tt.a, ka, tt.b, kb, tt.same)
		}
	}
}

func TestLinkKey(t *testing.T) {
	a := linkKey("https://www.cityam.com/alibaba-poised/?utm_source=x#top")
	b := linkKey("http://cityam.com/alibaba-poised")
	if a != b || a != "cityam.com/alibaba-poised" {
		t.Errorf("linkKey = %q and %q, want both cityam.com/alibaba-poised", a, b)
	}
}

func TestSetF1(t *testing.T) {
	set := func(ss ...string) map[string]bool { return foldedSet(ss) }
	tests := []struct {
		name      string
		want, got map[string]bool
		f1        float64
	}{
		{"both empty", set(), set(), 1},
		{"one side empty", set("A"), set(), 0},
		{"equal after folding", set("Power and Performance", "Range"), set("POWER AND  PERFORMANCE", "range"), 1},
		// common 1, precision 1/3, recall 1/2: F1 = 2·(1/6)/(5/6) = 0.4.
		{"partial", set("a", "b"), set("a", "c", "d"), 0.4},
	}
	for _, tt := range tests {
		if got := setF1(tt.want, tt.got); !near(got, tt.f1) {
			t.Errorf("%s: setF1 = %v, want %v", tt.name, got, tt.f1)
		}
	}
}

func TestTokenF1(t *testing.T) {
	// want 5 tokens, got 6 with 5 in common: P 5/6, R 1, F1 = 10/11 ≈ 0.909.
	got := tokenF1("Spain's Rafael Nadal celebrates", "Spain’s Rafael Nadal celebrates (AP)")
	if !near(got, 10.0/11) {
		t.Errorf("tokenF1 = %v, want %v", got, 10.0/11)
	}
	if got := tokenF1("", ""); got != 1 {
		t.Errorf("tokenF1 of empties = %v, want 1", got)
	}
}

func TestHTMLText(t *testing.T) {
	in := `<div><h2>Head</h2><p>One <b>bold</b>word,
	  two.</p><ul><li>x</li><li>y</li></ul><script>var no;</script>tail<br>end</div>`
	got, err := HTMLText(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := "Head\n\nOne boldword, two.\n\nx\n\ny\n\ntail\n\nend"
	if got != want {
		t.Errorf("HTMLText = %q, want %q", got, want)
	}
}

func TestPromosLeft(t *testing.T) {
	text := "Body text.\n\nRead more: Alibaba poised to launch\n\nMore prose."
	promos := []string{"Read more: Alibaba poised to launch", "Related: The 15 Weirdest Galaxies", ""}
	if got := promosLeft(text, promos); got != 1 {
		t.Errorf("promosLeft = %d, want 1", got)
	}
}

func TestNamesUnmarshal(t *testing.T) {
	var v []struct {
		Author Names `json:"author"`
	}
	if err := json.Unmarshal([]byte(`[{"author":"A, B"},{"author":["C","D"]},{"author":null},{}]`), &v); err != nil {
		t.Fatal(err)
	}
	got := []Names{v[0].Author, v[1].Author, v[2].Author, v[3].Author}
	want := []Names{"A, B", "C; D", "", ""}
	if !slices.Equal(got, want) {
		t.Errorf("authors = %q, want %q", got, want)
	}
}

func TestFloors(t *testing.T) {
	figures := []Figure{
		{Half: Check, Set: "s", Measure: "body F1", Value: 0.9123, N: 10},
		{Half: Check, Set: "s", Measure: "title", Value: 0.5, N: 10},
		{Half: Fit, Set: "s", Measure: "new one", Value: 0.25, N: 4},
	}
	old := Floors{"check/s/body_f1": 0.95, "check/s/title": 0.4, "check/s/gone": 0.7}
	raised := old.Raise(figures)
	want := Floors{"check/s/body_f1": 0.95, "check/s/title": 0.5, "fit/s/new_one": 0.25}
	if diff := cmp.Diff(want, raised); diff != "" {
		t.Errorf("Raise (-want +got):\n%s", diff)
	}
	// body F1 is 0.9123 < 0.95 - 0.005: fails; title 0.5 >= 0.4 passes;
	// "new one" has no floor: fails.
	failures := old.Check(figures)
	if len(failures) != 2 || !strings.Contains(failures[0], "body F1") || !strings.Contains(failures[1], "fit/s/new_one has no floor") {
		t.Errorf("Check = %q, want failures for body F1 and the missing floor", failures)
	}
	if got := (Floors{"check/s/body_f1": 0.9, "check/s/title": 0.504, "fit/s/new_one": 0}).Check(figures); len(got) != 0 {
		t.Errorf("Check within tolerance = %q, want none", got)
	}

	name := filepath.Join(t.TempDir(), "floors.json")
	if err := raised.Write(name); err != nil {
		t.Fatal(err)
	}
	back, err := ReadFloors(name)
	if err != nil || len(back) != len(raised) {
		t.Errorf("ReadFloors = %v, %v; want %v", back, err, raised)
	}
	if _, err := ReadFloors(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("ReadFloors(missing) gave no error; a missing floors file must fail the gate")
	}
}

func TestHalfOf(t *testing.T) {
	// The rule is the parity of the first byte of SHA-256(id): the digest
	// of "a" begins ca and that of "b" 3e (even); that of "e" begins 3f.
	for id, want := range map[string]Half{"a": Fit, "b": Fit, "e": Check} {
		if got := HalfOf(id); got != want {
			t.Errorf("HalfOf(%q) = %s, want %s", id, got, want)
		}
	}
}

func TestInstantDayMatches(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	newYork := time.FixedZone("EST", -5*3600)
	tests := []struct {
		name, truth string
		got         time.Time
		shift, want bool
	}{
		{"same day as written", "2016-09-19T11:46:01.000Z", time.Date(2016, 9, 19, 7, 46, 1, 0, newYork), false, true},
		{"same day in UTC", "2016-09-19T02:00:00.000Z", time.Date(2016, 9, 18, 21, 0, 0, 0, newYork), false, true},
		{"the instant in the extracted offset", "2016-09-20T03:00:00+00:00", time.Date(2016, 9, 19, 12, 0, 0, 0, newYork), false, true},
		{"another day", "2016-09-19T11:46:01.000Z", time.Date(2016, 9, 21, 0, 0, 0, 0, time.UTC), false, false},
		{"local midnight east of UTC, shifted", "2016-09-18T15:00:00.000Z", time.Date(2016, 9, 19, 0, 0, 0, 0, time.UTC), true, true},
		{"local midnight, no shift asked", "2016-09-18T15:00:00.000Z", time.Date(2016, 9, 19, 0, 0, 0, 0, time.UTC), false, false},
		{"a morning hour is not shifted", "2016-09-18T09:00:00.000Z", time.Date(2016, 9, 19, 0, 0, 0, 0, time.UTC), true, false},
		{"a day", "2016-09-19", time.Date(2016, 9, 19, 23, 0, 0, 0, tokyo), false, true},
		{"nothing extracted", "2016-09-19", time.Time{}, true, false},
	}
	for _, tt := range tests {
		if got := instantDayMatches(tt.truth, tt.got, tt.shift); got != tt.want {
			t.Errorf("%s: instantDayMatches(%q, %v, %v) = %v, want %v", tt.name, tt.truth, tt.got, tt.shift, got, tt.want)
		}
	}
}

func TestStartMatches(t *testing.T) {
	long := strings.Repeat("word ", 200)
	tests := []struct {
		name, truth, text string
		want              bool
	}{
		{"at the start, spaces differ", "The river rose  overnight", "The river\nrose overnight and more.", true},
		{"after a short caption", "The river rose", "Photo: A. Person\n\nThe river rose overnight.", true},
		{"too far in", "The river rose", long + "The river rose", false},
		{"absent", "The river rose", "Something else entirely.", false},
		{"a long truth is cut to its beginning", "Alpha beta " + long + "and its end", "Alpha beta " + long + "but another end", true},
		{"empty truth never matches", " ", "text", false},
	}
	for _, tt := range tests {
		if got := startMatches(tt.truth, tt.text); got != tt.want {
			t.Errorf("%s: startMatches = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestWorst(t *testing.T) {
	f := Figure{Pages: []PageScore{{"c", "", 0.5}, {"a", "", 1}, {"b", "", 0.5}, {"d", "", 0.1}}}
	got := f.Worst(2)
	if len(got) != 2 || got[0].ID != "d" || got[1].ID != "b" {
		t.Errorf("Worst(2) = %v, want d then b", got)
	}
}
