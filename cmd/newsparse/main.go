// Command newsparse structures English news articles into JSON.
//
// Usage:
//
//	newsparse [flags] FILE...        one JSON object per file, in argument order
//	newsparse [flags] < article.txt  the article on standard input
//	newsparse page.html              a web page: its article and metadata, structured
//	newsparse -jsonl [FILE...]       JSON Lines {"id","text"} or {"id","html","url"} in (stdin when no file), one result line out per record (blank lines are skipped)
//	newsparse                        with no argument and nothing piped: the embedded sample article
//
// An input is a web page when it starts, after any byte-order mark, white
// space, XML declaration and comments, with a doctype, an <html> or a <head>
// tag (-html-in reads every input as a page); package web extracts its article and metadata and builds the text
// that is structured, which the JSON carries as "text".
// A FILE of "-" is standard input, in either mode. A FILE that cannot be
// read or structured gives a message on standard error and no object, the
// others are still written in argument order.
//
// A bad JSON Lines record gives an {"id","error"} line and the stream goes on.
// The exit status is 0 when every input succeeded, 1 when any failed, 2 for a
// usage error.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/newsparse/newsparse"
	"github.com/newsparse/newsparse/web"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type options struct {
	jsonl    bool
	pretty   bool
	html     bool
	htmlIn   bool
	workers  int
	maxBytes int
	apos     bool
}

// engine structures the inputs: text with the newsparse Parser, web pages
// with the web Parser built on it.
type engine struct {
	np     *newsparse.Parser
	web    *web.Parser
	htmlIn bool // every input is a web page
}

func newEngine(np *newsparse.Parser, maxBytes int, htmlIn bool) *engine {
	return &engine{np: np, web: web.NewParser(web.WithParser(np), web.WithMaxBytes(maxBytes)), htmlIn: htmlIn}
}

// isHTML reports whether b is a web page: after any byte-order mark, white
// space, XML declaration (an XHTML page) and comments (a page a browser
// saved), it starts with a doctype, an <html> tag or a <head> tag, in any
// case. A UTF-16 page is looked at without its zero bytes.
func isHTML(b []byte) bool {
	if len(b) > 4096 {
		b = b[:4096]
	}
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		b = b[3:]
	case bytes.HasPrefix(b, []byte("\xff\xfe")), bytes.HasPrefix(b, []byte("\xfe\xff")):
		b = bytes.ReplaceAll(b[2:], []byte{0}, nil)
	}
	b = skipProlog(b)
	for _, p := range []string{"<!doctype html", "<html", "<head"} {
		if len(b) >= len(p) && strings.EqualFold(string(b[:len(p)]), p) {
			if len(b) == len(p) {
				return true
			}
			switch b[len(p)] {
			case ' ', '\t', '\r', '\n', '\f', '>', '/':
				return true
			}
		}
	}
	return false
}

// skipProlog returns b after its leading white space, XML declaration and
// comments.
func skipProlog(b []byte) []byte {
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		var end []byte
		switch {
		case bytes.HasPrefix(b, []byte("<?xml")):
			end = []byte("?>")
		case bytes.HasPrefix(b, []byte("<!--")):
			end = []byte("-->")
		default:
			return b
		}
		i := bytes.Index(b, end)
		if i < 0 {
			return nil
		}
		b = b[i+len(end):]
	}
}

// parse structures one input: a web page (by its content, or every input
// with -html-in) or an article's text.
func (e *engine) parse(b []byte, pageURL string) (*newsparse.Article, error) {
	if e.htmlIn || isHTML(b) {
		return e.web.Parse(bytes.NewReader(b), pageURL)
	}
	return e.np.Parse(string(b))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newsparse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.BoolVar(&o.jsonl, "jsonl", false, "read JSON Lines {\"id\",\"text\"} or {\"id\",\"html\",\"url\"} and write one JSON line per record")
	fs.BoolVar(&o.pretty, "pretty", false, "indent the JSON output (not with -jsonl)")
	fs.BoolVar(&o.html, "html", false, "write the HTML view instead of JSON (not with -jsonl)")
	fs.BoolVar(&o.htmlIn, "html-in", false, "read every input as a web page (HTML), whatever it starts with")
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "articles parsed in parallel with -jsonl (output keeps input order)")
	fs.IntVar(&o.maxBytes, "max-bytes", newsparse.DefaultMaxBytes, "largest article or web page accepted, in bytes (0: the library's ceiling, 2 GiB)")
	fs.BoolVar(&o.apos, "apostrophe-quotes", false, "read two apostrophes ('') as a double quotation mark, as typewriter-style archives write them")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: newsparse [-pretty|-html] [-html-in] [-max-bytes N] [-apostrophe-quotes] [FILE...]\n"+
			"       newsparse -jsonl [-workers N] [-html-in] [-max-bytes N] [-apostrophe-quotes] [FILE...]\n\n"+
			"Output follows argument order: one JSON object (or HTML view) per FILE, or with\n"+
			"-jsonl one line per record in input order (blank lines are skipped); a bad record\n"+
			"gives {\"id\",\"error\"} and the stream goes on. A FILE that fails gives a message\n"+
			"on standard error instead. A FILE of - is standard input. A FILE that starts with\n"+
			"a doctype, <html> or <head> (after any XML declaration and comments) is a web\n"+
			"page: its article is extracted and structured, and the JSON carries the text\n"+
			"built from it as \"text\". A -jsonl record may carry \"html\" (and \"url\")\n"+
			"instead of \"text\".\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if o.workers < 1 {
		fmt.Fprintln(stderr, "newsparse: -workers must be at least 1")
		return 2
	}
	if o.jsonl && (o.pretty || o.html) {
		fmt.Fprintln(stderr, "newsparse: -jsonl cannot be combined with -pretty or -html")
		return 2
	}
	opts := []newsparse.Option{newsparse.WithMaxBytes(o.maxBytes)}
	if o.apos {
		opts = append(opts, newsparse.WithApostropheQuotes())
	}
	p := newEngine(newsparse.NewParser(opts...), o.maxBytes, o.htmlIn)
	w := bufio.NewWriterSize(stdout, 1<<16)
	if o.jsonl {
		return runJSONL(p, fs.Args(), stdin, w, stderr, o)
	}
	return runFiles(p, fs.Args(), stdin, w, stderr, o)
}

// runFiles structures each file in turn and writes its object to w, in
// argument order; with no file, standard input, or the sample article when
// standard input is a terminal. A failed write ends the run: quietly when the
// reader of the output went away (a closed pipe), with a message otherwise.
func runFiles(p *engine, files []string, stdin io.Reader, w *bufio.Writer, stderr io.Writer, o options) int {
	sample := len(files) == 0 && isTerminal(stdin)
	if len(files) == 0 {
		files = []string{"-"}
	}
	status := 0
	for _, f := range files {
		var b []byte
		var err error
		name := f
		switch {
		case sample:
			name, b = "sample", []byte(newsparse.SampleArticle)
		case f == "-":
			name = "stdin"
			b, err = io.ReadAll(stdin)
		default:
			b, err = os.ReadFile(f)
		}
		var out []byte
		if err == nil {
			out, err = render(p, b, o)
		}
		if err != nil {
			fmt.Fprintf(stderr, "newsparse: %s: %s\n", name, errText(name, err))
			status = 1
			continue
		}
		if _, err := w.Write(out); err != nil {
			return writeFailed(err, status, stderr)
		}
	}
	if err := w.Flush(); err != nil {
		return writeFailed(err, status, stderr)
	}
	return status
}

// writeFailed reports a failed write of the output and returns the exit
// status: a closed pipe (the reader went away) ends the run quietly with the
// status so far, any other failure (a full disk) is an error.
func writeFailed(err error, status int, stderr io.Writer) int {
	if isBrokenPipe(err) {
		return status
	}
	fmt.Fprintf(stderr, "newsparse: %v\n", err)
	return 1
}

// render parses one article or web page and returns its JSON line (or HTML view).
func render(p *engine, input []byte, o options) ([]byte, error) {
	utf16 := hasUTF16Mark(input) // read now: the input is not held through the parse
	a, err := p.parse(input, "")
	if err != nil {
		return nil, utf16Hint(utf16, err)
	}
	if o.html {
		return []byte(a.HTML()), nil
	}
	if o.pretty {
		b, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			return nil, err
		}
		return append(b, '\n'), nil
	}
	return jsonLine(a)
}

// jsonLine returns the JSON of v and a newline, as json.Marshal writes it,
// in one buffer: no copy of a large article's JSON to add the newline.
func jsonLine(v any) ([]byte, error) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// hasUTF16Mark reports whether input opens with a UTF-16 byte-order mark.
func hasUTF16Mark(input []byte) bool {
	return bytes.HasPrefix(input, []byte("\xff\xfe")) || bytes.HasPrefix(input, []byte("\xfe\xff"))
}

// utf16Hint adds to the invalid UTF-8 error of a text that opens with a
// UTF-16 byte-order mark what the text is and how to convert it.
func utf16Hint(utf16 bool, err error) error {
	var bad *newsparse.InvalidUTF8Error
	if errors.As(err, &bad) && bad.Offset == 0 && utf16 {
		return fmt.Errorf("%w: the text is UTF-16 (it opens with a UTF-16 byte-order mark); newsparse reads UTF-8 (iconv -f UTF-16 -t UTF-8 converts it)", err)
	}
	return err
}

// isTerminal reports whether r is an interactive terminal (or absent), in
// which case the command structures the sample article instead of waiting.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil {
		return true
	}
	return st.Mode()&os.ModeCharDevice != 0
}

// record is one JSON Lines input record: an article's "text", or a web
// page's "html" and the "url" it was fetched from.
type record struct {
	ID   json.RawMessage `json:"id"`
	Text *string         `json:"text"`
	HTML *string         `json:"html"`
	URL  *string         `json:"url"`
}

// job is one input line on its way through the workers; out receives its output line.
type job struct {
	line []byte
	err  error // a read error for this line (too long)
	name string
	n    int
	out  chan []byte
}

// maxLine returns the longest JSON line accepted: the article limit with room
// for JSON escaping, which can make a byte six ("<" is "\u003c" from Go's
// encoder), so that a line is read whole whenever its text or page is within
// the limit.
func maxLine(maxBytes int) int {
	if maxBytes <= 0 || maxBytes > 1<<27 {
		return 1 << 30
	}
	return 6*maxBytes + 1<<16
}

func runJSONL(p *engine, files []string, stdin io.Reader, w *bufio.Writer, stderr io.Writer, o options) int {
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(stop)
	return streamJSONL(p, files, stdin, w, stderr, o, stop)
}

// streamJSONL runs the JSON Lines stream: a reader feeds the workers and, in
// input order, the writer. A signal on stop ends the reading; the lines
// already read are finished and written whole. A failed write (a closed
// stdout) ends the stream quietly.
func streamJSONL(p *engine, files []string, stdin io.Reader, w *bufio.Writer, stderr io.Writer, o options, stop <-chan os.Signal) int {
	st := &stream{
		o: o, stderr: stderr, stop: stop,
		jobs:  make(chan *job, o.workers*4),
		order: make(chan *job, o.workers*4),
		quit:  make(chan struct{}),
	}
	for range o.workers {
		go func() {
			for j := range st.jobs {
				j.out <- process(p, j)
			}
		}()
	}
	go st.readAll(files, stdin)
	failed, writeErr := st.write(w)
	switch {
	case writeErr != nil && isBrokenPipe(writeErr):
		return 0 // the reader of our output went away: end quietly
	case writeErr != nil:
		fmt.Fprintf(stderr, "newsparse: %v\n", writeErr)
		return 1
	case st.interrupted:
		fmt.Fprintln(stderr, "newsparse: interrupted; every line written is whole")
		return 1
	case failed || st.readFailed:
		return 1
	}
	return 0
}

// stream is one run of streamJSONL: a reader sends the input's lines, in
// order, to the workers (jobs) and to the writer (order), which writes each
// line's result as it comes due.
type stream struct {
	o      options
	stderr io.Writer
	stop   <-chan os.Signal
	jobs   chan *job
	order  chan *job
	quit   chan struct{} // closed when the writer can write no more

	// Set by the reader; read by the writer once order is closed.
	readFailed, interrupted bool
}

// readAll reads stdin, or the files in turn ("-" is stdin), and closes the
// channels when done, interrupted or told to quit.
func (st *stream) readAll(files []string, stdin io.Reader) {
	defer close(st.jobs)
	defer close(st.order)
	if len(files) == 0 {
		st.read("stdin", stdin)
		return
	}
	for _, f := range files {
		if f == "-" {
			if !st.read("stdin", stdin) {
				return
			}
			continue
		}
		fh, err := openFile(f)
		if err != nil {
			fmt.Fprintf(st.stderr, "newsparse: %s: %s\n", f, errText(f, err))
			st.readFailed = true
			continue
		}
		ok := st.read(f, fh)
		fh.Close()
		if !ok {
			return
		}
	}
}

// openFile opens a JSON Lines file; a directory is an error here, as it is
// for os.ReadFile, and not a read error on its first line.
func openFile(name string) (*os.File, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	if st, err := fh.Stat(); err == nil && st.IsDir() {
		fh.Close()
		return nil, &fs.PathError{Op: "read", Path: name, Err: syscall.EISDIR}
	}
	return fh, nil
}

// read sends the lines of one input, without a UTF-8 byte-order mark at its
// start; false means stop reading altogether.
func (st *stream) read(name string, r io.Reader) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	limit := maxLine(st.o.maxBytes)
	for n := 1; ; n++ {
		line, err := readLine(br, limit)
		if err == io.EOF && len(line) == 0 {
			return true
		}
		if n == 1 {
			// a byte-order mark some Windows tools write at the start of a file
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		j := &job{line: line, name: name, n: n}
		if errors.Is(err, errLineTooLong) {
			j.err = err
		} else if err != nil && err != io.EOF {
			fmt.Fprintf(st.stderr, "newsparse: %s: line %d: %s\n", name, n, errText(name, err))
			st.readFailed = true
			return true
		}
		if !st.send(j) {
			return false
		}
		if err == io.EOF {
			return true
		}
	}
}

// send queues a line for the writer, then for the workers; false when
// interrupted or the writer has quit.
func (st *stream) send(j *job) bool {
	j.out = make(chan []byte, 1)
	select {
	case <-st.stop:
		st.interrupted = true
		return false
	case <-st.quit:
		return false
	case st.order <- j:
	}
	st.jobs <- j
	return true
}

// write writes the results in input order, and reports whether a record
// failed and the first write error.
func (st *stream) write(w *bufio.Writer) (failed bool, writeErr error) {
	for j := range st.order {
		b := <-j.out
		if b == nil || writeErr != nil {
			continue // a blank line, or nowhere to write: drain
		}
		if b[0] == '!' {
			failed = true
			b = b[1:]
		}
		if _, writeErr = w.Write(b); writeErr == nil && len(st.order) == 0 {
			writeErr = w.Flush()
		}
		if writeErr != nil {
			close(st.quit)
		}
	}
	if writeErr == nil {
		writeErr = w.Flush()
	}
	return failed, writeErr
}

// errText is the text of err for a message that already names the command
// and the input: without the library's own "newsparse: " prefix, and
// without the file name and operation of an *fs.PathError about that input.
func errText(name string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == name {
		err = pe.Err
	}
	return strings.TrimPrefix(strings.TrimPrefix(err.Error(), "newsparse: "), "web: ")
}

func isBrokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, os.ErrClosed)
}

// process turns one input line into one output line; a line that failed
// starts with '!' (stripped before writing). Blank lines give nil.
func process(p *engine, j *job) []byte {
	if j.err != nil {
		return errorLine(recordID(j.line), fmt.Sprintf("%s: line %d: %v", j.name, j.n, j.err))
	}
	if len(bytes.TrimSpace(j.line)) == 0 {
		return nil
	}
	if !utf8.Valid(j.line) {
		// encoding/json would quietly turn the bad bytes into U+FFFD: refuse
		// the record as the parser refuses invalid text.
		return errorLine(recordID(j.line), fmt.Sprintf("%s: line %d: invalid UTF-8 at byte offset %d of the line", j.name, j.n, invalidAt(j.line)))
	}
	var r record
	if err := json.Unmarshal(j.line, &r); err != nil {
		return errorLine(recordID(j.line), fmt.Sprintf("%s: line %d: %s", j.name, j.n, decodeError(err)))
	}
	if r.Text == nil && r.HTML == nil {
		return errorLine(r.ID, fmt.Sprintf("%s: line %d: %s", j.name, j.n, noText(j.line)))
	}
	j.line = nil // decoded: the line is not held through the parse
	var a *newsparse.Article
	var err error
	switch {
	case r.Text != nil && r.HTML != nil:
		return errorLine(r.ID, fmt.Sprintf("%s: line %d: a record carries \"text\" or \"html\", not both", j.name, j.n))
	case r.HTML != nil || r.Text != nil && p.htmlIn:
		page, pageURL := r.HTML, ""
		if page == nil {
			page = r.Text
		}
		if r.URL != nil {
			pageURL = *r.URL
		}
		a, err = p.web.Parse(strings.NewReader(*page), pageURL)
	default:
		a, err = p.np.Parse(*r.Text)
	}
	if err != nil {
		return errorLine(r.ID, fmt.Sprintf("%s: line %d: %s", j.name, j.n, errText(j.name, err)))
	}
	out := struct {
		ID json.RawMessage `json:"id,omitempty"`
		*newsparse.Article
	}{r.ID, a}
	b, err := jsonLine(out)
	if err != nil {
		return errorLine(r.ID, fmt.Sprintf("%s: line %d: %v", j.name, j.n, err))
	}
	return b
}

// noText says what a record without a "text" or "html" string lacks: the
// field, or a value that is null.
func noText(line []byte) string {
	var fields map[string]json.RawMessage
	if json.Unmarshal(line, &fields) == nil {
		for _, k := range []string{"text", "html"} {
			if v, ok := fields[k]; ok && string(v) == "null" {
				return fmt.Sprintf("%q is null: a record needs \"text\" (or \"html\") as a string", k)
			}
		}
	}
	return "no \"text\" field (nor \"html\")"
}

// decodeError says why a line could not be decoded as a record.
func decodeError(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		switch te.Field {
		case "text", "html", "url":
			return fmt.Sprintf("%q must be a string, not a JSON %s", te.Field, te.Value)
		}
		return fmt.Sprintf("a record must be a JSON object, not a JSON %s", te.Value)
	}
	return fmt.Sprintf("invalid JSON: %v", err)
}

// recordID returns the "id" of a line that failed, so that its error line
// carries it: from the whole record when it is valid JSON (its "text" of the
// wrong type, say), else from the fields before the damage (a line cut off
// in its "text"). It returns nil when there is no id to read, or when the id
// is not valid UTF-8 and so cannot be written back as it came.
func recordID(line []byte) json.RawMessage {
	var id json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			break
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			break
		}
		if key == "id" {
			id = v // the last one wins, as with json.Unmarshal
		}
	}
	if !utf8.Valid(id) {
		return nil
	}
	return id
}

// invalidAt returns the offset of the first byte of b that is not valid UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// errorLine returns the {"id","error"} line for a failed record, marked with a leading '!'.
func errorLine(id json.RawMessage, msg string) []byte {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	b, _ := json.Marshal(struct {
		ID    json.RawMessage `json:"id"`
		Error string          `json:"error"`
	}{id, msg})
	return append(append([]byte("!"), b...), '\n')
}

var errLineTooLong = errors.New("line over the size limit")

// headBytes is how much of a line over the size limit is kept, to read its
// "id" from.
const headBytes = 4096

// readLine reads one line of at most limit bytes. A longer line is consumed
// to its end and reported with errLineTooLong, with its first bytes (at
// most headBytes), from which the error line reads the record's id.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		frag, err := br.ReadSlice('\n')
		if len(line)+len(frag) > limit {
			head := make([]byte, 0, headBytes)
			head = append(head, line[:min(len(line), headBytes)]...)
			head = append(head, frag[:min(len(frag), headBytes-len(head))]...)
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			if err == io.EOF {
				err = nil
			}
			if err != nil {
				return nil, err
			}
			return head, errLineTooLong
		}
		line = append(line, frag...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return line, err
	}
}
