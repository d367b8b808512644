#!/usr/bin/env python3
"""File-local names that must not meet in a unity build (docs/ARCHITECTURE.md "Unity builds").

The test command compiles each library and test program in batches of 8 files as one translation
unit (LINDUNGI_UNITY, CMakeLists.txt). Which files share a batch depends on every file's name, so a
new file can move two others into one batch. Two files of one target that each define the same
file-local name then stop compiling, far from the change that caused it. This check looks at every
pair of files of a target, whatever the batches, so the author of the new file sees the clash.

File-local names are those with internal linkage at namespace scope: anything declared inside an
anonymous namespace, `static` functions and variables, `const`/`constexpr` variables (not
`extern`, not `inline`), and macros `#define`d in a .cpp file (a macro stays defined for the rest
of the batch). Two files of one target may not give one of them the same name in the same named
namespace; rename one (for example after its file), or share one definition in a header.

A file-local name may not be one that a project header declares in the same namespace either:
in a batch after a file that includes the header, calls to it become ambiguous.

Usage: unity_names.py MANIFEST [HEADER_DIR…]   (MANIFEST: lines "target<TAB>source path", written
by CMakeLists.txt; HEADER_DIR: where the project's headers are, src/ and tests/)
Prints each clash with both files and lines, exits 1 if any."""
import collections
import pathlib
import re
import sys

TOKEN = re.compile(r"[A-Za-z_]\w*|::|->|\d[\w.']*|\S")
RAW_STRING = re.compile(r'R"([^()\\ ]{0,16})\(.*?\)\1"', re.S)
KEYWORDS = {
    "const", "constexpr", "static", "inline", "extern", "thread_local", "unsigned", "signed", "long",
    "short", "int", "char", "bool", "double", "float", "void", "auto", "struct", "class", "enum",
    "union", "typename", "template", "mutable", "volatile", "noexcept", "override", "final",
    "operator", "return", "new", "delete", "decltype", "sizeof", "true", "false", "nullptr", "this",
}
# gtest's and our own test macros look like function definitions at namespace scope; the class each
# one defines is named after its arguments, which gtest already keeps unique per program.
MACROS_LIKE_DEFINITIONS = {
    "TEST", "TEST_F", "TEST_P", "TYPED_TEST", "TYPED_TEST_P", "TYPED_TEST_SUITE", "TYPED_TEST_SUITE_P",
    "REGISTER_TYPED_TEST_SUITE_P", "INSTANTIATE_TEST_SUITE_P", "INSTANTIATE_TYPED_TEST_SUITE_P",
    "GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST", "LINDUNGI_BACKEND_TEST", "LINDUNGI_ON_BACKEND_ONLY",
}


FIXTURE_TESTS = {"TEST_F", "TEST_P", "TYPED_TEST", "TYPED_TEST_P"}


def blank(match: re.Match) -> str:
    """The match replaced by spaces, its newlines kept (so that line numbers stay right)."""
    return re.sub(r"[^\n]", " ", match.group(0))


def strip(text: str) -> tuple[str, list[tuple[str, int]]]:
    """Comments, strings, characters and preprocessor lines blanked; the macros the file leaves defined."""
    text = RAW_STRING.sub(blank, text)
    # Numbers first, so that a digit separator (201'600) is not taken for a character literal.
    text = re.sub(
        r"(?<![\w])\d[\w']*|//[^\n]*|/\*.*?\*/|\"(\\.|[^\"\\\n])*\"|'(\\.|[^'\\\n])*'",
        lambda m: m.group(0) if m.group(0)[0].isdigit() else blank(m),
        text,
        flags=re.S,
    )
    defined: dict[str, int] = {}
    lines = text.split("\n")
    continued = False
    for number, line in enumerate(lines):
        directive = continued or line.lstrip().startswith("#")
        if directive:
            m = re.match(r"\s*#\s*(define|undef)\s+(\w+)", line)
            if m and m.group(1) == "define":
                defined[m.group(2)] = number + 1
            elif m:
                defined.pop(m.group(2), None)
            continued = line.rstrip().endswith("\\")
            lines[number] = ""
    return "\n".join(lines), sorted(defined.items(), key=lambda item: item[1])


def declared_name(statement: list[tuple[str, int]]) -> tuple[str, int, str] | None:
    """The name a namespace-scope statement declares, its line, and whether it is a function,
    a type or a variable; None for what declares no name of its own (using-directives,
    qualified definitions of members or of functions declared elsewhere, operators, macros)."""
    while len(statement) >= 2 and statement[0][0] == "[" and statement[1][0] == "[":  # [[attributes]]
        end = next((k for k in range(2, len(statement)) if statement[k][0] == "]"), len(statement) - 1)
        statement = statement[end + 2 :]
    words = [t for t, _ in statement]
    if not words or words[0] in {"namespace", "friend", "static_assert", "extern"}:
        return None
    if words[0] == "using":
        if len(words) >= 3 and words[1] != "namespace" and words[2] == "=":
            return words[1], statement[1][1], "type"
        return None
    i = 0
    if words[0] == "template":  # skip the template's parameter list
        depth = 0
        for i, w in enumerate(words):
            depth += (w == "<") - (w == ">")
            if w == ">" and depth == 0:
                break
        i += 1
    rest = statement[i:]
    words = [t for t, _ in rest]
    if not words:
        return None
    if words[0] in MACROS_LIKE_DEFINITIONS or (len(words) > 1 and words[1] == "(" and re.match(r"[A-Z][A-Z0-9_]+$", words[0])):
        return None  # a macro's use (TEST_F(…), LINDUNGI_ON_BOTH_BACKENDS(…)), not a definition
    for k, w in enumerate(words):
        if w in {"struct", "class", "union", "enum"}:
            j = k + 1
            while j < len(words) and words[j] in {"class", "struct", "alignas"}:
                j += 1
            if "(" in words[:k] or "=" in words[:k]:
                break  # an elaborated type in a function's or variable's declaration
            if j < len(words) and re.match(r"[A-Za-z_]\w*$", words[j]):
                return words[j], rest[j][1], "type"
            return None
    if words[0] == "typedef":
        names = [(t, n) for t, n in rest if re.match(r"[A-Za-z_]\w*$", t) and t not in KEYWORDS]
        return (names[-1][0], names[-1][1], "type") if names else None
    angle = 0
    for k, w in enumerate(words):
        if w == "<":
            angle += 1
        elif w == ">" and angle:
            angle -= 1
        elif angle == 0 and w in {"(", "=", "[", "{"}:
            if k == 0 or not re.match(r"[A-Za-z_]\w*$", words[k - 1]) or words[k - 1] in KEYWORDS:
                return None
            if k >= 2 and words[k - 2] in {"::", "operator", "~"}:
                return None  # a member or a function of a named namespace, defined here
            return words[k - 1], rest[k - 1][1], "function" if w == "(" else "variable"
    if len(words) >= 2 and re.match(r"[A-Za-z_]\w*$", words[-1]) and words[-1] not in KEYWORDS and words[-2] != "::":
        return words[-1], rest[-1][1], "variable"
    return None


def file_locals(
    path: pathlib.Path, every: bool = False, outside: list[tuple[str, int]] | None = None
) -> list[tuple[str, str, int]]:
    """(namespace, name, line) of every file-local name the file defines; with `every`, of every
    name it declares at namespace scope (what a header makes visible to the rest of a batch).
    `outside` receives the fixtures that a TEST_F/TEST_P outside any anonymous namespace derives from."""
    text, macros = strip(path.read_text(encoding="utf-8", errors="replace"))
    found = [("#define", name, line) for name, line in macros]
    tokens = []
    for number, line in enumerate(text.split("\n"), 1):
        tokens.extend((m.group(0), number) for m in TOKEN.finditer(line))
    stack: list[tuple[str, str]] = []  # ("ns", name) | ("anon", "") | ("block", "")
    statement: list[tuple[str, int]] = []
    paren = 0

    def at_namespace_scope() -> bool:
        return all(kind != "block" for kind, _ in stack)

    def record(stmt: list[tuple[str, int]]) -> None:
        if not stmt or not at_namespace_scope():
            return
        words = [t for t, _ in stmt]
        anonymous = any(kind == "anon" for kind, _ in stack)
        if outside is not None and not anonymous and len(words) > 2 and words[0] in FIXTURE_TESTS and words[1] == "(":
            outside.append((words[2], stmt[2][1]))
        internal = "static" in words or (
            ("const" in words or "constexpr" in words) and "extern" not in words and "inline" not in words
        )
        got = declared_name(stmt)
        if got is None:
            return
        name, line, what = got
        if every or anonymous or (internal and what == "variable") or ("static" in words and what == "function"):
            namespace = "::".join(n for kind, n in stack if kind == "ns") or "(global)"
            found.append((namespace, name, line))

    for token, number in tokens:
        if token == "(":
            paren += 1
        elif token == ")":
            paren -= 1
        if paren > 0 or token in {"(", ")"}:
            statement.append((token, number))
            continue
        if token == "{":
            words = [t for t, _ in statement]
            if words[:1] == ["namespace"] and all(w == "::" or re.match(r"\w+$", w) for w in words[1:]):
                name = "".join(w for w in words[1:] if w != "inline")
                stack.append(("anon", "") if not name else ("ns", name))
            elif words[:1] == ["extern"] and len(words) == 1:
                stack.append(("ns", ""))  # extern "C" {  (the string is blanked)
            else:
                record(statement)
                stack.append(("block", ""))
            statement = []
        elif token == "}":
            if stack:
                stack.pop()
            statement = []
        elif token == ";":
            record(statement)
            statement = []
        else:
            statement.append((token, number))
    return [(ns, name, line) for ns, name, line in found if name]


def main() -> int:
    manifest = pathlib.Path(sys.argv[1])
    targets: dict[str, list[pathlib.Path]] = collections.defaultdict(list)
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            target, source = line.split("\t", 1)
            if source.endswith((".cpp", ".cc", ".cxx")):
                targets[target].append(pathlib.Path(source))
    # The project's headers: a name one of them declares is seen by every file after its includer
    # in a batch, so a file-local name of the same namespace makes calls ambiguous.
    declared: dict[tuple[str, str], tuple[pathlib.Path, int]] = {}
    for top in sys.argv[2:]:
        for header in sorted(pathlib.Path(top).rglob("*.hpp")):
            for namespace, name, line in file_locals(header, every=True):
                declared.setdefault((namespace, name), (header, line))
    clashes = 0
    files = 0
    for target, sources in sorted(targets.items()):
        seen: dict[tuple[str, str], list[tuple[pathlib.Path, int]]] = collections.defaultdict(list)
        for source in sorted(set(sources)):
            files += 1
            outside: list[tuple[str, int]] = []
            locals_ = sorted(set(file_locals(source, outside=outside)))
            anonymous_types = {name for namespace, name, _ in locals_}
            for fixture, line in outside:
                if fixture in anonymous_types:
                    clashes += 1
                    print(f"{target}: {source}:{line}: a test outside the anonymous namespace derives from its "
                          f"fixture `{fixture}`; g++ refuses that in a unity batch (-Wsubobject-linkage): put "
                          f"the fixture and its tests on the same side (docs/ARCHITECTURE.md \"Unity builds\")")
            for namespace, name, line in locals_:
                where = seen[(namespace, name)]
                if all(path != source for path, _ in where):
                    where.append((source, line))
        for (namespace, name), where in sorted(seen.items()):
            places = ", ".join(f"{p}:{n}" for p, n in where)
            kind = "macro" if namespace == "#define" else f"file-local name in {namespace}"
            if len(where) >= 2:
                clashes += 1
                print(f"{target}: {kind} `{name}` defined in {len(where)} files ({places}); in a unity batch "
                      f"they would clash: rename it in the newer file (docs/ARCHITECTURE.md \"Unity builds\")")
            if (namespace, name) in declared:
                clashes += 1
                header, line = declared[(namespace, name)]
                print(f"{target}: {kind} `{name}` ({places}) is also declared by {header}:{line}; in a unity "
                      f"batch after a file that includes it the calls are ambiguous: rename the file-local one "
                      f"(docs/ARCHITECTURE.md \"Unity builds\")")
    print(f"unity_names: {files} files of {len(targets)} targets checked, {clashes} clashing names")
    return 1 if clashes or files == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
