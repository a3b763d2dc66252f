import json
import subprocess
import sys

import pytest

from sayso.cli import main

# The sample corpus's languages, known because we wrote it.
SAMPLE_LANGUAGES = {
    "volunteers-en": "en",
    "volontaires-fr": "fr",
    "chinguyen-vi": "vi",
    "freiwillige-de": "de",
    "budget-valmont-fr": "fr",
    "lu-lut-vi": "vi",
    "jobs-en": "en",
    "vivienda-es": "es",
    "pavodok-ru": "ru",
    "tweet-fr": "fr",
}


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "sayso", *args],
        capture_output=True,
        text=True,
        input=stdin,
        check=False,
    )


def test_sample_corpus():
    result = run("analyze", "--sample")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["id"]: r["language"]["code"] for r in rows} == SAMPLE_LANGUAGES
    for row in rows:
        assert {"numbers", "quotes", "claims", "spans"} <= row.keys()


def test_malformed_lines_are_reported_and_skipped(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    en = "The mayor told reporters on Monday that the old bridge would reopen to traffic."
    fr = "Le maire a promis que le pont rouvrirait la semaine prochaine."
    de = "Der Bürgermeister sagte, die Brücke werde bald wieder geöffnet."
    lines = [
        json.dumps({"id": "a", "text": en}).encode(),
        b'{"id": "b", "text": "broken',
        b"",
        json.dumps({"id": 7, "text": fr}).encode(),
        b'{"id": "c", "body": "no text field"}',
        b'["not", "an", "object"]',
        b'{"id": "d", "text": "invalid \xff utf-8"}',
        json.dumps({"text": de}, ensure_ascii=False).encode(),
    ]
    corpus.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    result = run("analyze", str(corpus), "-o", str(out))
    assert result.returncode == 1
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["id"], r["language"]["code"]) for r in rows] == [
        ("a", "en"),
        ("7", "fr"),
        ("d", "tr"),  # "invalid \xff utf-8", read as cp1252 (reported), too short to tell
        (f"{corpus}:8", "de"),
    ]
    for line in (2, 5, 6):
        assert f"corpus.jsonl:{line}:" in result.stderr
    assert "corpus.jsonl:2: malformed JSON: Invalid control character" in result.stderr
    assert " at column" not in result.stderr
    assert "corpus.jsonl:7: not UTF-8 (byte 29); read as cp1252" in result.stderr
    assert "4 documents written, 3 skipped" in result.stderr


def test_txt_files_and_stdin(tmp_path):
    txt = tmp_path / "article.txt"
    txt.write_text("Chính phủ đã công bố gói hỗ trợ mới cho nông dân.", encoding="utf-8")
    result = run("analyze", str(txt))
    assert result.returncode == 0, result.stderr
    row = json.loads(result.stdout)
    assert (row["id"], row["language"]["code"]) == (str(txt), "vi")

    result = run("analyze", "-", stdin='{"id": "s", "text": "Guten Morgen, liebe Freunde."}\n')
    assert json.loads(result.stdout)["id"] == "s"


def test_usage_errors(capsys):
    with pytest.raises(SystemExit) as e:
        main(["analyze"])
    assert e.value.code == 2
    assert main(["analyze", "--sample", "--lang", "xx"]) == 2
    assert "unknown language code" in capsys.readouterr().err


def test_missing_file_is_reported(tmp_path):
    result = run("analyze", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 1
    assert "nope.jsonl" in result.stderr


def test_directories_gzip_and_field_names(tmp_path):
    import gzip

    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    rows = [
        {"url": "u1", "body": "Le conseil municipal a adopté le budget de la ville mardi soir."},
        {"url": "u2", "body": "Der Stadtrat hat am Dienstagabend den Haushalt beschlossen."},
    ]
    with gzip.open(corpus / "sub" / "part-0.jsonl.gz", "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (corpus / "notes.md").write_text("ignored: not a corpus file")
    (corpus / "latin.txt").write_bytes(
        "Le café au lait était froid, a dit le serveur.".encode("latin-1")
    )
    (corpus / "broken.jsonl.gz").write_bytes(b"not gzip at all")
    result = run("analyze", str(corpus), "--text-field", "body", "--id-field", "url")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    # A Latin-1 file is read, with a note, not dropped.
    ids = [(r["id"], r["language"]["code"]) for r in out]
    assert ids[1:] == [("u1", "fr"), ("u2", "de")] and ids[0][0].endswith("latin.txt")
    assert "latin.txt: not UTF-8 (byte 6); read as cp1252" in result.stderr
    assert "broken.jsonl.gz: cannot read" in result.stderr
    assert result.returncode == 1


def test_empty_directory_is_reported(tmp_path):
    result = run("analyze", str(tmp_path))
    assert result.returncode == 1
    assert "no .txt/.jsonl(.gz) files" in result.stderr


def test_cli_lines_equal_document_to_json(tmp_path):
    import sayso

    texts = [
        "« Nous voulons planter 10 000 arbres », a déclaré Claire Dubreuil.",
        '"One good month does not make a recovery," said Daniel Osei.',
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    )
    result = run("analyze", str(corpus), "--threads", "2")
    assert result.returncode == 0, result.stderr
    expected = [sayso.analyze(t, id=f"d{i}").to_json() for i, t in enumerate(texts)]
    assert result.stdout.splitlines() == expected


def test_plain_text_on_stdin_and_the_format_option():
    text = "The council approved the budget on Tuesday, the mayor said."
    result = run("analyze", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["id"] == "<stdin>" and row["language"]["code"] == "en"
    # JSON lines are told by their opening brace, or declared.
    line = json.dumps({"id": "x", "text": text})
    assert json.loads(run("analyze", "-", stdin=line).stdout)["id"] == "x"
    assert json.loads(run("analyze", "-", "--format", "txt", stdin=line).stdout)["id"] == "<stdin>"


def test_encoding_option_forces_the_decoding(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("Ciudad de México, dijo el alcalde.".encode("cp1252"))
    result = run("analyze", str(f), "--encoding", "utf-8")
    assert result.returncode == 1 and "not valid utf-8" in result.stderr
    result = run("analyze", str(f), "--encoding", "latin-1")
    assert result.returncode == 0 and "México" not in result.stderr
    result = run("analyze", str(f), "--encoding", "klingon")
    assert result.returncode == 2 and "unknown encoding 'klingon'" in result.stderr


def test_usage_messages_are_clear(tmp_path):
    result = run("analyze")
    assert result.returncode == 2
    assert "usage: sayso analyze" in result.stderr and "--sample" in result.stderr
    result = run("analyze", "--sample", "--threads", "0")
    assert result.returncode == 2 and "leave it out to use every core" in result.stderr
    assert "None" not in result.stderr
    result = run("analyze", "--sample", "-o", str(tmp_path / "missing" / "out.jsonl"))
    assert result.returncode == 2 and "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
    f = tmp_path / "one.txt"
    f.write_text("Le maire a promis 100 000 arbres.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("analyze", str(f), "-o", str(out))
    assert result.returncode == 0 and "documents" not in result.stderr


def test_a_date_analyze_refuses_costs_only_the_date(tmp_path):
    # "20220805" is ISO 8601's basic form, which Python's fromisoformat reads and sayso does
    # not: the record keeps its place, without a date, and the batch goes on.
    corpus = tmp_path / "dated.jsonl"
    rows = [
        {"id": "a", "date": "20220805", "text": "Le conseil a voté mardi soir."},
        {"id": "b", "date": "2022-08-06", "text": "Der Rat hat am Dienstag abgestimmt."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = run("analyze", str(corpus))
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["date"]) for r in out] == [("a", None), ("b", "2022-08-06")]
    assert "dated.jsonl:1: date '20220805' is not an ISO 8601 date" in result.stderr
