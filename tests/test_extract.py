"""Extraction through the real spaCy pipeline: the `aikg extract` contract, roles,
statuses, dates and in-article clustering."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ingest.dates import dates_compatible, resolve_date
from ingest.extract import ExtractError, extract, extraction_json
from ingest.gazetteer import load_gazetteer, normalise_name

from .conftest import FIXTURES, ROOT

SEED = ROOT.parent / "shared" / "seed-story.txt"


def triples(result: dict) -> set[tuple]:
    return {(e["type"], e["actor_id"], e["target_id"]) for e in result["events"]}


def run(text: str, published: str | None = "2025-08-01") -> dict:
    return extraction_json(extract(text, published))


def test_story_with_the_seed_constructions_gives_exactly_its_six_events():
    result = run((FIXTURES / "cutoff_story.txt").read_text(), "2025-03-14")
    events = result["events"]
    assert len(events) == 6, [(e["type"], e["actor"], e["target"]) for e in events]
    assert triples(result) == {
        ("access_revocation", "google", "microsoft"),  # headline + "on Wednesday" + later mentions
        ("access_revocation", "twitter", "instagram"),  # "restricted access to Meta-owned Instagram"
        ("access_revocation", "amazon", None),  # "limited rivals' access ... through the Alexa API"
        ("access_revocation", "google", "perplexity"),  # "they restricted" -> Google
        ("acquisition", "apple", "perplexity"),  # "might acquire ... a deal that collapsed"
        ("rate_limit", "google", None),
    }
    by = {(e["type"], e["actor_id"], e["target_id"]): e for e in events}
    main = by[("access_revocation", "google", "microsoft")]
    assert main["date"] == "2025-03-12" and main["date_precision"] == "day"  # "On Wednesday"
    assert main["object"] == "Gemini API"
    assert main["status"] == "completed"
    assert len(main["mentions"]) >= 3  # headline, body, "the decision to revoke ..."
    assert by[("acquisition", "apple", "perplexity")]["status"] == "failed"
    assert by[("access_revocation", "amazon", None)]["object"] == "Alexa"
    assert by[("access_revocation", "google", "perplexity")]["date"] == "2025-02-01"
    assert by[("access_revocation", "google", "perplexity")]["date_precision"] == "month"
    assert by[("rate_limit", "google", None)]["object"] == "Gemini API"
    # "the impending launch of Microsoft's Copilot upgrade" is not a fact.
    assert all(e["type"] != "product_launch" for e in events)
    assert {("product_launch", "hypothetical")} == {(e["type"], e["status"]) for e in result["non_events"]}
    # Relations the text states.
    rels = {(r["type"], r["source"], r["target"]) for r in result["relations"]}
    assert ("OWNS", "meta", "instagram") in rels
    assert ("ROLE", "jane-doe", "google") in rels


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed-story.txt is not beside the checkout")
def test_seed_story_gives_exactly_its_six_events():
    result = run(SEED.read_text(), "2025-08-01")
    assert triples(result) == {
        ("access_revocation", "anthropic", "openai"),
        ("access_revocation", "facebook", "vine"),
        ("access_revocation", "salesforce", None),
        ("access_revocation", "anthropic", "windsurf"),
        ("acquisition", "openai", "windsurf"),
        ("rate_limit", "anthropic", None),
    }
    assert len(result["events"]) == 6
    by = {(e["type"], e["actor_id"], e["target_id"]): e for e in result["events"]}
    assert by[("access_revocation", "anthropic", "openai")]["date"] == "2025-07-29"
    assert by[("access_revocation", "salesforce", None)]["object"] == "Slack API"
    assert by[("acquisition", "openai", "windsurf")]["status"] == "failed"
    assert by[("rate_limit", "anthropic", None)]["object"] == "Claude Code"


def test_contract_fields_and_offsets():
    text = "Background first.\nOn Tuesday, Anthropic revoked OpenAI's access to the Claude API."
    result = run(text)
    assert set(result) >= {"entities", "events"}
    ev = result["events"][0]
    for key in ("type", "actor", "actor_id", "target", "target_id", "object", "date",
                "date_precision", "status", "confidence", "evidence", "start", "end"):
        assert key in ev
    assert text[ev["start"]:ev["end"]] == ev["evidence"]
    assert (ev["actor"], ev["target"], ev["object"]) == ("Anthropic", "OpenAI", "Claude API")
    assert 0 < ev["confidence"] <= 1
    assert {"id": "anthropic", "name": "Anthropic", "kind": "organization"} in result["entities"]


@pytest.mark.parametrize("text,expected", [
    ("Microsoft acquired GitHub in June 2018.", ("acquisition", "microsoft", "github", "completed")),
    ("GitHub was acquired by Microsoft in 2018.", ("acquisition", "microsoft", "github", "completed")),
    ("Microsoft agreed to acquire Activision Blizzard in January 2022.",
     ("acquisition", "microsoft", "activision-blizzard", "announced")),
    ("Nvidia abandoned its attempt to buy Arm in February 2022.",
     ("acquisition", "nvidia", "arm", "failed")),
    ("Amazon said on Monday it will invest up to $4 billion in Anthropic.",
     ("investment", "amazon", "anthropic", "announced")),
    ("The New York Times sued OpenAI and Microsoft on Wednesday.",
     ("lawsuit", "new-york-times", "openai", "completed")),
    ("Google launched Gemini on Wednesday.", ("product_launch", "google", None, "completed")),
])
def test_roles_and_status_from_grammar(text, expected):
    result = run(text, "2025-08-01")
    found = {(e["type"], e["actor_id"], e["target_id"], e["status"]) for e in result["events"]}
    assert expected in found, found


@pytest.mark.parametrize("text,expected", [
    ("Google faces a lawsuit from the Authors Guild.", ("lawsuit", "authors-guild", "google")),
    ("Meta is under investigation by the Federal Trade Commission.", ("regulatory_action", "ftc", "meta")),
    ("OpenAI lost access to Anthropic's Claude models on Tuesday.", ("access_revocation", "anthropic", "openai")),
    ("Zephyrline Robotics secured $20 million in funding from Sequoia Capital.",
     ("investment", "sequoia-capital", "zephyrline-robotics")),
    ("Thrive Capital co-led the $40 million round in Anthropic.", ("investment", "thrive-capital", "anthropic")),
    ("Brimfield Labs raised $50 million in a round led by Accel and Index Ventures.",
     ("investment", "index-ventures", "brimfield-labs")),
    ("Microsoft's Bing will show Facebook likes under an expanded partnership the two companies announced.",
     ("partnership", "microsoft", "facebook")),
    ("Deal Talks Collapse Amazon and iRobot said on Monday they had agreed to terminate Amazon's "
     "acquisition of iRobot.", ("acquisition", "amazon", "irobot")),
    ("Apple and Google on Thursday pulled Fortnite from the App Store.", ("access_revocation", "google", "fortnite")),
    ("Judge Amit Mehta of the U.S. District Court for the District of Columbia ruled that Google "
     "illegally maintained a monopoly.", ("regulatory_action", None, "google")),
])
def test_general_constructions(text, expected):
    found = {(e["type"], e["actor_id"], e["target_id"]) for e in run(text, "2025-08-01")["events"]}
    if expected[1] is None:
        assert any(t == expected[0] and tg == expected[2] for t, _, tg in found), found
    else:
        assert expected in found, found


def test_people_described_by_their_old_company_and_several_hires():
    result = run("Microsoft has hired Mustafa Suleyman and Karén Simonyan, two of the co-founders of "
                 "Inflection AI, to lead a new unit.", "2024-03-20")
    moves = {(e["actor_id"], e["object_id"]) for e in result["events"] if e["type"] == "executive_move"}
    assert {("microsoft", "mustafa-suleyman"), ("microsoft", "karen-simonyan")} <= moves
    joined = run("Jan Leike, a former co-leader of OpenAI's superalignment team, said he had joined "
                 "rival Anthropic.", "2024-05-28")["events"][0]
    assert (joined["actor_id"], joined["target_id"], joined["object_id"]) == ("anthropic", "openai", "jan-leike")


@pytest.mark.parametrize("text", [
    "Apple denied reports that it plans to acquire Perplexity.",
    "Haverlock Partners is in early talks to lead a funding round for Yarrowind.",
    "Apple is expected to unveil a new iPhone next week.",
    "Salesforce is no longer pursuing an acquisition of Twitter.",
    "Meta threatened to cut off OpenAI's access to its API.",
    "Analysts say Google could acquire Anthropic next year.",
    "If Microsoft bought OpenAI, regulators would object.",
    "Meta did not acquire Scale AI.",
])
def test_denied_hypothetical_and_negated_are_not_events(text):
    result = run(text)
    assert result["events"] == [], result["events"]


def test_failed_outcome_is_kept_with_status_failed():
    result = run("Adobe's $20 billion deal to acquire Figma collapsed in December 2023.")
    assert [(e["type"], e["actor_id"], e["target_id"], e["status"]) for e in result["events"]] == [
        ("acquisition", "adobe", "figma", "failed")]


@pytest.mark.parametrize("bad", ["", "   \n  ", None])
def test_empty_text_is_a_clear_error(bad):
    with pytest.raises(ExtractError, match="empty"):
        extract(bad, "2025-08-01")


def test_binary_text_and_bad_date_are_clear_errors():
    with pytest.raises(ExtractError, match="binary"):
        extract("abc\x00def", None)
    with pytest.raises(ExtractError, match="not a date"):
        extract("Google launched Gemini.", "yesterday-ish")


def test_text_without_events_and_without_date():
    result = run("The weather in San Francisco was mild.", None)
    assert result["events"] == []


# --- pure helpers ------------------------------------------------------------------------
@pytest.mark.parametrize("phrase,iso,precision", [
    ("On Tuesday", "2025-07-29", "day"), ("on Friday", "2025-08-01", "day"),
    ("last month", "2025-07-01", "month"), ("earlier this year", "2025-01-01", "year"),
    ("in 2013", "2013-01-01", "year"), ("January 2013", "2013-01-01", "month"),
    ("Jan. 24, 2013", "2013-01-24", "day"), ("24 January 2013", "2013-01-24", "day"),
    ("on Sept. 5", "2024-09-05", "day"), ("yesterday", "2025-07-31", "day"),
    ("last week", "2025-07-21", "week"), ("two months ago", "2025-06-01", "month"),
])
def test_relative_and_absolute_dates(phrase, iso, precision):
    got = resolve_date(phrase, date(2025, 8, 1))  # a Friday
    assert (got.iso, got.precision) == (iso, precision)


@pytest.mark.parametrize("phrase", ["two years", "less than a week", "", "the 1990s", "Q3"])
def test_durations_and_noise_are_not_dates(phrase):
    assert resolve_date(phrase, date(2025, 8, 1)) is None


def test_date_compatibility_for_clustering():
    day = ("2025-07-29", "day", "2025-08-01")
    assert dates_compatible(day, ("2025-07-01", "month", "2025-08-05"))
    assert dates_compatible(day, ("2025-08-04", "unknown", "2025-08-04"))  # undated report
    assert not dates_compatible(day, ("2013-01-24", "day", "2013-01-25"))
    # An undated mention in a 2025 article ("previously") may be the 2013 event.
    assert dates_compatible(("2013-01-24", "day", None), (None, "unknown", "2025-08-01"))


@pytest.mark.parametrize("raw,key", [
    ("OpenAI’s", "openai"), ("Microsoft Corp.", "microsoft"), ("the New York Times", "new york times"),
    ("Meta Platforms, Inc.", "meta platforms"), ("Anthropic's", "anthropic"),
])
def test_name_normalisation(raw, key):
    assert normalise_name(raw) == key


def test_gazetteer_is_consistent_and_large():
    gaz = load_gazetteer()
    assert len(gaz) >= 150
    kinds = {e.kind for e in gaz.entities.values()}
    assert kinds == {"organization", "person", "product"}
    for e in gaz.entities.values():
        assert e.owner is None or gaz.get(e.owner), e.id
    assert gaz.lookup("Microsoft Corp.").id == "microsoft"
    assert gaz.lookup("Anthropics").id == "anthropic"  # a near-miss spelling


def test_model_choice_fails_clearly_when_missing():
    from ingest.nlp import ModelError, load_pipeline

    with pytest.raises(ModelError, match="not installed"):
        load_pipeline("en_core_web_nonexistent")


def test_sample_data_is_bundled():
    assert (Path(ROOT) / "data" / "samples").is_dir()


# --- constructions added for issue 3's recall work: my own sentences, one per rule -------

def of_type(result: dict, type_: str, *keys: str) -> list[tuple]:
    """The given fields of the events of one type, in output order."""
    return [tuple(e[k] for k in keys) for e in result["events"] if e["type"] == type_]


def people_moves(result: dict) -> set[tuple]:
    return set(of_type(result, "executive_move", "actor", "object", "target"))


def test_a_succession_is_one_move_per_person_each_from_their_own_past():
    result = run("Corvane Robotics on Monday named Priya Natarajan, a former Siemens executive, as its "
                 "chief executive, replacing Tom Ellery. Tom Ellery had led the company since 2019.",
                 "2024-05-15")
    assert {("Corvane Robotics", "Priya Natarajan", "Siemens"),
            ("Corvane Robotics", "Tom Ellery", None)} <= people_moves(result)


def test_a_successor_in_the_next_sentence_takes_the_same_company():
    result = run("Hilda Marsh stepped down as chief executive of Quillfeather on Friday. "
                 "The start-up's finance chief, Omar Reyes, succeeds her.", "2024-05-15")
    assert {("Quillfeather", "Hilda Marsh", None), ("Quillfeather", "Omar Reyes", None)} <= people_moves(result)


def test_every_named_member_of_a_list_of_defendants_is_sued():
    result = run("Brindle Press sued Oakhurst AI and several of its partners, including Pellow Data, "
                 "Sandgrove and Tamsin Labs, on Wednesday.", "2024-05-15")
    assert {("Oakhurst AI",), ("Pellow Data",), ("Tamsin Labs",)} <= set(of_type(result, "lawsuit", "target"))


def test_a_run_in_heading_is_not_part_of_the_name_that_follows():
    result = run("Usage Caps Pellow Data has imposed usage caps on the Pellow Search API, limiting each "
                 "customer to 500 queries a day, the company said on Tuesday.", "2024-05-15")
    assert of_type(result, "rate_limit", "actor", "object") == [("Pellow Data", "Pellow Search API")]


def test_a_settlement_with_a_regulator_is_a_regulatory_action():
    result = run("Tamsin Labs will pay $2 million under a settlement with the Federal Trade Commission "
                 "announced on Thursday.", "2024-05-15")
    assert ("regulatory_action", "ftc", "tamsin-labs") in triples(result)


def test_investors_named_apart_from_the_raise_join_that_round():
    result = run("Pellow Data said on Monday it had raised $40 million. Greyfriars Capital led the round, "
                 "and Ashcombe Ventures and Lindqvist Partners joined in.", "2024-05-15")
    assert {("Greyfriars Capital", "Pellow Data"), ("Ashcombe Ventures", "Pellow Data"),
            ("Lindqvist Partners", "Pellow Data")} <= set(of_type(result, "investment", "actor", "target"))


def test_companies_working_together_are_partners():
    result = run("Oakhurst AI and Pellow Data will work together on fraud models, the two companies said "
                 "on Tuesday.", "2024-05-15")
    pairs = {frozenset(pair) for pair in of_type(result, "partnership", "actor", "target")}
    assert frozenset(("Oakhurst AI", "Pellow Data")) in pairs


def test_a_version_after_a_known_product_is_its_own_product():
    result = run("Apple unveiled the iPhone 15 Pro on Tuesday.", "2023-09-14")
    assert of_type(result, "product_launch", "actor", "object") == [("Apple", "iPhone 15 Pro")]


def test_a_name_beginning_with_a_given_name_is_a_person():
    from ingest.entities import looks_like_person
    assert looks_like_person("Marcus Hale") and not looks_like_person("Morgan Labs")
    assert not looks_like_person("Pellow Data") and not looks_like_person("Marcus")


def test_selling_a_division_is_an_acquisition_from_the_seller():
    result = run("Harwood Group agreed on Monday to sell its payments division, Tallyline, to Orrin Capital "
                 "for $90 million.", "2024-05-15")
    assert of_type(result, "acquisition", "actor", "target", "object") == [
        ("Orrin Capital", "Harwood Group", "Tallyline")]
    assert all(e["type"] != "partnership" for e in result["events"])


def test_the_first_name_of_a_list_ner_missed_is_still_an_investor():
    result = run("Pellow Data has raised $40 million from backers including Quillstone, Nvidia and "
                 "Ashcombe Ventures, it said on Monday.", "2024-05-15")
    assert {("Quillstone",), ("Nvidia",), ("Ashcombe Ventures",)} <= set(of_type(result, "investment", "actor"))


def test_status_of_a_sentence_sourced_to_people_familiar_is_reported():
    result = run("Pellow Data has raised $40 million. Greyfriars Capital led the round, and Ashcombe "
                 "Ventures also took part, according to people familiar with the matter.", "2024-05-15")
    assert dict(of_type(result, "investment", "actor", "status")) == {
        "Greyfriars Capital": "reported", "Ashcombe Ventures": "reported"}


def test_an_order_to_restore_access_says_who_cut_it_off():
    result = run("A judge on Monday ordered Quillstone Data to restore Pellow Labs' access to the Quillstone "
                 "Maps API.", "2024-05-15")
    assert ("access_revocation", "quillstone-data", "pellow-labs") in triples(result)


def test_a_description_under_the_plaintiff_means_the_defendant_and_a_pronoun_the_plaintiff():
    # "the search provider" is not the subject above it (that would be "it"); "its" is.
    result = run("Corvane Labs sued Telmark Data on Monday, claiming the search provider had cut off its "
                 "access to the Telmark Index API.", "2024-05-15")
    assert of_type(result, "access_revocation", "actor", "target") == [("Telmark Data", "Corvane Labs")]


def test_the_object_of_accusing_controls_the_clause_below_it():
    result = run("Quill Robotics filed suit against Harlow Models on Tuesday, accusing the model maker of "
                 "breaking its contract when it revoked Quill's access to the Harlow API.", "2024-05-15")
    assert of_type(result, "access_revocation", "actor", "target") == [("Harlow Models", "Quill Robotics")]


def test_a_description_reporting_a_clause_is_that_clauses_subject():
    result = run("Brenton Foods bought Ashcombe Dairy, a Devon cheese maker, in March, the grocery group "
                 "disclosed on Friday, and has since named Ashcombe's founder, Mary Pellow, as its head of "
                 "sourcing.", "2024-05-15")
    assert ("Brenton Foods", "Mary Pellow") in {m[:2] for m in people_moves(result)}


def test_names_the_tokenizer_took_for_contractions_and_names_with_particles_stay_whole():
    result = run("Jony Ive is leaving Apple to start his own design firm. Pellow Data has pushed out "
                 "Henrique de Castro, its chief operating officer.", "2024-05-15")
    assert {m[1] for m in people_moves(result)} == {"Jony Ive", "Henrique de Castro"}


def test_a_name_described_by_a_post_is_a_person_whatever_ner_says():
    result = run("Corvane Robotics has hired Raja Koduri, the head of Pellow Data's graphics business, to "
                 "lead a new chip group.", "2024-05-15")
    assert people_moves(result) == {("Corvane Robotics", "Raja Koduri", "Pellow Data")}


def test_a_wire_dateline_is_no_actor_and_a_capitals_heading_no_name():
    result = run("WASHINGTON (AP) — The Federal Trade Commission on Wednesday fined Pellow Data $2 million.\n"
                 "APPOINTMENTS Mara Quist, chief technology officer of Ashcombe Pay since 2016, is leaving the "
                 "Leeds fintech to become chief executive of Corvane Freight, the logistics group said.",
                 "2024-05-15")
    assert of_type(result, "regulatory_action", "actor", "target") == [("Federal Trade Commission", "Pellow Data")]
    assert people_moves(result) == {("Corvane Freight", "Mara Quist", "Ashcombe Pay")}


def test_a_place_before_a_description_is_not_a_company():
    result = run("Developers were hit with tighter limits on Wednesday after the Amsterdam start-up Quillon Labs "
                 "cut free accounts to 20 requests an hour.", "2024-05-15")
    names = {e["name"] for e in result["entities"]}
    assert "Amsterdam" not in names


def test_two_people_leaving_one_company_for_another_both_come_from_it():
    result = run("Two of Sorrel Labs' senior researchers, Aoife Brannock and Tomas Rybek, have left the "
                 "Cambridge start-up to join Isambert Compute.", "2024-05-15")
    assert people_moves(result) == {("Isambert Compute", "Aoife Brannock", "Sorrel Labs"),
                                    ("Isambert Compute", "Tomas Rybek", "Sorrel Labs")}


def test_names_match_the_gazetteer_whatever_the_apostrophe_or_national_prefix():
    from ingest.gazetteer import load_gazetteer
    g = load_gazetteer()
    assert g.lookup("Information Commissioner’s Office").id == g.lookup("Information Commissioner's Office").id
    assert g.lookup("US Securities and Exchange Commission", fuzzy=False).id == "sec"
    assert g.lookup("UK Apple", fuzzy=False) is None  # only public bodies take a national prefix


def test_regulators_acting_together_each_act_and_one_named_by_description_counts():
    result = run("Italy's competition authority and its Spanish counterpart, the CNMC, have fined Pellow Apps "
                 "a combined 14 million euros.", "2024-05-15")
    assert {a for a, _ in of_type(result, "regulatory_action", "actor", "target")} == {
        "Italy's competition authority", "CNMC"}


def test_the_unit_of_a_parent_is_the_subsidiary_and_a_possessed_company_is_itself():
    result = run("The European Commission fined Google €2.4 billion on Tuesday and ordered the Alphabet unit to "
                 "end the practice. Comcast's Universal sued Pellow AI on Monday.", "2024-05-15")
    assert {t for _, t in of_type(result, "regulatory_action", "actor", "target")} == {"Google"}
    assert of_type(result, "lawsuit", "actor", "target") == [("Universal", "Pellow AI")]


def test_a_participle_accusing_the_defendant_is_the_suit_not_a_regulatory_act():
    result = run("Minnesota's attorney general sued Pellow Loans on Monday, accusing the lender of bias.",
                 "2024-05-15")
    assert not of_type(result, "regulatory_action", "actor")


def test_agreeing_to_be_bought_and_a_curly_possessive_before_a_planned_purchase():
    result = run("Pellow, the Dubai ride-hailing company, has agreed to be bought by Corvane for $3.1 billion. "
                 "Brightmoor Robotics’ planned $640 million purchase of Kestrel Dynamics has been abandoned.",
                 "2024-05-15")
    assert set(of_type(result, "acquisition", "actor", "target", "status")) == {
        ("Corvane", "Pellow", "announced"), ("Brightmoor Robotics", "Kestrel Dynamics", "failed")}


def test_buying_stock_is_an_investment_and_a_called_off_merger_a_failed_acquisition():
    result = run("Corvane Systems will buy $5 billion of Pellow Chips common stock. Adobe and Figma have called off "
                 "their $20bn merger agreement.", "2024-05-15")
    assert of_type(result, "investment", "actor", "target") == [("Corvane Systems", "Pellow Chips")]
    assert of_type(result, "acquisition", "actor", "target", "status") == [("Adobe", "Figma", "failed")]


def test_a_described_name_opening_a_sentence_and_backers_listed_after_the_money():
    result = run("Quillon, which sells search software to law firms, has raised $320 million from new investors "
                 "including Pellow Ventures, Ashcombe Capital and Brindle Partners, it said on Thursday.",
                 "2024-05-15")
    assert set(of_type(result, "investment", "actor", "target")) == {
        ("Pellow Ventures", "Quillon"), ("Ashcombe Capital", "Quillon"), ("Brindle Partners", "Quillon")}


def test_every_name_listed_before_also_put_money_in_is_an_investor():
    result = run("Quillon Labs has raised €105 million. Pellow Ventures led the investment, and Ashcombe "
                 "Capital, Brindle Partners, former Corvane chief executive Mara Quist, the telecoms "
                 "billionaire Tomas Rybek and Harlow Holdings also put money in.", "2024-05-15")
    assert {a for a, _ in of_type(result, "investment", "actor", "target")} == {
        "Pellow Ventures", "Ashcombe Capital", "Brindle Partners", "Mara Quist", "Tomas Rybek", "Harlow Holdings"}


def test_the_board_names_its_own_companys_chief_and_places_are_no_employers():
    result = run("The Securities and Exchange Commission on Thursday charged Vireo Labs with misleading investors. "
                 "Hours later the board named its finance chief, Rhea Varnham, to run the business. Sablon "
                 "Security has appointed Tomas Verhaegen, formerly head of Europe at Palo Alto Networks, as chief "
                 "executive, the Espoo-based company said.", "2024-05-15")
    assert people_moves(result) == {("Vireo Labs", "Rhea Varnham", None),
                                    ("Sablon Security", "Tomas Verhaegen", "Palo Alto Networks")}


def test_brought_on_is_a_hire_and_acquiring_a_stake_an_investment():
    result = run("Sundew Robotics has brought on Hana Kurosawa as its first chief technology officer. Pellow "
                 "Capital acquired a 10% stake in Quillon Labs for $50 million.", "2024-05-15")
    assert {m[:2] for m in people_moves(result)} == {("Sundew Robotics", "Hana Kurosawa")}
    assert of_type(result, "investment", "actor", "target") == [("Pellow Capital", "Quillon Labs")]
    assert not of_type(result, "acquisition", "actor")


def test_a_relative_pronoun_stands_for_its_noun_and_hopes_or_calls_tell_no_move():
    result = run("Mara Quist, who was ousted as chief executive of Pellow Data in 2019, now runs a fund. "
                 "Corvane Systems hopes to poach Tomas Rybek from Harlow Labs. Investors have urged Ines "
                 "Moreau to step down as chief executive of Sablon Security.", "2024-05-15")
    assert {m[:2] for m in people_moves(result)} == {("Pellow Data", "Mara Quist")}


def test_a_federal_judge_or_jury_in_a_city_acts_for_the_court_sitting_there():
    result = run("A federal jury in San Jose ruled on Friday that Pellow Data had copied key features of the "
                 "Quill phone. A federal magistrate judge in Riverside, California, on Tuesday ordered Harlow "
                 "Labs to help investigators.", "2024-05-15")
    assert set(of_type(result, "regulatory_action", "actor", "target")) == {
        ("U.S. District Court for the Northern District of California", "Pellow Data"),
        ("U.S. District Court for the Central District of California", "Harlow Labs")}


def test_coordinated_targets_each_get_an_event_and_assets_of_a_company_are_the_company():
    result = run("Pellow Data snapped up Quillon Labs and Harlow AI in separate deals. Corvane Systems has "
                 "acquired the assets of Brindle Chips, a bankrupt designer.", "2024-05-15")
    assert set(of_type(result, "acquisition", "actor", "target")) == {
        ("Pellow Data", "Quillon Labs"), ("Pellow Data", "Harlow AI"), ("Corvane Systems", "Brindle Chips")}


def test_successions_moves_and_leaving_one_company_for_another():
    result = run("Mara Quist will succeed Tomas Rybek as chief executive of Pellow Data in January. Former "
                 "Quillon Labs executive Ines Moreau has joined Harlow Systems as chief technology officer. "
                 "Aoife Brannock is leaving Sorrel Labs for Corvane Data, where she will be chief operating "
                 "officer. Nils Berg has moved to Ashcombe Cloud from Brindle Software.", "2024-05-15")
    assert people_moves(result) == {
        ("Pellow Data", "Mara Quist", None), ("Pellow Data", "Tomas Rybek", None),
        ("Harlow Systems", "Ines Moreau", "Quillon Labs"), ("Corvane Data", "Aoife Brannock", "Sorrel Labs"),
        ("Ashcombe Cloud", "Nils Berg", "Brindle Software")}


def test_store_removals_with_pronouns_parallel_to_the_object_before():
    result = run("Parler, the social network, went offline on Monday after Pellow Cloud suspended it from its "
                 "servers. Google had already removed the app from Google Play on Friday, and Harlow dropped it "
                 "from its Harlow Store on Saturday.", "2021-01-11")
    assert set(of_type(result, "access_revocation", "actor", "target")) == {
        ("Pellow Cloud", "Parler"), ("Google", "Parler"), ("Harlow", "Parler")}


def test_a_company_the_parser_made_a_noun_still_partners_and_unknown_products_keep_versions():
    result = run("Pellow Data partnered with Quillon Labs on a new data centre. Harlow Systems launched Harlow "
                 "Chat 2, its latest chatbot, on Tuesday.", "2024-05-15")
    assert of_type(result, "partnership", "actor", "target") == [("Pellow Data", "Quillon Labs")]
    assert of_type(result, "product_launch", "actor", "object") == [("Harlow Systems", "Harlow Chat 2")]


def test_more_ways_of_naming_investors():
    result = run("Anthropic counts Pellow Ventures and Ashcombe Capital among its biggest investors. Quillon Labs "
                 "raised $40 million. The round included Harlow Partners and Brindle Capital. Corvane Capital "
                 "poured $1 billion into Sorrel AI's latest round. Samsung and Intel joined a $100 million round "
                 "for the chip start-up Rebellions.", "2024-05-15")
    assert set(of_type(result, "investment", "actor", "target")) == {
        ("Pellow Ventures", "Anthropic"), ("Ashcombe Capital", "Anthropic"), ("Harlow Partners", "Quillon Labs"),
        ("Brindle Capital", "Quillon Labs"), ("Corvane Capital", "Sorrel AI"),
        ("Samsung Electronics", "Rebellions"), ("Intel", "Rebellions")}


def test_an_employer_ner_took_for_a_person_and_a_departure_to_join_another():
    result = run("Apple said on Tuesday it had hired Angela Ahrendts, the chief executive of Burberry, to oversee "
                 "its stores. Pellow Data's finance chief Kaisa Virtanen has resigned, the company said. Virtanen "
                 "is leaving to become chief executive of Harlow Software.", "2024-05-15")
    assert ("Apple", "Angela Ahrendts", "Burberry") in people_moves(result)
    assert ("Harlow Software", "Kaisa Virtanen", "Pellow Data") in people_moves(result)


def test_investments_told_as_adjectives_relative_clauses_and_stakes_given():
    result = run("Pellow-backed Quillon Labs said on Monday it would open an office in Paris. Harlow AI, in which "
                 "Corvane Systems has invested $13 billion, launched a model on Thursday. Sorrel AI's backers "
                 "include Brindle Capital. The deal gives Ashcombe Partners a 4% stake in Nimbus Data.", "2024-05-15")
    assert set(of_type(result, "investment", "actor", "target")) == {
        ("Pellow", "Quillon Labs"), ("Corvane Systems", "Harlow AI"), ("Brindle Capital", "Sorrel AI"),
        ("Ashcombe Partners", "Nimbus Data")}


def test_working_to_restore_access_and_conduct_a_regulator_alleges_are_no_cut_offs():
    result = run("Pellow Data said it was working with Quillon to restore access. The European Commission on "
                 "Wednesday charged Harlow Systems with abusing its app store to shut out rival stores. A judge "
                 "ordered Corvane Maps to restore Brindle Labs' access to the Corvane Maps API.", "2024-05-15")
    assert set(of_type(result, "access_revocation", "actor", "target")) == {("Corvane Maps", "Brindle Labs")}


def test_no_one_acts_on_itself_when_two_mentions_merge():
    result = run("Developers using Corvane Labs’ Quill coding model were hit with tighter usage limits on "
                 "Wednesday, after the Leeds start-up cut the number of requests free-tier accounts can make to "
                 "20 an hour.", "2025-05-15")
    assert of_type(result, "rate_limit", "actor", "target") == [("Corvane Labs", None)]


def test_sources_outrank_tense_and_an_ended_alliance_failed():
    result = run("Mara Quist is leaving Pellow Data for Corvane Systems, according to people with knowledge of the "
                 "matter. Harlow Games has ended its three-year alliance with Brindle Cloud, the studio said.",
                 "2024-05-15")
    assert [s for s, in of_type(result, "executive_move", "status")] == ["reported"]
    assert of_type(result, "partnership", "status") == [("failed",)]


def test_plaintiffs_listed_low_named_in_the_next_sentence_or_issuing_proceedings():
    result = run("Eight newspapers owned by Ashcombe Capital, including the Pellow Herald and the Quillon Times, "
                 "sued Corvane AI on Tuesday. Three authors filed a proposed class action against Harlow Labs on "
                 "Monday. The writers, Mara Quist, Tomas Rybek and Ines Moreau, are seeking damages. Two Dublin "
                 "publishers, Liffey Press Group and Camden Row Media, have issued High Court proceedings against "
                 "Scrivane.", "2024-05-15")
    assert set(of_type(result, "lawsuit", "actor", "target", "status")) == {
        ("Pellow Herald", "Corvane AI", "completed"), ("Quillon Times", "Corvane AI", "completed"),
        ("Mara Quist", "Harlow Labs", "completed"), ("Tomas Rybek", "Harlow Labs", "completed"),
        ("Ines Moreau", "Harlow Labs", "completed"), ("Liffey Press Group", "Scrivane", "completed"),
        ("Camden Row Media", "Scrivane", "completed")}


def test_cutting_a_free_allowance_is_a_rate_limit():
    result = run("Corvane Maps, the Galway-based provider of mapping data, is to cut the free allowance on its "
                 "Corvane Geocode service from 100,000 requests a month to 10,000, the company said on Tuesday.",
                 "2024-05-15")
    assert of_type(result, "rate_limit", "actor", "status") == [("Corvane Maps", "announced")]


def test_rate_limits_with_a_misread_verb_and_a_brand_ner_took_for_a_person():
    result = run("Orford AI will limit free users of its Penwright writing assistant to 20 requests a day from "
                 "next Monday, the company said on Tuesday. Developers using the Skerray Weather API will be "
                 "limited to 1,000 calls a day on its free tier from April 1, Skerray said on Tuesday.",
                 "2024-03-13")
    assert {a for a, in of_type(result, "rate_limit", "actor")} == {"Orford AI", "Skerray"}


def test_a_sentence_never_starts_at_the_and_of_two_names():
    result = run("Volvo picks Nvidia for self-driving chips\nVolvo and Nvidia said on Tuesday they had signed a "
                 "five-year partnership under which Volvo cars will run Nvidia's Drive computer.", "2021-02-02")
    assert of_type(result, "partnership", "actor", "target") == [("Volvo", "Nvidia")]


def test_buying_a_named_unit_of_another_company_buys_it_from_the_owner():
    result = run("Corvane Robotics agreed on Monday to buy SkyPatrol, the drone-inspection business of Pellow "
                 "Industries, for $85 million in cash.", "2024-05-15")
    assert of_type(result, "acquisition", "actor", "target", "object") == [
        ("Corvane Robotics", "Pellow Industries", "SkyPatrol")]


def test_a_described_list_after_including_names_the_parties_cut_off():
    result = run("Kestrel Interactive will cut off third-party launchers, including the open-source clients "
                 "Tarnhelm and Larkspur, from its Kestrel Online servers on June 1, the Montreal-based publisher "
                 "said on Wednesday.", "2024-05-15")
    assert sorted(of_type(result, "access_revocation", "actor", "target")) == [
        ("Kestrel Interactive", "Larkspur"), ("Kestrel Interactive", "Tarnhelm")]


def test_successors_handed_the_job_named_by_post_or_succeeding_at_a_one_word_employer():
    result = run("Marta Quist resigned as chief executive of Harrowgate Software on Wednesday, handing the reins "
                 "to Tobias Wren, its finance chief. Dana Holloway will step down as chief executive of Brackley "
                 "Cloud next month, Brackley's parent said on Tuesday, handing the top job to Imran Sethi, a "
                 "12-year veteran. Tollard Systems fired Simone Varga as chief executive on Monday and named its "
                 "chief financial officer, Ewan Brodie, as interim chief.", "2024-05-16")
    moves = {o: (a, s) for a, o, s in of_type(result, "executive_move", "actor", "object", "status")}
    assert moves["Tobias Wren"] == ("Harrowgate Software", "completed")
    assert moves["Imran Sethi"] == ("Brackley Cloud", "announced")  # the post Holloway leaves, not the parent's
    assert moves["Ewan Brodie"] == ("Tollard Systems", "completed")


def test_an_object_pronoun_is_not_its_own_subject_and_at_names_the_workplace():
    result = run("Corran Oyelaran, the chief operating officer of Pellwick, will succeed him at Vantory, the "
                 "Leeds retailer said on Monday.", "2024-05-15")
    assert of_type(result, "executive_move", "actor", "target", "object") == [
        ("Vantory", "Pellwick", "Corran Oyelaran")]


def test_removing_pages_run_by_someone_cuts_them_off_and_fires_no_one():
    result = run("Pellow Social and Quiverly on Monday removed pages and a channel run by Dorian Vance, the "
                 "conspiracy theorist behind Truthwire, for glorifying violence.", "2018-08-07")
    assert sorted(of_type(result, "access_revocation", "actor", "target")) == [
        ("Pellow Social", "Dorian Vance"), ("Quiverly", "Dorian Vance")]
    assert not of_type(result, "executive_move", "actor")


def test_legal_suffixes_in_any_order_and_language_name_the_same_company():
    assert normalise_name("Samsung Electronics Co Ltd") == normalise_name("Samsung Electronics")
    assert normalise_name("Nokia Oyj") == "nokia" and normalise_name("Eastman Kodak Co.") == "eastman kodak"
    assert normalise_name("Airbus SE") == "airbus" and normalise_name("Co-op") == "co-op"


def test_x_the_company_alone_in_its_slot_but_not_in_model_names():
    result = run("X was fined €120mn by the European Commission on Friday. Tesla's Model X and the Xbox Series X "
                 "were not affected.", "2025-12-06")
    assert of_type(result, "regulatory_action", "actor", "target") == [("European Commission", "X Corp")]
    assert [e["name"] for e in result["entities"] if e["id"] == "x-corp"] == ["X Corp"]
    assert sum(1 for e in result["entities"] if e["id"] == "x-corp") == 1


def test_a_government_named_by_its_nation_and_companies_listed_among_them():
    result = run("The U.S. government has ordered Corvane Chips and Pellow Semiconductor to stop shipping their "
                 "fastest accelerators to China, the two companies said on Wednesday. The Federal Trade "
                 "Commission on Thursday ordered six companies that run chatbots, among them Quillon Labs, "
                 "Marrowby AI and Tessellate, to explain how they test them.", "2022-09-01")
    assert sorted(of_type(result, "regulatory_action", "actor", "target")) == [
        ("Federal Trade Commission", "Marrowby AI"), ("Federal Trade Commission", "Quillon Labs"),
        ("Federal Trade Commission", "Tessellate"), ("U.S. government", "Corvane Chips"),
        ("U.S. government", "Pellow Semiconductor")]


def test_a_regulator_described_by_nation_is_the_one_of_that_nation_named_later():
    result = run("Canada’s privacy commissioner has opened an investigation into Quillon Labs after receiving a "
                 "complaint. The Office of the Privacy Commissioner of Canada said on Tuesday that it could not "
                 "share further details.", "2023-04-05")
    assert of_type(result, "regulatory_action", "actor", "target") == [
        ("Office of the Privacy Commissioner of Canada", "Quillon Labs")]


def test_a_regulator_cutting_a_service_off_is_a_regulatory_action():
    result = run("Vardenia's telecommunications authority blocked access to Quiverly on Thursday, a week after it "
                 "shut off Pellow Social.", "2014-03-28")
    assert not of_type(result, "access_revocation", "actor")
    assert ("Vardenia's telecommunications authority", "Pellow Social") in of_type(
        result, "regulatory_action", "actor", "target")


def test_a_cut_off_naming_no_one_summarises_the_same_companys_named_ones():
    result = run("Pellow Social bans third-party clients\nPellow Social cut off Larkspur Apps and Tarnhelm Labs from its "
                 "API on Thursday, the company said.", "2023-01-13")
    assert sorted(of_type(result, "access_revocation", "actor", "target")) == [
        ("Pellow Social", "Larkspur Apps"), ("Pellow Social", "Tarnhelm Labs")]


def test_coordinated_companies_removing_an_app_do_not_cut_each_other_off():
    result = run("Quiverly stopped working for its American users late on Saturday, hours before a ban took effect, "
                 "and Apple and Google removed the short-video app from their US app stores.", "2025-01-19")
    assert sorted(of_type(result, "access_revocation", "actor", "target")) == [
        ("Apple", "Quiverly"), ("Google", "Quiverly")]


@pytest.mark.parametrize("money", ["$500mn", "£12m", "€1.2bn", "5 billion yen", "$500 million"])
def test_a_round_raised_however_the_money_is_written(money):
    result = run(f"Tessellate has raised {money} in a round led by Quarry Ridge Partners and Lowell Square "
                 "Capital that values the start-up at $2bn.", "2025-08-15")
    assert sorted(of_type(result, "investment", "actor", "target")) == [
        ("Lowell Square Capital", "Tessellate"), ("Quarry Ridge Partners", "Tessellate")]


def test_an_unknown_name_the_parser_read_as_an_adverb_is_the_subject():
    result = run("Snapdeal has raised $500 million in a round led by Alibaba Group and SoftBank Corp., the online "
                 "marketplace said on Tuesday.", "2015-08-19")
    assert {t for _, t in of_type(result, "investment", "actor", "target")} == {"Snapdeal"}


def test_paying_for_or_buying_a_share_is_an_investment_unless_it_takes_control():
    result = run("Corvane Chips has agreed to pay €503m for a 3 per cent stake in Pellow Lithography, the "
                 "companies said. Quarry Ridge Partners committed in July to buying up to 15 per cent of Pellow "
                 "Lithography. Tessellate Retail agreed on Wednesday to buy 77 percent of Marrowby Commerce for "
                 "$16 billion.", "2012-08-28")
    assert sorted(of_type(result, "investment", "actor", "target")) == [
        ("Corvane Chips", "Pellow Lithography"), ("Quarry Ridge Partners", "Pellow Lithography")]
    assert of_type(result, "acquisition", "actor", "target") == [("Tessellate Retail", "Marrowby Commerce")]


def test_becoming_or_serving_in_a_post_is_a_move_and_a_kept_post_is_no_past():
    result = run("Tessellate Labs said on Thursday that Mara Quist, the Pellow executive who runs the social network's "
                 "main app, will become its chief executive on Aug. 2. Dorian Vance, who also runs the payments "
                 "company Quiverly, will serve as interim chief of Larkspur Apps. Ewan Brodie became the first "
                 "engineer to climb it.", "2021-07-16")
    assert sorted(of_type(result, "executive_move", "actor", "target", "object")) == [
        ("Larkspur Apps", None, "Dorian Vance"), ("Tessellate Labs", "Pellow", "Mara Quist")]


def test_leaving_to_become_an_officer_at_a_company_and_a_name_described_by_who():
    result = run("Rohit Anand, who has led Pellow Inc.’s design team for a decade, is leaving to become chief "
                 "design officer at Quiverly Platforms Inc.", "2025-12-04")
    assert of_type(result, "executive_move", "actor", "target", "object", "status") == [
        ("Quiverly Platforms", "Pellow", "Rohit Anand", "announced")]


def test_a_chief_executive_of_a_described_company_ner_took_for_a_place_comes_from_it():
    result = run("Vantory named Pekka Lindqvist, the chief executive of Finnish utility Fortum, as its next CEO "
                 "on Monday.", "2020-03-03")
    assert of_type(result, "executive_move", "actor", "target", "object") == [
        ("Vantory", "Fortum", "Pekka Lindqvist")]


def test_a_named_lab_stands_for_its_owner_and_a_title_splits_a_run_of_names():
    result = run("Tessellate Labs has hired Joelle Varga, who ran Pellow’s Quarry Vision Research lab until this "
                 "spring, as its chief AI officer. Quiverly will bring over Marrowby founder and chief executive "
                 "Jonathan Rees, the start-up said on Wednesday.", "2025-08-15")
    assert sorted(of_type(result, "executive_move", "actor", "target", "object")) == [
        ("Quiverly", "Marrowby", "Jonathan Rees"), ("Tessellate Labs", "Pellow", "Joelle Varga")]


def test_company_title_and_person_run_together_by_ner_are_split():
    result = run("Corvane CEO Tony Marsh will become president of a new division.", "2011-05-11")
    kinds = {e["name"]: e["kind"] for e in result["entities"]}
    assert kinds.get("Corvane") == "organization" and kinds.get("Tony Marsh") == "person"


def test_a_trigger_word_inside_a_name_is_no_event_and_people_behind_a_project_stand_for_it():
    result = run("Luxottica has teamed up with Quiverly to sell frames under brands such as Ray-Ban and Oakley, the "
                 "Italian group said on Monday.", "2014-03-25")
    assert not of_type(result, "access_revocation", "actor")
    result = run("Pellow Networks has disabled the personal accounts of researchers behind Quarry Research Labs, a "
                 "university project that tracks political advertising, the company said on Tuesday.", "2021-08-04")
    assert ("Pellow Networks", "Quarry Research Labs") in of_type(result, "access_revocation", "actor", "target")


def test_a_surname_or_short_name_in_a_headline_is_the_full_name_given_below():
    result = run("Quiverly hires Pellow's Brandt as vice chairman\nAnna Brandt, Pellow’s chief business officer, is "
                 "leaving the company to become vice chairman of Quiverly, the Japanese telecoms group said on "
                 "Friday.", "2014-07-18")
    moves = of_type(result, "executive_move", "actor", "target", "object")
    assert moves == [("Quiverly", "Pellow", "Anna Brandt")]


def test_a_run_in_heading_before_a_one_word_name_and_a_hyphenated_modifier_read_as_a_verb():
    result = run("China Hire Quiverly has named Qi Lan, a former Pellow Data executive, as group president, the "
                 "Chinese search company said on Tuesday.", "2017-01-17")
    assert of_type(result, "executive_move", "actor", "target", "object") == [("Quiverly", "Pellow Data", "Qi Lan")]
    result = run("Tessellate Labs will buy product-testing start-up Marrowby for about $1.1 billion in an all-stock "
                 "deal.", "2025-09-03")
    assert of_type(result, "acquisition", "actor", "target") == [("Tessellate Labs", "Marrowby")]


def test_taking_the_helm_or_charge_and_giving_up_a_post_are_moves_unless_a_post_is_kept():
    result = run("Mara Quist, Pellow's chief executive, will take the helm at Tessellate Holdings. Ewan Brodie will "
                 "give up the chairmanship of Quiverly Motors for at least three years. Dorian Vance will give up "
                 "his day-to-day role at Larkspur Apps but remain its chairman.", "2018-09-30")
    assert sorted(of_type(result, "executive_move", "actor", "object")) == [
        ("Quiverly Motors", "Ewan Brodie"), ("Tessellate Holdings", "Mara Quist")]


def test_a_cut_off_from_the_companys_own_platform_names_it_and_one_naming_nothing_is_dropped():
    result = run("Pellow Social said on Monday it had suspended about 200 apps from its platform pending a closer "
                 "look at whether they misused data.", "2018-05-15")
    assert of_type(result, "access_revocation", "actor", "object") == [("Pellow Social", "Pellow Social")]
    result = run("Tessellate Labs switched off CrowdLens on Wednesday, cutting researchers and journalists off from "
                 "the tool they had used for years.", "2024-08-15")
    assert of_type(result, "access_revocation", "actor", "target", "object") == [("Tessellate Labs", None, "CrowdLens")]
    result = run("Tessellate Labs cut researchers and journalists off on Wednesday.", "2024-08-15")
    assert not of_type(result, "access_revocation", "actor")  # no one named, nothing named


def test_the_next_sentences_most_recent_post_is_where_a_hire_comes_from():
    result = run("Mara Quist, a co-founder of Pellow Social, will join Tessellate Labs as chief product officer, the "
                 "AI start-up said on Wednesday. Quist most recently ran Larkspur Apps, a news app she co-founded.",
                 "2024-05-15")
    assert of_type(result, "executive_move", "actor", "target", "object") == [
        ("Tessellate Labs", "Larkspur Apps", "Mara Quist")]


def test_all_three_founders_of_a_company_bought_join_the_buyer_from_it():
    result = run("Quiverly has acquired Tarnhelm Labs, a start-up founded last year by Larkspur University professor "
                 "Dorian Vance and two of his students, Mara Quist and Ewan Brodie, the university said on Tuesday. "
                 "All three will join Quiverly to work on machine learning.", "2013-03-13")
    assert sorted(of_type(result, "executive_move", "actor", "target", "object")) == [
        ("Quiverly", "Tarnhelm Labs", "Dorian Vance"), ("Quiverly", "Tarnhelm Labs", "Ewan Brodie"),
        ("Quiverly", "Tarnhelm Labs", "Mara Quist")]


def test_one_person_joining_one_company_twice_told_is_one_move_and_a_numbered_name_is_no_person():
    result = run("Quiverly has hired Jim Kessler, the veteran chip architect who led hardware engineering at "
                 "Tessellate Motors, to run its silicon group. Kessler, who earlier designed chips at Pellow and "
                 "Larkspur Micro, is sought after, and his arrival gives Quiverly another senior outsider.",
                 "2018-04-27")
    assert of_type(result, "executive_move", "actor", "target", "object") == [
        ("Quiverly", "Tessellate Motors", "Jim Kessler")]
    result = run("Corvane Electronics said on Friday it would replace every Galaxy Note 7 sold so far.", "2016-09-03")
    assert not of_type(result, "executive_move", "actor")


def test_running_or_leading_a_company_ad_interim_is_a_move_and_running_an_app_is_not():
    result = run("Halcyon Metrics' board ousted chief executive Graham Tull on Wednesday. Anya Sorensen, the chief "
                 "operating officer, will run the firm on an interim basis. Pellow Data's chief operating officer, "
                 "Ruth Vance, will lead the company as interim chief executive. Mara Quist, who runs the app, said "
                 "it was a good deal.", "2024-05-16")
    assert sorted(of_type(result, "executive_move", "actor", "object")) == [
        ("Halcyon Metrics", "Anya Sorensen"), ("Halcyon Metrics", "Graham Tull"), ("Pellow Data", "Ruth Vance")]
