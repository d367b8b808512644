#!/usr/bin/env python3
"""The message catalogue's coverage (issue 17 item 10), checked on every build.

Extracts, from src/ (the CLI excepted: it answers in Indonesian), every message the server may
write, as a template keyed the way data/i18n/en.json is: the Indonesian text with `{}` for each
part computed at run time. Then checks the catalogue against it:

  * every extracted template has an English entry (else: "tanpa terjemahan", exit 1);
  * every catalogue entry is still extracted or listed under "_dinamis" (else: "tidak dipakai", exit 1);
  * both sides of an entry have the same number of placeholders.

What counts as a message: a string expression that follows a code-like string literal
("nik_panjang", "tidak_ditemukan") as the next argument of a call or brace initialiser. That is
the shape of every error and problem in the program: throw X("code", message[, field]),
ValidationError("field", "code", message), FieldError{"field", "code", message}, the core's
error("code", message) / warning("code", message) helpers and push_back({"field", "code", message}).

Limits of a static extraction (the integration sweep, tests/integration/language_test.cpp,
covers the rest at run time):
  * a message assembled in a variable and thrown later (throw Conflict(code, msg)) is not seen;
  * an operand that is not a literal becomes `{}`, even when it is itself Indonesian text chosen
    at run time (a ternary of two literals is extracted as its two literals besides);
  * texts that do not follow a code (benefit notes, document names) are not extracted.

Usage: messages.py <source dir> [--list]   (--list prints the extracted templates as JSON)
"""
import json
import pathlib
import re
import sys

CODE = re.compile(r"^[a-z][a-z0-9_]*$")
# Files whose returned texts are not messages: PDF headings, SQL, labels looked up by code.
RETURN_SKIP = {"report_documents.cpp", "table_pdf.cpp", "card_pdf.cpp", "pdf_document.cpp"}
# Files that compose a report's title, subtitles and area names (issue 17 item 10: files in the
# reader's language).
DOCUMENT_FILES = {"report_documents.cpp"}
LEGAL = re.compile(r"^(PP|UU|Permenaker|Perpres|PMK|Perda|Perwal|Keppres|SKB) [0-9].*[^ :]$")
ERRORS = {"BadRequest", "ValidationError", "Conflict", "Forbidden", "NotFound", "Unauthorized", "TooManyAttempts"}


def tokens(text):
    """C++ tokens that matter here: string literals (decoded), brackets, commas, '+', '?', ':',
    and everything else as opaque words. Comments and preprocessor lines are dropped."""
    i, n = 0, len(text)
    out = []
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif text.startswith("/*", i):
            i = text.find("*/", i) + 2
        elif c == "#" and (i == 0 or text[i - 1] == "\n"):
            while True:  # a preprocessor line, with continuations
                j = text.find("\n", i)
                if j < 0:
                    i = n
                    break
                if text[j - 1] != "\\":
                    i = j
                    break
                i = j + 1
        elif text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            d = text.index("(", i)
            delim = ")" + text[i + 2 : d] + '"'
            e = text.index(delim, d)
            out.append(("str", text[d + 1 : e]))
            i = e + len(delim)
        elif c == '"':
            j = i + 1
            buf = []
            while text[j] != '"':
                if text[j] == "\\":
                    nxt = text[j + 1]
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "'": "'"}.get(nxt, "\\" + nxt))
                    j += 2
                else:
                    buf.append(text[j])
                    j += 1
            s = "".join(buf)
            if out and out[-1][0] == "str" and out[-1][2]:  # adjacent literals concatenate
                out[-1] = ("str", out[-1][1] + s, True)
            else:
                out.append(("str", s, True))
            i = j + 1
            continue
        elif c == "'" and i > 0 and text[i - 1].isdigit():
            i += 1  # a digit separator (1'000'000)
            continue
        elif c == "'":
            j = i + 1
            while text[j] != "'":
                j += 2 if text[j] == "\\" else 1
            out.append(("word", text[i : j + 1]))
            i = j + 1
        elif c in "(){}[],+?:;":
            if c == ":" and text.startswith("::", i):
                out.append(("word", "::"))
                i += 2
                continue
            out.append((c, c))
            i += 1
        elif c.isspace():
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in "(){}[],+?:;\"'":
                j += 1
            if j == i:
                j = i + 1
            out.append(("word", text[i:j]))
            i = j
            continue
    return [(t[0], t[1]) for t in out]


def argument(toks, start):
    """The tokens of one argument from `start` up to the top-level ',' or closing bracket."""
    depth = 0
    i = start
    while i < len(toks):
        k = toks[i][0]
        if k in "([{":
            depth += 1
        elif k in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif k in ",;" and depth == 0:
            break
        i += 1
    return toks[start:i], i


def split_top(toks, sep):
    parts, cur, depth = [], [], 0
    for t in toks:
        if t[0] in "([{":
            depth += 1
        elif t[0] in ")]}":
            depth -= 1
        if t[0] == sep and depth == 0:
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    parts.append(cur)
    return parts


def template_of(toks, extra):
    """A message expression as a template: literals kept, every other operand `{}`. The branches
    of a ternary (at the top or in parentheses) are templates of their own, added to `extra`.
    None when there is no literal text at all."""
    branches = split_top(toks, "?")
    if len(branches) > 1:  # cond ? a : b
        for branch in split_top(sum(branches[1:], []), ":"):
            t = template_of(branch, extra)
            if t:
                extra.append(t)
        return None
    out = []
    literal = False
    for operand in split_top(toks, "+"):
        if len(operand) == 1 and operand[0][0] == "str":
            out.append(operand[0][1])
            literal = True
            continue
        if (
            len(operand) >= 4
            and "".join(t[1] for t in operand[:-3]) in ("std::string", "std::string_view", "string")
            and operand[-3][0] in "({"
            and operand[-2][0] == "str"
        ):
            out.append(operand[-2][1])  # std::string{"..."}
            literal = True
            continue
        if operand and operand[0][0] == "(" and operand[-1][0] == ")":
            template_of(operand[1:-1], extra)  # only for the ternaries inside
        if not out or out[-1] != "{}":
            out.append("{}")
    if not literal:
        return None
    return "".join(out)


def add_templates(found, toks, start, rel):
    """The templates of the argument at `start` (and of its ternaries' branches) that read as text."""
    arg, _ = argument(toks, start)
    extra = []
    tpl = template_of(arg, extra)
    for candidate in ([tpl] if tpl else []) + extra:
        if candidate and looks_human(candidate):
            found.setdefault(candidate, str(rel))


def extract(root):
    found = {}  # template -> first place
    dynamic = []  # places where the message has no literal text
    for path in sorted((root / "src").rglob("*.[ch]pp")):
        rel = path.relative_to(root)
        if rel.parts[1] == "cli" or rel.name == "metrics.cpp":
            continue  # the CLI answers in Indonesian; metric descriptions are for Prometheus
        text = path.read_text(encoding="utf-8")
        toks = tokens(text)
        for i in range(len(toks) - 2):
            if toks[i][0] not in "({," or toks[i + 1][0] != "str" or toks[i + 2][0] != ",":
                continue
            if not CODE.match(toks[i + 1][1]):
                continue
            arg, end = argument(toks, i + 3)
            if (
                not any(t[0] == "str" for t in arg)
                and "code" in "".join(t[1] for t in arg)
                and end < len(toks)
                and toks[end][0] == ","
            ):
                arg, _ = argument(toks, end + 1)  # ("field", e.code, message)
            if not any(t[0] == "str" for t in arg):
                continue  # ("code", msg_variable): nothing literal to key; see throw sites below
            extra = []
            tpl = template_of(arg, extra)
            for candidate in ([tpl] if tpl else []) + extra:
                if candidate is None or not looks_human(candidate):
                    continue
                found.setdefault(candidate, str(rel))
        # Messages returned by the functions that check a rule (std::optional<std::string>
        # problem = rule(...); throw Conflict(code, *problem)): `return "..." + x;`.
        for i in range(len(toks) - 1):
            if toks[i] != ("word", "return") or rel.name in RETURN_SKIP:
                continue
            arg, _ = argument(toks, i + 1)
            if not any(t[0] == "str" for t in arg):
                continue
            extra = []
            tpl = template_of(arg, extra)
            for candidate in ([tpl] if tpl else []) + extra:
                if (
                    candidate
                    and looks_human(candidate)
                    and (candidate[:1].isupper() or candidate[:2] == "{}")
                    and re.search(r"[A-Za-z]+ [a-z]+", candidate)  # words, not an invoice number or a cookie
                ):
                    found.setdefault(candidate, str(rel))
        # Rule tables: {step, states, ..., "Message"} (a human text closing a brace initialiser).
        for i in range(1, len(toks) - 1):
            if toks[i][0] == "str" and toks[i - 1][0] == "," and toks[i + 1][0] == "}" and rel.name not in RETURN_SKIP:
                t = toks[i][1]
                if t[:1].isupper() and looks_human(t) and re.search(r"[A-Za-z]+ [a-z]+ [a-z]+", t):
                    found.setdefault(t, str(rel))
        # Notes, reasons and explanations the answers carry (benefit quotes, heirs, scholarships):
        # x.notes.push_back(text), x.reasons.push_back(text), a quote's q.warnings.push_back(text), x.explanation = text, and the first
        # element of a benefit line {{"Label", amount, basis}}.
        for i in range(len(toks) - 3):
            starts = []
            word = toks[i][1]
            if (word.endswith("notes.push_back") or word.endswith("reasons.push_back") or word == "q.warnings.push_back") and toks[i + 1][0] == "(":
                starts = [i + 2]
            elif word == "add" and rel.name == "dedup.cpp" and toks[i + 1][0] == "(":
                _, comma = argument(toks, i + 2)  # add(weight, "reason")
                starts = [comma + 1]
            elif word.endswith("explanation") and toks[i + 1][1] in ("=", "+="):
                starts = [i + 2]
            elif word.endswith("lines") and toks[i + 1][1] == "=" and toks[i + 2][0] == "{" and toks[i + 3][0] == "{":
                depth, j = 0, i + 2  # every line of the list
                while j < len(toks):
                    if toks[j][0] in "([{":
                        depth += 1
                        if depth == 2 and toks[j][0] == "{":
                            starts.append(j + 1)
                    elif toks[j][0] in ")]}":
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
            elif word.endswith("lines.push_back") and toks[i + 1][0] == "(" and toks[i + 2][0] == "{":
                starts = [i + 3]
            for start in starts:
                add_templates(found, toks, start, rel)
        # Files a person reads (reports as XLSX/PDF, an import's error report): column headers
        # (`header = {"Nama", ...}`), sheet names (`sheet = "..." + x`), and in the files that
        # compose a report's title and subtitles every text argument and return; the PDF
        # layout's own words (`word("Tidak ada data")`).
        for i in range(len(toks) - 2):
            word = toks[i][1]
            starts = []
            if word.endswith("header") and toks[i + 1][1] == "=" and toks[i + 2][0] == "{" and rel.name != "bpjs_files.cpp":
                j = i + 3
                while j < len(toks) and toks[j][0] != "}":
                    arg, j = argument(toks, j)
                    if len(arg) == 1 and arg[0][0] == "str" and any(ch.isalpha() for ch in arg[0][1]):
                        found.setdefault(arg[0][1], str(rel))
                    if j < len(toks) and toks[j][0] == ",":
                        j += 1
            elif word.endswith("sheet") and toks[i + 1][1] == "=" and toks[i + 2][0] == "str" and rel.name != "bpjs_files.cpp":
                starts = [i + 2]
            elif word == "word" and rel.name == "table_pdf.cpp" and toks[i + 1][0] == "(" and toks[i + 2][0] == "str":
                starts = [i + 2]
            elif rel.name in DOCUMENT_FILES and toks[i][0] in "({," and toks[i + 1][0] == "str":
                starts = [i + 1]
            elif rel.name in DOCUMENT_FILES and toks[i] == ("word", "return") and toks[i + 1][0] == "str":
                starts = [i + 1]
            for start in starts:
                add_templates(found, toks, start, rel)
        # The legal basis of a rule, a checklist item or a benefit (a regulation's name with its
        # article: "PP 44/2015 Pasal 37 ayat 2"), wherever it is written, and every text of a benefit
        # line ({"Label", amount, source + ": arithmetic"}).
        for kind, t in toks:
            if kind == "str" and LEGAL.match(t):
                found.setdefault(t, str(rel))
        for i in range(len(toks) - 3):
            word = toks[i][1]
            if rel.parts[1] == "core" and (word.endswith("lines") and toks[i + 1][1] == "=" or
                                           word.endswith("lines.push_back")):
                depth, j = 0, i + 1
                while j < len(toks) and toks[j][0] != ";":
                    if toks[j][0] in "([{":
                        depth += 1
                    elif toks[j][0] in ")]}":
                        depth -= 1
                    elif toks[j][0] == "," and depth >= 2:
                        add_templates(found, toks, j + 1, rel)
                    j += 1
        # Throw sites whose message has no literal text at all (throw Conflict(code, msg)): their
        # texts are only seen by the run-time sweep. Counted, so that the number stays visible.
        for i in range(len(toks) - 2):
            if toks[i] != ("word", "throw") or toks[i + 1][1] not in ERRORS or toks[i + 2][0] != "(":
                continue
            args, pos = [], i + 3
            while pos < len(toks) and toks[pos - 1][0] != ")":
                arg, pos = argument(toks, pos)
                args.append(arg)
                pos += 1
            at = 2 if toks[i + 1][1] == "ValidationError" and len(args) == 3 else 1
            if len(args) > at and not any(t[0] == "str" for t in args[at]):
                dynamic.append(f"{rel}: throw {toks[i + 1][1]}(... {' '.join(t[1] for t in args[at])} ...)")
    return found, dynamic


def all_literals(root):
    for path in sorted((root / "src").rglob("*.[ch]pp")):
        if path.relative_to(root).parts[1] == "cli":
            continue
        for kind, text in tokens(path.read_text(encoding="utf-8")):
            if kind == "str":
                yield text


def looks_human(t):
    bare = t.replace("{}", "").strip()
    if CODE.match(bare) or len(bare) < 3:
        return False  # another code, a key, a separator
    return any(ch.isalpha() for ch in bare) and (" " in bare or bare[:1].isupper())


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else pathlib.Path(__file__).resolve().parents[2])
    found, dynamic = extract(root)
    if "--dynamic" in sys.argv:
        print("\n".join(dynamic))
        return 0
    if "--list" in sys.argv:
        json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    catalogue = json.loads((root / "data" / "i18n" / "en.json").read_text(encoding="utf-8"))
    runtime = set(catalogue.get("_dinamis", []))
    entries = {k: v for k, v in catalogue.items() if not k.startswith("_")}
    problems = []
    for tpl, where in sorted(found.items(), key=lambda kv: kv[1]):
        if tpl not in entries:
            problems.append(f"tanpa terjemahan: {where}: {json.dumps(tpl, ensure_ascii=False)}")
    for key, value in entries.items():
        if key not in found and key not in runtime:
            problems.append(f"tidak dipakai: {json.dumps(key, ensure_ascii=False)}")
        holes = key.count("{}")
        used = len(re.findall(r"\{\d*\}", value))
        if holes != used:
            problems.append(f"jumlah tempat isian beda ({holes} vs {used}): {json.dumps(key, ensure_ascii=False)}")
    # An entry known only at run time is still checked against the source: each of its literal
    # pieces must occur in the text of src/'s string literals (else it is stale).
    literals = "".join(all_literals(root))  # in source order: a piece may span adjacent literals
    for r in runtime:
        if r not in entries:
            problems.append(f"_dinamis tanpa terjemahan: {json.dumps(r, ensure_ascii=False)}")
        for piece in r.split("{}"):
            if piece.strip() and piece not in literals:
                problems.append(f"tidak dipakai (_dinamis, tidak ada di src/): {json.dumps(r, ensure_ascii=False)}")
                break
    for p in problems:
        print(p)
    covered = sum(1 for t in found if t in entries)
    print(
        f"{len(found)} pesan diekstrak, {covered} diterjemahkan ({100.0 * covered / max(len(found), 1):.1f}%), "
        f"{len(entries)} entri katalog, {len(runtime)} hanya dari uji jalan, {len(problems)} masalah; "
        f"{len(dynamic)} lemparan dengan pesan tanpa teks tetap (--dynamic untuk daftarnya)"
    )
    return 1 if problems or not found else 0


if __name__ == "__main__":
    sys.exit(main())
