import datetime as dt

import pytest

from accord.records import Article
from accord.temporal import Resolution, extract_times, normalise_time

SEPT_5 = dt.date(2025, 9, 5)  # a Friday
SEPT_4 = dt.date(2025, 9, 4)


@pytest.mark.parametrize(
    ("text", "tense", "previous", "value", "precision", "anchor"),
    [
        ("Sept. 4", "past", None, "2025-09-04", "day", "publication"),
        ("on Aug. 18", "past", None, "2025-08-18", "day", "publication"),
        ("July 18", "unknown", None, "2025-07-18", "day", "publication"),
        ("Dec. 20", "past", None, "2024-12-20", "day", "publication"),  # past tense: not the coming December
        ("Jan. 3", "future", None, "2026-01-03", "day", "publication"),
        ("September", "future", None, "2025-09", "month", "publication"),
        ("in August", "past", None, "2025-08", "month", "publication"),
        ("March", "past", None, "2025-03", "month", "publication"),
        ("4 September 2021", "unknown", None, "2021-09-04", "day", "none"),
        ("July 18, 2021", "past", None, "2021-07-18", "day", "none"),
        ("August 2024", "unknown", None, "2024-08", "month", "none"),
        ("2005", "unknown", None, "2005", "year", "none"),
        ("2025-09-05", "unknown", None, "2025-09-05", "day", "none"),
        ("on Tuesday", "past", None, "2025-09-02", "day", "publication"),
        ("Tuesday", "future", None, "2025-09-09", "day", "publication"),
        ("Friday", "unknown", None, "2025-09-05", "day", "publication"),  # the dateline's own day
        ("last Friday", "past", None, "2025-08-29", "day", "publication"),
        ("next Monday", "unknown", None, "2025-09-08", "day", "publication"),
        ("yesterday", "past", None, "2025-09-04", "day", "publication"),
        ("today", "unknown", None, "2025-09-05", "day", "publication"),
        ("last week", "past", None, "2025-W35", "week", "publication"),
        ("this week", "unknown", None, "2025-W36", "week", "publication"),
        ("next month", "future", None, "2025-10", "month", "publication"),
        ("earlier this year", "past", None, "2025", "year", "publication"),
        ("last year", "past", None, "2024", "year", "publication"),
        ("three days ago", "past", None, "2025-09-02", "day", "publication"),
        ("Hours later", "past", SEPT_4, "2025-09-04", "day", "previous"),
        ("the next day", "past", SEPT_4, "2025-09-05", "day", "previous"),
        ("two days later", "past", dt.date(2025, 8, 18), "2025-08-20", "day", "previous"),
        ("the next day", "past", None, "2025-09-06", "day", "publication"),
        ("the coming weeks", "future", None, None, None, "none"),
        ("recently", "past", None, None, None, "none"),
        ("50 years", "unknown", None, None, None, "none"),
        ("the 1990s", "unknown", None, None, None, "none"),
    ],
)
def test_normalise_time(text, tense, previous, value, precision, anchor):
    resolution = normalise_time(text, published=SEPT_5, previous=previous, tense=tense)
    assert (resolution.value, resolution.precision, resolution.anchor) == (value, precision, anchor)


def test_without_a_publication_date_only_absolute_dates_resolve():
    assert normalise_time("July 18, 2021", published=None).value == "2021-07-18"
    assert normalise_time("Sept. 4", published=None).value is None
    assert normalise_time("yesterday", published=None).value is None


@pytest.mark.model
def test_extract_times_uses_tense_and_the_previous_date(nlp):
    text = (
        "The leaders spoke by phone on Sept. 4. Hours later, the president said talks had gone well. "
        "The package would be finalized in September. On Tuesday, ministers met in Rome."
    )
    article = Article.from_text(text, published=SEPT_5)
    times = {t.text: (t.value, t.precision, t.anchor) for t in extract_times(nlp(article.text), article)}
    assert times["Sept. 4"] == ("2025-09-04", "day", "publication")
    assert times["Hours later"] == ("2025-09-04", "day", "previous")
    assert times["September"] == ("2025-09", "month", "publication")
    assert times["Tuesday"] == ("2025-09-02", "day", "publication")


@pytest.mark.model
def test_offsets_point_at_the_words(nlp):
    article = Article.from_text("Talks were held on March 3 and again last week.", published=SEPT_5)
    for time in extract_times(nlp(article.text), article):
        assert article.text[time.start:time.end] == time.text


@pytest.mark.parametrize(
    ("text", "tense", "value", "precision"),
    [
        ("last month's", "past", "2025-08", "month"),  # a possessive still names the month
        ("only two weeks ago", "past", "2025-W34", "week"),
        ("last September", "past", "2024-09", "month"),
        ("next March", "future", "2026-03", "month"),
        ("this fall", "future", "2025", "year"),
        ("the end of next year", "future", "2026", "year"),
        ("the end of the week", "future", "2025-W36", "week"),
        ("the autumn of 2006", "past", "2006", "year"),
        ("Wednesday, April 12", "future", "2026-04-12", "day"),
        ("in the last year", "past", None, None),  # a stretch of time, not last calendar year
        ("over the past three weeks", "past", None, None),
    ],
)
def test_normalise_time_with_modifiers(text, tense, value, precision):
    resolution = normalise_time(text, published=SEPT_5, tense=tense)
    assert (resolution.value, resolution.precision) == (value, precision)


@pytest.mark.model
def test_datelines_unresolved_words_and_month_names_as_people(nlp):
    text = "TALLINN, March 4 - Ministers met. The talks are now over. May said she would run again in 2027."
    article = Article.from_text(text, published=dt.date(2026, 3, 4))
    times = {t.text: (t.value, t.precision) for t in extract_times(nlp(article.text), article)}
    assert times["March 4"] == ("2026-03-04", "day")
    assert times["now"] == (None, None)
    assert times["2027"] == ("2027", "year")
    assert "May" not in times


@pytest.mark.model
def test_a_relative_date_far_from_the_last_date_counts_from_publication(nlp):
    text = (
        "At the summit on March 4, the minister pledged a frigate. The ship was meant to sail. "
        "It did not. Officials regretted the change. Hours later, Norway said it would send another."
    )
    article = Article.from_text(text, published=dt.date(2026, 3, 25))
    times = {t.text: (t.value, t.anchor) for t in extract_times(nlp(article.text), article)}
    assert times["Hours later"] == ("2026-03-25", "publication")


def test_a_weekday_with_a_date_picks_the_year_where_they_agree():
    resolution = normalise_time("Wednesday, April 12", published=dt.date(2006, 4, 11), tense="past")
    assert resolution.value == "2006-04-12"  # April 12 was a Wednesday in 2006, not in 2005


def test_at_least_is_not_read_as_at():
    assert normalise_time("at least mid-April", published=dt.date(2026, 3, 18), tense="future").value == "2026-04"


@pytest.mark.model
def test_a_modal_points_to_the_future(nlp):
    article = Article.from_text("Officials said the lane could reopen to all traffic by mid-May.", published=dt.date(2026, 4, 14))
    [time] = [t for t in extract_times(nlp(article.text), article) if "May" in t.text]
    assert time.value == "2026-05"


@pytest.mark.parametrize(
    ("text", "tense", "value", "anchor"),
    [
        ("15-17 July", "future", "2025-07-15", "publication"),  # a range is dated by its first day
        ("June 7 to 10", "past", "2025-06-07", "publication"),
        ("25 June this year", "past", "2025-06-25", "publication"),
        ("March 3 last year", "past", "2024-03-03", "publication"),
        ("earlier today", "past", "2025-09-05", "publication"),
        ("four-year-old", "unknown", None, "none"),
    ],
)
def test_ranges_year_words_and_ages(text, tense, value, anchor):
    resolution = normalise_time(text, published=dt.date(2025, 7, 12) if "July" in text else SEPT_5, tense=tense)
    assert (resolution.value, resolution.anchor) == (value, anchor)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Speaking in Khartoum today, Jan Egeland said the region was a powder keg.", "today", "2025-09-05"),
        ("The holiday begins on Wednesday, September 10, officials said.", "Wednesday, September 10", "2025-09-10"),
        ("The agreements were reached in the early 1990's.", "the early 1990's", None),
    ],
)
def test_spans_stop_at_a_name_and_decades_stay_unresolved(nlp, text, words, value):
    article = Article.from_text(text, published=SEPT_5)
    times = {t.text: t.value for t in extract_times(nlp(article.text), article)}
    assert times.get(words, "missing") == value


WEDNESDAY = dt.date(2025, 9, 3)


def _times(nlp, text, published=SEPT_5):
    article = Article.from_text(text, published=published)
    return {t.text: (t.value, t.precision) for t in extract_times(nlp(article.text), article)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The plan should pay off in the long term, she said.", "the long term"),
        ("The army will hold the ridge on a long-term basis.", "long-term"),
        ("We want the prisoners released as soon as possible.", "as soon as possible"),
        ("A spokesman said the curfew would be lifted shortly.", "shortly"),
        ("Negotiators expect to meet again soon.", "soon"),
        ("From this moment the border is closed.", "this moment"),
        ("At that time the treaty had not been signed.", "that time"),
        ("The time is right for a settlement, he said.", "The time"),
        ("The truce held for only a short time.", "a short time"),
        ("The ministry earlier denied the report.", "earlier"),
    ],
)
def test_vague_time_words_are_expressions_without_a_value(nlp, text, words):
    assert _times(nlp, text).get(words, "missing") == (None, None)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Riots began soon after the vote.",
        "By the time the troops arrived, the town was empty.",
        "The leaders met for the first time.",
        "An earlier report was withdrawn.",
        "He will resign as soon as the budget passes.",
    ],
)
def test_time_words_that_are_not_expressions(nlp, text):
    assert _times(nlp, text) == {}


def test_a_future_weekday_that_is_the_publication_weekday_is_that_day():
    assert normalise_time("Wednesday", published=WEDNESDAY, tense="future").value == "2025-09-03"
    assert normalise_time("next Wednesday", published=WEDNESDAY, tense="future").value == "2025-09-10"


def test_late_and_early_on_a_weekday_keep_day_precision():
    resolution = normalise_time("late Tuesday", published=SEPT_5, tense="past")
    assert (resolution.value, resolution.precision) == ("2025-09-02", "day")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # the modal speaks of now; the attack is behind it
        ("The consulate cannot reopen after Thursday's attack, officials said.", "Thursday", "2025-09-04"),
        ("Police fear unrest during Saturday's planned march.", "Saturday", "2025-09-06"),
        ("The opposition could win Sunday's election, analysts said.", "Sunday", "2025-09-07"),
        ("Ministers condemned Wednesday's bombing.", "Wednesday", "2025-09-03"),
    ],
)
def test_a_possessive_weekday_dates_its_noun(nlp, text, words, value):
    assert _times(nlp, text)[words] == (value, "day")


@pytest.mark.model
def test_later_on_a_weekday_is_the_day_of_the_report(nlp):
    times = _times(nlp, "Aides said the two leaders would meet again later on Thursday night.")
    assert times["Thursday night"] == ("2025-09-04", "day")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The governor has asked lawmakers to vote on October 14.", "October 14", "2025-10-14"),
        ("The mediators set a deadline of October 1 for a reply.", "October 1", "2025-10-01"),
        ("The rebels missed the deadline of October 1.", "October 1", "2024-10-01"),
    ],
)
def test_requests_and_deadlines_look_ahead(nlp, text, words, value):
    assert _times(nlp, text)[words] == (value, "day")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("In June 2023 the army moved north. A June 12 raid killed four soldiers.", "June 12", "2023-06-12"),
        # the future tense outweighs the year just given
        ("The accord was signed in June 2024. It will take effect on June 30.", "June 30", "2026-06-30"),
    ],
)
def test_a_yearless_date_takes_the_year_just_given_for_its_month(nlp, text, words, value):
    assert _times(nlp, text)[words] == (value, "day")


JUNE_2024 = Resolution("2024-06", "month", "none")
ON_SEPT_4 = Resolution("2025-09-04", "day", "publication", SEPT_4)


@pytest.mark.parametrize(
    ("text", "previous", "context", "in_sentence", "tense", "value", "precision", "anchor"),
    [
        ("hours after", SEPT_4, None, False, "past", "2025-09-04", "day", "previous"),
        ("a month after", None, JUNE_2024, True, "past", "2024-06", "month", "previous"),
        ("five days after the summit", SEPT_4, ON_SEPT_4, True, "past", "2025-09-04", "day", "previous"),
        ("a year after", None, ON_SEPT_4, True, "past", "2025", "year", "previous"),
        ("one day after", None, None, False, "unknown", "2025-09-05", "day", "publication"),  # "This comes one day after ..."
        ("two days after", SEPT_4, ON_SEPT_4, False, "past", None, None, "none"),  # that date may be the event's
        ("a few days before the statement", None, None, False, "past", None, None, "none"),
        ("three days before March 4", None, None, False, "past", "2025-03-01", "day", "publication"),
    ],
)
def test_offsets_from_an_event_give_the_time_of_their_clause(text, previous, context, in_sentence, tense, value, precision, anchor):
    resolution = normalise_time(text, published=SEPT_5, previous=previous, tense=tense, context=context, context_in_sentence=in_sentence)
    assert (resolution.value, resolution.precision, resolution.anchor) == (value, precision, anchor)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Rebels shelled the port on Monday, two days after the talks collapsed.", "two days after", ("2025-09-01", "day")),
        ("The vote was held on March 4. Two days after the vote, the president resigned.", "Two days after", (None, None)),
        ("The strike on Tuesday came hours after a warning that the commander would be there that day.", "that day", ("2025-09-02", "day")),
    ],
)
def test_offsets_and_that_day_in_running_text(nlp, text, words, value):
    assert _times(nlp, text)[words] == value


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The occupation lasted from 1940-1944.", {"1940": ("1940", "year"), "1944": ("1944", "year")}),
        ("The committee will meet on the 22nd and 23rd of September.", {"22nd": ("2025-09-22", "day"), "23rd of September": ("2025-09-23", "day")}),
        ("The ministers met on May 11, 12, and 13 in Oslo.", {"May 11": ("2025-05-11", "day"), "12": ("2025-05-12", "day"), "13": ("2025-05-13", "day")}),
        ("The troops would cross in late-November early-December.", {"late-November": ("2025-11", "month"), "early-December": ("2025-12", "month")}),
        ("Troops entered the city in the early hours of 3 August.", {"the early hours of 3 August": ("2025-08-03", "day")}),
        ("The ceasefire was agreed on Thursday night.", {"Thursday night": ("2025-09-04", "day")}),
    ],
)
def test_lists_ranges_and_parts_of_a_day(nlp, text, expected):
    assert _times(nlp, text) == expected


@pytest.mark.model
def test_a_list_that_counts_something_is_not_a_list_of_days(nlp):
    assert _times(nlp, "On March 4 and 5 soldiers were wounded.") == {"March 4": ("2025-03-04", "day")}


@pytest.mark.parametrize(
    ("text", "tense", "value", "precision"),
    [
        ("March-June 2003", "past", "2003", "year"),  # parts of one year have year precision
        ("between 10 and 12 March", "past", "2025-03-10", "day"),
        ("summer", "future", "2026", "year"),  # the summer of 2025 is over by September
        ("the spring", "past", "2025", "year"),
        ("summer", "past", "2025", "year"),
        ("the winter", "past", None, None),  # spans two years
    ],
)
def test_month_ranges_and_seasons(text, tense, value, precision):
    resolution = normalise_time(text, published=SEPT_5, tense=tense)
    assert (resolution.value, resolution.precision) == (value, precision)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shortfall was first reported in February Ahmed Karimi, the deputy minister, said.", {"February": ("2025-02", "month")}),
        ("The country has been in turmoil since the results of April's elections were annulled.", {"April": ("2025-04", "month")}),
        ("Elections were called after April Jones, the mayor, resigned.", {}),
        ("May's cabinet met in Downing Street.", {}),
    ],
)
def test_month_names_the_model_misses_and_month_names_as_people(nlp, text, expected):
    assert _times(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("Sunday April 24", "2005-04-24"), ("on Thursday April 21", "2005-04-21"), ("about 30 minutes", None), ("some 45 minutes", None)],
)
def test_a_weekday_without_a_comma_leads_the_date_and_minutes_are_a_duration(text, value):
    assert normalise_time(text, published=dt.date(2005, 4, 26), tense="past").value == value


@pytest.mark.model
def test_a_future_told_as_of_a_day_just_given_lies_after_that_day(nlp):
    text = "The kidnappers aired a tape on April 23 saying they would kill the hostages by April 27 unless troops left."
    article = Article.from_text(text, published=dt.date(2005, 5, 5))
    times = {t.text: t.value for t in extract_times(nlp(article.text), article)}
    assert (times["April 23"], times["April 27"]) == ("2005-04-23", "2005-04-27")


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("the 15 of this month", "past", "2006-11-15"),
        ("the 15th of last month", "past", "2006-10-15"),
        ("until December 30", "past", "2006-12-30"),
        ("a July 15, 2005", "past", "2005-07-15"),
    ],
)
def test_day_of_this_month_an_end_date_after_a_past_verb_and_a_dated_modifier(text, tense, value):
    assert normalise_time(text, published=dt.date(2006, 11, 20), tense=tense).value == value
