"""The trained NER inside the production pipeline, on sentences written for these tests."""
import spacy
from spacy.tokens import Span

from kg.evaluate import NER_PACKAGE
from kg.features import char_and_word_features
from kg.gazetteer import Gazetteer
from kg.recognise import CANDIDATES, STATISTICAL, StatisticalCandidates, load_pipeline, settle_spans


def blank():
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "policykg.char_tokenizer"}}})


def test_trained_ner_loads_offline_by_its_package_name():
    nlp = spacy.load(NER_PACKAGE)
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "PROG", "SLOGAN", "DOC"}


def test_production_pipeline_runs_the_trained_ner_before_the_rules():
    names = load_pipeline().pipe_names
    assert names.index("ner") < names.index("policykg_genre_patterns") < names.index("policykg_span_settler")


def test_full_and_half_width_characters_share_their_character_and_bigram_features():
    nlp = blank()
    wide, narrow = char_and_word_features().predict([nlp.make_doc("第１２家"), nlp.make_doc("第12家")])
    assert (wide[:, :4] == narrow[:, :4]).all()


def test_each_character_carries_the_jieba_word_it_sits_in_and_its_place_there():
    nlp = blank()
    [features] = char_and_word_features().predict([nlp.make_doc("东川县医院")])
    word, tag = features[:, 4], features[:, 5]
    assert word[0] == word[1] != word[-1] and len(set(tag)) > 1


def test_places_that_are_not_administrative_are_no_regions():
    doc = blank().make_doc("长江流过东川县")
    doc.ents = [Span(doc, 0, 2, "LOC"), Span(doc, 4, 7, "LOC")]
    doc = StatisticalCandidates(Gazetteer.load())(doc)
    assert [(s.text, s.label_) for s in doc.spans[STATISTICAL]] == [("东川县", "Region")]


def test_a_quantifier_before_a_level_makes_no_region():
    doc = blank().make_doc("各市县要落实")
    doc.ents = [Span(doc, 0, 3, "LOC")]
    assert not StatisticalCandidates(Gazetteer.load())(doc).spans[STATISTICAL]


def test_a_three_character_name_ends_before_a_preposition_unless_a_title_follows():
    doc = blank().make_doc("院长王建以《某某》为题作报告，纪检组王建顺组长出席")
    doc.ents = [Span(doc, 2, 5, "PER"), Span(doc, 18, 21, "PER")]
    doc = StatisticalCandidates(Gazetteer.load())(doc)
    assert [s.text for s in doc.spans[STATISTICAL]] == ["王建", "王建顺"]


def test_rules_win_where_they_overlap_the_trained_ner_which_fills_the_rest():
    doc = blank().make_doc("东川县人民医院院长王建国")
    doc.spans[CANDIDATES] = [Span(doc, 0, 7, "Institution")]
    doc.spans[STATISTICAL] = [Span(doc, 0, 3, "Region"), Span(doc, 9, 12, "Person")]
    assert [(e.text, e.label_) for e in settle_spans(doc).ents] == [("东川县人民医院", "Institution"),
                                                                   ("王建国", "Person")]


def test_a_rules_span_inside_a_longer_ner_span_of_the_same_type_is_stretched_to_it():
    doc = blank().make_doc("实施东川县乡村医生培训工程")
    doc.spans[CANDIDATES] = [Span(doc, 5, 13, "Programme")]
    doc.spans[STATISTICAL] = [Span(doc, 2, 13, "Programme")]
    assert [e.text for e in settle_spans(doc).ents] == ["东川县乡村医生培训工程"]


def test_ner_guesses_without_the_shape_of_their_type_are_dropped():
    doc = blank().make_doc("会上，张国强说。开发区很好")
    doc.ents = [Span(doc, 3, 6, "PER"), Span(doc, 8, 11, "PER")]
    doc = StatisticalCandidates(Gazetteer.load())(doc)
    assert [s.text for s in doc.spans[STATISTICAL]] == ["张国强"]


def test_a_ner_span_that_runs_two_of_the_rules_names_together_does_not_swallow_them():
    doc = blank().make_doc("东川县财政局县民政局")
    doc.spans[CANDIDATES] = [Span(doc, 0, 6, "Institution"), Span(doc, 6, 10, "Institution")]
    doc.spans[STATISTICAL] = [Span(doc, 0, 10, "Institution")]
    assert [e.text for e in settle_spans(doc).ents] == ["东川县财政局", "县民政局"]


def test_a_transliterated_name_from_the_ner_ends_before_the_verb_it_ran_into():
    doc = blank().make_doc("阿布都·买买提出席会议")
    doc.ents = [Span(doc, 0, 8, "PER")]
    doc = StatisticalCandidates(Gazetteer.load())(doc)
    assert [s.text for s in doc.spans[STATISTICAL]] == ["阿布都·买买提"]


def test_a_ner_span_that_joins_two_of_the_rules_programmes_with_and_is_not_stretched_over_them():
    doc = blank().make_doc("推进平安永城和健康永城建设")
    doc.spans[CANDIDATES] = [Span(doc, 2, 6, "Programme"), Span(doc, 7, 13, "Programme")]
    doc.spans[STATISTICAL] = [Span(doc, 2, 13, "Programme")]
    assert [e.text for e in settle_spans(doc).ents] == ["平安永城", "健康永城建设"]


def test_a_city_the_gazetteer_does_not_know_cut_out_of_a_word_is_no_region():
    doc = blank().make_doc("创建全国文明城市")
    doc.ents = [Span(doc, 5, 8, "LOC")]
    doc = StatisticalCandidates(Gazetteer.load())(doc)
    assert not list(doc.spans[STATISTICAL])


def _training_converter():
    import importlib.util
    from conftest import ROOT
    spec = importlib.util.spec_from_file_location("convert", ROOT / "pipelines" / "scripts" / "convert.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_training_paragraphs_lose_their_marks_and_keep_their_entities(tmp_path):
    (tmp_path / "batch.txt").write_text(
        "{某某县|R}召开会议，{王某某|P}出席。\n\n{某某县人民医院|I}推进{“三个一”|S}和{分级诊疗|?}。\n", encoding="utf-8")
    first, second = _training_converter().synthetic(blank(), tmp_path)
    assert first.text == "某某县召开会议，王某某出席。"
    assert [(e.text, e.label_) for e in first.ents] == [("某某县", "LOC"), ("王某某", "PER")]
    assert [(e.text, e.label_) for e in second.ents] == [("某某县人民医院", "ORG"), ("“三个一”", "SLOGAN")]
    assert {token.ent_iob_ for token in second[-5:-1]} == {""}  # optional: neither entity nor outside
