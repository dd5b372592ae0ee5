"""kg evaluate: the counting rules of the annotation guidelines, on data written for these tests."""
import json

from conftest import run_kg
from kg.evaluate import read_labelled, score_labelled_file


def test_bio_file_spans_are_read_per_sentence(tmp_path):
    bio = tmp_path / "tiny.bio"
    bio.write_text("王\tB-PER\n明\tI-PER\n在\tO\n云\tB-LOC\n南\tI-LOC\n省\tI-LOC\n\n好\tO\n", encoding="utf-8")
    sentences = read_labelled(bio)
    assert sentences[0] == ("王明在云南省", {(0, 2, "Person"), (3, 6, "Region")})
    assert len(sentences) == 2


def test_cluener_json_spans_are_read_with_exclusive_ends(tmp_path):
    file = tmp_path / "tiny.json"
    file.write_text(json.dumps({"text": "张华在卫生局", "label": {"name": {"张华": [[0, 1]]}, "government": {"卫生局": [[3, 5]]}}},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert read_labelled(file)[0][1] == {(0, 2, "Person"), (3, 6, "Institution")}


def test_recogniser_scores_a_labelled_file(tmp_path):
    bio = tmp_path / "tiny.bio"
    bio.write_text("".join(f"{ch}\t{tag}\n" for ch, tag in zip("云南省召开会议", ["B-LOC", "I-LOC", "I-LOC", "O", "O", "O", "O"])),
                   encoding="utf-8")
    scores = score_labelled_file(bio)
    assert scores.by_type["Region"].tp == 1 and scores.by_type["Region"].f1 == 1.0


def test_standoff_scoring_counts_required_optional_and_spurious(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "docs").mkdir(parents=True)
    text = "云南省卫生健康委员会召开会议。局长王建国出席。开展“健康乡村”行动。"
    (corpus / "docs" / "a.txt").write_text(text, encoding="utf-8")
    span = lambda s: [text.index(s), text.index(s) + len(s)]  # noqa: E731
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        {"doc": "docs/a.txt", "label": "Institution", "grade": "required", "mentions": [span("云南省卫生健康委员会")]},
        {"doc": "docs/a.txt", "label": "Person", "grade": "required", "mentions": [span("王建国")]},
        {"doc": "docs/a.txt", "label": "Programme", "grade": "optional", "mentions": [span("“健康乡村”行动")]},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    run_kg("build", str(corpus / "docs"), "--out", str(out))
    table = run_kg("evaluate", str(gold), "--out", str(out), "--corpus", str(corpus)).stdout
    institution = next(line for line in table.splitlines() if line.startswith("Institution")).split()
    programme = next(line for line in table.splitlines() if line.startswith("Programme")).split()
    assert institution[1:4] == ["1.000", "1.000", "1.000"]
    assert programme[4:] == ["0", "0", "0"]  # optional: neither found nor missed counts
