package newsparse_test

import (
	"errors"
	"fmt"

	"github.com/newsparse/newsparse"
)

func ExampleParse() {
	text := "Dam opens after delays\n\nCAIRO (Reuters) - The dam opened on Monday. \"It is a great day,\" the minister said.\n"
	a, err := newsparse.Parse(text)
	if err != nil {
		panic(err)
	}
	fmt.Println("title:", a.Meta.Title)
	fmt.Println("dateline:", a.Meta.Dateline.Place, a.Meta.Dateline.Agency)
	for _, s := range a.Sentences {
		fmt.Printf("sentence %d-%d: %s\n", s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// title: Dam opens after delays
	// dateline: CAIRO Reuters
	// sentence 42-67: The dam opened on Monday.
	// sentence 68-107: "It is a great day," the minister said.
}

func ExampleSplitHeader() {
	text := "Title: Dam opens\nDate: Aug. 5, 2018\nDesk: World\n\nThe dam opened."
	meta, body := newsparse.SplitHeader(text)
	fmt.Println(meta.Title)
	fmt.Println(meta.Date.Year, meta.Date.Month, meta.Date.Day, meta.Date.Precision)
	fmt.Println(meta.Get("desk"))
	fmt.Println(text[body.Start:body.End])
	// Output:
	// Dam opens
	// 2018 8 5 day
	// World
	// The dam opened.
}

func ExampleEntities() {
	text := "LAGOS (Reuters) - The government pledged $50 million in aid, Finance Minister Wale Edun said. " +
		"Edun spoke in Abuja."
	entities, err := newsparse.Entities(text)
	if err != nil {
		panic(err)
	}
	for _, e := range entities {
		fmt.Println(e.ID, e.Type, e.Name, e.Titles)
		for _, m := range e.Mentions {
			fmt.Printf("  %d-%d %s\n", m.Start, m.End, text[m.Start:m.End])
		}
	}
	// Output:
	// e1 GPE Lagos []
	//   0-5 LAGOS
	// e2 PERSON Wale Edun [Finance Minister]
	//   78-87 Wale Edun
	//   94-98 Edun
	// e3 GPE Abuja []
	//   108-113 Abuja
}

func ExampleQuotes() {
	text := "Floods killed 14 people, Finance Minister Wale Edun said. " +
		"\u201cThe water rose faster than anyone expected,\u201d he told reporters."
	quotes, err := newsparse.Quotes(text)
	if err != nil {
		panic(err)
	}
	for _, q := range quotes {
		fmt.Printf("%q\n", text[q.Start:q.End])
		if q.Speaker != nil {
			fmt.Printf("speaker: %s (%s, written %q), cue %q\n", q.Speaker.Name, q.Speaker.Entity, q.Speaker.Text, q.Cue)
		}
	}
	// Output:
	// "The water rose faster than anyone expected,"
	// speaker: Wale Edun (e1, written "he"), cue "told"
}

func ExampleNewParser() {
	p := newsparse.NewParser(newsparse.WithMaxBytes(20))
	_, err := p.Parse("Floods killed 14 people on Tuesday.")
	fmt.Println(err)
	fmt.Println(errors.Is(err, newsparse.ErrTooLarge))

	_, err = p.Parse("caf\xe9")
	var bad *newsparse.InvalidUTF8Error
	fmt.Println(err)
	fmt.Println(errors.As(err, &bad), bad.Offset)
	// Output:
	// newsparse: input too large: 35 bytes, limit 20
	// true
	// newsparse: invalid UTF-8 at byte offset 3
	// true 3
}

func ExampleCasualties() {
	cs, err := newsparse.Casualties("Four guards were killed and several others were wounded.")
	if err != nil {
		panic(err)
	}
	for _, c := range cs {
		if c.Unstated {
			fmt.Printf("%s: no figure (%q)\n", c.Kind, c.Text) // written "count": null
			continue
		}
		fmt.Printf("%s: %g %s\n", c.Kind, c.Count, c.Who)
	}
	// Output:
	// killed: 4 guards
	// injured: no figure ("several others were wounded")
}
