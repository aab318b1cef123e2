// Parsefile reads one saved news page and prints its title, byline,
// authors, publication date and then the whole article as Markdown.
//
// Usage:
//
//	go run ./examples/parsefile PAGE.html [PAGE_URL]
//
// PAGE_URL is the address the page was saved from. It is optional; without
// it, links that are relative on the page are left out.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/articleparse/article"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("parsefile: ")
	if len(os.Args) < 2 || len(os.Args) > 3 {
		log.Fatal("usage: parsefile PAGE.html [PAGE_URL]")
	}
	pageURL := ""
	if len(os.Args) == 3 {
		pageURL = os.Args[2]
	}

	f, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()

	a, err := article.Parse(f, pageURL)
	if err != nil {
		log.Fatal(err)
	}

	fmt.Println("Title:  ", a.Title)
	// Byline is the line as the page shows it; Authors, the names in it.
	// A page may state one without the other.
	fmt.Println("Byline: ", a.Byline)
	var names []string
	for _, au := range a.Authors {
		names = append(names, au.Name)
	}
	fmt.Println("Authors:", strings.Join(names, ", "))
	if !a.Published.IsZero() {
		// A Date says how much the page states: a day, a local time or
		// an instant; String writes it accordingly.
		fmt.Println("Date:   ", a.Published)
	}
	if !a.IsArticle() {
		// Not an error: a home page or a paywall still has metadata.
		fmt.Println("No article body:", a.NoBody)
		return
	}
	fmt.Println()
	fmt.Print(a.Markdown())
}
