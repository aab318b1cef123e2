package article

import (
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestParseSrcset(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string // url:width:density of each valid candidate
	}{
		{"widths", "a.jpg 300w, b.jpg 600w", []string{"a.jpg:300:1", "b.jpg:600:1"}},
		{"densities", "a.jpg, b.jpg 2x", []string{"a.jpg:0:1", "b.jpg:0:2"}},
		{"commas inside a url", "https://cdn.example.com/w_300,c_fill/a.jpg 300w, https://cdn.example.com/w_900,c_fill/a.jpg 900w",
			[]string{"https://cdn.example.com/w_300,c_fill/a.jpg:300:1", "https://cdn.example.com/w_900,c_fill/a.jpg:900:1"}},
		{"url ending in a comma", "a.jpg,b.jpg 2x", []string{"a.jpg,b.jpg:0:2"}},
		{"url with trailing commas alone", "a.jpg,, b.jpg 1.5x", []string{"a.jpg:0:1", "b.jpg:0:1.5"}},
		{"extra white space", "\n  a.jpg   640w ,\tb.jpg 1280w  ", []string{"a.jpg:640:1", "b.jpg:1280:1"}},
		{"width and height", "a.jpg 640w 360h", []string{"a.jpg:640:1"}},
		{"invalid descriptors dropped", "a.jpg 640, b.jpg 2y, c.jpg 300w 2x, d.jpg 800w", []string{"d.jpg:800:1"}},
		{"height alone dropped", "a.jpg 360h, b.jpg", []string{"b.jpg:0:1"}},
		{"parentheses in descriptors", "a.jpg 640w (x, y), b.jpg 800w", []string{"b.jpg:800:1"}},
		{"empty", " , ,", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, cand := range parseSrcset(c.in) {
				got = append(got, cand.url+":"+trimFloat(cand.width)+":"+trimFloat(cand.density))
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("parseSrcset(%q) (-want +got):\n%s", c.in, diff)
			}
		})
	}
}

// trimFloat formats a descriptor value as the tests write it.
func trimFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func TestRealSource(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/images/river.jpg", "/images/river.jpg"},
		{"  /images/river.jpg  ", "/images/river.jpg"},
		{"/images/river.jpg 600w, /images/river-big.jpg 1200w", "/images/river-big.jpg"},
		{"/images/river.jpg 1x, /images/river@2x.jpg 2x", "/images/river@2x.jpg"},
		{"https://cdn.example.com/w_600,c_limit/river.jpg", "https://cdn.example.com/w_600,c_limit/river.jpg"},
		{"/uploads/river at dawn.jpg", "/uploads/river at dawn.jpg"},
		// A srcset whose addresses a script fills in later.
		{"150w,  300w,  600w", ""},
		{"600w", ""},
		// Placeholders.
		{"data:image/gif;base64,R0lGODlhAQABAAAAACw=", ""},
		{"/images/placeholder.png", ""},
		{"/img/1x1.gif", ""},
		{"/wp-content/themes/x/img/blank.gif", ""},
		{"/img/lazy-load-bg.png, /img/river.jpg 800w", "/img/river.jpg"},
		// A srcset written into src with its spaces percent-encoded.
		{"/up/river.jpg%20940w,%20/up/river-670x388.jpg%20670w", "/up/river.jpg"},
		{"https://cdn.example.com/441x441/river.jpg%202x", "https://cdn.example.com/441x441/river.jpg"},
		{"/up/river%20at%20dawn.jpg", "/up/river%20at%20dawn.jpg"},
		{"", ""},
	} {
		if got := realSource(c.in); got != c.want {
			t.Errorf("realSource(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestImageURL(t *testing.T) {
	base, _ := url.Parse("https://www.example.com/news/story.html")
	for _, c := range []struct{ in, want string }{
		{"/images/river.jpg", "https://www.example.com/images/river.jpg"},
		{"//cdn.example.com/river.jpg", "https://cdn.example.com/river.jpg"},
		{"https://:0", ""},
		{"https://:443/river.jpg", ""},
		{"https://cdn.example.com:99999/river.jpg", ""},
		{"https://cdn.example.com:8443/river.jpg", "https://cdn.example.com:8443/river.jpg"},
		{"javascript:alert(1)", ""},
		{"ftp://files.example.com/river.jpg", ""},
		{"http:///river.jpg", ""},
	} {
		if got := imageURL(base, c.in); got != c.want {
			t.Errorf("imageURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestImgSource(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"plain src", `<img src="/a.jpg">`, "/a.jpg"},
		{"lazy data-src", `<img src="/img/placeholder.png" data-src="/a.jpg">`, "/a.jpg"},
		{"lazy srcset", `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-srcset="/a-300.jpg 300w, /a-900.jpg 900w">`, "/a-900.jpg"},
		{"srcset in data-src", `<img data-src="/a-300.jpg 300w, /a-900.jpg 900w">`, "/a-900.jpg"},
		{"picture source", `<picture><source srcset="/a.webp 1x, /a@2x.webp 2x"><img src="/img/blank.gif"></picture>`, "/a@2x.webp"},
		{"noscript beside", `<div><img class="lazyload" src="/img/1x1.gif"><noscript><img src="/a.jpg" alt=""></noscript></div>`, "/a.jpg"},
		{"noscript beside wrapper", `<div><span><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></span><noscript><img srcset="/a-1.jpg 1x, /a-2.jpg 2x"></noscript></div>`, "/a-2.jpg"},
		{"only a placeholder", `<img src="/img/spinner.gif">`, ""},
		{"descriptors without addresses", `<img src="" srcset="150w, 300w, 600w">`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + c.src))
			if err != nil {
				t.Fatal(err)
			}
			img := findImg(findBodyElement(doc))
			if img == nil {
				t.Fatalf("no img in %s", c.src)
			}
			if got := imgSource(img); got != c.want {
				t.Errorf("imgSource(%s) = %q, want %q", c.src, got, c.want)
			}
		})
	}
}

// TestAddressWords reads file names in any case, the query and fragment
// left out; a path outside ASCII is lowered as strings.ToLower does (the
// Kelvin sign lowers to "k").
func TestAddressWords(t *testing.T) {
	for _, c := range []struct {
		fn   func(string) bool
		name string
		u    string
		want bool
	}{
		{isPlaceholder, "isPlaceholder", "https://example.org/img/Lazy-Load/a.jpg", true},
		{isPlaceholder, "isPlaceholder", "https://example.org/media/BLANK.gif?v=1", true},
		{isPlaceholder, "isPlaceholder", "https://example.org/media/blan\u212a.gif", true},
		{isPlaceholder, "isPlaceholder", "https://example.org/media/river.jpg?x=placeholder", false},
		{isIconURL, "isIconURL", "https://example.org/Assets/Icons/share.png", true},
		{isIconURL, "isIconURL", "https://example.org/img/Facebook-Share.PNG", true},
		{isIconURL, "isIconURL", "https://example.org/img/\u212aite-LOGO.png", true},
		{isIconURL, "isIconURL", "https://example.org/img/river.jpg#icon", false},
		{isListingURL, "isListingURL", "https://example.org/News/TAGS/rivers", true},
		{isListingURL, "isListingURL", "https://example.org/news/Keywords/rivers", true},
		{isListingURL, "isListingURL", "https://example.org/news/tags-rivers/", false},
	} {
		if got := c.fn(c.u); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.name, c.u, got, c.want)
		}
	}
}
