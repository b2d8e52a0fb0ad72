import datetime as dt

import pytest

from accord.records import Article
from accord.temporal import extract_times, normalise_time

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
