/** Help texts: the general one and one per command, each with examples. */
export const commandNames = ['segment', 'align', 'check', 'report'] as const;
export type CommandName = (typeof commandNames)[number];

const inputHelp = `Inputs:
  FILE        a UTF-8 text, HTML or Markdown file (a leading BOM is dropped; UTF-16 with a BOM is decoded)
  DIR         every *.txt, *.html and *.htm file directly inside the directory
  GLOB        a pattern with *, ?, **, [a-z] and {nl,ar} (quote it so the shell leaves it alone)
  -           standard input

Language of each file: --lang (once per file in order, or once for all), else a .CODE. or CODE.
part of the file name (x.uk.txt, event/sv.txt), else detected from the text.
Full rules for uk, nl, id, sv, ar; any other BCP 47 code works with generic rules.`;

const commonOptions = `  --lang CODE         language of the next file (repeat once per file, in order)
  --presegmented      each non-empty line is one sentence (no segmentation)
  --input-format F    text, html, markdown or auto (default: .html/.htm and .md/.markdown by
                      extension, a page beginning <!DOCTYPE html> by content, else text)
  --max-bytes N       refuse files larger than N bytes (default 16M; suffixes K, M, G)
  -q, --quiet         no notes or progress on stderr, only errors
  --no-color          no colours (also when NO_COLOR is set or output is not a terminal)
  -h, --help          show this help`;

const streamOptions = `  --input jsonl       a stream: one article set per line of the FILEs or stdin, one result
                      line per set (--format jsonl); with --jobs N, --unordered, --resume OUT
                      (docs/stream-jsonl-v1.md)`;

export const generalHelp = `anchoralign — segment news articles in several languages, align their sentences by the
facts they share, and flag where the versions disagree.

Usage:
  anchoralign segment FILE...          split into sentences
  anchoralign align A B                line up the sentences of two versions
  anchoralign check FILE|DIR...        flag factual disagreements between versions
  anchoralign report FILE|DIR... --out report.html
                                       write a side-by-side HTML report
  anchoralign COMMAND --help           options and examples of one command
  anchoralign --version

Examples:
  anchoralign check articles/summit        (one .txt per language: uk.txt, nl.txt, ar.txt, ...)
  anchoralign check a.nl.txt b.ar.txt --format sarif > results.sarif
  anchoralign align nl.txt ar.txt
  anchoralign segment article.txt --lang sv --format json

Exit codes: 0 success; 1 check found a finding at or above --fail-on; 2 usage error or unreadable input.
`;

export const commandHelp: Readonly<Record<CommandName, string>> = {
  segment: `Usage: anchoralign segment FILE... [options]

Splits each file into sentences and prints them with their kind (heading, caption, boilerplate).

Options:
  --format text|json  output format (default text; json as docs/cli-json-v1.md)
${commonOptions}
${streamOptions}

${inputHelp}

Examples:
  anchoralign segment articles/summit/nl.txt
  anchoralign segment article.txt --lang uk --format json
  cat article.sv.txt | anchoralign segment - --lang sv
`,
  align: `Usage: anchoralign align A B [options]

Lines up the sentences of two versions of an article and shows them side by side.

Options:
  --mode auto|parallel|comparable
                      parallel: a translation; comparable: separate articles on one event
                      (default auto: decided from the texts; the output says which and why)
  --dictionary FILE|DIR
                      a bilingual dictionary, repeatable: a dictd dictionary (.index or
                      .dict.dz) named by its languages, as FreeDict's in /usr/share/dictd
                      (freedict-nld-eng.index), or hunalign's 'target @ source' lines (used
                      for any pair). A DIR gives every dictd dictionary in it. For the two
                      texts' languages the pair's own dictionaries are used, and two that
                      share a third language are joined through it: for Dutch-Arabic give
                      freedict-nld-eng and freedict-ara-eng. Default: none (not needed)
  --format text|json  output format (default text)
${commonOptions}
${streamOptions}

${inputHelp}

Examples:
  anchoralign align articles/summit/nl.txt articles/summit/ar.txt
  anchoralign align a.txt b.txt --lang nl --lang ar --mode parallel --format json
  anchoralign align nl.txt ar.txt --dictionary /usr/share/dictd/freedict-nld-eng.index \\
    --dictionary /usr/share/dictd/freedict-ara-eng.index
`,
  check: `Usage: anchoralign check FILE|DIR... [options]

Compares versions of one article (or articles on one event) and flags facts that disagree:
counts, dates, countries, roles and names. Several DIR arguments are several article sets,
each checked on its own.

Options:
  --fail-on error|warning|info|none
                      exit 1 when a finding is at least this severe (default error)
  --format text|json|sarif|github
                      text for people, json (docs/cli-json-v1.md), SARIF 2.1.0 for code
                      scanning, github for workflow annotations (default text)
  --config FILE       JSON config: rule severities, suppressed finding ids, gazetteer, aliases
  --mode auto|parallel|comparable
                      how the versions relate (default auto)
  --source FILE|LANG  the version the others translate: a disagreement is then the translation's
                      to fix; without it, two versions that disagree are both annotated
  --jobs N            check up to N article sets at once in worker threads (default 1)
  --dictionary FILE|DIR
                      a bilingual dictionary, repeatable, read as for align; every pair of
                      versions is aligned with one lexicon from the dictionaries that cover
                      the set's languages. Default: none (not needed)
${commonOptions}
${streamOptions}

${inputHelp}

Examples:
  anchoralign check articles/summit
  anchoralign check events/* --jobs 4 --fail-on warning
  anchoralign check a.txt b.txt --lang nl --lang ar --format json
  anchoralign check --input jsonl sets.jsonl --jobs 2 --resume out.jsonl >> out.jsonl
  anchoralign check site/articles --format sarif > anchoralign.sarif
`,
  report: `Usage: anchoralign report FILE|DIR... --out report.html [options]

Writes one self-contained HTML file: a column per language, aligned sentences in rows, anchors
highlighted and findings marked in place. Writes nothing but --out.

Options:
  --out FILE          where to write the HTML (required)
  --config FILE       JSON config, as for check
  --source FILE|LANG  the version the others translate, as for check
  --mode auto|parallel|comparable
${commonOptions}

${inputHelp}

Examples:
  anchoralign report articles/summit --out report.html
`,
};
