#!/usr/bin/env bash
# vigil on hostile input: one case per behaviour of docs/bad-input.md.
#   bad_input_test.sh PATH/TO/vigil CASE
# Every sentence here is written for this test. Times are never asserted (see bench/);
# the work caps are checked through the notes they print.
set -u
vigil=$1
case_name=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

failures=0
fail() { echo "FAIL [$case_name]: $*" >&2; failures=$((failures + 1)); }

# run ARGS...: runs vigil, leaving $status, out.txt and err.txt.
run() {
  "$vigil" "$@" > out.txt 2> err.txt
  status=$?
}
expect_status() { [ "$status" = "$1" ] || fail "exit status $status, expected $1 (stderr: $(head -c 600 err.txt))"; }
expect_err() { grep -qF -- "$1" err.txt || fail "stderr lacks: $1 (stderr: $(head -c 600 err.txt))"; }
expect_no_err() { ! grep -qF -- "$1" err.txt || fail "stderr has: $1"; }
expect_out() { grep -qF -- "$1" out.txt || fail "stdout lacks: $1"; }
lines() { wc -l < "$1" | tr -d ' '; }

# same_batch MIXED CLEAN BAD_ID...: the events of MIXED, without those of the bad
# documents, are exactly the events of CLEAN (the batch without the bad input).
same_batch() {
  local mixed=$1 clean=$2 pattern='^$'
  shift 2
  for id in "$@"; do pattern="$pattern|\"doc_id\": \"$id\""; done
  "$vigil" code "$mixed" 2> /dev/null | grep -Ev "$pattern" > same_mixed.txt
  "$vigil" code "$clean" 2> /dev/null > same_clean.txt
  [ -s same_clean.txt ] || fail "the clean batch gave no events"
  cmp -s same_mixed.txt same_clean.txt ||
    fail "the rest of the batch is coded differently with the bad input: $(diff same_clean.txt same_mixed.txt | head -c 600)"
}

# A clean batch of two documents and the same two around bad input (tests below).
two_good() {
  doc a 2020-06-01 "The United States condemned Russia on Tuesday." > "$1"
  doc c 2020-06-01 "Germany criticised France over the talks." >> "$1"
}
around() {  # around FILE: writes "good a", stdin, "good c" to FILE
  { doc a 2020-06-01 "The United States condemned Russia on Tuesday."
    cat
    doc c 2020-06-01 "Germany criticised France over the talks."; } > "$1"
}

# peak_rss_mb COMMAND...: runs COMMAND (stdout and stderr to peak.out, peak.err) and prints
# the peak resident memory of the child in MB (getrusage of the child, not a timing).
peak_rss_mb() {
  /usr/bin/python3 - "$@" <<'PY'
import resource, subprocess, sys
with open("peak.out", "wb") as out, open("peak.err", "wb") as err:
    status = subprocess.run(sys.argv[1:], stdout=out, stderr=err).returncode
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, status)
PY
}

doc() {  # doc ID DATE TEXT -> one JSON line (no quotes or backslashes in the arguments)
  printf '{"id": "%s", "date": "%s", "text": "%s"}\n' "$1" "$2" "$3"
}

case "$case_name" in

missing_input)
  doc a 2020-06-01 "Arnor condemned Gondor." > good.jsonl
  run code good.jsonl nosuch.jsonl
  expect_status 1
  expect_err "vigil code: cannot open nosuch.jsonl: No such file or directory (input not read)"
  expect_err "1 documents"
  expect_err "1 inputs not read"
  run code nosuch.txt
  expect_status 1
  run code nosuch.xml
  expect_status 1
  # vigil quotes reads its inputs the same way, and says so the same way.
  run quotes good.jsonl nosuch.jsonl
  expect_status 1
  expect_err "vigil quotes: cannot open nosuch.jsonl: No such file or directory (input not read)"
  expect_err "vigil quotes: 1 documents; 0 bad lines, 0 warnings, 1 inputs not read"
  printf '{"id": "q", "text": "Rain fell."}\nnot json\n' > bad.jsonl
  run quotes bad.jsonl
  expect_status 0
  expect_err "vigil quotes: bad.jsonl:2: not valid JSON"
  run quotes --strict bad.jsonl
  expect_status 1
  ;;

folder_input)
  mkdir -p news/more news/.hidden
  doc a 2020-06-01 "The United States condemned Russia." > news/a.jsonl
  echo "Germany criticised France on Monday." > news/more/b.txt
  doc h 2020-06-01 "Hidden files are not read." > news/.hidden/h.jsonl
  echo "notes" > news/notes.md
  run code news
  expect_status 0
  expect_err "2 documents"
  expect_err "news/notes.md: not a .jsonl, .ndjson, .json, .txt or .xml file; skipped"
  expect_out '"doc_id": "a"'
  expect_no_err "Hidden"
  run code --strict news  # the skipped file is a problem under --strict
  expect_status 1
  rm news/notes.md
  run code --strict news
  expect_status 0
  ;;

empty_folder)
  mkdir empty
  run code empty
  expect_status 0
  expect_err "folder empty holds no .jsonl, .ndjson, .json, .txt or .xml file"
  run code --strict empty
  expect_status 1
  ;;

bad_json_line)
  { doc a 2020-06-01 "The United States condemned Russia."
    echo '{"id": "b", "text": '
    echo '{"text": "no id"}'
    doc c 2020-06-01 "Germany criticised France."; } > mixed.jsonl
  run code mixed.jsonl
  expect_status 0
  expect_err "mixed.jsonl:2: not valid JSON"
  expect_err "mixed.jsonl:3: missing string field \"id\" (line skipped)"
  expect_err "2 documents"
  expect_err "2 bad lines"
  run code --strict mixed.jsonl
  expect_status 1
  ;;

truncated_xml)
  {
    echo '<Sentences>'
    echo '<Sentence date="20200601" id="S-1"><Text>Arnor protested.</Text>'
    echo '<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD protested)) (. .)))</Parse></Sentence>'
    echo '<Sentence date="20200602" id="S-2"><Text>Gondor agreed.</Text>'
    echo '<Parse>(ROOT (S (NP (NNP Gondor)) (VP (VBD agreed)) (. .)))</Parse></Sentence>'
    echo '<Sentence date="20200603" id="S-3"><Text>Rohan rode'
  } > cut.xml
  run code cut.xml
  expect_status 0
  expect_err "cut.xml:6: malformed XML"
  expect_err "kept the 2 complete records before it"
  expect_err "2 documents"
  run code --strict cut.xml
  expect_status 1
  ;;

publication_dates)
  {
    doc iso 2020-06-01 "The United States condemned Russia."
    doc dmy "1 June 2020" "The United States condemned Russia."
    doc mdy "June 1, 2020" "The United States condemned Russia."
    doc zone "2020-06-01T23:30:00-05:00" "The United States condemned Russia."
    doc amb 06/01/2020 "The United States condemned Russia."
    doc leap 2021-02-29 "The United States condemned Russia."
    doc nines 9999-99-99 "The United States condemned Russia."
  } > dates.jsonl
  run code dates.jsonl
  expect_status 0
  for id in iso dmy mdy zone; do
    grep -F "\"doc_id\": \"$id\"" out.txt | grep -qF '"date": "2020-06-01"' || fail "$id: date not read"
  done
  for id in amb leap nines; do
    grep -F "\"doc_id\": \"$id\"" out.txt | grep -qF '"date": null' || fail "$id: date not null"
  done
  expect_err 'dates.jsonl:5: document "amb": date "06/01/2020" is ambiguous: 6 January or 1 June 2020'
  expect_err 'dates.jsonl:6: document "leap": date "2021-02-29" is not a day of the calendar'
  expect_err 'dates.jsonl:7: document "nines": date "9999-99-99" is not a day of the calendar'
  expect_err "3 warnings"
  run code --strict dates.jsonl
  expect_status 1
  ;;

validate_folder)
  mkdir records
  run validate records
  expect_status 2
  expect_err "records is a folder, not an XML file"
  expect_no_err "terminate"
  run validate nosuch.xml
  expect_status 2
  ;;

threads_cap)
  for i in 1 2 3 4 5; do doc "d$i" 2020-06-01 "The United States condemned Russia."; done > five.jsonl
  run code -j 1 five.jsonl
  cp out.txt one.txt
  run code -j 100000 five.jsonl
  expect_status 0
  expect_err "vigil code: -j 100000 is more than this machine can use; using"
  cmp -s out.txt one.txt || fail "-j 100000 output differs from -j 1"
  run code -j 0 five.jsonl
  expect_status 2
  run code -j 3x five.jsonl
  expect_status 2
  ;;

comma_splice)
  # One "sentence" of 20,000 clauses and no sentence end (720 KB).
  /usr/bin/python3 -c '
import json
text = "The United States condemned Russia, " * 20000
print(json.dumps({"id": "splice", "date": "2020-06-01", "text": text}))' > splice.jsonl
  run code splice.jsonl
  expect_status 0
  expect_err 'document "splice": 1 sentence is longer than 5000 bytes or 100 commas (no sentence end); coded in pieces'
  expect_out '"cameo": "111"'
  ;;

unbalanced_quote)
  /usr/bin/python3 -c '
import json
text = "Officials said \"" + "The United States condemned Russia, " * 20000
print(json.dumps({"id": "quote", "date": "2020-06-01", "text": text}))' > quote.jsonl
  run code quote.jsonl
  expect_status 0
  expect_err 'document "quote": 1 sentence is longer than 5000 bytes'
  expect_out '"cameo": "111"'
  run quotes quote.jsonl
  expect_status 0
  ;;

huge_document)
  # 2.3 MB of ordinary sentences: coded in windows, offsets still into the whole text.
  /usr/bin/python3 -c '
import json
para = ("The United States condemned Russia on Tuesday. Officials met in Geneva. "
        "Germany criticised France over the talks. ")
print(json.dumps({"id": "huge", "date": "2020-06-01", "text": para * 20000}))' > huge.jsonl
  run code huge.jsonl
  expect_status 0
  expect_err 'document "huge": document of 2.3 MB coded in 3 windows of about 1.0 MB'
  /usr/bin/python3 -c '
import json
text = json.loads(open("huge.jsonl").read())["text"]
para = text[: len(text) // 20000]
starts = [0] + [i + 2 for i in range(len(para) - 1) if para[i] == "." and para[i + 1] == " "][:2]
events = [json.loads(l) for l in open("out.txt")]
assert len(events) >= 6, len(events)  # the two events of each window
assert any(e["evidence"]["begin"] > 2_000_000 for e in events), "no event from the last window"
for e in events:
    b, n = e["evidence"]["begin"], e["evidence"]["end"]
    assert text[b:n] in e["sentence"], e
    # sentence_index counts the sentences of the whole document, not of the window
    p, r = divmod(b, len(para))
    k = max(i for i, s in enumerate(starts) if s <= r)
    assert e["sentence_index"] == 3 * p + k, (e["sentence_index"], 3 * p + k, b)
' || fail "events of the windows do not point into the whole document"
  ;;

dictionary_bad_lines)
  printf -- '--- CONDEMN [111] ---\nCONDEMN\n- NO STAR HERE [011]\n' > my.verbs.txt
  printf 'ARNOR [ARN]\nGONDOR [GON]\n' > my.actors.txt
  printf '[Dictionaries]\nverbfile_name = my.verbs.txt\nactorfile_list = my.actors.txt\n' > my.ini
  doc a 2020-06-01 "Arnor condemned Gondor." > one.jsonl
  run code --petrarch-config my.ini one.jsonl
  expect_status 0
  expect_err "my.verbs.txt:3: pattern: no '*'"
  expect_err "(dictionary line skipped)"
  expect_out '"cameo": "111"'  # the good lines were loaded
  run code --strict --petrarch-config my.ini one.jsonl
  expect_status 2
  expect_err "1 bad dictionary line; refused under --strict"
  [ "$(lines out.txt)" = 0 ] || fail "--strict wrote events with a bad dictionary"
  ;;

validate_dictionary_bad_lines)
  printf -- '--- CONDEMN [111] ---\nCONDEMN\n- NO STAR HERE [011]\n' > v.verbs.txt
  printf 'ARNOR [ARN]\nGONDOR [GON]\n' > v.actors.txt
  cat > records.xml <<'XML'
<Validation>
<Environment><Verbfile>v.verbs.txt</Verbfile><Actorfile>v.actors.txt</Actorfile></Environment>
<Sentences>
<Sentence date="20200601" id="V-1">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="111"></EventCoding>
<Text>Arnor condemned Gondor.</Text>
<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD condemned) (NP (NNP Gondor))) (. .)))</Parse>
</Sentence>
</Sentences>
</Validation>
XML
  run validate records.xml
  expect_status 0
  expect_err "v.verbs.txt:3: pattern: no '*'"
  expect_err "(dictionary line skipped)"
  expect_err "vigil validate: 1 dictionary lines skipped"
  grep -qx "1 passed, 0 failed" out.txt || fail "the record did not pass: $(cat out.txt)"
  ;;

dict_check_lists_everything)
  mkdir dicts
  printf -- '--- CONDEMN [111] ---\nCONDEMN\n- NO STAR HERE [011]\n' > dicts/my.verbs.txt
  printf 'ARNOR [ARN]\nGONDOR [GON]\n[XYZ]\n' > dicts/a.actors.txt
  printf 'ARNOR [ARX]\n' > dicts/b.actors.txt
  run dict check dicts
  expect_status 1
  grep -qF "dicts/my.verbs.txt:3:" out.txt || fail "the bad verb line is not listed"
  grep -qF "dicts/a.actors.txt:3:" out.txt || fail "the bad actor line is not listed"
  grep -qF "dicts/b.actors.txt:1: actor phrase 'ARNOR' is also defined" out.txt ||
    fail "the deep check did not run after bad lines"
  grep -qx "3 problems" out.txt || fail "not 3 problems: $(tail -1 out.txt)"
  ;;

summary_counts)
  { doc a 2020-06-01 "The United States condemned Russia."
    echo 'not json'
    doc b 06/01/2020 "Germany criticised France."; } > some.jsonl
  run code some.jsonl
  expect_status 0
  expect_err "vigil code: 2 documents, 2 events; 1 bad lines, 1 warnings, 0 inputs not read"
  run code --quiet some.jsonl   # problems are summed up even when quiet
  expect_err "1 bad lines"
  doc a 2020-06-01 "The United States condemned Russia." > clean.jsonl
  run code --quiet clean.jsonl
  [ ! -s err.txt ] || fail "--quiet on clean input wrote to stderr: $(cat err.txt)"
  ;;

invalid_utf8)
  two_good clean.jsonl
  printf '{"id": "b", "date": "2020-06-01", "text": "Canada condemned China over the arrests. Bad \xff, \xc3( and \xed\xa0\x80."}\n' |
    around mixed.jsonl
  run code mixed.jsonl
  expect_status 0
  expect_err 'mixed.jsonl:2: document "b": replaced 5 invalid UTF-8 sequences with U+FFFD'
  grep -F '"doc_id": "b"' out.txt | grep -qF '"cameo": "111"' || fail "the repaired document was not coded"
  /usr/bin/python3 -c 'import sys; [l.encode("utf-8") for l in open("out.txt", encoding="utf-8")]' ||
    fail "output is not valid UTF-8"
  same_batch mixed.jsonl clean.jsonl b
  printf 'Canada condemned\xff China on Monday.\n' > bad.txt
  run code bad.txt
  expect_status 0
  expect_err 'bad.txt: document "bad": replaced 1 invalid UTF-8 sequence with U+FFFD'
  ;;

nul_bytes)
  two_good clean.jsonl
  { doc n1 2020-06-01 'Canada condemned\u0000 China on Monday.\u0000'
    printf '{"id": "n2", "date": "2020-06-01", "text": "Canada \0condemned China."}\n'; } |
    around mixed.jsonl
  run code mixed.jsonl
  expect_status 0
  expect_err 'mixed.jsonl:2: document "n1": replaced 2 NUL bytes with spaces'
  expect_err 'mixed.jsonl:3: not valid JSON: '
  expect_err 'control character U+0000 (NUL) must be escaped'
  grep -F '"doc_id": "n1"' out.txt | grep -qF '"cameo": "111"' || fail "n1 was not coded"
  same_batch mixed.jsonl clean.jsonl n1
  printf 'Canada condemned\0 China on Monday.\0\0' > nul.txt
  run code nul.txt
  expect_status 0
  expect_err 'nul.txt: document "nul": replaced 3 NUL bytes with spaces'
  expect_out '"cameo": "111"'
  ;;

million_empty_lines)
  two_good clean.jsonl
  { doc a 2020-06-01 "The United States condemned Russia on Tuesday."
    head -c 1000000 /dev/zero | tr '\0' '\n'
    doc c 2020-06-01 "Germany criticised France over the talks."
    doc d 06/01/2020 "Nothing happened."; } > empty.jsonl
  run code empty.jsonl
  expect_status 0
  expect_err 'empty.jsonl:1000003: document "d": date "06/01/2020" is ambiguous'  # lines still counted
  expect_err "3 documents"
  same_batch empty.jsonl clean.jsonl d
  head -c 1000000 /dev/zero | tr '\0' '\n' > blank.txt
  run code blank.txt
  expect_status 0
  expect_err "1 documents, 0 events"
  ;;

not_json_or_no_text)
  two_good clean.jsonl
  { echo 'this is not JSON'
    echo '{"id": "b2", "date": "2020-06-01"}'
    echo '{"id": "b3", "text": 5}'
    echo '["id", "text"]'; } | around mixed.jsonl
  run code mixed.jsonl
  expect_status 0
  expect_err 'mixed.jsonl:2: not valid JSON: '
  expect_err 'mixed.jsonl:3: missing string field "text" (line skipped)'
  expect_err 'mixed.jsonl:4: field "text" is not a string (found number) (line skipped)'
  expect_err 'mixed.jsonl:5: not a JSON object (found array) (line skipped)'
  expect_err "2 documents, 2 events; 4 bad lines"
  same_batch mixed.jsonl clean.jsonl
  ;;

deep_parse)
  # A given parse of 100,000 nested brackets (it overflowed the coder's stack).
  /usr/bin/python3 - <<'PY'
n = 100000
def rec(i, parse, text):
    return (f'<Sentence date="20200601" id="{i}"><Text>{text}</Text>\n'
            f'<Parse>{parse}</Parse></Sentence>\n')
good1 = rec("S-1", "(ROOT (S (NP (NNP Canada)) (VP (VBD condemned) (NP (NNP China))) (. .)))",
            "Canada condemned China.")
deep = rec("S-2", "(ROOT " + "(S " * n + "(NP (NNP Rohan))" + ")" * n + ")", "Rohan.")
good2 = rec("S-3", "(ROOT (S (NP (NNP Germany)) (VP (VBD praised) (NP (NNP France))) (. .)))",
            "Germany praised France.")
open("deep.xml", "w").write("<Sentences>\n" + good1 + deep + good2 + "</Sentences>\n")
open("clean.xml", "w").write("<Sentences>\n" + good1 + good2 + "</Sentences>\n")
PY
  run code deep.xml
  expect_status 0
  expect_err 'deep.xml:4: document "S-2": S-2: brackets nested deeper than 1000 levels at byte 3003'
  expect_err "3 documents, 2 events"
  same_batch deep.xml clean.xml S-2
  ;;

deep_brackets_text)
  two_good clean.jsonl
  /usr/bin/python3 -c '
import json
print(json.dumps({"id": "br", "date": "2020-06-01",
                  "text": "Canada " + "(" * 100000 + "condemned" + ")" * 100000 + " China."}))' |
    around mixed.jsonl
  run code mixed.jsonl
  expect_status 0
  expect_err 'mixed.jsonl:2: document "br": 1 sentence is longer than 5000 bytes'
  same_batch mixed.jsonl clean.jsonl br
  ;;

long_word)
  two_good clean.jsonl
  /usr/bin/python3 -c '
import json
print(json.dumps({"id": "w", "date": "2020-06-01",
                  "text": "Canada condemned China. " + "x" * 1000000 + " Canada condemned China."}))' |
    around mixed.jsonl
  run code mixed.jsonl
  expect_status 0
  expect_err 'mixed.jsonl:2: document "w": 1 sentence is longer than 5000 bytes'
  grep -F '"doc_id": "w"' out.txt | grep -qF '"cameo": "111"' || fail "the sentences around the word were not coded"
  same_batch mixed.jsonl clean.jsonl w
  ;;

json_many_keys)
  two_good clean.jsonl
  /usr/bin/python3 -c '
import json
o = {"k%d" % i: i for i in range(100000)}
o.update(id="keys", date="2020-06-01", text="Canada condemned China.")
print(json.dumps(o))
print("{\"id\": \"nest\", \"text\": \"x\", \"n\": " + "[" * 100000 + "]" * 100000 + "}")' |
    around mixed.jsonl
  run code mixed.jsonl
  expect_status 0
  expect_err "4 documents"
  grep -F '"doc_id": "keys"' out.txt | grep -qF '"cameo": "111"' || fail "the document with 100,000 keys was not coded"
  same_batch mixed.jsonl clean.jsonl keys nest
  ;;

scripts)
  two_good clean.jsonl
  { doc rtl 2020-06-01 "مرحبا بالعالم. Canada condemned China. שלום עולם."
    doc cjk 2020-06-01 "中国谴责了加拿大。 日本 Canada condemned China on Monday. 東京"
    doc emoji 2020-06-01 "😀🇨🇦 Canada condemned China 👍🏽 on Monday. 🙏"; } | around mixed.jsonl
  run code mixed.jsonl
  expect_status 0
  expect_err "5 documents"
  /usr/bin/python3 - <<'PY' || fail "events of RTL/CJK/emoji documents do not point at their text"
import json
texts = {json.loads(l)["id"]: json.loads(l)["text"].encode() for l in open("mixed.jsonl")}
seen = set()
for line in open("out.txt", encoding="utf-8"):
    e = json.loads(line)
    b, n = e["evidence"]["begin"], e["evidence"]["end"]
    t = texts[e["doc_id"]]
    t[b:n].decode("utf-8")  # byte offsets on character boundaries
    assert t[b:n].decode() in e["sentence"], e
    if e["cameo"] == "111" and e["source"]["code"] == "CAN": seen.add(e["doc_id"])
assert seen >= {"rtl", "cjk", "emoji"}, seen
PY
  same_batch mixed.jsonl clean.jsonl rtl cjk emoji
  ;;

dictionary_10000_errors)
  { printf -- '--- CONDEMN [111] ---\nCONDEMN\n'
    for i in $(seq 1 10000); do echo "- NO STAR HERE $i [011]"; done; } > bad.verbs.txt
  printf 'ARNOR [ARN]\nGONDOR [GON]\n' > my.actors.txt
  printf '[Dictionaries]\nverbfile_name = bad.verbs.txt\nactorfile_list = my.actors.txt\n' > my.ini
  doc a 2020-06-01 "Arnor condemned Gondor." > one.jsonl
  run code --petrarch-config my.ini one.jsonl
  expect_status 0
  expect_err "bad.verbs.txt:3: pattern: no '*'"
  expect_err "bad.verbs.txt:10002: pattern: no '*'"
  [ "$(grep -c '(dictionary line skipped)' err.txt)" = 10000 ] || fail "not 10000 lines listed"
  expect_err "1 documents, 1 events; 0 bad lines, 10000 warnings"
  expect_out '"cameo": "111"'
  run code --strict --petrarch-config my.ini one.jsonl
  expect_status 2
  expect_err "10000 bad dictionary lines; refused under --strict"
  mkdir dicts && cp bad.verbs.txt my.actors.txt dicts/
  run dict check dicts
  expect_status 1
  grep -qx "10000 problems" out.txt || fail "dict check: $(tail -1 out.txt)"
  ;;

huge_document_memory)
  # One 50 MB line: peak memory under 500 MB for vigil code and vigil ingest (docs/hostile-
  # input.md). Mostly sentences without actors (cheap to screen), every tenth an event.
  /usr/bin/python3 - <<'PY'
import json
para = ("The United States condemned Russia on Tuesday. "
        + "Rain fell on the coast for most of the week, and the roads were closed. " * 9)
text = para * (50_000_000 // len(para) + 1)
with open("huge.jsonl", "w") as f:
    f.write(json.dumps({"id": "a", "date": "2020-06-01", "text": "Germany criticised France."}) + "\n")
    f.write(json.dumps({"id": "huge", "date": "2020-06-01", "text": text}) + "\n")
    f.write(json.dumps({"id": "c", "date": "2020-06-01", "text": "Canada condemned China."}) + "\n")
PY
  read -r mb status < <(peak_rss_mb "$vigil" code huge.jsonl)
  [ "$status" = 0 ] || fail "vigil code exit status $status: $(head -c 600 peak.err)"
  [ "$mb" -lt 500 ] || fail "vigil code on a 50 MB document: peak $mb MB (bound: 500 MB)"
  grep -qF 'huge.jsonl:2: document "huge": document of 50.0 MB coded in' peak.err || fail "no window note: $(head -c 600 peak.err)"
  grep -qF '"doc_id": "c"' peak.out || fail "the document after the huge one was not coded"
  echo "vigil code: peak $mb MB"
  read -r mb status < <(peak_rss_mb "$vigil" ingest --quiet --db huge.db huge.jsonl)
  [ "$status" = 0 ] || fail "vigil ingest exit status $status: $(head -c 600 peak.err)"
  [ "$mb" -lt 500 ] || fail "vigil ingest of a 50 MB document: peak $mb MB (bound: 500 MB)"
  echo "vigil ingest: peak $mb MB"
  ;;

all_superset)
  # Every line of the default output is a line of --all's, byte for byte: --all adds
  # negated, hypothetical and statement events and never moves the day or the place of
  # the asserted ones (a hypothetical "on Tuesday" dated the next undated event).
  { doc d1 2022-03-04 "Japan could expel Norwegian diplomats on Tuesday. Norway condemned Japan."
    doc d2 2022-03-04 "Japan did not condemn Norway on Monday. Japan criticised Norway."
    doc d3 2022-03-04 "OSLO - Japan could expel Norwegian diplomats in Tokyo. Dozens of protesters were detained."
    doc d4 2022-03-04 "Canada condemned China on Monday. China said it would retaliate. Canada criticised China again."
  } > docs.jsonl
  run code docs.jsonl
  expect_status 0
  cp out.txt default.txt
  run code --all docs.jsonl
  expect_status 0
  [ "$(lines default.txt)" -ge 4 ] || fail "the default output has fewer than 4 events: $(cat default.txt)"
  [ "$(lines out.txt)" -gt "$(lines default.txt)" ] || fail "--all added no event"
  missing=$(grep -cvxF -f out.txt default.txt)
  [ "$missing" = 0 ] || fail "$missing default lines are not in --all's output: $(grep -vxF -f out.txt default.txt | head -c 600)"
  # The same across documents: a hypothetical condemnation is not merged into the asserted
  # one of the same day (it took its place, or counted its document).
  { doc m1 2022-03-04 "Canada could condemn China on Thursday."
    doc m2 2022-03-04 "Canada condemned China on Thursday."; } > days.jsonl
  run code --dedup day days.jsonl
  cp out.txt default.txt
  grep -qF '"documents": 1' default.txt || fail "--dedup day: not one document: $(cat default.txt)"
  run code --all --dedup day days.jsonl
  [ "$(lines out.txt)" = 2 ] || fail "--all --dedup day: not two entries: $(cat out.txt)"
  missing=$(grep -cvxF -f out.txt default.txt)
  [ "$missing" = 0 ] || fail "--dedup day: default lines not in --all's: $(grep -vxF -f out.txt default.txt | head -c 600)"
  ;;

ingest_bad_input)
  { doc a 2020-06-01 "The United States condemned Russia on Tuesday."
    echo 'not json'
    echo '{"id": "b2", "date": "2020-06-01"}'
    printf '{"id": "u", "date": "2020-06-01", "text": "Canada condemned China. \xff"}\n'
    doc d 9999-99-99 "Germany criticised France over the talks."; } > mixed.jsonl
  run ingest --db store.db mixed.jsonl
  expect_status 0
  expect_err "vigil ingest: mixed.jsonl:2: not valid JSON"
  expect_err 'vigil ingest: mixed.jsonl:3: missing string field "text" (line skipped)'
  expect_err 'vigil ingest: mixed.jsonl:4: document "u": replaced 1 invalid UTF-8 sequence'
  expect_err 'vigil ingest: mixed.jsonl:5: document "d": date "9999-99-99" is not a day of the calendar'
  expect_err "3 documents read: 3 new"
  expect_err "vigil ingest: 2 bad lines, 2 warnings, 0 inputs not read"
  run query --db store.db --format jsonl
  expect_status 0
  for id in a u d; do grep -qF "\"doc_id\": \"$id\"" out.txt || fail "document $id not stored"; done
  run ingest --strict --db store2.db mixed.jsonl
  expect_status 1
  run ingest --db store3.db nosuch.jsonl
  expect_status 1
  expect_err "vigil ingest: cannot open nosuch.jsonl"
  ;;

*)
  echo "unknown case $case_name" >&2
  exit 2
  ;;
esac

[ "$failures" = 0 ] || exit 1
echo "ok [$case_name]"
