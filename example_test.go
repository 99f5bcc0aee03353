package newsparse_test

import (
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
