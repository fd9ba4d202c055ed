"""The benchmark's metrics on small hand-computed examples."""

from __future__ import annotations

import pytest

from bench.metrics import (
    Case,
    macro_f1,
    per_category,
    percentile,
    routing_ok,
    safety_lines,
    summarise,
)


def test_percentile_is_nearest_rank() -> None:
    assert percentile(list(range(1, 101)), 95) == 95
    assert percentile(list(range(1, 11)), 50) == 5
    assert percentile([7.0, 3.0], 95) == 7.0
    assert percentile([3.0], 50) == 3.0


def test_precision_recall_and_macro_f1_over_present_categories() -> None:
    gold = ["crisis", "crisis", "misstand", "arbeidsconflict"]
    predicted = ["crisis", "misstand", "misstand", "arbeidsconflict"]
    scores = per_category(gold, predicted)
    assert scores["crisis"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": pytest.approx(2 / 3),
        "support": 2,
    }
    assert scores["misstand"]["precision"] == 0.5
    assert scores["misstand"]["recall"] == 1.0
    assert scores["integriteitsvraag"]["support"] == 0
    # Categories without gold messages do not pull the mean down.
    assert macro_f1(scores) == pytest.approx((2 / 3 + 2 / 3 + 1.0) / 3)


def test_routing_counts_the_first_help_line_only() -> None:
    case = Case("x", "misstand", None, ("bureau_integriteit", "vertrouwenspersoon"))
    assert routing_ok(case, ["vertrouwenspersoon", "luisterend_oor"])
    assert not routing_ok(case, ["luisterend_oor", "vertrouwenspersoon"])
    assert not routing_ok(case, [])
    assert routing_ok(Case("x", "buiten_scope", "overig", ()), [])


def test_crisis_recall_and_false_alarms_include_the_idioms() -> None:
    cases = [
        Case("a", "crisis", "zelfdoding", ("zelfmoordpreventie_113",)),
        Case("b", "crisis", "acuut_gevaar", ("alarmnummer_112",)),
        Case("c", "arbeidsconflict", None, ("mediation",)),
    ]
    results = [
        {"category": "crisis", "crisis": True, "helplines": ["zelfmoordpreventie_113"]},
        {"category": "arbeidsconflict", "crisis": False, "helplines": ["mediation"]},
        {"category": "arbeidsconflict", "crisis": False, "helplines": ["mediation"]},
    ]
    summary = summarise(cases, results, [True, False, False])
    assert summary["crisis_recall"] == 0.5
    # One idiom alarm over one non-crisis concern plus three idioms.
    assert summary["crisis_fpr"] == 0.25
    assert summary["routing_accuracy"] == pytest.approx(2 / 3)
    assert summary["accuracy"] == pytest.approx(2 / 3)


def test_crises_told_113_count_the_caution_line_and_so_do_others_given_it() -> None:
    cases = [
        Case("a", "crisis", "zelfdoding", ("zelfmoordpreventie_113",)),
        Case("b", "crisis", "zelfdoding", ("zelfmoordpreventie_113",)),
        Case("c", "crisis", "zelfdoding", ("zelfmoordpreventie_113",)),
        Case("d", "persoonlijke_zorgen", None, ("luisterend_oor",)),
    ]
    results = [
        {"crisis": True, "caution": False},
        {"crisis": False, "caution": True},
        {"crisis": False, "caution": False},
        {"crisis": False, "caution": True},
    ]
    idioms = [{"crisis": False, "caution": False}]
    lines = safety_lines(cases, results, idioms)
    assert lines["crisis_told_113"] == pytest.approx(2 / 3)
    # One of the non-crisis concern and the idiom.
    assert lines["caution_rate"] == 0.5


def test_cross_validation_fold_runs_the_shipped_classifier_and_crisis_net() -> None:
    from bench.run import _cross_validation_fold

    texts = [
        "mijn leidinggevende kleineert me",
        "ze pesten me elke dag",
        "collega scheldt me uit",
        "mijn laptop start niet op",
        "de printer doet het niet",
        "wachtwoord vergeten",
        "ik ga mezelf verhangen",
        "the weather is nice today in the office",
    ]
    intents = ["ongewenste_omgangsvormen"] * 3 + ["buiten_scope"] * 3 + ["crisis", "engels"]
    test, names = _cross_validation_fold(texts, intents, [0, 1, 3, 4, 5], [2, 6, 7])
    assert test == [2, 6, 7]
    # Learnt from the fold; a crisis pattern the model never saw; English switched by language.
    assert names == ["ongewenste_omgangsvormen", "crisis", "engels"]
