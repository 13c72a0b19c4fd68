import re
# Writes the text cases of the bad-input corpus from the repository's data/ and a build of it.
# Run from the repository root after data/ changes (the cases are edited copies of data files):
#   java -jar target/regiolod.jar build --out /tmp/site -q
#   python3 src/test/resources/bad-input/generate.py . /tmp/site
#   (then the workbook cases: BadInputWorkbooks, see README.md)
import os, shutil, sys, json
ROOT = sys.argv[1]
DATA = os.path.join(ROOT, "data")
OUT = os.path.join(ROOT, "src/test/resources/bad-input")
PTTD = "lombardia/pttd-2021-2023/"
PSSTD = "lombardia/psstd-2018/"
AGID = "agid/piano-triennale-2020-2022/"
ORG = "organizzazioni/"

def read(rel): return open(os.path.join(DATA, rel), "rb").read()
def text(rel): return read(rel).decode("utf-8")
def lines(rel): return text(rel).split("\n")

def q(s):  # YAML scalar
    return json.dumps(s, ensure_ascii=False)

def case(name, what, exit, file=None, place=None, says=None, files=None, command="build", delete=(), args=None, binary=None):
    d = os.path.join(OUT, name)
    if os.path.exists(d): shutil.rmtree(d)
    os.makedirs(d)
    base = os.path.join(d, "data" if command == "build" else "files")
    for rel, content in (files or {}).items():
        p = os.path.join(base, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    y = ["# " + what, "command: " + command]
    if delete: y.append("delete: [" + ", ".join(delete) + "]")
    if args: y.append("args: [" + ", ".join(args) + "]")
    y.append("exit: %d" % exit)
    if file: y.append("file: " + q(file))
    if place: y.append("place: " + q(place))
    if says: y.append("says: " + q(says))
    open(os.path.join(d, "expected.yaml"), "w").write("\n".join(y) + "\n")

def replace_line(rel, n, new):
    ls = lines(rel); ls[n - 1] = new; return "\n".join(ls)
def rtext(t, a, b):
    assert a in t, a; return t.replace(a, b, 1)
def replace(rel, a, b):
    t = text(rel); assert a in t, (rel, a); return t.replace(a, b, 1)

I = PTTD + "interventions.csv"
M = PTTD + "matrix.csv"
T = PTTD + "target-groups.csv"
MF = PTTD + "dataset.yaml"

# ---- CSV tables
case("csv-latin1", "a table exported as Windows-1252/Latin-1 instead of UTF-8", 2, I, ":2:", "not valid UTF-8",
     {I: text(I).encode("cp1252", errors="replace")})
case("csv-utf16", "a table saved as 'Unicode text' (UTF-16 with a byte-order mark)", 2, I, None, "UTF-16",
     {I: text(I).encode("utf-16")})
t = text(I); cut = t.index("I.30,") + 20
case("csv-truncated-in-quoted-cell", "a table cut off inside a quoted cell (interrupted copy)", 2, I, ":31:", "never closed",
     {I: t[:cut]})
G = PTTD + "acronyms.csv"
t = text(G); cut = t.index("UO,") + 8
case("csv-truncated-row", "a table cut off in the middle of its last row", 2, G, ":25:", "'source_location': is empty",
     {G: t[:cut]})
case("csv-semicolon-delimiter", "a table separated by ';' (Italian spreadsheet default)", 2, M, ":1:", "';'",
     {M: text(M).replace(",", ";")})
case("csv-tab-delimiter", "a table separated by tabs", 2, PSSTD + "lines.csv", ":1:", "tab",
     {PSSTD + "lines.csv": "\n".join(l.replace(",", "\t") if '"' not in l else l for l in lines(PSSTD + "lines.csv"))})
case("csv-duplicate-key", "the same intervention code twice", 2, I, ":3:", "defined twice",
     {I: replace_line(I, 3, "I.1,Un titolo ripetuto,§3")})
case("csv-duplicate-column", "a column named twice in the header", 2, I, ":1:", "appears twice",
     {I: replace_line(I, 1, "code,title,title")})
case("csv-blank-column-name", "a header with an empty column name", 2, I, ":1:", "empty column name",
     {I: replace_line(I, 1, "code,,source_location")})
case("csv-missing-column", "a required column is missing", 2, I, ":1:", "required column is missing",
     {I: replace_line(I, 1, "code,titolo,source_location")})
case("csv-unknown-column", "a column the table kind does not have", 2, I, ":1:", "unknown column",
     {I: replace_line(I, 1, "code,title,source_location,budget")})
case("csv-empty-file", "a table file of 0 bytes", 2, T, None, "the table is empty", {T: b""})
case("csv-blank-file", "a table file of blank lines only", 2, T, None, "the table is empty", {T: "\n  \n\n"})
case("csv-too-many-cells", "a row with one cell more than the header", 2, I, ":4:", "4 cells",
     {I: replace_line(I, 4, "I.3,Titolo,§3,extra")})
case("csv-required-cell-empty", "a required cell left empty", 2, I, ":5:", "'title': is empty",
     {I: replace_line(I, 5, "I.4,,§3")})
case("csv-huge-cell", "a 200 KB cell (a runaway paste)", 2, I, ":2:", "characters",
     {I: replace_line(I, 2, "I.1," + "Garantire l'accesso " * 10000 + ",§3")})
case("csv-formula", "a cell holding a spreadsheet formula (CSV injection)", 2, I, ":2:", "formula",
     {I: replace_line(I, 2, 'I.1,"=HYPERLINK(""http://evil.example/"",""clic"")",§3')})
case("csv-control-character", "a cell holding a NUL and other control characters", 2, I, ":3:", "control character",
     {I: replace_line(I, 3, "I.2,Implementare\x00un punto\x07 di accesso,§3")})
case("csv-workbook-renamed", "an .xlsx workbook saved under a .csv name", 2, I, None, "workbook",
     {I: b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)) * 4})
case("csv-bad-date", "a date written 17/12/2018", 2, PSSTD + "acts.csv", ":2:", "is not a date",
     {PSSTD + "acts.csv": replace(PSSTD + "acts.csv", "2018-12-17", "17/12/2018")})
case("csv-impossible-date", "a date that does not exist (30 February)", 2, PSSTD + "acts.csv", ":2:", "is not a date",
     {PSSTD + "acts.csv": replace(PSSTD + "acts.csv", "2018-12-17", "2018-02-30")})
case("csv-bad-boolean", "a boolean written 'si'", 2, T, ":2:", "is not true or false",
     {T: replace_line(T, 2, lines(T)[1].replace(",true,", ",si,", 1))})
case("csv-bad-region-code", "a region code that is not a number of two digits", 2, ORG + "organisations.csv", ":2:", "is not an ISTAT region code",
     {ORG + "organisations.csv": replace(ORG + "organisations.csv", ",r_lombar,03,", ",r_lombar,tre,")})
case("csv-bad-slug", "an organisation id with spaces and capitals", 2, ORG + "organisations.csv", ":3:", "is not a slug",
     {ORG + "organisations.csv": replace(ORG + "organisations.csv", "\nagid,", "\nAg ID,")})
case("csv-matrix-bad-cell", "a matrix cell other than X or empty", 2, M, ":2:", "cell is 'x'",
     {M: replace_line(M, 2, "I.1,x,,X,,,,,,,,,,,,X,X,,,Allegato 1")})
case("csv-dangling-intervention", "a matrix row for an intervention the plan does not have", 2, M, ":31:", "'I.99' does not exist",
     {M: replace_line(M, 31, "I.99,X,,,,,,,,,,,,,,,,,,Allegato 1")})
case("csv-dangling-line-column", "a matrix column for a line the programme does not have", 2, M, ":1:", "line '11' does not exist",
     {M: replace(M, "line:10,", "line:11,")})
O = AGID + "objectives.csv"
case("csv-dangling-macro-area", "an objective of a macro-area that does not exist", 2, O, ":2:", "'9' does not exist",
     {O: replace_line(O, 2, "9.1,9,1,Un obiettivo,§1.2")})
A = PSSTD + "acts.csv"
case("csv-dangling-issuer", "an act issued by an organisation no table describes", 2, A, ":2:", "does not exist",
     {A: replace(A, ",regione-lombardia,", ",regione-atlantide,")})
case("csv-unclosed-quote-mid-file", "a quote opened in the middle of a cell and never closed", 2, I, ":4:", "never closed",
     {I: replace_line(I, 4, 'I.3,"Favorire la fruizione dei servizi digitali,§3')})

# ---- manifests
case("yaml-syntax-error", "a manifest with an unterminated quoted string", 2, MF, "dataset.yaml:", "not valid YAML",
     {MF: replace(MF, "title: Piano Triennale per la Trasformazione Digitale 2021-2023 di Regione Lombardia", 'title: "Piano Triennale per la Trasformazione Digitale')})
case("yaml-tab-indent", "a manifest indented with a tab", 2, MF, "dataset.yaml:", "not valid YAML",
     {MF: replace(MF, "\n  interventions: interventions.csv", "\n\tinterventions: interventions.csv")})
case("yaml-duplicate-key", "a manifest giving 'title' twice (the second would silently win)", 2, MF, "dataset.yaml:13:", "'title' is given twice",
     {MF: replace(MF, "publisher: regione-lombardia\nkeywords", "publisher: regione-lombardia\ntitle: Un altro titolo\nkeywords")})
case("yaml-unknown-table-kind", "a manifest naming a table kind that does not exist", 2, MF, "dataset.yaml", "unknown table kind 'budget'",
     {MF: replace(MF, "tables:\n", "tables:\n  budget: budget.csv\n")})
case("yaml-unknown-field", "a manifest with a misspelt field", 2, MF, "dataset.yaml:", "unknown field 'titel'",
     {MF: text(MF) + "titel: typo\n"})
case("yaml-missing-table-file", "a manifest naming a table file that does not exist", 2, PTTD + "interventi.csv", None, "does not exist",
     {MF: replace(MF, "interventions: interventions.csv", "interventions: interventi.csv")})
case("yaml-absolute-table-path", "a manifest naming a table by an absolute path outside the data folder", 2, MF, "dataset.yaml", "must name a file in the dataset's folder",
     {MF: replace(MF, "interventions: interventions.csv", "interventions: /etc/passwd")})
case("yaml-parent-table-path", "a manifest naming a table in another folder (../)", 2, MF, "dataset.yaml", "must name a file in the dataset's folder",
     {MF: replace(MF, "interventions: interventions.csv", "interventions: ../../organizzazioni/organisations.csv")})
case("yaml-empty", "a manifest of 0 bytes", 2, MF, None, "the manifest is empty", {MF: b""})
case("yaml-bad-date", "a manifest date that does not exist (month 13)", 2, MF, "dataset.yaml:16:", "'2026-13-45' is not a date",
     {MF: replace(MF, "modified: 2026-11-23", "modified: 2026-13-45")})
case("yaml-bad-number", "a year written in words", 2, MF, "dataset.yaml:", "'duemilaventuno' is not a whole number",
     {MF: replace(MF, "start_year: 2021", "start_year: duemilaventuno")})
case("yaml-list-not-mapping", "a manifest that is a YAML list instead of a mapping", 2, MF, "dataset.yaml:1:", "is a list, not a mapping",
     {MF: "- id: pttd-2021-2023\n- title: x\n"})
bomb = "keywords:\n  - &a [x, x, x, x, x, x, x, x, x]\n"
prev = "a"
for n in "bcdefghij":
    bomb += "  - &%s [%s]\n" % (n, ", ".join(["*" + prev] * 9))
    prev = n
case("yaml-alias-bomb", "a 'billion laughs' manifest: nested YAML aliases expanding to 10^9 strings", 2, MF, "dataset.yaml:", "alias",
     {MF: replace(MF, "keywords: [trasformazione digitale, piano triennale, interventi strategici, Lombardia]\n", bomb)})
case("yaml-alias", "a manifest reusing a value through a YAML alias (would be read as the alias's name, 'titolo')", 2, MF, "dataset.yaml:25:", "alias '*titolo'",
     {MF: rtext(replace(MF, "title: Piano Triennale per la Trasformazione Digitale 2021-2023 di Regione Lombardia", "title: &titolo Piano Triennale per la Trasformazione Digitale 2021-2023 di Regione Lombardia"),
                  "  title: Piano Triennale per la Trasformazione Digitale 2021-23\n", "  title: *titolo\n")})
case("yaml-latin1", "a manifest saved as Latin-1", 2, MF, "dataset.yaml:", "not valid UTF-8",
     {MF: (text(MF).replace("Regione Lombardia, le Linee", "Regione Lombardia, è le Linee")).encode("latin-1", errors="replace")})
dup = text(PSSTD + "dataset.yaml"); dup = dup[:dup.index("tables:")]
case("yaml-duplicate-dataset-id", "two dataset folders with the same id", 2, "lombardia/psstd-copia/dataset.yaml", None, "already used",
     {"lombardia/psstd-copia/dataset.yaml": dup.replace("plan:\n  type: programme", "plan:\n  type: programme", 1)})
case("yaml-dangling-plan", "a plan implementing a programme that does not exist", 2, MF, "dataset.yaml", "'psstd-2099' does not exist",
     {MF: replace(MF, "implements_plans: [psstd-2018]", "implements_plans: [psstd-2099]")})
case("yaml-catalog-syntax-error", "data/catalog.yaml with broken indentation", 2, "catalog.yaml", "catalog.yaml:", "not valid YAML",
     {"catalog.yaml": text("catalog.yaml").replace("contact_point:\n  id: regiolod", "contact_point:\n  id: regiolod\n    name: [broken")})
case("yaml-placeholder", "a manifest still holding the template's TODO", 2, MF, "dataset.yaml:6:", "placeholder",
     {MF: replace(MF, "title: Piano Triennale per la Trasformazione Digitale 2021-2023 di Regione Lombardia", "title: TODO the plan's title")})

# ---- accepted: valid but odd
case("ok-bom", "UTF-8 with a byte-order mark (spreadsheet exports), tables and manifest: accepted", 0,
     files={I: b"\xef\xbb\xbf" + read(I), M: b"\xef\xbb\xbf" + read(M), MF: b"\xef\xbb\xbf" + read(MF)})
crlf = {}
for rel in [PTTD + f for f in os.listdir(os.path.join(DATA, PTTD))] + ["catalog.yaml"]:
    crlf[rel] = read(rel).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
odd = lines(PSSTD + "lines.csv")
odd = [odd[0]] + ['"' + '","'.join(c for c in l.split(",")) + '"' if l and '"' not in l else l for l in odd[1:]]
crlf[PSSTD + "lines.csv"] = ("\r\n\r\n".join(odd) + "\r\n\r\n\r\n").encode("utf-8")
case("ok-crlf-quoted-blank-lines", "Windows line endings (CRLF) in every table and manifest of a dataset and the catalog; "
     "every cell quoted and blank lines between rows in another table: accepted", 0, files=crlf)

# ---- RDF files for validate
SITE = os.path.join(sys.argv[2], "dumps") + "/"
ttl = open(SITE + "pttd-2021-2023.ttl", encoding="utf-8").read()
cut = ttl.index("\n", len(ttl) // 3) - 15
case("rdf-truncated-turtle", "a Turtle dump cut off in the middle of a statement", 2, "pttd-2021-2023.ttl", "line", "cannot be parsed as RDF",
     {"pttd-2021-2023.ttl": ttl[:cut]}, command="validate", args=["pttd-2021-2023.ttl"])
nt = open(SITE + "linee-psstd-2018.nt", encoding="utf-8").read().split("\n")
nt[2] = nt[2].replace("> <", "> ", 1)
case("rdf-ntriples-broken-line", "an N-Triples file whose third line lost a '<'", 2, "linee-psstd-2018.nt", "line: 3", "cannot be parsed as RDF",
     {"linee-psstd-2018.nt": "\n".join(nt)}, command="validate", args=["linee-psstd-2018.nt"])
case("rdf-bad-iri", "an IRI with a space and a '<' in it", 2, "bad-iri.ttl", "line: 2", "cannot be parsed as RDF",
     {"bad-iri.ttl": "@prefix dct: <http://purl.org/dc/terms/> .\n<http://example.org/id/x y<z> dct:title \"x\"@it .\n"},
     command="validate", args=["bad-iri.ttl"])
case("rdf-latin1-turtle", "a Turtle file saved as Latin-1", 2, "latin1.ttl", ":2:", "not valid UTF-8",
     {"latin1.ttl": "@prefix dct: <http://purl.org/dc/terms/> .\n<http://example.org/x> dct:title \"Città\"@it .\n".encode("latin-1")},
     command="validate", args=["latin1.ttl"])
case("rdf-empty-file", "an empty Turtle file: nothing to validate", 2, "empty.ttl", None, "no triples",
     {"empty.ttl": b""}, command="validate", args=["empty.ttl"])
case("rdf-unknown-extension", "an RDF file whose extension names no RDF syntax", 2, "data.txt", None, "extension",
     {"data.txt": "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"}, command="validate", args=["data.txt"])
case("rdf-jsonld-broken", "a JSON-LD file that is not JSON", 2, "broken.jsonld", None, "cannot be parsed as RDF",
     {"broken.jsonld": '{"@id": "http://example.org/a", "http://purl.org/dc/terms/title": "x",\n'}, command="validate", args=["broken.jsonld"])
case("rdf-jsonld-remote-context", "a JSON-LD file whose @context must be fetched (from an unreachable loopback port)", 2, "remote.jsonld", None, "cannot be parsed as RDF",
     {"remote.jsonld": '{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://example.org/a", "title": "x"}\n'},
     command="validate", args=["remote.jsonld"])
case("rdf-xxe", "RDF/XML with an external entity that would read /etc/passwd (XXE)", 2, "xxe.rdf", None, "external XML entity",
     {"xxe.rdf": '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
                 '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">\n'
                 '  <rdf:Description rdf:about="http://example.org/a"><dct:title>&xxe;</dct:title></rdf:Description>\n</rdf:RDF>\n'},
     command="validate", args=["xxe.rdf"])
case("rdf-violation", "a dump edited by hand: an intervention without its identifier's shape (SHACL violation)", 1, None, None, "Violation: <http://localhost:8080/id/intervento/pttd-2021-2023/I.1>",
     {"pttd.ttl": re.sub(r'(dct:identifier\s+)"I\.1";', r'\1"I 1";', ttl, count=1)},
     command="validate", args=["pttd.ttl"])
case("rdf-missing-file", "a file that does not exist", 2, "nowhere.ttl", None, "does not exist", {}, command="validate", args=["nowhere.ttl"])
case("ok-rdf-bom-crlf", "Turtle with a byte-order mark and CRLF line ends: accepted", 0,
     files={"regiolod-ontology.ttl": b"\xef\xbb\xbf" + open(SITE + "regiolod-ontology.ttl", "rb").read().replace(b"\n", b"\r\n")},
     command="validate", args=["regiolod-ontology.ttl"])
